"""The local interview journal: every interview of every study, in one SQLite file.

File: ``paths.data_dir()/journal.sqlite3`` (WAL mode, ``synchronous=FULL`` so a committed
write survives a power cut). One writer connection under a lock, and read connections of their
own (:mod:`koji_tui.journal.connection`): a read never waits behind a write's fsync. The API is
synchronous and safe to call from any thread (Textual thread workers, ``asyncio.to_thread``);
every public method is one transaction.

The modules: :mod:`~koji_tui.journal.records` (the records, JSON and time helpers),
:mod:`~koji_tui.journal.schema` (tables and migrations), :mod:`~koji_tui.journal.connection`,
:mod:`~koji_tui.journal.reads`, :mod:`~koji_tui.journal.writes`, :mod:`~koji_tui.journal.lease`
(leases and drafts) and :mod:`~koji_tui.journal.merge` (the server's transcript). This module
puts them together and keeps every name importable from here.

Durability protocol for a participant's answer (see ``InterviewSession.answer``)::

    turn = journal.add_pending_answer(iid, "text", question=..., answer_value=...)  # committed + fsync'd
    ... send it ...
    journal.record_reply(turn, reply_content, question=..., turn_count=..., is_complete=...,
                         base=record)  # marks SENT; the record grows by two turns, no reload

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

What grows is read in pieces: a page of a study's interviews (``list_interviews(offset=,
limit=)``), the turns after a sequence number (``turns_after``), a held record brought up to
date (``refresh``); ``revision()`` tells a screen whether anything changed since it read.
"""

from __future__ import annotations

from koji_tui.journal.lease import LeasesAndDrafts
from koji_tui.journal.records import (
    STATUSES,
    InterviewRecord,
    InterviewRef,
    InterviewStatus,
    JournalError,
    PendingAnswer,
    Role,
    TurnRecord,
    TurnState,
    UnknownInterviewError,
    iso_utc,
    to_jsonable,
    utc_now,
)
from koji_tui.journal.records import dumps as _dumps
from koji_tui.journal.records import loads as _loads
from koji_tui.journal.records import ref as _ref
from koji_tui.journal.schema import MIGRATIONS, SCHEMA_V1, SCHEMA_VERSION
from koji_tui.journal.schema import statements as _statements
from koji_tui.journal.writes import JournalWrites


class Journal(LeasesAndDrafts, JournalWrites):
    """The SQLite journal. ``Journal()`` opens ``paths.data_dir()/journal.sqlite3``.

    ``owner`` names the app instance for interview leases (see :mod:`koji_tui.journal.lease`;
    a fresh one by default); ``clock`` is the wall clock leases and drafts are stamped with."""

    def _before_close(self) -> None:
        self.release_lease()

    def __enter__(self) -> Journal:
        return self


__all__ = [
    "MIGRATIONS",
    "SCHEMA_V1",
    "SCHEMA_VERSION",
    "STATUSES",
    "InterviewRecord",
    "InterviewRef",
    "InterviewStatus",
    "Journal",
    "JournalError",
    "PendingAnswer",
    "Role",
    "TurnRecord",
    "TurnState",
    "UnknownInterviewError",
    "_dumps",
    "_loads",
    "_ref",
    "_statements",
    "iso_utc",
    "to_jsonable",
    "utc_now",
]
