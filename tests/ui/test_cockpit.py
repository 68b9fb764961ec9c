"""The moderator's cockpit (issue 12): guide, respondent card, notes, flags and search panes,
over the sandbox on real HTTP (Pilot)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from app_helpers import fixed_clock, study_for, type_text, wait_for

from koji_tui.api import KojiClient
from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import translator
from koji_tui.journal import Journal
from koji_tui.journal import notes as jnotes
from koji_tui.journal.export import export_data, export_markdown
from koji_tui.session import InterviewSession
from koji_tui.session.guide import covered, guide_for
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.cockpit import CockpitScreen
from koji_tui.ui.widgets.cockpit import GuidePane, NotesPane, RespondentCard, SearchBar
from tests.pilot import driven

RESPONDENT = {
    "display_name": "Ana Lima",
    "external_id": "P-042",
    "metadata": {"segment": "enterprise"},
}


async def open_cockpit(
    pilot: Any, study: Any, locale: str | None = None, record_id: int | None = None
) -> CockpitScreen:
    """A new interview in the cockpit, or the journaled one ``record_id``."""
    app = pilot.app
    await wait_for(pilot, lambda: app.studies_ready, what="studies")
    if record_id is not None:
        screen = CockpitScreen(study, record_id=record_id)
    else:
        start = {"respondent": dict(RESPONDENT), "mode": "text", "locale": locale}
        screen = CockpitScreen(study, start=start)
    app.call_later(app.push_screen, screen)
    await wait_for(pilot, lambda: app.screen is screen, what="cockpit")
    await wait_for(pilot, lambda: screen.transcript.turn_count >= 1, what="opening message")
    await wait_for(pilot, lambda: screen.controller.state.record_id is not None, what="record")
    return screen


async def drive(
    pilot: Any, screen: CockpitScreen, done: Callable[[], bool], limit: int = 25
) -> None:
    """Answer (as another driver of the controller) until ``done()`` (or the interviewer is
    done: then it is too late for ``done``)."""
    for _ in range(limit):
        if done():
            return
        if screen.ready_to_complete:
            raise AssertionError("the interview ended first")
        before = len(screen.controller.turns)
        await screen.controller.answer("2")
        await wait_for(
            pilot,
            lambda n=before: len(screen.controller.turns) > n + 1 or screen.ready_to_complete,
            what="reply",
        )
    raise AssertionError("the interview did not end")


async def seed_interview(study: StudyEntry, locale: str | None, leave: int) -> tuple[int, int]:
    """An interview started as the app starts one (journaled, in the app's journal) and
    answered "2" from another client until all but ``leave`` key questions were asked:
    (its record id, the key questions asked). The cockpit opens it from the journal."""
    guide = guide_for(study.study_id, study.name, locale)
    journal = Journal()
    try:
        async with KojiClient(study.base_url, study.api_key or "") as client:
            session = InterviewSession(client, journal, study_name=study.name)
            started = await session.start(respondent=dict(RESPONDENT), mode="text", locale=locale)
            asked = [started.initial_message]
            while len(covered(asked, guide)) < len(guide) - leave:
                reply = await client.send_message(
                    started.interview_id, "2", session_token=started.session_token
                )
                assert not reply.is_complete, asked
                asked.append(reply.content)
            await session.close()
            assert session.record is not None
            return session.record.record_id, len(covered(asked, guide))
    finally:
        journal.close()


# (study, locale, seeded): the first is played through in the cockpit from its first
# question; the others are opened with all but their last two key questions already asked
# (from the journal, the server's transcript merged), ticked as loaded, then played on.
SAMPLES = [
    (0, None, False),
    (1, None, True),
    (2, None, True),
    (2, "fr", True),
    (2, "de", True),
]


@pytest.mark.parametrize(("index", "locale", "seeded"), SAMPLES)
async def test_the_guide_ticks_every_key_question_of_the_sample_studies(
    sandbox: Any, index: int, locale: str | None, seeded: bool
) -> None:
    study = study_for(sandbox, index)
    record_id, asked = await seed_interview(study, locale, leave=2) if seeded else (None, 1)
    # a wall clock that stands still: the card and the guide's elapsed time (not checked
    # here) change once, not every second (each change lays the whole screen out again)
    app = KojiApp(studies=[study], clock=fixed_clock)
    async with driven(app, size=(160, 45)) as pilot:
        screen = await open_cockpit(pilot, study, locale, record_id)
        pane = screen.query_one(GuidePane)
        await wait_for(pilot, lambda: bool(pane.items), what="guide")
        total = len(pane.items)
        await wait_for(pilot, lambda: pane.covered >= asked, what="the asked questions ticked")
        # the summary in the interview's words ("2 de 7 cubiertas" in the café study)
        said = translator(screen.interview_locale).gettext("{covered} of {total} covered")
        assert pane.covered == asked and pane.summary == said.format(covered=asked, total=total)
        assert asked < total
        await wait_for(pilot, lambda: screen.controller.state.can_answer, what="answerable")
        # until the last key question is asked (the interview's wrap-up after it ticks nothing)
        await drive(pilot, screen, lambda: pane.covered == total)
        await pilot.pause()
        assert pane.summary == said.format(covered=total, total=total), screen.ticked()
        if locale == "fr":
            assert pane.items[0].text.startswith("Comment votre équipe")
        # kept in the journal with the interview
        rid = screen.controller.state.record_id
        await wait_for(
            pilot,
            lambda: len(jnotes.ticks_of(screen.journal, rid)) == total,
            what="ticks in the journal",
        )


async def test_card_notes_flags_and_search_in_the_cockpit(sandbox: Any) -> None:
    study = study_for(sandbox, 2)
    app = KojiApp(studies=[study])
    async with driven(app, size=(160, 45)) as pilot:
        screen = await open_cockpit(pilot, study, "de")
        rid = screen.controller.state.record_id
        card = screen.query_one(RespondentCard)
        await wait_for(pilot, lambda: card.facts.interview_id is not None, what="card")
        facts = card.facts
        assert (facts.display_name, facts.external_id, facts.locale, facts.mode) == (
            "Ana Lima",
            "P-042",
            "de",
            "text",
        )
        assert facts.metadata == {"segment": "enterprise"} and facts.turns >= 1
        assert facts.interview_id == screen.interview_id and facts.started
        card_text = card.text_of(facts).plain
        assert "P-042" in card_text and "enterprise" in card_text

        # F4: a note on the current turn, a tag ticked and one written as #pain-point
        await pilot.press("f4")
        notes = screen.query_one(NotesPane)
        assert notes.input.has_focus
        notes.query_one("#note-tag-0").value = True  # "quote"
        await type_text(pilot, "Sounds tired #pain-point")
        await pilot.press("enter")
        await wait_for(pilot, lambda: len(screen.notes) == 1, what="note kept")
        note = screen.notes[0]
        assert (note.text, note.tags, note.turn) == ("Sounds tired", ("quote", "pain point"), 1)
        await drive_one(pilot, screen, "Jeden Tag per Slack mit dem Team")
        await pilot.press("f6")  # flag the current turn (3: the interviewer's second)
        await wait_for(pilot, lambda: any(n.is_flag for n in screen.notes), what="flag")
        assert [n.turn for n in screen.notes if n.is_flag] == [3]

        # search: "/" from the transcript, count, next/previous, the match highlighted
        screen.transcript.focus()
        await pilot.press("slash")
        bar = screen.query_one(SearchBar)
        assert bar.input.has_focus
        await type_text(pilot, "team")
        await pilot.pause()
        count = len(screen.matches)
        assert count >= 2 and str(bar.query_one("#search-status").render()).startswith(
            f"1 von {count}"  # German
        )
        first = screen.matches[0]
        assert screen.transcript.get_turn(first).detail == f"Treffer 1 von {count}"  # German
        await pilot.press("enter")
        assert screen.match_index == 1 and screen.transcript.get_turn(first).detail is None
        await pilot.press("up")
        assert screen.match_index == 0
        await pilot.press("f6")  # flags the match's turn, not the last
        flagged_turn = screen.transcript.get_turn(first).turn_no
        await wait_for(
            pilot,
            lambda: sorted(n.turn for n in screen.notes if n.is_flag) == sorted({3, flagged_turn}),
            what="flag on the match",
        )
        await pilot.press("escape")
        assert not screen.matches and not bar.has_class("-open") and app.focused is not bar.input

        # round trip: the journal and both exports (never sent to Koji: the server saw none)
        journal = screen.journal
        kept = jnotes.notes_of(journal, rid)
        assert [n.text for n in kept if not n.is_flag] == ["Sounds tired"]
        record = journal.get(rid)
        md = export_markdown(record, kept)  # a German interview: its export reads in German
        assert "## Notizen" in md and "Sounds tired `quote` `pain point`" in md
        data = export_data(record, kept)
        assert data["notes"][0]["tags"] == ["quote", "pain point"] and data["notes"][0]["turn"] == 1
        client = await app.client_for(study)
        on_server = str(await client.get_interview(screen.interview_id))
        assert "Jeden Tag per Slack mit dem Team" in on_server and "Sounds tired" not in on_server


async def drive_one(pilot: Any, screen: CockpitScreen, text: str) -> None:
    before = len(screen.controller.turns)
    await screen.controller.answer(text)
    await wait_for(pilot, lambda: len(screen.controller.turns) > before + 1, what="reply")


async def test_narrow_terminals_show_one_pane_at_a_time(sandbox: Any) -> None:
    study = study_for(sandbox, 0)
    app = KojiApp(studies=[study], clock=fixed_clock)  # no card to redraw every second
    async with driven(app, size=(80, 24)) as pilot:
        screen = await open_cockpit(pilot, study)
        side = screen.query_one("#cockpit-side")
        assert screen.narrow and side.region.width == 0
        seen = []
        for _ in range(4):
            await pilot.press("f10")
            await pilot.pause()
            shown = [p.id for p in screen.query(".cockpit-pane") if p.region.width > 0]
            seen.append((screen.narrow_pane, shown, screen.transcript.region.width > 0))
        assert seen == [
            ("guide", ["guide-pane"], False),
            ("card", ["card-pane"], False),
            ("notes", ["notes-pane"], False),
            (None, [], True),
        ]
        await pilot.resize_terminal(160, 45)
        await pilot.pause()
        assert not screen.narrow
        assert all(p.region.width > 0 for p in screen.query(".cockpit-pane"))
        assert screen.transcript.region.width > 0
