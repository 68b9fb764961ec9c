"""Rate limiting: per-bucket fixed windows aligned to the clock, and the headers they give."""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass


@dataclass
class RateDecision:
    limit: int
    remaining: int
    reset: int
    allowed: bool
    retry_after: int

    def headers(self) -> dict[str, str]:
        out = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset),
        }
        if not self.allowed:
            out["Retry-After"] = str(self.retry_after)
        return out


class FixedWindowLimiter:
    """Per-key fixed windows aligned to the clock: window_start = floor(now / W) * W.

    Every bucket's window starts at the same times, so when a new window starts the counts of
    the earlier ones are dropped at once: the bookkeeping is a dict lookup per request, however
    many buckets a window sees (it used to rebuild the whole dict on every request once a
    window had seen 10,000 buckets)."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._counts: dict[str, tuple[float, int]] = {}
        self._start: float | None = None  # the window of the latest hit
        self._lock = threading.Lock()

    def __len__(self) -> int:
        """How many buckets it keeps a count of (those of the latest window)."""
        return len(self._counts)

    def hit(self, bucket: str, now: float) -> RateDecision:
        start = math.floor(now / self.window) * self.window
        reset = start + self.window
        with self._lock:
            if start != self._start:  # a new window (or a clock set back): forget the others
                self._counts = {k: v for k, v in self._counts.items() if v[0] == start}
                self._start = start
            seen_start, count = self._counts.get(bucket, (start, 0))
            if seen_start != start:
                count = 0
            count += 1
            self._counts[bucket] = (start, count)
        allowed = count <= self.limit
        return RateDecision(
            limit=self.limit,
            remaining=max(0, self.limit - count),
            reset=math.ceil(reset),
            allowed=allowed,
            retry_after=max(1, math.ceil(reset - now)),
        )
