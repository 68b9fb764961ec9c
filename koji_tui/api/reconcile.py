"""The no-duplicate retry policy of :class:`koji_tui.api.KojiClient`: classifying failures,
retrying what was provably not processed, and reconciling an ambiguous send against the
transcript (see the package docstring)."""

from __future__ import annotations

import asyncio
import logging
import time
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
)
from .models import Interview, MessageDelta, MessageResult

__all__ = ["Reconciler"]

log = logging.getLogger("koji_tui.api")

R = TypeVar("R")


@dataclass(slots=True)
class _Outcome:
    """Result of reconciling an ambiguous send against the transcript."""

    kind: Literal["replied", "absent", "pending", "unknown"]
    result: MessageResult | None = None
    error: KojiError | None = None


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


class Reconciler(Streaming):
    """Retries and reconciliation on top of the transport."""

    reconcile_polls: int
    reconcile_interval: float

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
        until = time.time() + delay
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
        await asyncio.sleep(delay)

    async def _send_flow(
        self,
        op: int,
        iid: str,
        text: str,
        baseline: int | None,
        what: str,
        once: Callable[[], AsyncIterator[MessageDelta | MessageResult]],
        reconcile_first: bool,
    ) -> AsyncIterator[MessageDelta | MessageResult]:
        """Send with the no-duplicate retry policy; yields deltas and exactly one result."""
        if reconcile_first:
            outcome = await self._reconcile(op, iid, text, baseline)
            if outcome.kind == "replied" and outcome.result is not None:
                yield outcome.result
                return
            if outcome.kind == "pending":
                raise self._pending_error(what)
            if outcome.kind == "unknown" and outcome.error is not None:
                raise outcome.error
        attempt = 0
        while True:
            yielded = False
            try:
                async with aclosing(once()) as items:
                    async for item in items:
                        if isinstance(item, MessageDelta):
                            yielded = True
                        yield item
                return
            except KojiError as exc:
                kind = _classify(exc, carries_answer=True)
                if kind == "fatal":
                    raise
                if kind == "unprocessed":
                    if attempt >= self.max_retries:
                        self._note_offline(exc)
                        raise
                else:
                    outcome = await self._reconcile(op, iid, text, baseline)
                    if outcome.kind == "replied" and outcome.result is not None:
                        yield outcome.result
                        return
                    if outcome.kind == "pending":
                        raise self._pending_error(what) from exc
                    if outcome.kind == "unknown":
                        self._note_offline(exc)
                        raise
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

    async def _reconcile(self, op: int, iid: str, text: str, baseline: int | None) -> _Outcome:
        """Look for ``text`` in the transcript (see the package docstring)."""
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
            outcome = _find_answer(interview, text, baseline)
            log.debug("reconcile of %s: %s", self._redact(iid), outcome.kind)
            if outcome.kind != "pending" or polls >= self.reconcile_polls:
                return outcome
            polls += 1
            until = time.time() + self.reconcile_interval
            self.activity._update(op, "reconciling", "waiting for the interviewer's reply", until)
            await asyncio.sleep(self.reconcile_interval)


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


def _find_answer(interview: Interview, text: str, baseline: int | None) -> _Outcome:
    messages = interview.messages
    index: int | None = None
    decided = False
    # Precise check: we know how many messages the transcript had before this answer.
    if (
        baseline is not None
        and 0 < baseline <= len(messages)
        and messages[baseline - 1].role != "user"
    ):
        if len(messages) == baseline:
            return _Outcome("absent")
        if messages[baseline].role == "user" and _same_text(messages[baseline].content, text):
            decided = True
            index = baseline
        # Another message there: the server's turn_count may not count messages (the spec does
        # not define it), so the position proves nothing; fall back rather than resend.
    if not decided:
        # Fallback: the transcript's last user message.
        for i in range(len(messages) - 1, -1, -1):
            if messages[i].role == "user":
                if _same_text(messages[i].content, text):
                    index = i
                break
    if index is None:
        return _Outcome("absent")
    for j in range(index + 1, len(messages)):
        reply = messages[j]
        if reply.role == "assistant":
            result = MessageResult(
                content=reply.content,
                role="assistant",
                question=reply.question,
                turn_count=j + 1,
                is_complete=bool(interview.is_complete) or interview.completed,
                reconciled=True,
            )
            return _Outcome("replied", result)
        if reply.role == "user":
            break
    return _Outcome("pending")
