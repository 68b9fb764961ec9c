"""SQLite persistence of sandbox interviews (``<data_dir>/sandbox.sqlite3``).

Every method is thread-safe: the app calls them inline in the event loop for small requests
(each is a few indexed statements, tens of microseconds) and from a worker thread for large
bodies. Nothing on the request path grows with the store: every lookup is by primary key or
index (the next ``seq`` reads the last rowid), a new interview appends to every b-tree but
the unique index of its random id (see :mod:`~koji_tui.server.store_schema`), and there is no
store-wide lock:

- reads use a pool of connections (WAL lets them run beside a writer), each ``get`` in one
  read transaction, so it sees one consistent snapshot;
- writes go through one connection under a write lock (SQLite has one writer anyway), and so
  does :meth:`head`, the one-statement read of an interview about to be changed (a message,
  a completion): that connection's page cache survives its own writes, a reader's does not;
- :meth:`interview_lock` serialises the read-modify-write of ONE interview (two messages to the
  same interview), not of the whole store.

``synchronous=OFF``: commits and checkpoints never wait for an fsync. This is sandbox data: it
survives the server's crash or restart (a restarted sandbox on the same data dir knows every
interview); only a power cut or OS crash could lose the last writes.
"""

from __future__ import annotations

import contextlib
import json
import queue
import sqlite3
import threading
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic_core import from_json, to_json

from koji_tui import paths
from koji_tui.server.store_schema import ensure_schema

DB_NAME = "sandbox.sqlite3"
CACHE_KIB = 16 * 1024  # per connection, filled only as pages are read
MMAP_BYTES = 256 << 20  # shared with the OS page cache, not copied per connection


@dataclass
class StoredMessage:
    role: str
    content: str
    created_at: float
    question: dict[str, Any] | None = None


@dataclass
class StoredInterview:
    id: str
    study_id: str
    session_token: str
    status: str
    respondent: dict[str, Any] | None
    mode: str
    locale: str
    created_at: float
    completed_at: float | None
    completion_reason: str | None
    quality_score: float | None
    feedback: dict[str, Any] | None
    is_complete: bool
    state: dict[str, Any]
    messages: list[StoredMessage] = field(default_factory=list)
    seq: int = 0  # the store's key of it (set by create, get and head)
    earlier: int = 0  # stored messages before ``messages[0]`` that were not read (head)

    @property
    def turn_count(self) -> int:
        """How many messages it has (read or not)."""
        return self.earlier + len(self.messages)


# pydantic's JSON (de)serializer (pydantic is a dependency already) takes a quarter to a half of
# the json module's time on an interview's state; what it does not take (nesting deeper than it
# goes) goes to the json module.


def _dumps(value: Any) -> str | None:
    if value is None:
        return None
    try:
        return to_json(value).decode("utf-8")
    except ValueError:  # PydanticSerializationError
        return json.dumps(value, ensure_ascii=False)


def _loads(value: str | None) -> Any:
    if value is None:
        return None
    try:
        return from_json(value)
    except ValueError:
        return json.loads(value)


_INTERVIEW = (
    "id, study_id, session_token, status, respondent, mode, locale, created_at, completed_at,"
    " completion_reason, quality_score, feedback, is_complete, state, seq"
)
_GET = f"SELECT {_INTERVIEW} FROM interviews WHERE id = ?"
# An interview and the seq of its last message (the seqs of its messages are 0, 1, ...): the
# messages' primary key is (interview_seq, seq), so this reads one row of them.
_HEAD = (
    f"SELECT {', '.join('i.' + c.strip() for c in _INTERVIEW.split(','))}, m.seq"
    " FROM interviews AS i LEFT JOIN messages AS m ON m.interview_seq = i.seq"
    " WHERE i.id = ? ORDER BY m.seq DESC LIMIT 1"
)


def _interview(row: Any, messages: list[StoredMessage]) -> StoredInterview:
    """A row of ``SELECT {_INTERVIEW}`` as an interview holding ``messages``."""
    return StoredInterview(
        id=row[0],
        study_id=row[1],
        session_token=row[2],
        status=row[3],
        respondent=_loads(row[4]),
        mode=row[5],
        locale=row[6],
        created_at=row[7],
        completed_at=row[8],
        completion_reason=row[9],
        quality_score=row[10],
        feedback=_loads(row[11]),
        is_complete=bool(row[12]),
        state=_loads(row[13]),
        messages=messages,
        seq=row[14],
    )


class _Lock:
    """A lock that a WeakValueDictionary can hold (``threading.Lock`` takes no weak refs)."""

    __slots__ = ("__weakref__", "lock")

    def __init__(self) -> None:
        self.lock = threading.Lock()


class InterviewStore:
    """Interviews and their transcripts; every method is thread-safe."""

    def __init__(self, data_dir: Path) -> None:
        # The sandbox keeps session tokens and transcripts: its folder (when it makes it) and
        # its database are the user's alone.
        self.path = paths.private_file(data_dir / DB_NAME)
        self._write_lock = threading.Lock()
        self._db = self._connect()
        self._db.execute("PRAGMA journal_mode=WAL")
        ensure_schema(self._db)
        self._idle_readers: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()
        self._readers: list[sqlite3.Connection] = []
        self._locks_lock = threading.Lock()
        self._interview_locks: weakref.WeakValueDictionary[str, _Lock] = (
            weakref.WeakValueDictionary()
        )
        self._closed = False

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        db.execute("PRAGMA synchronous=OFF")
        db.execute("PRAGMA busy_timeout=5000")
        # Ids are random, so each new interview lands on a random page of the id indexes and a
        # GET reads a random one: the memory map (shared with the OS page cache) and a page
        # cache larger than SQLite's 2 MiB default keep those reads off read(2) as it grows.
        db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        db.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        return db

    @contextmanager
    def _reader(self) -> Iterator[sqlite3.Connection]:
        """A read connection of the pool (as many as reads ever ran at once)."""
        try:
            db = self._idle_readers.get_nowait()
        except queue.Empty:
            with self._locks_lock:
                if self._closed:
                    raise sqlite3.ProgrammingError("the sandbox store is closed") from None
                db = self._connect()
                db.execute("PRAGMA query_only=ON")
                self._readers.append(db)
        try:
            yield db
        finally:
            with self._locks_lock:
                closed = self._closed
            if closed:  # closed while it read: closed now, not under the statement
                db.close()
            else:
                self._idle_readers.put(db)

    @contextmanager
    def interview_lock(self, interview_id: str) -> Iterator[None]:
        """Hold it around a read-modify-write of one interview."""
        with self._locks_lock:
            lock = self._interview_locks.get(interview_id)
            if lock is None:
                lock = _Lock()
                self._interview_locks[interview_id] = lock
        with lock.lock:
            yield

    def close(self) -> None:
        """Close the store: the idle readers now, one a request is reading on when it is given
        back (closing it under the statement can crash the process in SQLite)."""
        idle = []
        with self._locks_lock:
            self._closed = True
            self._readers = []
            with contextlib.suppress(queue.Empty):
                while True:
                    idle.append(self._idle_readers.get_nowait())
        for db in idle:
            db.close()
        with self._write_lock:
            self._db.close()

    def create(self, make: Callable[[int], StoredInterview]) -> StoredInterview:
        """Store the interview ``make(seq)`` builds, ``seq`` being the next sequence number
        (read and used in one write transaction, so two creations never share one)."""
        with self._write_lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                # seq is the rowid: MAX reads the last entry (the WHERE only lets the plan say
                # so, "SEARCH ... USING INTEGER PRIMARY KEY"; every seq is at least 1)
                row = self._db.execute("SELECT MAX(seq) FROM interviews WHERE seq > 0").fetchone()
                seq = int(row[0] or 0) + 1
                interview = make(seq)
                interview.seq = seq
                self._db.execute(
                    "INSERT INTO interviews (seq, id, study_id, session_token, status, respondent,"
                    " mode, locale, created_at, completed_at, completion_reason, quality_score,"
                    " feedback, is_complete, state) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        seq,
                        interview.id,
                        interview.study_id,
                        interview.session_token,
                        interview.status,
                        _dumps(interview.respondent),
                        interview.mode,
                        interview.locale,
                        interview.created_at,
                        interview.completed_at,
                        interview.completion_reason,
                        interview.quality_score,
                        _dumps(interview.feedback),
                        int(interview.is_complete),
                        _dumps(interview.state),
                    ),
                )
                self._insert_messages(interview, 0, interview.messages)
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        return interview

    def _insert_messages(
        self, interview: StoredInterview, start: int, messages: list[StoredMessage]
    ) -> None:
        self._db.executemany(
            "INSERT INTO messages (interview_seq, seq, interview_id, role, content, created_at,"
            " question) VALUES (?,?,?,?,?,?,?)",
            [
                (
                    interview.seq,
                    start + n,
                    interview.id,
                    message.role,
                    message.content,
                    message.created_at,
                    _dumps(message.question),
                )
                for n, message in enumerate(messages)
            ],
        )

    def get(self, interview_id: str) -> StoredInterview | None:
        with self._reader() as db:
            return self._get(db, interview_id)

    def head(self, interview_id: str) -> StoredInterview | None:
        """The interview without its messages (``earlier`` says how many it has), to change it
        (hold :meth:`interview_lock`): one statement, so one snapshot, and the same work
        however long the transcript. It runs on the writer's connection, whose page cache its
        own writes keep (a reader's cache is dropped on every write of another connection, so
        a read right after a write read every page again: 3x the time)."""
        with self._write_lock:
            row = self._db.execute(_HEAD, (interview_id,)).fetchone()
        if row is None:
            return None
        interview = _interview(row, [])
        interview.earlier = 0 if row[15] is None else row[15] + 1
        return interview

    @staticmethod
    def _get(db: sqlite3.Connection, interview_id: str) -> StoredInterview | None:
        db.execute("BEGIN")  # one snapshot for the interview and its messages
        try:
            row = db.execute(_GET, (interview_id,)).fetchone()
            if row is None:
                return None
            messages = [
                StoredMessage(role, content, created_at, _loads(question))
                for role, content, created_at, question in db.execute(
                    "SELECT role, content, created_at, question FROM messages"
                    " WHERE interview_seq = ? ORDER BY seq",
                    (row[14],),
                )
            ]
        finally:
            db.execute("COMMIT")
        return _interview(row, messages)

    def append_exchange(
        self,
        interview: StoredInterview,
        new_messages: list[StoredMessage],
    ) -> None:
        """Store new messages and the interview's new state in one transaction."""
        with self._write_lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._insert_messages(interview, interview.turn_count, new_messages)
                self._db.execute(
                    "UPDATE interviews SET state = ?, is_complete = ? WHERE seq = ?",
                    (_dumps(interview.state), int(interview.is_complete), interview.seq),
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
        interview.messages.extend(new_messages)

    def complete(self, interview: StoredInterview) -> None:
        with self._write_lock:
            self._db.execute(
                "UPDATE interviews SET status = ?, completed_at = ?, completion_reason = ?,"
                " quality_score = ?, feedback = ? WHERE seq = ?",
                (
                    interview.status,
                    interview.completed_at,
                    interview.completion_reason,
                    interview.quality_score,
                    _dumps(interview.feedback),
                    interview.seq,
                ),
            )
