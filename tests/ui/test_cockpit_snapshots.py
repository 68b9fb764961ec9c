"""Snapshots of the moderator's cockpit: the panes beside the transcript at 160x45, and the
panes toggled one at a time over the transcript at 80x24 (a seeded sandbox in a thread, the
app and the server on one fixed clock)."""

from __future__ import annotations

from typing import Any

import pytest
from app_helpers import fixed_clock, study_for, type_text, wait_for
from textual.pilot import Pilot

from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.cockpit import CockpitScreen
from koji_tui.ui.widgets.cockpit import GuidePane

START = {
    "respondent": {
        "display_name": "Jane Smith",
        "external_id": "crm-456",
        "metadata": {"segment": "enterprise", "plan": "pro"},
    },
    "mode": "text",
    "locale": "en",
}


async def _cockpit(pilot: Pilot[Any], study: Any) -> CockpitScreen:
    app = pilot.app
    await wait_for(pilot, lambda: app.studies_ready, what="studies")
    screen = CockpitScreen(study, start=dict(START))
    app.call_later(app.push_screen, screen)
    await wait_for(pilot, lambda: app.screen is screen, what="cockpit")
    await wait_for(pilot, lambda: screen.transcript.turn_count >= 1, what="opening")
    await wait_for(pilot, lambda: bool(screen.query_one(GuidePane).items), what="guide")
    before = len(screen.controller.turns)
    await screen.controller.answer("About six months, mostly for onboarding.")
    await wait_for(
        pilot, lambda: len(screen.controller.turns) >= before + 2 and not screen.busy, what="reply"
    )
    await pilot.press("f4")
    await type_text(pilot, "Onboarding is the hook #quote")
    await pilot.press("enter")
    await wait_for(pilot, lambda: len(screen.notes) == 1, what="note")
    await pilot.press("f6")
    await wait_for(pilot, lambda: len(screen.notes) == 2, what="flag")
    app.clear_notifications()
    screen.composer.focus()
    await pilot.pause()
    return screen


def test_cockpit_wide(snap_compare: Any, seeded_sandbox: Any) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        await _cockpit(pilot, study_for(seeded_sandbox))

    app = KojiApp(studies=[study_for(seeded_sandbox)], clock=fixed_clock)
    assert snap_compare(app, terminal_size=(160, 45), run_before=run_before)


@pytest.mark.parametrize("pane", ["guide", "card", "notes"])
def test_cockpit_narrow_pane(snap_compare: Any, seeded_sandbox: Any, pane: str) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        screen = await _cockpit(pilot, study_for(seeded_sandbox))
        screen.show_pane(pane)
        await pilot.pause()

    app = KojiApp(studies=[study_for(seeded_sandbox)], clock=fixed_clock)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
