"""The autopilot drives the interview controller on a sandbox (real HTTP on 127.0.0.1): every
sample study completes with every persona that fits it, each structured question answered with a
structured value (read back from the journal); pause, step, restart and the next persona on a
clock the test owns."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from koji_tui.demo.autopilot import SPEEDS, Autopilot, AutopilotStatus
from koji_tui.demo.personas import Persona
from tests.demo.conftest import Bench, VirtualClock, structured_in_journal

VALUE_TYPES = {
    "scale": int,
    "yes_no": bool,
    "single_choice": str,
    "multiple_choice": list,
    "ranking": list,
}


async def test_every_sample_study_completes_with_every_persona_that_fits(
    bench: Bench, personas: list[Persona]
) -> None:
    played = own_words = 0
    for study in bench.text_studies:
        guide = {q.id: q.type for q in study.questions}
        structured = [qid for qid, kind in guide.items() if kind != "open_ended"]
        for persona in [p for p in personas if p.fits(study.id, study.locales)]:
            cast = bench.cast(study.id, persona)
            [report] = await Autopilot(bench.stage(), [cast], paced=False).play()
            who = f"{persona.id} on {study.id}"
            assert report.completed and report.problem is None, who
            assert report.quality_score is not None and report.quality_score >= 3, who
            assert report.record_id is not None
            answers = structured_in_journal(bench.journal, report.record_id)
            assert len(answers) == len(structured), who  # every structured question, once
            for kind, value in answers:
                if value is not None:
                    assert isinstance(value, VALUE_TYPES[kind]), (who, kind, value)
            # a value is missing only where the persona's file says "in its own words"
            assert sum(v is None for _, v in answers) == report.own_words, who
            own_words += report.own_words
            played += 1
    assert played >= 9  # three studies, two to four personas each
    assert own_words == 1  # the sceptic's "Sometimes" to working from home


async def test_the_ids_of_the_guide_reach_the_persona(
    bench: Bench, persona: Callable[[str], Persona]
) -> None:
    """The enthusiast's rules by question id are the ones used (NPS 10, its labels)."""
    cast = bench.cast("acme-product-feedback", persona("enthusiast"))
    [report] = await Autopilot(bench.stage(), [cast], paced=False).play()
    by_id = {a.question_id: a for a in report.answers if a.question_id}
    assert by_id["nps"].value == 10
    assert by_id["priorities"].value == ["Integrations", "Speed", "Ease of use", "Price"]
    assert by_id["usage"].text.startswith(("I run a small design studio", "Everything money"))
    follow_ups = [a for a in report.answers if a.kind == "follow_up"]
    assert follow_ups  # the interviewer's probes got the follow-up answers of the file
    assert any("bank sync alone" in a.text for a in follow_ups)


async def _play_timed(bench: Bench, persona: Persona, speed: float) -> tuple[VirtualClock, Any]:
    clock = VirtualClock()
    cast = bench.cast("acme-product-feedback", persona)
    [report] = await Autopilot(bench.stage(), [cast], clock=clock, speed=speed).play()
    assert report.completed
    return clock, report


async def test_pacing_is_on_the_injected_clock_and_divided_by_the_speed(
    bench: Bench, persona: Callable[[str], Persona]
) -> None:
    terse = persona("terse")
    slow, report = await _play_timed(bench, terse, 1.0)
    fast, _ = await _play_timed(bench, terse, 10.0)
    # Every wait is the persona's: a think before each answer and before completing, and
    # (headless) the typing time of each answer, its characters at chars_per_second.
    typing = terse.typing
    expected = [typing.think_seconds] * (len(report.answers) + 1) + [
        len(a.text) / typing.chars_per_second for a in report.answers
    ]
    assert sorted(slow.sleeps) == pytest.approx(sorted(expected))
    assert sorted(fast.sleeps) == pytest.approx(sorted(s / 10 for s in expected))
    assert fast.t == pytest.approx(slow.t / 10)


class Watch:
    """The autopilot's status as it changes; waits for a condition on it."""

    def __init__(self, autopilot: Autopilot) -> None:
        self.seen: list[AutopilotStatus] = []
        self._changed = asyncio.Event()
        autopilot.subscribe(self._on)

    def _on(self, status: AutopilotStatus) -> None:
        self.seen.append(status)
        self._changed.set()

    async def until(self, test: Callable[[], bool], limit: float = 20.0) -> None:
        async def wait() -> None:
            while not test():
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(wait(), limit)


def _answers(bench: Bench) -> int:
    controller = bench.controllers[-1]
    return sum(1 for t in controller.turns if t.role == "respondent")


async def test_pause_and_step_give_one_answer_at_a_time(
    bench: Bench, persona: Callable[[str], Persona]
) -> None:
    clock = VirtualClock()
    cast = bench.cast("remote-work-tools", persona("enthusiast"))
    autopilot = Autopilot(bench.stage(), [cast], clock=clock)
    watch = Watch(autopilot)
    autopilot.pause()
    playing = asyncio.get_running_loop().create_task(autopilot.play())
    await watch.until(lambda: autopilot.held)
    assert _answers(bench) == 0 and bench.controllers[-1].state.can_answer  # asked, not answered
    slept = clock.t
    assert slept == 0  # nothing moves while paused, not even the persona's thinking
    for expected in (1, 2, 3):
        autopilot.step()
        await watch.until(lambda: not autopilot.held)
        await watch.until(lambda: autopilot.held)
        assert _answers(bench) == expected  # one answer per step, delivered, then held again
        assert autopilot.paused
    assert clock.t > slept  # a step is paced like any answer
    autopilot.resume()
    [report] = await asyncio.wait_for(playing, 30)
    assert report.completed and len(report.answers) >= 6


async def test_restart_plays_the_interview_again_and_leaves_the_first_completed(
    bench: Bench, persona: Callable[[str], Persona]
) -> None:
    cast = bench.cast("cafe-habitos", persona("lucia"))
    autopilot = Autopilot(bench.stage(), [cast], clock=VirtualClock())
    watch = Watch(autopilot)
    autopilot.step()  # one answer, then held
    playing = asyncio.get_running_loop().create_task(autopilot.play())
    await watch.until(lambda: autopilot.held and _answers(bench) == 1)
    autopilot.restart()
    await watch.until(lambda: len(bench.controllers) == 2 and autopilot.held)
    assert _answers(bench) == 0  # the new interview starts from its first question
    autopilot.resume()
    [report] = await asyncio.wait_for(playing, 30)
    assert report.completed and report.cast.persona.id == "lucia"
    records = bench.journal.list_interviews(study_name=cast.study)
    assert sorted(r.completion_reason or "" for r in records) == ["natural", "respondent_left"]
    assert all(r.status == "completed" for r in records)  # nothing left open on the server


async def test_next_persona_plays_the_study_with_the_next_one_that_fits(
    bench: Bench, personas: list[Persona], persona: Callable[[str], Persona]
) -> None:
    cast = bench.cast("cafe-habitos", persona("lucia"))
    autopilot = Autopilot(bench.stage(), [cast], personas=personas, clock=VirtualClock())
    watch = Watch(autopilot)
    autopilot.step()
    playing = asyncio.get_running_loop().create_task(autopilot.play())
    await watch.until(lambda: autopilot.held and _answers(bench) == 1)
    autopilot.next_persona()
    await watch.until(lambda: len(bench.controllers) == 2)
    autopilot.resume()
    [report] = await asyncio.wait_for(playing, 30)
    # the only other persona whose language the Spanish study offers
    assert report.cast.persona.id == "pablo" and report.completed
    respondent: Any = bench.controllers[-1].state.respondent
    assert respondent["display_name"] == "Pablo Ruiz"
    assert {s.persona.id for s in watch.seen if s.persona} == {"lucia", "pablo"}


async def test_stop_ends_the_play_and_reports_what_was_played(
    bench: Bench, persona: Callable[[str], Persona]
) -> None:
    casts = [
        bench.cast("acme-product-feedback", persona("terse")),
        bench.cast("remote-work-tools", persona("terse")),
    ]
    autopilot = Autopilot(bench.stage(), casts, clock=VirtualClock())
    watch = Watch(autopilot)
    autopilot.step()
    playing = asyncio.get_running_loop().create_task(autopilot.play())
    await watch.until(lambda: autopilot.held and _answers(bench) == 1)
    autopilot.stop()
    reports = await asyncio.wait_for(playing, 30)
    assert len(reports) == 1 and not reports[0].completed
    assert reports[0].problem == "stop before the end"
    assert autopilot.activity == "stopped" and len(bench.controllers) == 1


def test_speed_steps_and_refuses_nonsense() -> None:
    autopilot = Autopilot(_NoStage(), [_cast()], speed=10)
    autopilot.faster()
    assert autopilot.speed == 20
    autopilot.slower()
    autopilot.slower()
    assert autopilot.speed == 5
    autopilot.set_speed(SPEEDS[-1])
    autopilot.faster()
    assert autopilot.speed == SPEEDS[-1]  # the fastest stays the fastest
    for bad in (0, -1, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="positive number"):
            autopilot.set_speed(bad)


class _NoStage:
    async def begin(self, cast: Any) -> Any:
        raise AssertionError("not played")

    async def perform(self, controller: Any, answer: Any, pacer: Any) -> None: ...

    async def end(self, controller: Any) -> None: ...


def _cast() -> Any:
    from koji_tui.demo.autopilot import Cast
    from koji_tui.demo.personas import load_personas

    return Cast(study="x", persona=load_personas()[0])


async def test_a_step_while_paused_half_way_finishes_that_answer(
    bench: Bench, persona: Callable[[str], Persona]
) -> None:
    """Paused while typing (space in the middle of an answer), → finishes that answer and
    holds before the next one."""
    clock = VirtualClock()
    cast = bench.cast("acme-product-feedback", persona("enthusiast"))
    autopilot = Autopilot(bench.stage(), [cast], clock=clock)
    watch = Watch(autopilot)
    paused_while = []

    def pause_when_typing(status: AutopilotStatus) -> None:
        if status.activity == "typing" and not autopilot.paused and not paused_while:
            paused_while.append(status.activity)
            autopilot.pause()  # between the thinking and the typing: half-way

    autopilot.subscribe(pause_when_typing)
    playing = asyncio.get_running_loop().create_task(autopilot.play())
    await watch.until(lambda: autopilot.held)
    assert paused_while == ["typing"] and _answers(bench) == 0
    autopilot.step()
    await watch.until(lambda: not autopilot.held)
    await watch.until(lambda: autopilot.held)
    assert _answers(bench) == 1  # that answer went out, and it waits before the next
    autopilot.resume()
    [report] = await asyncio.wait_for(playing, 30)
    assert report.completed
