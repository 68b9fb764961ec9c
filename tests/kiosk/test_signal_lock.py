"""SIGINT, SIGTSTP and SIGQUIT are ignored while the lock is engaged, restored after."""

from __future__ import annotations

import os
import signal

from koji_tui.kiosk.lock import SignalLock


def test_the_three_signals_are_ignored_then_restored() -> None:
    before = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTSTP, signal.SIGQUIT)}
    lock = SignalLock()
    lock.engage()
    try:
        assert lock.engaged
        for number in before:
            assert signal.getsignal(number) is signal.SIG_IGN
        os.kill(os.getpid(), signal.SIGINT)  # would raise KeyboardInterrupt otherwise
        os.kill(os.getpid(), signal.SIGQUIT)  # would dump core and end the process
    finally:
        lock.release()
    assert not lock.engaged
    assert {s: signal.getsignal(s) for s in before} == before
