"""Faults, provoked for real against the sandbox: wrong key, server down, 429, hostile text."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from app_helpers import quick_clients, screen_text, study_for, toasts, type_text, wait_for
from canned_app import canned_interview
from flow import flow_of, watch
from test_app_interview import start_interview, transcript_text, type_answer

from koji_tui.config.entry import StudyEntry
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.interview import InterviewScreen
from koji_tui.ui.widgets.status_bar import StatusBar
from tests.fake_clock import FakeClock
from tests.pilot import driven


async def _user_answers(srv: Any, study: StudyEntry, interview_id: str) -> list[str]:
    from koji_tui.api import KojiClient

    async with KojiClient(srv.base_url, study.api_key or "") as client:
        interview = await client.get_interview(interview_id)
    return [m.content for m in interview.messages if m.role == "user"]


@asynccontextmanager
async def _running_interview(
    sandbox: Any, notifications: bool = False
) -> AsyncIterator[tuple[KojiApp, Any, InterviewScreen, StudyEntry]]:
    """The app at 120x40 on the sandbox's first study, an interview with Ana started."""
    study = study_for(sandbox)
    app = KojiApp(studies=[study], client_factory=quick_clients)
    async with driven(
        app, message_hook=watch(app), size=(120, 40), notifications=notifications
    ) as pilot:
        screen = await start_interview(pilot, "Ana")
        yield app, pilot, screen, study


def _set_session_token(screen: InterviewScreen, token: str | None) -> str | None:
    """Give the running session another token (a stale journal); returns the old one."""
    session = screen.controller.session
    assert session is not None and session.record is not None
    record = session.record
    session.record = dataclasses.replace(record, session_token=token)
    return record.session_token


async def _start_refused(pilot: Any) -> InterviewScreen:
    """Start an interview with the form's defaults and wait for the server to refuse it."""
    flow = flow_of(pilot.app)
    app = pilot.app
    await wait_for(pilot, lambda: app.studies_ready)
    await pilot.pause()
    await pilot.press("n")
    await pilot.pause()
    await pilot.press("ctrl+s")
    await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen))
    screen = app.screen
    await wait_for(pilot, lambda: "Failed" in flow, what="failure")
    return screen


async def test_wrong_key_is_a_clear_message_not_a_crash(sandbox: Any) -> None:
    study = study_for(sandbox)
    study.api_key = "pk_test_" + "x" * 32
    app = KojiApp(studies=[study])
    async with driven(app, message_hook=watch(app), size=(80, 24), notifications=True) as pilot:
        screen = await _start_refused(pilot)
        expected = f"The API key for study {study.name!r} was rejected"
        assert expected in transcript_text(screen)
        assert any(expected in toast for toast in toasts(app))
        assert study.api_key not in screen_text(app)
        assert screen.composer.locked  # nothing can be sent into a void
        await pilot.press("escape")  # and the app goes on
        await pilot.pause()
        assert app.is_running


async def test_wrong_key_of_the_env_study_says_to_fix_koji_api_key(sandbox: Any) -> None:
    study = study_for(sandbox, name="env: 127.0.0.1")
    study.api_key = "pk_test_" + "y" * 32
    study.source, study.key_storage = "env", "env"
    app = KojiApp(studies=[study])
    async with driven(app, message_hook=watch(app), size=(120, 40), notifications=True) as pilot:
        screen = await _start_refused(pilot)
        [message] = [toast for toast in toasts(app) if "was rejected" in toast]
        assert "KOJI_API_KEY" in message and "restart" in message
        assert "Edit the study" not in message  # an env study cannot be edited
        assert "KOJI_API_KEY" in transcript_text(screen)
        assert study.api_key not in screen_text(app)


async def test_server_down_mid_interview_keeps_the_answer_and_resends_it_once(
    sandbox: Any,
) -> None:
    async with _running_interview(sandbox) as (app, pilot, screen, study):
        flow = flow_of(pilot.app)
        await type_answer(pilot, screen, "First answer, delivered.")
        await wait_for(pilot, lambda: "AnswerDelivered" in flow, what="first reply")

        sandbox.stop()
        lost = "Second answer, typed while the server is down."
        await type_answer(pilot, screen, lost)
        await wait_for(pilot, lambda: "AnswerPending" in flow, 60, what="failure")
        # kept: in the composer, in the transcript (pending), in the journal; bar says offline
        assert screen.composer.text == lost
        assert screen.pending_text == lost
        assert "pending" in transcript_text(screen)
        assert "offline" in screen.query_one(StatusBar).snapshot()
        journal = app.journal_for(study)
        [pending] = journal.pending_answers()
        assert pending.turn.content == lost

        sandbox.restart()
        # The screen retries on its own when offline; it goes through exactly once.
        await wait_for(pilot, lambda: flow.count("AnswerDelivered") >= 2, 60, what="resent")
        assert screen.pending_text is None
        assert journal.pending_answers() == []
        assert "offline" not in screen.query_one(StatusBar).snapshot()
        answers = await _user_answers(sandbox, study, screen.interview_id or "")
        assert answers.count(lost) == 1
        assert answers == ["First answer, delivered.", lost]


async def test_pending_answer_found_on_start_is_offered_and_resent_once(sandbox: Any) -> None:
    study = study_for(sandbox)
    first = KojiApp(studies=[study], client_factory=quick_clients)
    lost = "An answer that never got a reply."
    async with driven(first, message_hook=watch(first), size=(80, 24)) as pilot:
        flow = flow_of(pilot.app)
        screen = await start_interview(pilot, "Kim")
        sandbox.stop()
        await type_answer(pilot, screen, lost)
        await wait_for(pilot, lambda: "AnswerPending" in flow, 60, what="failure")
        interview_id = screen.interview_id
    sandbox.restart()

    second = KojiApp(studies=[study], client_factory=quick_clients)
    async with driven(second, message_hook=watch(second), size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: "Unsent answer" in screen_text(second), what="offer")
        assert lost in screen_text(second)
        await pilot.press("y")
        await wait_for(pilot, lambda: isinstance(second.screen, InterviewScreen), what="opened")
        screen = second.screen
        flow = flow_of(second)
        await wait_for(pilot, lambda: "AnswerDelivered" in flow, 30, what="resent")
        assert screen.pending_text is None
    assert (await _user_answers(sandbox, study, interview_id or "")).count(lost) == 1


class HeldClock(FakeClock):
    """The client's and the sandbox's clock, standing still: every wait of the client is held
    until the test lets it pass, then moves the clock on at once (no real window to wait for)."""

    def __init__(self) -> None:
        super().__init__()
        self.let_pass = asyncio.Event()

    async def sleep(self, seconds: float) -> None:
        await self.let_pass.wait()
        await super().sleep(seconds)


async def test_rate_limit_shows_the_wait_and_loses_nothing(make_sandbox: Any) -> None:
    """Another client exhausts the key: the answer waits for the window, the bar says so.
    The window is on a clock the test holds (the wait shows until the test lets it pass)."""
    import httpx

    from koji_tui.api import KojiClient

    clock = HeldClock()

    def clients(base_url: str, api_key: str) -> KojiClient:
        return KojiClient(base_url, api_key, clock=clock.time, sleep=clock.sleep)

    async with make_sandbox(rate_limit="8/30s", clock=clock.time) as srv:
        study = study_for(srv)
        app = KojiApp(studies=[study], client_factory=clients)
        async with driven(app, message_hook=watch(app), size=(80, 24)) as pilot:
            flow = flow_of(pilot.app)
            screen = await start_interview(pilot, "Lee")
            bar = screen.query_one(StatusBar)
            headers = {"Authorization": f"Bearer {study.api_key}"}
            url = f"{srv.base_url}/api/v1/interviews/{screen.interview_id}"
            async with httpx.AsyncClient() as other:
                for _ in range(20):
                    if (await other.get(url, headers=headers)).status_code == 429:
                        break
                else:
                    raise AssertionError("the key was never exhausted")
            answer = "An answer sent while the key is exhausted"
            await type_answer(pilot, screen, answer)
            await wait_for(
                pilot,
                lambda: "wait" in bar.snapshot() and "rate limit" in bar.snapshot(),
                what="the wait on the bar",
            )
            assert "AnswerDelivered" not in flow and "AnswerPending" not in flow
            clock.let_pass.set()  # the window passes
            await wait_for(
                pilot,
                lambda: "AnswerDelivered" in flow or "AnswerPending" in flow,
                what="the reply after the wait",
            )
            assert "AnswerPending" not in flow
            assert clock.slept  # it waited on the clock, not in real time
            answers = await _user_answers(srv, study, screen.interview_id or "")
            assert answers == [answer]


HOSTILE_STUDY = {
    "id": "hostile-text",
    "name": "Hostile text",
    "locale": "en",
    "mode": "text",
    "intro": "Welcome [bold red]x[/] and \x1b[31mred\x1b[0m.",
    "questions": [
        {"id": "q1", "type": "open_ended", "text": "What is [bold red]x[/]? \x1b[31mTell me."},
        {"id": "q2", "type": "open_ended", "text": "And [link=http://evil]this[/link]?"},
    ],
}


def _hostile_studies_dir(tmp_path: Path) -> Path:
    """A studies folder holding one study whose texts carry Rich markup and ANSI escapes."""
    folder = tmp_path / "hostile-studies"
    folder.mkdir()
    (folder / "hostile.json").write_text(json.dumps(HOSTILE_STUDY), encoding="utf-8")
    return folder


async def test_server_text_with_markup_and_escapes_is_shown_literally(
    make_sandbox: Any, tmp_path: Path
) -> None:
    studies_dir = _hostile_studies_dir(tmp_path)
    async with make_sandbox(studies_dir=studies_dir) as srv:
        study = study_for(srv)
        app = KojiApp(studies=[study])
        async with driven(app, message_hook=watch(app), size=(120, 40)) as pilot:
            flow = flow_of(pilot.app)
            screen = await start_interview(pilot, "Max")
            await type_answer(pilot, screen, "An answer with [b]markup[/b] of my own.")
            await wait_for(pilot, lambda: "AnswerDelivered" in flow, what="reply")
            text = transcript_text(screen)
            assert "[bold red]x[/]" in text  # shown as typed, never styled
            assert "␛[31m" in text  # the escape made visible, never sent to the terminal
            assert "[b]markup[/b]" in text
            shown = screen_text(app)
            assert "\x1b" not in shown and "[bold red]x[/]" in shown


async def test_enter_with_an_unsent_answer_resends_it_first_and_keeps_the_new_text(
    sandbox: Any,
) -> None:
    study = study_for(sandbox)
    app = KojiApp(studies=[study])
    async with driven(app, message_hook=watch(app), size=(80, 24)) as pilot:
        flow = flow_of(pilot.app)
        screen = await start_interview(pilot, "Noor")
        sandbox.stop()
        lost = "Typed while offline."
        await type_answer(pilot, screen, lost)
        await wait_for(pilot, lambda: "AnswerPending" in flow, 60, what="failure")
        sandbox.restart()  # the resend is by hand (the automatic check waits 3 s)
        composer = screen.composer
        composer.input.clear()
        await type_answer(pilot, screen, "A different, newer answer.")
        await wait_for(pilot, lambda: "AnswerDelivered" in flow, 30, what="resent")
        assert screen.pending_text is None
        assert composer.text == "A different, newer answer."  # kept for the next turn
        answers = await _user_answers(sandbox, study, screen.interview_id or "")
        assert answers == [lost]


async def test_a_stream_cut_and_sent_again_shows_the_reply_once() -> None:
    """A reply streams, the connection breaks, the answer is not on the server: the client sends
    it again and the stream restarts. The half reply must not stay in front of the new one."""
    import asyncio

    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response, StreamingResponse

    from tests.api.canned import sse_event

    release = asyncio.Event()
    posts: list[Any] = []

    def start(request: Request, body: Any) -> Response:
        return JSONResponse(
            {"interview_id": "int_cut", "session_token": "stk_x", "initial_message": "Why?"}
        )

    def transcript(request: Request, body: Any) -> Response:  # the answer never arrived
        messages = [{"role": "assistant", "content": "Why?"}]
        return JSONResponse({"interview_id": "int_cut", "messages": messages})

    async def message(request: Request, body: Any) -> Response:
        posts.append(body)
        if len(posts) == 1:
            chunks = [
                sse_event({"text": "Half a rep"}, "delta"),
                sse_event({"error": "x"}, "error"),
            ]
        else:
            await release.wait()
            done = {"message": {"role": "assistant", "content": "The whole reply."}}
            chunks = [sse_event({"text": "The whole reply."}, "delta"), sse_event(done, "done")]

        async def gen() -> Any:
            for chunk in chunks:
                yield chunk.encode()

        return StreamingResponse(gen(), media_type="text/event-stream")

    async with canned_interview("int_cut", start, message, transcript) as (_c, app, pilot, screen):
        flow = flow_of(app)
        await type_answer(pilot, screen, "My answer.")
        await wait_for(pilot, lambda: len(posts) == 2, what="the answer sent again")
        await pilot.pause()
        assert "Half a rep" not in transcript_text(screen)
        assert "ReplyRestarted" in flow
        release.set()
        await wait_for(pilot, lambda: "AnswerDelivered" in flow, what="reply")
        text = transcript_text(screen)
        assert text.count("The whole reply.") == 1 and "Half a rep" not in text
        assert text.count("My answer.") == 1
        names = [m for m in flow.names if m.startswith(("Reply", "Answer", "Turn"))]
        assert names[1:3] == ["TurnAdded", "ReplyDelta"], names  # after the opening turn
        assert names.index("ReplyRestarted") < names.index("AnswerDelivered")


async def test_a_rejected_session_token_is_named_not_worded_as_a_key_permission(
    sandbox: Any,
) -> None:
    """The key is fine but the interview's token is not (a stale journal, a server that
    rotated it): the sandbox says 403. The message names the session token, keeps the
    answer, and does not send the researcher off to get a key with more permissions."""
    async with _running_interview(sandbox) as (_app, pilot, screen, study):
        flow = flow_of(pilot.app)
        _set_session_token(screen, "stk_stale")
        answer = "An answer the server will refuse for its token."
        await type_answer(pilot, screen, answer)
        await wait_for(pilot, lambda: "AnswerPending" in flow, 30, what="failure")
        text = transcript_text(screen)
        assert "session token" in text
        assert "lacks the permission" not in text and "interview:start" not in text
        assert screen.composer.text == answer
        assert "session token (403)" in text
    assert answer not in await _user_answers(sandbox, study, screen.interview_id or "")


async def test_leaving_while_waiting_asks_on_the_screen_and_leaves_no_stale_toast(
    sandbox: Any,
) -> None:
    """Escape while a reply is pending asks for a second escape. The question belongs to
    the interview screen: once the researcher has left (or the reply came), nothing on
    the study list still says "press escape again"."""
    async with _running_interview(sandbox, notifications=True) as (app, pilot, screen, study):
        sandbox.faults.latency = 4.0  # every request now takes 2 to 6 s
        answer = "An answer sent to a slow server."
        await type_answer(pilot, screen, answer)
        await wait_for(pilot, lambda: screen.busy, what="waiting for the reply")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, InterviewScreen)  # the first escape only asks
        assert "press escape again" in screen_text(app).lower()
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, InterviewScreen), what="left")
        await pilot.pause()
        assert "escape again" not in screen_text(app).lower()
        assert not any("escape again" in toast for toast in toasts(app))
        # the answer was kept (and is offered again), never lost
        journal = app.journal_for(study)
        [pending] = journal.pending_answers()
        assert pending.turn.content == answer
    sandbox.faults.latency = 0.0


async def test_f7_resends_while_the_composer_has_the_focus(sandbox: Any) -> None:
    """The hint says "Enter or F7 resends it" while the participant's cursor is in the
    composer: F7 must reach the screen (a text area binds F7 to select-all)."""
    async with _running_interview(sandbox) as (app, pilot, screen, study):
        flow = flow_of(pilot.app)
        token = _set_session_token(screen, "stk_stale")
        answer = "Kept, then resent with F7."
        await type_answer(pilot, screen, answer)
        await wait_for(pilot, lambda: "AnswerPending" in flow, 30, what="failure")
        assert screen.pending_text == answer and "F7" in screen_text(app)
        _set_session_token(screen, token)
        assert app.focused is screen.composer.input
        await pilot.press("f7")
        await wait_for(pilot, lambda: "AnswerDelivered" in flow, 30, what="resent")
        assert screen.pending_text is None
    assert (await _user_answers(sandbox, study, screen.interview_id or "")) == [answer]


async def test_an_unsent_answer_edited_while_offline_keeps_the_edit(sandbox: Any) -> None:
    """The journal holds the answer as it was sent (and the server may have it); an edit
    typed while offline is not thrown away by the automatic resend: it stays in the box."""
    async with _running_interview(sandbox) as (_app, pilot, screen, study):
        flow = flow_of(pilot.app)
        sandbox.stop()
        lost = "No, never needed to."
        await type_answer(pilot, screen, lost)
        await wait_for(pilot, lambda: "AnswerPending" in flow, 60, what="failure")
        assert screen.composer.text == lost
        screen.composer.focus()
        await pilot.press("end")
        await type_text(pilot, " EDITED-OFFLINE")
        edited = lost + " EDITED-OFFLINE"
        assert screen.composer.text == edited
        sandbox.restart()
        await wait_for(pilot, lambda: "AnswerDelivered" in flow, 60, what="resent")
        await pilot.pause()
        assert screen.pending_text is None
        assert screen.composer.text == edited  # the edit survives, ready to send
        assert "still here" in transcript_text(screen)
    assert await _user_answers(sandbox, study, screen.interview_id or "") == [lost]


async def test_escape_with_a_typed_answer_asks_and_the_draft_comes_back(sandbox: Any) -> None:
    """A participant's reflex escape must not throw away what they typed: the first
    escape asks, and the text is back in the box when the interview is opened again."""
    async with _running_interview(sandbox) as (app, pilot, screen, study):
        flow = flow_of(pilot.app)
        screen.composer.focus()
        await pilot.pause()
        draft = "draft text not sent"
        await type_text(pilot, draft)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert "typed answer is not sent" in screen_text(app)
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is not screen, what="left")
        await pilot.press("o")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), what="opened")
        again = app.screen
        await wait_for(pilot, lambda: "TranscriptLoaded" in flow, what="loaded")
        await pilot.pause()
        assert again.composer.text == draft
        assert await _user_answers(sandbox, study, again.interview_id or "") == []


async def test_a_widget_answer_that_could_not_be_sent_does_not_say_answered(
    sandbox: Any,
) -> None:
    from textual.widgets import Static

    async with _running_interview(sandbox) as (app, pilot, screen, _study):
        flow = flow_of(pilot.app)
        await type_answer(pilot, screen, "We use it for invoices every week.")
        await wait_for(pilot, lambda: screen._answer_widget is not None, what="a widget")
        widget = screen._answer_widget

        def summary() -> str:
            return str(widget.query_one(".answer-summary", Static).render())

        sandbox.stop()
        widget.focus()
        await pilot.pause()
        await pilot.press("1", "enter")
        await wait_for(pilot, lambda: "AnswerPending" in flow, 60, what="failure")
        await pilot.pause()
        assert summary().startswith("◌ Not sent yet: ")
        sandbox.restart()
        await wait_for(pilot, lambda: flow.count("AnswerDelivered") >= 2, 60, what="sent")
        await pilot.pause()
        assert "Not sent yet" not in screen_text(app)
        assert widget._not_sent is False


async def test_the_not_started_screen_promises_nothing_it_cannot_keep(sandbox: Any) -> None:
    """After a refused start the box takes no text: it says so in place of "Type your
    answer…", shows no hourglass (nothing is pending), and Enter on it does not claim that a
    text was kept (15, item 8)."""
    study = study_for(sandbox)
    study.api_key = "pk_test_" + "z" * 32
    app = KojiApp(studies=[study])
    async with driven(app, message_hook=watch(app), size=(80, 24)) as pilot:
        screen = await _start_refused(pilot)
        await pilot.pause()
        text = screen_text(app)
        assert "Type your answer" not in text and "⏳" not in text
        assert "not started — press escape to go back" in text
        screen.composer.focus()
        await pilot.press("enter")
        await pilot.pause()
        text = screen_text(app)
        assert "Your text is kept" not in text and "⏳" not in text
        assert "No answers can be sent: not started" in text


async def test_enter_after_a_failed_widget_answer_resends_it_from_the_composer() -> None:
    """A choice sent from its widget is refused (400); the hint says "press Enter to retry",
    and Enter does (the focus was lost with the locked widget; QA found Enter did nothing)."""
    from starlette.requests import Request
    from starlette.responses import JSONResponse, Response

    from koji_tui.ui.widgets.answers.base import AnswerWidget

    question = {"type": "single_choice", "options": ["Red", "Blue"]}
    posts: list[Any] = []

    def start(request: Request, body: Any) -> Response:
        payload = {"interview_id": "int_w", "session_token": "s", "initial_message": "Colour?"}
        return JSONResponse({**payload, "question": question})

    def transcript(request: Request, body: Any) -> Response:
        messages = [{"role": "assistant", "content": "Colour?"}]
        return JSONResponse({"interview_id": "int_w", "messages": messages})

    def message(request: Request, body: Any) -> Response:
        posts.append(body)
        if len(posts) == 1:
            return JSONResponse({"error": "try again"}, status_code=400)
        return JSONResponse({"message": {"role": "assistant", "content": "Thanks."}})

    async with canned_interview("int_w", start, message, transcript) as (_c, app, pilot, screen):
        flow = flow_of(pilot.app)
        await wait_for(pilot, lambda: bool(screen.query(AnswerWidget)), what="widget")
        await pilot.pause()
        await pilot.press("1", "enter")
        await wait_for(pilot, lambda: "AnswerPending" in flow, what="refusal")
        await pilot.pause()
        assert "press Enter to retry" in screen_text(app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: "AnswerDelivered" in flow, what="resent")
    assert [p.get("message") or p.get("content") for p in posts] == ["Red", "Red"]


async def test_a_reply_the_journal_cannot_keep_is_said_and_takes_no_more_answers(
    sandbox: Any, monkeypatch: Any
) -> None:
    """The journal fails to store a reply (a full disk): the reply stays on screen (it is on
    the server), the screen says the journal could not keep it, the box takes no more
    answers, and the server has the answer once."""
    import sqlite3

    from koji_tui.journal import Journal

    real = Journal.record_reply
    broken = {"on": False}

    def record_reply(self: Journal, *args: Any, **kwargs: Any) -> Any:
        if broken["on"]:
            raise sqlite3.OperationalError("database or disk is full")
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Journal, "record_reply", record_reply)
    async with _running_interview(sandbox, notifications=True) as (app, pilot, screen, study):
        flow = flow_of(app)
        broken["on"] = True
        await type_answer(pilot, screen, "We plan the week in it.")
        await wait_for(pilot, lambda: "Failed" in flow, what="the failure")
        text = transcript_text(screen)
        assert "The journal could not save the last reply" in text
        assert text.count("We plan the week in it.") == 1 and "Interviewer · #3" in text
        assert screen.transcript.turn_count == 4  # opening, answer, the reply, the notice
        composer = screen.composer
        assert composer.locked and "cannot continue" in screen_text(app)
        await pilot.press(*"More")
        await pilot.press("enter")
        await pilot.pause()
        interview_id = screen.controller.state.interview_id
        assert interview_id is not None
        assert await _user_answers(sandbox, study, interview_id) == ["We plan the week in it."]
