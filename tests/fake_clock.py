"""A clock for the client and the sandbox that only moves when something waits on it, so a
rate-limit window, a ``Retry-After`` or a backoff passes at once instead of in real time.

    clock = FakeClock()
    KojiClient(url, key, clock=clock.time, sleep=clock.sleep)
    ServerConfig(clock=clock.time, ...)   # the sandbox counts its windows on the same clock
"""

from __future__ import annotations

import asyncio
import time


class FakeClock:
    """Epoch seconds that move on by what is slept on them (``slept`` lists each wait).

    ``follows_real_time=True``: the real time plus what was slept, for a client talking to a
    server whose ``Date`` header is the real time; the waits of a test must then stay within
    about a second, or the client reads the gap as the server's clock skew (see
    :mod:`koji_tui.api.ratelimit`). Otherwise it stands still between waits.
    """

    def __init__(self, *, follows_real_time: bool = False) -> None:
        self._follows = follows_real_time
        self._offset = 0.0 if follows_real_time else time.time()
        self.slept: list[float] = []

    def time(self) -> float:
        return (time.time() if self._follows else 0.0) + self._offset

    async def sleep(self, seconds: float) -> None:
        """Move the clock on by ``seconds`` and let the other tasks run (one turn of the loop):
        a waiter that looks at the clock after this one sees the time it woke up at."""
        self.slept.append(seconds)
        self._offset += max(0.0, seconds)
        await asyncio.sleep(0)
