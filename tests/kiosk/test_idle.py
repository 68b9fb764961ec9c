"""The idle guard on an injected clock: warning, countdown, resume, expiry, off."""

from __future__ import annotations

from koji_tui.kiosk.idle import IdleGuard, IdlePhase


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_still_there_after_90_s_then_expiry_after_30_more() -> None:
    clock = Clock()
    guard = IdleGuard(clock)
    assert guard.poll().phase is IdlePhase.OFF
    guard.arm()
    clock.t = 89.9
    assert guard.poll().phase is IdlePhase.ACTIVE
    clock.t = 90
    assert guard.poll().phase is IdlePhase.WARNING and guard.poll().remaining == 30
    clock.t = 110.5
    assert guard.poll().remaining == 10
    clock.t = 120
    assert guard.poll().phase is IdlePhase.EXPIRED
    assert not guard.activity()  # too late: it stays expired
    assert guard.poll().phase is IdlePhase.EXPIRED


def test_any_activity_resumes_and_starts_the_wait_again() -> None:
    clock = Clock()
    guard = IdleGuard(clock, idle_after=10, countdown=5)
    guard.arm()
    clock.t = 5
    assert not guard.activity()  # not warned yet
    clock.t = 15
    assert guard.poll().phase is IdlePhase.WARNING
    assert guard.activity()  # the participant is back
    clock.t = 24
    assert guard.poll().phase is IdlePhase.ACTIVE
    clock.t = 25
    assert guard.poll().phase is IdlePhase.WARNING


def test_off_means_off() -> None:
    clock = Clock()
    guard = IdleGuard(clock)
    guard.arm()
    guard.disarm()
    clock.t = 10_000
    assert guard.poll().phase is IdlePhase.OFF and not guard.activity()
