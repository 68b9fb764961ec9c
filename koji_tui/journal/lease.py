"""Who drives an interview, and the participant's unsent draft: two small tables of the journal.

**Leases.** An interview is driven by one process at a time. The process that opens it for
driving takes a lease (its owner id, pid and host) and renews it while it runs; others see the
lease and open the interview read-only: they never offer or send its pending answer, which the
driving process may have in flight (two instances on one ``KOJI_TUI_HOME`` once doubled an answer
that way). A lease ends when its owner releases it (on close or exit), when its process is gone
(same host, pid not alive), or when it was not renewed for ``LEASE_TTL`` seconds (a process that
hangs, or one on another host sharing the folder).

**Drafts.** What a participant has typed but not sent is saved (debounced by the UI), so a crash
loses at most the last keystrokes; it is cleared when the answer is journaled.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

LEASE_TTL = 30.0  # seconds a lease holds without renewal
LEASE_RENEW_EVERY = 10.0  # how often a driving process renews its leases

SCHEMA_V2 = """
CREATE TABLE leases (
    record_id   INTEGER PRIMARY KEY REFERENCES interviews (record_id) ON DELETE CASCADE,
    owner       TEXT NOT NULL,
    pid         INTEGER NOT NULL,
    host        TEXT NOT NULL,
    renewed_at  REAL NOT NULL
);
CREATE INDEX leases_by_owner ON leases (owner);
CREATE TABLE drafts (
    record_id   INTEGER PRIMARY KEY REFERENCES interviews (record_id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    saved_at    REAL NOT NULL
);
"""

_HOST = socket.gethostname()


def new_owner() -> str:
    """A fresh owner id: one per app instance (two apps in one process are two owners)."""
    return f"{_HOST}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


@dataclass(frozen=True)
class LeaseHolder:
    """The process that drives an interview now."""

    owner: str
    pid: int
    host: str
    renewed_at: float

    def describe(self) -> str:
        where = "" if self.host == _HOST else f" on {self.host}"
        return f"koji-tui process {self.pid}{where}"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    except OSError:
        return False
    return True


class _Connected(Protocol):
    def _tx(self, fn: Callable[[sqlite3.Connection], Any], *, fsync: bool = True) -> Any: ...
    def _read(self, fn: Callable[[sqlite3.Connection], Any]) -> Any: ...


class LeasesAndDrafts:
    """Mixed into :class:`~koji_tui.journal.store.Journal`."""

    owner: str
    clock: Callable[[], float]

    def _live(self, row: sqlite3.Row | None, now: float) -> LeaseHolder | None:
        if row is None:
            return None
        holder = LeaseHolder(row["owner"], int(row["pid"]), row["host"], float(row["renewed_at"]))
        if holder.owner == self.owner:
            return holder
        if now - holder.renewed_at > LEASE_TTL:
            return None  # not renewed: its process hangs or is gone
        if holder.host == _HOST and not _pid_alive(holder.pid):
            return None  # killed (kill -9 leaves the row behind)
        return holder

    def acquire_lease(self: Any, record_id: int) -> LeaseHolder | None:
        """Take (or renew) the lease on ``record_id``. Returns None when this journal's owner
        drives it now, or the other process that does.

        A lease this owner renewed less than ``LEASE_RENEW_EVERY`` ago is only read, not
        written again: the answer path asks before every answer, and a write would put one
        more fsync between Enter and the answer going out."""
        now = self.clock()

        def peek(conn: sqlite3.Connection) -> sqlite3.Row | None:
            row: sqlite3.Row | None = conn.execute(
                "SELECT * FROM leases WHERE record_id = ?", (record_id,)
            ).fetchone()
            return row

        held = self._read(peek)
        if (
            held is not None
            and held["owner"] == self.owner
            and 0 <= now - float(held["renewed_at"]) < LEASE_RENEW_EVERY
        ):
            return None

        def work(conn: sqlite3.Connection) -> LeaseHolder | None:
            row = conn.execute("SELECT * FROM leases WHERE record_id = ?", (record_id,)).fetchone()
            holder = self._live(row, now)
            if holder is not None and holder.owner != self.owner:
                return holder
            conn.execute(
                "INSERT INTO leases (record_id, owner, pid, host, renewed_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (record_id) DO UPDATE SET"
                " owner = excluded.owner, pid = excluded.pid, host = excluded.host,"
                " renewed_at = excluded.renewed_at",
                (record_id, self.owner, os.getpid(), _HOST, now),
            )
            return None

        result: LeaseHolder | None = self._tx(work)
        return result

    def lease_holder(self: Any, record_id: int) -> LeaseHolder | None:
        """Another live process driving ``record_id``, or None (free, or ours)."""
        now = self.clock()

        def work(conn: sqlite3.Connection) -> LeaseHolder | None:
            row = conn.execute("SELECT * FROM leases WHERE record_id = ?", (record_id,)).fetchone()
            holder = self._live(row, now)
            return None if holder is None or holder.owner == self.owner else holder

        result: LeaseHolder | None = self._read(work)
        return result

    def renew_leases(self: Any) -> int:
        """Renew every lease this owner holds; returns how many."""
        now = self.clock()

        def work(conn: sqlite3.Connection) -> int:
            cur = conn.execute(
                "UPDATE leases SET renewed_at = ? WHERE owner = ?", (now, self.owner)
            )
            return int(cur.rowcount)

        result: int = self._tx(work)
        return result

    def release_lease(self: Any, record_id: int | None = None) -> None:
        """Give up the lease on ``record_id`` (every lease of this owner when None)."""

        def work(conn: sqlite3.Connection) -> None:
            if record_id is None:
                conn.execute("DELETE FROM leases WHERE owner = ?", (self.owner,))
            else:
                conn.execute(
                    "DELETE FROM leases WHERE record_id = ? AND owner = ?",
                    (record_id, self.owner),
                )

        self._tx(work)

    # -- drafts ------------------------------------------------------------------
    def save_draft(self: Any, record_id: int, text: str | None) -> None:
        """Keep ``text`` as the interview's unsent draft (None or blank clears it)."""
        now = self.clock()

        def work(conn: sqlite3.Connection) -> None:
            if text is None or not text.strip():
                conn.execute("DELETE FROM drafts WHERE record_id = ?", (record_id,))
            else:
                conn.execute(
                    "INSERT INTO drafts (record_id, text, saved_at) VALUES (?, ?, ?)"
                    " ON CONFLICT (record_id) DO UPDATE SET text = excluded.text,"
                    " saved_at = excluded.saved_at",
                    (record_id, text, now),
                )

        self._tx(work, fsync=False)  # as it is typed: no fsync per keystroke burst

    def draft(self: Any, record_id: int) -> str | None:
        def work(conn: sqlite3.Connection) -> str | None:
            row = conn.execute(
                "SELECT text FROM drafts WHERE record_id = ?", (record_id,)
            ).fetchone()
            return None if row is None else str(row["text"])

        result: str | None = self._read(work)
        return result


def default_clock() -> float:
    return time.time()
