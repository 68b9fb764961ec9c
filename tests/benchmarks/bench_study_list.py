"""The study list: highlighting a study with 10,000 journaled interviews vs one with 10.

Run:  python tests/benchmarks/bench_study_list.py [--rounds 8] [--big 10000]
      (or ``python tests/benchmarks/bench_ui.py --study-list``)

The app (``run_test``, 120x40, headless) opens on a journal holding two studies, "Small" (10
interviews) and "Big" (10,000, written straight into SQLite, the newest with an unsent
answer). Each round highlights one study, then the other (Down, Up), and times each from the
key press until its interview list is on screen: the table shows that study, no read of the
list is still running, and the frame after it is painted. While it runs, a timer measures the
longest the event loop went without running it (the longest freeze a user would feel).

Two kinds of round, interleaved:

- ``changed``: the journal was written just before (a draft saved through another connection,
  as another window would), so the list must be read again;
- ``unchanged``: nothing was written since the study was last shown (both studies are
  highlighted once, untimed, after the last write: the journal's revision is one for all
  studies, so a draft saved in Small meant Big was read again).

Ratios are Big / Small of the medians, of the wall time and of the CPU time the process (its
threads included) spent meanwhile, which moves less on a shared machine; min/median/max in ms
beside them. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, ROOT / "tests" / "ui"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

GOAL = 1.2
LIST_GROUPS = ("interviews", "interview-pages")
BASE_URL = "http://127.0.0.1:9"


def seed(path: Path, counts: dict[str, int]) -> dict[str, int]:
    """Each study's interviews written straight into the journal's tables; the newest of each
    gets an unsent answer through the journal's API. Returns each study's newest record id."""
    from koji_tui.journal import Journal

    with Journal(path):
        pass  # the schema
    conn = sqlite3.connect(path)
    for study, count in counts.items():
        conn.executemany(
            "INSERT INTO interviews (study_name, base_url, interview_id, status, started_at,"
            " updated_at, turn_count, respondent) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    study,
                    BASE_URL,
                    f"int_{study.lower()}_{n:05d}",
                    "completed" if n % 3 == 1 else "active",
                    f"2026-11-01T{n // 3600 % 24:02d}:{n // 60 % 60:02d}:{n % 60:02d}.000Z",
                    "2026-11-01T00:00:00Z",
                    1 + n % 17,
                    f'{{"display_name": "Person {n}", "external_id": "crm-{n}"}}',
                )
                for n in range(count)
            ],
        )
    conn.commit()
    newest = {
        study: int(
            conn.execute(
                "SELECT record_id FROM interviews WHERE study_name = ?"
                " ORDER BY started_at DESC, record_id DESC LIMIT 1",
                (study,),
            ).fetchone()[0]
        )
        for study in counts
    }
    conn.close()
    with Journal(path) as journal:
        for record_id in newest.values():
            journal.add_pending_answer(record_id, "never sent")
    return newest


@dataclass
class Timings:
    spent: dict[str, list[float]] = field(default_factory=dict)  # wall seconds
    cpu: dict[str, list[float]] = field(default_factory=dict)  # CPU seconds, threads included
    stalls: dict[str, list[float]] = field(default_factory=dict)

    def add(self, key: str, spent: tuple[float, float], stall: float) -> None:
        self.spent.setdefault(key, []).append(spent[0])
        self.cpu.setdefault(key, []).append(spent[1])
        self.stalls.setdefault(key, []).append(stall)


class StallMeter:
    """The longest gap between two runs of a 2 ms timer on the event loop."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(0.002)
            now = time.perf_counter()
            self.longest = max(self.longest, now - self._last)
            self._last = now

    def reset(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()


def _list_busy(app: Any) -> bool:
    return any(
        w.group in LIST_GROUPS and w.state.name in ("PENDING", "RUNNING") for w in app.workers
    )


async def _highlight(
    pilot: Any, key: str, study: str, meter: StallMeter
) -> tuple[tuple[float, float], float]:
    """((wall, CPU) seconds, longest stall) of one highlight until its list is on screen.

    The key goes to the app as the terminal would send it (``post_message`` of a ``Key``), not
    through ``pilot.press``: that one then waits for the process to look idle (20 ms sleeps
    until a 20 ms window used under 1 ms of CPU, up to 1 s), which the stall meter's own timer
    and any other thread often defeat: those waits, not the app, were most of what was timed.
    The wait is a 0.5 ms poll; the frame is then painted at once (``pilot.pause(0)``: every
    pending message handled, then the screen's update)."""
    from textual import events

    app = pilot.app
    screen = app.screen
    await pilot.pause()  # nothing of the previous step still running
    gc.collect()
    meter.reset()
    started, cpu = time.perf_counter(), time.process_time()
    app.post_message(events.Key(key, None))
    deadline = started + 60
    while screen.interviews_shown != study or _list_busy(app):
        if time.perf_counter() > deadline:
            raise TimeoutError(f"the list of {study} did not show")
        await asyncio.sleep(0.0005)
    await pilot.pause(0)  # the frame with the list
    return (time.perf_counter() - started, time.process_time() - cpu), meter.longest


async def _run(path: Path, rounds: int, newest: dict[str, int], big: int = 10_000) -> Timings:
    from app_helpers import screen_text

    from koji_tui.config.entry import StudyEntry
    from koji_tui.journal import Journal
    from koji_tui.ui.app import KojiApp

    studies = [
        StudyEntry(name, BASE_URL, f"pk_test_{name.lower()}", key_storage="session")
        for name in ("Small", "Big")
    ]
    app = KojiApp(studies=studies, journal_path=path, check_pending=False)
    timings = Timings()
    other = Journal(path)  # "another window": its writes change the journal under the app
    meter = StallMeter()
    async with app.run_test(size=(120, 40)) as pilot:
        deadline = time.perf_counter() + 60
        while getattr(app.screen, "interviews_shown", None) != "Small" or _list_busy(app):
            if time.perf_counter() > deadline:
                raise TimeoutError("the study list did not show")
            await pilot.pause(0.01)
        app.screen.query_one("#studies").focus()
        await pilot.pause()
        meter.start()
        # warm-up: both studies read once, every code path run once
        await _highlight(pilot, "down", "Big", meter)
        await _highlight(pilot, "up", "Small", meter)
        for n in range(rounds):
            for kind in ("changed", "unchanged") if n % 2 == 0 else ("unchanged", "changed"):
                if kind == "unchanged":
                    # Small's draft was saved after Big was last read: without this untimed
                    # pass, Big was read again in half its "unchanged" rounds (the journal's
                    # revision is one for all studies), Small never.
                    await _highlight(pilot, "down", "Big", meter)
                    await _highlight(pilot, "up", "Small", meter)
                for key, study in (("down", "Big"), ("up", "Small")):
                    if kind == "changed":
                        other.save_draft(newest[study], f"draft {n}")
                    spent, stall = await _highlight(pilot, key, study, meter)
                    timings.add(f"{kind}:{study}", spent, stall)
        meter.stop()
        await _highlight(pilot, "down", "Big", meter)
        shown = screen_text(app)
        if f"int_big_{big - 1:05d}" not in shown or "unsent" not in shown:
            raise AssertionError("the Big study's newest interview is not on screen")
    other.close()
    return timings


def measure(rounds: int = 8, big: int = 10_000) -> Timings:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "journal.sqlite3"
        newest = seed(path, {"Small": 10, "Big": big})
        return asyncio.run(_run(path, rounds, newest, big))


def _ms(values: list[float]) -> str:
    return "/".join(
        f"{v * 1000:.0f}" for v in (min(values), statistics.median(values), max(values))
    )


def ratios(timings: Timings, what: str = "spent") -> dict[str, float]:
    """Big / Small of the medians, per kind (``what``: "spent" for wall time, or "cpu")."""
    med = statistics.median
    got: dict[str, list[float]] = getattr(timings, what)
    return {
        kind: med(got[f"{kind}:Big"]) / med(got[f"{kind}:Small"])
        for kind in ("changed", "unchanged")
    }


def report(timings: Timings, big: int = 10_000, out: Any = print) -> None:
    got, cpu = ratios(timings), ratios(timings, "cpu")
    out(f"study list: highlight a study with {big:,} interviews vs one with 10 (120x40)")
    for kind, what in (("changed", "journal changed since"), ("unchanged", "nothing changed")):
        b, s = timings.spent[f"{kind}:Big"], timings.spent[f"{kind}:Small"]
        freeze = max(timings.stalls[f"{kind}:Big"])
        out(
            f"  {what:<22} Big {_ms(b)} ms, Small {_ms(s)} ms min/median/max; ratio "
            f"{got[kind]:.2f}  goal <= {GOAL}; longest freeze {freeze * 1000:.0f} ms"
        )
        b, s = timings.cpu[f"{kind}:Big"], timings.cpu[f"{kind}:Small"]
        out(f"  {'':<22} CPU: Big {_ms(b)} ms, Small {_ms(s)} ms; ratio {cpu[kind]:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--big", type=int, default=10_000)
    args = parser.parse_args(argv)
    report(measure(args.rounds, args.big), args.big)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
