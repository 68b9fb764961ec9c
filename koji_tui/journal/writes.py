"""Writing the journal: interviews, turns, the answer protocol and the server merge.

Every public method is one write transaction on the journal's writer (``synchronous=FULL``).
What a write returns is read inside that same transaction, and incrementally: an answer and
its reply are appended without reading the interview's other turns again, so their cost stays
flat in the interview's length (see :func:`koji_tui.journal.reads.incremental`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from koji_tui.journal.merge import apply_plan, plan_merge, server_messages
from koji_tui.journal.reads import JournalReads, all_turns, incremental, index_of, row_of, whole
from koji_tui.journal.records import (
    STATUSES,
    InterviewRecord,
    InterviewRef,
    InterviewStatus,
    JournalError,
    Role,
    TurnRecord,
    TurnState,
    dumps,
    interview_from_row,
    ref,
    turn_from_row,
    utc_now,
)
from koji_tui.journal.wording import _


def insert_turn(
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
    """Append a turn to the record (the next ``seq`` is read off the top of its index)."""
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
            dumps(question),
            dumps(answer_value),
            sent_at,
        ),
    )
    return int(cur.lastrowid or 0)


def turn_by_id(conn: sqlite3.Connection, turn_id: int) -> TurnRecord:
    row = conn.execute("SELECT * FROM turns WHERE id = ?", (turn_id,)).fetchone()
    if row is None:
        raise JournalError(_("No journaled turn #{turn_id}.", turn_id=turn_id))
    return turn_from_row(row)


def set_progress(
    conn: sqlite3.Connection, record_id: int, turn_count: int | None, is_complete: bool
) -> None:
    conn.execute(
        "UPDATE interviews SET turn_count = COALESCE(?, turn_count), updated_at = ?, "
        "status = CASE WHEN status = 'active' AND ? THEN 'awaiting_completion' ELSE status END "
        "WHERE record_id = ?",
        (turn_count, utc_now(), 1 if is_complete else 0, record_id),
    )


def _turn_id(turn: int | TurnRecord) -> int:
    return turn.id if isinstance(turn, TurnRecord) else int(turn)


class JournalWrites(JournalReads):
    """The journal's writes (mixed into :class:`~koji_tui.journal.Journal`)."""

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
            raise ValueError(_("unknown status {status!r}", status=status))
        now = utc_now()
        respondent_json = dumps(respondent) if respondent else None

        def work(conn: sqlite3.Connection) -> InterviewRecord:
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
                return whole(conn, record_id)
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
                insert_turn(
                    conn, record_id, "assistant", opening_message, "received", opening_question
                )
            return whole(conn, record_id)

        return self._tx(work)

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
        ``completed``; completing sets ``completed_at`` when not given.

        Given a record (rather than an id), the result is that record brought up to date
        incrementally (its turns are not all read again)."""
        if status is not None and status not in STATUSES:
            raise ValueError(_("unknown status {status!r}", status=status))
        record_id = ref(interview)

        def work(conn: sqlite3.Connection) -> InterviewRecord:
            row = row_of(conn, record_id)
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
            if isinstance(interview, InterviewRecord):
                return incremental(conn, interview)
            return whole(conn, record_id)

        return self._tx(work)

    def delete_interview(self, interview: InterviewRef) -> None:
        record_id = ref(interview)
        self._tx(
            lambda conn: conn.execute("DELETE FROM interviews WHERE record_id = ?", (record_id,))
        )

    # -- turns -------------------------------------------------------------------
    _insert_turn = staticmethod(insert_turn)
    _set_progress = staticmethod(set_progress)

    def add_assistant_turn(
        self,
        interview: InterviewRef,
        content: str,
        question: Any = None,
        created_at: str | None = None,
    ) -> TurnRecord:
        record_id = ref(interview)

        def work(conn: sqlite3.Connection) -> TurnRecord:
            row_of(conn, record_id)
            turn_id = insert_turn(
                conn, record_id, "assistant", content, "received", question, None, created_at
            )
            return turn_by_id(conn, turn_id)

        return self._tx(work)

    def add_pending_answer(
        self,
        interview: InterviewRef,
        content: str,
        *,
        question: Any = None,
        answer_value: Any = None,
        durable: bool = True,
    ) -> TurnRecord:
        """Journal a participant's answer as PENDING, before it is sent: committed and fsync'd,
        or with ``durable=False`` committed only (a crash of koji-tui loses nothing; the
        caller fsyncs it with :meth:`sync` while the answer is on its way). The interview's
        other turns are not read."""
        record_id = ref(interview)

        def work(conn: sqlite3.Connection) -> TurnRecord:
            row = row_of(conn, record_id)
            if row["status"] == "completed":
                raise JournalError(
                    _("Interview {value} is already completed.", value=row["interview_id"])
                )
            conn.execute("DELETE FROM drafts WHERE record_id = ?", (record_id,))  # now an answer
            turn_id = insert_turn(
                conn, record_id, "user", content, "pending", question, answer_value
            )
            return turn_by_id(conn, turn_id)

        return self._tx(work, fsync=durable)

    def mark_sent(self, turn: int | TurnRecord) -> TurnRecord:
        turn_id = _turn_id(turn)

        def work(conn: sqlite3.Connection) -> TurnRecord:
            conn.execute(
                "UPDATE turns SET state = 'sent', sent_at = COALESCE(sent_at, ?) "
                "WHERE id = ? AND role = 'user'",
                (utc_now(), turn_id),
            )
            return turn_by_id(conn, turn_id)

        return self._tx(work)

    def discard_pending(self, turn: int | TurnRecord) -> TurnRecord:
        """The user chose not to resend this answer: keep it, stop offering it."""
        turn_id = _turn_id(turn)

        def work(conn: sqlite3.Connection) -> TurnRecord:
            conn.execute(
                "UPDATE turns SET state = 'discarded' WHERE id = ? AND state = 'pending'",
                (turn_id,),
            )
            return turn_by_id(conn, turn_id)

        return self._tx(work)

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
        is built from it with the two turns written, without reading every turn again, so the
        cost stays flat in the interview's length. Without it the record is read whole.

        Committed without an fsync of its own (a crash of koji-tui loses nothing, a power cut
        may): what it holds is on the server, and the answer it marks sent was fsync'd as
        pending before it was sent, so a lost mark only brings the answer back as unsent, which
        the resend's check of the server's transcript settles without sending it twice. The
        next answer's fsync'd write makes it durable. The reply is on screen sooner by that
        fsync (3-10 ms here)."""
        turn_id = _turn_id(turn)
        if base is not None and index_of(base.turns, turn_id) is None:
            base = None  # not the record this answer is in: read it whole

        def work(conn: sqlite3.Connection) -> InterviewRecord:
            row = conn.execute("SELECT record_id FROM turns WHERE id = ?", (turn_id,)).fetchone()
            if row is None:
                raise JournalError(_("No journaled answer #{turn_id}.", turn_id=turn_id))
            record_id = int(row[0])
            conn.execute(
                "UPDATE turns SET state = 'sent', sent_at = COALESCE(sent_at, ?) WHERE id = ?",
                (utc_now(), turn_id),
            )
            if reply is not None:
                insert_turn(
                    conn, record_id, "assistant", reply, "received", question, None, created_at
                )
            set_progress(conn, record_id, turn_count, is_complete)
            if base is None or base.record_id != record_id:
                return whole(conn, record_id)
            return incremental(conn, base, changed=(turn_id,))

        return self._tx(work, fsync=False)

    # -- the server's transcript -----------------------------------------------------
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
        record_id = ref(interview)
        server = server_messages(messages)

        def work(conn: sqlite3.Connection) -> InterviewRecord:
            row = row_of(conn, record_id)
            turns = all_turns(conn, record_id)
            done = status == "completed" or row["status"] == "completed"
            apply_plan(conn, record_id, plan_merge(turns, server, completed=done), turns)
            row = row_of(conn, record_id)
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
            return interview_from_row(row_of(conn, record_id), all_turns(conn, record_id))

        return self._tx(work)


__all__ = ["JournalWrites", "insert_turn", "set_progress", "turn_by_id"]
