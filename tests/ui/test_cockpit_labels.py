"""Labels (issue 12): in moderated use the respondent's turns carry the respondent's name, or
"Participant" without one, in the plain interview screen and the cockpit alike; the Markdown
export heads them with the same word. ("You" is the kiosk's, where the reader is the
respondent: its snapshots show it.) Over the sandbox on real HTTP."""

from __future__ import annotations

from typing import Any

import pytest
from app_helpers import screen_text, study_for, wait_for

from koji_tui.journal.export import export_markdown, respondent_title
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.cockpit import CockpitScreen
from koji_tui.ui.screens.interview import InterviewScreen
from tests.pilot import driven


def test_the_respondent_title_is_the_name_else_participant() -> None:
    assert respondent_title({"display_name": "  Ana   Lima "}) == "Ana Lima"
    assert respondent_title({"display_name": "", "external_id": "P-1"}) == "Participant"
    assert respondent_title(None) == "Participant"


@pytest.mark.parametrize(
    ("cockpit", "respondent", "word"),
    [
        (False, {"display_name": "Ana Lima", "external_id": "P-042"}, "Ana Lima"),
        (False, {"external_id": "P-042"}, "Participant"),
        (True, {"display_name": "Ana Lima"}, "Ana Lima"),
    ],
)
async def test_the_respondents_turns_carry_their_name_in_the_app_and_the_export(
    sandbox: Any, cockpit: bool, respondent: dict[str, Any], word: str
) -> None:
    study = study_for(sandbox, 0)
    app = KojiApp(studies=[study])
    async with driven(app, size=(160, 40)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, what="studies")
        kind = CockpitScreen if cockpit else InterviewScreen
        screen = kind(study, start={"respondent": respondent, "mode": "text"})
        app.call_later(app.push_screen, screen)
        await wait_for(pilot, lambda: app.screen is screen, what="screen")
        await wait_for(pilot, lambda: screen.transcript.turn_count >= 1, what="opening")
        await wait_for(pilot, lambda: not screen.busy, what="ready")
        await screen.controller.answer("About six months.")
        await wait_for(pilot, lambda: screen.transcript.turn_count >= 3, what="reply")
        await pilot.pause()
        lines = screen.transcript.history.iter_plain_lines()
        headers = [line.strip() for line in lines if "· #2" in line]
        assert headers and headers[0].startswith(f"┃ {word} · #2"), headers
        assert "You ·" not in screen_text(app)
        record = screen.koji.services.journals.journal_for(study).get(
            screen.controller.state.record_id
        )
        assert f"### {word} · " in export_markdown(record)
