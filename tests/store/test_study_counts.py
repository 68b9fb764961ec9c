"""The per-study interview counts the journal's triggers keep (schema 4): what
``count_interviews`` answers without walking a study's interviews."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from koji_tui.journal import Journal, schema

BASE = "http://127.0.0.1:9"


def _start(journal: Journal, iid: str, study: str) -> int:
    return journal.create_interview(study_name=study, base_url=BASE, interview_id=iid).record_id


def _counted_by_rows(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT study_name, COUNT(*) FROM interviews GROUP BY study_name")
        return {str(name): int(n) for name, n in rows}
    finally:
        conn.close()


def test_counts_follow_inserts_renames_and_deletes(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    with Journal(path) as journal:
        ids = [_start(journal, f"int_{n}", "A" if n < 3 else "B") for n in range(5)]
        assert (journal.count_interviews("A"), journal.count_interviews("B")) == (3, 2)
        # the same interview journaled again under another study moves to that study
        _start(journal, "int_0", "B")
        assert (journal.count_interviews("A"), journal.count_interviews("B")) == (2, 3)
        journal.delete_interview(ids[1])
        assert (journal.count_interviews("A"), journal.count_interviews("B")) == (1, 3)
        assert journal.count_interviews() == 4
        assert journal.count_interviews("nobody") == 0
    assert _counted_by_rows(path) == {"A": 1, "B": 3}


def test_rows_written_straight_into_the_table_are_counted(tmp_path: Path) -> None:
    """Another writer (a script, an older koji-tui) does not go through our code: the
    triggers are in the file, so its rows count too."""
    path = tmp_path / "j.sqlite3"
    with Journal(path):
        pass
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO interviews (study_name, base_url, interview_id, started_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            ("Big", BASE, f"int_{n}", "2026-11-01T00:00:00Z", "2026-11-01T00:00:00Z")
            for n in range(40)
        ],
    )
    conn.execute("DELETE FROM interviews WHERE interview_id IN ('int_1', 'int_2')")
    conn.commit()
    conn.close()
    with Journal(path) as journal:
        assert journal.count_interviews("Big") == 38 == _counted_by_rows(path)["Big"]


def test_an_older_journal_gets_its_counts_when_migrated(tmp_path: Path) -> None:
    path = tmp_path / "j.sqlite3"
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    schema.migrate(conn, path, schema.MIGRATIONS[:3])  # schema 3: no counts yet
    conn.executemany(
        "INSERT INTO interviews (study_name, base_url, interview_id, started_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?)",
        [
            ("A" if n % 4 else "B", BASE, f"int_{n}", "2026-11-01T00:00:00Z", "2026-11-01Z")
            for n in range(12)
        ],
    )
    conn.commit()
    conn.close()
    with Journal(path) as journal:
        assert journal.schema_version == schema.SCHEMA_VERSION == 4
        assert (journal.count_interviews("A"), journal.count_interviews("B")) == (9, 3)


def test_a_filtered_count_still_counts_the_rows_it_keeps(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        for n in range(4):
            _start(journal, f"int_{n}", "A")
        journal.update_interview(_start(journal, "int_done", "A"), status="completed")
        assert journal.count_interviews("A") == 5
        assert journal.count_interviews("A", status="completed") == 1
        assert journal.count_interviews("A", status="active") == 4
