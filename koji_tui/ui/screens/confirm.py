"""A small yes/no modal.

By default the "yes" button has the focus (Enter picks it). A *destructive* question
(``destructive=True``: removing a study, completing an interview early) turns that
round: the focus and Enter are on the safe "no" answer, and the destructive answer
needs its own key, shown on its button (``y`` unless the keymap moves ``confirm.yes``).
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from koji_tui.safety import safe_line, safe_text
from koji_tui.ui.bindings import CONFIRM_BINDINGS

YES_ACTION = "answer(True)"


class ConfirmScreen(ModalScreen[bool]):
    BINDINGS = CONFIRM_BINDINGS  # type: ignore[assignment]

    def __init__(
        self,
        title: str,
        body: str,
        yes: str = "Yes",
        no: str = "No",
        *,
        destructive: bool = False,
    ) -> None:
        super().__init__(classes="dialog-screen")
        self._title = title
        self._body = body
        self._yes = yes
        self._no = no
        self.destructive = destructive

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="confirm-dialog"):
            # Bodies quote server text (ids, answers): shown through the one sanitizer.
            yield Static(safe_line(self._title), classes="dialog-title", markup=False)
            yield Static(safe_text(self._body), classes="dialog-body", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(
                    self._yes,
                    id="yes",
                    variant="error" if self.destructive else "primary",
                )
                yield Button(
                    f"{self._no} (enter/esc)" if self.destructive else f"{self._no} (esc)",
                    id="no",
                    variant="primary" if self.destructive else "default",
                )

    def on_mount(self) -> None:
        if self.destructive:
            key = self.yes_key()
            self.query_one("#yes", Button).label = f"{self._yes} ({key})" if key else self._yes
            self.query_one("#no", Button).focus()
        else:
            self.query_one("#yes", Button).focus()

    def yes_key(self) -> str:
        """The key that answers yes here (keymap remaps included), as the footer shows it."""
        for active in self.active_bindings.values():
            if active.binding.action == YES_ACTION:
                return self.app.get_key_display(active.binding)
        return ""

    @on(Button.Pressed, "#yes")
    def _yes_pressed(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def _no_pressed(self) -> None:
        self.dismiss(False)

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)
