"""The presenter's demo is seeded with completed interviews (koji_tui/demo/seed.py): real
interviews of the sandbox over HTTP, through the controller, journaled with their scores."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from koji_tui.demo.personas import Persona
from koji_tui.demo.seed import SeedStudy, casts_for, seed_interviews
from koji_tui.journal import Journal


def seed_studies(srv: Any) -> list[SeedStudy]:
    return [SeedStudy(s.name, s, srv.key(s.id)) for s in srv.studies]


async def test_each_text_study_gets_completed_interviews_with_scores(
    sandbox: Any, tmp_path: Path, personas: list[Persona]
) -> None:
    journal = Journal(tmp_path / "journal.sqlite3")
    try:
        studies = seed_studies(sandbox)
        seeded = await seed_interviews(sandbox.base_url, studies, personas, journal, per_study=2)
        texts = [s for s in studies if s.study.mode == "text"]
        assert seeded.completed == 2 * len(texts) and seeded.failed == ()
        for study in studies:
            records = await asyncio.to_thread(journal.list_interviews, study_name=study.name)
            if study.study.mode != "text":
                assert records == []  # the voice-only study cannot be typed
                continue
            assert [r.status for r in records] == ["completed", "completed"]
            assert all(r.quality_score is not None and r.quality_score >= 3 for r in records)
            names = {r.respondent["display_name"] for r in records}
            assert len(names) == 2  # two personas, not one twice
    finally:
        await asyncio.to_thread(journal.close)


def test_the_casts_fit_the_study(sandbox_thread: Any, personas: list[Persona]) -> None:
    by_id = {s.id: s for s in sandbox_thread.studies}
    spanish = next(s for s in by_id.values() if s.locales == ["es"] or s.locale == "es")
    casts = casts_for(SeedStudy(spanish.name, spanish, "key"), personas, 3)
    assert len(casts) == 3 and {c.persona.locale for c in casts} == {"es"}
    assert casts[2].run_seed == 1 or len({c.persona.id for c in casts}) == 3
