"""What the operator panel shows: today's interviews at this station, and what is waiting.

Read from the journal (blocking: in a thread), newest first, one page at a time until the
interviews are older than today, so a journal of years costs what today's interviews cost.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from koji_tui.isotime import parse_iso
from koji_tui.journal import Journal

from .queue import Queued

PAGE = 200
ENDED_EARLY = "respondent_left"
TIMED_OUT = "timeout"


@dataclass(frozen=True)
class TodayCounts:
    completed: int = 0  # completed by the interviewer's end (or by the operator)
    ended_early: int = 0  # the participant pressed Finish
    timed_out: int = 0  # nobody answered "Still there?"
    in_progress: int = 0  # started today, not completed yet (on screen, or queued)

    @property
    def total(self) -> int:
        return self.completed + self.ended_early + self.timed_out + self.in_progress


@dataclass(frozen=True)
class Waiting:
    answers: int  # interviews with an answer the server has not confirmed
    completes: int  # interviews whose complete is queued


def _is_this_station(respondent: object, station_id: str) -> bool:
    if not isinstance(respondent, dict):
        return False
    metadata = respondent.get("metadata")
    return (
        isinstance(metadata, dict)
        and metadata.get("source") == "kiosk"
        and metadata.get("station") == station_id
    )


def today_counts(
    journal: Journal,
    study_name: str,
    station_id: str,
    now: float,
    queued: list[Queued] | None = None,
) -> TodayCounts:
    """Today's (local time) interviews of ``study_name`` at ``station_id``, by how they
    ended; a queued complete counts as the reason it is queued with."""
    midnight = datetime.fromtimestamp(now).replace(hour=0, minute=0, second=0, microsecond=0)
    since = midnight.astimezone()
    reasons = {q.record_id: q.reason for q in queued or []}
    completed = early = timed_out = open_ = 0
    offset = 0
    while True:
        page = journal.list_interviews(study_name=study_name, limit=PAGE, offset=offset)
        for record in page:
            started = parse_iso(record.started_at)
            if started is None or started < since:
                return TodayCounts(completed, early, timed_out, open_)
            if not _is_this_station(record.respondent, station_id):
                continue
            reason = record.completion_reason if record.status == "completed" else None
            reason = reason or reasons.get(record.record_id)
            if reason == ENDED_EARLY:
                early += 1
            elif reason == TIMED_OUT:
                timed_out += 1
            elif reason is not None:
                completed += 1
            else:
                open_ += 1
        if len(page) < PAGE:
            return TodayCounts(completed, early, timed_out, open_)
        offset += PAGE


def waiting(journal: Journal, study_name: str, queued: list[Queued]) -> Waiting:
    answers = len(journal.pending_record_ids(study_name))
    return Waiting(answers=answers, completes=len([q for q in queued if q.study == study_name]))


__all__ = ["TodayCounts", "Waiting", "today_counts", "waiting"]
