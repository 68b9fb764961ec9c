"""Presenter mode (koji_tui/ui/app_presenter.py): what an audience sees of the demo.

No port, key, interview id or request number on screen; the details one key away (ctrl+o);
the studies' descriptions listed; the voice-only study marked and explained when highlighted;
the demo seeded with completed interviews (with scores); toasts short and at the top, away
from the question. The app runs against a real sandbox over HTTP (seeded ids, fixed clock).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from app_helpers import fixed_clock, screen_text, toasts, wait_for
from autopilot_helpers import held_autopilot, step_to
from textual.pilot import Pilot
from textual.widgets import OptionList

from koji_tui.server import ServerConfig
from koji_tui.ui.app import KojiApp
from koji_tui.ui.app_presenter import short_toast
from koji_tui.ui.screens.interview import InterviewScreen
from koji_tui.ui.screens.main import MainScreen
from koji_tui.ui.widgets.status_bar import StatusBar
from tests.pilot import driven
from tests.sandboxes import FAST

FIXED_ISO = "2026-11-18T09:46:40.000Z"
TECHNICAL = re.compile(r"127\.0\.0\.1|:\d{4,5}\b|int_[0-9a-f]|demo key|requests left|\d+/\d+ ")


def presenter_app(tmp_path: Path, **options: Any) -> KojiApp:
    config = ServerConfig(
        data_dir=tmp_path / "sandbox",
        rate_limit=FAST,
        stream_delay=0.0,
        seed=7,
        clock=fixed_clock,
    )
    options.setdefault("presenter", True)
    return KojiApp(demo=True, sandbox_config=config, clock=fixed_clock, **options)


async def seeded(pilot: Pilot[Any], app: KojiApp) -> MainScreen:
    """Wait for the seeded interviews to be listed under the first study."""
    await wait_for(pilot, lambda: app.seeded is not None, 90, what="the demo's seeding")
    screen = app.screen
    assert isinstance(screen, MainScreen)
    await wait_for(
        pilot, lambda: screen.interview_table_widget.row_count == 2, 15, what="two interviews"
    )
    await pilot.pause()
    return screen


async def test_the_study_list_shows_no_technical_detail_and_is_not_empty(tmp_path: Path) -> None:
    app = presenter_app(tmp_path)
    async with driven(app, size=(120, 40), notifications=True) as pilot:
        screen = await seeded(pilot, app)
        assert app.seeded is not None and app.seeded.completed == 6 and not app.seeded.failed
        text = screen_text(app)
        assert TECHNICAL.search(text) is None, TECHNICAL.search(text)
        # descriptions, and the voice-only study marked in the list
        assert "How small businesses use Acme's accounting app" in text
        assert "Voice check-in (voice only)  [voice only]" in text
        # the seeded interviews: completed, with their quality scores
        rows = [line for line in text.splitlines() if "completed" in line]
        assert len(rows) == 2 and all(re.search(r"completed\s+\d\.\d", r) for r in rows)
        assert "Interview" not in text.split("Respondent", 1)[1].splitlines()[0]  # no id column
        # the voice-only study is explained before anyone picks it
        studies = screen.query_one("#studies", OptionList)
        studies.highlighted = 3
        await pilot.pause()
        assert "Voice only: it is answered by speaking, not typed." in screen_text(app)
        # the details, one key away
        app.clear_notifications()
        studies.highlighted = 0
        await pilot.press("ctrl+o")
        await pilot.pause()
        shown = "\n".join(toasts(app))
        assert "Server: http://127.0.0.1:" in shown and "Key: demo key" in shown


async def test_the_same_demo_without_presenter_mode_shows_them(tmp_path: Path) -> None:
    """The check above can fail: without presenter mode the port and key are on screen, and
    nothing is seeded."""
    app = presenter_app(tmp_path, presenter=False)
    async with driven(app, size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, 30, what="the sandbox")
        await pilot.pause()
        assert TECHNICAL.search(screen_text(app)) is not None
        assert app.seeded is None and not app.seed_demo


async def test_an_interview_shows_no_id_nor_request_numbers_and_toasts_stay_on_top(
    tmp_path: Path,
) -> None:
    app = presenter_app(tmp_path, seed_demo=False)
    async with driven(app, size=(100, 30), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, 30, what="the sandbox")
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), what="interview")
        screen = app.screen
        assert isinstance(screen, InterviewScreen)
        await wait_for(pilot, lambda: screen.controller.state.can_answer, 30, what="question")
        await pilot.pause()
        bar = screen.query_one(StatusBar)
        assert bar.remaining is not None  # it knows the numbers ...
        assert bar.snapshot() == "● online │ ^o details"  # ... and does not show them
        assert TECHNICAL.search(screen_text(app)) is None, TECHNICAL.search(screen_text(app))
        await pilot.press("ctrl+o")
        await pilot.pause()
        shown = "\n".join(toasts(app))
        assert screen.controller.state.interview_id in shown
        assert "Requests left: " in shown
        # the toast is at the top, far from the question and the composer at the bottom
        toast = screen.query("Toast").last()
        assert toast.region.y <= 4
        assert toast.region.bottom < screen.composer.region.y - 5


def test_a_presenters_toast_is_short_and_brief() -> None:
    long = "Could not do the thing: " + "a very long reason " * 10 + "\nsecond line\nthird line"
    text, seconds = short_toast(long, "information", None)
    assert len(text) <= 80 and text.endswith("…") and "third" not in text and seconds == 3.0
    assert short_toast("Short.", "warning", 20)[1] == 5.0
    assert short_toast("Short.", "information", 1.0) == ("Short.", 1.0)
    kept = "Study: A\nServer: http://x\nKey: demo key"
    assert short_toast(kept, "information", 10, title="Details") == (kept, 10)


def test_the_status_bar_in_presenter_mode_says_a_wait_in_words() -> None:
    bar = StatusBar(presenter=True, clock=lambda: 100.0)
    bar.update_rate_limit(60, 3, 130.0)
    assert bar.snapshot() == "● online │ ^o details"
    bar.update_activity("waiting_rate_limit", "429", until=112.0)
    assert bar.snapshot() == "● online │ ⏳ waiting for the rate limit │ ^o details"
    plain = StatusBar(presenter=False, clock=lambda: 100.0)
    plain.update_rate_limit(60, 3, 130.0)
    assert "3/60" in plain.snapshot()


def test_presenter_study_list(
    snap_compare: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The presenter's study list at 100x30: dots, names, descriptions, [voice only], the
    seeded interviews with their scores, no server, key or id. (The journal dates a new
    interview by the wall clock: fixed here.)"""
    monkeypatch.setattr("koji_tui.journal.writes.utc_now", lambda: FIXED_ISO)
    app = presenter_app(tmp_path)

    async def run_before(pilot: Pilot[Any]) -> None:
        await seeded(pilot, app)
        app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=run_before)


def test_koji_tui_demo_is_in_presenter_mode_unless_told_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from koji_tui.cli import build_parser
    from koji_tui.ui.cli import presenter_of

    monkeypatch.delenv("KOJI_TUI_PRESENTER", raising=False)
    parser = build_parser()
    assert presenter_of(parser.parse_args(["demo"])) is True
    assert presenter_of(parser.parse_args(["demo", "--autopilot", "--speed", "10"])) is True
    assert presenter_of(parser.parse_args(["demo", "--no-presenter"])) is False
    assert presenter_of(parser.parse_args([])) is False
    monkeypatch.setenv("KOJI_TUI_PRESENTER", "1")
    assert presenter_of(parser.parse_args([])) is True


async def test_quitting_asks_about_the_demos_interviews_only_beyond_the_samples(
    tmp_path: Path,
) -> None:
    from koji_tui.ui.screens.quit import QuitScreen

    app = presenter_app(tmp_path)
    async with driven(app, size=(100, 30)) as pilot:
        await seeded(pilot, app)
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: not app.is_running, what="quit at once")
        assert not isinstance(app.screen, QuitScreen)
    app = presenter_app(tmp_path / "again")
    async with driven(app, size=(100, 30)) as pilot:
        await seeded(pilot, app)
        journal = app.services.journals.journal_for(app.studies[0])
        sandbox = app.sandbox
        assert sandbox is not None
        extra = journal.create_interview(  # one more than the samples: someone's own
            study_name=app.studies[0].name, base_url=sandbox.base_url, interview_id="int_own"
        )
        assert extra.record_id
        await pilot.press("ctrl+q")
        await wait_for(pilot, lambda: isinstance(app.screen, QuitScreen), what="the question")
        await pilot.press("d")
        await wait_for(pilot, lambda: not app.is_running, what="quit")


def test_presenter_autopilot_mid_interview(snap_compare: Any, tmp_path: Path) -> None:
    """`koji-tui demo --autopilot` as an audience sees it (presenter mode): paused after two
    answers, the third question's widget waiting; no interview id in the header, no request
    numbers in the status bar."""
    app = held_autopilot(tmp_path, presenter=True)

    async def run_before(pilot: Pilot[Any]) -> None:
        await step_to(pilot, app, 2)
        await pilot.pause()
        below_badge = screen_text(app).split("\n", 1)[1]  # the badge's "1/3" is the tour's
        assert TECHNICAL.search(below_badge) is None, TECHNICAL.search(below_badge)

    assert snap_compare(app, terminal_size=(100, 34), run_before=run_before)
