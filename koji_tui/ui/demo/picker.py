"""The command palette's "Play this interview as…": a list of the personas that fit a study.

:class:`PersonaPicker` dismisses with the persona chosen (Enter or a click) or None (escape).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from koji_tui.config.entry import StudyEntry
from koji_tui.demo.personas import Persona
from koji_tui.i18n import N_, app_translator
from koji_tui.safety import safe_line
from koji_tui.ui.localized import TranslatedBindings

TITLE = N_("Play this interview as…")
HINT = N_("enter play · esc cancel")
ON_A_SERVER = N_("On a real server you are asked first: an interview uses credits.")
DESCRIPTION_WIDTH = 120


def fitting(study: StudyEntry, personas: Sequence[Persona], sandbox: Any = None) -> list[Persona]:
    """The personas that suit ``study``: for a sandbox study, those that fit its id and
    locales; for a real server (nothing known of it), every persona."""
    sandbox_study = None
    if sandbox is not None and study.source == "demo" and study.study_id:
        try:
            sandbox_study = sandbox.study(study.study_id)
        except Exception:  # an unknown study: nothing is known of it
            sandbox_study = None
    if sandbox_study is None:
        return list(personas)
    locales = tuple(sandbox_study.locales)
    return [p for p in personas if p.fits(sandbox_study.id, locales)]


def persona_line(persona: Persona) -> Text:
    """``Maya Chen (enthusiast, en)  A product manager who loves…``."""
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    text.append(safe_line(persona.display_name, 40), style="bold")
    text.append(f" ({safe_line(persona.id, 30)}, {safe_line(persona.locale, 10)})")
    if persona.description.strip():
        text.append("  ")
        text.append(safe_line(" ".join(persona.description.split()), DESCRIPTION_WIDTH), "dim")
    return text


class PersonaPicker(TranslatedBindings, ModalScreen[Persona | None]):
    """Pick the persona the autopilot plays ``study`` as."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", N_("Cancel"), show=False),
    ]

    def __init__(self, study: StudyEntry, personas: Sequence[Persona]) -> None:
        super().__init__(classes="dialog-screen")
        self.study = study
        self.personas = list(personas)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="persona-picker"):
            yield Static(app_translator().gettext(TITLE), classes="dialog-title", markup=False)
            yield Static(safe_line(self.study.name, 80), classes="dialog-body", markup=False)
            yield OptionList(
                *(Option(persona_line(p), id=f"persona-{i}") for i, p in enumerate(self.personas)),
                id="personas",
            )
            if self.study.source != "demo":
                yield Static(
                    app_translator().gettext(ON_A_SERVER), classes="dialog-body", markup=False
                )
            yield Static(app_translator().gettext(HINT), classes="dialog-body", markup=False)

    def on_mount(self) -> None:
        options = self.query_one("#personas", OptionList)
        options.highlighted = 0
        options.focus()

    @on(OptionList.OptionSelected, "#personas")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.personas[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)


__all__ = ["PersonaPicker", "fitting", "persona_line"]
