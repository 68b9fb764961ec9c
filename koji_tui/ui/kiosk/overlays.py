"""Overlays on the kiosk's interview: "Finish now?" and "Still there?"."""

from __future__ import annotations

from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from koji_tui.kiosk.texts import KioskTexts


class KioskFinish(ModalScreen[bool]):
    """Finish early? "No, continue" has the focus; Escape is no too."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "no", show=False),
        Binding("left", "app.focus_previous", show=False),
        Binding("right", "app.focus_next", show=False),
    ]

    def __init__(self, texts: KioskTexts) -> None:
        super().__init__()
        self.texts = texts

    def compose(self) -> ComposeResult:
        words = self.texts
        with Vertical(id="kiosk-finish", classes="kiosk-dialog"):
            yield Static(words.finish_title, classes="kiosk-title")
            yield Static(words.finish_body, classes="kiosk-body")
            with Horizontal(classes="kiosk-buttons"):
                yield Button(words.finish_yes, id="finish-yes", classes="kiosk-secondary")
                yield Button(words.finish_no, id="finish-no", classes="kiosk-primary")

    def on_mount(self) -> None:
        self.query_one("#finish-no", Button).focus()

    @on(Button.Pressed, "#finish-yes")
    def _yes(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(True)

    @on(Button.Pressed, "#finish-no")
    def _no(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(False)

    def action_no(self) -> None:
        self.dismiss(False)


class KioskStillThere(ModalScreen[None]):
    """ "Still there?" with the countdown; any key or click resumes (the key is not typed)."""

    def __init__(self, texts: KioskTexts, remaining: int) -> None:
        super().__init__()
        self.texts = texts
        self.remaining = remaining
        self.resumed = False

    def compose(self) -> ComposeResult:
        words = self.texts
        with Vertical(id="kiosk-still-there", classes="kiosk-dialog"):
            yield Static(words.still_there_title, classes="kiosk-title")
            yield Static(words.still_there_body, classes="kiosk-body")
            yield Static("", id="still-there-countdown", classes="kiosk-hint")

    def on_mount(self) -> None:
        self.update(self.remaining)

    def update(self, remaining: int) -> None:
        self.remaining = remaining
        countdown = self.texts.still_there_countdown.format(n=remaining)
        self.query_one("#still-there-countdown", Static).update(countdown)

    def resume(self) -> None:
        if not self.resumed and self.is_current:
            self.resumed = True
            self.dismiss(None)

    def on_key(self, event: events.Key) -> None:
        event.stop()
        event.prevent_default()
        self.resume()

    def on_paste(self, event: events.Paste) -> None:
        event.stop()
        self.resume()

    def on_mouse_down(self, event: events.MouseDown) -> None:
        event.stop()
        self.resume()


__all__ = ["KioskFinish", "KioskStillThere"]
