"""Reading the journal: whole interviews, and the incremental reads a screen needs.

Every read runs on a read connection of its own (see :mod:`koji_tui.journal.connection`), so
it never waits behind an answer's fsync. What grows with a study or an interview is read in
pieces: a page of a study's interviews (:meth:`JournalReads.list_interviews` with ``offset``),
the turns after a sequence number (:meth:`JournalReads.turns_after`), a record brought up to
date from the copy a caller holds (:meth:`JournalReads.refresh`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from koji_tui.journal.connection import JournalConnection
from koji_tui.journal.records import (
    InterviewRecord,
    InterviewRef,
    InterviewStatus,
    JournalError,
    PendingAnswer,
    TurnRecord,
    UnknownInterviewError,
    interview_from_row,
    ref,
    turn_from_row,
)
from koji_tui.journal.wording import _

# Turns of a record that a later write may change in place (the rest only ever get appended to):
# a pending answer gets sent or discarded, a discarded one may be found on the server.
_OPEN_STATES = frozenset({"pending", "discarded"})
_TAIL = 8  # how far back from its end a record's changed turn is looked for before a full scan


def row_of(conn: sqlite3.Connection, record_id: int) -> sqlite3.Row:
    row = conn.execute("SELECT * FROM interviews WHERE record_id = ?", (record_id,)).fetchone()
    if row is None:
        raise UnknownInterviewError(
            _("No interview #{record_id} in the journal.", record_id=record_id)
        )
    return row


def all_turns(conn: sqlite3.Connection, record_id: int) -> list[TurnRecord]:
    return [
        turn_from_row(r)
        for r in conn.execute("SELECT * FROM turns WHERE record_id = ? ORDER BY seq", (record_id,))
    ]


def whole(conn: sqlite3.Connection, record_id: int) -> InterviewRecord:
    return interview_from_row(row_of(conn, record_id), all_turns(conn, record_id))


def index_of(turns: Sequence[TurnRecord], turn_id: int) -> int | None:
    """Where turn ``turn_id`` is in ``turns``: looked for from the end (an answer is the last
    turn or near it), so the cost does not grow with the interview."""
    for index in range(len(turns) - 1, max(-1, len(turns) - 1 - _TAIL), -1):
        if turns[index].id == turn_id:
            return index
    for index in range(len(turns) - 1 - _TAIL, -1, -1):
        if turns[index].id == turn_id:
            return index
    return None


def incremental(
    conn: sqlite3.Connection, base: InterviewRecord, changed: Sequence[int] = ()
) -> InterviewRecord:
    """``base`` brought up to date: its row, the turns after its last one, and its turns whose
    ids are in ``changed`` or that are open (pending, discarded) read again. A handful of
    indexed reads whatever the interview's length. When the journal's turns no longer continue
    the base's (a merge renumbered or inserted turns), the record is read whole. A merge's
    result is the record read whole: hold that one, not the copy from before the merge."""
    record_id = base.record_id
    row = row_of(conn, record_id)
    turns = base.turns
    if not turns:
        return interview_from_row(row, all_turns(conn, record_id))
    last = turns[-1]
    at = conn.execute(
        "SELECT id FROM turns WHERE record_id = ? AND seq = ?", (record_id, last.seq)
    ).fetchone()
    if at is None or int(at[0]) != last.id:
        return interview_from_row(row, all_turns(conn, record_id))
    newer = tuple(
        turn_from_row(r)
        for r in conn.execute(
            "SELECT * FROM turns WHERE record_id = ? AND seq > ? ORDER BY seq",
            (record_id, last.seq),
        )
    )
    # Turns are only ever appended, or all renumbered 1..n by a merge (which moves the base's
    # last turn if it put anything before it): the check above tells the two apart.
    # Turns that may have changed in place: those the caller names, the open ones at the end of
    # its copy (an answer is pending at the end; nothing is answered while one is), and those
    # the journal holds open now, wherever they are (a handful, found by the record's index).
    reread = set(changed)
    reread.update(t.id for t in turns[-_TAIL:] if t.state in _OPEN_STATES)
    reread.update(
        int(r[0])
        for r in conn.execute(
            "SELECT id FROM turns WHERE record_id = ? AND seq <= ?"
            " AND state IN ('pending', 'discarded')",
            (record_id, last.seq),
        )
    )
    # Built from the base's turns without copying them: a turn added or replaced copies one
    # chunk (see :mod:`koji_tui.journal.turns`).
    if not reread:
        return interview_from_row(row, turns.appended(*newer))
    marks = ",".join("?" * len(reread))
    fresh = {
        int(r["id"]): turn_from_row(r)
        for r in conn.execute(
            f"SELECT * FROM turns WHERE record_id = ? AND id IN ({marks})", (record_id, *reread)
        )
    }
    updated = turns
    for turn_id, turn in fresh.items():
        index = index_of(updated, turn_id)
        if index is None or updated[index].seq != turn.seq:
            return interview_from_row(row, all_turns(conn, record_id))
        updated = updated.replaced(index, turn)
    return interview_from_row(row, updated.appended(*newer))


def ids_of(conn: sqlite3.Connection, interview_id: str, base_url: str | None) -> list[int]:
    """The record ids of the interviews with this server id: newest first, or the one
    journaled for ``base_url``."""
    if base_url is None:
        rows = conn.execute(
            "SELECT record_id FROM interviews WHERE interview_id = ? "
            "ORDER BY started_at DESC, record_id DESC",
            (interview_id.strip(),),
        )
    else:
        rows = conn.execute(
            "SELECT record_id FROM interviews WHERE interview_id = ? AND base_url = ?",
            (interview_id.strip(), base_url),
        )
    return [int(r[0]) for r in rows.fetchall()]


class JournalReads(JournalConnection):
    """The journal's reads (mixed into :class:`~koji_tui.journal.Journal`)."""

    def get(self, interview: InterviewRef) -> InterviewRecord:
        """The interview with all its turns. Raises :class:`UnknownInterviewError`."""
        record_id = ref(interview)
        return self._read(lambda conn: whole(conn, record_id))

    def summary(self, interview: InterviewRef) -> InterviewRecord:
        """The interview without its turns (one indexed read)."""
        record_id = ref(interview)
        return self._read(lambda conn: interview_from_row(row_of(conn, record_id)))

    def refresh(self, record: InterviewRecord) -> InterviewRecord:
        """``record`` as the journal holds it now, read incrementally from the caller's copy:
        the row, the turns after its last, its pending turns again (see :func:`incremental`)."""
        return self._read(lambda conn: incremental(conn, record))

    def turns_after(
        self, interview: InterviewRef, seq: int, limit: int | None = None
    ) -> list[TurnRecord]:
        """The turns whose sequence number is above ``seq``, in order (``limit`` at most)."""
        record_id = ref(interview)
        sql = "SELECT * FROM turns WHERE record_id = ? AND seq > ? ORDER BY seq"
        params: tuple[Any, ...] = (record_id, int(seq))
        if limit is not None:
            sql += " LIMIT ?"
            params = (*params, int(limit))

        def work(conn: sqlite3.Connection) -> list[TurnRecord]:
            return [turn_from_row(r) for r in conn.execute(sql, params)]

        return self._read(work)

    def get_turn(self, turn_id: int) -> TurnRecord:
        def work(conn: sqlite3.Connection) -> TurnRecord:
            row = conn.execute("SELECT * FROM turns WHERE id = ?", (turn_id,)).fetchone()
            if row is None:
                raise JournalError(_("No journaled turn #{turn_id}.", turn_id=turn_id))
            return turn_from_row(row)

        return self._read(work)

    def find(self, interview_id: str, base_url: str | None = None) -> list[InterviewRecord]:
        """Interviews with this server id (several servers may reuse an id), newest first."""
        return self._read(
            lambda conn: [whole(conn, rid) for rid in ids_of(conn, interview_id, base_url)]
        )

    def find_ids(self, interview_id: str, base_url: str | None = None) -> list[int]:
        """The record ids :meth:`find` would read, in its order (no turns read)."""
        return self._read(lambda conn: ids_of(conn, interview_id, base_url))

    def find_one(self, interview_id: str, base_url: str | None = None) -> InterviewRecord:
        """Exactly one interview, else :class:`UnknownInterviewError` (also when ambiguous)."""
        found = self.find(interview_id, base_url)
        if not found:
            raise UnknownInterviewError(
                _("No interview {interview_id!r} in the journal.", interview_id=interview_id)
            )
        if len(found) > 1:
            servers = ", ".join(sorted({r.base_url for r in found}))
            raise UnknownInterviewError(
                _(
                    "Interview id {interview_id!r} exists on several servers ({servers}); name the study too.",
                    interview_id=interview_id,
                    servers=servers,
                )
            )
        return found[0]

    def list_interviews(
        self,
        *,
        study_name: str | None = None,
        status: InterviewStatus | None = None,
        limit: int | None = None,
        offset: int = 0,
        with_turns: bool = False,
        respondent: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[InterviewRecord]:
        """Interviews, newest first (turns left out unless ``with_turns``); ``offset`` and
        ``limit`` give one page (the study index orders them, nothing is sorted).
        ``respondent``: text in the display name or external id (any case); ``since`` /
        ``until``: ``started_at`` at or after / before these ISO times (a date is a time)."""
        where, params = _where(study_name, status, respondent, since, until)
        sql = "SELECT * FROM interviews"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY started_at DESC, record_id DESC"
        if limit is not None or offset:
            sql += f" LIMIT {int(limit) if limit is not None else -1} OFFSET {max(0, int(offset))}"

        def work(conn: sqlite3.Connection) -> list[InterviewRecord]:
            rows = conn.execute(sql, params).fetchall()
            if with_turns:
                return [interview_from_row(r, all_turns(conn, int(r["record_id"]))) for r in rows]
            return [interview_from_row(r) for r in rows]

        return self._read(work)

    def count_interviews(
        self,
        study_name: str | None = None,
        *,
        status: InterviewStatus | None = None,
        respondent: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> int:
        """How many interviews (of a study; filtered as :meth:`list_interviews` filters) the
        journal holds. Unfiltered, the per-study counts the journal's triggers keep answer it
        (one row read, whatever the study's size); a filter counts the rows it keeps."""
        where, params = _where(study_name, status, respondent, since, until)
        sql = "SELECT COUNT(*) FROM interviews" + (" WHERE " + " AND ".join(where) if where else "")
        if not (status or respondent or since or until):
            sql = "SELECT coalesce(sum(count), 0) FROM study_counts"
            sql += " WHERE study_name = ?" if study_name is not None else ""

        def work(conn: sqlite3.Connection) -> int:
            return int(conn.execute(sql, params).fetchone()[0])

        return self._read(work)

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

        return self._read(work)

    def pending_answers(self, study_name: str | None = None) -> list[PendingAnswer]:
        """Answers written but never confirmed sent (after a crash or a network cut)."""

        def work(conn: sqlite3.Connection) -> list[PendingAnswer]:
            sql = (
                "SELECT t.id, t.record_id FROM turns t JOIN interviews i USING (record_id) "
                "WHERE t.state = 'pending'"
            )
            params: list[Any] = []
            if study_name is not None:
                sql += " AND i.study_name = ?"
                params.append(study_name)
            sql += " ORDER BY t.created_at, t.id"
            found = [(int(r[0]), int(r[1])) for r in conn.execute(sql, params)]
            records: dict[int, InterviewRecord] = {}
            result = []
            for turn_id, record_id in found:
                record = records.get(record_id)
                if record is None:
                    record = records[record_id] = whole(conn, record_id)
                turn = next(t for t in record.turns if t.id == turn_id)
                result.append(PendingAnswer(record, turn))
            return result

        return self._read(work)


__all__ = ["JournalReads", "all_turns", "incremental", "index_of", "row_of", "whole"]


def _where(
    study_name: str | None,
    status: str | None,
    respondent: str | None,
    since: str | None,
    until: str | None,
) -> tuple[list[str], list[Any]]:
    """The WHERE terms (and their parameters) of an interview list's filters."""
    where: list[str] = []
    params: list[Any] = []
    if study_name is not None:
        where.append("study_name = ?")
        params.append(study_name)
    if status is not None:
        where.append("status = ?")
        params.append(status)
    if respondent:
        pattern = (
            "%"
            + respondent.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            + "%"
        )
        where.append(
            "(lower(coalesce(json_extract(respondent, '$.display_name'), '')) LIKE ? ESCAPE '\\'"
            " OR lower(coalesce(json_extract(respondent, '$.external_id'), '')) LIKE ? ESCAPE '\\')"
        )
        params += [pattern, pattern]
    if since:
        where.append("started_at >= ?")
        params.append(since)
    if until:
        where.append("started_at < ?")
        params.append(until)
    return where, params
