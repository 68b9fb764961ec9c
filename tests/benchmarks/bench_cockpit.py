"""The moderator's cockpit with a 2,000-turn interview and 200 notes, vs the plain interview
screen and a RichLog holding the same text (issue 12's benchmark).

Run:  python tests/benchmarks/bench_cockpit.py [--turns 2000] [--notes 200] [--reps 3]

Three kinds, each in its own headless app (``run_test``, 160x45), the order rotated per rep:

- ``cockpit``: koji-tui opens the journaled interview (``--turns`` turns, ``--notes`` notes and
  flags) in the cockpit: guide, respondent card and notes beside the transcript (the server is
  unreachable, so the journal's copy is shown);
- ``interview``: the same interview in the plain interview screen (today's transcript);
- ``richlog``: a Textual app writing the same turns to a RichLog (``bench_ui``'s baseline).

Figures (each the median over the reps):

- load: open until every turn is in the transcript and a frame is painted (RichLog: write
  them all and paint); the cockpit's notes, read by a journal worker meanwhile, are waited for
  after (their time is printed apart: "notes shown");
- append: one more interviewer turn through the screen's controller subscribers (what the
  controller calls: the transcript draws it, the cockpit's panes match it against the guide,
  refresh the card and the guide) and a frame painted, median of 20 (RichLog: write one);
- memory: tracemalloc bytes still held after opening (a separate pass, one per kind; the
  modules a screen imports as it opens are imported first, as bench_memory's app-warm).

Printed: each kind's ratio to RichLog, and the cockpit's ratio over the plain screen's (goal:
at most :data:`GOAL`, the cockpit keeps the transcript's ratios within 1.5x of today's).
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, ROOT / "tests" / "ui"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

GOAL = 1.5
SIZE = (160, 45)
KINDS = ("richlog", "interview", "cockpit")
FIGURES = ("load", "append", "memory")
STUDY = "Memory"  # the study bench_memory.seed journals the interview under
BASE_URL = "http://127.0.0.1:9"  # nothing listens: the journal's copy is shown


def seed(path: Path, turns: int, notes: int) -> int:
    from koji_tui.journal import Journal
    from koji_tui.journal import notes as jnotes
    from tests.benchmarks import bench_memory

    record_id = bench_memory.seed(path, turns)
    with Journal(path) as journal:
        for n in range(notes):
            turn = 1 + (n * 10) % turns
            if n % 4 == 3:
                jnotes.set_flag(journal, record_id, turn, True)
            else:
                tags = ("quote",) if n % 2 else ("pain point", "follow up")
                jnotes.add_note(journal, record_id, f"Note {n} on this turn", tags=tags, turn=turn)
    return record_id


def _extra_turns(start: int, count: int = 20) -> list[Any]:
    from koji_tui.session import events as ev
    from tests.benchmarks.bench_ui import make_turns

    views = make_turns(count, seed=99)
    return [
        ev.Turn(
            role="interviewer",
            text=view.text + " How often do you use it?",
            number=start + 2 * i,
            created_at=datetime(2026, 1, 6, 9, 0, tzinfo=UTC),
            key=10_000 + i,
        )
        for i, view in enumerate(views)
    ]


async def _screen_run(kind: str, path: Path, record_id: int, turns: int, trace: bool) -> dict:
    from app_helpers import wait_for

    # What the screens import as they open, loaded first: only what they hold is counted
    # (as bench_memory's app-warm).
    import koji_tui.config.guide
    import koji_tui.config.studies
    import koji_tui.server.catalog  # noqa: F401
    from koji_tui.config.entry import StudyEntry
    from koji_tui.session import events as ev
    from koji_tui.ui.app import KojiApp
    from koji_tui.ui.screens.cockpit import CockpitScreen
    from koji_tui.ui.screens.interview import InterviewScreen

    study = StudyEntry(STUDY, BASE_URL, "pk_test_cockpit", key_storage="session")
    app = KojiApp(studies=[study], journal_path=path, check_pending=False)
    out: dict[str, float] = {}
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, 60, what="studies")
        await pilot.pause()
        gc.collect()
        if trace:
            tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0] if trace else 0
        started = time.perf_counter()
        screen = (CockpitScreen if kind == "cockpit" else InterviewScreen)(
            study, record_id=record_id
        )
        app.push_screen(screen)
        await wait_for(
            pilot,
            lambda: bool(screen.query("#transcript")) and screen.transcript.turn_count >= turns,
            120,
            what="the interview",
        )
        app.screen.refresh()
        await pilot.pause()
        out["load"] = time.perf_counter() - started
        if isinstance(screen, CockpitScreen):  # the notes, read by a journal worker meanwhile
            await wait_for(pilot, lambda: len(screen.notes) > 0, 60, what="the notes")
            out["notes"] = time.perf_counter() - started
        if trace:
            gc.collect()
            out["memory"] = tracemalloc.get_traced_memory()[0] - before
            tracemalloc.stop()
            return out
        appends = []
        for turn in _extra_turns(turns + 1):
            event = ev.TurnAdded(state=screen.controller.state, turn=turn)
            started = time.perf_counter()
            screen._from_controller(event)  # the controller's subscribers, as it calls them
            if isinstance(screen, CockpitScreen):
                screen._to_panes(event)
            app.screen.refresh()
            await pilot.pause()
            appends.append(time.perf_counter() - started)
        out["append"] = statistics.median(appends)
    return out


async def _richlog_run(turns: int, trace: bool) -> dict:
    from textual.app import App, ComposeResult
    from textual.widgets import RichLog

    from tests.benchmarks.bench_ui import make_turns, richlog_write

    views = make_turns(turns)

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield RichLog(wrap=True, min_width=1)

    app = Host()
    out: dict[str, float] = {}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        gc.collect()
        if trace:
            tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0] if trace else 0
        log = app.query_one(RichLog)
        started = time.perf_counter()
        for view in views:
            richlog_write(log, view)
        app.screen.refresh()
        await pilot.pause()
        out["load"] = time.perf_counter() - started
        if trace:
            gc.collect()
            out["memory"] = tracemalloc.get_traced_memory()[0] - before
            tracemalloc.stop()
            return out
        appends = []
        for view in make_turns(20, seed=99):
            started = time.perf_counter()
            richlog_write(log, view)
            app.screen.refresh()
            await pilot.pause()
            appends.append(time.perf_counter() - started)
        out["append"] = statistics.median(appends)
    return out


def measure(turns: int = 2000, notes: int = 200, reps: int = 3) -> dict[str, dict[str, float]]:
    """Median load, append (seconds) and memory (bytes) per kind."""
    import os

    runs: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    with tempfile.TemporaryDirectory() as home:
        os.environ["KOJI_TUI_HOME"] = home  # the cockpit's layout and settings: none
        path = Path(home) / "journal.sqlite3"
        record_id = seed(path, turns, notes)
        for rep in range(reps):
            order = KINDS[rep % 3 :] + KINDS[: rep % 3]
            for kind in order:
                if kind == "richlog":
                    runs[kind].append(asyncio.run(_richlog_run(turns, trace=False)))
                else:
                    runs[kind].append(
                        asyncio.run(_screen_run(kind, path, record_id, turns, trace=False))
                    )
        memory = {
            "richlog": asyncio.run(_richlog_run(turns, trace=True))["memory"],
            **{
                kind: asyncio.run(_screen_run(kind, path, record_id, turns, trace=True))["memory"]
                for kind in ("interview", "cockpit")
            },
        }
    notes = [r["notes"] for r in runs["cockpit"]]
    return {
        kind: {
            "load": statistics.median(r["load"] for r in runs[kind]),
            "append": statistics.median(r["append"] for r in runs[kind]),
            "notes": statistics.median(notes),
            "memory": memory[kind],
        }
        for kind in KINDS
    }


def ratios(medians: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Per figure: each screen's ratio to RichLog, and the cockpit's over the plain screen's."""
    base = medians["richlog"]
    out: dict[str, dict[str, float]] = {}
    for figure in FIGURES:
        today = medians["interview"][figure] / base[figure]
        cockpit = medians["cockpit"][figure] / base[figure]
        out[figure] = {"today": today, "cockpit": cockpit, "factor": cockpit / today}
    return out


def report(medians: dict[str, dict[str, float]], turns: int, notes: int, out: Any = print) -> None:
    got = ratios(medians)
    out(f"cockpit: {turns:,} turns, {notes} notes and flags, {SIZE[0]}x{SIZE[1]}")
    units = {"load": ("ms", 1e3), "append": ("ms", 1e3), "memory": ("MiB", 1 / 2**20)}
    out(
        f"{'figure':<8}{'RichLog':>10}{'interview':>11}{'cockpit':>10}"
        f"{'today/RL':>10}{'cockpit/RL':>12}{'factor':>8}  goal"
    )
    for figure in FIGURES:
        unit, scale = units[figure]
        row = got[figure]
        out(
            f"{figure:<8}"
            + "".join(f"{medians[k][figure] * scale:>10.1f}" for k in KINDS)
            + f" {row['today']:>9.2f}{row['cockpit']:>12.2f}{row['factor']:>8.2f}"
            + f"  factor <= {GOAL} ({unit})"
        )
    out(f"(cockpit: the notes shown {medians['cockpit']['notes'] * 1e3:.0f} ms after opening)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=2000)
    parser.add_argument("--notes", type=int, default=200)
    parser.add_argument("--reps", type=int, default=3)
    args = parser.parse_args(argv)
    report(measure(args.turns, args.notes, args.reps), args.turns, args.notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
