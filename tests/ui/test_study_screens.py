"""The study list opens a study's participants (p) and results (R), and escape comes back."""

from __future__ import annotations

from typing import Any

from app_helpers import study_for, wait_for

from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.main import MainScreen
from koji_tui.ui.screens.results import ResultsScreen
from koji_tui.ui.screens.roster import RosterScreen
from tests.pilot import driven


async def test_p_opens_the_roster_and_shift_r_the_results(sandbox: Any) -> None:
    app = KojiApp(studies=[study_for(sandbox)])
    async with driven(app, size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, what="studies")
        await pilot.pause()
        await pilot.press("p")
        await wait_for(pilot, lambda: isinstance(app.screen, RosterScreen), what="roster")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), what="back")
        await pilot.press("R")
        await wait_for(pilot, lambda: isinstance(app.screen, ResultsScreen), what="results")
        await pilot.press("escape")
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), what="back again")


async def test_m_starts_an_interview_in_the_cockpit(sandbox: Any) -> None:
    from koji_tui.ui.screens.cockpit import CockpitScreen
    from koji_tui.ui.screens.new_interview import NewInterviewScreen

    app = KojiApp(studies=[study_for(sandbox)])
    async with driven(app, size=(160, 45)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, what="studies")
        await pilot.pause()
        await pilot.press("m")
        await wait_for(pilot, lambda: isinstance(app.screen, NewInterviewScreen), what="form")
        await pilot.press(*"Jane", "ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, CockpitScreen), what="cockpit")
        screen = app.screen
        await wait_for(pilot, lambda: screen.transcript.turn_count >= 1, what="opening")
