"""An autopilot app held before its first step (seeded sandbox, fixed clocks), and a wait for it
to hold again after a number of answers: the snapshots of an autopilot mid-interview share it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app_helpers import fixed_clock, wait_for
from textual.pilot import Pilot

from koji_tui.demo.personas import load_personas
from koji_tui.server import ServerConfig
from koji_tui.ui.demo.app import AutopilotApp
from koji_tui.ui.demo.screen import AutopilotScreen
from tests.demo.conftest import VirtualClock
from tests.sandboxes import FAST


def held_autopilot(tmp_path: Path, **options: Any) -> AutopilotApp:
    """Paused at 10x on a seeded sandbox whose clock, like the app's, stands still."""
    config = ServerConfig(
        data_dir=tmp_path / "sandbox", rate_limit=FAST, stream_delay=0.0, seed=7, clock=fixed_clock
    )
    return AutopilotApp(
        load_personas(),
        speed=10,
        paused=True,
        autopilot_clock=VirtualClock(),
        sandbox_config=config,
        clock=fixed_clock,
        **options,
    )


async def held_after(pilot: Pilot[Any], app: AutopilotApp, answers: int) -> None:
    """Until the autopilot holds again with ``answers`` answers given."""

    def ready() -> bool:
        screen = app.screen
        if not isinstance(screen, AutopilotScreen) or app.autopilot is None:
            return False
        given = sum(1 for t in screen.controller.turns if t.role == "respondent")
        return app.autopilot.held and given == answers

    try:
        await wait_for(pilot, ready, 60, what=f"held after {answers} answers")
    except AssertionError as exc:  # say what the autopilot was doing instead
        raise AssertionError(f"{exc}; {where(app)}") from None


def where(app: AutopilotApp) -> str:
    """The autopilot's status, its reports and the screen's controller, for a failure."""
    autopilot = app.autopilot
    said = [f"screen {type(app.screen).__name__}", f"studies {[s.base_url for s in app.studies]}"]
    if autopilot is None:
        return "; ".join([*said, "no autopilot (no listing with a sandbox)"])
    status = autopilot.status
    persona = status.persona.id if status.persona else None
    said.append(
        f"autopilot {persona} {status.activity} {status.index + 1}/{status.total}"
        f" paused={status.paused} held={status.held}"
    )
    said += [f"report {r.cast.study}: {r.problem or 'no problem'}" for r in autopilot.reports]
    screen = app.screen
    if isinstance(screen, AutopilotScreen):
        said.append(f"state {screen.controller.state}")
    return "; ".join(said)


async def step_to(pilot: Pilot[Any], app: AutopilotApp, answers: int) -> None:
    """Step (→) the held autopilot until it has given ``answers`` answers, then clear toasts."""
    await held_after(pilot, app, 0)
    for given in range(1, answers + 1):
        await pilot.press("right")
        await held_after(pilot, app, given)
    app.clear_notifications()
