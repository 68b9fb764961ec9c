"""Reading what results need from the journal: two queries, no record objects per turn.

Answers not confirmed sent (pending, discarded) are left out: the server may never have had
them. Everything else is computed by :mod:`koji_tui.results.compute`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Protocol, TypeVar

from koji_tui.results.answers import answers_of
from koji_tui.results.compute import study_results
from koji_tui.results.model import Answer, InterviewFacts, StudyResults

T = TypeVar("T")

INTERVIEWS_SQL = (
    "SELECT record_id, interview_id, status, completion_reason, quality_score, started_at,"
    " completed_at, respondent, study_name, base_url, mode, locale, turn_count"
    " FROM interviews WHERE study_name = ? ORDER BY started_at, record_id"
)
# In the order of the study index (start time, then record id) and of the turns' own
# (record id, seq) index: SQLite walks both, no sort of every turn.
TURNS_SQL = (
    "SELECT t.record_id, t.role, t.content, t.question, t.answer_value FROM interviews i"
    " JOIN turns t ON t.record_id = i.record_id"
    " WHERE i.study_name = ? AND t.state IN ('received', 'sent')"
    " ORDER BY i.started_at, i.record_id, t.seq"
)


class Readable(Protocol):
    """The journal, read in one go (``Journal`` is one)."""

    def _read(self, fn: Callable[[sqlite3.Connection], T]) -> T: ...


def read_interviews(conn: sqlite3.Connection, study_name: str) -> list[InterviewFacts]:
    cursor = conn.cursor()
    cursor.row_factory = None  # plain tuples: cheaper than sqlite3.Row
    return [
        InterviewFacts(
            record_id=r[0],
            interview_id=r[1],
            status=r[2],
            completion_reason=r[3],
            quality_score=r[4],
            started_at=r[5],
            completed_at=r[6],
            respondent_json=r[7],
            study_name=r[8],
            base_url=r[9],
            mode=r[10],
            locale=r[11],
            turn_count=r[12],
        )
        for r in cursor.execute(INTERVIEWS_SQL, (study_name,))
    ]


def read_answers(conn: sqlite3.Connection, study_name: str) -> list[Answer]:
    cursor = conn.cursor()
    cursor.row_factory = None
    return answers_of(cursor.execute(TURNS_SQL, (study_name,)))


def load(journal: Readable, study_name: str) -> tuple[list[InterviewFacts], list[Answer]]:
    """The study's interviews and structured answers, read in one read of the journal."""

    def work(conn: sqlite3.Connection) -> tuple[list[InterviewFacts], list[Answer]]:
        return read_interviews(conn, study_name), read_answers(conn, study_name)

    return journal._read(work)


def results_for(journal: Readable, study_name: str) -> StudyResults:
    """Everything the results screen and ``koji-tui results`` show for a study."""
    interviews, answers = load(journal, study_name)
    return study_results(study_name, interviews, answers)


def study_names(journal: Readable) -> list[str]:
    """The studies the journal holds interviews of, most interviews first."""

    def work(conn: sqlite3.Connection) -> list[str]:
        rows = conn.execute(
            "SELECT study_name, COUNT(*) AS n FROM interviews GROUP BY study_name"
            " ORDER BY n DESC, study_name"
        )
        return [str(r[0]) for r in rows]

    return journal._read(work)
