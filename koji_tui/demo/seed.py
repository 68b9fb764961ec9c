"""The presenter's demo starts with a few completed interviews, so its lists are not empty.

:func:`seed_interviews` plays, headless and unpaced, a few persona interviews of each text study
of the demo's sandbox through the interview controller (as a rehearsal does): the interviews are
real ones of the sandbox, completed with a quality score, and journaled in the demo's journal
like any other, so the study list, the results and the exports show them. No Textual; the app
runs :func:`seed_in_thread` in a thread worker (its own event loop and its own clients, so the
app's loop never waits on it).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from koji_tui.demo.autopilot import Autopilot, Cast, HeadlessStage
from koji_tui.demo.identify import GuideIds, ids_for
from koji_tui.demo.personas import Persona
from koji_tui.journal import Journal
from koji_tui.session.controller import InterviewController

PER_STUDY = 2  # interviews seeded in each text study


@dataclass(frozen=True)
class SeedStudy:
    """A sandbox study to seed: the name the app lists it by, its sandbox study, its key."""

    name: str
    study: Any  # the sandbox's study (id, mode, locales, guide)
    api_key: str


@dataclass(frozen=True)
class Seeded:
    """What seeding gave: interviews completed, and those that were not (with why)."""

    completed: int
    failed: tuple[str, ...] = ()


def casts_for(study: SeedStudy, personas: Sequence[Persona], per_study: int) -> list[Cast]:
    """``per_study`` casts of ``study``: the personas that fit it, in turn (none: no cast)."""
    sandbox_study = study.study
    locales = tuple(sandbox_study.locales)
    fitting = [p for p in personas if p.fits(sandbox_study.id, locales)]
    guide = GuideIds.of_study(sandbox_study)
    return [
        Cast(
            study=study.name,
            persona=fitting[k % len(fitting)],
            run_seed=k // len(fitting),
            study_id=sandbox_study.id,
            locales=locales,
            identify=ids_for(fitting[k % len(fitting)], guide),
        )
        for k in range(per_study if fitting else 0)
    ]


async def seed_interviews(
    base_url: str,
    studies: Sequence[SeedStudy],
    personas: Sequence[Persona],
    journal: Journal,
    *,
    per_study: int = PER_STUDY,
) -> Seeded:
    """Play ``per_study`` interviews of each text study (the studies at once, each study's
    interviews one after the other, so each list's order is the same every time)."""
    from koji_tui.api import KojiClient

    texts = [s for s in studies if getattr(s.study, "mode", "text") == "text"]
    clients = {s.name: KojiClient(base_url, s.api_key) for s in texts}

    def source(name: str) -> Any:
        async def get() -> KojiClient:
            return clients[name]

        return get

    def controller_for(cast: Cast) -> InterviewController:
        return InterviewController(
            study_name=cast.study, clients=source(cast.study), journal=journal
        )

    async def one_study(study: SeedStudy) -> list[tuple[bool, str]]:
        casts = casts_for(study, personas, per_study)
        if not casts:
            return []
        reports = await Autopilot(HeadlessStage(controller_for), casts, paced=False).play()
        return [
            (r.completed, r.problem or f"{r.cast.persona.id} on {r.cast.study}: not completed")
            for r in reports
        ]

    try:
        results = await asyncio.gather(*(one_study(s) for s in texts))
    finally:
        for client in clients.values():
            with contextlib.suppress(Exception):
                await client.aclose()
    outcomes = [o for study in results for o in study]
    return Seeded(
        completed=sum(1 for done, _ in outcomes if done),
        failed=tuple(why for done, why in outcomes if not done),
    )


def seed_in_thread(
    base_url: str,
    studies: Sequence[SeedStudy],
    personas: Sequence[Persona] | None,
    journal: Journal,
    *,
    per_study: int = PER_STUDY,
) -> Seeded:
    """:func:`seed_interviews` on an event loop of its own (for a thread worker); ``personas``
    None: the shipped personas (read here, in the thread)."""
    if personas is None:
        from koji_tui.demo.personas import load_personas

        personas = load_personas()
    return asyncio.run(seed_interviews(base_url, studies, personas, journal, per_study=per_study))


__all__ = ["PER_STUDY", "SeedStudy", "Seeded", "casts_for", "seed_in_thread", "seed_interviews"]
