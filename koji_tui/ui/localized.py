"""Translated words in styled text, and key bindings whose descriptions follow a locale.

``assemble(tr.gettext("New interview in {study}"), study=(name, "bold"))`` builds a Rich ``Text``
from a translated template: the translator may move ``{study}``, and the value keeps its style
(never parsed as markup). :class:`TranslatedBindings` is a screen mix-in: the footer, the key
panel and the help read ``Screen.active_bindings``, and this one hands them the bindings with their
description and tooltip (``N_``-marked in :mod:`koji_tui.ui.bindings`) in the screen's language:
the app's (``app_translator()``) unless the screen overrides :meth:`binding_translator` (an
interview screen returns its interview's translator).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual.binding import ActiveBinding, Binding

from koji_tui.i18n import N_, Translator, app_translator

if TYPE_CHECKING:
    from textual.screen import Screen

    _Base = Screen
else:
    _Base = object

__all__ = ["TranslatedBindings", "assemble", "translated_binding"]

#: Textual's own binding descriptions that our footers show (the command palette's key): the
#: catalogs translate them like ours.
TEXTUAL_WORDS = (N_("palette"),)

_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def assemble(template: str, style: str = "", **values: str | tuple[str, str]) -> Text:
    """``template``'s words with each ``{name}`` replaced by its value, a ``(text, style)``
    pair keeping its style; nothing is parsed as markup."""
    text = Text(style=style, end="")
    position = 0
    for match in _FIELD.finditer(template):
        text.append(template[position : match.start()])
        value = values.get(match.group(1), match.group(0))
        if isinstance(value, tuple):
            text.append(value[0], style=value[1])
        else:
            text.append(value)
        position = match.end()
    text.append(template[position:])
    return text


_CACHE: dict[tuple[int, str], tuple[Binding, Binding]] = {}


def translated_binding(binding: Binding, tr: Translator) -> Binding:
    """``binding`` with its description and tooltip in ``tr``'s language (the same object in
    English, or when neither has a translation)."""
    if tr.locale == "en" or not (binding.description or binding.tooltip):
        return binding
    key = (id(binding), tr.locale)
    cached = _CACHE.get(key)
    if cached is not None and cached[0] is binding:
        return cached[1]
    description = tr.gettext(binding.description) if binding.description else ""
    tooltip = tr.gettext(binding.tooltip) if binding.tooltip else ""
    result = replace(binding, description=description, tooltip=tooltip)
    _CACHE[key] = (binding, result)
    return result


class TranslatedBindings(_Base):
    """Mix-in for a ``Screen``: its active bindings (the app's included) in its language."""

    def binding_translator(self) -> Translator:
        return app_translator()

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        active = super().active_bindings
        tr = self.binding_translator()
        if tr.locale == "en":
            return active
        result: dict[str, ActiveBinding] = {}
        for key, item in active.items():
            binding = translated_binding(item.binding, tr)
            result[key] = ActiveBinding(item.node, binding, item.enabled, binding.tooltip)
        return result
