"""A whole interview in the app, against the sandbox over real HTTP (Pilot)."""

from __future__ import annotations

from typing import Any

from app_helpers import quick_clients, screen_text, study_for, type_text, wait_for
from flow import Flow

from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.interview import InterviewScreen
from koji_tui.ui.screens.main import MainScreen
from koji_tui.ui.screens.new_interview import NewInterviewScreen
from koji_tui.ui.widgets.composer import Composer
from koji_tui.ui.widgets.paged_table import PagedTable
from koji_tui.ui.widgets.transcript import Transcript
from tests.pilot import driven


def transcript_text(screen: InterviewScreen) -> str:
    return "\n".join(screen.query_one(Transcript).history.iter_plain_lines())


async def type_answer(pilot: Any, screen: InterviewScreen, text: str) -> None:
    """Type into the composer and press Enter, as a participant would."""
    composer = screen.query_one(Composer)
    composer.focus()
    await pilot.pause()
    await type_text(pilot, text)
    await pilot.press("enter")


async def go_back(pilot: Any) -> None:
    """Escape until the study list shows (a focused answer widget takes the first escape)."""
    for _ in range(3):
        if isinstance(pilot.app.screen, MainScreen):
            break
        await pilot.press("escape")
        await pilot.pause()
    await wait_for(pilot, lambda: isinstance(pilot.app.screen, MainScreen), what="study list")


async def start_interview(pilot: Any, name: str = "Jane") -> InterviewScreen:
    app = pilot.app
    await wait_for(pilot, lambda: app.studies_ready, what="studies")
    await pilot.pause()
    await pilot.press("n")
    await wait_for(pilot, lambda: isinstance(app.screen, NewInterviewScreen), what="form")
    await pilot.press(*name)
    await pilot.press("ctrl+s")
    await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), what="interview")
    screen = app.screen
    await wait_for(pilot, lambda: screen.transcript.turn_count >= 1, what="opening message")
    return screen


async def run_to_completion(
    pilot: Any, screen: InterviewScreen, flow: Flow, max_turns: int = 15
) -> int:
    """Answer until the interviewer has finished; returns the number of answers sent."""
    sent = 0
    while not screen.ready_to_complete and sent < max_turns:
        replies = flow.count("AnswerDelivered")
        await type_answer(pilot, screen, f"My answer number {sent + 1}, about onboarding.")
        sent += 1
        await wait_for(
            pilot,
            lambda n=replies: flow.count("AnswerDelivered") > n or "AnswerPending" in flow,
            what=f"reply {sent}",
        )
        assert "AnswerPending" not in flow, transcript_text(screen)
    return sent


async def test_a_whole_interview_start_turns_complete_and_reopen(sandbox: Any) -> None:
    study = study_for(sandbox)
    app = KojiApp(studies=[study])
    flow = Flow()
    async with driven(app, size=(120, 40), message_hook=flow) as pilot:
        screen = await start_interview(pilot, "Jane")
        opening = transcript_text(screen)
        assert "Jane" in opening  # the interviewer greets the respondent by name
        assert screen.interview_id and screen.interview_id.startswith("int_")

        sent = await run_to_completion(pilot, screen, flow)
        assert sent >= 2
        # The events, in order: start, the opening; per answer sending -> deltas -> reply.
        names = [m for m in flow.names if m not in ("ReplyDelta", "StateChanged", "QuestionAsked")]
        assert names[:2] == ["Started", "TurnAdded"], names
        assert names[2:5] == ["TurnAdded", "AnswerDelivered", "ReplyFinished"], names
        assert flow.count("ReplyDelta") >= sent  # the reply streamed
        text = transcript_text(screen)
        assert "My answer number 1, about onboarding." in text
        assert "Complete the interview" in screen_text(app)  # the console offers to complete

        await pilot.press("f2")
        await wait_for(pilot, lambda: screen.status == "completed", what="completed")
        assert screen.state.quality_score is not None
        score = f"{screen.state.quality_score:.1f} / 5"
        assert score in screen_text(app)
        assert screen.composer.locked

        # The server agrees: one transcript, each answer exactly once.
        from koji_tui.api import KojiClient

        async with KojiClient(sandbox.base_url, study.api_key or "") as client:
            interview = await client.get_interview(screen.interview_id)
        assert interview.status == "completed"
        answers = [m.content for m in interview.messages if m.role == "user"]
        assert len(answers) == sent == len(set(answers))

        # Back to the study list: the interview is there with its status and score.
        await go_back(pilot)
        await pilot.pause()
        table = app.screen.query_one("#interviews", PagedTable)
        assert table.row_count == 1
        main_text = screen_text(app)
        assert "Jane" in main_text and "completed" in main_text
        assert f"{screen.state.quality_score:.1f}" in main_text

        # Reopen it from the list (enter on the row): loaded from the server.
        table.focus()
        flow.clear()
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), what="reopened")
        again = app.screen
        assert again is not screen
        await wait_for(pilot, lambda: "TranscriptLoaded" in flow, what="loaded")
        assert "Failed" not in flow, flow
        reopened = transcript_text(again)
        assert "My answer number 1, about onboarding." in reopened
        assert again.status == "completed" and again.composer.locked
        assert score in screen_text(app)


async def test_reopening_while_the_server_is_down_uses_the_journal(sandbox: Any) -> None:
    study = study_for(sandbox)
    app = KojiApp(studies=[study], client_factory=quick_clients)
    flow = Flow()
    async with driven(app, size=(80, 24), message_hook=flow) as pilot:
        screen = await start_interview(pilot, "Ravi")
        await type_answer(pilot, screen, "First answer.")
        await wait_for(pilot, lambda: "AnswerDelivered" in flow, what="reply")
        await go_back(pilot)
        sandbox.stop()
        flow.clear()
        try:
            await pilot.press("o")
            await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), what="opened")
            again = app.screen
            await wait_for(pilot, lambda: "TranscriptLoaded" in flow, what="loaded")
            assert "First answer." in transcript_text(again)
            assert "journal" in transcript_text(again)  # says it shows the journal's copy
            assert "offline" in screen_text(app).lower()
        finally:
            sandbox.restart()


async def test_demo_runs_on_the_embedded_sandbox_and_leaves_nothing_behind() -> None:
    from koji_tui import paths

    app = KojiApp(demo=True)
    flow = Flow()
    async with driven(app, size=(80, 24), message_hook=flow) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, 30, what="the demo sandbox")
        assert app.studies and all(s.source == "demo" and s.has_key for s in app.studies)
        assert "demo sandbox" in screen_text(app)
        footer = screen_text(app).splitlines()[-1]
        assert "New interview" in footer and "Add study" not in footer  # it would refuse
        demo_dir = app.demo_dir()
        assert demo_dir.parent == paths.data_dir() / "demo"
        screen = await start_interview(pilot, "Demo person")
        await type_answer(pilot, screen, "A demo answer.")
        await wait_for(pilot, lambda: "AnswerDelivered" in flow, what="reply")
        # the demo's journal lives in the demo folder, never in the user's journal
        assert (demo_dir / "journal.sqlite3").exists()
        assert not (paths.data_dir() / "journal.sqlite3").exists()
        assert not (paths.config_dir() / "studies.json").exists()
    assert not demo_dir.exists()
