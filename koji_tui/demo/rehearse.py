"""Rehearsal: N persona interviews of a study, headless through the controller, and a row per
run for the scorecard (no Textual).

Each run is checked against the journal, not against what the autopilot meant to do: every
structured question the interviewer asked must have an answer with a structured value there
(or be one the persona answers in its own words on purpose), the interview must be completed,
and its quality score at least :data:`QUALITY_BAR`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from koji_tui.demo.autopilot import Autopilot, Cast, HeadlessStage, RunReport
from koji_tui.demo.identify import GuideIds, QuestionIds, ids_for
from koji_tui.demo.personas import Persona
from koji_tui.i18n import app_translator
from koji_tui.journal import Journal
from koji_tui.session.controller import InterviewController
from koji_tui.session.ports import ClientSource

QUALITY_BAR = 3.0
STRUCTURED_TYPES = frozenset({"scale", "single_choice", "multiple_choice", "ranking", "yes_no"})


class RehearsalError(ValueError):
    """A rehearsal that cannot be planned (no persona fits a study)."""


@dataclass(frozen=True)
class Target:
    """A study to rehearse: its name, what is known of it, and its client."""

    name: str
    clients: ClientSource
    study_id: str | None = None
    locales: tuple[str, ...] = ()
    guide: QuestionIds | None = None

    @classmethod
    def of_sandbox(cls, study: Any, clients: ClientSource) -> Target:
        """A sandbox study (its guide gives the question ids)."""
        return cls(study.name, clients, study.id, tuple(study.locales), GuideIds.of_study(study))


@dataclass(frozen=True)
class Row:
    """One run on the scorecard."""

    number: int
    persona: str
    study: str
    completed: bool
    structured_asked: int
    structured_valued: int
    own_words: int
    quality_score: float | None
    turns: int
    duration: float
    problem: str | None = None

    @property
    def structured_ok(self) -> bool:
        return self.structured_valued + self.own_words >= self.structured_asked

    @property
    def score_ok(self) -> bool:
        return self.quality_score is not None and self.quality_score >= QUALITY_BAR

    @property
    def passed(self) -> bool:
        return self.problem is None and self.completed and self.structured_ok and self.score_ok

    @property
    def why(self) -> str:
        """Why it failed ("" when it passed)."""
        if self.problem:
            return self.problem
        tr = app_translator()
        reasons = []
        if not self.completed:
            reasons.append(tr.gettext("not completed"))
        if not self.structured_ok:
            missing = self.structured_asked - self.structured_valued - self.own_words
            said = tr.ngettext(
                "{n} structured answer without a value",
                "{n} structured answers without a value",
                missing,
            )
            reasons.append(said.format(n=missing))
        if not self.score_ok:
            reasons.append(tr.gettext("quality below {bar}").format(bar=f"{QUALITY_BAR:g}"))
        return ", ".join(reasons)


def plan(targets: Sequence[Target], personas: Sequence[Persona], n: int | None) -> list[Cast]:
    """``n`` casts, the studies in turn and, per study, the personas that fit it in turn (the
    next round of a persona on a study gets the next seed). ``n`` None: one round."""
    fitting: dict[str, list[Persona]] = {}
    for target in targets:
        fit = [p for p in personas if p.fits(target.study_id, target.locales)]
        if not fit:
            tr = app_translator()
            offered = ", ".join(target.locales) or tr.gettext("unknown")
            said = tr.gettext(
                "No persona fits the study {study!r} (its locales: {locales}); "
                "add one with its locale, or list the study in a persona's `studies`."
            )
            raise RehearsalError(said.format(study=target.name, locales=offered))
        fitting[target.name] = fit
    if n is None:  # one round: each persona once on each study it fits
        order: list[tuple[Target, int]] = []
        for k in range(max(len(f) for f in fitting.values())):
            order += [(t, k) for t in targets if k < len(fitting[t.name])]
    else:  # the studies in turn, and on each the personas that fit it in turn
        seen: dict[str, int] = {}
        order = []
        for i in range(n):
            target = targets[i % len(targets)]
            order.append((target, seen.get(target.name, 0)))
            seen[target.name] = order[-1][1] + 1
    casts: list[Cast] = []
    for target, k in order:
        fit = fitting[target.name]
        persona = fit[k % len(fit)]
        casts.append(
            Cast(
                study=target.name,
                persona=persona,
                run_seed=k // len(fit),
                study_id=target.study_id,
                locales=target.locales,
                identify=ids_for(persona, target.guide),
            )
        )
    return casts


async def run_rehearsal(
    targets: Sequence[Target],
    casts: Sequence[Cast],
    journal: Journal,
    *,
    on_start: Callable[[int, Cast], object] | None = None,
    on_row: Callable[[Row], object] | None = None,
) -> list[Row]:
    """Play ``casts`` one after the other, unpaced; a :class:`Row` for each, in order."""
    by_name = {t.name: t for t in targets}

    def controller_for(cast: Cast) -> InterviewController:
        return InterviewController(
            study_name=cast.study, clients=by_name[cast.study].clients, journal=journal
        )

    stage = HeadlessStage(controller_for)
    rows: list[Row] = []
    for number, cast in enumerate(casts, start=1):
        if on_start is not None:
            on_start(number, cast)
        reports = await Autopilot(stage, [cast], paced=False).play()
        row = await row_of(number, reports[0], journal)
        rows.append(row)
        if on_row is not None:
            on_row(row)
    return rows


async def row_of(number: int, report: RunReport, journal: Journal) -> Row:
    """The scorecard row of a run, its structured answers counted in the journal."""
    asked = valued = 0
    if report.record_id is not None:
        record = await asyncio.to_thread(journal.get, report.record_id)
        for turn in record.turns:
            if turn.role != "user" or not isinstance(turn.question, dict):
                continue
            if turn.question.get("type") in STRUCTURED_TYPES:
                asked += 1
                valued += turn.answer_value is not None
    return Row(
        number=number,
        persona=report.cast.persona.id,
        study=report.cast.study,
        completed=report.completed,
        structured_asked=asked,
        structured_valued=valued,
        own_words=report.own_words,
        quality_score=report.quality_score,
        turns=report.turns,
        duration=report.duration,
        problem=report.problem,
    )
