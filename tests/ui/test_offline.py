"""Offline: the hint says what matters, the bar does not invent a window, and each check of
whether the server is back costs one request (issue 15, app item 9).

The 16 requests a tester saw spent after reconnecting were the automatic resends: one every
3 s while the server answered 503, each a full resend whose GET the client retried 3 times.
"""

from __future__ import annotations

from typing import Any

import pytest
from app_helpers import screen_text, wait_for
from canned_app import canned_interview
from flow import flow_of, watch
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from test_app_interview import start_interview, type_answer

from koji_tui.session.ports import RetryPolicy
from koji_tui.ui.app import KojiApp
from koji_tui.ui.widgets.status_bar import StatusBar
from tests.pilot import driven


async def test_checks_while_offline_cost_one_request_each_and_the_bar_stays_honest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    up = {"value": True}
    answer = "Said while the server was failing."
    stored: list[str] = []
    limit = {"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "42"}

    def start(request: Request, body: Any) -> Response:
        payload = {"interview_id": "int_off", "session_token": "stk", "initial_message": "Hi?"}
        return JSONResponse(payload, headers={**limit, "X-RateLimit-Reset": "30"})

    def transcript(request: Request, body: Any) -> Response:
        if not up["value"]:
            return JSONResponse({"error": "unavailable"}, status_code=503)
        messages = [{"role": "assistant", "content": "Hi?"}]
        messages += [{"role": "user", "content": text} for text in stored]
        return JSONResponse({"interview_id": "int_off", "messages": messages}, headers=limit)

    def message(request: Request, body: Any) -> Response:
        if not up["value"]:
            return JSONResponse({"error": "unavailable"}, status_code=503)
        stored.append(body.get("message") or body.get("content"))
        return JSONResponse({"message": {"role": "assistant", "content": "Thanks!"}})

    fast = RetryPolicy(first=0.3, most=0.3)
    async with canned_interview("int_off", start, message, transcript, offline_retry=fast) as (
        canned,
        app,
        pilot,
        screen,
    ):
        flow = flow_of(app)
        up["value"] = False
        await type_answer(pilot, screen, answer)
        await wait_for(pilot, lambda: "AnswerPending" in flow, 60, what="failure")
        seen = len(canned.seen)  # the failed send, its retries and reconcile reads
        checked = len([e for e in flow.events if type(e).__name__ == "Offline" and e.checks])
        text = screen_text(app)
        # The hint says the answer is kept (it was once cut just before saying so).
        assert "your text is kept" in text or "the answer is kept" in text
        bar = screen.query_one(StatusBar).snapshot()
        # It answers (503): "server failing", not "offline" (QA: a 5xx said offline).
        assert "server failing" in bar and "offline" not in bar
        assert "SERVER FAILING" in text

        def checks_done() -> int:  # each Offline after the first follows one failed check
            return len([e for e in flow.events if type(e).__name__ == "Offline" and e.checks])

        await wait_for(pilot, lambda: checks_done() >= 4, 30, what="checks")
        checks = checks_done() - checked
        probes = len(canned.seen) - seen
        assert probes in (checks, checks + 1)  # one GET each (the next may be under way)
        assert all(s.method == "GET" for s in canned.seen[seen:])
        assert "Next check in" in screen_text(app)
        up["value"] = True
        before = len(canned.seen)
        await wait_for(pilot, lambda: "AnswerDelivered" in flow, 30, what="resent")
        # Back: one check, then the resend's transcript read and its POST.
        assert len(canned.seen) - before <= 3
        assert stored == [answer]
        assert "server failing" not in screen.query_one(StatusBar).snapshot()


async def test_reopening_with_the_server_down_shows_the_journal_copy_at_once(
    sandbox: Any,
) -> None:
    """The journal's copy is on screen before the client has given up on the server (it
    retries with backoff for seconds); then the offline note follows (15, item 10)."""
    from app_helpers import study_for
    from test_app_interview import transcript_text

    from koji_tui.ui.screens.interview import InterviewScreen

    study = study_for(sandbox)
    app = KojiApp(studies=[study])
    async with driven(app, message_hook=watch(app), size=(100, 30)) as pilot:
        flow = flow_of(pilot.app)
        screen = await start_interview(pilot, "Ana")
        opening = transcript_text(screen).splitlines()[-1]
        record_id = screen.state.record_id
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, InterviewScreen), what="list")
        sandbox.stop()
        try:
            app.call_later(app.open_interview, study, record_id)  # in the app, as a key would
            await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), what="opened")
            reopened = app.screen
            await wait_for(pilot, lambda: "TranscriptPreview" in flow, 2, what="copy")
            assert "TranscriptLoaded" not in flow  # the server is still being tried
            assert opening in transcript_text(reopened)
            await wait_for(pilot, lambda: "TranscriptLoaded" in flow, 60, what="load")
            assert opening in transcript_text(reopened)
        finally:
            sandbox.restart()
