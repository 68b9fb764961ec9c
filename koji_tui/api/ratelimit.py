"""Client-side pacing from the server's ``X-RateLimit-*`` headers, so a well-behaved client never
sees a 429.

Model: the server counts requests per API key in fixed windows and reports, on every reply, the
window's ``limit``, the ``remaining`` budget and the ``reset`` time (unix seconds). The pacer keeps

* ``remaining`` — the lowest value reported for the current window (replies can arrive out of
  order), and
* ``inflight`` — requests sent but not answered yet,

and lets a request go only while ``remaining - inflight > 0``. A request already counted by the
server is then counted twice until its reply lands, which errs on the safe side. When the local
clock passes the window's reset (+ ``margin``) the budget is assumed to be the full ``limit`` again
(fixed aligned windows: the whole budget is usable right after each reset); replies that still
describe the old window are ignored.

Before the first reply the limits are unknown: one request at a time. A reply WITHOUT any
rate-limit header means the server does not advertise limits: no pacing (429s are still handled).

A ``reset`` below 10^9 is read as seconds-until-reset (a variant some servers use).

Distrust: a reset in the past (newer than any window seen) or more than :data:`MAX_RESET_AHEAD`
seconds ahead (e.g. the year 3000), a non-numeric one, or none at all while ``remaining`` is 0,
gives no usable reset time. The pacer then waits for ``Retry-After`` (when plausible, at most
:data:`MAX_RESET_AHEAD`) or else the documented window (:data:`FALLBACK_WINDOW`, 60 s), and tries
again: never forever, and never refusing every request for an absurd time. Such a wait is
visible like any other (``ClientActivity`` with ``until``, ``RateLimitState.reset_at``).

Clock skew: ``reset`` is the server's clock. The ``Date`` header (1 s resolution) estimates the
offset; offsets under ~1.5 s are indistinguishable from the header's rounding and are ignored, a
larger one is applied to every reset time.

Concurrency: the check-and-reserve in :meth:`RateLimiter.acquire` runs without an ``await`` in
between, so it is atomic on the event loop; waiters sleep on an :class:`asyncio.Event` that is
replaced on every change (a broadcast, like ``Condition.notify_all``) or until the reset time,
whichever comes first. Cancelling a waiting task stops the wait at once and reserves nothing.
A limiter belongs to one event loop (as does the client).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Mapping
from email.utils import parsedate_to_datetime

from .errors import RateLimitedError
from .observable import ClientActivity, RateLimitState

__all__ = ["FALLBACK_WINDOW", "MAX_RESET_AHEAD", "RateLimiter", "Sleep", "parse_retry_after"]

Sleep = Callable[[float], Awaitable[None]]  # a wait (tests: a fake that moves their clock on)

MAX_RESET_AHEAD = 300.0  # a reset (or Retry-After) further ahead than this is not believed
FALLBACK_WINDOW = 60.0  # the documented window (60 requests per minute): the wait without a reset


def _int_header(headers: Mapping[str, str], name: str) -> int | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return int(float(value.strip()))
    except (ValueError, OverflowError):
        return None


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


class RateLimiter:
    """Paces requests of one client (see module docstring)."""

    def __init__(
        self,
        state: RateLimitState,
        activity: ClientActivity,
        *,
        margin: float = 0.05,
        max_wait: float = 120.0,
        clock: Callable[[], float] = time.time,
        sleep: Sleep | None = None,
    ) -> None:
        """``clock`` gives the local epoch time; ``sleep`` (tests) replaces the waits (a fake
        clock moves on in it); by default a wait also ends early when a reply changes things."""
        self.state = state
        self.clock = clock
        self._sleep = sleep
        self.distrusted = False  # the current wait comes from a fallback, not the server's reset
        self.activity = activity
        self.margin = margin
        self.max_wait = max_wait
        self.inflight = 0
        self.advertised: bool | None = None  # None: no reply yet
        self.limit: int | None = None
        self.remaining: int | None = None
        self.server_reset: int | None = None
        self.reset_local: float | None = None
        self.rolled = False
        self.blocked_until = 0.0
        self.skew = 0.0
        self._date_cache: tuple[str, float] | None = None
        self._changed: asyncio.Event | None = None

    # ------------------------------------------------------------------ waiting
    def _wait_time(self, now: float) -> float | None:
        """0 when a request may go now; seconds to wait; None = wait for a reply."""
        if now < self.blocked_until:
            return self.blocked_until - now
        if self.advertised is None:
            return 0.0 if self.inflight == 0 else None
        if not self.advertised or self.remaining is None:
            return 0.0
        if self.remaining - self.inflight > 0:
            return 0.0
        if self.reset_local is None:
            if self.inflight > 0:
                return None  # a reply on its way will tell
            self._fallback(now, None)  # budget spent, no reset known: the documented window
        assert self.reset_local is not None
        return max(self.reset_local + self.margin - now, 0.001)

    def _fallback(self, now: float, retry_after: float | None) -> None:
        """No usable reset time: the window is assumed to reset after Retry-After or 60 s."""
        self.reset_local = now + (retry_after if retry_after is not None else FALLBACK_WINDOW)
        self.rolled = False
        self.distrusted = True

    def _roll(self, now: float) -> None:
        if self.reset_local is not None and now >= self.reset_local + self.margin:
            self.reset_local = None
            self.rolled = True
            self.distrusted = False
            self.remaining = self.limit
            self.state._set(self.limit, self.remaining, None)

    async def acquire(self, op: int, waiting_state: str = "pacing") -> None:
        """Reserve a slot for one request, waiting (cancellably) while the budget is used up."""
        waited = False
        try:
            while True:
                now = self.clock()
                self._roll(now)
                wait = self._wait_time(now)
                if wait == 0.0:
                    self.inflight += 1
                    return
                if wait is not None and wait > self.max_wait:
                    retry_at = now + wait
                    raise RateLimitedError(
                        f"Rate limit reached: the budget resets in {wait:.0f} s, longer than the "
                        f"client's maximum wait of {self.max_wait:.0f} s.",
                        status_code=None,
                        retry_at=retry_at,
                    )
                until = None if wait is None else now + wait
                detail = (
                    "waiting for the rate-limit window to reset"
                    if waiting_state == "waiting_rate_limit"
                    else "pacing requests to stay within the rate limit"
                )
                if wait is not None and self.distrusted:
                    detail += (
                        f" (the server gave no plausible reset time: waiting {wait:.0f} s, "
                        "then trying again)"
                    )
                self.activity._update(op, waiting_state, detail, until)
                waited = True
                if self._changed is None:
                    self._changed = asyncio.Event()
                event = self._changed
                if wait is None:
                    await event.wait()
                elif self._sleep is not None:
                    await self._sleep(wait)
                else:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(event.wait(), wait)
        finally:
            if waited:
                self.activity._update(op, "sending", "")

    def _wake(self) -> None:
        if self._changed is not None:
            self._changed.set()
            self._changed = None

    # ------------------------------------------------------------------ replies
    def release(self, headers: Mapping[str, str] | None, status: int | None) -> None:
        """Give the slot back and learn from the reply's headers (``None``: no reply)."""
        self.inflight = max(0, self.inflight - 1)
        if headers is not None:
            self.observe(headers, status)
        elif self.advertised and self.remaining is not None and not self.rolled:
            # No reply (cut, timed out): the server may well have counted the request.
            self.remaining = max(0, self.remaining - 1)
        self._wake()

    def _server_now_offset(self, headers: Mapping[str, str], now: float) -> None:
        date = headers.get("date")
        if not date:
            return
        cached = self._date_cache
        if cached is not None and cached[0] == date:
            server_now = cached[1]
        else:
            try:
                server_now = parsedate_to_datetime(date).timestamp()
            except (TypeError, ValueError, IndexError, OverflowError):
                return
            self._date_cache = (date, server_now)
        estimate = server_now - now  # true offset is in [estimate, estimate + 1)
        if -2.5 <= estimate <= 1.5:
            self.skew = 0.0
        else:
            self.skew = estimate + 0.5

    def observe(self, headers: Mapping[str, str], status: int | None) -> None:
        now = self.clock()
        limit = _int_header(headers, "x-ratelimit-limit")
        remaining = _int_header(headers, "x-ratelimit-remaining")
        reset = _int_header(headers, "x-ratelimit-reset")
        retry_after = parse_retry_after(headers.get("retry-after"), now)
        if retry_after is not None and retry_after > MAX_RESET_AHEAD:
            retry_after = None  # not believed (e.g. a date in the year 3000)
        if limit is None and remaining is None and reset is None:
            if self.advertised is None:
                self.advertised = False
            if status == 429:
                self.blocked_until = max(self.blocked_until, now + (retry_after or 1.0))
            return
        self.advertised = True
        self._server_now_offset(headers, now)
        if limit is not None:
            if self.limit is not None and limit != self.limit:
                self.server_reset = None  # a new limit (server reconfigured): a new window
            self.limit = limit
        if reset is not None and reset < 1_000_000_000:
            # some servers send seconds-until-reset instead of a unix time
            reset = int(now + self.skew + reset)
        if reset is not None:
            ahead = reset - self.skew - now
            newer = self.server_reset is None or reset > self.server_reset
            if ahead > MAX_RESET_AHEAD or (ahead <= -1 and newer):
                reset = None  # an implausible reset (past, or far ahead): not believed
        if reset is not None:
            reset_local = reset - self.skew
            if self.server_reset is None or reset > self.server_reset:
                self.server_reset = reset
                self.reset_local = reset_local
                self.rolled = False
                self.distrusted = False
                self.remaining = remaining if remaining is not None else self.limit
            elif reset == self.server_reset and not self.rolled:
                if remaining is not None:
                    self.remaining = (
                        remaining if self.remaining is None else min(self.remaining, remaining)
                    )
            # else: a late reply about a window that already ended: ignore its budget
        elif remaining is not None:
            self.remaining = remaining
        if self.remaining is not None and self.remaining <= 0 and self.reset_local is None:
            self._fallback(now, retry_after)
        if status == 429:
            self.remaining = 0
            if self.reset_local is not None and self.reset_local > now:
                retry_at = self.reset_local + self.margin
            else:
                retry_at = now + (retry_after if retry_after is not None else 1.0)
            self.blocked_until = max(self.blocked_until, retry_at)
        self.state._set(
            self.limit,
            self.remaining,
            self.reset_local,
            retry_after if status == 429 else None,
        )

    def retry_at_after_429(self) -> float:
        """Local time a request rejected with 429 may be retried."""
        return max(self.blocked_until, self.clock())
