"""The moderator's notes, tags, flags and guide ticks, kept in the journal (never sent to Koji).

Two tables, created on the first write (``CREATE TABLE IF NOT EXISTS`` inside that write's
transaction, like :mod:`koji_tui.journal.roster`), so journals without notes are not touched
and no schema version is spent on them:

- ``notes``: one row per note or flag of an interview (``record_id``), tied to a turn number
  (the ``#n`` the transcript shows; ``None`` before the first turn) and a time. ``kind`` is
  ``note`` or ``flag`` (a flag is a turn marked, with or without text); ``author`` is
  ``moderator`` or ``observer`` (observer notes are kept apart and marked as such). A note is
  never deleted: removing a flag marks its row ``removed``.
- ``guide_ticks``: per interview and guide question id, whether it is ticked and how
  (``auto``: matched from the interviewer's message; ``manual``: ticked or unticked by hand,
  which wins over matching).

Every function is one transaction or one read on the journal's connection (safe from any
thread; call them from a worker, never on the event loop).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal, Protocol, TypeVar

T = TypeVar("T")

NoteKind = Literal["note", "flag"]
Author = Literal["moderator", "observer"]
DEFAULT_TAGS: tuple[str, ...] = ("quote", "pain point", "idea", "follow up")

SCHEMA = (
    """
    CREATE TABLE IF NOT EXISTS notes (
        id          INTEGER PRIMARY KEY,
        record_id   INTEGER NOT NULL,
        kind        TEXT NOT NULL DEFAULT 'note',
        text        TEXT NOT NULL DEFAULT '',
        tags        TEXT NOT NULL DEFAULT '[]',
        turn        INTEGER,
        author      TEXT NOT NULL DEFAULT 'moderator',
        created_at  TEXT NOT NULL,
        removed     INTEGER NOT NULL DEFAULT 0
    )
    """,
    "CREATE INDEX IF NOT EXISTS notes_by_record ON notes (record_id, id)",
    """
    CREATE TABLE IF NOT EXISTS guide_ticks (
        record_id    INTEGER NOT NULL,
        question_id  TEXT NOT NULL,
        ticked       INTEGER NOT NULL,
        how          TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (record_id, question_id)
    )
    """,
)


class Connected(Protocol):
    """The journal's connection, one transaction or one read at a time (``Journal`` is one)."""

    def _tx(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...
    def _read(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...


@dataclass(frozen=True)
class Note:
    id: int
    record_id: int
    kind: NoteKind
    text: str
    tags: tuple[str, ...]
    turn: int | None
    author: Author
    created_at: str

    @property
    def is_flag(self) -> bool:
        return self.kind == "flag"


@dataclass(frozen=True)
class Tick:
    question_id: str
    ticked: bool
    how: Literal["auto", "manual"]


def _now() -> str:
    from koji_tui.journal.store import utc_now

    return utc_now()


def _create(conn: sqlite3.Connection) -> None:
    for statement in SCHEMA:
        conn.execute(statement)


def _has(conn: sqlite3.Connection, table: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
    ).fetchone()
    return row is not None


def _note(row: sqlite3.Row) -> Note:
    try:
        tags = json.loads(row["tags"])
    except (TypeError, ValueError):
        tags = []
    return Note(
        id=int(row["id"]),
        record_id=int(row["record_id"]),
        kind="flag" if row["kind"] == "flag" else "note",
        text=str(row["text"]),
        tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
        turn=None if row["turn"] is None else int(row["turn"]),
        author="observer" if row["author"] == "observer" else "moderator",
        created_at=str(row["created_at"]),
    )


def add_note(
    journal: Connected,
    record_id: int,
    text: str,
    *,
    tags: Iterable[str] = (),
    turn: int | None = None,
    kind: NoteKind = "note",
    author: Author = "moderator",
    created_at: str | None = None,
) -> Note:
    """Keep one note (or flag) of interview ``record_id``; returns it as stored."""
    clean_tags = tuple(dict.fromkeys(t.strip() for t in tags if t.strip()))
    stamp = created_at or _now()

    def work(conn: sqlite3.Connection) -> Note:
        _create(conn)
        cursor = conn.execute(
            "INSERT INTO notes (record_id, kind, text, tags, turn, author, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                record_id,
                kind,
                text,
                json.dumps(list(clean_tags), ensure_ascii=False),
                turn,
                author,
                stamp,
            ),
        )
        row = conn.execute("SELECT * FROM notes WHERE id = ?", (cursor.lastrowid,)).fetchone()
        return _note(row)

    return journal._tx(work)


def notes_of(
    journal: Connected, record_id: int, *, author: Author | None = None, after: int = 0
) -> list[Note]:
    """The notes and flags of an interview in the order they were made (``after``: only the
    ones with a larger id, for a view that follows the journal)."""

    def work(conn: sqlite3.Connection) -> list[Note]:
        if not _has(conn, "notes"):
            return []
        sql = "SELECT * FROM notes WHERE record_id = ? AND removed = 0 AND id > ?"
        args: list[object] = [record_id, after]
        if author is not None:
            sql += " AND author = ?"
            args.append(author)
        return [_note(r) for r in conn.execute(sql + " ORDER BY id", args)]

    return journal._read(work)


def set_flag(
    journal: Connected, record_id: int, turn: int, flagged: bool, *, author: Author = "moderator"
) -> Note | None:
    """Flag turn ``turn`` (the flag, new or already there) or unflag it (None)."""
    stamp = _now()

    def work(conn: sqlite3.Connection) -> Note | None:
        _create(conn)
        row = conn.execute(
            "SELECT * FROM notes WHERE record_id = ? AND kind = 'flag' AND turn = ?"
            " AND author = ? AND removed = 0",
            (record_id, turn, author),
        ).fetchone()
        if flagged:
            if row is not None:
                return _note(row)
            cursor = conn.execute(
                "INSERT INTO notes (record_id, kind, text, turn, author, created_at)"
                " VALUES (?, 'flag', '', ?, ?, ?)",
                (record_id, turn, author, stamp),
            )
            new = conn.execute("SELECT * FROM notes WHERE id = ?", (cursor.lastrowid,))
            return _note(new.fetchone())
        if row is not None:
            conn.execute("UPDATE notes SET removed = 1 WHERE id = ?", (row["id"],))
        return None

    return journal._tx(work)


def set_tick(
    journal: Connected, record_id: int, question_id: str, ticked: bool, how: str = "manual"
) -> None:
    """Tick or untick a guide question of an interview. An automatic tick never overrides a
    manual decision."""
    stamp = _now()

    def work(conn: sqlite3.Connection) -> None:
        _create(conn)
        if how == "auto":
            conn.execute(
                "INSERT INTO guide_ticks (record_id, question_id, ticked, how, updated_at)"
                " VALUES (?, ?, ?, 'auto', ?) ON CONFLICT (record_id, question_id) DO UPDATE"
                " SET ticked = excluded.ticked, updated_at = excluded.updated_at"
                " WHERE guide_ticks.how = 'auto'",
                (record_id, question_id, int(ticked), stamp),
            )
            return
        conn.execute(
            "INSERT INTO guide_ticks (record_id, question_id, ticked, how, updated_at)"
            " VALUES (?, ?, ?, 'manual', ?) ON CONFLICT (record_id, question_id) DO UPDATE"
            " SET ticked = excluded.ticked, how = 'manual', updated_at = excluded.updated_at",
            (record_id, question_id, int(ticked), stamp),
        )

    journal._tx(work)


def ticks_of(journal: Connected, record_id: int) -> dict[str, Tick]:
    """The guide ticks kept for an interview, by question id."""

    def work(conn: sqlite3.Connection) -> dict[str, Tick]:
        if not _has(conn, "guide_ticks"):
            return {}
        rows = conn.execute(
            "SELECT question_id, ticked, how FROM guide_ticks WHERE record_id = ?", (record_id,)
        )
        return {
            r["question_id"]: Tick(
                r["question_id"], bool(r["ticked"]), "manual" if r["how"] == "manual" else "auto"
            )
            for r in rows
        }

    return journal._read(work)


@dataclass
class QueuedNote:
    text: str
    tags: tuple[str, ...]
    turn: int | None
    kind: NoteKind
    created_at: str


class NoteQueue:
    """Notes typed before they can be written (no interview record yet, or a journal write
    failed): held in order and written by :meth:`flush`, so a note typed offline or while the
    interview is starting is never lost. Not thread-safe: use from one worker at a time."""

    def __init__(self, journal: Connected, author: Author = "moderator") -> None:
        self.journal = journal
        self.author: Author = author
        self.waiting: list[QueuedNote] = []

    def add(
        self,
        text: str,
        *,
        tags: Iterable[str] = (),
        turn: int | None = None,
        kind: NoteKind = "note",
        created_at: str | None = None,
    ) -> None:
        self.waiting.append(QueuedNote(text, tuple(tags), turn, kind, created_at or _now()))

    def flush(self, record_id: int | None) -> list[Note]:
        """Write what waits (in order) once the interview has a record; stops at the first
        failure and keeps the rest for the next flush. Returns the notes written."""
        written: list[Note] = []
        if record_id is None:
            return written
        while self.waiting:
            item = self.waiting[0]
            try:
                note = add_note(
                    self.journal,
                    record_id,
                    item.text,
                    tags=item.tags,
                    turn=item.turn,
                    kind=item.kind,
                    author=self.author,
                    created_at=item.created_at,
                )
            except Exception:  # a journal that cannot write now: keep it, try again later
                break
            self.waiting.pop(0)
            written.append(note)
        return written
