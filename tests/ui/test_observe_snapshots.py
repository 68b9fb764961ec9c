"""Snapshots of ``koji-tui observe``: the observer's view of an interview and the list to pick
one from, at 120x40 and 80x24.

Nothing in them changes run to run: the journal is written on a ticking fake clock (each stamp
40 s after the one before, from 10:30 UTC), the observer's "now" is fixed (``wall``, which also
judges the driver's lease), and the driving window's lease is the journal's record of a process
4242 on another machine ("lab-pc"), fixed by the test, not this test process's pid.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from app_helpers import FIXED_NOW, fixed_clock, wait_for
from textual.pilot import Pilot

from koji_tui import paths
from koji_tui.journal import InterviewRecord, Journal
from koji_tui.journal import notes as jnotes
from koji_tui.ui.observe_app import ObserveApp
from koji_tui.ui.screens.observe import ObserveScreen
from koji_tui.ui.screens.observe_picker import ObservePicker

WALL = datetime.fromtimestamp(FIXED_NOW, UTC)  # 2026-11-18 11:06:40 UTC
FIRST_STAMP = datetime(2026, 11, 18, 10, 30, tzinfo=UTC)
CHOICE = {
    "type": "single_choice",
    "prompt": "How do you usually get to work?",
    "options": ["Car", "Bus", "Bicycle"],
}


def wall() -> datetime:
    return WALL


@pytest.fixture
def driver(monkeypatch: pytest.MonkeyPatch) -> Iterator[Journal]:
    """The window that drives the interview: the user's journal on the fixed clock, its
    timestamps ticking 40 s apart from FIRST_STAMP."""
    ticks = iter(range(10_000))

    def stamp() -> str:
        at = FIRST_STAMP + timedelta(seconds=40 * next(ticks))
        return at.isoformat(timespec="milliseconds").replace("+00:00", "Z")

    monkeypatch.setattr("koji_tui.journal.writes.utc_now", stamp)
    monkeypatch.setattr("koji_tui.journal.store.utc_now", stamp)  # the notes' stamps
    journal = Journal(paths.data_dir() / "journal.sqlite3", clock=fixed_clock)
    yield journal
    journal.close()


def start(
    driver: Journal, interview_id: str, name: str, study: str = "Commuting"
) -> InterviewRecord:
    return driver.create_interview(
        study_name=study,
        base_url="http://127.0.0.1:1",
        interview_id=interview_id,
        session_token="tok_secret",
        respondent={"display_name": name, "external_id": "p-17", "metadata": {"team": "ops"}},
        mode="text",
        locale="en",
        opening_message="Hello! How do you usually get to work?",
        opening_question=CHOICE,
    )


def drive_from_elsewhere(driver: Journal, record: InterviewRecord) -> None:
    """The driver takes the lease; its row then names process 4242 on "lab-pc" (a fixed
    process of another machine: live while its lease is fresh, no pid to ask after)."""
    assert driver.acquire_lease(record.record_id) is None
    with contextlib.closing(sqlite3.connect(driver.path)) as db, db:
        db.execute(
            "UPDATE leases SET pid = 4242, host = 'lab-pc' WHERE record_id = ?",
            (record.record_id,),
        )


def a_conversation(driver: Journal) -> InterviewRecord:
    record = start(driver, "int_obs1", "Ana Souza")
    turn = driver.add_pending_answer(record, "Bus")
    record = driver.record_reply(
        turn, "Thanks! How long does the trip take?", turn_count=3, base=record
    )
    turn = driver.add_pending_answer(record, "About forty minutes, door to door.")
    record = driver.record_reply(turn, "What do you do during the ride?", turn_count=5, base=record)
    driver.add_pending_answer(record, "Mostly read, sometimes I answer emails.")  # on its way
    jnotes.add_note(driver, record.record_id, "Commute is long: probe for remote days", turn=3)
    jnotes.add_note(
        driver, record.record_id, "Reads on the bus", tags=["quote"], turn=5, author="observer"
    )
    drive_from_elsewhere(driver, record)
    return driver.get(record.record_id)


async def _observing(pilot: Pilot[Any]) -> None:
    app = pilot.app
    await wait_for(
        pilot,
        lambda: (
            isinstance(app.screen, ObserveScreen)
            and app.screen.updates > 0
            and len(app.screen.shown) == 6
        ),
        what="the interview",
    )
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_observer(snap_compare: Any, driver: Journal, size: tuple[int, int]) -> None:
    """Head (study, participant, in progress, driven by process 4242 on lab-pc), the
    transcript with the last answer not confirmed sent, the card (wide only) and both notes."""
    record = a_conversation(driver)
    app = ObserveApp(record=(driver.path, record.record_id), clock=lambda: 0.0, wall=wall)
    assert snap_compare(app, terminal_size=size, run_before=_observing)


async def _picking(pilot: Pilot[Any]) -> None:
    app = pilot.app
    await wait_for(
        pilot,
        lambda: isinstance(app.screen, ObservePicker) and len(app.screen.found) == 3,
        what="the list",
    )
    await pilot.pause()


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_picker(snap_compare: Any, driver: Journal, size: tuple[int, int]) -> None:
    """One interview driven now, one open nowhere, one completed (last); at 80 columns a
    line longer than the list ends in an ellipsis (one line each, never wrapped)."""
    driven = start(driver, "int_a", "Ana Souza")
    turn = driver.add_pending_answer(driven, "Bus")
    driven = driver.record_reply(turn, "How long is the trip?", turn_count=3, base=driven)
    drive_from_elsewhere(driver, driven)
    start(driver, "int_b", "Ben Okafor", study="Grocery habits")
    done = start(driver, "int_c", "Chloé Martin")
    driver.update_interview(done, status="completed", quality_score=4.0)
    app = ObserveApp(journals=[driver.path], clock=lambda: 0.0, wall=wall)
    assert snap_compare(app, terminal_size=size, run_before=_picking)
