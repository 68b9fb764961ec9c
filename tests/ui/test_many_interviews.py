"""A study with thousands of journaled interviews: the list shows the newest page, read off the
UI thread, with the total; an unsent answer is still marked (issue 9 / 15 item 10)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app_helpers import screen_text, wait_for

from koji_tui.config.entry import StudyEntry
from koji_tui.journal import Journal
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.main import MainScreen
from tests.pilot import driven


def _seed(path: Path, study: str, count: int) -> int:
    """``count`` interviews written straight into the journal's tables (fast); the newest
    one gets an unsent answer through the journal's own API. Returns its record id."""
    with Journal(path):
        pass  # the schema
    conn = sqlite3.connect(path)
    rows = [
        (
            study,
            "http://127.0.0.1:9",
            f"int_{n:05d}",
            "active",
            f"2026-11-01T00:{n // 60 % 60:02d}:{n % 60:02d}.{n:06d}Z",
            "2026-11-01T00:00:00Z",
            1,
        )
        for n in range(count)
    ]
    conn.executemany(
        "INSERT INTO interviews (study_name, base_url, interview_id, status, started_at,"
        " updated_at, turn_count) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.commit()
    newest = conn.execute(
        "SELECT record_id FROM interviews ORDER BY started_at DESC, record_id DESC LIMIT 1"
    ).fetchone()[0]
    conn.close()
    with Journal(path) as journal:
        journal.add_pending_answer(newest, "never sent")
    return int(newest)


async def test_ten_thousand_interviews_list_the_newest_page_with_the_total(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    _seed(path, "Big", 10_000)
    study = StudyEntry("Big", "http://127.0.0.1:9", "pk_test_big", key_storage="session")
    app = KojiApp(studies=[study], journal_path=path, check_pending=False)
    async with driven(app, size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen))
        screen = app.screen
        await wait_for(pilot, lambda: screen.interviews_shown == "Big", 30, what="the list")
        table = screen.query_one("#interviews")
        assert table.row_count == 10_000  # the total; pages are read as they come into view
        text = screen_text(app)
        assert "(10,000)" in text

        assert "active •unsent" in text  # the newest, on top, has the unsent answer
