"""Several stations, one study: merge another station's journal (or its JSON exports) into this
one, by interview id.

Koji has no call that lists a study's interviews, so a field study run on several kiosks only
comes together by bringing their journals together. :func:`merge_into` reads the other side
(a journal file, read-only, or a folder of ``koji-tui export`` JSON files and journals) and for
each interview (the same server and interview id are the same interview):

- not here: added, with its turns as they were (times, structured values, questions);
- here and the same: nothing happens (so a second merge is a no-op);
- here and different: the copy that got further wins, here and on the other station alike,
  so merging A into B and B into A gives the same interviews. "Further" is, in order: the
  status (completed > awaiting completion > active), the number of turns, the last activity
  (latest turn or completion time), having a quality score; on a full tie, a fingerprint of
  the content decides (arbitrary, but the same either way);
- here but in use (another live window drives it, or it has an answer not yet confirmed sent
  here): kept, and said so.

The other station's unsent answers (``pending``) are not copied: that station owns them and
will resend them itself. Session tokens come along from a journal (this user's own machines),
never from an export (which has none); a token already here is never dropped.
Writes go in transactions of :data:`BATCH` interviews; the report says what came in.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from koji_tui.i18n import app_translator
from koji_tui.journal.stations_read import (
    Incoming,
    IncomingTurn,
    SourceError,
    read_source,
)

T = TypeVar("T")
BATCH = 200
_STATUS_RANK = {"active": 0, "awaiting_completion": 1, "completed": 2}


class Connected(Protocol):
    def _tx(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...
    def lease_holder(self, record_id: int) -> Any: ...


@dataclass
class MergeReport:
    source: str
    files: int = 0
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    kept_here: list[str] = field(default_factory=list)  # this journal's copy got further
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (interview id, why)
    unsent_elsewhere: int = 0  # the other station's pending answers, left there
    problems: list[tuple[str, str]] = field(default_factory=list)  # (file, why)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated)

    def summary(self) -> str:
        tr = app_translator()
        parts = [
            tr.gettext("{n} added").format(n=len(self.added)),
            tr.gettext("{n} updated (newer there)").format(n=len(self.updated)),
            tr.gettext("{n} kept (newer here)").format(n=len(self.kept_here)),
            tr.gettext("{n} unchanged").format(n=self.unchanged),
        ]
        if self.skipped:
            parts.append(tr.gettext("{n} skipped").format(n=len(self.skipped)))
        said = tr.gettext("Merged {source}: {parts}.")
        text = said.format(source=self.source, parts=", ".join(parts))
        if self.unsent_elsewhere:
            said = tr.ngettext(
                "{n} unsent answer stays with its station (it resends it itself).",
                "{n} unsent answers stay with their station (it resends them itself).",
                self.unsent_elsewhere,
            )
            text += " " + said.format(n=self.unsent_elsewhere)
        return text


def _root(url: str) -> str:
    return url.strip().rstrip("/")


def _last_activity(status_completed_at: str | None, turns: list[IncomingTurn]) -> str:
    times = [t.created_at for t in turns if t.created_at]
    if status_completed_at:
        times.append(status_completed_at)
    return max(times, default="")


def fingerprint(item: Incoming) -> str:
    """What the interview holds (not how it is spelled: questions and write times left out)."""
    data = [
        item.status,
        item.completion_reason,
        item.quality_score,
        item.completed_at,
        item.turn_count,
        item.started_at,
        [(t.role, t.content, t.created_at, t.state, t.answer_value) for t in item.turns],
    ]
    blob = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def progress(item: Incoming) -> tuple[Any, ...]:
    """How far an interview got (see the module docstring); the greater copy wins."""
    return (
        _STATUS_RANK.get(item.status, 0),
        len(item.turns),
        _last_activity(item.completed_at, item.turns),
        item.quality_score is not None,
        fingerprint(item),
    )


def _local(conn: sqlite3.Connection, record_id: int) -> Incoming:
    from koji_tui.journal.stations_read import incoming_from_rows

    row = conn.execute("SELECT * FROM interviews WHERE record_id = ?", (record_id,)).fetchone()
    turns = conn.execute(
        "SELECT * FROM turns WHERE record_id = ? ORDER BY seq", (record_id,)
    ).fetchall()
    return incoming_from_rows(row, turns, keep_pending=True)


def _write_turns(conn: sqlite3.Connection, record_id: int, turns: list[IncomingTurn]) -> None:
    conn.execute("DELETE FROM turns WHERE record_id = ?", (record_id,))
    conn.executemany(
        "INSERT INTO turns (record_id, seq, role, content, created_at, state, question,"
        " answer_value, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                record_id,
                seq,
                t.role,
                t.content,
                t.created_at,
                t.state,
                t.question_json,
                t.answer_value_json,
                t.sent_at,
            )
            for seq, t in enumerate(turns, start=1)
        ],
    )


_FIELDS = (
    "session_token",
    "respondent",
    "mode",
    "locale",
    "status",
    "started_at",
    "completed_at",
    "updated_at",
    "turn_count",
    "quality_score",
    "completion_reason",
)


def _values(item: Incoming, token: str | None) -> tuple[Any, ...]:
    return (
        item.session_token or token,
        item.respondent_json,
        item.mode,
        item.locale,
        item.status,
        item.started_at,
        item.completed_at,
        item.updated_at or _last_activity(item.completed_at, item.turns) or item.started_at,
        item.turn_count,
        item.quality_score,
        item.completion_reason,
    )


def _merge_one(
    journal: Connected, conn: sqlite3.Connection, item: Incoming, report: MergeReport
) -> None:
    root = _root(item.base_url)
    candidates = conn.execute(
        "SELECT record_id, base_url, session_token FROM interviews WHERE interview_id = ?",
        (item.interview_id,),
    ).fetchall()
    row = next((r for r in candidates if _root(r["base_url"]) == root), None)
    if row is None:
        cur = conn.execute(
            "INSERT INTO interviews (study_name, base_url, interview_id, "
            + ", ".join(_FIELDS)
            + ") VALUES (?, ?, ?, "
            + ", ".join("?" for _ in _FIELDS)
            + ")",
            (item.study_name, root, item.interview_id, *_values(item, None)),
        )
        _write_turns(conn, int(cur.lastrowid or 0), item.turns)
        report.added.append(item.interview_id)
        return
    record_id = int(row["record_id"])
    here = _local(conn, record_id)
    if fingerprint(here) == fingerprint(item):
        report.unchanged += 1
        return
    if progress(here) >= progress(item):
        report.kept_here.append(item.interview_id)
        return
    if any(t.state == "pending" for t in here.turns):
        why = app_translator().gettext("it has an answer here not yet confirmed sent")
        report.skipped.append((item.interview_id, why))
        return
    if journal.lease_holder(record_id) is not None:
        why = app_translator().gettext("another koji-tui window drives it now")
        report.skipped.append((item.interview_id, why))
        return
    conn.execute(
        "UPDATE interviews SET "
        + ", ".join(f"{name} = ?" for name in _FIELDS)
        + " WHERE record_id = ?",
        (*_values(item, row["session_token"]), record_id),
    )
    _write_turns(conn, record_id, item.turns)
    report.updated.append(item.interview_id)


def _batches(items: Iterator[Incoming], size: int) -> Iterator[list[Incoming]]:
    batch: list[Incoming] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def merge_into(
    journal: Connected,
    source: Path,
    *,
    study_name: str | None = None,
    this_journal: Path | None = None,
) -> MergeReport:
    """Merge ``source`` (a journal file, or a folder of exports and journals) into ``journal``.
    ``study_name``: only that study's interviews. Raises :class:`SourceError` when the source
    cannot be read at all; a single unreadable file in a folder is listed in the report."""
    report = MergeReport(source=str(source))
    items = read_source(source, report.problems, skip=this_journal)

    def wanted() -> Iterator[Incoming]:
        for item in items:
            if study_name is not None and item.study_name != study_name:
                continue
            report.unsent_elsewhere += item.dropped_pending
            yield item

    for batch in _batches(wanted(), BATCH):

        def work(conn: sqlite3.Connection, batch: list[Incoming] = batch) -> None:
            for item in batch:
                _merge_one(journal, conn, item, report)

        journal._tx(work)
    report.files = items.files
    return report


__all__ = ["BATCH", "MergeReport", "SourceError", "fingerprint", "merge_into", "progress"]
