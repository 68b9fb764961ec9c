"""The study list's "Watch" (w, and the palette's "Watch interview"): the highlighted interview
opens in the observer, read-only, even when this same app drives it; Escape comes back."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from app_helpers import toasts, wait_for

from koji_tui.config.entry import StudyEntry
from koji_tui.journal import Journal
from koji_tui.ui.app import KojiApp
from koji_tui.ui.bindings import BINDING_IDS
from koji_tui.ui.commands import koji_commands
from koji_tui.ui.screens.main import MainScreen
from koji_tui.ui.screens.observe import ObserveScreen
from tests.pilot import driven

BASE = "http://127.0.0.1:9"


def _seed(path: Path) -> list[int]:
    """Two interviews of Commuting (the newest first in the list), none of Empty."""
    ids = []
    with Journal(path) as journal:
        for n, name in enumerate(("Ana", "Ben")):
            record = journal.create_interview(
                study_name="Commuting",
                base_url=BASE,
                interview_id=f"int_{name.lower()}",
                respondent={"display_name": name},
                opening_message=f"Hello {name}! How do you get to work?",
                started_at=f"2026-11-0{n + 1}T09:00:00.000Z",
            )
            ids.append(record.record_id)
    return ids


def _app(path: Path) -> KojiApp:
    studies = [
        StudyEntry(name, BASE, f"pk_test_{name.lower()}", key_storage="session")
        for name in ("Commuting", "Empty")
    ]
    return KojiApp(studies=studies, journal_path=path, check_pending=False)


async def _list(pilot: Any, app: KojiApp, study: str) -> MainScreen:
    screen = app.screen
    assert isinstance(screen, MainScreen)
    await wait_for(
        pilot,
        lambda: (
            screen.interviews_shown == study
            and (study == "Empty" or screen.selected_record_id is not None)
        ),
        30,
        what=study,
    )
    return screen


async def _observer(pilot: Any, app: KojiApp) -> ObserveScreen:
    await wait_for(
        pilot,
        lambda: isinstance(app.screen, ObserveScreen) and app.screen.updates > 0,
        30,
        what="the observer",
    )
    screen = app.screen
    assert isinstance(screen, ObserveScreen)
    return screen


async def test_w_watches_the_highlighted_interview_even_one_this_app_drives(
    tmp_path: Path,
) -> None:
    assert "main.watch" in BINDING_IDS
    path = tmp_path / "journal.sqlite3"
    ana, ben = _seed(path)
    app = _app(path)
    async with driven(app, size=(120, 40)) as pilot:
        main = await _list(pilot, app, "Commuting")
        assert main.selected_record_id == ben  # the newest, on top
        main.interview_table_widget.focus()
        await pilot.press("down")  # Ana's
        await wait_for(pilot, lambda: main.selected_record_id == ana)
        # This app drives Ana's interview (as its interview screen does: its journal's lease).
        journal = app.services.journals.journal_for(main.selected_study)
        assert journal.path == path and journal.acquire_lease(ana) is None
        await pilot.press("w")
        observer = await _observer(pilot, app)
        assert (observer.path, observer.record_id) == (path, ana)
        assert observer.transcript.get_turn(observer.transcript.handles[0]).text.startswith(
            "Hello Ana!"
        )
        head = str(observer.query_one("#observe-head").render())
        assert f"driven by koji-tui process {os.getpid()}" in head  # this very app
        assert journal.acquire_lease(ana) is None  # still ours: the observer took nothing
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is main, what="back to the list")
        assert main.selected_record_id == ana


async def test_the_palette_offers_watch_and_a_study_without_interviews_says_so(
    tmp_path: Path,
) -> None:
    path = tmp_path / "journal.sqlite3"
    _, ben = _seed(path)
    app = _app(path)
    async with driven(app, size=(120, 40), notifications=True) as pilot:
        main = await _list(pilot, app, "Commuting")
        (watch,) = [c for c in koji_commands(app, main) if c.title == "Watch interview"]
        assert "read-only" in watch.help and "(key: w)" in watch.help
        await watch.callback()
        observer = await _observer(pilot, app)
        assert observer.record_id == ben
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is main, what="back to the list")
        await pilot.press("down")  # the study list has the focus: Empty
        await _list(pilot, app, "Empty")
        await pilot.press("w")
        await wait_for(
            pilot,
            lambda: any("Select an interview to watch." in t for t in toasts(app)),
            what="the notice",
        )
        assert app.screen is main
