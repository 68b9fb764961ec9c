"""A study's participant list (roster), kept in the journal: one table, ``roster``.

The table is created on the first import (``CREATE TABLE IF NOT EXISTS``, inside the import's
transaction), so journals without a roster are not touched and no schema version is spent on
it. A participant is identified per study by its ``key``: the external id, or for a row
without one a fingerprint of its fields (see :func:`koji_tui.roster.rows.participant_key`).

Importing is an upsert that loses nothing: a new key is added at the end of the list; a known
one keeps its place, takes a name or locale the file gives (an empty cell never clears one)
and the file's metadata values (keys the file lacks are kept). The same file imported twice
changes nothing the second time.

A participant's state is read from the journal's interviews of the study, matched by the
respondent's external id (or, for a participant without one, by the respondent's name): the
latest such interview decides. So interviews started from the roster, from the kiosk's
participant code, by hand with the same id, or merged from another station all count.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeVar

T = TypeVar("T")

RosterState = Literal["not started", "active", "ended early", "completed"]
ENDED_EARLY_REASONS = frozenset({"manual", "respondent_left", "timeout"})

SCHEMA = """
CREATE TABLE IF NOT EXISTS roster (
    id            INTEGER PRIMARY KEY,
    study_name    TEXT NOT NULL,
    key           TEXT NOT NULL,
    position      INTEGER NOT NULL,
    external_id   TEXT,
    display_name  TEXT,
    locale        TEXT,
    metadata      TEXT NOT NULL DEFAULT '{}',
    source        TEXT,
    imported_at   TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    UNIQUE (study_name, key)
)
"""


class Connected(Protocol):
    """The journal's connection, one transaction or one read at a time (``Journal`` is one)."""

    def _tx(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...
    def _read(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...


class ParticipantLike(Protocol):
    @property
    def key(self) -> str: ...
    @property
    def external_id(self) -> str | None: ...
    @property
    def display_name(self) -> str | None: ...
    @property
    def locale(self) -> str | None: ...
    @property
    def metadata(self) -> dict[str, str]: ...


@dataclass(frozen=True)
class RosterEntry:
    id: int
    study_name: str
    key: str
    position: int
    external_id: str | None
    display_name: str | None
    locale: str | None
    metadata: dict[str, str] = field(default_factory=dict)
    source: str | None = None

    def respondent(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.external_id:
            out["external_id"] = self.external_id
        if self.display_name:
            out["display_name"] = self.display_name
        if self.metadata:
            out["metadata"] = dict(self.metadata)
        return out


@dataclass(frozen=True)
class RosterRow:
    """A participant and where they are in the study."""

    entry: RosterEntry
    state: RosterState
    quality_score: float | None = None
    record_id: int | None = None
    interview_id: str | None = None
    interviews: int = 0  # how many interviews of the study are this participant's


@dataclass(frozen=True)
class UpsertResult:
    added: int
    updated: int
    unchanged: int


def _has_table(conn: sqlite3.Connection) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'roster'"
    ).fetchone()
    return row is not None


def _entry(row: sqlite3.Row) -> RosterEntry:
    try:
        metadata = json.loads(row["metadata"] or "{}")
    except json.JSONDecodeError:
        metadata = {}
    return RosterEntry(
        id=int(row["id"]),
        study_name=row["study_name"],
        key=row["key"],
        position=int(row["position"]),
        external_id=row["external_id"],
        display_name=row["display_name"],
        locale=row["locale"],
        metadata=metadata if isinstance(metadata, dict) else {},
        source=row["source"],
    )


def _now() -> str:
    from koji_tui.journal.store import utc_now

    return utc_now()


def upsert(
    journal: Connected,
    study_name: str,
    participants: Iterable[ParticipantLike],
    source: str | None = None,
) -> UpsertResult:
    """Add or update participants in one transaction (see the module docstring)."""
    items = list(participants)
    now = _now()

    def work(conn: sqlite3.Connection) -> UpsertResult:
        conn.execute(SCHEMA)
        existing = {
            row["key"]: row
            for row in conn.execute("SELECT * FROM roster WHERE study_name = ?", (study_name,))
        }
        position = max((int(r["position"]) for r in existing.values()), default=0)
        added = updated = unchanged = 0
        for p in items:
            row = existing.get(p.key)
            if row is None:
                position += 1
                conn.execute(
                    "INSERT INTO roster (study_name, key, position, external_id, display_name,"
                    " locale, metadata, source, imported_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        study_name,
                        p.key,
                        position,
                        p.external_id,
                        p.display_name,
                        p.locale,
                        json.dumps(p.metadata, ensure_ascii=False, sort_keys=True),
                        source,
                        now,
                        now,
                    ),
                )
                existing[p.key] = conn.execute(
                    "SELECT * FROM roster WHERE study_name = ? AND key = ?", (study_name, p.key)
                ).fetchone()
                added += 1
                continue
            old = _entry(row)
            name = p.display_name or old.display_name
            locale = p.locale or old.locale
            metadata = {**old.metadata, **p.metadata}
            if (name, locale, metadata) == (old.display_name, old.locale, old.metadata):
                unchanged += 1
                continue
            conn.execute(
                "UPDATE roster SET display_name = ?, locale = ?, metadata = ?, updated_at = ?"
                " WHERE id = ?",
                (
                    name,
                    locale,
                    json.dumps(metadata, ensure_ascii=False, sort_keys=True),
                    now,
                    old.id,
                ),
            )
            updated += 1
        return UpsertResult(added, updated, unchanged)

    return journal._tx(work)


def entries(journal: Connected, study_name: str) -> list[RosterEntry]:
    """The study's participants in list order (an empty list when there is no roster)."""

    def work(conn: sqlite3.Connection) -> list[RosterEntry]:
        if not _has_table(conn):
            return []
        rows = conn.execute(
            "SELECT * FROM roster WHERE study_name = ? ORDER BY position, id", (study_name,)
        )
        return [_entry(r) for r in rows]

    return journal._read(work)


def _interviews(conn: sqlite3.Connection, study_name: str) -> list[sqlite3.Row]:
    return list(
        conn.execute(
            "SELECT record_id, interview_id, respondent, status, completion_reason,"
            " quality_score, started_at FROM interviews WHERE study_name = ?"
            " ORDER BY started_at, record_id",
            (study_name,),
        )
    )


def state_of(status: str, completion_reason: str | None) -> RosterState:
    """The roster state of an interview with this journal status and completion reason."""
    if status == "completed":
        return "ended early" if completion_reason in ENDED_EARLY_REASONS else "completed"
    return "active"


def _match(items: Sequence[RosterEntry], interviews: Sequence[sqlite3.Row]) -> list[RosterRow]:
    by_id: dict[str, list[sqlite3.Row]] = {}
    by_name: dict[str, list[sqlite3.Row]] = {}
    for row in interviews:
        try:
            respondent = json.loads(row["respondent"] or "null")
        except json.JSONDecodeError:
            respondent = None
        if not isinstance(respondent, dict):
            continue
        ext = respondent.get("external_id")
        name = respondent.get("display_name")
        if isinstance(ext, str) and ext:
            by_id.setdefault(ext, []).append(row)
        elif isinstance(name, str) and name:
            by_name.setdefault(name, []).append(row)
    out: list[RosterRow] = []
    for entry in items:
        found = (
            by_id.get(entry.external_id, [])
            if entry.external_id
            else by_name.get(entry.display_name or "", [])
        )
        if not found:
            out.append(RosterRow(entry, "not started"))
            continue
        latest = found[-1]  # ordered by start time
        out.append(
            RosterRow(
                entry,
                state_of(latest["status"], latest["completion_reason"]),
                latest["quality_score"],
                int(latest["record_id"]),
                latest["interview_id"],
                len(found),
            )
        )
    return out


def rows(journal: Connected, study_name: str) -> list[RosterRow]:
    """Every participant of the study with their state (one read of the roster and of the
    study's interviews)."""

    def work(conn: sqlite3.Connection) -> list[RosterRow]:
        if not _has_table(conn):
            return []
        items = [
            _entry(r)
            for r in conn.execute(
                "SELECT * FROM roster WHERE study_name = ? ORDER BY position, id", (study_name,)
            )
        ]
        return _match(items, _interviews(conn, study_name)) if items else []

    return journal._read(work)


def next_not_started(journal: Connected, study_name: str) -> RosterRow | None:
    """The first participant in list order with no interview yet."""
    return next((r for r in rows(journal, study_name) if r.state == "not started"), None)


def find_by_code(journal: Connected, study_name: str, code: str) -> RosterRow | None:
    """The participant whose external id is ``code`` (case and outer spaces ignored): how a
    kiosk's participant code picks a roster row."""
    wanted = code.strip().casefold()
    if not wanted:
        return None
    return next(
        (
            r
            for r in rows(journal, study_name)
            if r.entry.external_id and r.entry.external_id.casefold() == wanted
        ),
        None,
    )


__all__ = [
    "ENDED_EARLY_REASONS",
    "RosterEntry",
    "RosterRow",
    "RosterState",
    "UpsertResult",
    "entries",
    "find_by_code",
    "next_not_started",
    "rows",
    "state_of",
    "upsert",
]
