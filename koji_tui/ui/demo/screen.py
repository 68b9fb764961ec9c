"""The interview screen with the autopilot at the keys: the same screen, a badge, five keys.

:class:`AutopilotScreen` is the :class:`~koji_tui.ui.screens.interview.InterviewScreen` (its
controller, its drawing, its answer widgets) with a badge on top that names the persona, the
speed and what the autopilot is doing, and the autopilot's keys, which win over the composer
while it plays: space pause/resume, → one step, +/- speed, r restart, n next persona.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from koji_tui.config.entry import StudyEntry
from koji_tui.demo.autopilot import Autopilot, AutopilotStatus
from koji_tui.i18n import N_
from koji_tui.session.controller import InterviewController
from koji_tui.session.events import InterviewState
from koji_tui.ui.screens.interview import InterviewScreen
from koji_tui.ui.screens.interview_base import ControllerEvent
from koji_tui.ui.widgets.answers import AnswerWidget

ACTIVITY_WORDS = {
    "starting": "starting",
    "thinking": "reading",
    "typing": "answering",
    "waiting": "waiting",
    "completing": "completing",
    "done": "done",
    "stopped": "stopped",
}
CATCH_UP_SECONDS = 10.0  # the screen draws an event in milliseconds; this only ends a hang


def _speed_text(speed: float) -> str:
    return f"{speed:g}×"


def badge_text(status: AutopilotStatus) -> Text:
    """``▶ AUTOPILOT  Maya Chen (enthusiast) · 10× · answering · 1/3   space pause …``."""
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    if status.paused:
        text.append(" ⏸ PAUSED ", style="bold reverse")
    else:
        text.append(" ▶ AUTOPILOT ", style="bold reverse")
    persona = status.persona
    if persona is not None:
        text.append(f" {persona.display_name}", style="bold")
        text.append(f" ({persona.id})")
    text.append(f" · {_speed_text(status.speed)}", style="bold")
    text.append(f" · {ACTIVITY_WORDS.get(status.activity, status.activity)}")
    if status.total > 1:
        text.append(f" · {min(status.index + 1, status.total)}/{status.total}")
    text.append("   space ", style="bold")
    text.append("play" if status.paused else "pause")
    for key, words in (("→", "step"), ("+/-", "speed"), ("r", "restart"), ("n", "next persona")):
        text.append(f" · {key} ", style="bold")
        text.append(words)
    return text


class AutopilotScreen(InterviewScreen):
    """An interview the autopilot plays (see the module docstring)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "space", "autopilot('toggle')", N_("Pause/play"), id="autopilot.toggle", priority=True
        ),
        Binding("right", "autopilot('step')", N_("Step"), id="autopilot.step", priority=True),
        Binding(
            "plus,equals_sign",
            "autopilot('faster')",
            N_("Faster"),
            id="autopilot.faster",
            priority=True,
        ),
        Binding("minus", "autopilot('slower')", N_("Slower"), id="autopilot.slower", priority=True),
        Binding("r", "autopilot('restart')", N_("Restart"), id="autopilot.restart", priority=True),
        Binding(
            "n", "autopilot('next_persona')", N_("Next persona"), id="autopilot.next", priority=True
        ),
    ]

    def __init__(self, study: StudyEntry, *, start: dict[str, Any], autopilot: Autopilot) -> None:
        super().__init__(study, start=start)
        self.autopilot = autopilot
        self.drawn_state: InterviewState | None = None
        self._drawn = asyncio.Event()
        self._unwatch = autopilot.subscribe(self._status_changed)

    def compose(self) -> ComposeResult:
        yield Static(badge_text(self.autopilot.status), id="autopilot-badge")
        yield from super().compose()

    def on_unmount(self) -> None:
        self._unwatch()

    def _status_changed(self, status: AutopilotStatus) -> None:
        with contextlib.suppress(Exception):  # not composed yet, or gone
            self.query_one("#autopilot-badge", Static).update(badge_text(status))

    def action_autopilot(self, control: str) -> None:
        getattr(self.autopilot, control)()

    # -- keeping up with the controller ------------------------------------------------------
    def on_controller_event(self, message: ControllerEvent) -> None:
        # Runs before the interview screen's own handler (Textual calls each class's); the
        # state counts as drawn once every handler of this message is done.
        self.call_next(self._mark_drawn, message.event.state)

    def _mark_drawn(self, state: InterviewState) -> None:
        self._keys_to_the_autopilot()
        self.drawn_state = state
        self._drawn.set()

    def on_mount(self) -> None:
        self._keys_to_the_autopilot()

    def _keys_to_the_autopilot(self) -> None:
        """The composer's text area takes no keys while the autopilot types (the persona's
        characters are inserted, not keyed): a text area that takes printable keys would
        hide space, r and n from the screen's bindings (Textual gives them to the field)."""
        with contextlib.suppress(Exception):  # not composed yet
            self.composer.input.read_only = True

    async def until(self, test: Callable[[], bool], seconds: float = CATCH_UP_SECONDS) -> bool:
        """Wait (drawing event by drawing event) until ``test()`` holds; False if it did not
        within ``seconds``."""

        async def wait() -> None:
            while not test():
                self._drawn.clear()
                await self._drawn.wait()

        try:
            await asyncio.wait_for(wait(), seconds)
        except TimeoutError:
            return False
        return True

    async def caught_up(self, controller: InterviewController) -> None:
        """Wait until this screen has drawn the controller's current state."""
        await self.until(lambda: self.drawn_state is controller.state)

    def open_answer_widget(self) -> AnswerWidget | None:
        """The answer widget of the question on screen (None when it has none)."""
        for widget in reversed(list(self.query(AnswerWidget).results(AnswerWidget))):
            if not widget.is_locked:
                return widget
        return None
