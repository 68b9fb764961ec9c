"""The autopilot on screen: a :class:`~koji_tui.demo.autopilot.Stage` made of interview screens.

:class:`ScreenStage` begins each interview by pushing an :class:`AutopilotScreen` (which starts
its controller as any interview screen does), gives each answer with the persona's hands
(:mod:`koji_tui.ui.demo.hands`: the composer, or the answer widget) and leaves by closing the
controller and popping the screen. :func:`play_as` plays one study with one persona from
anywhere in the app, and asks first when the study is on a real server (interviews use credits).
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from textual.app import App

from koji_tui.config.entry import StudyEntry
from koji_tui.demo.autopilot import Autopilot, Cast, Pacer, RunReport
from koji_tui.demo.choose import Answer
from koji_tui.demo.identify import GuideIds, ids_for
from koji_tui.demo.personas import Persona
from koji_tui.i18n import app_translator
from koji_tui.session.controller import InterviewController
from koji_tui.session.ports import Clock
from koji_tui.ui.demo.hands import drive, type_into
from koji_tui.ui.demo.screen import AutopilotScreen
from koji_tui.ui.widgets.answers import AnswerWidget

WIDGET_WAIT_SECONDS = 10.0  # an answer widget is composed a frame or two after its question
# (on a loaded machine frames come late: 3 s was once too short, and the answer was typed)


class ScreenStage:
    """Interviews shown by :class:`AutopilotScreen` on ``app`` (a ``KojiApp``)."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self.autopilot: Autopilot | None = None  # set by whoever makes the autopilot
        self._screens: dict[int, AutopilotScreen] = {}

    def study(self, name: str) -> StudyEntry:
        for study in getattr(self.app, "studies", []):
            if study.name == name:
                return study
        raise LookupError(f"no study named {name!r}")

    def screen_of(self, controller: InterviewController) -> AutopilotScreen:
        return self._screens[id(controller)]

    async def begin(self, cast: Cast) -> InterviewController:
        assert self.autopilot is not None, "give the stage its autopilot first"
        persona = cast.persona
        start = {"respondent": persona.respondent, "mode": "text", "locale": cast.locale}
        screen = AutopilotScreen(self.study(cast.study), start=start, autopilot=self.autopilot)
        await self.app.push_screen(screen)
        self._screens[id(screen.controller)] = screen
        return screen.controller

    async def perform(self, controller: InterviewController, answer: Answer, pacer: Pacer) -> None:
        screen = self.screen_of(controller)
        await screen.caught_up(controller)
        before = len(controller.turns)
        done = False
        if answer.via == "widget" and answer.value is not None:
            widget = await self._widget(screen, pacer)
            if widget is not None:
                done = await drive(widget, answer.value, pacer)
        if not done:
            await type_into(screen.composer, answer.text, pacer)
        await self._reached(screen, controller, before, answer)

    async def _widget(self, screen: AutopilotScreen, pacer: Pacer) -> AnswerWidget | None:
        loop = asyncio.get_running_loop()
        until = loop.time() + WIDGET_WAIT_SECONDS
        while loop.time() < until:
            widget = screen.open_answer_widget()
            if widget is not None and widget.is_mounted and widget.children:
                return widget
            await asyncio.sleep(0.02)
        return None

    async def _reached(
        self, screen: AutopilotScreen, controller: InterviewController, before: int, answer: Answer
    ) -> None:
        """Wait until the screen has handed the answer to the controller; if it never does
        (a widget that refused it), give it to the controller directly."""
        await screen.until(lambda: len(controller.turns) > before)
        if len(controller.turns) <= before and controller.state.can_answer:
            question = answer.question if answer.structured else None
            controller.answer(answer.text, answer.value, question)

    async def end(self, controller: InterviewController) -> None:
        screen = self._screens.pop(id(controller), None)
        await controller.close()
        if screen is not None and screen in self.app.screen_stack:
            while self.app.screen is not screen:  # a dialog on top of it goes with it
                await self.app.pop_screen()
            await self.app.pop_screen()


def tour(
    studies: Sequence[StudyEntry],
    sandbox: Any,
    personas: Sequence[Persona],
    chosen: Persona | None = None,
) -> list[Cast]:
    """A cast per text study of the sandbox: ``chosen`` on each, or on each study the first
    persona that fits it and has not played yet (so a tour shows several personas)."""
    casts: list[Cast] = []
    used: set[str] = set()
    for entry in studies:
        study = sandbox.study(entry.study_id) if entry.study_id else None
        if study is None or study.mode != "text":
            continue  # a voice-only study cannot be typed
        locales = tuple(study.locales)
        if chosen is not None:
            persona = chosen
        else:
            fitting = [p for p in personas if p.fits(study.id, locales)]
            if not fitting:
                continue
            persona = next((p for p in fitting if p.id not in used), fitting[0])
        used.add(persona.id)
        casts.append(
            Cast(
                study=entry.name,
                persona=persona,
                study_id=study.id,
                locales=locales,
                identify=ids_for(persona, GuideIds.of_study(study)),
            )
        )
    return casts


def make_autopilot(
    app: App[Any],
    plan: Sequence[Cast],
    personas: Sequence[Persona],
    *,
    speed: float = 1.0,
    clock: Clock | None = None,
) -> tuple[Autopilot, ScreenStage]:
    stage = ScreenStage(app)
    autopilot = Autopilot(stage, plan, personas=personas, clock=clock, speed=speed)
    stage.autopilot = autopilot
    return autopilot, stage


def play_as(
    app: App[Any],
    study: StudyEntry,
    persona: Persona,
    personas: Sequence[Persona] = (),
    *,
    speed: float = 1.0,
    clock: Clock | None = None,
    sandbox: Any = None,
) -> None:
    """Play one interview of ``study`` as ``persona`` on ``app`` (a ``KojiApp``), in a worker.
    A study that is not the sandbox's asks first: the interview uses the server's credits.
    ``sandbox``: the demo's, whose study tells the locales and question ids."""
    cast = _cast_of(study, persona, sandbox)
    autopilot, _ = make_autopilot(app, [cast], personas or [persona], speed=speed, clock=clock)

    def go(yes: bool | None = True) -> None:
        if yes:
            app.run_worker(autopilot.play(), group="autopilot", exit_on_error=False)

    if study.source == "demo":
        go()
        return
    from koji_tui.ui.screens.confirm import ConfirmScreen

    tr = app_translator()
    app.push_screen(
        ConfirmScreen(
            tr.gettext("Play this interview with the autopilot?"),
            tr.gettext(
                "{study} is on a real server ({url}): the autopilot starts and completes a "
                "real interview as {persona}, and it uses credits."
            ).format(study=study.name, url=study.base_url, persona=persona.display_name),
            yes=tr.gettext("Play"),
            no=tr.gettext("Cancel"),
            destructive=True,  # Enter cancels; playing needs its key
        ),
        go,
    )


def _cast_of(study: StudyEntry, persona: Persona, sandbox: Any) -> Cast:
    known = None
    if sandbox is not None and study.source == "demo" and study.study_id:
        try:
            known = sandbox.study(study.study_id)
        except Exception:  # not the sandbox's after all: nothing known of it
            known = None
    if known is None:
        return Cast(study=study.name, persona=persona, identify=ids_for(persona))
    return Cast(
        study=study.name,
        persona=persona,
        study_id=known.id,
        locales=tuple(known.locales),
        identify=ids_for(persona, GuideIds.of_study(known)),
    )


def summary(reports: Sequence[RunReport]) -> str:
    """One line for the end of a tour."""
    done = [r for r in reports if r.completed]
    scores = ", ".join(
        f"{r.cast.persona.display_name}: {r.quality_score:.1f}"
        for r in done
        if r.quality_score is not None
    )
    line = f"Autopilot: {len(done)} of {len(reports)} interviews completed"
    return f"{line} (quality {scores})." if scores else f"{line}."


__all__ = ["AutopilotScreen", "ScreenStage", "make_autopilot", "play_as", "summary", "tour"]
