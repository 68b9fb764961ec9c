"""Offline: at the welcome (the station says so, the panel says why), mid-interview (one calm
line; the answer is kept and resent once), and a complete queued until the server is back."""

from __future__ import annotations

from typing import Any

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
    user_answers,
)


async def test_offline_at_the_welcome(sandbox: Any) -> None:
    clock = FakeClock()
    await sandbox.stop()
    app = make_app(sandbox, clock=clock)
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        assert "This station is offline — please ask a member of staff" in screen_text(app)
        await pilot.press("enter")
        await pilot.pause(0.3)
        assert screen_name(app) == "WelcomeScreen" and app.participant is None
        await pilot.press("ctrl+o")
        await until(pilot, lambda: screen_name(app) == "KioskPin")
        await pilot.press(*PIN, "enter")
        await until(pilot, lambda: screen_name(app) == "KioskOperator")
        text = screen_text(app)
        assert "Server: offline — Cannot reach the server" in text
        await pilot.press("escape")
        await sandbox.restart()
        await until(pilot, lambda: app.loop.online is not False or clock.advance(3.0) or False)
        await until(pilot, lambda: "offline" not in screen_text(app))
        await begin(pilot)


async def test_offline_mid_interview_is_one_calm_line_and_the_complete_is_queued(
    sandbox: Any,
) -> None:
    clock = FakeClock()
    app = make_app(sandbox, clock=clock)
    async with driven(app, size=(100, 30)) as pilot:
        screen = await begin(pilot)
        await type_answer(pilot, "Before the network went away, a long enough answer.")
        await sandbox.stop()
        screen.composer.focus()
        await pilot.press(*"Typed with the network down.", "enter")
        await until(
            pilot, lambda: screen.controller.state.pending == "Typed with the network down."
        )
        text = screen_text(app)
        assert "One moment…" in text and "Typed with the network down." in text
        for word in ("offline", "Offline", "429", "retry", "not sent", "pending", "int_"):
            assert word not in text, word
        await finish_early(pilot)  # the participant leaves
        await until(pilot, lambda: screen_name(app) == "ThankYouScreen")
        await until(pilot, lambda: app.queue.items() != [], what="the queued complete")
        record_id = screen.controller.state.record_id
        assert [(q.record_id, q.reason) for q in app.queue.items()] == [
            (record_id, "respondent_left")
        ]
        await sandbox.restart()

        def sent() -> bool:
            clock.advance(3.0)
            return app.loop.finishing == 0

        await until(pilot, sent, what="the complete, once the server is back")
        assert app.queue.items() == []
        interview = await on_server(sandbox, app.study, screen.controller.state.interview_id)
        assert interview.completion_reason == "respondent_left"
        assert user_answers(interview) == [
            "Before the network went away, a long enough answer.",
            "Typed with the network down.",
        ]


async def test_ending_kiosk_mode_offline_drops_nothing(sandbox: Any) -> None:
    app = make_app(sandbox)
    async with driven(app, size=(100, 30)) as pilot:
        screen = await begin(pilot)
        await sandbox.stop()
        screen.composer.focus()
        await pilot.press(*"Kept for later.", "enter")
        await until(pilot, lambda: screen.controller.state.pending is not None)
        record_id = screen.controller.state.record_id
        app.end_kiosk()
        await until(pilot, lambda: not app.is_running, seconds=30)
    assert app.left == 1
    assert [(q.record_id, q.reason) for q in app.queue.items()] == [(record_id, "manual")]

    await sandbox.restart()
    again = make_app(sandbox)  # the next start sends it
    async with driven(again, size=(100, 30)) as pilot:
        await ready(pilot)
        await until(pilot, lambda: again.loop.finishing == 0 and again.queue.items() == [])
        record = again.journal.get(record_id)
        assert record.status == "completed" and record.completion_reason == "manual"
        interview = await on_server(sandbox, again.study, record.interview_id)
        assert user_answers(interview) == ["Kept for later."]
