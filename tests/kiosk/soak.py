"""Participants one after another through a running kiosk (Pilot): the suite's soak test and
``tests/benchmarks/bench_kiosk.py`` share it.

Each participant begins on the welcome, gives answers that only they give (``soak-N-K …``),
finishes early (confirmed), sees the thank-you and leaves; on every screen the test reads what
is on screen and checks that no earlier participant's answer is there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from textual.pilot import Pilot

from .rig import begin, finish_early, screen_name, screen_text, type_answer, until

FILL = "is what I would say about it, with enough words to count as an answer."


@dataclass(frozen=True)
class Seen:
    number: int
    interview_id: str
    answers: tuple[str, ...]


def _none_of(earlier: list[Seen], text: str, where: str) -> None:
    leaked = [a for seen in earlier for a in seen.answers if a.split(" ", 1)[0] in text]
    assert leaked == [], f"{where}: an earlier participant's answer is on screen: {leaked[:3]}"


async def participants(
    pilot: Pilot[Any],
    count: int,
    *,
    answers: int = 2,
    after_each: Callable[[int], None] | None = None,
) -> list[Seen]:
    app: Any = pilot.app
    seen: list[Seen] = []
    for number in range(1, count + 1):
        screen = await begin(pilot)
        _none_of(seen, screen_text(app), f"participant {number}'s first question")
        mine = tuple(f"soak-{number}-{k} {FILL}" for k in range(answers))
        for answer in mine:
            await type_answer(pilot, answer)
            _none_of(seen, screen_text(app), f"participant {number}'s interview")
        interview_id = screen.controller.state.interview_id
        assert interview_id is not None
        await finish_early(pilot)
        await until(pilot, lambda: screen_name(app) == "ThankYouScreen")
        await pilot.press("enter")
        await until(pilot, lambda: screen_name(app) == "WelcomeScreen")
        seen.append(Seen(number, interview_id, mine))
        _none_of(seen, screen_text(app), f"the welcome after participant {number}")
        if after_each is not None:
            after_each(number)
    await until(pilot, lambda: app.loop.finishing == 0, seconds=60, what="the last completes")
    return seen


def check_journal(app: Any, seen: list[Seen]) -> None:
    """Every interview in the journal exactly once, with its answers, completed."""
    records = app.journal.list_interviews(study_name=app.study.entry.name, with_turns=True)
    by_id: dict[str, list[Any]] = {}
    for record in records:
        by_id.setdefault(record.interview_id, []).append(record)
    assert sorted(by_id) == sorted(s.interview_id for s in seen)
    assert all(len(found) == 1 for found in by_id.values())
    for participant in seen:
        record = by_id[participant.interview_id][0]
        said = tuple(t.content for t in record.turns if t.role == "user")
        assert said == participant.answers, participant.number
        assert record.status == "completed" and record.completion_reason == "respondent_left"
        assert record.respondent["metadata"]["session"] == participant.number
