"""Bringing one interview to "completed" whatever the network does (no Textual).

:func:`complete_when_possible` drives an :class:`InterviewController` until the server has its
complete: it waits out a request in flight, lets the controller resend an unsent answer (it
does so on its own once the server is back; an answer left unsent for another reason is resent
here), then completes with the reason, and tries again, spaced out on the injected clock, while
the server cannot be reached. Nothing is ever sent twice: the controller checks the server's
transcript before a resend, and complete is idempotent.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable

from koji_tui.i18n import N_
from koji_tui.session import SessionError
from koji_tui.session.controller import InterviewController
from koji_tui.session.events import Event, Failed, Phase, Problem
from koji_tui.session.ports import Clock, RetryPolicy

# Translated where shown (the operator panel says the loop's problem in the app's language).
UNSENT = Problem(message=N_("An answer is still unsent: the complete waits for it."), offline=True)
# Phases in which the server has nothing this kiosk can complete.
_NOTHING_TO_COMPLETE = (Phase.NEW, Phase.NOT_STARTED, Phase.CLOSED)


class _Watch:
    """Wakes the finisher on every event of the controller; keeps the last failure."""

    def __init__(self, controller: InterviewController) -> None:
        self.changed = asyncio.Event()
        self.failure: Failed | None = None
        self._unsubscribe = controller.subscribe(self._seen)

    def _seen(self, event: Event) -> None:
        if isinstance(event, Failed):
            self.failure = event
        self.changed.set()

    async def next(self, clock: Clock, seconds: float) -> None:
        """Until the next event, or ``seconds`` on the clock (whichever comes first)."""
        waiter = asyncio.ensure_future(self.changed.wait())
        sleeper = asyncio.ensure_future(clock.sleep(seconds))
        try:
            await asyncio.wait({waiter, sleeper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (waiter, sleeper):
                task.cancel()
            await asyncio.gather(waiter, sleeper, return_exceptions=True)
            self.changed.clear()

    def close(self) -> None:
        self._unsubscribe()


async def complete_when_possible(
    controller: InterviewController,
    reason: str,
    *,
    clock: Clock,
    retry: RetryPolicy,
    on_problem: Callable[[Problem | None], None] | None = None,
) -> bool:
    """Complete the interview with ``reason`` as soon as the server takes it. True once it is
    completed; False when there is nothing this kiosk can complete (never started, or driven
    by another window). ``on_problem`` hears each reason it has to wait (a failure, an unsent
    answer) and None once it went through.
    Cancel the task to stop trying: the answers stay in the journal."""
    watch = _Watch(controller)
    tries = 0

    def said(problem: Problem | None) -> None:
        if on_problem is not None:
            on_problem(problem)

    try:
        while True:
            state = controller.state
            if state.phase is Phase.COMPLETED:
                said(None)
                return True
            if state.phase in _NOTHING_TO_COMPLETE or state.read_only is not None:
                return False
            if state.phase is Phase.UNAVAILABLE:
                return False  # opened from the journal only: the caller opens it again later
            if state.busy:
                await watch.next(clock, retry.most)
                continue
            if state.pending is not None:
                said(UNSENT)  # the complete waits: the caller may queue it
                if not state.offline:  # left unsent by something else than the network
                    with contextlib.suppress(SessionError):
                        controller.resend(quiet=True)
                # Offline: the controller checks on its own and resends when the server is back.
                await watch.next(clock, retry.delay(tries))
                tries += 1
                continue
            watch.failure = None
            try:
                await controller.complete(reason)
            except SessionError:
                await watch.next(clock, retry.delay(tries))
                tries += 1
                continue
            if controller.state.phase is Phase.COMPLETED:
                said(None)
                return True
            said(watch.failure.problem if watch.failure is not None else None)
            await clock.sleep(retry.delay(tries))
            tries += 1
    finally:
        watch.close()


__all__ = ["complete_when_possible"]
