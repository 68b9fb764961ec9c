"""Snapshots: an autopilot interview mid-way (paused after three steps, the fourth question's
widget waiting) and the rehearsal's scorecard (rows of a real rehearsal on a seeded sandbox,
their times fixed). Ids and times come from a seeded sandbox and a fixed clock."""

from __future__ import annotations

import asyncio
import dataclasses
from pathlib import Path
from typing import Any

from app_helpers import fixed_clock
from autopilot_helpers import held_autopilot, step_to
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.widgets import Static

from koji_tui.api import KojiClient
from koji_tui.demo.personas import load_personas
from koji_tui.demo.rehearse import Row, Target, plan, run_rehearsal
from koji_tui.demo.scorecard import scorecard
from koji_tui.journal import Journal


def test_autopilot_mid_interview(snap_compare: Any, tmp_path: Path) -> None:
    app = held_autopilot(tmp_path)

    async def run_before(pilot: Pilot[Any]) -> None:
        await step_to(pilot, app, 3)
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 34), run_before=run_before)


def rehearsal_rows(srv: Any, tmp_path: Path) -> list[Row]:
    """Six runs of a real rehearsal on ``srv``, their durations fixed for the image."""
    studies = [s for s in srv.studies if s.mode == "text"]

    async def run() -> list[Row]:
        clients = {s.name: KojiClient(srv.base_url, srv.key(s.id)) for s in studies}

        def source(client: KojiClient) -> Any:
            async def get() -> KojiClient:
                return client

            return get

        targets = [Target.of_sandbox(s, source(clients[s.name])) for s in studies]
        journal = Journal(tmp_path / "rehearsal.sqlite3")
        try:
            casts = plan(targets, load_personas(), None)
            casts = [c for c in casts if c.persona.id in ("enthusiast", "sceptic", "lucia")]
            return await run_rehearsal(targets, casts, journal)
        finally:
            journal.close()
            for client in clients.values():
                await client.aclose()

    rows = asyncio.run(run())
    return [dataclasses.replace(r, duration=0.4 + 0.1 * r.number) for r in rows]


class ScorecardApp(App[None]):
    def __init__(self, rows: list[Row]) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield Static(scorecard(self.rows, "Rehearsal (sandbox)"))


def test_rehearsal_scorecard(snap_compare: Any, tmp_path: Path, make_sandbox: Any) -> None:
    with make_sandbox.thread(seed=7, clock=fixed_clock, stream_delay=0.0) as srv:
        rows = rehearsal_rows(srv, tmp_path)
    assert [r.persona for r in rows] == ["enthusiast", "lucia", "sceptic", "enthusiast", "sceptic"]
    failed = dataclasses.replace(
        rows[-1], number=len(rows) + 1, completed=False, quality_score=None, problem=None
    )
    assert snap_compare(ScorecardApp([*rows, failed]), terminal_size=(120, 16))
