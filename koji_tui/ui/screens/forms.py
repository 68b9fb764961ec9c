"""Shared base of the modal forms: escape cancels, ctrl+s / enter saves, errors inline."""

from __future__ import annotations

from typing import Any, TypeVar

from textual import on
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from koji_tui.ui.bindings import FORM_BINDINGS

T = TypeVar("T")


class FormScreen(ModalScreen[T]):
    """A modal form. Subclasses implement ``submit()``; errors go to ``#form-error``."""

    BINDINGS = FORM_BINDINGS  # type: ignore[assignment]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(classes="dialog-screen", **kwargs)

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
