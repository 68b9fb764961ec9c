"""The guide's ticks on every sample study in every one of its locales (issue 12): each key
question is recognised in the sandbox interviewer's own words, over real HTTP. The cockpit's
Pilot test (tests/ui/test_cockpit.py) ticks the text studies on screen; this one also covers
the voice-only check-in, which the text app does not run, and every locale of each study."""

from __future__ import annotations

from typing import Any

import pytest

from koji_tui.api.client import KojiClient
from koji_tui.server.catalog import load_studies
from koji_tui.session.guide import covered, guide_for, match_question

CASES = [
    pytest.param(study.id, locale, id=f"{study.id}-{locale}")
    for study in load_studies()
    for locale in study.locales
]


async def test_every_sample_study_and_locale_is_a_case() -> None:
    ids = {case.values[0] for case in CASES}
    assert len(ids) == len(load_studies()) >= 4
    locales = {case.values[1] for case in CASES if case.values[0] == "remote-work-tools"}
    assert {"fr", "de"} <= locales


@pytest.mark.parametrize(("study_id", "locale"), CASES)
async def test_every_key_question_is_ticked_in_the_interviewers_words(
    sandbox: Any, study_id: str, locale: str
) -> None:
    [study] = [s for s in sandbox.studies if s.id == study_id]
    guide = guide_for(study.id, study.name, locale)
    assert guide and guide[0].text  # the guide in that locale
    async with KojiClient(sandbox.base_url, sandbox.key(study.id)) as client:
        started = await client.start({"display_name": "Guide check"}, study.mode, locale)
        asked = [started.initial_message]
        first = match_question(started.initial_message, guide)
        assert first is not None and first.id == guide[0].id
        for _ in range(25):
            if len(covered(asked, guide)) == len(guide):
                break
            reply = await client.send_message(
                started.interview_id, "2", session_token=started.session_token
            )
            asked.append(reply.content)
    # every key question, in the order the guide lists them
    assert covered(asked, guide) == [item.id for item in guide], asked
