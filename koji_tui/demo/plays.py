"""What the autopilot plays and reports: a :class:`Cast` (a persona on a study), the
:class:`Stage` it plays on, a :class:`RunReport` per interview and the :class:`AutopilotStatus`
its subscribers see (no Textual)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from koji_tui.demo.choose import Answer
from koji_tui.demo.identify import QuestionIds
from koji_tui.demo.personas import Persona
from koji_tui.session.controller import InterviewController


@dataclass(frozen=True)
class Cast:
    """One interview to play: a persona on a study (``study`` as the stage names it)."""

    study: str
    persona: Persona
    run_seed: int = 0
    study_id: str | None = None
    locales: tuple[str, ...] = ()
    identify: QuestionIds | None = None  # the study's question ids (None: none known)

    @property
    def locale(self) -> str:
        """The persona's locale when the study offers it (or nobody knows), else the study's."""
        if not self.locales or self.persona.fits(None, self.locales):
            return self.persona.locale
        return self.locales[0]


@dataclass
class RunReport:
    """What one interview gave."""

    cast: Cast
    completed: bool = False
    quality_score: float | None = None
    turns: int = 0
    duration: float = 0.0
    answers: list[Answer] = field(default_factory=list)
    problem: str | None = None
    interview_id: str | None = None
    record_id: int | None = None

    @property
    def structured(self) -> list[Answer]:
        return [a for a in self.answers if a.question is not None and a.question.is_structured]

    @property
    def own_words(self) -> int:
        """Structured questions the persona answered in its own words on purpose."""
        return sum(1 for a in self.structured if a.value is None)


@dataclass(frozen=True)
class AutopilotStatus:
    """What the badge shows."""

    persona: Persona | None
    study: str
    speed: float
    paused: bool
    activity: str  # starting, thinking, typing, waiting, completing, done, stopped
    index: int  # of the cast being played (0-based)
    total: int
    held: bool = False  # paused and waiting (nothing moves until resume or step)


class Stage(Protocol):
    """Where the autopilot's interviews run."""

    async def begin(self, cast: Cast) -> InterviewController:
        """A controller running (or starting) an interview for ``cast``."""
        ...

    async def perform(self, controller: InterviewController, answer: Answer, pacer: Pacer) -> None:
        """Give ``answer`` as a person would, pacing each key with ``pacer``; it has reached
        the controller (``controller.answer``) when this returns."""
        ...

    async def end(self, controller: InterviewController) -> None:
        """Leave the interview (it is completed, or abandoned on a restart)."""
        ...


class Waits(Protocol):
    """What a :class:`Pacer` needs of the autopilot: its speed and its paused-aware wait."""

    paced: bool

    @property
    def speed(self) -> float: ...

    async def wait(self, seconds: float) -> None: ...


class Pacer:
    """The waits of one persona at the autopilot's speed (each honours a pause)."""

    def __init__(self, autopilot: Waits, persona: Persona) -> None:
        self._autopilot = autopilot
        self.typing = persona.typing

    async def think(self) -> None:
        await self._autopilot.wait(self.typing.think_seconds)

    @property
    def key_seconds(self) -> float:
        """How long one typed character takes now (0 when unpaced)."""
        if not self._autopilot.paced:
            return 0.0
        return 1.0 / (self.typing.chars_per_second * self._autopilot.speed)

    async def key(self, count: int = 1) -> None:
        """``count`` characters typed (one wait: headless stages type a whole answer at once)."""
        await self._autopilot.wait(count / self.typing.chars_per_second)

    async def move(self) -> None:
        """One key in an answer widget (an arrow, a tick)."""
        await self._autopilot.wait(self.typing.move_seconds)


class Interrupted(Exception):
    """The autopilot was told to restart, take the next persona or stop."""


class HeadlessStage:
    """Interviews with the controller alone: ``controllers(cast)`` makes each one (not
    started); the answer goes to ``controller.answer`` after the typing time."""

    def __init__(self, controllers: Callable[[Cast], InterviewController]) -> None:
        self._controllers = controllers

    async def begin(self, cast: Cast) -> InterviewController:
        controller = self._controllers(cast)
        controller.start(respondent=cast.persona.respondent, mode="text", locale=cast.locale)
        return controller

    async def perform(self, controller: InterviewController, answer: Answer, pacer: Pacer) -> None:
        await pacer.key(len(answer.text))
        question = answer.question if answer.structured else None
        controller.answer(answer.text, answer.value, question)

    async def end(self, controller: InterviewController) -> None:
        await controller.close()
