"""Copy and search in the cockpit (issue 12): ctrl+g copies the current turn (the search match,
else the last turn), ctrl+r the whole transcript, through App.copy_to_clipboard (OSC 52) with
a note on where the terminal may not pass it on; "/" marks every match where the transcript
draws it. Over the sandbox on real HTTP (Pilot)."""

from __future__ import annotations

from typing import Any

from app_helpers import study_for, toasts, type_text, wait_for
from rich.segment import Segment
from rich.style import Style
from textual.strip import Strip

from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.cockpit import CockpitScreen
from koji_tui.ui.screens.cockpit_copy import clipboard_note
from koji_tui.ui.widgets.cockpit.search import marker
from tests.pilot import driven


async def open_cockpit(pilot: Any, study: Any) -> CockpitScreen:
    app = pilot.app
    await wait_for(pilot, lambda: app.studies_ready, what="studies")
    start = {"respondent": {"display_name": "Ana Lima"}, "mode": "text"}
    screen = CockpitScreen(study, start=start)
    app.call_later(app.push_screen, screen)
    await wait_for(pilot, lambda: app.screen is screen, what="cockpit")
    await wait_for(pilot, lambda: screen.transcript.turn_count >= 1, what="opening message")
    before = len(screen.controller.turns)
    await screen.controller.answer("Invoices, mostly, and reports for the team.")
    await wait_for(pilot, lambda: len(screen.controller.turns) > before + 1, what="reply")
    await wait_for(pilot, lambda: not screen.busy, what="ready")
    return screen


def marked(screen: CockpitScreen, handle: Any) -> list[str]:
    """The text of the segments drawn in reverse video in turn ``handle``'s lines."""
    return [
        segment.text
        for strip in screen.transcript.history.strips_for(handle)
        for segment in strip
        if segment.style is not None and segment.style.reverse
    ]


async def test_copy_a_turn_and_the_transcript(sandbox: Any) -> None:
    study = study_for(sandbox, 0)
    app = KojiApp(studies=[study])
    async with driven(app, size=(160, 45), notifications=True) as pilot:
        screen = await open_cockpit(pilot, study)
        turns = screen.controller.turns
        await pilot.press("ctrl+g")  # the last turn: the interviewer's reply
        await wait_for(pilot, lambda: bool(toasts(app)), what="the toast")
        assert app.clipboard.startswith("Interviewer · #3 · ")
        assert app.clipboard.endswith(turns[-1].text)
        assert any(n.startswith("Turn #3 copied") and "OSC 52" in n for n in toasts(app))

        await pilot.press("ctrl+r")
        await wait_for(pilot, lambda: len(toasts(app)) >= 2, what="the second toast")
        copied = app.clipboard
        assert copied.count("Interviewer · #") == 2 and "Ana Lima · #2 · " in copied
        assert "Invoices, mostly, and reports for the team." in copied
        assert copied.index(turns[0].text) < copied.index("Ana Lima · #2")
        assert any(t.startswith("The transcript was copied: 3 turns") for t in toasts(app))

        # with a search open, ctrl+g copies the match
        screen.transcript.focus()
        await pilot.press("slash")
        await type_text(pilot, "invoices")
        await pilot.pause()
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert app.clipboard.startswith("Ana Lima · #2 · ")
        assert app.clipboard.endswith("\nInvoices, mostly, and reports for the team.")


async def test_search_marks_every_match_in_the_transcript(sandbox: Any) -> None:
    study = study_for(sandbox, 0)
    app = KojiApp(studies=[study])
    async with driven(app, size=(160, 45)) as pilot:
        screen = await open_cockpit(pilot, study)
        screen.transcript.focus()
        await pilot.press("slash")
        await type_text(pilot, "acme")
        await pilot.pause()
        assert len(screen.matches) >= 2
        for handle in screen.matches:
            assert {t.casefold() for t in marked(screen, handle)} == {"acme"}, marked(
                screen, handle
            )
        answer = screen.transcript.handles[1]
        assert answer not in screen.matches and marked(screen, answer) == []
        await pilot.press("escape")
        await pilot.pause()
        assert all(marked(screen, h) == [] for h in screen.transcript.handles)


def test_the_marker_splits_segments_and_keeps_their_styles() -> None:
    bold = Style(bold=True)
    strip = Strip([Segment("│ ", None), Segment("Team work, TEAMS", bold)], 18)
    out = list(marker("team", Style(reverse=True))(strip))
    assert [s.text for s in out] == ["│ ", "Team", " work, ", "TEAM", "S"]
    assert [bool(s.style and s.style.reverse) for s in out] == [False, True, False, True, False]
    assert all(s.style and s.style.bold for s in out[1:])
    assert marker("zzz", Style(reverse=True))(strip) is strip


def test_the_clipboard_note_names_the_terminals_that_may_not_copy() -> None:
    assert "macOS Terminal" in clipboard_note({"TERM_PROGRAM": "Apple_Terminal"})
    assert "set-clipboard on" in clipboard_note({"TMUX": "/tmp/tmux-0/default,1,0"})
    assert "GNU screen" in clipboard_note({"TERM": "screen-256color"})
    assert "OSC 52" in clipboard_note({"TERM": "xterm-256color"})
