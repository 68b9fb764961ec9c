"""Asked before quitting loses work: an interview in progress, an unsent answer, typed text,
or the demo's interviews (kept in a folder, or discarded, as the user says).

The safe answer ("Keep working") has the focus, so a reflex Enter never quits; quitting has a
key of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from koji_tui.i18n import N_, app_translator
from koji_tui.safety import safe_text
from koji_tui.ui.localized import TranslatedBindings

QuitChoice = Literal["stay", "quit", "keep", "discard"]


class QuitScreen(TranslatedBindings, ModalScreen[QuitChoice]):
    """``concerns``: one sentence each; ``demo_folder``: where kept demo interviews stay (when
    the demo has any), which adds the keep / discard choice."""

    AUTO_FOCUS = "#stay"
    BINDINGS: ClassVar[list[Binding]] = [  # type: ignore[assignment]
        Binding("escape", "choose('stay')", N_("Keep working"), id="quit.stay"),
        Binding("q", "choose('quit')", N_("Quit"), id="quit.quit", show=False),
        Binding("k", "choose('keep')", N_("Quit, keep"), id="quit.keep", show=False),
        Binding("d", "choose('discard')", N_("Quit, discard"), id="quit.discard", show=False),
    ]

    def __init__(self, concerns: list[str], demo_folder: Path | None = None) -> None:
        super().__init__(classes="dialog-screen")
        self._concerns = concerns
        self._demo_folder = demo_folder

    def compose(self) -> ComposeResult:
        tr = app_translator()
        lines = [f"• {safe_text(c)}" for c in self._concerns]
        if self._demo_folder is not None:
            kept = tr.gettext(
                "The demo's interviews can be kept (in {folder}; `koji-tui export ID` reads "
                "them) or discarded."
            ).format(folder=safe_text(str(self._demo_folder)))
            lines.append(f"• {kept}")
        with Vertical(classes="dialog", id="quit-dialog"):
            yield Static(tr.gettext("Quit koji-tui?"), classes="dialog-title", markup=False)
            yield Static("\n".join(lines), classes="dialog-body", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(tr.gettext("Keep working (esc)"), id="stay", variant="primary")
                if self._demo_folder is None:
                    yield Button(tr.gettext("Quit (q)"), id="quit", variant="error")
                else:
                    yield Button(tr.gettext("Quit, keep them (k)"), id="keep", variant="warning")
                    yield Button(tr.gettext("Quit, discard (d)"), id="discard", variant="error")

    def action_choose(self, choice: QuitChoice) -> None:
        if choice == "quit" and self._demo_folder is not None:
            return  # the demo asks which: keep or discard
        if choice in ("keep", "discard") and self._demo_folder is None:
            return
        self.dismiss(choice)

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        choice = event.button.id
        if choice in ("stay", "quit", "keep", "discard"):
            self.dismiss(choice)  # type: ignore[arg-type]
