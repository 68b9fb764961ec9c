"""The operator key, the PIN (right, wrong, lockout) and the operator panel."""

from __future__ import annotations

from typing import Any

from koji_tui.kiosk.station import Station
from tests.pilot import driven

from .rig import (
    PIN,
    FakeClock,
    begin,
    finish_early,
    make_app,
    on_server,
    ready,
    screen_name,
    screen_text,
    type_answer,
    until,
)


async def pin(pilot: Any, digits: str) -> None:
    app = pilot.app
    field = app.screen.query_one("#pin-input")
    await until(pilot, lambda: not field.disabled, what="the PIN field")
    await pilot.press(*digits, "enter")
    await until(
        pilot, lambda: screen_name(app) != "KioskPin" or not field.disabled or field.value == ""
    )
    await pilot.pause(0.05)


async def test_escape_on_the_pin_prompt_goes_back_to_the_participant(sandbox: Any) -> None:
    app = make_app(sandbox)
    async with driven(app, size=(100, 30)) as pilot:
        screen = await begin(pilot)
        await pilot.press(*"my answer so far")
        await pilot.press("ctrl+o")
        await until(pilot, lambda: screen_name(app) == "KioskPin")
        assert "Staff only" in screen_text(app) and "Esc goes back" in screen_text(app)
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        assert screen.composer.text == "my answer so far" and screen.composer.input.has_focus


async def test_wrong_pins_then_the_lockout_then_the_right_one(sandbox: Any) -> None:
    clock = FakeClock()
    app = make_app(sandbox, clock=clock)
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("ctrl+o")
        await until(pilot, lambda: screen_name(app) == "KioskPin")
        await pin(pilot, "0000")
        assert "That PIN is not right. Attempts left: 4." in screen_text(app)
        assert "0000" not in screen_text(app)  # a password field
        for _ in range(4):
            await pin(pilot, "1111")
        await until(pilot, lambda: "Please wait 60 s" in screen_text(app))
        field = app.screen.query_one("#pin-input")
        assert field.disabled
        assert not app.pin_guard.check(PIN).ok  # even the right PIN, while locked
        clock.advance(30)
        app.tick()
        await pilot.pause()
        assert "Please wait 30 s" in screen_text(app) and field.disabled
        clock.advance(30)
        app.tick()
        await until(pilot, lambda: not field.disabled)
        await pin(pilot, PIN)
        await until(pilot, lambda: screen_name(app) == "KioskOperator")


async def test_the_panel_shows_today_the_server_and_changes_the_language(sandbox: Any) -> None:
    clock = FakeClock()
    app = make_app(sandbox, clock=clock, config={"locales": ["en", "es"]})
    async with driven(app, size=(100, 30)) as pilot:
        await begin(pilot)
        await finish_early(pilot)  # one ended early
        await until(pilot, lambda: screen_name(app) == "ThankYouScreen")
        await pilot.press("enter")
        await begin(pilot)
        for _ in range(2):
            clock.advance(90)
            app.tick()
            await pilot.pause()
        clock.advance(30)
        app.tick()  # one timed out
        await until(pilot, lambda: screen_name(app) == "WelcomeScreen")
        await until(pilot, lambda: app.loop.finishing == 0)
        await pilot.press("ctrl+o")
        await until(pilot, lambda: screen_name(app) == "KioskPin")
        await pin(pilot, PIN)
        await until(pilot, lambda: screen_name(app) == "KioskOperator")
        await until(pilot, lambda: "Today:" in screen_text(app))
        text = screen_text(app)
        station = Station().info().station_id
        assert f"Station {station}" in text and "Acme product feedback" in text
        assert "0 completed · 1 ended early · 1 timed out" in text
        assert "0 answers, 0 interviews to complete" in text
        assert "Server: online" in text
        await pilot.click("#op-lang-es")
        await pilot.click("#operator-back")
        await until(pilot, lambda: screen_name(app) == "WelcomeScreen")
        assert "Pulse Intro para empezar" in screen_text(app)


async def test_ending_kiosk_mode_completes_the_interview_on_screen(sandbox: Any) -> None:
    app = make_app(sandbox)
    async with driven(app, size=(100, 30)) as pilot:
        screen = await begin(pilot)
        await type_answer(pilot, "An answer before staff end the kiosk, long enough to count.")
        interview_id = screen.controller.state.interview_id
        await pilot.press("ctrl+o")
        await until(pilot, lambda: screen_name(app) == "KioskPin")
        await pin(pilot, PIN)
        await until(pilot, lambda: screen_name(app) == "KioskOperator")
        await pilot.click("#operator-end")
        await until(pilot, lambda: not app.is_running, what="the kiosk to end")
    assert app.left == 0 and app.return_code == 0
    interview = await on_server(sandbox, app.study, interview_id)
    assert interview.status == "completed" and interview.completion_reason == "manual"
