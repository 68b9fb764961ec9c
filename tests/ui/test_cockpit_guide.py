"""The cockpit's guide for a study on a "real" server (issue 12): the guide attached with
`koji-tui study edit NAME --guide FILE` is the one shown and ticked (the study is not found
among the sandbox's files: no study id, another name); without a guide the pane is an outline
of the questions asked so far. Over the sandbox on real HTTP (Pilot)."""

from __future__ import annotations

from typing import Any

from app_helpers import wait_for

from koji_tui.config import StudyStore
from koji_tui.config.entry import StudyEntry
from koji_tui.config.guide import parse_markdown_guide
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.cockpit import CockpitScreen
from koji_tui.ui.widgets.cockpit import GuidePane
from tests.pilot import driven

GUIDE = """# Acme, the moderator's own words
- What do you use Acme for, day to day?
- How often do you use Acme?
- Is there anything you would like to tell us at the end?
"""


def live_study(sandbox: Any, name: str) -> StudyEntry:
    acme = sandbox.studies[0]
    return StudyEntry(
        name=name,
        base_url=sandbox.base_url,
        api_key=sandbox.key(acme.id),
        source="saved",
        key_storage="session",
        study_id=None,  # a real server's study: nothing in the sandbox's files names it
    )


async def open_cockpit(pilot: Any, study: StudyEntry) -> CockpitScreen:
    app = pilot.app
    await wait_for(pilot, lambda: app.studies_ready, what="studies")
    screen = CockpitScreen(study, start={"respondent": {"display_name": "Ana"}, "mode": "text"})
    app.call_later(app.push_screen, screen)
    await wait_for(pilot, lambda: app.screen is screen, what="cockpit")
    await wait_for(pilot, lambda: screen.transcript.turn_count >= 1, what="opening message")
    return screen


async def answer(pilot: Any, screen: CockpitScreen, text: str) -> None:
    before = len(screen.controller.turns)
    await screen.controller.answer(text)
    await wait_for(pilot, lambda: len(screen.controller.turns) > before + 1, what="reply")
    await pilot.pause()


async def test_the_attached_guide_is_shown_and_ticked(sandbox: Any) -> None:
    store = StudyStore()
    store.add("Acme live", sandbox.base_url)
    store.update("Acme live", guide=parse_markdown_guide(GUIDE, "guide.md"))
    study = live_study(sandbox, "Acme live")
    app = KojiApp(studies=[study])
    async with driven(app, size=(160, 45)) as pilot:
        screen = await open_cockpit(pilot, study)
        pane = screen.query_one(GuidePane)
        await wait_for(pilot, lambda: len(pane.items) == 3, what="the attached guide")
        assert pane.items[1].text == "How often do you use Acme?"
        await wait_for(pilot, lambda: pane.covered == 1, what="the opening question ticked")
        await answer(pilot, screen, "Invoices and reports for my team.")
        await wait_for(pilot, lambda: pane.covered == 2, what="the second question ticked")
        assert pane.summary == "2 of 3 covered" and pane.current == "q2"
        assert "[ ] Is there anything" in pane.render().plain


async def test_without_a_guide_the_pane_outlines_the_questions_asked(sandbox: Any) -> None:
    study = live_study(sandbox, "Acme elsewhere")  # not saved: no guide attached
    app = KojiApp(studies=[study])
    async with driven(app, size=(160, 45)) as pilot:
        screen = await open_cockpit(pilot, study)
        pane = screen.query_one(GuidePane)
        await answer(pilot, screen, "Invoices and reports for my team.")
        assert not pane.items and pane.summary == "2 asked"
        rendered = pane.render().plain
        assert "No guide: the questions asked so far" in rendered
        assert " 1. To start, what do you use Acme for" in rendered
        assert " 2. " in rendered and "How often do you use Acme?" in rendered


async def test_a_long_outline_shows_the_newest_questions() -> None:
    from textual.app import App, ComposeResult

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield GuidePane()

    app = Host()
    async with driven(app, size=(60, 50)) as pilot:
        pane = app.query_one(GuidePane)
        pane.set_outline([f"Question {n}?" for n in range(1, 41)])
        await pilot.pause()
        rendered = pane.render().plain
        assert pane.summary == "40 asked" and "… 10 earlier" in rendered
        assert "11. Question 11?" in rendered and "40. Question 40?" in rendered
        assert "Question 10?" not in rendered
        pane.set_outline(["Question 41?"], total=41)  # the newest only, and the count
        assert pane.summary == "41 asked" and pane.asked == ["Question 41?"]
