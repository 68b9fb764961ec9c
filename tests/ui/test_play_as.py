"""The command palette's "Play this interview as…": pick a persona, the autopilot plays the
highlighted study on the interview screen; on a real server it asks first and sends nothing
until "Play"; a voice-only study is refused in words. Real sandboxes over HTTP."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app_helpers import screen_text, study_for, toasts, wait_for
from textual.pilot import Pilot
from textual.widgets import OptionList

from koji_tui.server import ServerConfig
from koji_tui.ui.app import KojiApp
from koji_tui.ui.commands import koji_commands
from koji_tui.ui.demo.picker import PersonaPicker
from koji_tui.ui.demo.screen import AutopilotScreen
from koji_tui.ui.screens.confirm import ConfirmScreen
from koji_tui.ui.screens.main import MainScreen
from tests.demo.conftest import GatedClock, VirtualClock
from tests.pilot import driven
from tests.sandboxes import FAST

TITLE = "Play this interview as…"


async def from_the_palette(pilot: Pilot[Any], app: KojiApp) -> PersonaPicker:
    await pilot.press("ctrl+p")
    await pilot.pause()
    for key in "Play this":
        await pilot.press("space" if key == " " else key)
    await wait_for(pilot, lambda: TITLE in screen_text(app), what="the palette's entry")
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, PersonaPicker), what="the picker")
    picker = app.screen
    assert isinstance(picker, PersonaPicker)
    await pilot.pause()
    return picker


def demo_app(tmp_path: Path) -> KojiApp:
    config = ServerConfig(data_dir=tmp_path / "sandbox", rate_limit=FAST, stream_delay=0.0, seed=7)
    app = KojiApp(demo=True, sandbox_config=config)
    app.play_as_speed = 100.0
    app.play_as_clock = VirtualClock()
    return app


async def test_the_palette_plays_the_highlighted_study_as_the_persona_picked(
    tmp_path: Path,
) -> None:
    app = demo_app(tmp_path)
    async with driven(app, size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, 30, what="the sandbox")
        main = app.screen
        assert isinstance(main, MainScreen)
        main.query_one("#studies", OptionList).highlighted = 1  # Hábitos de café (es)
        await pilot.pause()
        titles = [c.title for c in koji_commands(app, main)]
        assert TITLE in titles
        picker = await from_the_palette(pilot, app)
        # only the personas that fit the Spanish study are offered
        assert picker.personas and {p.locale for p in picker.personas} == {"es"}
        chosen = picker.personas[0]
        # the persona is held at its first breath on the autopilot's screen (its clock is
        # virtual: the whole interview could be over before the screen is read), then let go
        clock = GatedClock(lambda: isinstance(app.screen, AutopilotScreen))
        app.play_as_clock = clock
        await pilot.press("enter")
        await wait_for(pilot, lambda: clock.waiting, what="playing")
        screen = app.screen
        assert isinstance(screen, AutopilotScreen)
        assert screen.study.name == "Hábitos de café"
        assert chosen.display_name in screen_text(app)  # the badge names the persona
        clock.release()
        await wait_for(pilot, lambda: app.screen is main, 90, what="the interview's end")
        study = main.selected_study
        assert study is not None
        records = await app.run_worker(
            lambda: app.services.journals.journal_for(study).list_interviews(study_name=study.name),
            thread=True,
        ).wait()
        assert [(r.status, r.locale) for r in records] == [("completed", "es")]
        assert records[0].respondent["display_name"] == chosen.display_name
        assert records[0].quality_score is not None


async def test_on_a_real_server_it_asks_first_and_sends_nothing_until_play(
    sandbox_thread: Any,
) -> None:
    study = study_for(sandbox_thread)
    app = KojiApp(studies=[study])
    async with driven(app, size=(120, 40)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, what="studies")
        await pilot.pause()
        picker = await from_the_palette(pilot, app)
        assert len(picker.personas) >= 4  # nothing is known of a real server: every persona
        assert "an interview uses credits" in screen_text(app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen), what="the question")
        assert "uses credits" in screen_text(app) and study.base_url in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert sandbox_thread.stats.requests == 0


async def test_a_voice_only_study_is_refused_in_words(tmp_path: Path) -> None:
    app = demo_app(tmp_path)
    async with driven(app, size=(120, 40), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, 30, what="the sandbox")
        main = app.screen
        assert isinstance(main, MainScreen)
        main.query_one("#studies", OptionList).highlighted = 3  # Voice check-in (voice only)
        await pilot.pause()
        app.clear_notifications()
        app.action_play_as()
        await pilot.pause()
        assert any("voice-only" in t for t in toasts(app))
        assert app.screen is main
