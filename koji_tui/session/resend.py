"""Resending and discarding an answer left pending: the part of
:class:`~koji_tui.session.runner.InterviewSession` that delivers an unsent answer exactly once
(see the guarantees in :mod:`koji_tui.session.runner`). No Textual."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from koji_tui.i18n import N_  # the messages below: describe_error translates them
from koji_tui.journal.store import InterviewRecord, Journal, TurnRecord, iso_utc

from .errors import SessionError
from .placement import EmptyReply, Unknown, position_before, reply_in_transcript

if TYPE_CHECKING:
    from koji_tui.api import MessageResult


class ResendMixin:
    """``resend_pending`` and ``discard_pending`` of :class:`InterviewSession`."""

    client: Any
    journal: Journal
    record: InterviewRecord | None
    _lock: asyncio.Lock

    if TYPE_CHECKING:

        def _require(self) -> InterviewRecord: ...

        async def _j(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any: ...

        async def _drive(self) -> None: ...

        async def _record_reply(
            self, record: InterviewRecord, turn: TurnRecord, result: MessageResult
        ) -> None: ...

    async def resend_pending(self) -> MessageResult | None:
        """Deliver the pending answer exactly once; None when nothing is pending."""
        from koji_tui.api import MessageResult, ReplyPendingError, UnknownOutcomeError

        async with self._lock:
            record = self._require()
            await self._drive()  # the pending answer may be in flight in the driving process
            self.record = record = await self._j(self.journal.get, record.record_id)
            turn = record.pending_turn
            if turn is None:
                return None
            interview = await self.client.get_interview(record.interview_id)
            seen = position_before(record, turn)
            adopted = self._reply_in_transcript(record, turn, interview.messages)
            if isinstance(adopted, Unknown):
                raise UnknownOutcomeError(
                    "Whether the server has the unsent answer cannot be told "
                    f"({adopted.reason}), so it was not sent again: it stays unsent. Discard it "
                    "to keep it only in the journal."
                )
            if isinstance(adopted, EmptyReply) and interview.status != "completed":
                # The server has the answer but no reply yet: never send it again; the
                # answer stays pending until a later resend_pending() adopts the reply.
                raise ReplyPendingError(
                    "The server has this answer but has not replied yet; try again shortly.",
                    None,
                    None,
                )
            if adopted is not None:
                reply = adopted
                self.record = await self._j(
                    self.journal.record_reply,
                    turn,
                    None if isinstance(reply, EmptyReply) else reply.content,
                    question=getattr(reply, "question", None),
                    turn_count=interview.turn_count,
                    is_complete=bool(interview.is_complete),
                    created_at=iso_utc(getattr(reply, "created_at", None)),
                )
                if interview.status == "completed":
                    self.record = await self._j(
                        self.journal.update_interview,
                        self.record,
                        status="completed",
                        quality_score=interview.quality_score,
                    )
                return MessageResult(
                    content=reply.content,
                    role="assistant",
                    question=getattr(reply, "question", None),
                    turn_count=interview.turn_count,
                    is_complete=bool(interview.is_complete),
                    reconciled=True,
                )
            if interview.status == "completed":
                raise SessionError(
                    N_(
                        "The interview was completed on the server; the pending answer cannot be "
                        "sent. Discard it to keep it only in the journal."
                    )
                )
            result: MessageResult = await self.client.send_message(
                record.interview_id, turn.content, session_token=record.session_token, seen=seen
            )
            await self._record_reply(record, turn, result)
            return result

    @staticmethod
    def _reply_in_transcript(
        record: InterviewRecord, turn: TurnRecord, messages: list[Any]
    ) -> Any | None:
        """The server message that answered ``turn``, by position (see :mod:`.placement`)."""
        return reply_in_transcript(record, turn, messages)

    async def discard_pending(self) -> TurnRecord | None:
        """The user declined to resend: keep the answer in the journal, stop offering it."""
        async with self._lock:
            record = self._require()
            await self._drive()
            record = await self._j(self.journal.get, record.record_id)
            turn = record.pending_turn
            if turn is None:
                self.record = record
                return None
            turn = await self._j(self.journal.discard_pending, turn)
            self.record = await self._j(self.journal.get, record.record_id)
            return turn
