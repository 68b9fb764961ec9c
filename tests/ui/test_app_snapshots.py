"""Snapshots of every screen at 80x24 and 120x40 (plus high contrast and NO_COLOR).

``snap_compare`` runs the app itself, so the live-interview snapshots use a
sandbox in a thread (deterministic ids via ``seed``, a fixed clock shared by the
server and the app). Screens that need no server use fixed study addresses so
no random port shows up in an image.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from app_helpers import fixed_clock, study_for, type_text, wait_for
from textual.pilot import Pilot

from koji_tui.config.entry import StudyEntry
from koji_tui.journal import Journal
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.first_run import FirstRunScreen
from koji_tui.ui.screens.interview import InterviewScreen
from koji_tui.ui.widgets.composer import Composer

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]
KEY = "pk_test_" + "0" * 32


def offline_studies() -> list[StudyEntry]:
    return [
        StudyEntry("Onboarding research", "https://koji.example", KEY, key_storage="keyring"),
        StudyEntry(
            "Pricing [bold red]x[/] study",
            "http://127.0.0.1:8799",
            KEY,
            source="env",
            key_storage="env",
        ),
        StudyEntry("Churn interviews", "https://eu.koji.example", None),
    ]


def seed_journal() -> None:
    journal = Journal()
    try:
        for number, (name, status, score) in enumerate(
            [("Jane Smith", "completed", 4.2), ("crm-contact-456", "active", None)], start=1
        ):
            record = journal.create_interview(
                study_name="Onboarding research",
                base_url="https://koji.example",
                interview_id=f"int_snapshot{number:04d}",
                session_token="stk_never_shown",
                respondent={"display_name": name} if " " in name else {"external_id": name},
                mode="text",
                locale="en",
                started_at=f"2026-11-1{number}T09:3{number}:00.000Z",
                opening_message="Hi! Thanks for taking the time.",
            )
            if status == "completed":
                journal.update_interview(
                    record, status="completed", quality_score=score, turn_count=9
                )
    finally:
        journal.close()


async def settled(pilot: Pilot[Any]) -> None:
    """Wait until what was typed has been laid out and drawn, with the text cursors steady (a
    blinking cursor is drawn or not depending on when the picture is taken: under load the
    form snapshots differed run to run)."""
    from textual.widgets import Input

    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    for _ in range(3):
        await pilot.wait_for_scheduled_animations()
        await pilot.pause(0.05)


async def settle(pilot: Pilot[Any]) -> None:
    app = pilot.app
    await wait_for(pilot, lambda: app.studies_ready, what="studies")
    await pilot.pause()
    app.clear_notifications()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES)
def test_first_run(snap_compare: Any, size: tuple[int, int], no_keyring: None) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, FirstRunScreen))
        await pilot.pause()

    assert snap_compare(KojiApp(), terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_main_with_study_list(snap_compare: Any, size: tuple[int, int]) -> None:
    seed_journal()
    assert snap_compare(
        KojiApp(studies=offline_studies(), clock=fixed_clock), terminal_size=size, run_before=settle
    )


@pytest.mark.parametrize("size", SIZES)
def test_main_high_contrast(snap_compare: Any, size: tuple[int, int]) -> None:
    seed_journal()
    app = KojiApp(studies=offline_studies(), clock=fixed_clock, high_contrast=True)
    assert snap_compare(app, terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_main_no_color(
    snap_compare: Any, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    seed_journal()
    app = KojiApp(studies=offline_studies(), clock=fixed_clock)
    assert app.no_color
    assert snap_compare(app, terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES)
def test_new_interview_form(snap_compare: Any, size: tuple[int, int]) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"Jane Smith")
        await settled(pilot)

    app = KojiApp(studies=offline_studies(), clock=fixed_clock)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_study_form_without_keyring(
    snap_compare: Any, size: tuple[int, int], no_keyring: None
) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        pilot.app.keyring_ok = False
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"Onboarding", "tab", *"/x")
        await pilot.press("ctrl+s")  # an inline error, shown in place
        await settled(pilot)

    app = KojiApp(studies=offline_studies(), clock=fixed_clock)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_help(snap_compare: Any, size: tuple[int, int]) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()

    app = KojiApp(studies=offline_studies(), clock=fixed_clock)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


# --- live interview over HTTP ----------------------------------------------------------


async def _start(pilot: Pilot[Any]) -> InterviewScreen:
    """(``snap_compare`` runs the app itself, with no message hook: these wait on what is
    drawn and on the screen's state.)"""
    app = pilot.app
    await settle(pilot)
    await pilot.press("n")
    await pilot.pause()
    await pilot.press(*"Jane Smith", "ctrl+s")
    await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), what="interview")
    screen = app.screen
    await wait_for(pilot, lambda: screen.transcript.turn_count >= 1, what="opening")
    return screen


async def _answer(pilot: Pilot[Any], screen: InterviewScreen, text: str) -> None:
    turns = screen.transcript.turn_count
    screen.query_one(Composer).focus()
    await type_text(pilot, text)
    await pilot.press("enter")
    await wait_for(
        pilot,
        lambda: screen.transcript.turn_count >= turns + 2 and not screen.busy,
        what="reply",
    )


@pytest.mark.parametrize("size", SIZES)
def test_live_interview(snap_compare: Any, size: tuple[int, int], seeded_sandbox: Any) -> None:
    async def run_before(pilot: Pilot[Any]) -> None:
        screen = await _start(pilot)
        await _answer(pilot, screen, "About six months, mostly for onboarding.")
        pilot.app.clear_notifications()
        screen.query_one(Composer).focus()
        await pilot.press(*"Typing the next answer")
        await pilot.pause()

    app = KojiApp(studies=[study_for(seeded_sandbox)], clock=fixed_clock)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


SEEDED_ANSWERS = 10  # the seeded interviewer (seed 7) asks an eleventh question, then ends


def seed_answered_interview(srv: Any) -> int:
    """An interview with Jane Smith, started as the app starts one (journaled), whose first
    ``SEEDED_ANSWERS`` answers (``Answer 1.``, …) went to the server from another client; its
    journal record id. Opened in the app, it is brought up to date from the server (turns
    stamped by the server's fixed clock), and the last answer is typed on screen.

    Typing all fifteen answers on screen, at each size, cost more than the rest of this file."""
    from koji_tui.api import KojiClient
    from koji_tui.session import InterviewSession

    study = study_for(srv)

    async def run() -> int:
        journal = Journal()
        try:
            async with KojiClient(study.base_url, study.api_key or "") as client:
                session = InterviewSession(client, journal, study_name=study.name)
                started = await session.start(
                    respondent={"display_name": "Jane Smith"}, mode="text"
                )
                for number in range(1, SEEDED_ANSWERS + 1):
                    reply = await client.send_message(
                        started.interview_id,
                        f"Answer {number}.",
                        session_token=started.session_token,
                    )
                    assert not reply.is_complete
                await session.close()
                assert session.record is not None
                return session.record.record_id
        finally:
            journal.close()

    return asyncio.run(run())


@pytest.mark.parametrize("size", SIZES)
def test_completed_interview_with_score(
    snap_compare: Any, size: tuple[int, int], seeded_sandbox: Any
) -> None:
    record_id = seed_answered_interview(seeded_sandbox)
    study = study_for(seeded_sandbox)

    async def run_before(pilot: Pilot[Any]) -> None:
        app = pilot.app
        await settle(pilot)
        app.call_later(app.open_interview, study, record_id)
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), what="interview")
        screen = app.screen
        last = 2 * SEEDED_ANSWERS + 1  # the opening, then an answer and its reply each
        await wait_for(pilot, lambda: screen.transcript.turn_count >= last, what="the transcript")
        await _answer(pilot, screen, f"Answer {SEEDED_ANSWERS + 1}.")
        assert screen.ready_to_complete  # the interviewer has finished
        await pilot.press("f2")
        await wait_for(pilot, lambda: screen.status == "completed", what="completed")
        app.clear_notifications()
        await pilot.pause()

    app = KojiApp(studies=[study], clock=fixed_clock)
    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES)
def test_live_interview_high_contrast_no_color(
    snap_compare: Any, size: tuple[int, int], seeded_sandbox: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")

    async def run_before(pilot: Pilot[Any]) -> None:
        screen = await _start(pilot)
        await _answer(pilot, screen, "About six months.")
        pilot.app.clear_notifications()
        await pilot.pause()

    app = KojiApp(studies=[study_for(seeded_sandbox)], clock=fixed_clock, high_contrast=True)
    assert snap_compare(app, terminal_size=size, run_before=run_before)
