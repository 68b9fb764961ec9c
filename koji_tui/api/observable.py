"""Observable client state for status bars: the rate-limit budget and what the client is doing.

Both objects are plain (no asyncio, no threads). ``subscribe(callback)`` registers a sync callable
that receives the object itself after every change and returns an ``unsubscribe()`` callable. A
callback that raises is logged (at WARNING, without the API key) and never breaks a request.
Callbacks run in the thread of the event loop driving the client.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["ACTIVITY_STATES", "ClientActivity", "Observable", "RateLimitState"]

log = logging.getLogger("koji_tui.api")

T = TypeVar("T", bound="Observable")

ACTIVITY_STATES = (
    "idle",
    "sending",
    "pacing",
    "waiting_rate_limit",
    "retrying",
    "reconciling",
    "offline",
)
# When several requests are in different states, the most important one is shown.
_PRIORITY = {name: i for i, name in enumerate(ACTIVITY_STATES)}
_PRIORITY["offline"] = 100
_PRIORITY["waiting_rate_limit"] = 90
_PRIORITY["reconciling"] = 80
_PRIORITY["retrying"] = 70
_PRIORITY["pacing"] = 60
_PRIORITY["sending"] = 50


class Observable(Generic[T]):
    """Minimal subscribe/notify mixin."""

    def __init__(self) -> None:
        self._subscribers: list[Callable[[T], None]] = []

    def subscribe(self, callback: Callable[[T], None]) -> Callable[[], None]:
        """Call ``callback(self)`` on every change; returns a function that unsubscribes."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            try:
                self._subscribers.remove(callback)
            except ValueError:
                pass

        return unsubscribe

    def _notify(self) -> None:
        for callback in list(self._subscribers):
            try:
                callback(self)  # type: ignore[arg-type]
            except Exception:
                log.warning("a %s subscriber raised", type(self).__name__, exc_info=True)


class RateLimitState(Observable["RateLimitState"]):
    """The server's rate-limit budget as last reported.

    ``limit``/``remaining`` are ``None`` until a reply carried the headers; ``reset_at`` is the
    LOCAL epoch time (corrected for clock skew) at which the window resets; ``updated_at`` the
    local time of the last update. ``known`` says whether the server advertised limits.
    """

    def __init__(self) -> None:
        super().__init__()
        self.limit: int | None = None
        self.remaining: int | None = None
        self.reset_at: float | None = None
        self.updated_at: float | None = None
        self.retry_after: float | None = None

    @property
    def known(self) -> bool:
        return self.limit is not None

    def _set(
        self,
        limit: int | None,
        remaining: int | None,
        reset_at: float | None,
        retry_after: float | None = None,
    ) -> None:
        changed = (limit, remaining, reset_at, retry_after) != (
            self.limit,
            self.remaining,
            self.reset_at,
            self.retry_after,
        )
        self.limit, self.remaining, self.reset_at = limit, remaining, reset_at
        self.retry_after = retry_after
        self.updated_at = time.time()
        if changed:
            self._notify()

    def __repr__(self) -> str:
        return (
            f"RateLimitState(limit={self.limit}, remaining={self.remaining}, "
            f"reset_at={self.reset_at})"
        )


class ClientActivity(Observable["ClientActivity"]):
    """What the client is doing now: ``state`` (one of :data:`ACTIVITY_STATES`), a ``detail``
    sentence, and ``until`` (local epoch time the current wait ends, or ``None``).

    With several requests in flight, the most important state wins (offline > waiting_rate_limit >
    reconciling > retrying > pacing > sending > idle). ``offline`` stays after a request failed
    for lack of a connection, until the next reply from the server.
    """

    def __init__(self) -> None:
        super().__init__()
        self.state: str = "idle"
        self.detail: str = ""
        self.until: float | None = None
        self._ops: dict[int, tuple[str, str, float | None]] = {}
        self._next = 0
        self._offline: str | None = None

    # -- used by the client
    def _begin(self, state: str = "sending", detail: str = "") -> int:
        self._next += 1
        self._ops[self._next] = (state, detail, None)
        self._recompute()
        return self._next

    def _update(self, op: int, state: str, detail: str = "", until: float | None = None) -> None:
        if op in self._ops:
            self._ops[op] = (state, detail, until)
            self._recompute()

    def _end(self, op: int) -> None:
        if self._ops.pop(op, None) is not None:
            self._recompute()

    def _set_offline(self, detail: str | None) -> None:
        if detail != self._offline:
            self._offline = detail
            self._recompute()

    def _recompute(self) -> None:
        if self._offline is not None:
            best: tuple[str, str, float | None] = ("offline", self._offline, None)
        else:
            best = ("idle", "", None)
        for entry in self._ops.values():
            if _PRIORITY.get(entry[0], 0) > _PRIORITY.get(best[0], 0):
                best = entry
        if best != (self.state, self.detail, self.until):
            self.state, self.detail, self.until = best
            self._notify()

    def __repr__(self) -> str:
        return f"ClientActivity(state={self.state!r}, detail={self.detail!r}, until={self.until})"
