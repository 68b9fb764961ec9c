"""The idle guard in the app, on the injected clock: "Still there?", resume, expiry."""

from __future__ import annotations

from typing import Any

from tests.pilot import driven

from .rig import (
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
    user_answers,
)


async def idle(pilot: Any, clock: FakeClock, seconds: float) -> None:
    clock.advance(seconds)
    pilot.app.tick()
    await pilot.pause()


async def test_still_there_counts_down_and_any_key_resumes(sandbox: Any) -> None:
    clock = FakeClock()
    app = make_app(sandbox, clock=clock)
    async with driven(app, size=(100, 30)) as pilot:
        screen = await begin(pilot)
        await pilot.press(*"half an answer")
        await idle(pilot, clock, 89)
        assert app.screen is screen
        await idle(pilot, clock, 1)
        assert screen_name(app) == "KioskStillThere"
        text = screen_text(app)
        assert "Still there?" in text and "This conversation ends in 30 s." in text
        await idle(pilot, clock, 10)
        assert "This conversation ends in 20 s." in screen_text(app)
        await pilot.press("x")  # resumes; the key is not typed
        await until(pilot, lambda: app.screen is screen)
        assert screen.composer.text == "half an answer"
        await idle(pilot, clock, 60)
        assert app.screen is screen  # the wait started again
        await idle(pilot, clock, 30)
        assert screen_name(app) == "KioskStillThere"
        await pilot.click("#kiosk-still-there")  # a click resumes too
        await until(pilot, lambda: app.screen is screen)


async def test_expiry_completes_with_reason_timeout_and_wipes_the_screen(sandbox: Any) -> None:
    clock = FakeClock()
    app = make_app(sandbox, clock=clock)
    async with driven(app, size=(100, 30)) as pilot:
        screen = await begin(pilot)
        await type_answer(pilot, "I use it every day to plan the week with the whole team here.")
        interview_id = screen.controller.state.interview_id
        await idle(pilot, clock, 90)
        assert screen_name(app) == "KioskStillThere"
        await idle(pilot, clock, 29)
        assert "ends in 1 s" in screen_text(app)
        await idle(pilot, clock, 1)
        await until(pilot, lambda: screen_name(app) == "WelcomeScreen")
        assert len(app.screen_stack) == 2 and not screen.is_attached
        assert "plan the week" not in screen_text(app)
        await until(pilot, lambda: app.loop.finishing == 0)
        interview = await on_server(sandbox, app.study, interview_id)
        assert interview.status == "completed" and interview.completion_reason == "timeout"
        assert user_answers(interview) == [
            "I use it every day to plan the week with the whole team here."
        ]


async def test_the_guard_is_off_on_the_welcome_and_the_thank_you(sandbox: Any) -> None:
    clock = FakeClock()
    app = make_app(sandbox, clock=clock, config={"thank_you_seconds": 300})
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        await idle(pilot, clock, 10_000)
        assert screen_name(app) == "WelcomeScreen"
        await begin(pilot)
        await finish_early(pilot)
        await until(pilot, lambda: screen_name(app) == "ThankYouScreen")
        await idle(pilot, clock, 200)
        assert screen_name(app) == "ThankYouScreen"  # no "Still there?" over the thank-you


async def test_an_idle_consent_card_goes_back_to_the_welcome(sandbox: Any) -> None:
    clock = FakeClock()
    app = make_app(sandbox, clock=clock, config={"consent": True})
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        await pilot.press("enter")
        await until(pilot, lambda: screen_name(app) == "ConsentScreen")
        await idle(pilot, clock, 90)
        assert screen_name(app) == "KioskStillThere"
        await idle(pilot, clock, 30)
        await until(pilot, lambda: screen_name(app) == "WelcomeScreen")
        assert app.participant is None and app.loop.finishing == 0
