"""``koji-tui observe``: the read-only live view of an interview, followed through its journal.

The interview is driven by another journal object on the same file (another owner: the window
that runs it), written the way the interview screen writes it (an answer pending first, then
sent with the interviewer's reply in one transaction), from a thread while the observer runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from koji_tui import paths
from koji_tui.cli import main
from koji_tui.journal import InterviewRecord, Journal, JournalError
from koji_tui.journal import notes as jnotes
from koji_tui.journal.export import export_json, export_markdown
from koji_tui.ui.observe_app import ObserveApp
from koji_tui.ui.screens import observe_picker
from koji_tui.ui.screens.observe import ObserveScreen
from koji_tui.ui.widgets.cockpit import NotesPane, RespondentCard
from tests.pilot import driven

CHOICE = {
    "type": "single_choice",
    "prompt": "How do you usually get to work?",
    "options": ["Car", "Bus", "Bicycle"],
}


@pytest.fixture
def driver() -> Iterator[Journal]:
    """The window that drives the interview: its journal (the user's, in this test's home),
    holding the interview's lease."""
    journal = Journal(paths.data_dir() / "journal.sqlite3")
    yield journal
    journal.close()


def start(
    driver: Journal, interview_id: str = "int_obs1", locale: str = "es", **extra: object
) -> InterviewRecord:
    record = driver.create_interview(
        study_name="Commuting",
        base_url="http://127.0.0.1:1",
        interview_id=interview_id,
        session_token="tok_secret",
        respondent={
            "display_name": "Ana",
            "external_id": "p-17",
            "metadata": {"team": "ops"},
        },
        mode="text",
        locale=locale,
        opening_message="Hello! How do you usually get to work?",
        opening_question=CHOICE,
        **extra,  # type: ignore[arg-type]
    )
    assert driver.acquire_lease(record.record_id) is None
    return driver.get(record.record_id)


def answer(driver: Journal, record: InterviewRecord, text: str, reply: str) -> InterviewRecord:
    turn = driver.add_pending_answer(record, text)
    return driver.record_reply(turn, reply, turn_count=record.turn_count + 2, base=record)


async def until(pilot: Pilot[None], ready: Callable[[], bool], limit: float = 20.0) -> None:
    """Let the app run until ``ready()`` (a deadline only against a hang, not a measurement)."""
    deadline = time.monotonic() + limit
    while not ready():
        assert time.monotonic() < deadline, "the observer never got there"
        await pilot.pause(0.02)


def observer_of(app: ObserveApp) -> ObserveScreen:
    screen = app.screen
    assert isinstance(screen, ObserveScreen)
    return screen


def texts(screen: ObserveScreen) -> list[str]:
    transcript = screen.transcript
    return [transcript.get_turn(h).text for h in transcript.handles]


async def test_the_observer_shows_the_transcript_the_respondent_and_the_status(
    driver: Journal, tmp_path: Path
) -> None:
    record = start(driver)
    answer(driver, record, "Bus", "Thanks! How long does it take?")
    app = ObserveApp(record=(driver.path, record.record_id))
    async with driven(app, size=(150, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ObserveScreen) and app.screen.updates)
        screen = observer_of(app)
        shown = texts(screen)
        # The structured question as text: the message did not list its options.
        assert shown[0].startswith("Hello! How do you usually get to work?")
        assert "Choose one:" in shown[0] and "2. Bus" in shown[0]
        assert shown[1:] == ["Bus", "Thanks! How long does it take?"]
        assert [t.number for t in screen.shown] == [1, 2, 3]
        assert screen.transcript.history.labels["respondent"] == "Ana"  # not "You"
        head = str(screen.query_one("#observe-head").render())
        assert "Commuting" in head and "Ana" in head and "in progress" in head
        assert "live · driven by koji-tui process" in head
        card = screen.query_one(RespondentCard).facts
        assert (card.external_id, card.locale, card.interview_id) == ("p-17", "es", "int_obs1")
        assert dict(card.metadata) == {"team": "ops"}


async def test_the_observer_shows_a_new_turn_within_a_second_of_its_commit(
    driver: Journal,
) -> None:
    record = start(driver)
    app = ObserveApp(record=(driver.path, record.record_id), clock=time.monotonic)
    async with driven(app, size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ObserveScreen) and app.screen.updates)
        screen = observer_of(app)
        assert len(screen.shown) == 1
        committed: dict[str, float] = {}

        def interview_window() -> None:  # writes as the interview screen does, elsewhere
            turn = driver.add_pending_answer(record, "By bicycle, mostly")
            committed["pending"] = time.monotonic()
            time.sleep(0.5)  # the answer on its way to the server
            driver.record_reply(turn, "Nice. How far is it?", turn_count=3, base=record)
            committed["reply"] = time.monotonic()

        writer = threading.Thread(target=interview_window)
        writer.start()
        await until(pilot, lambda: "pending" in committed and len(screen.shown) >= 2)
        seen_pending = screen.updated_at
        assert screen.shown[1].state == "pending" or len(screen.shown) == 3
        await until(pilot, lambda: "reply" in committed and len(screen.shown) == 3)
        seen_reply = screen.updated_at
        writer.join()
        assert seen_pending is not None and seen_reply is not None
        assert seen_pending - committed["pending"] < 1.0
        assert seen_reply - committed["reply"] < 1.0
        assert texts(screen)[1:] == ["By bicycle, mostly", "Nice. How far is it?"]
        assert [t.state for t in screen.shown] == ["sent", "sent", "sent"]
        assert [t.number for t in screen.shown] == [1, 2, 3]
        # Cheap: the journal is read only when it changed (the counter is asked in between).
        follower = screen.follower
        assert follower is not None
        reads = follower.reads
        polls = follower.polls
        await until(pilot, lambda: follower.polls >= polls + 3)
        assert follower.reads == reads


async def test_observer_notes_are_kept_apart_and_marked_in_both_exports(
    driver: Journal, tmp_path: Path
) -> None:
    record = start(driver, locale="en")  # the exports speak the interview's language
    record = answer(driver, record, "Car", "Why the car?")
    jnotes.add_note(driver, record.record_id, "moderator's own", turn=2)
    app = ObserveApp(record=(driver.path, record.record_id))
    async with driven(app, size=(150, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ObserveScreen) and app.screen.updates)
        screen = observer_of(app)
        await pilot.press("f4")
        box = screen.query_one(NotesPane).query_one("#note-input", Input)
        assert app.focused is box
        box.value = "She hesitated here #quote"
        await pilot.press("enter")
        mine = lambda: jnotes.notes_of(driver, record.record_id, author="observer")  # noqa: E731
        await until(pilot, lambda: bool(mine()))
        await until(pilot, lambda: len(screen.query_one(NotesPane).notes) == 2)
        await pilot.press("escape")  # out of the note box, still watching
        assert app.screen is screen and app.focused is screen.transcript
    (note,) = mine()
    assert (note.text, note.tags, note.turn, note.author) == (
        "She hesitated here",
        ("quote",),
        3,
        "observer",
    )
    everyone = jnotes.notes_of(driver, record.record_id)
    assert [n.author for n in everyone] == ["moderator", "observer"]
    whole = driver.get(record.record_id)
    markdown = export_markdown(whole, everyone)
    assert "**Observer note** · turn 3" in markdown and "She hesitated here `quote`" in markdown
    assert "**Note** · turn 2" in markdown  # the moderator's, not marked as an observer's
    data = json.loads(export_json(whole, everyone))
    assert [(n["text"], n["author"]) for n in data["notes"]] == [
        ("moderator's own", "moderator"),
        ("She hesitated here", "observer"),
    ]
    assert "tok_secret" not in markdown + json.dumps(data)
    # The same through `koji-tui export`, both formats.
    for form in ("md", "json"):
        out = tmp_path / f"export.{form}"
        assert main(["export", "int_obs1", "-f", form, "-o", str(out)]) == 0
        assert out.read_text(encoding="utf-8") == (
            markdown if form == "md" else export_json(whole, everyone)
        )


async def test_the_observer_never_holds_the_lease_and_the_interview_stays_writable(
    driver: Journal,
) -> None:
    record = start(driver)
    other_window = Journal(driver.path)  # a third window looking at who drives it
    app = ObserveApp(record=(driver.path, record.record_id))
    try:
        async with driven(app, size=(120, 40)) as pilot:
            await until(pilot, lambda: isinstance(app.screen, ObserveScreen) and app.screen.updates)
            screen = observer_of(app)
            watching = screen.journal
            assert watching is not None
            assert driver.acquire_lease(record.record_id) is None  # still the driver's
            holder = other_window.lease_holder(record.record_id)
            assert holder is not None and holder.owner == driver.owner
            assert watching.lease_holder(record.record_id) is not None  # someone else's
            with pytest.raises(JournalError, match="never drives"):
                watching.acquire_lease(record.record_id)  # cannot, by construction
            with contextlib.closing(sqlite3.connect(driver.path)) as db:
                owners = [r[0] for r in db.execute("SELECT owner FROM leases")]
            assert owners == [driver.owner] and watching.owner not in owners
            updated = await asyncio.to_thread(answer, driver, record, "Bus", "And back?")
            assert [t.state for t in updated.turns] == ["received", "sent", "received"]
            await until(pilot, lambda: len(screen.shown) == 3)
        holder = other_window.lease_holder(record.record_id)
        assert holder is not None and holder.owner == driver.owner  # leaving took nothing
    finally:
        other_window.close()


async def test_the_picker_lists_the_interviews_in_progress_and_opens_one(
    driver: Journal,
) -> None:
    first = start(driver, "int_a")
    second = start(driver, "int_b")
    done = start(driver, "int_c")
    driver.update_interview(done, status="completed", quality_score=4.0)
    app = ObserveApp(journals=[driver.path])
    async with driven(app, size=(140, 30)) as pilot:
        picker = app.screen
        await until(pilot, lambda: bool(getattr(picker, "found", None)))
        found = picker.found  # type: ignore[attr-defined]
        assert [w.record.interview_id for w in found][2] == "int_c"  # completed: last
        assert {w.record.interview_id for w in found[:2]} == {"int_a", "int_b"}
        assert all(w.driven_by for w in found[:2])
        assert picker.query_one(OptionList).option_count == 3
        assert isinstance(picker, type(app.screen)) and app.screen is picker  # two: a choice
        await pilot.press("down", "enter")
        await until(pilot, lambda: isinstance(app.screen, ObserveScreen) and app.screen.updates)
        assert observer_of(app).record_id == found[1].record_id
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is picker)
    assert {first.record_id, second.record_id} == {w.record_id for w in found[:2]}


async def test_an_interview_that_starts_while_the_list_is_shown_is_opened(
    driver: Journal, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(observe_picker, "REFRESH_SECONDS", 0.1)
    app = ObserveApp(journals=[driver.path])
    async with driven(app, size=(120, 30)) as pilot:
        picker = app.screen
        await pilot.pause(0.3)  # a few refreshes of an empty list
        assert app.screen is picker and picker.found == []  # type: ignore[attr-defined]
        record = await asyncio.to_thread(start, driver, "int_late")
        await until(pilot, lambda: isinstance(app.screen, ObserveScreen) and app.screen.updates)
        assert observer_of(app).record_id == record.record_id


async def test_an_interview_named_on_the_command_line_opens_at_once(driver: Journal) -> None:
    start(driver, "int_a")
    wanted = start(driver, "int_b")
    app = ObserveApp(interview_id="int_b", journals=[driver.path])
    async with driven(app, size=(120, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, ObserveScreen) and app.screen.updates)
        assert observer_of(app).record_id == wanted.record_id


async def test_an_unknown_interview_is_said(driver: Journal) -> None:
    start(driver, "int_a")
    app = ObserveApp(interview_id="int_nope", journals=[driver.path])
    async with driven(app, size=(120, 30)) as pilot:
        picker = app.screen
        note = picker.query_one("#picker-note")
        await until(pilot, lambda: "int_nope" in str(note.render()))
        assert "No interview 'int_nope'" in str(note.render())


def test_the_respondent_side_never_reads_observer_notes() -> None:
    """The kiosk (what a respondent sees) and the session (what is sent to Koji) never read
    the notes: observer notes cannot reach either."""
    root = Path(__file__).resolve().parents[2] / "koji_tui"
    for folder in ("kiosk", "ui/kiosk", "session", "api"):
        for path in (root / folder).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            assert "journal.notes" not in source and "notes_of" not in source, path
