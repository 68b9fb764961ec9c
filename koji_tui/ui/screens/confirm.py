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

from koji_tui.i18n import Translator, app_translator
from koji_tui.safety import safe_line, safe_text
from koji_tui.ui.bindings import CONFIRM_BINDINGS
from koji_tui.ui.localized import TranslatedBindings

YES_ACTION = "answer(True)"


class ConfirmScreen(TranslatedBindings, ModalScreen[bool]):
    """``title`` and ``body`` come translated (the caller's words); ``yes``/``no`` default to
    "Yes"/"No" in the app's language, or in ``tr``'s (an interview's question passes its
    interview's translator: the buttons and keys then follow the interview)."""

    BINDINGS = CONFIRM_BINDINGS  # type: ignore[assignment]

    def __init__(
        self,
        title: str,
        body: str,
        yes: str | None = None,
        no: str | None = None,
        *,
        destructive: bool = False,
        tr: Translator | None = None,
    ) -> None:
        super().__init__(classes="dialog-screen")
        self._title = title
        self._body = body
        self._tr = tr
        tr = self.binding_translator()
        self._yes = yes if yes is not None else tr.gettext("Yes")
        self._no = no if no is not None else tr.gettext("No")
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
                tr = self.binding_translator()
                yield Button(
                    tr.gettext("{answer} (enter/esc)").format(answer=self._no)
                    if self.destructive
                    else tr.gettext("{answer} (esc)").format(answer=self._no),
                    id="no",
                    variant="primary" if self.destructive else "default",
                )

    def binding_translator(self) -> Translator:
        return self._tr or app_translator()

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
