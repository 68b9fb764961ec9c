"""The lock: on every kiosk screen no key gets out (only the operator key and the PIN)."""

from __future__ import annotations

import signal
from typing import Any

import pytest

from koji_tui import paths
from koji_tui.ui.kiosk import OPERATOR_BINDING
from tests.pilot import driven

from .rig import FakeClock, begin, finish_early, make_app, ready, screen_name, screen_text, until

ESCAPE_KEYS = (
    "ctrl+q",
    "ctrl+c",
    "ctrl+z",
    "ctrl+backslash",
    "ctrl+p",
    "escape",
    *(f"f{n}" for n in range(1, 13)),
    "q",
)


async def press_every_escape_key(pilot: Any, *, expect: str) -> None:
    """Each key, one at a time: the app runs on, on the same screen (F10 on the interview
    asks "Finish now?", which Escape closes again)."""
    app = pilot.app
    for key in ESCAPE_KEYS:
        await pilot.press(key)
        assert app.is_running and app.return_code is None, key
        if screen_name(app) == "KioskFinish":
            assert key == "f10" and expect == "KioskInterviewScreen"
            await pilot.press("escape")
        assert screen_name(app) == expect, key
        assert list(app.screen.query("Toast")) == [], key
        assert "Command" not in screen_text(app) and "Quit" not in screen_text(app), key


async def test_no_key_leaves_any_screen(sandbox: Any) -> None:
    clock = FakeClock()
    app = make_app(sandbox, clock=clock, config={"consent": True, "participant": "name"})
    async with driven(app, size=(100, 30), notifications=True) as pilot:
        await ready(pilot)
        await press_every_escape_key(pilot, expect="WelcomeScreen")
        await pilot.press("enter")
        await until(pilot, lambda: screen_name(app) == "ConsentScreen")
        await press_every_escape_key(pilot, expect="ConsentScreen")
        app.screen.query_one("#consent-agree").focus()
        await pilot.press("enter")
        await until(pilot, lambda: screen_name(app) == "IdentityScreen")
        await press_every_escape_key(pilot, expect="IdentityScreen")
        app.screen.query_one("Input").value = ""
        await pilot.press(*"Ana", "enter")
        await until(pilot, lambda: screen_name(app) == "KioskInterviewScreen")
        screen = app.screen
        await until(pilot, lambda: screen.controller.state.can_answer)
        await press_every_escape_key(pilot, expect="KioskInterviewScreen")
        assert app.screen is screen
        clock.advance(app.kiosk.idle_seconds)
        app.tick()
        await until(pilot, lambda: screen_name(app) == "KioskStillThere")
        await pilot.press("ctrl+q")  # any key resumes: even this one, and nothing else
        await until(pilot, lambda: app.screen is screen)
        await finish_early(pilot)
        await until(pilot, lambda: screen_name(app) == "ThankYouScreen")
        await press_every_escape_key(pilot, expect="ThankYouScreen")
        await pilot.press("ctrl+o")
        await until(pilot, lambda: screen_name(app) == "KioskPin")
        for key in ESCAPE_KEYS[:5]:
            await pilot.press(key)
            assert screen_name(app) == "KioskPin" and app.is_running
        await pilot.press("escape")  # the PIN prompt goes back to where the participant was
        await until(pilot, lambda: screen_name(app) == "ThankYouScreen")


def test_the_app_binds_nothing_but_the_operator_key() -> None:
    from textual.app import App

    from koji_tui.ui.kiosk.app import KioskApp

    assert KioskApp.ENABLE_COMMAND_PALETTE is False
    assert [(b.key, b.id) for b in KioskApp.BINDINGS] == [("ctrl+o", OPERATOR_BINDING)]  # type: ignore[union-attr]
    assert {b.key for b in App.BINDINGS} >= {"ctrl+q", "ctrl+c"}  # what is not inherited


async def test_only_the_operator_binding_is_active(sandbox: Any) -> None:
    app = make_app(sandbox)
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        screen = await begin(pilot)
        app_level = {
            key: active.binding.id
            for key, active in app.active_bindings.items()
            if active.node is app
        }
        assert app_level == {"ctrl+o": OPERATOR_BINDING}
        assert screen.controller.state.can_answer


async def test_the_operator_key_is_remapped_in_the_keymap(sandbox: Any) -> None:
    (paths.config_dir() / "keymap.toml").write_text('"kiosk.operator" = "f12"\n', encoding="utf-8")
    app = make_app(sandbox)
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+o")
        assert screen_name(app) == "WelcomeScreen"
        await pilot.press("f12")
        await until(pilot, lambda: screen_name(app) == "KioskPin")


async def test_a_remap_to_a_typing_key_is_refused(sandbox: Any) -> None:
    (paths.config_dir() / "keymap.toml").write_text('"kiosk.operator" = "q"\n', encoding="utf-8")
    app = make_app(sandbox)
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("q")
        assert screen_name(app) == "WelcomeScreen"
        await pilot.press("ctrl+o")
        await until(pilot, lambda: screen_name(app) == "KioskPin")


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTSTP, signal.SIGQUIT])
async def test_the_signals_are_ignored_while_the_kiosk_runs(sandbox: Any, number: int) -> None:
    before = signal.getsignal(number)
    app = make_app(sandbox, lock_signals=True)
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        assert signal.getsignal(number) is signal.SIG_IGN
    assert signal.getsignal(number) == before
