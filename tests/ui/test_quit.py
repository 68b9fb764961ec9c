"""Quitting never loses work by surprise (issue 15, app item 1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app_helpers import screen_text, study_for, type_text, wait_for
from test_app_interview import start_interview

from koji_tui.journal import Journal
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.quit import QuitScreen
from tests.pilot import driven


async def test_ctrl_q_with_a_typed_answer_asks_and_enter_keeps_working(
    sandbox: Any, tmp_path: Path
) -> None:
    path = tmp_path / "journal.sqlite3"
    app = KojiApp(studies=[study_for(sandbox)], journal_path=path)
    async with driven(app, size=(80, 24)) as pilot:
        screen = await start_interview(pilot, "Ana")
        screen.composer.focus()
        await type_text(pilot, "half of my answ")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, QuitScreen), what="the question")
        text = screen_text(app)
        assert "Quit koji-tui?" in text and "Text you typed with Ana is not sent" in text
        await pilot.press("enter")  # the safe answer has the focus
        await pilot.pause()
        assert app.is_running and app.screen is screen
        assert screen.composer.text == "half of my answ"
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, QuitScreen), what="asked again")
        await pilot.press("q")
        await wait_for(pilot, lambda: not app.is_running, what="quit")
        record_id = screen.state.record_id
    with Journal(path) as journal:
        assert journal.draft(record_id) == "half of my answ"  # back when it is reopened


async def test_ctrl_q_on_an_idle_study_list_quits_at_once(sandbox: Any) -> None:
    app = KojiApp(studies=[study_for(sandbox)])
    async with driven(app, size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running, what="quit")


async def _demo_quit(choice: str) -> Path:
    app = KojiApp(demo=True)
    async with driven(app, size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, 30, what="the demo sandbox")
        screen = await start_interview(pilot, "Demo person")
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is not screen, what="back on the list")
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, QuitScreen), what="the question")
        text = screen_text(app)
        assert "The demo's interviews can be kept" in text
        await pilot.press("enter")  # keeps working
        await pilot.pause()
        assert app.is_running and not isinstance(app.screen, QuitScreen)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, QuitScreen), what="asked again")
        await pilot.press("q")  # not an answer here: keep or discard
        await pilot.pause()
        assert app.is_running
        await pilot.press(choice)
        await wait_for(pilot, lambda: not app.is_running, what="quit")
        folder = app.demo_dir()
    return folder


async def test_the_demo_keeps_its_interviews_when_told_to() -> None:
    folder = await _demo_quit("k")
    with Journal(folder / "journal.sqlite3") as journal:
        [record] = journal.list_interviews()
        assert record.respondent and "Demo person" in str(record.respondent)


async def test_the_demo_discards_its_interviews_when_told_to() -> None:
    folder = await _demo_quit("d")
    assert not folder.exists()
