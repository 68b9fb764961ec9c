"""The cockpit's search and panes (issue 12): at 160x45, "/" with every match
highlighted in the transcript and the respondent card hidden, the side column wider; and the
panes dialog (a seeded sandbox in a thread, the app and the server on one fixed clock)."""

from __future__ import annotations

from typing import Any

from app_helpers import fixed_clock, study_for, type_text, wait_for
from textual.pilot import Pilot

from koji_tui.config.cockpit_layout import CockpitLayout, save_layout
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.cockpit import CockpitScreen
from koji_tui.ui.screens.cockpit_panes import PanesDialog
from koji_tui.ui.widgets.cockpit import GuidePane
from tests.pilot import driven

START = {
    "respondent": {"display_name": "Jane Smith", "external_id": "crm-456"},
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
    await screen.controller.answer("About six months, mostly for onboarding and invoices.")
    await wait_for(
        pilot, lambda: len(screen.controller.turns) >= before + 2 and not screen.busy, what="reply"
    )
    await wait_for(pilot, lambda: screen.pane_layout.width == 66, what="the layout read")
    app.clear_notifications()
    return screen


async def test_cockpit_search_highlights(seeded_sandbox: Any) -> None:
    """'/' searching 'acme': every occurrence drawn bold in reverse video where the transcript
    draws it, the first match's header says so, the bar counts them. (Checked on the drawn
    lines, not as a whole-screen snapshot: where the transcript sits when everything fits
    depended on when the answer widget's reveal ran, on a loaded machine.)"""
    from rich.segment import Segment
    from textual.geometry import Region

    from koji_tui.ui.screens.cockpit_search import MATCH_STYLE

    save_layout(CockpitLayout(66, ("card",)))
    app = KojiApp(studies=[study_for(seeded_sandbox)], clock=fixed_clock)
    async with driven(app, size=(160, 45)) as pilot:
        screen = await _cockpit(pilot, study_for(seeded_sandbox))
        screen.transcript.focus()
        await pilot.press("slash")
        await type_text(pilot, "acme")
        await pilot.pause()
        assert len(screen.matches) >= 2
        history = screen.transcript.history
        lines = history.render_lines(Region(0, 0, history.size.width, history.size.height))
        marked = [
            segment.text
            for strip in lines
            for segment in strip
            if isinstance(segment, Segment)
            and segment.style
            and segment.style.reverse
            and segment.style.bold
        ]
        assert marked and all(text.casefold() == "acme" for text in marked)
        assert len(marked) >= len(screen.matches)
        text = "\n".join(strip.text for strip in lines)
        assert "match 1 of " in text
        assert MATCH_STYLE.reverse and MATCH_STYLE.bold


def test_cockpit_panes_dialog(snap_compare: Any, seeded_sandbox: Any) -> None:
    save_layout(CockpitLayout(66, ("card",)))

    async def run_before(pilot: Pilot[Any]) -> None:
        await _cockpit(pilot, study_for(seeded_sandbox))
        await pilot.press("f10")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, PanesDialog), what="dialog")
        await pilot.pause()

    app = KojiApp(studies=[study_for(seeded_sandbox)], clock=fixed_clock)
    assert snap_compare(app, terminal_size=(160, 45), run_before=run_before)
