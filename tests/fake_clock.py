"""A clock for the client and the sandbox that only moves when something waits on it, so a
rate-limit window, a ``Retry-After`` or a backoff passes at once instead of in real time.

    clock = FakeClock()
    KojiClient(url, key, clock=clock.time, sleep=clock.sleep)
    ServerConfig(clock=clock.time, ...)   # the sandbox's windows (and its Date header) too
"""

from __future__ import annotations

import asyncio
import time


class FakeClock:
    """Epoch seconds that stand still between waits and move on by what is slept on them
    (``slept`` lists each wait). It starts at the real time, or ``start``."""

    def __init__(self, start: float | None = None) -> None:
        self.now = time.time() if start is None else start
        self.slept: list[float] = []

    def time(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        """Move the clock on by ``seconds`` and let the other tasks run (one turn of the loop):
        a waiter that looks at the clock after this one sees the time it woke up at."""
        self.slept.append(seconds)
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)
