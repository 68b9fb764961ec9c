"""The no-duplicate retry policy of :class:`koji_tui.api.KojiClient`: classifying failures,
retrying what was provably not processed, and reconciling an ambiguous send against the
transcript by position (see the package docstring and :mod:`.position`)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import aclosing
from dataclasses import dataclass
from typing import Literal, TypeVar

from .dialects import Streaming
from .errors import (
    KojiError,
    MalformedResponseError,
    ReplyPendingError,
    ServerError,
    TransportError,
    UnknownOutcomeError,
)
from .models import Interview, MessageDelta, MessageResult
from .position import TranscriptPosition, locate_answer

__all__ = ["Reconciler"]

log = logging.getLogger("koji_tui.api")

R = TypeVar("R")


@dataclass(slots=True)
class _Outcome:
    """Result of reconciling an ambiguous send against the transcript."""

    kind: Literal["replied", "absent", "pending", "unknown"]
    result: MessageResult | None = None
    error: KojiError | None = None  # the transcript could not be read
    reason: str = ""  # why the position proves nothing (kind "unknown")
    next_position: TranscriptPosition | None = None


@dataclass(frozen=True, slots=True)
class _Delivered:
    """The send's one result, with where the next answer goes (None: not known)."""

    result: MessageResult
    next_position: TranscriptPosition | None


class Reconciler(Streaming):
    """Retries and reconciliation on top of the transport."""

    reconcile_polls: int
    reconcile_interval: float
    # Where each interview's next answer goes, and the interviews whose last answer's fate is
    # unknown (their position is that answer's; a new answer reads the transcript first).
    _positions: dict[str, TranscriptPosition]
    _unsettled: set[str]

    async def _get(self, op: int, iid: str, *, retry: bool) -> Interview:
        raise NotImplementedError

    async def _with_retries(
        self,
        op: int,
        what: str,
        call: Callable[[], Awaitable[R]],
        *,
        retry_ambiguous: bool,
    ) -> R:
        attempt = 0
        while True:
            try:
                return await call()
            except KojiError as exc:
                kind = _classify(exc)
                if (
                    kind == "fatal"
                    or attempt >= self.max_retries
                    or (kind == "ambiguous" and not retry_ambiguous)
                ):
                    self._note_offline(exc)
                    raise
                await self._sleep_before_retry(op, exc, attempt, what)
                attempt += 1

    def _note_offline(self, exc: KojiError) -> None:
        if isinstance(exc, TransportError):
            self.activity._set_offline("cannot reach the server")

    async def _sleep_before_retry(self, op: int, exc: KojiError, attempt: int, what: str) -> None:
        delay = self._backoff(attempt)
        if delay >= self._budget_left(op):
            # The call's deadline would pass before (or during) another try: fail now, clearly,
            # rather than after (retries + 1) deadlines.
            self._note_offline(exc)
            raise exc
        until = self._now() + delay
        if isinstance(exc, TransportError) and not exc.maybe_processed:
            self.activity._update(
                op, "offline", self._redact(f"cannot reach the server; retrying {what}"), until
            )
        else:
            self.activity._update(
                op, "retrying", self._redact(f"retrying {what} after: {exc.message}"), until
            )
        log.debug(
            "%s failed (%s); retry %d in %.2f s",
            self._redact(what),
            self._redact(exc.message),
            attempt + 1,
            delay,
        )
        await self._pause(delay)

    async def _position_for(
        self, op: int, iid: str, seen: TranscriptPosition | None, reconcile_first: bool
    ) -> TranscriptPosition | None:
        """Where this answer will be in the transcript, or None when that cannot be known.

        The caller's ``seen`` wins. Otherwise the client's own record of the interview (from
        ``start`` and the replies it got). Without one (a fresh client, or an earlier answer
        whose fate is unknown) a new answer reads the transcript before it goes out; an answer
        to reconcile first cannot (it may be in the transcript already)."""
        if seen is not None:
            return seen
        known = self._positions.get(iid)
        if reconcile_first or (known is not None and iid not in self._unsettled):
            return known
        self.activity._update(op, "reconciling", "reading the transcript before sending")
        try:
            interview = await self._get(op, iid, retry=True)
        except KojiError as exc:
            log.debug(
                "no position for %s: %s", self._redact(iid), self._redact(exc.message)
            )  # an ambiguous failure of this send will be reported as unknown
            return None
        return TranscriptPosition.of(interview.messages)

    def _settle(self, iid: str, position: TranscriptPosition | None, settled: bool) -> None:
        """Remember where the next answer goes (``settled``), or where the answer of unknown
        fate went (its ``reconcile_first`` resend uses it; a new answer reads afresh)."""
        if position is None:
            self._positions.pop(iid, None)
        else:
            self._positions[iid] = position
        if settled:
            self._unsettled.discard(iid)
        else:
            self._unsettled.add(iid)

    async def _send_flow(
        self,
        op: int,
        iid: str,
        text: str,
        seen: TranscriptPosition | None,
        what: str,
        once: Callable[[], AsyncIterator[MessageDelta | MessageResult]],
        reconcile_first: bool,
    ) -> AsyncIterator[MessageDelta | MessageResult]:
        """Send with the no-duplicate retry policy; yields deltas and exactly one result."""
        position = await self._position_for(op, iid, seen, reconcile_first)
        self._settle(iid, position, settled=False)
        async with aclosing(
            self._send_at(op, iid, text, position, what, once, reconcile_first)
        ) as flow:
            async for item in flow:
                if isinstance(item, _Delivered):
                    self._settle(iid, item.next_position, settled=True)
                    yield item.result
                    return
                yield item

    async def _send_at(
        self,
        op: int,
        iid: str,
        text: str,
        position: TranscriptPosition | None,
        what: str,
        once: Callable[[], AsyncIterator[MessageDelta | MessageResult]],
        reconcile_first: bool,
    ) -> AsyncIterator[MessageDelta | _Delivered]:
        sent_next = position.after_reply() if position is not None else None
        if reconcile_first:
            outcome = await self._reconcile(op, iid, text, position)
            if outcome.kind == "replied" and outcome.result is not None:
                yield _Delivered(outcome.result, outcome.next_position)
                return
            if outcome.kind == "pending":
                raise self._pending_error(what)
            if outcome.kind == "unknown":
                raise outcome.error or self._unknown_error(what, outcome.reason, None)
        attempt = 0
        while True:
            yielded = False
            try:
                async with aclosing(once()) as items:
                    async for item in items:
                        if isinstance(item, MessageResult):
                            yield _Delivered(item, sent_next)
                            return
                        yielded = True
                        yield item
                raise MalformedResponseError(f"The server sent no reply to {what}.")
            except KojiError as exc:
                kind = _classify(exc, carries_answer=True)
                if kind == "fatal":
                    raise
                if kind == "unprocessed":
                    if attempt >= self.max_retries:
                        self._note_offline(exc)
                        raise
                else:
                    outcome = await self._reconcile(op, iid, text, position)
                    if outcome.kind == "replied" and outcome.result is not None:
                        yield _Delivered(outcome.result, outcome.next_position)
                        return
                    if outcome.kind == "pending":
                        raise self._pending_error(what) from exc
                    if outcome.kind == "unknown":
                        self._note_offline(exc)
                        if outcome.error is not None or position is None:
                            raise  # the transcript could not be read: the original failure
                        raise self._unknown_error(what, outcome.reason, exc) from exc
                    if attempt >= self.max_retries:
                        raise
                if yielded:
                    yield MessageDelta(text="", restart=True)
                await self._sleep_before_retry(op, exc, attempt, what)
                attempt += 1

    def _pending_error(self, what: str) -> ReplyPendingError:
        return ReplyPendingError(
            f"{what}: the server recorded the answer but has not replied yet. It was not sent "
            "again; reload the interview in a moment to see the reply.",
            None,
            None,
        )

    def _unknown_error(self, what: str, reason: str, exc: KojiError | None) -> UnknownOutcomeError:
        failed = f" after: {exc.message}" if exc is not None else ""
        return UnknownOutcomeError(
            f"{what}{failed}. Whether the server has the answer cannot be told ({reason}), "
            "so it was not sent again: it stays unsent.",
            exc.status_code if exc is not None else None,
            exc.server_error if exc is not None else None,
        )

    async def _reconcile(
        self, op: int, iid: str, text: str, position: TranscriptPosition | None
    ) -> _Outcome:
        """Look for ``text`` at ``position`` in the transcript (see :mod:`.position`)."""
        if position is None:
            return _Outcome("unknown", reason="no position is known for this answer")
        polls = 0
        while True:
            self.activity._update(op, "reconciling", "checking whether the answer arrived")
            try:
                interview = await self._get(op, iid, retry=True)
            except KojiError as exc:
                log.debug(
                    "reconcile of %s failed: %s", self._redact(iid), self._redact(exc.message)
                )
                return _Outcome("unknown", error=exc)
            outcome = _find_answer(interview, text, position)
            log.debug("reconcile of %s: %s", self._redact(iid), outcome.kind)
            if outcome.kind != "pending" or polls >= self.reconcile_polls:
                return outcome
            polls += 1
            until = self._now() + self.reconcile_interval
            self.activity._update(op, "reconciling", "waiting for the interviewer's reply", until)
            await self._pause(self.reconcile_interval)


# ---------------------------------------------------------------------- pure helpers


def _classify(
    exc: KojiError, *, carries_answer: bool = False
) -> Literal["unprocessed", "ambiguous", "fatal"]:
    """Whether a failed request may be retried, and how.

    * ``unprocessed``: not processed -> resend. Connection refused / connect timeout (nothing
      reached the server). A 503 Service Unavailable usually means the server, gateway or load
      balancer refused the request before any work (overload, maintenance, not ready), so start,
      complete and get retry it directly (at worst a start leaves an empty interview behind).
      (429s are retried inside ``_exchange``.)
    * ``ambiguous``: the server may have done the work -> a non-idempotent call must reconcile.
      Read timeouts, connections cut after sending, 5xx, an error mid-stream. For a request that
      carries a participant's answer (``carries_answer``) a 503 is ambiguous too: nothing proves
      the origin did not store the answer before a proxy or the origin itself answered 503, and
      a duplicated answer is worse than one transcript read.
    * ``fatal``: retrying cannot help (4xx, malformed replies, a 429 wait too long).
    """
    if isinstance(exc, TransportError):
        return "ambiguous" if exc.maybe_processed else "unprocessed"
    if isinstance(exc, ReplyPendingError):
        return "fatal"
    if isinstance(exc, ServerError):
        return "unprocessed" if exc.status_code == 503 and not carries_answer else "ambiguous"
    if (
        carries_answer
        and isinstance(exc, MalformedResponseError)
        and exc.status_code is not None
        and 200 <= exc.status_code < 300
    ):
        return "ambiguous"  # the server accepted the answer; only its reply is unreadable
    return "fatal"


def _find_answer(interview: Interview, text: str, position: TranscriptPosition) -> _Outcome:
    messages = interview.messages
    found = locate_answer(messages, text, position)
    if found.kind != "replied" or found.reply_index is None:
        return _Outcome(found.kind, reason=found.reason)
    reply = messages[found.reply_index]
    result = MessageResult(
        content=reply.content,
        role="assistant",
        question=reply.question,
        turn_count=found.reply_index + 1,
        is_complete=bool(interview.is_complete) or interview.completed,
        reconciled=True,
    )
    return _Outcome("replied", result, next_position=found.next_position(messages))
