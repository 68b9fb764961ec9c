"""One interview as the journal holds it, followed: read again whenever the journal changed.

The loop is cheap: every :data:`POLL_SECONDS` it asks the journal's change counter
(:meth:`~koji_tui.journal.Journal.revision`, SQLite's ``PRAGMA data_version`` on a connection of
its own: no table is read) and reads the interview again only when it moved, incrementally from
the copy it holds (:meth:`~koji_tui.journal.Journal.refresh`: the turns after the last one, the
open ones again). Between polls it waits on an event (no busy loop), so :meth:`Follower.stop`
ends it at once. A new turn is therefore seen at most one poll after it was committed.

Only reads: the lease is looked at (who drives the interview), never taken.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from koji_tui.journal import InterviewRecord, Journal, JournalError
from koji_tui.journal.lease import LeaseHolder
from koji_tui.journal.notes import Note, notes_of


class WatchingJournal(Journal):
    """A journal opened to watch: it never takes a lease (asking for one is a mistake, said
    at once), so it has none to give back when it closes (a plain journal's close is a write)."""

    def acquire_lease(self, record_id: int) -> LeaseHolder | None:
        raise JournalError("An observer never drives an interview (no lease is taken).")

    def renew_leases(self) -> int:
        return 0

    def _before_close(self) -> None:
        """Nothing to give back."""


POLL_SECONDS = 0.2  # how often the change counter is asked
HOLDER_SECONDS = 5.0  # how often who drives it is asked again when nothing was committed


@dataclass(frozen=True)
class Snapshot:
    """The interview (with its turns), its notes and flags (every author's), the process that
    drives it now (None: nobody), and the journal revision they were read at."""

    record: InterviewRecord
    notes: tuple[Note, ...]
    driven_by: str | None
    revision: int
    read_at: float  # the follower's clock when it was read


class Follower:
    """Follows interview ``record_id`` of ``journal`` (see the module docstring).

    ``clock`` (monotonic seconds) stamps each snapshot; ``wait(seconds)`` waits between polls
    and returns True once stopped (default: an event :meth:`stop` sets)."""

    def __init__(
        self,
        journal: Journal,
        record_id: int,
        *,
        interval: float = POLL_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        wait: Callable[[float], bool] | None = None,
    ) -> None:
        self.journal = journal
        self.record_id = record_id
        self.interval = interval
        self.clock = clock
        self._stopped = threading.Event()
        self._wait = wait or self._stopped.wait
        self.polls = 0  # how many times the change counter was asked
        self.reads = 0  # how many times the interview was read

    def _holder(self) -> str | None:
        holder = self.journal.lease_holder(self.record_id)
        return holder.describe() if holder is not None else None

    def read(self) -> Snapshot:
        """The interview read whole (the first read, or after a change a refresh cannot
        follow). Raises :class:`~koji_tui.journal.UnknownInterviewError`."""
        revision = self.journal.revision()  # first: a commit after it is seen by the next poll
        record = self.journal.get(self.record_id)
        self.reads += 1
        return Snapshot(
            record,
            tuple(notes_of(self.journal, self.record_id)),
            self._holder(),
            revision,
            self.clock(),
        )

    def poll(self, last: Snapshot) -> Snapshot | None:
        """A newer snapshot when anything was committed since ``last`` (or who drives it
        changed), else None."""
        self.polls += 1
        revision = self.journal.revision()
        if revision == last.revision:
            if self.clock() - last.read_at < HOLDER_SECONDS:
                return None
            return Snapshot(last.record, last.notes, self._holder(), revision, self.clock())
        record = self.journal.refresh(last.record)
        self.reads += 1
        notes = tuple(notes_of(self.journal, self.record_id))
        return Snapshot(record, notes, self._holder(), revision, self.clock())

    def follow(self, first: Snapshot, changed: Callable[[Snapshot], None]) -> None:
        """Poll until :meth:`stop`, calling ``changed`` with each newer snapshot (from this
        thread). A journal that cannot be read for a moment is asked again at the next poll."""
        last = first
        while not self._wait(self.interval):
            if self._stopped.is_set():
                return
            try:
                newer = self.poll(last)
            except JournalError:
                if self._stopped.is_set():
                    return  # closed under our feet: we are leaving
                continue
            if newer is None:
                continue
            moved = newer.revision != last.revision or newer.driven_by != last.driven_by
            last = newer
            if moved:
                changed(newer)

    def stop(self) -> None:
        self._stopped.set()

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()


__all__ = ["HOLDER_SECONDS", "POLL_SECONDS", "Follower", "Snapshot", "WatchingJournal"]
