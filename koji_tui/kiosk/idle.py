"""The idle guard: "Still there?" after a while without a key or a click, then the end.

A state machine on an injected clock (``now``): the kiosk arms it when a participant's
interview (or the consent card) is on screen, tells it of every key, click and reply
(:meth:`IdleGuard.activity`), and polls it once a second. After ``idle_after`` seconds of
nothing it says WARNING (with the seconds left); ``countdown`` seconds later EXPIRED. Activity
during the warning resumes. Off on the welcome and thank-you screens (:meth:`disarm`).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class IdlePhase(StrEnum):
    OFF = "off"
    ACTIVE = "active"
    WARNING = "warning"  # "Still there?" with a countdown
    EXPIRED = "expired"  # the countdown ran out: end the interview


@dataclass(frozen=True)
class IdleStatus:
    phase: IdlePhase
    remaining: int = 0  # whole seconds of the countdown left (WARNING)


class IdleGuard:
    def __init__(
        self, now: Callable[[], float], *, idle_after: float = 90.0, countdown: float = 30.0
    ) -> None:
        self._now = now
        self.idle_after = idle_after
        self.countdown = countdown
        self._phase = IdlePhase.OFF
        self._last = now()

    @property
    def phase(self) -> IdlePhase:
        return self._phase

    def arm(self) -> None:
        """Start watching (from now)."""
        self._phase = IdlePhase.ACTIVE
        self._last = self._now()

    def disarm(self) -> None:
        self._phase = IdlePhase.OFF

    def activity(self) -> bool:
        """A key, a click or a reply: the idle time starts again. True when it ended a
        warning (the participant is back)."""
        if self._phase not in (IdlePhase.ACTIVE, IdlePhase.WARNING):
            return False
        resumed = self.poll().phase is IdlePhase.WARNING
        if self._phase is IdlePhase.EXPIRED:
            return False
        self._phase = IdlePhase.ACTIVE
        self._last = self._now()
        return resumed

    def poll(self) -> IdleStatus:
        if self._phase in (IdlePhase.OFF, IdlePhase.EXPIRED):
            return IdleStatus(self._phase)
        idle = self._now() - self._last
        if idle >= self.idle_after + self.countdown:
            self._phase = IdlePhase.EXPIRED
            return IdleStatus(IdlePhase.EXPIRED)
        if idle >= self.idle_after:
            self._phase = IdlePhase.WARNING
            left = math.ceil(self.idle_after + self.countdown - idle)
            return IdleStatus(IdlePhase.WARNING, max(1, left))
        self._phase = IdlePhase.ACTIVE
        return IdleStatus(IdlePhase.ACTIVE)


__all__ = ["IdleGuard", "IdlePhase", "IdleStatus"]
