"""Rebuilding an :class:`~koji_tui.session.runner.InterviewSession` from the journal, merged
with the server's transcript when it can be reached (see ``InterviewSession.resume``)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from koji_tui.journal.store import InterviewRecord, Journal, iso_utc

from .errors import SessionError
from .runner import _base_url, _respondent_data

if TYPE_CHECKING:
    from .runner import InterviewSession


async def resume_session(
    cls: type[InterviewSession],
    client: Any,
    journal: Journal,
    interview_id: str,
    *,
    study_name: str | None,
    online: bool,
    known: InterviewRecord | None = None,
) -> InterviewSession:
    from koji_tui.api import ServerError, TransportError

    base_url = _base_url(client)
    ids = await asyncio.to_thread(journal.find_ids, interview_id, base_url)
    if not ids:
        # The client may spell its base URL differently from the journal (trailing
        # path, case); an id journaled for exactly one server is unambiguous.
        anywhere = await asyncio.to_thread(journal.find_ids, interview_id)
        if len(anywhere) == 1:
            ids = anywhere
    found = await asyncio.to_thread(_read, journal, ids[0], known) if ids else None
    if found is not None:
        base_url = found.base_url  # the client's, or the one server the id is journaled for
    session = cls(
        client,
        journal,
        study_name=study_name or (found.study_name if found else ""),
        base_url=base_url,
    )
    if found is not None:
        session.record = found
    interview = None
    if online:
        try:
            interview = await client.get_interview(interview_id)
        except (TransportError, ServerError):
            if found is None:
                raise
            session.synced = False
    else:
        session.synced = False
    if found is None:
        if interview is None or not study_name:
            raise SessionError(f"Interview {interview_id!r} is not in the journal for {base_url}.")
        session.record = await asyncio.to_thread(
            journal.create_interview,
            study_name=study_name,
            base_url=base_url,
            interview_id=interview.interview_id,
            respondent=_respondent_data(getattr(interview, "respondent", None)),
            mode=getattr(interview, "mode", None),
            locale=getattr(interview, "locale", None),
            started_at=iso_utc(getattr(interview, "created_at", None)),
        )
    if interview is not None:
        assert session.record is not None
        session.record = await asyncio.to_thread(
            journal.merge_server_transcript,
            session.record,
            interview.messages,
            status=interview.status,
            turn_count=interview.turn_count,
            is_complete=bool(interview.is_complete),
            quality_score=interview.quality_score,
            completion_reason=getattr(interview, "completion_reason", None),
            completed_at=iso_utc(getattr(interview, "completed_at", None)),
        )
    await session.claim()
    return session


def _read(journal: Journal, record_id: int, known: InterviewRecord | None) -> InterviewRecord:
    """The record, brought up to date from the caller's copy when it has this one (a few
    indexed reads and its turns shared, rather than a second whole copy of a long interview)."""
    if known is not None and known.record_id == record_id:
        return journal.refresh(known)
    return journal.get(record_id)
