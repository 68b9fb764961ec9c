"""The tests' pilot (tests/pilot.py): the same key events as Textual's ``Pilot.press``, and a
press returns once what the key set off is handled and drawn."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import ClassVar

from textual import events, on
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tests.pilot import driven
from tests.ui.app_helpers import screen_text

KEYS = (
    "a", "Z", "7", ".", ",", "-", "_", "/", "\\", "@", "+", "?", "!", " ", "é", "ñ",
    "space", "enter", "tab", "shift+tab", "escape", "backspace", "delete", "up", "down",
    "left", "right", "home", "end", "pageup", "pagedown", "f1", "f7", "ctrl+s",
    "minus", "plus", "full_stop", "comma", "slash", "question_mark", "exclamation_mark",
)  # fmt: skip


class Keys(App[None]):
    """Keeps every key event it gets (its one widget takes no focus)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[str, str | None]] = []

    def compose(self) -> ComposeResult:
        yield Static("keys")

    def on_key(self, event: events.Key) -> None:
        event.prevent_default()  # ctrl+q would quit, tab would move the focus
        self.seen.append((event.key, event.character))


async def _seen(quick: bool) -> list[tuple[str, str | None]]:
    app = Keys()
    if quick:
        async with driven(app) as pilot:
            for key in KEYS:
                await pilot.press(key)
    else:
        async with app.run_test() as pilot:
            for key in KEYS:
                await pilot.press(key)
    return app.seen


async def test_the_same_key_events_as_textuals_pilot() -> None:
    textual_pilot = await _seen(quick=False)
    assert len(textual_pilot) == len(KEYS)
    assert await _seen(quick=True) == textual_pilot


HOPS = 200  # deeper than a frame can cover: followed round by round (tests/pilot.py)


class Relay(Message):
    def __init__(self, hops: int) -> None:
        super().__init__()
        self.hops = hops


class Dialog(ModalScreen[str]):
    def compose(self) -> ComposeResult:
        yield Input(id="answer")

    @on(Input.Submitted)
    def _done(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)


class Chain(App[None]):
    """A key that sets off a chain of messages, each posted by the handler of the one before,
    a label that shows the last, and a dialog a key opens and Enter closes."""

    BINDINGS: ClassVar[list[BindingType]] = [("r", "relay", "relay"), ("d", "dialog", "dialog")]

    def __init__(self) -> None:
        super().__init__()
        self.results: list[str | None] = []

    def compose(self) -> ComposeResult:
        yield Static("none", id="label")

    def action_relay(self) -> None:
        self.post_message(Relay(HOPS))

    def on_relay(self, message: Relay) -> None:
        label = self.query_one("#label", Static)
        label.update(f"hops left: {message.hops}")
        if message.hops:
            label.post_message(Relay(message.hops - 1))  # bubbles back up to the app

    def action_dialog(self) -> None:
        self.push_screen(Dialog(), self.results.append)


async def test_a_press_returns_once_the_chain_it_set_off_is_handled_and_drawn() -> None:
    app = Chain()
    async with driven(app, size=(40, 8)) as pilot:
        await pilot.press("r")
        assert str(app.query_one("#label", Static).render()) == "hops left: 0"
        assert "hops left: 0" in screen_text(app)


async def test_a_key_that_closes_the_screen_returns_promptly() -> None:
    app = Chain()
    async with driven(app, size=(40, 8)) as pilot:
        await pilot.press("d")
        assert isinstance(app.screen, Dialog)
        started = time.perf_counter()
        await pilot.press("o", "k", "enter")
        assert time.perf_counter() - started < 2.0
        assert app.results == ["ok"] and not isinstance(app.screen, Dialog)


async def test_a_key_that_quits_returns() -> None:
    quitting = App[None]()
    async with driven(quitting) as pilot:
        started = time.perf_counter()
        await pilot.press("ctrl+q")
        assert time.perf_counter() - started < 2.0
    assert quitting.return_code == 0


def test_the_pilot_reaches_for_no_private_name_of_textual() -> None:
    source = (Path(__file__).parent / "pilot.py").read_text(encoding="utf-8")
    code = "\n".join(line.split("#", 1)[0] for line in source.splitlines())
    assert re.findall(r"\._[A-Za-z]\w*", code) == []
