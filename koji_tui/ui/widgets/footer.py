"""``StableFooter``: Textual's ``Footer``, rebuilt only when the keys it shows change.

Textual's footer recomposes (removes and mounts every key again, each restyled) whenever the
screen's bindings are updated: on every focus change and every ``refresh_bindings()``, even
when the keys shown stay the same, as they mostly do when focus moves between the composer
and an answer widget. Here the keys shown (key, label, action, enabled, tooltip, group) are
compared first, and the footer is rebuilt only when they differ.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.screen import Screen
from textual.widgets import Footer

__all__ = ["StableFooter"]


def shown_keys(screen: Screen[object]) -> tuple[Hashable, ...]:
    """What the footer would draw for ``screen``'s bindings now (the parts a key is drawn
    from); equal values draw the same footer."""
    keys: list[Hashable] = []
    palette = screen.app.COMMAND_PALETTE_BINDING
    for key, (_node, binding, enabled, tooltip) in screen.active_bindings.items():
        if binding.show or key == palette:
            group = binding.group
            keys.append(
                (
                    key,
                    binding.key,
                    binding.key_display,
                    binding.description,
                    binding.action,
                    binding.show,
                    enabled,
                    tooltip,
                    binding.tooltip,
                    (group.description, group.compact) if group is not None else None,
                )
            )
    return tuple(keys)


class StableFooter(Footer):
    """A ``Footer`` that is recomposed only when the keys it shows change."""

    _shown: tuple[Hashable, ...] | None = None

    def bindings_changed(self, screen: Screen[object]) -> None:
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            super().bindings_changed(screen)
            return
        shown = shown_keys(screen)
        if shown == self._shown:
            return
        self._shown = shown
        super().bindings_changed(screen)
