"""The journals on this machine and the interviews in them an observer may watch.

The user's journal (``paths.data_dir()/journal.sqlite3``) and the journals of the demos and
kiosk demos running now (``data_dir()/demo/run-*/``, ``kiosk-*/``), plus any the caller names.
Nothing is created: a journal that does not exist is not made (opening one would leave an empty
file behind). Each journal is opened, read and closed; no lease is taken. Call from a thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from koji_tui import paths
from koji_tui.journal import InterviewRecord, JournalError
from koji_tui.observe.follower import WatchingJournal

PER_JOURNAL = 50  # the most recent interviews looked at in each journal


@dataclass(frozen=True)
class Watchable:
    """One interview an observer can open: where its journal is, the record (without its
    turns), and the process that drives it now (None: nobody drives it at the moment)."""

    path: Path
    record: InterviewRecord
    driven_by: str | None = None
    demo: bool = False

    @property
    def in_progress(self) -> bool:
        return self.record.status != "completed"

    @property
    def record_id(self) -> int:
        return self.record.record_id


def journals_here(extra: Iterable[Path | str] = ()) -> list[Path]:
    """The journal files that exist: the ones named first, then the user's, then the demos'
    (newest first)."""
    data = paths.data_dir(create=False)
    found: list[Path] = [Path(p).expanduser() for p in extra]
    found.append(data / "journal.sqlite3")
    demos = [*(data / "demo").glob("run-*/journal.sqlite3")]
    demos += [*(data / "demo").glob("kiosk-*/journal.sqlite3")]
    with contextlib.suppress(OSError):
        demos.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    found += demos
    unique: dict[Path, None] = {}
    for path in found:
        if path.is_file():
            unique.setdefault(path.resolve(), None)
    return list(unique)


def _in(
    path: Path, demo: bool, interview_id: str | None, clock: Callable[[], float] | None
) -> list[Watchable]:
    try:
        journal = WatchingJournal(path, clock=clock)
    except JournalError:
        return []  # a demo quitting right now, or not a journal: nothing to watch there
    with journal:
        if interview_id is not None:
            records = journal.find(interview_id)
            if not records and interview_id.isdigit():  # a record number, as the list shows
                with contextlib.suppress(JournalError):
                    records = [journal.summary(int(interview_id))]
        else:
            records = journal.list_interviews(limit=PER_JOURNAL)
        out = []
        for record in records:
            holder = journal.lease_holder(record.record_id)
            out.append(
                Watchable(path, record, holder.describe() if holder is not None else None, demo)
            )
        return out


def find_interviews(
    journals: Sequence[Path] | None = None,
    interview_id: str | None = None,
    *,
    clock: Callable[[], float] | None = None,
) -> list[Watchable]:
    """The interviews worth watching, best first: the ones in progress and driven now, then
    the others in progress, then the completed ones, each newest first. With ``interview_id`` only that interview
    (several when several servers reused the id). ``clock``: the wall clock (seconds) a
    lease's age is judged by (default: the time now)."""
    data = paths.data_dir(create=False).resolve()
    found: list[Watchable] = []
    for path in journals if journals is not None else journals_here():
        demo = (data / "demo") in path.parents
        found += _in(path, demo, interview_id.strip() if interview_id else None, clock)

    def rank(item: Watchable) -> int:
        if not item.in_progress:
            return 2
        return 0 if item.driven_by is not None else 1

    found.sort(key=lambda w: w.record.updated_at, reverse=True)
    found.sort(key=rank)
    return found


__all__ = ["PER_JOURNAL", "Watchable", "find_interviews", "journals_here"]
