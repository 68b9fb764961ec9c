"""Opening a new journal while another connection holds the file: the switch to WAL waits.

Two windows started together on a fresh home used to make one of them say the journal was
"damaged or not a koji-tui journal (database is locked)": SQLite does not call the busy handler
for the lock ``PRAGMA journal_mode=WAL`` needs, so the connection's timeout did not help
(tests/store/test_journal.py's six-connection race, 3 to 5 in 60 before the fix)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from koji_tui.journal.connection import wal_mode


def _held(path: Path) -> sqlite3.Connection:
    """A connection holding an exclusive lock on a new (not yet WAL) database file."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t(x)")
    holder.execute("BEGIN EXCLUSIVE")
    return holder


def test_the_switch_waits_for_the_other_connection_and_then_succeeds(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    holder = _held(path)
    conn = sqlite3.connect(path, isolation_level=None, timeout=0)
    slept: list[float] = []

    def sleep(seconds: float) -> None:  # the other window finishes while we wait
        slept.append(seconds)
        if len(slept) == 3:
            holder.execute("COMMIT")

    with pytest.raises(sqlite3.OperationalError, match="locked"):  # what used to reach the user
        conn.execute("PRAGMA journal_mode=WAL")
    wal_mode(conn, sleep=sleep)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert slept == [0.005, 0.01, 0.02]  # 5 ms apart, doubling
    holder.close()
    conn.close()


def test_a_lock_that_outlasts_the_wait_is_still_an_error(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    holder = _held(path)
    conn = sqlite3.connect(path, isolation_level=None, timeout=0)
    slept: list[float] = []
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        wal_mode(conn, wait=1.0, sleep=slept.append)
    assert sum(slept) >= 1.0 and max(slept) == 0.1  # capped at 100 ms, then given up
    holder.close()
    conn.close()


def test_an_error_that_is_not_a_lock_is_raised_at_once(tmp_path: Path) -> None:
    path = tmp_path / "not-a-database.sqlite3"
    path.write_bytes(b"this is not an SQLite file, it is long enough to be read as one" * 4)
    conn = sqlite3.connect(path, isolation_level=None, timeout=0)
    slept: list[float] = []
    with pytest.raises(sqlite3.DatabaseError):
        wal_mode(conn, sleep=slept.append)
    assert slept == []
    conn.close()
