"""The cockpit's notes pane follows the journal: an observer's note, written by another journal
object on the same file (``koji-tui observe`` in another window), shows up without a reload;
while nothing is committed the notes are not read again (only the change counter is asked)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from app_helpers import fixed_clock, study_for, wait_for

from koji_tui.journal import Journal
from koji_tui.journal import notes as jnotes
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens import cockpit_live
from koji_tui.ui.screens.cockpit import CockpitScreen
from koji_tui.ui.widgets.cockpit import NotesPane
from tests.pilot import driven


async def test_an_observers_note_shows_in_the_cockpit_without_a_reload(
    sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cockpit_live, "LIVE_NOTES_SECONDS", 0.05)
    study = study_for(sandbox)
    app = KojiApp(studies=[study], clock=fixed_clock)
    async with driven(app, size=(160, 45)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, what="studies")
        screen = CockpitScreen(study, start={"respondent": {"display_name": "Ana"}})
        app.call_later(app.push_screen, screen)
        await wait_for(pilot, lambda: screen.controller.state.record_id is not None, what="record")
        record_id = screen.controller.state.record_id
        assert record_id is not None
        pane = screen.query_one(NotesPane)
        await wait_for(pilot, lambda: screen.notes_reads >= 1, what="the first read")
        # Idle: the counter is asked, the notes are not read again (one read allowed for a
        # write of the cockpit's own landing in the window: the opening turn, a lease).
        reads, polls = screen.notes_reads, screen.notes_polls
        await wait_for(pilot, lambda: screen.notes_polls >= polls + 8, what="idle polls")
        assert screen.notes_reads - reads <= 1 and pane.notes == []

        observer = Journal(screen.journal.path)  # another window's journal on the same file
        try:
            await asyncio.to_thread(
                jnotes.add_note, observer, record_id, "She paused here", author="observer"
            )
        finally:
            observer.close()
        await wait_for(pilot, lambda: len(pane.notes) == 1, what="the observer's note")
        (note,) = pane.notes
        assert (note.text, note.author) == ("She paused here", "observer")
        assert screen.notes == pane.notes
