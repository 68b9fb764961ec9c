"""The autopilot: a persona answers interviews by itself, through the interview controller.

No Textual. The autopilot is one more driver of an
:class:`~koji_tui.session.controller.InterviewController`: it subscribes, and whenever the
interviewer has asked something it decides the persona's answer (:func:`~koji_tui.demo.choose.
decide`) and gives it through a :class:`Stage`: headless, the stage calls
``controller.answer(text, value)``; on screen, it types into the composer or drives the answer
widget key by key, and the screen sends it as it sends anything typed. When the interviewer is
done it completes the interview (``natural``) and goes on with the next :class:`Cast` of its
plan.

Pacing is on an injected clock (``Clock``: ``now()``, ``async sleep()``): a persona thinks,
types ``chars_per_second`` and moves in a widget at its own pace, divided by the speed.
Controls, as methods (the screen binds them to keys): :meth:`Autopilot.pause`,
:meth:`~Autopilot.resume`, :meth:`~Autopilot.toggle`, :meth:`~Autopilot.step` (one answer, then
paused), :meth:`~Autopilot.set_speed` / :meth:`~Autopilot.faster` / :meth:`~Autopilot.slower`,
:meth:`~Autopilot.restart` (this interview again), :meth:`~Autopilot.next_persona` (this study
with the next persona that fits), :meth:`~Autopilot.stop`. Every change is published to the
subscribers as an :class:`AutopilotStatus` (the screen's badge draws it). The controls and the
waiting under them are :mod:`koji_tui.demo.controls`.

    autopilot = Autopilot(HeadlessStage(...), [Cast("Acme", persona)], clock=clock, speed=10)
    reports = await autopilot.play()
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Sequence
from dataclasses import replace

from koji_tui.demo.choose import Answer, decide
from koji_tui.demo.controls import SPEEDS, AutopilotControls, _checked_speed
from koji_tui.demo.personas import Persona
from koji_tui.demo.plays import (
    AutopilotStatus,
    Cast,
    HeadlessStage,
    Interrupted,
    Pacer,
    RunReport,
    Stage,
)
from koji_tui.i18n import app_translator
from koji_tui.questions import Question
from koji_tui.session.controller import InterviewController
from koji_tui.session.events import Phase
from koji_tui.session.ports import Clock, SystemClock


def _(message: str) -> str:
    """A run's problem in the user's language (the scorecard shows it)."""
    return app_translator().gettext(message)


MAX_ANSWERS = 60  # an interview that asks more than this is not going to end by itself
MAX_RETRIES = 3  # resends of an undelivered answer, or attempts to complete


class Autopilot(AutopilotControls):
    """Plays ``plan`` on ``stage`` (see the module docstring). ``personas``: those ``n`` cycles
    through; ``paced=False`` never waits (rehearsals)."""

    def __init__(
        self,
        stage: Stage,
        plan: Sequence[Cast],
        *,
        personas: Sequence[Persona] = (),
        clock: Clock | None = None,
        speed: float = 1.0,
        paced: bool = True,
    ) -> None:
        if not plan:
            raise ValueError("the autopilot needs at least one interview to play")
        self.stage = stage
        self.plan = list(plan)
        self.personas = list(personas) or list(dict.fromkeys(c.persona for c in plan))
        self.clock: Clock = clock or SystemClock()
        self.paced = paced
        self.reports: list[RunReport] = []
        self.index = 0
        self.activity = "starting"
        self.controller: InterviewController | None = None
        self._speed = _checked_speed(speed)
        self._paused = False
        self._credits = 0  # steps allowed while paused
        self._stepping = False  # the action under way was allowed by a step
        self._interrupt: str | None = None
        self.held = False  # paused and waiting for resume() or step()
        self._changed = asyncio.Event()
        self._resumed = asyncio.Event()
        self._subscribers: list[Callable[[AutopilotStatus], object]] = []

    # -- watching ------------------------------------------------------------------------
    @property
    def speed(self) -> float:
        return self._speed

    @property
    def paused(self) -> bool:
        return self._paused

    @property
    def cast(self) -> Cast:
        return self.plan[min(self.index, len(self.plan) - 1)]

    @property
    def status(self) -> AutopilotStatus:
        cast = self.cast
        return AutopilotStatus(
            persona=cast.persona,
            study=cast.study,
            speed=self._speed,
            paused=self._paused,
            activity=self.activity,
            index=self.index,
            total=len(self.plan),
            held=self.held,
        )

    def subscribe(self, subscriber: Callable[[AutopilotStatus], object]) -> Callable[[], None]:
        self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

        return unsubscribe

    def _publish(self) -> None:
        status = self.status
        for subscriber in list(self._subscribers):
            with contextlib.suppress(Exception):
                subscriber(status)

    def _set_activity(self, activity: str) -> None:
        if activity != self.activity:
            self.activity = activity
            self._publish()

    def _wake(self) -> None:
        self._changed.set()
        self._resumed.set()

    # -- playing -------------------------------------------------------------------------------
    async def play(self) -> list[RunReport]:
        """Play every cast of the plan in turn; returns a report of each interview played."""
        while self.index < len(self.plan):
            cast = self.plan[self.index]
            report = await self._play_one(cast)
            how, self._interrupt = self._interrupt, None
            if how == "restart":
                continue
            if how == "next":
                self.plan[self.index] = self._with_next_persona(cast)
                continue
            self.reports.append(report)
            if how == "stop":
                break
            self.index += 1
        self._set_activity("stopped" if self.index < len(self.plan) else "done")
        return self.reports

    def _with_next_persona(self, cast: Cast) -> Cast:
        ring = self.personas
        start = ring.index(cast.persona) if cast.persona in ring else -1
        for offset in range(1, len(ring) + 1):
            persona = ring[(start + offset) % len(ring)]
            if persona.fits(cast.study_id, cast.locales):
                return replace(cast, persona=persona)
        return replace(cast, run_seed=cast.run_seed + 1)

    async def _play_one(self, cast: Cast) -> RunReport:
        report = RunReport(cast)
        self._set_activity("starting")
        self._publish()
        started = self.clock.now()
        try:
            controller = await self.stage.begin(cast)
        except Exception as exc:
            report.problem = _("could not begin: {error}").format(error=exc)
            return report
        self.controller = controller
        unsubscribe = controller.subscribe(self._on_event)
        try:
            await self._drive(cast, controller, report)
        except Interrupted as how:
            report.problem = report.problem or _("{how} before the end").format(how=how)
            with contextlib.suppress(Exception):
                if controller.why_not("complete") is None:  # leave the server's copy finished
                    await controller.complete("respondent_left")
        finally:
            unsubscribe()
            state = controller.state
            report.quality_score = state.quality_score
            report.turns = len(controller.turns)
            report.interview_id = state.interview_id
            report.record_id = state.record_id
            report.duration = self.clock.now() - started
            with contextlib.suppress(Exception):
                await self.stage.end(controller)
            self.controller = None
        return report

    async def _drive(self, cast: Cast, controller: InterviewController, report: RunReport) -> None:
        pacer = Pacer(self, cast.persona)
        answered: set[int] = set()
        last_id: str | None = None
        resends = completions = 0
        while True:
            self._changed.clear()
            self._check()
            state = controller.state
            if state.phase is Phase.COMPLETED:
                report.completed = True
                return
            if state.phase in (Phase.NOT_STARTED, Phase.UNAVAILABLE, Phase.CLOSED):
                report.problem = _("the interview is {phase}").format(phase=state.phase)
                return
            if state.read_only is not None:
                report.problem = _("read-only: {who} drives it").format(who=state.read_only)
                return
            turns = controller.turns
            last = turns[-1] if turns else None
            if state.busy or state.phase is Phase.NEW or (state.offline and state.pending):
                self._set_activity("waiting")
                await self._next_change()
            elif state.pending is not None:  # not delivered, and online: send it again
                resends += 1
                if resends > MAX_RETRIES:
                    report.problem = _("an answer could not be delivered")
                    return
                await self.wait(1.0)
                with contextlib.suppress(Exception):
                    controller.resend()
            elif state.ready_to_complete:
                completions += 1
                if completions > MAX_RETRIES:
                    report.problem = _("the interview could not be completed")
                    return
                await self._gate()
                self._set_activity("completing")
                await pacer.think()
                controller.complete("natural")
                self._stepping = False
                await self._next_change()
            elif state.can_answer and last is not None and last.role == "interviewer":
                if last.key in answered:
                    await self._next_change()
                    continue
                if len(report.answers) >= MAX_ANSWERS:
                    report.problem = _("more than {n} answers asked for").format(n=MAX_ANSWERS)
                    return
                await self._gate()
                answer = self._decide(cast, last.text, state.question, last.key, last_id, report)
                self._set_activity("thinking")
                await pacer.think()
                self._set_activity("typing")
                await self.stage.perform(controller, answer, pacer)
                answered.add(last.key)
                report.answers.append(answer)
                last_id = answer.question_id or last_id
                self._stepping = False
                self._set_activity("waiting")
            else:
                await self._next_change()

    def _decide(
        self,
        cast: Cast,
        text: str,
        question: object,
        key: int,
        last_id: str | None,
        report: RunReport,
    ) -> Answer:
        asked = question if isinstance(question, Question) else None
        qid = cast.identify(text) if cast.identify is not None else None
        follow_up = qid is None and last_id is not None and not (asked and asked.is_structured)
        return decide(
            cast.persona,
            asked,
            question_id=qid,
            follow_up_of=last_id if follow_up else None,
            run_seed=cast.run_seed,
            key=f"{qid or last_id or ''}:{key}",
            used=[a.text for a in report.answers],
        )


__all__ = [
    "SPEEDS",
    "Autopilot",
    "AutopilotStatus",
    "Cast",
    "HeadlessStage",
    "Interrupted",
    "Pacer",
    "RunReport",
    "Stage",
]
