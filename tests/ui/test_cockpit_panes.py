"""The cockpit's panes hidden and resized, remembered per user in config.toml's [cockpit] table
(issue 12): F10 on a wide terminal opens the panes dialog; a narrow terminal's F10 skips the
hidden panes; the next cockpit opens with the layout; saving the theme keeps it. Over the
sandbox on real HTTP (Pilot)."""

from __future__ import annotations

import tomllib
from typing import Any

from app_helpers import study_for, wait_for

from koji_tui import paths
from koji_tui.config.cockpit_layout import CockpitLayout, load_layout, save_layout
from koji_tui.config.settings import load_settings, save_theme
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.cockpit import CockpitScreen
from koji_tui.ui.screens.cockpit_panes import PanesDialog
from tests.pilot import driven


async def open_cockpit(pilot: Any, study: Any) -> CockpitScreen:
    app = pilot.app
    await wait_for(pilot, lambda: app.studies_ready, what="studies")
    screen = CockpitScreen(study, start={"respondent": {"display_name": "Ana"}, "mode": "text"})
    app.call_later(app.push_screen, screen)
    await wait_for(pilot, lambda: app.screen is screen, what="cockpit")
    await wait_for(pilot, lambda: screen.transcript.turn_count >= 1, what="opening message")
    return screen


def shown(screen: CockpitScreen) -> list[str]:
    return [p.id or "" for p in screen.query(".cockpit-pane") if p.region.width > 0]


def test_the_layout_is_kept_with_the_other_settings() -> None:
    path = paths.config_dir() / "config.toml"
    save_theme("nord")
    save_layout(CockpitLayout(70, ("card",)))
    save_theme("dracula")  # the theme's writer keeps the [cockpit] table
    assert load_layout() == CockpitLayout(70, ("card",))
    assert load_settings().theme == "dracula"
    assert tomllib.loads(path.read_text())["cockpit"] == {"width": 70, "hidden": ["card"]}
    path.write_text('theme = "nord"\n[cockpit]\nwidth = "wide"\nhidden = ["map"]\n')
    bad = load_layout()
    assert bad == CockpitLayout() and len(bad.problems) == 2  # said, defaults kept
    assert (
        CockpitLayout().with_width(500).width == 100 and CockpitLayout().with_width(3).width == 30
    )


async def test_wide_panes_hidden_and_resized_then_remembered(sandbox: Any) -> None:
    study = study_for(sandbox, 0)
    app = KojiApp(studies=[study])
    async with driven(app, size=(160, 45)) as pilot:
        screen = await open_cockpit(pilot, study)
        side = screen.query_one("#cockpit-side")
        assert shown(screen) == ["guide-pane", "card-pane", "notes-pane"]
        assert side.region.width == 58
        await pilot.press("f10")
        await wait_for(pilot, lambda: isinstance(app.screen, PanesDialog), what="the dialog")
        dialog = app.screen
        dialog.query_one("#panes-card").focus()
        await pilot.press("space")  # the respondent card hidden
        await pilot.press("right", "right")  # 8 columns wider
        await pilot.pause()
        assert screen.pane_layout == CockpitLayout(66, ("card",))  # shown at once
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen, what="the cockpit again")
        await pilot.pause()
        assert shown(screen) == ["guide-pane", "notes-pane"] and side.region.width == 66
        await wait_for(pilot, lambda: load_layout().hidden == ("card",), what="saved")
        assert load_layout() == CockpitLayout(66, ("card",))

        # every pane hidden: the transcript takes the whole width
        await pilot.press("f10")
        await wait_for(pilot, lambda: isinstance(app.screen, PanesDialog), what="the dialog")
        for pane in ("guide", "notes"):
            app.screen.query_one(f"#panes-{pane}").focus()
            await pilot.press("space")
        await pilot.press("escape")
        await wait_for(pilot, lambda: app.screen is screen, what="the cockpit again")
        await pilot.pause()
        assert side.region.width == 0 and screen.transcript.region.width > 150
        await wait_for(pilot, lambda: len(load_layout().hidden) == 3, what="saved")


async def test_the_next_cockpit_opens_with_the_layout_and_narrow_skips_hidden_panes(
    sandbox: Any,
) -> None:
    save_layout(CockpitLayout(40, ("guide",)))
    study = study_for(sandbox, 0)
    app = KojiApp(studies=[study])
    async with driven(app, size=(160, 45)) as pilot:
        screen = await open_cockpit(pilot, study)
        await wait_for(pilot, lambda: screen.pane_layout.width == 40, what="the layout read")
        await pilot.pause()
        assert shown(screen) == ["card-pane", "notes-pane"]
        assert screen.query_one("#cockpit-side").region.width == 40
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        seen = []
        for _ in range(3):
            await pilot.press("f10")
            await pilot.pause()
            seen.append((screen.narrow_pane, shown(screen)))
        assert seen == [("card", ["card-pane"]), ("notes", ["notes-pane"]), (None, [])]
        assert screen.transcript.region.width > 0
