"""The autopilot's controls (pause, step, speed, restart, next persona, stop) and how it waits
under them: the part of :class:`~koji_tui.demo.autopilot.Autopilot` the screen's keys drive
(see :mod:`koji_tui.demo.autopilot`). No Textual."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from koji_tui.demo.plays import Interrupted
from koji_tui.session.events import Event
from koji_tui.session.ports import Clock

__all__ = ["SPEEDS", "AutopilotControls"]

SPEEDS: tuple[float, ...] = (0.25, 0.5, 1.0, 2.0, 3.0, 5.0, 10.0, 20.0, 50.0, 100.0)


class AutopilotControls:
    """Mixin of :class:`~koji_tui.demo.autopilot.Autopilot` (its state is set up there)."""

    clock: Clock
    paced: bool
    held: bool
    _speed: float
    _paused: bool
    _credits: int
    _stepping: bool
    _interrupt: str | None
    _changed: asyncio.Event
    _resumed: asyncio.Event

    if TYPE_CHECKING:  # provided by the autopilot

        def _publish(self) -> None: ...

        def _wake(self) -> None: ...

    # -- controls --------------------------------------------------------------------------
    def pause(self) -> None:
        self._paused = True
        self._publish()

    def resume(self) -> None:
        self._paused = False
        self._credits = 0
        self._wake()
        self._publish()

    def toggle(self) -> None:
        """Pause when playing, play when paused."""
        self.resume() if self._paused else self.pause()

    def step(self) -> None:
        """One answer (or the completion), then paused (pauses first when playing)."""
        self._paused = True
        self._credits += 1
        self._wake()
        self._publish()

    def set_speed(self, speed: float) -> None:
        self._speed = _checked_speed(speed)
        self._publish()

    def faster(self) -> None:
        self.set_speed(next((s for s in SPEEDS if s > self._speed), self._speed))

    def slower(self) -> None:
        self.set_speed(next((s for s in reversed(SPEEDS) if s < self._speed), self._speed))

    def restart(self) -> None:
        """Leave this interview and play it again from the start."""
        self._interrupt = "restart"
        self._wake()

    def next_persona(self) -> None:
        """Leave this interview and play its study with the next persona that fits."""
        self._interrupt = "next"
        self._wake()

    def stop(self) -> None:
        self._interrupt = "stop"
        self._wake()

    # -- waiting -----------------------------------------------------------------------------
    def _check(self) -> None:
        if self._interrupt is not None:
            raise Interrupted(self._interrupt)

    async def _held(self) -> None:
        """Wait for resume(), step() or an interrupt, said to the subscribers."""
        self._resumed.clear()
        self.held = True
        self._publish()
        try:
            await self._resumed.wait()
        finally:
            self.held = False
        self._publish()

    async def _hold(self) -> None:
        """Wait while paused (an action allowed by a step goes on; a step taken while an
        action was paused half-way lets it finish)."""
        await self._while_paused()

    async def _gate(self) -> None:
        """Before an action: wait while paused, unless a step allows it."""
        self._stepping = False
        await self._while_paused()

    async def _while_paused(self) -> None:
        """Held while paused and no step is under way; a step credit, when one is there, lets
        the next action go (it is used up and marks the step under way)."""
        while self._paused and not self._stepping:
            self._check()
            if self._credits:
                self._credits -= 1
                self._stepping = True
                break
            await self._held()
        self._check()

    async def wait(self, seconds: float) -> None:
        """``seconds`` of the persona's time at the current speed (a pause holds it first)."""
        await self._hold()
        if self.paced and seconds > 0:
            await self.clock.sleep(seconds / self._speed)
        self._check()

    async def _next_change(self) -> None:
        await self._changed.wait()
        self._check()

    def _on_event(self, event: Event) -> None:
        self._changed.set()


def _checked_speed(speed: float) -> float:
    speed = float(speed)
    if not speed > 0 or speed != speed or speed == float("inf"):
        raise ValueError(f"the speed must be a positive number (got {speed})")
    return speed
