"""F9 hides what the README says it hides, and nothing the participant needs (15, item 11)."""

from __future__ import annotations

from typing import Any

from app_helpers import screen_text, study_for, wait_for
from flow import flow_of, watch
from test_app_interview import start_interview

from koji_tui.ui.app import KojiApp
from tests.pilot import driven


async def test_f9_hides_header_footer_pane_titles_and_key_hints_but_not_warnings(
    sandbox: Any,
) -> None:
    app = KojiApp(studies=[study_for(sandbox)])
    async with driven(app, message_hook=watch(app), size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready)
        await pilot.press("f9")
        await pilot.pause()
        text = screen_text(app)
        assert "Studies" not in text.splitlines()[0] and "Interviews in" not in text
        assert "^q Quit" not in text and "koji-tui" not in text
        screen = await start_interview(pilot, "Ana")
        text = screen_text(app)
        assert "Enter send" not in text and "^q Quit" not in text and "· Ana ·" not in text
        assert "requests left" in text  # the status bar stays
        screen.composer.focus()
        await pilot.press("enter")  # an empty answer: the warning must still be seen
        await pilot.pause()
        assert "empty" in screen_text(app).lower()
        await pilot.press("f9")
        await pilot.pause()
        assert "^q Quit" in screen_text(app)


async def test_the_demo_opened_from_the_welcome_screen_is_the_demo() -> None:
    """`d` on the first-run screen gives what `koji-tui demo` gives: its header, no study
    changes offered, and only the sandbox's studies (15, item 12)."""
    from koji_tui.ui.screens.first_run import FirstRunScreen
    from koji_tui.ui.screens.main import MainScreen

    app = KojiApp()
    async with driven(app, message_hook=watch(app), size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, FirstRunScreen), what="welcome")
        await pilot.press("d")
        await wait_for(pilot, lambda: bool(app.studies) and app.studies_ready, 30, what="demo")
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), what="study list")
        await pilot.pause()
        text = screen_text(app)
        assert "demo sandbox · your own studies are untouched" in text
        assert "Koji interview console" not in text
        assert " a Add" not in text
        assert all(s.source == "demo" for s in app.studies)
        await pilot.press("a")  # refused, and said so
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_the_respondents_details_are_shown_during_the_interview(sandbox: Any) -> None:
    """External id, locale and metadata typed in the form are on the interview screen, and
    again when the interview is reopened (15, item 13)."""
    from koji_tui.ui.screens.interview import InterviewScreen
    from koji_tui.ui.screens.new_interview import NewInterviewScreen

    app = KojiApp(studies=[study_for(sandbox)])
    async with driven(app, message_hook=watch(app), size=(100, 30)) as pilot:
        flow = flow_of(pilot.app)
        await wait_for(pilot, lambda: app.studies_ready)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NewInterviewScreen), what="form")
        form = app.screen
        form.query_one("#respondent-name").value = "Jane Smith"
        form.query_one("#respondent-external-id").value = "crm-001"
        form.query_one("#respondent-metadata").value = "plan=pro"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), what="interview")
        screen = app.screen
        await wait_for(pilot, lambda: "Started" in flow, what="opening")
        expected = "Respondent: Jane Smith · id crm-001"
        assert expected in screen_text(app) and "plan=pro" in screen_text(app)
        record_id = screen.state.record_id
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, InterviewScreen), what="list")
        flow.clear()
        app.call_later(app.open_interview, study_for(sandbox), record_id)
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), what="reopened")
        await wait_for(pilot, lambda: "TranscriptLoaded" in flow, what="loaded")
        assert expected in screen_text(app) and "plan=pro" in screen_text(app)


async def test_ctrl_end_in_the_composer_jumps_the_transcript_to_the_newest(sandbox: Any) -> None:
    """The hint says End jumps; in the real screen (not a test host) it does (15, item 5)."""
    from koji_tui.ui.widgets.transcript import Transcript

    app = KojiApp(studies=[study_for(sandbox)])
    async with driven(app, message_hook=watch(app), size=(60, 16)) as pilot:
        screen = await start_interview(pilot, "Ana")
        transcript = screen.query_one(Transcript)
        await wait_for(pilot, lambda: transcript.max_scroll_y > 0, what="a transcript to scroll")
        transcript.scroll_home(animate=False)
        await pilot.pause()
        assert transcript.scroll_y == 0
        screen.composer.focus()
        await pilot.press("ctrl+end")
        await wait_for(pilot, lambda: transcript.scroll_y == transcript.max_scroll_y, what="end")
