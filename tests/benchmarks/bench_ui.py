"""UI benchmarks: the Transcript widget vs a RichLog, and (by option) the app's other figures.

Run:  python tests/benchmarks/bench_ui.py [--turns 2000] [--reps 5] [--size 120x40]
      [--startup] [--study-list] [--keys] [--reply] [--memory] [--answer] [--no-transcript]
      (``python tests/benchmarks/run_all.py`` runs every benchmark and prints issue 9's table)

Default: the Transcript widget vs a RichLog holding the same text (ratios, lower is better;
targets: load <= 1.5, append <= 1.5, memory <= 2):

* load   : time to put N turns in the widget, let Textual lay it out and paint one full
           screen (headless ``run_test``), median of ``--reps`` runs.
* append : with N turns loaded, time to add one more turn and repaint, median over 20
           appends x reps.
* memory : tracemalloc "current" bytes retained by the widget after load+paint (and the peak
           during it), in a separate pass so tracing does not distort the timings.

The RichLog baseline writes, per turn, the same header line and body text as ``Text`` objects
with ``wrap=True`` (what an app would do with RichLog).

Options (each one module of this folder, also runnable on its own):

* ``--startup`` (``bench_startup.py``): ``koji-tui demo`` until the study list is on screen
  and ``koji-tui``'s first-run screen, each its own process on a pty driven from outside (no
  hook in the app), vs a bare Textual app (Header, Static, Footer); goal <= 1.5;
* ``--study-list`` (``bench_study_list.py``): highlighting a study with 10,000 interviews vs
  one with 10, and the longest freeze of the event loop meanwhile; goal <= 1.2;
* ``--keys`` (``bench_keys.py``): a key in each answer widget vs a bare key handler; <= 1.5;
* ``--reply`` (``bench_reply.py``): Enter until the reply is on screen vs a minimal Textual
  chat doing the same SSE request; goal <= 1.1;
* ``--memory`` (``bench_memory.py``): RSS added by reopening a 1,201-turn interview vs a
  RichLog holding the same text; goal <= 1.0;
* ``--answer`` (``bench_answer.py``): Enter until the reply vs the bare client call.

Nothing is asserted: these are measurements.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rich.text import Text  # noqa: E402
from textual.app import App, ComposeResult  # noqa: E402
from textual.widget import Widget  # noqa: E402
from textual.widgets import RichLog  # noqa: E402

from koji_tui.ui.widgets.transcript import Transcript, TurnView  # noqa: E402

WORDS = (
    "the a we our product pricing onboarding team dashboard export report weekly "
    "customers support slow fast really honestly because tried switched budget "
    "integration Slack calendar invoices mobile app login password feature missing "
    "love hate confusing clear cheaper expensive trial manager approval data"
).split()

EXTRA_BENCHMARKS: list[tuple[str, Callable[[], tuple[float, float]]]] = []


def make_turns(count: int, seed: int = 7) -> list[TurnView]:
    rng = random.Random(seed)
    start = datetime(2026, 1, 5, 9, 0)
    turns: list[TurnView] = []
    for index in range(count):
        role = "interviewer" if index % 2 == 0 else "respondent"
        sentences = []
        for _ in range(rng.randint(1, 4)):
            words = [rng.choice(WORDS) for _ in range(rng.randint(5, 22))]
            sentences.append(" ".join(words).capitalize() + rng.choice(".?!"))
        turns.append(
            TurnView(
                role,
                " ".join(sentences),
                timestamp=start + timedelta(seconds=20 * index),
                turn_no=index + 1,
            )
        )
    return turns


def _fmt(ts: datetime) -> str:
    return ts.strftime("%H:%M")


LABELS = {"interviewer": "Interviewer", "respondent": "You"}


def richlog_write(log: RichLog, turn: TurnView) -> None:
    assert turn.timestamp is not None
    log.write(Text(f"{LABELS[turn.role]} · #{turn.turn_no} · {_fmt(turn.timestamp)}"))
    log.write(Text(turn.text))
    log.write(Text(""))


class Host(App[None]):
    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind

    def compose(self) -> ComposeResult:
        if self.kind == "richlog":
            yield RichLog(wrap=True, min_width=1, id="w")
        else:
            yield Transcript(time_format=_fmt, id="w")

    def fill(self, turns: list[TurnView]) -> None:
        widget = self.query_one("#w")
        if isinstance(widget, RichLog):
            for turn in turns:
                richlog_write(widget, turn)
        else:
            assert isinstance(widget, Transcript)
            widget.load(turns)

    def add(self, turn: TurnView) -> None:
        widget = self.query_one("#w")
        if isinstance(widget, RichLog):
            richlog_write(widget, turn)
        else:
            assert isinstance(widget, Transcript)
            widget.append(turn)


async def _paint(app: App[None], pilot: object) -> None:
    """Let Textual process pending messages/layout and render one full frame."""
    app.screen.refresh()  # the whole screen is repainted by the pause's update
    await pilot.pause()  # type: ignore[attr-defined]


def _widget(app: Host) -> Widget:
    return app.query_one("#w")


async def measure(kind: str, turns: list[TurnView], size: tuple[int, int]) -> dict[str, float]:
    app = Host(kind)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        gc.collect()
        started = time.perf_counter()
        app.fill(turns)
        await _paint(app, pilot)
        load = time.perf_counter() - started
        # Sanity: the end is visible (the widget scrolled to the bottom).
        widget = _widget(app)
        assert widget.max_scroll_y > 0 and widget.scroll_y >= widget.max_scroll_y - 1, (
            kind,
            widget.scroll_y,
            widget.max_scroll_y,
        )
        extra = make_turns(20, seed=99)
        appends = []
        for turn in extra:
            started = time.perf_counter()
            app.add(turn)
            await _paint(app, pilot)
            appends.append(time.perf_counter() - started)
    return {"load": load, "append": statistics.median(appends)}


async def measure_memory(
    kind: str, turns: list[TurnView], size: tuple[int, int]
) -> tuple[int, int]:
    app = Host(kind)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        gc.collect()
        tracemalloc.start()
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        app.fill(turns)
        await _paint(app, pilot)
        gc.collect()
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return current - before, peak - before


def ratio(value: float, baseline: float) -> str:
    return f"{value / baseline:5.2f}" if baseline > 0 else "  n/a"


def run_transcript(turn_count: int, reps: int, size: tuple[int, int]) -> None:
    turns = make_turns(turn_count)
    chars = sum(len(t.text) for t in turns)
    print(
        f"Transcript vs RichLog: {turn_count} turns, {chars:,} chars, {size[0]}x{size[1]}, {reps} reps"
    )
    results: dict[str, list[dict[str, float]]] = {"richlog": [], "transcript": []}
    for rep in range(reps):
        order = ("richlog", "transcript") if rep % 2 == 0 else ("transcript", "richlog")
        for kind in order:
            results[kind].append(asyncio.run(measure(kind, turns, size)))
    medians = {
        kind: {key: statistics.median(r[key] for r in runs) for key in ("load", "append")}
        for kind, runs in results.items()
    }
    memory = {kind: asyncio.run(measure_memory(kind, turns, size)) for kind in results}

    base, mine = medians["richlog"], medians["transcript"]
    print(f"{'metric':<16}{'RichLog':>12}{'Transcript':>12}{'ratio':>8}  target")
    print(
        f"{'load (ms)':<16}{base['load'] * 1e3:12.1f}{mine['load'] * 1e3:12.1f}"
        f"{ratio(mine['load'], base['load']):>8}  <= 1.5"
    )
    print(
        f"{'append (ms)':<16}{base['append'] * 1e3:12.2f}{mine['append'] * 1e3:12.2f}"
        f"{ratio(mine['append'], base['append']):>8}  <= 1.5"
    )
    print(
        f"{'memory (KiB)':<16}{memory['richlog'][0] / 1024:12.0f}{memory['transcript'][0] / 1024:12.0f}"
        f"{ratio(memory['transcript'][0], memory['richlog'][0]):>8}  <= 2"
    )
    print(
        f"{'peak mem (KiB)':<16}{memory['richlog'][1] / 1024:12.0f}{memory['transcript'][1] / 1024:12.0f}"
        f"{ratio(memory['transcript'][1], memory['richlog'][1]):>8}  (info)"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=2000)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--size", default="120x40")
    parser.add_argument(
        "--startup", action="store_true", help="also time start-up on a pty (bench_startup.py)"
    )
    parser.add_argument("--startup-reps", type=int, default=7, help="rounds (--startup)")
    parser.add_argument(
        "--study-list",
        action="store_true",
        help="also time highlighting a study of 10,000 interviews vs 10 (bench_study_list.py)",
    )
    parser.add_argument(
        "--reply",
        action="store_true",
        help="also time Enter -> reply vs a minimal Textual chat (bench_reply.py)",
    )
    parser.add_argument(
        "--memory",
        action="store_true",
        help="also measure the RSS added by reopening a long interview (bench_memory.py)",
    )
    parser.add_argument(
        "--keys",
        action="store_true",
        help="also time a key in each answer widget vs a bare key handler (bench_keys.py)",
    )
    parser.add_argument("--key-rounds", type=int, default=15, help="keys per block (--keys)")
    parser.add_argument(
        "--key-blocks", type=int, default=4, help="interleaved blocks per side (--keys)"
    )
    parser.add_argument(
        "--answer",
        action="store_true",
        help="also time Enter -> reply on screen vs the bare client call (bench_answer.py)",
    )
    parser.add_argument("--answer-rounds", type=int, default=8, help="rounds (--answer)")
    parser.add_argument(
        "--no-transcript", action="store_true", help="skip the Transcript vs RichLog figures"
    )
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    if not args.no_transcript:
        run_transcript(args.turns, args.reps, (width, height))
    if args.keys:
        from tests.benchmarks.bench_keys import run_keys

        run_keys(args.key_rounds, args.key_blocks)
    if args.answer:
        from tests.benchmarks.bench_answer import run_answer

        run_answer(args.answer_rounds)
    if args.study_list:
        from tests.benchmarks import bench_study_list

        bench_study_list.report(bench_study_list.measure())
    if args.reply:
        from tests.benchmarks import bench_reply

        bench_reply.report(bench_reply.measure())
    if args.memory:
        from tests.benchmarks import bench_memory

        bench_memory.report(bench_memory.measure())
    if args.startup:
        from tests.benchmarks import bench_startup

        bench_startup.report(bench_startup.measure(args.startup_reps))
    for name, bench in EXTRA_BENCHMARKS:
        try:
            value, baseline = bench()
        except Exception as error:  # a measurement that cannot run is reported, not fatal
            print(f"{name}: could not run ({type(error).__name__}: {error})")
            continue
        print(f"{name}: {value:.3f} vs {baseline:.3f}  ratio {ratio(value, baseline)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
