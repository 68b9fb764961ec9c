"""The local interview journal: every interview of every study, in one SQLite file.

File: ``paths.data_dir()/journal.sqlite3`` (WAL mode, ``synchronous=FULL`` so a
committed write survives a power cut). One connection guarded by a lock: the
API is synchronous and safe to call from any thread (Textual thread workers,
``asyncio.to_thread``). Every public method is one transaction.

Durability protocol for a participant's answer (see ``InterviewSession.answer``)::

    turn = journal.add_pending_answer(iid, "text", question=..., answer_value=...)  # committed + fsync'd
    ... send it ...
    journal.record_reply(turn, reply_content, question=..., turn_count=..., is_complete=...)  # marks SENT

A crash or network cut between the two leaves the answer ``pending``;
:meth:`Journal.pending_answers` lists them on the next start. The user may
decline a resend: :meth:`Journal.discard_pending` marks it ``discarded`` (kept,
never deleted).

Interviews are keyed locally by ``record_id`` (an integer) because interview ids
are only unique per server (a seeded sandbox hands out the same ids again);
``(base_url, interview_id)`` is unique. Methods taking ``interview`` accept a
record id (int) or an :class:`InterviewRecord`.

What is stored: study name, base URL, interview id, session token (needed to
resume; never exported), respondent, mode, locale, status
(``active``/``awaiting_completion``/``completed``), times (ISO 8601 UTC), turn
count, quality score, completion reason; per turn: role
(``assistant``/``user``), content, created_at, state (``received`` for the
interviewer, ``pending``/``sent``/``discarded`` for answers), the structured
question shown (JSON) and the structured answer value (JSON).
API keys are never passed to the journal, so they cannot end up in it.

Schema changes: bump ``SCHEMA_VERSION`` and append a function to
``MIGRATIONS``; each migration runs once, in order, inside a transaction,
keyed by ``PRAGMA user_version``.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from koji_tui import paths
from koji_tui.journal.lease import SCHEMA_V2, LeasesAndDrafts, default_clock, new_owner
from koji_tui.journal.merge import apply_plan, plan_merge, server_messages

InterviewStatus = Literal["active", "awaiting_completion", "completed"]
TurnState = Literal["received", "pending", "sent", "discarded"]
Role = Literal["assistant", "user"]

STATUSES: tuple[str, ...] = ("active", "awaiting_completion", "completed")


class JournalError(Exception):
    """The journal could not be opened or written; the message says why."""


class UnknownInterviewError(JournalError, LookupError):
    """No interview with that id in the journal."""


def utc_now() -> str:
    return iso_utc(datetime.now(UTC)) or ""


def iso_utc(value: Any) -> str | None:
    """ISO 8601 UTC text (``2026-01-01T12:00:00.000Z``) for a datetime; strings pass through."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return str(value)


def to_jsonable(value: Any) -> Any:
    """Turn a question model / dataclass / tuple into plain JSON data."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json")
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        from dataclasses import asdict

        return to_jsonable(asdict(value))
    enum_value = getattr(value, "value", None)
    if enum_value is not None and isinstance(enum_value, str | int):
        return enum_value
    return str(value)


def _dumps(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(to_jsonable(value), ensure_ascii=False, sort_keys=True)


def _loads(text: str | None) -> Any:
    if text is None:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


@dataclass(frozen=True)
class TurnRecord:
    id: int
    seq: int
    role: Role
    content: str
    created_at: str
    state: TurnState
    question: Any = None  # structured question shown (assistant) / answered (user), JSON data
    answer_value: Any = None  # structured answer value (user turns from a widget), JSON data
    sent_at: str | None = None


@dataclass(frozen=True)
class InterviewRecord:
    record_id: int
    study_name: str
    base_url: str
    interview_id: str
    session_token: str | None = field(repr=False)
    respondent: dict[str, Any] | None
    mode: str | None
    locale: str | None
    status: InterviewStatus
    started_at: str
    completed_at: str | None
    updated_at: str
    turn_count: int
    quality_score: float | None
    completion_reason: str | None
    turns: tuple[TurnRecord, ...] = ()

    @property
    def pending_turn(self) -> TurnRecord | None:
        for turn in reversed(self.turns):
            if turn.state == "pending":
                return turn
        return None

    @property
    def is_complete(self) -> bool:
        return self.status in ("awaiting_completion", "completed")


@dataclass(frozen=True)
class PendingAnswer:
    interview: InterviewRecord  # summary (turns included)
    turn: TurnRecord


SCHEMA_V1 = """
CREATE TABLE interviews (
    record_id         INTEGER PRIMARY KEY,
    study_name        TEXT NOT NULL,
    base_url          TEXT NOT NULL,
    interview_id      TEXT NOT NULL,
    session_token     TEXT,
    respondent        TEXT,
    mode              TEXT,
    locale            TEXT,
    status            TEXT NOT NULL DEFAULT 'active'
                      CHECK (status IN ('active', 'awaiting_completion', 'completed')),
    started_at        TEXT NOT NULL,
    completed_at      TEXT,
    updated_at        TEXT NOT NULL,
    turn_count        INTEGER NOT NULL DEFAULT 0,
    quality_score     REAL,
    completion_reason TEXT,
    UNIQUE (base_url, interview_id)
);
CREATE INDEX interviews_by_id ON interviews (interview_id);
CREATE INDEX interviews_by_study ON interviews (study_name, started_at);
CREATE TABLE turns (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES interviews (record_id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('assistant', 'user')),
    content       TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('received', 'pending', 'sent', 'discarded')),
    question      TEXT,
    answer_value  TEXT,
    sent_at       TEXT,
    UNIQUE (record_id, seq)
);
CREATE INDEX turns_pending ON turns (state) WHERE state = 'pending';
"""


# MIGRATIONS[i] brings a database from user_version i to i + 1: either an SQL script
# (run with executescript inside one transaction) or a callable that gets the
# connection inside an open transaction and must use ``conn.execute`` only.
MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [SCHEMA_V1, SCHEMA_V2]
SCHEMA_VERSION = len(MIGRATIONS)

InterviewRef = int | InterviewRecord


def _statements(script: str) -> list[str]:
    """A migration script's statements, one by one (``executescript`` would commit first, out
    of the migration's transaction)."""
    out: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                out.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        out.append(buffer.strip())
    return out


def _ref(interview: InterviewRef) -> int:
    return interview.record_id if isinstance(interview, InterviewRecord) else int(interview)


class Journal(LeasesAndDrafts):
    """The SQLite journal. ``Journal()`` opens ``paths.data_dir()/journal.sqlite3``.

    ``owner`` names the app instance for interview leases (see :mod:`koji_tui.journal.lease`;
    a fresh one by default); ``clock`` is the wall clock leases and drafts are stamped with."""

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        owner: str | None = None,
        clock: Callable[[], float] | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else paths.data_dir() / "journal.sqlite3"
        self.owner = owner or new_owner()
        self.clock = clock or default_clock
        self._lock = threading.RLock()
        try:
            # Session tokens and answers live here: the file and its folder are the user's
            # alone (SQLite gives the -wal and -shm files the database file's mode).
            paths.private_file(self.path)
            self._conn = sqlite3.connect(
                self.path, check_same_thread=False, isolation_level=None, timeout=10.0
            )
        except (OSError, sqlite3.Error) as exc:
            raise JournalError(f"Cannot open the journal at {self.path}: {exc}") from None
        try:
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise JournalError(
                f"The journal at {self.path} is damaged or not a koji-tui journal ({exc}). "
                "Move it aside to start a new one; it was left untouched."
            ) from None

    # -- lifecycle ---------------------------------------------------------------
    def _migrate(self) -> None:
        with self._lock:
            version = self._conn.execute("PRAGMA user_version").fetchone()[0]
            target = len(MIGRATIONS)
            if version > target:
                raise JournalError(
                    f"The journal at {self.path} was written by a newer koji-tui "
                    f"(schema {version}, this one knows {target}); upgrade koji-tui."
                )
            while version < target:
                try:
                    # Under the write lock, the version read again: another process (or
                    # connection) opening a new journal at the same moment may have just
                    # migrated it ("table interviews already exists" looked like damage).
                    self._conn.execute("BEGIN IMMEDIATE")
                    current = self._conn.execute("PRAGMA user_version").fetchone()[0]
                    if current != version:
                        self._conn.execute("COMMIT")
                        version = current
                        continue
                    step = MIGRATIONS[version]
                    if isinstance(step, str):
                        for statement in _statements(step):
                            self._conn.execute(statement)
                    else:
                        step(self._conn)
                    self._conn.execute(f"PRAGMA user_version={version + 1}")
                    self._conn.execute("COMMIT")
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
                version += 1

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        """Close the journal; the interviews this owner drove are free for others again."""
        with self._lock:
            with contextlib.suppress(sqlite3.Error, JournalError):
                self.release_lease()
            try:
                self._conn.close()
            except sqlite3.Error:
                pass

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _tx(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        with self._lock:
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.ProgrammingError as exc:
                raise JournalError(f"The journal is closed ({exc}).") from None
            try:
                result = fn(self._conn)
                self._conn.execute("COMMIT")
                return result
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    def _read(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        with self._lock:
            try:
                return fn(self._conn)
            except sqlite3.ProgrammingError as exc:
                raise JournalError(f"The journal is closed ({exc}).") from None

    # -- interviews ----------------------------------------------------------------
    def create_interview(
        self,
        *,
        study_name: str,
        base_url: str,
        interview_id: str,
        session_token: str | None = None,
        respondent: Any = None,
        mode: str | None = None,
        locale: str | None = None,
        status: InterviewStatus = "active",
        turn_count: int = 0,
        started_at: str | None = None,
        opening_message: str | None = None,
        opening_question: Any = None,
    ) -> InterviewRecord:
        """Record a new interview (and its opening interviewer message, if given).
        If the interview is already journaled it is updated, not duplicated."""
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        now = utc_now()
        respondent_json = _dumps(respondent) if respondent else None

        def work(conn: sqlite3.Connection) -> int:
            row = conn.execute(
                "SELECT record_id FROM interviews WHERE base_url = ? AND interview_id = ?",
                (base_url, interview_id),
            ).fetchone()
            if row is not None:
                record_id = int(row[0])
                conn.execute(
                    "UPDATE interviews SET study_name = ?, "
                    "session_token = COALESCE(?, session_token), "
                    "respondent = COALESCE(?, respondent), mode = COALESCE(?, mode), "
                    "locale = COALESCE(?, locale), updated_at = ? WHERE record_id = ?",
                    (study_name, session_token, respondent_json, mode, locale, now, record_id),
                )
                return record_id
            cur = conn.execute(
                "INSERT INTO interviews (study_name, base_url, interview_id, session_token, "
                "respondent, mode, locale, status, started_at, updated_at, turn_count) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    study_name,
                    base_url,
                    interview_id,
                    session_token,
                    respondent_json,
                    mode,
                    locale,
                    status,
                    started_at or now,
                    now,
                    turn_count,
                ),
            )
            record_id = int(cur.lastrowid or 0)
            if opening_message is not None:
                self._insert_turn(
                    conn, record_id, "assistant", opening_message, "received", opening_question
                )
            return record_id

        return self.get(self._tx(work))

    def update_interview(
        self,
        interview: InterviewRef,
        *,
        status: InterviewStatus | None = None,
        turn_count: int | None = None,
        quality_score: float | None = None,
        completion_reason: str | None = None,
        completed_at: str | None = None,
        session_token: str | None = None,
    ) -> InterviewRecord:
        """Change interview fields (None = leave as is). Status never goes back from
        ``completed``; completing sets ``completed_at`` when not given."""
        if status is not None and status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        record_id = _ref(interview)

        def work(conn: sqlite3.Connection) -> None:
            row = self._row(conn, record_id)
            new_status = status or row["status"]
            if row["status"] == "completed":
                new_status = "completed"
            done_at = completed_at or row["completed_at"]
            if new_status == "completed" and done_at is None:
                done_at = utc_now()
            conn.execute(
                "UPDATE interviews SET status = ?, turn_count = COALESCE(?, turn_count), "
                "quality_score = COALESCE(?, quality_score), "
                "completion_reason = COALESCE(?, completion_reason), completed_at = ?, "
                "session_token = COALESCE(?, session_token), updated_at = ? WHERE record_id = ?",
                (
                    new_status,
                    turn_count,
                    quality_score,
                    completion_reason,
                    done_at,
                    session_token,
                    utc_now(),
                    record_id,
                ),
            )

        self._tx(work)
        return self.get(record_id)

    # -- turns -------------------------------------------------------------------
    @staticmethod
    def _insert_turn(
        conn: sqlite3.Connection,
        record_id: int,
        role: Role,
        content: str,
        state: TurnState,
        question: Any = None,
        answer_value: Any = None,
        created_at: str | None = None,
        sent_at: str | None = None,
    ) -> int:
        seq = conn.execute(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM turns WHERE record_id = ?", (record_id,)
        ).fetchone()[0]
        cur = conn.execute(
            "INSERT INTO turns (record_id, seq, role, content, created_at, state, question, "
            "answer_value, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record_id,
                seq,
                role,
                content,
                created_at or utc_now(),
                state,
                _dumps(question),
                _dumps(answer_value),
                sent_at,
            ),
        )
        return int(cur.lastrowid or 0)

    def add_assistant_turn(
        self,
        interview: InterviewRef,
        content: str,
        question: Any = None,
        created_at: str | None = None,
    ) -> TurnRecord:
        record_id = _ref(interview)

        def work(conn: sqlite3.Connection) -> int:
            self._row(conn, record_id)
            return self._insert_turn(
                conn, record_id, "assistant", content, "received", question, None, created_at
            )

        return self.get_turn(self._tx(work))

    def add_pending_answer(
        self,
        interview: InterviewRef,
        content: str,
        *,
        question: Any = None,
        answer_value: Any = None,
    ) -> TurnRecord:
        """Journal a participant's answer as PENDING, durably, before it is sent."""
        record_id = _ref(interview)

        def work(conn: sqlite3.Connection) -> int:
            row = self._row(conn, record_id)
            if row["status"] == "completed":
                raise JournalError(f"Interview {row['interview_id']} is already completed.")
            conn.execute("DELETE FROM drafts WHERE record_id = ?", (record_id,))  # now an answer
            return self._insert_turn(
                conn, record_id, "user", content, "pending", question, answer_value
            )

        return self.get_turn(self._tx(work))

    def mark_sent(self, turn: int | TurnRecord) -> TurnRecord:
        turn_id = turn.id if isinstance(turn, TurnRecord) else int(turn)

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE turns SET state = 'sent', sent_at = COALESCE(sent_at, ?) "
                "WHERE id = ? AND role = 'user'",
                (utc_now(), turn_id),
            )

        self._tx(work)
        return self.get_turn(turn_id)

    def discard_pending(self, turn: int | TurnRecord) -> TurnRecord:
        """The user chose not to resend this answer: keep it, stop offering it."""
        turn_id = turn.id if isinstance(turn, TurnRecord) else int(turn)

        def work(conn: sqlite3.Connection) -> None:
            conn.execute(
                "UPDATE turns SET state = 'discarded' WHERE id = ? AND state = 'pending'",
                (turn_id,),
            )

        self._tx(work)
        return self.get_turn(turn_id)

    def record_reply(
        self,
        turn: int | TurnRecord,
        reply: str | None,
        *,
        question: Any = None,
        turn_count: int | None = None,
        is_complete: bool = False,
        created_at: str | None = None,
        base: InterviewRecord | None = None,
    ) -> InterviewRecord:
        """In one transaction: mark the answer SENT, journal the interviewer's reply
        (when there is one), update turn count and status.

        ``base`` is the record as the caller holds it (the answer among its turns): the result
        is built from it and the two turns written, without reading every turn again, so the
        cost stays flat in the interview's length."""
        turn_id = turn.id if isinstance(turn, TurnRecord) else int(turn)
        if base is not None and all(t.id != turn_id for t in base.turns):
            base = None  # not the record this answer is in: read it whole

        def work(conn: sqlite3.Connection) -> int:
            row = conn.execute("SELECT record_id FROM turns WHERE id = ?", (turn_id,)).fetchone()
            if row is None:
                raise JournalError(f"No journaled answer #{turn_id}.")
            record_id = int(row[0])
            conn.execute(
                "UPDATE turns SET state = 'sent', sent_at = COALESCE(sent_at, ?) WHERE id = ?",
                (utc_now(), turn_id),
            )
            if reply is not None:
                self._insert_turn(
                    conn, record_id, "assistant", reply, "received", question, None, created_at
                )
            self._set_progress(conn, record_id, turn_count, is_complete)
            return record_id

        record_id = self._tx(work)
        if base is None or base.record_id != record_id:
            return self.get(record_id)

        def read(conn: sqlite3.Connection) -> InterviewRecord:
            row = self._row(conn, record_id)
            # Two indexed reads: the answer as now written, and the turns after the base's last.
            answer = self._turn(
                conn.execute("SELECT * FROM turns WHERE id = ?", (turn_id,)).fetchone()
            )
            last = base.turns[-1].seq if base.turns else -1
            newer = [
                self._turn(r)
                for r in conn.execute(
                    "SELECT * FROM turns WHERE record_id = ? AND seq > ? ORDER BY seq",
                    (record_id, last),
                )
            ]
            turns = [answer if t.id == turn_id else t for t in base.turns]
            return self._interview(row, [*turns, *newer])

        result: InterviewRecord = self._read(read)
        return result

    def _set_progress(
        self, conn: sqlite3.Connection, record_id: int, turn_count: int | None, is_complete: bool
    ) -> None:
        conn.execute(
            "UPDATE interviews SET turn_count = COALESCE(?, turn_count), updated_at = ?, "
            "status = CASE WHEN status = 'active' AND ? THEN 'awaiting_completion' ELSE status END "
            "WHERE record_id = ?",
            (turn_count, utc_now(), 1 if is_complete else 0, record_id),
        )

    def merge_server_transcript(
        self,
        interview: InterviewRef,
        messages: Sequence[Any],
        *,
        status: str | None = None,
        turn_count: int | None = None,
        is_complete: bool | None = None,
        quality_score: float | None = None,
        completion_reason: str | None = None,
        completed_at: str | None = None,
    ) -> InterviewRecord:
        """Bring the journal in line with the server's transcript without losing anything.

        ``messages`` are objects or dicts with ``role``, ``content`` and optionally
        ``created_at``/``question``. Matching goes by position, never by text alone (see
        :mod:`koji_tui.journal.merge`): the journal's history is lined up with the server's
        messages; a waiting answer is the server's only at its place (answers confirmed + 1)
        with its text and a reply; messages the journal lacks (e.g. a reply lost in a crash)
        are adopted in order. An unsent answer whose place cannot be told stays pending.
        Local turns the server does not know are kept as they are.
        """
        record_id = _ref(interview)
        server = server_messages(messages)

        def work(conn: sqlite3.Connection) -> None:
            row = self._row(conn, record_id)
            turns = [
                self._turn(r)
                for r in conn.execute(
                    "SELECT * FROM turns WHERE record_id = ? ORDER BY seq", (record_id,)
                )
            ]
            done = status == "completed" or row["status"] == "completed"
            apply_plan(conn, record_id, plan_merge(turns, server, completed=done), turns)
            row = self._row(conn, record_id)
            new_status = row["status"]
            if status == "completed" or new_status == "completed":
                new_status = "completed"
            elif is_complete:
                new_status = "awaiting_completion"
            done_at = row["completed_at"]
            if new_status == "completed" and done_at is None:
                done_at = completed_at or utc_now()
            conn.execute(
                "UPDATE interviews SET turn_count = COALESCE(?, turn_count), "
                "quality_score = COALESCE(?, quality_score), "
                "completion_reason = COALESCE(?, completion_reason), "
                "completed_at = ?, status = ?, updated_at = ? WHERE record_id = ?",
                (
                    turn_count,
                    quality_score,
                    completion_reason,
                    done_at,
                    new_status,
                    utc_now(),
                    record_id,
                ),
            )

        self._tx(work)
        return self.get(record_id)

    # -- reading -------------------------------------------------------------------
    @staticmethod
    def _row(conn: sqlite3.Connection, record_id: int) -> sqlite3.Row:
        row = conn.execute("SELECT * FROM interviews WHERE record_id = ?", (record_id,)).fetchone()
        if row is None:
            raise UnknownInterviewError(f"No interview #{record_id} in the journal.")
        return row

    @staticmethod
    def _turn(row: sqlite3.Row) -> TurnRecord:
        return TurnRecord(
            id=int(row["id"]),
            seq=int(row["seq"]),
            role=row["role"],
            content=row["content"],
            created_at=row["created_at"],
            state=row["state"],
            question=_loads(row["question"]),
            answer_value=_loads(row["answer_value"]),
            sent_at=row["sent_at"],
        )

    @staticmethod
    def _interview(row: sqlite3.Row, turns: Iterable[TurnRecord] = ()) -> InterviewRecord:
        respondent = _loads(row["respondent"])
        return InterviewRecord(
            record_id=int(row["record_id"]),
            study_name=row["study_name"],
            base_url=row["base_url"],
            interview_id=row["interview_id"],
            session_token=row["session_token"],
            respondent=respondent if isinstance(respondent, dict) else None,
            mode=row["mode"],
            locale=row["locale"],
            status=row["status"],
            started_at=row["started_at"],
            completed_at=row["completed_at"],
            updated_at=row["updated_at"],
            turn_count=int(row["turn_count"]),
            quality_score=row["quality_score"],
            completion_reason=row["completion_reason"],
            turns=tuple(turns),
        )

    def get(self, interview: InterviewRef) -> InterviewRecord:
        """The interview with all its turns. Raises :class:`UnknownInterviewError`."""
        record_id = _ref(interview)

        def work(conn: sqlite3.Connection) -> InterviewRecord:
            row = self._row(conn, record_id)
            turns = [
                self._turn(r)
                for r in conn.execute(
                    "SELECT * FROM turns WHERE record_id = ? ORDER BY seq", (record_id,)
                )
            ]
            return self._interview(row, turns)

        return self._read(work)

    def get_turn(self, turn_id: int) -> TurnRecord:
        def work(conn: sqlite3.Connection) -> TurnRecord:
            row = conn.execute("SELECT * FROM turns WHERE id = ?", (turn_id,)).fetchone()
            if row is None:
                raise JournalError(f"No journaled turn #{turn_id}.")
            return self._turn(row)

        return self._read(work)

    def find(self, interview_id: str, base_url: str | None = None) -> list[InterviewRecord]:
        """Interviews with this server id (several servers may reuse an id), newest first."""
        interview_id = interview_id.strip()

        def work(conn: sqlite3.Connection) -> list[int]:
            if base_url is None:
                rows = conn.execute(
                    "SELECT record_id FROM interviews WHERE interview_id = ? "
                    "ORDER BY started_at DESC, record_id DESC",
                    (interview_id,),
                )
            else:
                rows = conn.execute(
                    "SELECT record_id FROM interviews WHERE interview_id = ? AND base_url = ?",
                    (interview_id, base_url),
                )
            return [int(r[0]) for r in rows]

        return [self.get(rid) for rid in self._read(work)]

    def find_one(self, interview_id: str, base_url: str | None = None) -> InterviewRecord:
        """Exactly one interview, else :class:`UnknownInterviewError` (also when ambiguous)."""
        found = self.find(interview_id, base_url)
        if not found:
            raise UnknownInterviewError(f"No interview {interview_id!r} in the journal.")
        if len(found) > 1:
            servers = ", ".join(sorted({r.base_url for r in found}))
            raise UnknownInterviewError(
                f"Interview id {interview_id!r} exists on several servers ({servers}); "
                "name the study too."
            )
        return found[0]

    def list_interviews(
        self,
        *,
        study_name: str | None = None,
        status: InterviewStatus | None = None,
        limit: int | None = None,
        with_turns: bool = False,
    ) -> list[InterviewRecord]:
        """Interviews, newest first (turns left out unless ``with_turns``)."""
        where, params = [], []
        if study_name is not None:
            where.append("study_name = ?")
            params.append(study_name)
        if status is not None:
            where.append("status = ?")
            params.append(status)
        sql = "SELECT * FROM interviews"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY started_at DESC, record_id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"

        def work(conn: sqlite3.Connection) -> list[InterviewRecord]:
            return [self._interview(r) for r in conn.execute(sql, params)]

        records: list[InterviewRecord] = self._read(work)
        if with_turns:
            return [self.get(r.record_id) for r in records]
        return records

    def count_interviews(self, study_name: str | None = None) -> int:
        """How many interviews (of a study) the journal holds (an index answers it)."""

        def work(conn: sqlite3.Connection) -> int:
            if study_name is None:
                return int(conn.execute("SELECT COUNT(*) FROM interviews").fetchone()[0])
            sql = "SELECT COUNT(*) FROM interviews WHERE study_name = ?"
            return int(conn.execute(sql, (study_name,)).fetchone()[0])

        result: int = self._read(work)
        return result

    def pending_record_ids(self, study_name: str | None = None) -> set[int]:
        """The interviews that have an answer never confirmed sent (one query, no records)."""

        def work(conn: sqlite3.Connection) -> set[int]:
            sql = (
                "SELECT DISTINCT t.record_id FROM turns t JOIN interviews i USING (record_id) "
                "WHERE t.state = 'pending'"
            )
            params: list[Any] = []
            if study_name is not None:
                sql += " AND i.study_name = ?"
                params.append(study_name)
            return {int(r[0]) for r in conn.execute(sql, params)}

        result: set[int] = self._read(work)
        return result

    def pending_answers(self, study_name: str | None = None) -> list[PendingAnswer]:
        """Answers written but never confirmed sent (after a crash or a network cut)."""

        def work(conn: sqlite3.Connection) -> list[tuple[int, int]]:
            sql = (
                "SELECT t.id, t.record_id FROM turns t JOIN interviews i USING (record_id) "
                "WHERE t.state = 'pending'"
            )
            params: list[Any] = []
            if study_name is not None:
                sql += " AND i.study_name = ?"
                params.append(study_name)
            sql += " ORDER BY t.created_at, t.id"
            return [(int(r[0]), int(r[1])) for r in conn.execute(sql, params)]

        result = []
        for turn_id, record_id in self._read(work):
            record = self.get(record_id)
            turn = next(t for t in record.turns if t.id == turn_id)
            result.append(PendingAnswer(record, turn))
        return result

    def delete_interview(self, interview: InterviewRef) -> None:
        record_id = _ref(interview)
        self._tx(
            lambda conn: conn.execute("DELETE FROM interviews WHERE record_id = ?", (record_id,))
        )


__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "InterviewRecord",
    "InterviewStatus",
    "Journal",
    "JournalError",
    "PendingAnswer",
    "TurnRecord",
    "UnknownInterviewError",
]
