"""Shared base of the modal forms: escape cancels, ctrl+s / enter saves, errors inline.

Tab and shift+tab are *priority* bindings here. Textual forwards every key to the widget
focused when the app reads it, and a plain Tab binding only moves the focus once the
focused Input has processed the key; so text typed in one burst ("Jane Smith", Tab,
"crm-001": a password manager, a barcode scanner, tmux send-keys) all landed in the
first field. A priority binding moves the focus as the app reads the Tab, before the
next keys are forwarded. (Same root cause as Textualize/textual#6605.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual import on
from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from koji_tui.ui.bindings import FORM_BINDINGS
from koji_tui.ui.localized import TranslatedBindings

if TYPE_CHECKING:
    from koji_tui.ui.host import KojiHost

T = TypeVar("T")


class FormScreen(TranslatedBindings, ModalScreen[T]):
    """A modal form. Subclasses implement ``submit()``; errors go to ``#form-error``."""

    BINDINGS = (  # type: ignore[assignment]
        *FORM_BINDINGS,
        Binding("tab", "app.focus_next", "", show=False, priority=True),
        Binding("shift+tab", "app.focus_previous", "", show=False, priority=True),
    )

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(classes="dialog-screen", **kwargs)

    @property
    def koji(self) -> KojiHost:
        return cast("KojiHost", self.app)

    def show_error(self, text: str) -> None:
        error = self.query_one("#form-error", Static)
        error.update(text)
        error.set_class(bool(text), "-shown")

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_submit(self) -> None:
        self.submit()

    def submit(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    @on(Input.Submitted)
    def _input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.submit()

    @on(Button.Pressed, "#form-save")
    def _save_pressed(self) -> None:
        self.submit()

    @on(Button.Pressed, "#form-cancel")
    def _cancel_pressed(self) -> None:
        self.dismiss(None)
