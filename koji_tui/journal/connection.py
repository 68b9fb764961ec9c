"""The journal's SQLite connections: one writer, and readers that never wait behind it.

- **Writes** go through one connection (``synchronous=FULL``: a committed write survives a
  power cut) under a lock, each public write one ``BEGIN IMMEDIATE`` transaction.
- **Reads** take a connection of their own from a pool (as many as ever ran at once, each
  ``query_only``), each in one read transaction, so a read sees one consistent snapshot and,
  in WAL mode, runs beside a write that is waiting on its fsync instead of queueing behind it.
  A read made inside a write (by the same thread) uses the writer, to see what it just wrote.
- :meth:`JournalConnection.revision` changes whenever anything was committed to the file, by
  this journal or by another process: a screen compares it with the revision its rows were
  read at, and reads again only when it moved.

Every method is safe to call from any thread (Textual thread workers, ``asyncio.to_thread``).
"""

from __future__ import annotations

import contextlib
import os
import queue
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from koji_tui import paths
from koji_tui.journal import schema
from koji_tui.journal.lease import default_clock, new_owner
from koji_tui.journal.records import JournalError
from koji_tui.journal.wording import _

T = TypeVar("T")


#: how long opening a journal waits for another connection switching a new file to WAL
WAL_SWITCH_WAIT = 10.0


def wal_mode(
    conn: sqlite3.Connection,
    *,
    wait: float = WAL_SWITCH_WAIT,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """``PRAGMA journal_mode=WAL``, waited for when another connection holds the file.

    On a new file, two connections switching it to WAL at the same moment (two windows
    started together on a fresh home) make one of them fail at once with "database is
    locked": SQLite does not call the busy handler for that lock, so the connection's
    timeout does not help. The switch is tried again, 5 ms apart and doubling up to 100 ms,
    for up to ``wait`` seconds; any other error is raised at once."""
    delay, waited = 0.005, 0.0
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if exc.sqlite_errorcode != sqlite3.SQLITE_BUSY or waited >= wait:
                raise
        sleep(delay)
        waited += delay
        delay = min(delay * 2, 0.1)


class JournalConnection:
    """Opens (and migrates) the journal file; the base of :class:`~koji_tui.journal.Journal`.

    ``owner`` names the app instance for interview leases (a fresh one by default); ``clock``
    is the wall clock leases and drafts are stamped with."""

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
        self._lock = threading.RLock()  # the writer
        self._local = threading.local()  # .writing: this thread is inside a write transaction
        self._idle: queue.SimpleQueue[sqlite3.Connection] = queue.SimpleQueue()
        self._readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()
        self._watch: sqlite3.Connection | None = None  # for revision(): one connection's view
        self._closed = False
        try:
            # Session tokens and answers live here: the file and its folder are the user's
            # alone (SQLite gives the -wal and -shm files the database file's mode).
            paths.private_file(self.path)
            self._conn = self._connect()
        except (OSError, sqlite3.Error) as exc:
            raise JournalError(
                _("Cannot open the journal at {path}: {exc}", path=self.path, exc=exc)
            ) from None
        try:
            wal_mode(self._conn)
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise JournalError(
                _(
                    "The journal at {path} is damaged or not a koji-tui journal ({exc}). Move it aside to start a new one; it was left untouched.",
                    path=self.path,
                    exc=exc,
                )
            ) from None

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=10.0
        )
        conn.row_factory = sqlite3.Row
        return conn

    def _migrate(self) -> None:
        with self._lock:
            schema.migrate(self._conn, self.path, schema.MIGRATIONS)

    # -- lifecycle ---------------------------------------------------------------
    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def _before_close(self) -> None:
        """Last writes before the connections close (the journal gives its leases back)."""

    def close(self) -> None:
        """Close the journal; the interviews this owner drove are free for others again."""
        with self._lock:
            if self._closed:
                return
            with contextlib.suppress(sqlite3.Error, JournalError):
                self._before_close()
            with self._readers_lock:
                self._closed = True
                # Only the idle readers: one another thread is reading on is closed as it is
                # given back (``_give_back``). Closing it under that thread's statement
                # crashed the process (a segmentation fault in SQLite: an app quitting while
                # a thread worker still read the study list).
                idle = []
                with contextlib.suppress(queue.Empty):
                    while True:
                        idle.append(self._idle.get_nowait())
                self._readers = []
                watch, self._watch = self._watch, None
            for conn in [*idle, *([watch] if watch is not None else [])]:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions --------------------------------------------------------------
    def _tx(self, fn: Callable[[sqlite3.Connection], T], *, fsync: bool = True) -> T:
        """Run ``fn(conn)`` in one write transaction, committed on return: fsync'd
        (``synchronous=FULL``), or with ``fsync=False`` left to the next fsync'd commit or
        checkpoint (``NORMAL``: a power cut may lose it, a crash of koji-tui does not; for
        drafts, saved as they are typed). The WAL is appended in order, so an fsync'd commit
        also makes every earlier one durable."""
        with self._lock:
            try:
                if not fsync:
                    self._conn.execute("PRAGMA synchronous=NORMAL")
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.ProgrammingError as exc:
                raise JournalError(_("The journal is closed ({exc}).", exc=exc)) from None
            except BaseException:
                if not fsync:  # e.g. the database stayed locked: FULL again for the next one
                    self._conn.execute("PRAGMA synchronous=FULL")
                raise
            outer = getattr(self._local, "writing", False)
            self._local.writing = True
            try:
                result = fn(self._conn)
                self._conn.execute("COMMIT")
                return result
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            finally:
                self._local.writing = outer
                if not fsync:
                    self._conn.execute("PRAGMA synchronous=FULL")

    def _read(self, fn: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``fn(conn)`` on a read connection, in one snapshot."""
        if getattr(self._local, "writing", False):
            return fn(self._conn)  # inside this thread's write: see what it wrote
        conn = self._take_reader()
        try:
            conn.execute("BEGIN")
            try:
                return fn(conn)
            finally:
                conn.execute("COMMIT")
        except sqlite3.ProgrammingError as exc:
            raise JournalError(_("The journal is closed ({exc}).", exc=exc)) from None
        finally:
            self._give_back(conn)

    def _take_reader(self) -> sqlite3.Connection:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._readers_lock:
            if self._closed:
                raise JournalError(_("The journal is closed."))
            try:
                conn = self._connect()
                conn.execute("PRAGMA query_only=ON")
            except sqlite3.Error as exc:
                raise JournalError(
                    _("Cannot read the journal at {path}: {exc}", path=self.path, exc=exc)
                ) from None
            self._readers.append(conn)
            return conn

    def _give_back(self, conn: sqlite3.Connection) -> None:
        with self._readers_lock:
            if self._closed:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
                return
        self._idle.put(conn)

    def sync(self) -> None:
        """Make every commit so far survive a power cut: fsync the write-ahead log, which holds
        them in order (what ``synchronous=FULL`` does at a commit). For a commit made with
        ``fsync=False`` that must be durable soon but not before the caller goes on: the
        answer path commits the pending answer, sends it, and syncs meanwhile in its thread.
        No log file: everything is in the database file, synced when it was checkpointed."""
        try:
            fd = os.open(f"{self.path}-wal", os.O_RDWR)
        except FileNotFoundError:
            return
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def revision(self) -> int:
        """A number that changes whenever a transaction was committed to the journal (by any
        connection or process) since the last call's value; equal values mean nothing
        changed in between. Microseconds: no table is read."""
        with self._readers_lock:
            if self._closed:
                raise JournalError(_("The journal is closed."))
            if self._watch is None:
                self._watch = self._connect()
            return int(self._watch.execute("PRAGMA data_version").fetchone()[0])


__all__ = ["JournalConnection"]
