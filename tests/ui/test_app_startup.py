"""Start-up: what is on screen first, and what waits until it is.

The demo lists its studies from their files before its sandbox is up (the sandbox starts once
the list is drawn); the first-run screen comes before the keyring is asked; the study list is
the app's first screen (no mode of its own).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

from app_helpers import fixed_clock, screen_rows, screen_text, toasts, wait_for
from textual.widgets import Input

from koji_tui import paths
from koji_tui.config import CredentialStore
from koji_tui.config.credentials import BackendStatus
from koji_tui.config.entry import StudyEntry
from koji_tui.server import ServerConfig
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.first_run import FirstRunScreen
from koji_tui.ui.screens.main import MainScreen
from koji_tui.ui.screens.new_interview import NewInterviewScreen
from koji_tui.ui.screens.study_form import StudyFormScreen
from tests.pilot import driven

STARTING = "Starting the demo sandbox…"


def _config(tmp_path: Path) -> ServerConfig:
    return ServerConfig(data_dir=tmp_path / "sandbox", stream_delay=0.0, seed=7, clock=fixed_clock)


class HeldDemo(KojiApp):
    """The demo, its sandbox held back until the test lets it start."""

    asked_to_start = False

    def start_sandbox(self) -> Any:  # type: ignore[override]
        self.asked_to_start = True
        return None

    def release(self) -> None:
        KojiApp.start_sandbox(self)


async def test_the_demo_lists_its_studies_before_its_sandbox_is_up(tmp_path: Path) -> None:
    app = HeldDemo(demo=True, sandbox_config=_config(tmp_path))
    async with driven(app, size=(120, 40), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.asked_to_start, what="the sandbox asked to start")
        assert isinstance(app.screen, MainScreen) and app.screen_stack == [app.screen]
        text = screen_text(app)
        # the real list: the sandbox's studies and what their files say of them
        assert "Acme product feedback" in text and "Remote work tools" in text
        assert "Voice check-in (voice only)" in text and "[voice only]" in text
        assert "[demo key]" in text and "NO KEY" not in text
        assert STARTING in text  # where the server's address will be
        assert app.sandbox is None and not app.studies_ready
        # nothing can be started or read on them yet: each key says so and stays here
        for key in ("n", "m", "p", "R"):
            app.clear_notifications()
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, MainScreen), key
            assert any(STARTING in toast for toast in toasts(app)), key
        app.release()
        await wait_for(pilot, lambda: app.studies_ready, 30, what="the sandbox")
        assert app.sandbox is not None and app.demo_catalog is None
        assert [s.name for s in app.studies] == [s.name for s in app.sandbox.studies]  # type: ignore[attr-defined]
        assert all(s.base_url == app.sandbox.base_url and s.api_key for s in app.studies)
        app.clear_notifications()
        await pilot.pause()
        assert STARTING not in screen_text(app)  # the server's address is in its place
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NewInterviewScreen), what="the form")


async def test_the_sandbox_is_never_seen_beside_the_list_from_before_it(tmp_path: Path) -> None:
    """``app.sandbox`` is set with the sandbox's studies, on the app's thread: the autopilot
    once took a listing from before the sandbox (studies with no address) for the sandbox's,
    because the sandbox's thread had set ``app.sandbox`` before its studies reached the list,
    and the tour failed to start. Watched from another thread, as that one saw it."""
    app = HeldDemo(demo=True, sandbox_config=_config(tmp_path))
    seen_early: list[list[str]] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            if app.sandbox is not None:
                early = [s.name for s in list(app.studies) if s.source == "demo" and not s.base_url]
                if early:
                    seen_early.append(early)
            stop.wait(0.0002)

    async with driven(app, size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.asked_to_start, what="the sandbox asked to start")
        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        try:
            for _ in range(3):  # the thread's side once more each time: three starts, joined
                app.sandbox = None
                app.release()
                await wait_for(pilot, lambda: app.sandbox is not None, 30, what="the sandbox")
                assert all(s.base_url for s in app.studies)
                app.studies = [replace(s, base_url="") for s in app.studies]
        finally:
            stop.set()
            watcher.join(5)
    assert seen_early == []


async def test_a_sandbox_that_cannot_start_takes_its_listed_studies_away(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    app = KojiApp(demo=True, sandbox_config=ServerConfig(data_dir=blocker))
    async with driven(app, size=(100, 30), notifications=True) as pilot:
        await wait_for(pilot, lambda: "could not start" in screen_text(app), 30, what="failure")
        assert "Acme product feedback" not in screen_text(app)
        assert app.studies == [] and app.demo_catalog is None


class GatedKeyring(CredentialStore):
    """The real credential store (the keyring made absent), its backend check held until the
    test opens the gate."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.asked = threading.Event()

    def backend_status(self) -> BackendStatus:
        self.asked.set()
        self.gate.wait(30)
        return super().backend_status()


async def test_the_first_run_screen_does_not_wait_for_the_keyring(no_keyring: None) -> None:
    creds = GatedKeyring()
    app = KojiApp(credentials=creds)
    try:
        async with driven(app, size=(80, 24)) as pilot:
            await wait_for(pilot, lambda: isinstance(app.screen, FirstRunScreen), what="welcome")
            assert "Welcome to koji-tui" in screen_text(app)
            assert app.keyring_ok is None  # not known yet
            await wait_for(pilot, creds.asked.is_set, what="the keyring asked, after")
            creds.gate.set()
            await wait_for(pilot, lambda: app.keyring_ok is False, what="the keyring's answer")
            await pilot.press("a")
            await wait_for(pilot, lambda: isinstance(app.screen, StudyFormScreen), what="form")
            assert "No keyring backend" in screen_text(app)  # the form knows
    finally:
        creds.gate.set()


async def test_with_no_study_known_the_app_opens_on_the_welcome_screen_alone(
    no_keyring: None,
) -> None:
    """``welcome``: the command line found no study; the study list is not built under the
    welcome screen. Adding a study puts the list over it, with the study."""
    app = KojiApp(welcome=True)
    async with driven(app, size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, what="the studies read")
        await pilot.pause()
        assert isinstance(app.screen, FirstRunScreen) and app.screen_stack == [app.screen]
        assert "Welcome to koji-tui" in screen_text(app)
        await pilot.press("a")
        await wait_for(pilot, lambda: isinstance(app.screen, StudyFormScreen), what="form")
        form = app.screen
        form.query_one("#study-name", Input).value = "Onboarding"
        form.query_one("#study-url", Input).value = "https://koji.example"
        form.query_one("#study-key", Input).value = "pk_test_WELCOMEWELCOMEWELCOME0001"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), what="the list")
        await wait_for(pilot, lambda: "Onboarding" in screen_text(app), what="the study")
        assert not any(isinstance(s, StudyFormScreen) for s in app.screen_stack)


async def test_the_welcome_screen_gives_way_when_the_studies_read_hold_one() -> None:
    study = StudyEntry(name="Pilot", base_url="https://koji.example", api_key="pk_test_X")
    app = KojiApp(welcome=True, studies=[study])
    async with driven(app, size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), what="the list")
        await wait_for(pilot, lambda: "Pilot" in screen_text(app), what="the study")


async def test_the_demo_opened_from_the_welcome_screen_lists_its_studies(tmp_path: Path) -> None:
    app = HeldDemo(welcome=True, sandbox_config=_config(tmp_path))
    async with driven(app, size=(120, 40), notifications=True) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, FirstRunScreen), what="welcome")
        await pilot.press("d")
        await wait_for(pilot, lambda: app.asked_to_start, what="the sandbox asked to start")
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), what="the list")
        await wait_for(pilot, lambda: "Acme product feedback" in screen_text(app), what="list")
        assert app.demo


async def test_the_demo_read_by_the_command_line_is_listed_in_its_first_frame(
    tmp_path: Path,
) -> None:
    """``koji-tui demo`` reads the study files before the app starts (``demo_listing``): no
    thread to wait for, the placeholder never shows; the sandbox starts once they are drawn."""
    from koji_tui.ui.cli import demo_listing

    listing = demo_listing()
    assert listing is not None and len(listing[0]) == len(listing[1]) >= 2
    app = HeldDemo(demo=True, sandbox_config=_config(tmp_path), demo_listing=listing)
    async with driven(app, size=(120, 40)) as pilot:
        assert [s.name for s in app.studies] == [s.name for s in listing[0]]  # listed on mount
        await wait_for(pilot, lambda: app.asked_to_start, what="the sandbox asked to start")
        text = screen_text(app)
        assert "Acme product feedback" in text and "Remote work tools" in text
        assert STARTING in text and app.sandbox is None
        assert all(s.api_key for s in app.studies)
        app.release()
        await wait_for(pilot, lambda: app.studies_ready, 30, what="the sandbox")
        assert [s.api_key for s in app.studies] == listing[1]  # the same fixed keys


async def test_the_first_interview_opened_parses_no_stylesheet_again(tmp_path: Path) -> None:
    """The interview's and the cockpit's stylesheets are read once the first screen is drawn
    (``read_later_styles``): opening the first interview brings Textual no file new to the
    app, so it does not parse every stylesheet again (58-104 ms measured)."""
    from koji_tui.ui.app_looks import LATER_STYLES
    from koji_tui.ui.screens.interview import InterviewScreen

    app = KojiApp(demo=True, sandbox_config=_config(tmp_path))
    async with driven(app, size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, 30, what="the sandbox")
        folder = paths.styles_dir()
        await wait_for(
            pilot,
            lambda: all(app.stylesheet.has_source(str(folder / n)) for n in LATER_STYLES),
            what="the later stylesheets read",
        )
        reparsed: list[int] = []
        reparse = app.stylesheet.reparse

        def counted() -> None:
            reparsed.append(1)
            reparse()

        app.stylesheet.reparse = counted  # type: ignore[method-assign]
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NewInterviewScreen), what="form")
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), what="opened")
        await pilot.pause()
        assert reparsed == []
        composer = app.screen.query_one("Composer")
        assert composer.styles.border_top[0] == "solid"  # styled by transcript.tcss all the same


async def test_the_filter_box_made_on_slash_shows_what_is_typed(tmp_path: Path) -> None:
    """The interview filter box is made the first time ``/`` is pressed (not at start); it is
    one line, and what is typed in it shows (Input's focus border took that line before)."""
    app = HeldDemo(demo=True, sandbox_config=_config(tmp_path))
    async with driven(app, size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.asked_to_start, what="the list")
        assert not app.screen.query("#interview-filter")  # not made at start
        await pilot.press("slash")
        bar = app.screen.query_one("#interview-filter", Input)
        assert app.focused is bar
        for key in "ana":
            await pilot.press(key)
        await pilot.pause()
        assert bar.value == "ana" and bar.size.height == 1
        assert any(row.strip() == "ana" for row in screen_rows(app))


class NoLaterRead(KojiApp):
    """The app, its read of the later stylesheets after the first frames left out."""

    def _after_frames(self, frames: int, callback: Any) -> None:
        # the read comes through ``first_screen_drawn``: left out, the test no longer races
        # the first frames (it failed when a loaded machine drew them before its first check)
        if getattr(callback, "__name__", "") not in ("read_later_styles", "first_screen_drawn"):
            super()._after_frames(frames, callback)


async def test_a_screen_pushed_before_the_later_stylesheets_are_read_gets_them(
    no_keyring: None,
) -> None:
    """The forms' rules are not read before the first frame (forms.tcss is a later
    stylesheet); a screen pushed sooner gets them first (``KojiApp.push_screen``)."""
    app = NoLaterRead(welcome=True)
    async with driven(app, size=(80, 24)) as pilot:
        forms = str(paths.styles_dir() / "forms.tcss")
        assert not app.stylesheet.has_source(forms)
        welcome = app.screen
        assert isinstance(welcome, FirstRunScreen)
        welcome.action_add_study()
        form = app.screen
        assert isinstance(form, StudyFormScreen) and app.stylesheet.has_source(forms)
        await pilot.pause()
        row = form.query(".form-row").first()
        assert row.styles.height is not None and row.styles.height.value == 1  # forms.tcss
