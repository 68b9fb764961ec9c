"""The seams of the interview controller: what it needs from a client, a clock and a journal.

Protocols, so the controller is tested with a real sandbox or a fake server alike, and so a
kiosk loop, an autopilot or the CLI can hand it what they have. No Textual, no httpx.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol


class InterviewClient(Protocol):
    """The part of :class:`koji_tui.api.KojiClient` an interview uses."""

    base_url: Any

    async def start(
        self, *, respondent: Any = None, mode: str | None = None, locale: str | None = None
    ) -> Any: ...

    def send_message_stream(
        self, interview_id: str, text: str, *, session_token: str | None = None, seen: Any = None
    ) -> AsyncIterator[Any]: ...

    async def send_message(
        self, interview_id: str, text: str, *, session_token: str | None = None, seen: Any = None
    ) -> Any: ...

    async def complete(self, interview_id: str, **kwargs: Any) -> Any: ...

    async def get_interview(self, interview_id: str, *, retry: bool = True) -> Any: ...


ClientSource = Callable[[], Awaitable[InterviewClient]]
"""Gives the client for the interview's study (an async call: it may read the keyring)."""


class Clock(Protocol):
    """Time for the controller's own waits (the offline checks); tests pass a fake one."""

    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemClock:
    def now(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


@dataclass(frozen=True)
class RetryPolicy:
    """How an unsent answer is retried while offline: one check (a single request) after
    ``first`` seconds, then each wait twice as long, up to ``most``."""

    first: float = 3.0
    most: float = 30.0

    def delay(self, checks_done: int) -> float:
        return float(min(self.most, self.first * 2**checks_done))
