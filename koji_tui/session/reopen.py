"""Opening a journaled interview for the controller: the journal's copy first, then the
server's merged in; who drives it; its draft. No Textual."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

from koji_tui.i18n import translator
from koji_tui.isotime import parse_iso
from koji_tui.journal.store import InterviewRecord, Journal

from .events import Problem, Turn
from .ports import ClientSource
from .runner import InterviewSession


@dataclass(frozen=True)
class OpenOutcome:
    record: InterviewRecord | None  # None: the journal itself could not be read
    session: InterviewSession | None  # None: nothing can be sent (see problem)
    draft: str | None = None
    read_only: str | None = None  # the other window/process that drives it
    problem: Problem | None = None  # why only the journal's copy is shown, or why none


async def open_interview(
    journal: Journal,
    clients: ClientSource,
    record_id: int,
    *,
    study_name: str,
    describe: Callable[[BaseException, str], Problem],
    on_preview: Callable[[InterviewRecord], None],
) -> OpenOutcome:
    try:
        record: InterviewRecord = await asyncio.to_thread(journal.get, record_id)
    except Exception as exc:
        message = translator(None).gettext("Cannot read the journal: {error}").format(error=exc)
        return OpenOutcome(None, None, problem=Problem(message=message, kind="journal"))
    # The journal's copy at once: the server's answer (or its silence, while it is down and
    # the client's retries run) only refreshes it.
    on_preview(record)
    problem: Problem | None = None
    session: InterviewSession | None = None
    try:
        client = await clients()
        session = await InterviewSession.resume(
            client, journal, record.interview_id, study_name=study_name, known=record
        )
        record = session.record or record
        if not session.synced:
            problem = Problem(
                message=translator(record.locale).gettext(
                    "The server cannot be reached: showing the journal's copy of this interview."
                ),
                offline=True,
                kind="TransportError",
            )
    except Exception as exc:
        found = describe(exc, "load the interview")
        problem = Problem(
            message=found.message
            + " "
            + translator(record.locale).gettext("Showing the journal's copy."),
            offline=found.offline,
            failing=found.failing,
            kind=found.kind,
            status_code=found.status_code,
        )
        session = None
        record = await asyncio.to_thread(journal.get, record_id)
    read_only: str | None = None
    if session is not None and session.driven_elsewhere is not None:
        read_only = session.driven_elsewhere.describe()
    elif session is None:
        holder = await asyncio.to_thread(journal.lease_holder, record_id)
        read_only = holder.describe() if holder is not None else None
    draft = await asyncio.to_thread(journal.draft, record_id)
    return OpenOutcome(record, session, draft, read_only, problem)


def turns_of(record: InterviewRecord) -> tuple[Turn, ...]:
    """A journal record's turns as views show them (discarded answers left out; an unsent
    answer has no number)."""
    turns: list[Turn] = []
    number = 0
    for item in record.turns:
        if item.state == "discarded":
            continue
        pending = item.state == "pending"
        if not pending:
            number += 1
        turns.append(
            Turn(
                role="interviewer" if item.role == "assistant" else "respondent",
                text=item.content,
                number=None if pending else number,
                state="pending" if pending else "sent",
                created_at=parse_iso(item.created_at),
                key=len(turns),
            )
        )
    return tuple(turns)
