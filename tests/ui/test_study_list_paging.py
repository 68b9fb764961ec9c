"""The study list's interviews: pages read in a thread, nothing read again that has not changed.

A study with 10,000 journaled interviews shows its total and its newest rows; the rest are read
a page at a time as they come into view; highlighting a study again reads nothing unless the
journal changed since (another window's write counts); Enter opens the row under the cursor.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from app_helpers import screen_text, wait_for

from koji_tui.config.entry import StudyEntry
from koji_tui.journal import Journal
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens import interview_list
from koji_tui.ui.screens.interview_list import PAGE_SIZE
from koji_tui.ui.screens.main import MainScreen
from tests.pilot import driven

BASE = "http://127.0.0.1:9"


def _seed(path: Path, counts: dict[str, int]) -> dict[str, list[int]]:
    """Interviews written straight into the journal (fast), newest last in each list; the
    newest of each study gets an unsent answer through the journal's API."""
    with Journal(path):
        pass  # the schema
    conn = sqlite3.connect(path)
    for study, count in counts.items():
        conn.executemany(
            "INSERT INTO interviews (study_name, base_url, interview_id, status, started_at,"
            " updated_at, turn_count) VALUES (?, ?, ?, 'active', ?, ?, 1)",
            [
                (
                    study,
                    BASE,
                    f"int_{study.lower()}_{n:05d}",
                    f"2026-11-01T{n // 3600:02d}:{n // 60 % 60:02d}:{n % 60:02d}.000Z",
                    "2026-11-01T00:00:00Z",
                )
                for n in range(count)
            ],
        )
    conn.commit()
    ids = {
        study: [
            int(r[0])
            for r in conn.execute(
                "SELECT record_id FROM interviews WHERE study_name = ? ORDER BY started_at",
                (study,),
            )
        ]
        for study in counts
    }
    conn.close()
    with Journal(path) as journal:
        for records in ids.values():
            journal.add_pending_answer(records[-1], "never sent")
    return ids


def _studies() -> list[StudyEntry]:
    return [
        StudyEntry(name, BASE, f"pk_test_{name.lower()}", key_storage="session")
        for name in ("Small", "Big")
    ]


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int, bool]]:
    """Every page read of the list: (study, page, on the main thread)."""
    seen: list[tuple[str, int, bool]] = []
    real = interview_list.read_page

    def counted(journal: Any, study_name: str, page: int) -> Any:
        seen.append((study_name, page, threading.current_thread() is threading.main_thread()))
        return real(journal, study_name, page)

    monkeypatch.setattr(interview_list, "read_page", counted)
    return seen


def _idle(app: KojiApp) -> bool:
    return not any(
        w.group in ("interviews", "interview-pages") and w.state.name in ("PENDING", "RUNNING")
        for w in app.workers
    )


async def _shown(pilot: Any, app: KojiApp, study: str) -> MainScreen:
    screen = app.screen
    assert isinstance(screen, MainScreen)
    await wait_for(pilot, lambda: screen.interviews_shown == study and _idle(app), 30, what=study)
    return screen


async def test_ten_thousand_interviews_come_a_page_at_a_time_off_the_ui_thread(
    tmp_path: Path, reads: list[tuple[str, int, bool]]
) -> None:
    path = tmp_path / "journal.sqlite3"
    _seed(path, {"Small": 10, "Big": 10_000})
    app = KojiApp(studies=_studies(), journal_path=path, check_pending=False)
    async with driven(app, size=(120, 40)) as pilot:
        await _shown(pilot, app, "Small")
        await pilot.press("down")
        screen = await _shown(pilot, app, "Big")
        table = screen.interview_table_widget
        assert table.row_count == 10_000
        text = screen_text(app)
        assert "Interviews in Big  (10,000)" in text
        assert "int_big_09999" in text and "active •unsent" in text  # the newest, on top
        assert [(s, p) for s, p, _ in reads] == [("Small", 0), ("Big", 0)]
        assert not any(on_main for _, _, on_main in reads)

        table.focus()
        await pilot.press("end")
        await wait_for(pilot, lambda: table.cursor_key is not None and _idle(app), 30)
        assert "int_big_00000" in screen_text(app)  # the oldest, read when it came into view
        assert [p for s, p, _ in reads if s == "Big"] == [0, (10_000 - 1) // PAGE_SIZE]
        assert not any(on_main for _, _, on_main in reads)


async def test_highlighting_a_study_again_reads_nothing_unless_the_journal_changed(
    tmp_path: Path, reads: list[tuple[str, int, bool]]
) -> None:
    path = tmp_path / "journal.sqlite3"
    _seed(path, {"Small": 10, "Big": 120})
    app = KojiApp(studies=_studies(), journal_path=path, check_pending=False)
    async with driven(app, size=(120, 40)) as pilot:
        await _shown(pilot, app, "Small")
        for key, study in (("down", "Big"), ("up", "Small"), ("down", "Big"), ("up", "Small")):
            await pilot.press(key)
            await _shown(pilot, app, study)
        assert [(s, p) for s, p, _ in reads] == [("Small", 0), ("Big", 0)]

        # Another window starts an interview in Big: the next highlight of Big reads again.
        with Journal(path) as other:
            other.create_interview(
                study_name="Big",
                base_url=BASE,
                interview_id="int_big_newest",
                started_at="2026-12-01T00:00:00.000Z",
            )
        await pilot.press("down")
        screen = await _shown(pilot, app, "Big")
        assert [(s, p) for s, p, _ in reads][2:] == [("Big", 0)]
        assert screen.interview_table_widget.row_count == 121
        assert "int_big_newest" in screen_text(app) and "(121)" in screen_text(app)


async def test_enter_opens_the_interview_under_the_cursor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal.sqlite3"
    ids = _seed(path, {"Small": 10, "Big": 3})
    app = KojiApp(studies=_studies(), journal_path=path, check_pending=False)
    opened: list[tuple[str, int]] = []
    monkeypatch.setattr(
        app, "open_interview", lambda study, rid, resend=False: opened.append((study.name, rid))
    )
    async with driven(app, size=(120, 40)) as pilot:
        await _shown(pilot, app, "Small")
        await pilot.press("down")
        screen = await _shown(pilot, app, "Big")
        screen.interview_table_widget.focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert opened == [("Big", ids["Big"][-2])]  # newest first: the second row
        assert screen.selected_record_id == ids["Big"][-2]
