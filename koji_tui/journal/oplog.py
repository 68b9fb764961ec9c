"""What study-wide operations have done, so an interrupted one continues where it stopped.

Two tables in the journal, created on first use (``CREATE TABLE IF NOT EXISTS``): ``study_ops``
(one row per run of an operation: its kind, study and the options that make it "the same
command", and when it finished) and ``study_op_items`` (per interview: done, skipped or failed,
and a detail such as the file written).

Running ``koji-tui study refresh X`` again after Ctrl-C finds the unfinished run with the same
kind, study and options and does only the interviews it has not done (failed ones are tried
again); once a run finishes, the next command starts a new one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal, Protocol, TypeVar

T = TypeVar("T")
Outcome = Literal["done", "skipped", "failed"]

SCHEMA = (
    """CREATE TABLE IF NOT EXISTS study_ops (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    study_name   TEXT NOT NULL,
    params       TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT
)""",
    """CREATE TABLE IF NOT EXISTS study_op_items (
    op_id      INTEGER NOT NULL REFERENCES study_ops (id) ON DELETE CASCADE,
    record_id  INTEGER NOT NULL,
    outcome    TEXT NOT NULL CHECK (outcome IN ('done', 'skipped', 'failed')),
    detail     TEXT,
    at         TEXT NOT NULL,
    PRIMARY KEY (op_id, record_id)
)""",
)


class Connected(Protocol):
    def _tx(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...
    def _read(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...


@dataclass(frozen=True)
class OpRun:
    """A run of an operation: ``done`` maps the interviews it already did to their detail."""

    op_id: int
    resumed: bool
    done: dict[int, str | None]
    started_at: str


def _now() -> str:
    from koji_tui.journal.store import utc_now

    return utc_now()


def _params(params: dict[str, Any]) -> str:
    return json.dumps(params, sort_keys=True, ensure_ascii=False, default=str)


def begin(journal: Connected, kind: str, study_name: str, params: dict[str, Any]) -> OpRun:
    """The unfinished run of this operation (to resume), or a new one."""
    key = _params(params)
    now = _now()

    def work(conn: sqlite3.Connection) -> OpRun:
        for statement in SCHEMA:
            conn.execute(statement)
        row = conn.execute(
            "SELECT id, started_at FROM study_ops WHERE kind = ? AND study_name = ? AND params = ?"
            " AND finished_at IS NULL ORDER BY id DESC LIMIT 1",
            (kind, study_name, key),
        ).fetchone()
        if row is None:
            cur = conn.execute(
                "INSERT INTO study_ops (kind, study_name, params, started_at) VALUES (?, ?, ?, ?)",
                (kind, study_name, key, now),
            )
            return OpRun(int(cur.lastrowid or 0), False, {}, now)
        op_id = int(row[0])
        done = {
            int(r[0]): r[1]
            for r in conn.execute(
                "SELECT record_id, detail FROM study_op_items WHERE op_id = ?"
                " AND outcome IN ('done', 'skipped')",
                (op_id,),
            )
        }
        return OpRun(op_id, True, done, str(row[1]))

    return journal._tx(work)


def mark(
    journal: Connected, op_id: int, record_id: int, outcome: Outcome, detail: str | None = None
) -> None:
    def work(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO study_op_items (op_id, record_id, outcome, detail, at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (op_id, record_id) DO UPDATE SET"
            " outcome = excluded.outcome, detail = excluded.detail, at = excluded.at",
            (op_id, record_id, outcome, detail, _now()),
        )

    journal._tx(work)


def finish(journal: Connected, op_id: int) -> None:
    journal._tx(
        lambda conn: conn.execute(
            "UPDATE study_ops SET finished_at = ? WHERE id = ?", (_now(), op_id)
        )
    )


def outcomes(journal: Connected, op_id: int) -> dict[str, int]:
    """How many interviews of a run ended which way."""

    def work(conn: sqlite3.Connection) -> dict[str, int]:
        rows = conn.execute(
            "SELECT outcome, COUNT(*) FROM study_op_items WHERE op_id = ? GROUP BY outcome",
            (op_id,),
        )
        return {str(r[0]): int(r[1]) for r in rows}

    return journal._read(work)


def last_activity(journal: Connected, record_ids: Iterable[int]) -> dict[int, str]:
    """The time of each interview's latest turn (its start time when it has none)."""
    wanted = list(record_ids)

    def work(conn: sqlite3.Connection) -> dict[int, str]:
        out: dict[int, str] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in conn.execute(
                "SELECT i.record_id, COALESCE(MAX(t.created_at), i.started_at) FROM interviews i"
                f" LEFT JOIN turns t ON t.record_id = i.record_id WHERE i.record_id IN ({marks})"
                " GROUP BY i.record_id",
                chunk,
            ):
                out[int(row[0])] = str(row[1])
        return out

    return journal._read(work)


__all__ = ["OpRun", "Outcome", "begin", "finish", "last_activity", "mark", "outcomes"]
