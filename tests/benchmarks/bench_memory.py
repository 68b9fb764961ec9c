"""Memory added by reopening a long interview in the app, vs a RichLog holding the same text.

Run:  python tests/benchmarks/bench_memory.py [--turns 1201] [--reps 3]
      (or ``python tests/benchmarks/bench_ui.py --memory``)

Each measurement is a fresh child process (``--child app|richlog``), so one cannot inherit
the other's heap, and it reads its own resident set size (``/proc/self/statm``: what the OS
gives the process, Python's free lists and every library included, not only traced objects):

- ``app``: koji-tui (``run_test``, 120x40) opens on a journal holding one interview of
  ``--turns`` turns (the server is unreachable, so the journal's copy is what is shown). RSS is
  read on the study list (after a collection), then the interview is opened from the list and
  read again once all its turns are in the transcript and painted: the difference is what
  reopening costs (records, transcript, screen, widgets). ``app`` opens it first thing (so
  loading the interview screen's modules counts too, except Textual's own that the RichLog
  side has loaded before its first reading, :data:`SHARED_MODULES`: both sides load those
  first); ``app-warm`` opens and leaves a 3-turn interview first, so only what the long
  interview holds counts;
- ``richlog``: a Textual app with a RichLog, RSS read before and after writing the same turns
  (a header line and the text of each, as ``bench_ui.py`` does) and painting.

The children alternate; the ratio of the medians is printed with the goal (<= 1.0).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, ROOT / "tests" / "ui"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

GOAL = 1.0
BASE_URL = "http://127.0.0.1:9"  # nothing listens: the journal's copy is shown


def rss() -> int:
    """This process's resident set size in bytes (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def _settled() -> int:
    gc.collect()
    return rss()


def seed(path: Path, turns: int, interview_id: str = "int_long") -> int:
    """One interview of ``turns`` turns (the texts of ``bench_ui.make_turns``); its record id."""
    import sqlite3

    from koji_tui.journal import Journal
    from tests.benchmarks.bench_ui import make_turns

    with Journal(path) as journal:
        rec = journal.create_interview(
            study_name="Memory",
            base_url=BASE_URL,
            interview_id=interview_id,
            session_token="stk_long",
            turn_count=turns,
        )
    conn = sqlite3.connect(path)
    conn.executemany(
        "INSERT INTO turns (record_id, seq, role, content, created_at, state, sent_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                rec.record_id,
                n + 1,
                "assistant" if t.role == "interviewer" else "user",
                t.text,
                t.timestamp.isoformat() + "Z" if t.timestamp else "2026-01-05T09:00:00Z",
                "received" if t.role == "interviewer" else "sent",
                None,
            )
            for n, t in enumerate(make_turns(turns))
        ],
    )
    conn.commit()
    conn.close()
    return rec.record_id


async def _app_child(turns: int, warm: bool) -> int:
    from app_helpers import wait_for

    from koji_tui.config.entry import StudyEntry
    from koji_tui.ui.app import KojiApp
    from koji_tui.ui.widgets.transcript import Transcript

    folder = Path(tempfile.mkdtemp())
    path = folder / "journal.sqlite3"
    record_id = seed(path, turns)
    short_id = seed(path, 3, "int_short")
    study = StudyEntry("Memory", BASE_URL, "pk_test_memory", key_storage="session")
    app = KojiApp(studies=[study], journal_path=path, check_pending=False)

    def loaded(count: int) -> bool:
        found = app.screen.query(Transcript)
        return bool(found) and found.first().turn_count >= count

    async with app.run_test(size=(120, 40)) as pilot:
        main = await _on_list(pilot)
        if warm:  # a short interview first: the interview screen's modules are loaded
            app.open_interview(study, short_id)
            await wait_for(pilot, lambda: loaded(3), 60, what="the short interview")
            app.pop_screen()
            await wait_for(pilot, lambda: app.screen is main, 30, what="the study list")
            await pilot.pause()
        _load_shared_modules()
        before = _settled()
        app.open_interview(study, record_id)
        await wait_for(pilot, lambda: loaded(turns), 120, what="the interview")
        await pilot.pause()
        after = _settled()
    return after - before


# Textual's own modules the RichLog app has loaded before its "before" (a RichLog mounted and
# painted: its scroll bars), which opening an interview would otherwise load inside the app's
# window. Loaded in the app's child too, so neither side counts loading them; neither side
# counts anything else loaded before (the app's study list, the RichLog app).
SHARED_MODULES = ("textual.scrollbar", "textual.widgets._rich_log")


def _load_shared_modules() -> None:
    import importlib

    for name in SHARED_MODULES:
        importlib.import_module(name)


async def _on_list(pilot: Any) -> Any:
    from app_helpers import wait_for

    app = pilot.app
    await wait_for(pilot, lambda: getattr(app.screen, "interviews_shown", None) == "Memory")
    await pilot.pause()
    return app.screen


async def _richlog_child(turns: int) -> int:
    from textual.app import App, ComposeResult
    from textual.widgets import RichLog

    from tests.benchmarks.bench_ui import make_turns, richlog_write

    views = make_turns(turns)

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield RichLog(wrap=True, min_width=1)

    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        _load_shared_modules()  # loaded already: a RichLog on screen
        before = _settled()
        log = app.query_one(RichLog)
        for view in views:
            richlog_write(log, view)
        app.screen.refresh()
        await pilot.pause()
        after = _settled()
    return after - before


def _run_child(kind: str, turns: int) -> int:
    """Bytes added, in a fresh process (``kind``: app, app-warm or richlog)."""
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "KOJI_TUI_HOME": home}
        env.pop("KOJI_API_KEY", None)
        env.pop("KOJI_BASE_URL", None)
        done = subprocess.run(
            [sys.executable, __file__, "--child", kind, "--turns", str(turns)],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
            check=True,
        )
    return int(json.loads(done.stdout.strip().splitlines()[-1])["added"])


KINDS = ("app", "app-warm", "richlog")


def measure(turns: int = 1201, reps: int = 3) -> dict[str, list[int]]:
    """Bytes added per kind, one child process each, the kinds' order rotated."""
    added: dict[str, list[int]] = {kind: [] for kind in KINDS}
    for rep in range(reps):
        shift = rep % len(KINDS)
        for kind in KINDS[shift:] + KINDS[:shift]:
            added[kind].append(_run_child(kind, turns))
    return added


def ratios(added: dict[str, list[int]]) -> dict[str, float]:
    base = statistics.median(added["richlog"])
    return {kind: statistics.median(added[kind]) / base for kind in ("app", "app-warm")}


def report(added: dict[str, list[int]], turns: int = 1201, out: Any = print) -> None:
    def mib(values: list[int]) -> str:
        return "/".join(
            f"{v / 2**20:.1f}" for v in (min(values), statistics.median(values), max(values))
        )

    got = ratios(added)
    out(f"memory added by reopening a {turns:,}-turn interview (RSS, fresh process each):")
    out(f"  RichLog holding the same text: {mib(added['richlog'])} MiB min/median/max")
    out(
        f"  app, the first interview opened: {mib(added['app'])} MiB; ratio {got['app']:.2f}"
        f"  goal <= {GOAL} (includes loading the interview screen's modules)"
    )
    out(
        f"  app, after a short one was opened: {mib(added['app-warm'])} MiB; ratio "
        f"{got['app-warm']:.2f}  goal <= {GOAL}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=1201)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--child", choices=KINDS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if args.child == "richlog":
            added = asyncio.run(_richlog_child(args.turns))
        else:
            added = asyncio.run(_app_child(args.turns, warm=args.child == "app-warm"))
        print(json.dumps({"added": added}))
        return 0
    report(measure(args.turns, args.reps), args.turns)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
