"""The study's interview list filtered by respondent, status and date (issue 12): "/" on the
study list, one box; the journal answers with paged reads off the UI thread (1,200 interviews
here: the filtered list pages like the whole one)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from app_helpers import screen_text, type_text, wait_for

from koji_tui.config.entry import StudyEntry
from koji_tui.journal import Journal
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens import interview_list
from koji_tui.ui.screens.interview_filter import InterviewFilter, parse_filter
from koji_tui.ui.screens.interview_list import PAGE_SIZE
from koji_tui.ui.screens.main import MainScreen
from tests.pilot import driven

BASE = "http://127.0.0.1:9"
NAMES = ("Ana Lima", "Bruno Costa", "Chloé Martin")
STATUS = ("active", "awaiting_completion", "completed")


def seed(path: Path, count: int) -> None:
    with Journal(path):
        pass  # the schema
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO interviews (study_name, base_url, interview_id, status, started_at,"
        " updated_at, turn_count, respondent) VALUES ('Big', ?, ?, ?, ?, ?, 1, ?)",
        [
            (
                BASE,
                f"int_{n:05d}",
                STATUS[n % 3],
                f"2026-11-{1 + n % 30:02d}T10:{n // 60 % 60:02d}:{n % 60:02d}.000Z",
                "2026-11-01T00:00:00Z",
                f'{{"display_name": "{NAMES[n % 3]}", "external_id": "P-{n:04d}"}}',
            )
            for n in range(count)
        ],
    )
    conn.commit()
    conn.close()


def test_the_filter_reads_words_and_terms() -> None:
    got = parse_filter("ana  status:completed since:2026-11-01 until:2026-11-30")
    assert got == InterviewFilter("ana", "completed", "2026-11-01", "2026-12-01")
    assert parse_filter("on:2026-11-05").query() == {
        "status": None,
        "respondent": None,
        "since": "2026-11-05",
        "until": "2026-11-06",
    }
    bad = parse_filter("status:done since:yesterday Bruno")
    assert bad.respondent == "Bruno" and bad.problems == ("status:done", "since:yesterday")
    assert not parse_filter("   ")


def test_the_journal_filters_and_counts_alike(tmp_path: Path) -> None:
    path = tmp_path / "journal.sqlite3"
    seed(path, 90)
    with Journal(path) as journal:
        query = parse_filter("ana status:active since:2026-11-10 until:2026-11-20").query()
        found = journal.list_interviews(study_name="Big", **query)
        assert found and all(r.respondent["display_name"] == "Ana Lima" for r in found)
        assert all(
            r.status == "active" and "2026-11-10" <= r.started_at[:10] <= "2026-11-20"
            for r in found
        )
        assert journal.count_interviews("Big", **query) == len(found)
        assert journal.count_interviews("Big", respondent="p-0042") == 1  # the external id
        assert journal.count_interviews("Big", respondent="100%") == 0  # % is a character
        assert journal.count_interviews("Big") == 90


@asynccontextmanager
async def _big_list(tmp_path: Path) -> AsyncIterator[tuple[KojiApp, Any, MainScreen, Any]]:
    """The app on a journal of 1,200 interviews in one study, the whole list read."""
    path = tmp_path / "journal.sqlite3"
    seed(path, 1200)
    study = StudyEntry("Big", BASE, "pk_test_big", key_storage="session")
    app = KojiApp(studies=[study], journal_path=path, check_pending=False)
    async with driven(app, size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        table = screen.interview_table_widget
        await wait_for(pilot, lambda: table.row_count == 1200, 30, what="the list")
        yield app, pilot, screen, table


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, bool, Any]]:
    seen: list[tuple[int, bool, Any]] = []
    real = interview_list.read_page

    def counted(journal: Any, study: str, page: int, where: Any = None) -> Any:
        seen.append((page, threading.current_thread() is threading.main_thread(), where))
        return real(journal, study, page, where)

    monkeypatch.setattr(interview_list, "read_page", counted)
    return seen


async def test_slash_filters_the_study_list_a_page_at_a_time(
    tmp_path: Path, reads: list[tuple[int, bool, Any]]
) -> None:
    async with _big_list(tmp_path) as (app, pilot, screen, table):
        await pilot.press("slash")
        assert app.focused is screen.query_one("#interview-filter")
        await type_text(pilot, "ana status:completed")
        # Ana is every third interview, completed every third: n % 3 == 0 and == 2 never meet
        await wait_for(pilot, lambda: "(0 matching)" in screen_text(app), 30, what="none")
        await pilot.press(*["backspace"] * len("completed"))
        await type_text(pilot, "active")
        await wait_for(pilot, lambda: table.row_count == 400, 30, what="Ana's active ones")
        text = screen_text(app)
        assert "Interviews in Big  (400 matching)" in text
        assert "Bruno" not in text and "Chloé" not in text and "Ana Lima" in text
        await pilot.press("enter")  # to the table
        assert app.focused is table
        await pilot.press("end")
        await wait_for(pilot, lambda: table.cursor_row == 399, 30, what="the last row")
        await wait_for(pilot, lambda: "int_00000" in screen_text(app), 30, what="the oldest")
        pages = [p for p, _, where in reads if where == parse_filter("ana status:active")]
        assert pages == [0, (400 - 1) // PAGE_SIZE]  # paged: the first and the last page
        assert not any(on_main for _, on_main, _ in reads)
        screen.query_one("#interview-filter").focus()
        await pilot.press("escape")  # cleared: the whole list again
        await wait_for(pilot, lambda: table.row_count == 1200, 30, what="all of them")
        assert "(1,200)" in screen_text(app)


async def test_the_filter_typed_on_while_a_read_is_under_way_is_the_one_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow journal: the read for "ana" is still under way when the box says
    "ana status:completed"; the list shows the second filter's (0), not the first's (400)."""
    real = interview_list.read_page
    held, go = threading.Event(), threading.Event()

    def slow(journal: Any, study: str, page: int, where: Any = None) -> Any:
        if where == parse_filter("ana"):
            held.set()
            assert go.wait(30), "the test never let the read go"
        return real(journal, study, page, where)

    monkeypatch.setattr(interview_list, "read_page", slow)
    async with _big_list(tmp_path) as (app, pilot, _screen, table):
        await pilot.press("slash", *"ana")
        await wait_for(pilot, held.is_set, 30, what="the read for 'ana'")
        await type_text(pilot, " status:completed", keyed=0)
        go.set()
        await wait_for(pilot, lambda: "(0 matching)" in screen_text(app), 30, what="none")
        assert table.row_count == 0
