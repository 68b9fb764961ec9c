"""Key benchmark: one key in each answer widget vs a bare Textual key handler.

Run:  python tests/benchmarks/bench_ui.py --keys [--no-transcript] [--key-rounds 15] [--key-blocks 4]
(or ``python tests/benchmarks/bench_keys.py [--rounds 15]``).

For each answer widget a key that changes what it shows (a digit that moves the
radio mark, a digit that ticks a box, Shift+Down that swaps two ranked items,
a digit that moves the scale mark, Left/Right between Yes and No) is timed from
the key press until the screen is painted again (``pilot.press`` + ``pause``, which
paints the changed regions, headless), in process CPU time: the pilot's idle waits
cost wall time but no CPU, so this is the work a key causes. The baseline is a bare Textual app drawn the
same way: the same lines of text as Static rows below the same Transcript turn,
and an ``on_key`` handler that redraws as many rows as the key changes in the
widget (``Static.update(..., layout=False)`` on them, nothing else: the lines keep
their size, so a redraw needs no layout; with Textual's default ``layout=True`` the
baseline paid a screen layout the widgets do not need, which flattered every ratio). Rounds are interleaved
(widget, baseline, baseline, widget, ...) so machine noise hits both alike;
min/median/max in milliseconds, and the ratio of the medians with the goal
(<= 1.5) beside it. Nothing is asserted: it is a measurement.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any, ClassVar

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rich.text import Text  # noqa: E402
from textual import events  # noqa: E402
from textual.app import App, ComposeResult  # noqa: E402
from textual.containers import Vertical  # noqa: E402
from textual.widget import Widget  # noqa: E402
from textual.widgets import Static  # noqa: E402

from koji_tui.paths import styles_dir  # noqa: E402
from koji_tui.questions import Question, QuestionType  # noqa: E402
from koji_tui.ui.widgets.answers import answer_widget_for  # noqa: E402
from koji_tui.ui.widgets.transcript import Transcript, TurnView  # noqa: E402
from tests.ui.app_helpers import screen_rows  # noqa: E402

GOAL = 1.5
Q = QuestionType


@dataclass(frozen=True)
class KeyCase:
    """A widget, the keys pressed in turn, and how many lines each key changes."""

    name: str
    question: Question
    keys: tuple[str, ...]
    changed_lines: int


CASES: list[KeyCase] = [
    KeyCase(
        "single choice: digit moves (•)",
        Question(
            type=Q.SINGLE_CHOICE,
            prompt="Where did you first hear about us?",
            options=["Search engine", "Social media", "A friend", "A podcast", "An ad"],
            allow_other=True,
        ),
        ("2", "3"),
        2,
    ),
    KeyCase(
        "multiple choice: digit ticks [x]",
        Question(
            type=Q.MULTIPLE_CHOICE,
            prompt="What do you use the app for?",
            options=["Budgeting", "Invoicing", "Tax prep", "Payroll", "Reports"],
            allow_other=True,
        ),
        ("2", "3"),
        2,
    ),
    KeyCase(
        "ranking: Shift+Down swaps two",
        Question(
            type=Q.RANKING,
            prompt="Rank these from most to least important.",
            options=["Price", "Speed", "Support", "Design", "Docs"],
        ),
        ("shift+down", "shift+up"),
        2,
    ),
    KeyCase(
        "scale 0-10: digit moves [n]",
        Question(
            type=Q.SCALE,
            prompt="How likely are you to recommend us?",
            scale_min=0,
            scale_max=10,
            scale_labels={"0": "Not at all likely", "10": "Extremely likely"},
        ),
        ("3", "7"),
        1,
    ),
    KeyCase(
        "yes/no: Left/Right moves focus",
        Question(type=Q.YES_NO, prompt="Would you use us again?"),
        ("left", "right"),
        2,
    ),
]


class KeyHost(App[None]):
    """A transcript turn with either the answer widget or the bare baseline below it."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [
        styles_dir() / "transcript.tcss",
        styles_dir() / "answers.tcss",
    ]

    def __init__(self, case: KeyCase, bare_lines: list[str] | None) -> None:
        super().__init__()
        self.case = case
        self.bare_lines = bare_lines
        self.target: Widget | None = None

    def compose(self) -> ComposeResult:
        yield Transcript(time_format=lambda _ts: "14:02", id="transcript")

    async def on_mount(self) -> None:
        transcript = self.query_one(Transcript)
        transcript.append(TurnView("interviewer", self.case.question.prompt, turn_no=1))
        if self.bare_lines is None:
            widget = answer_widget_for(self.case.question, id="answer")
            assert widget is not None
            widget.clock = FastClock()
            self.target = widget
        else:
            self.target = BareLines(self.bare_lines, self.case.changed_lines)
        await transcript.mount_below_last(self.target)
        self.target.focus()


class FastClock:
    """A clock that moves 10 s per reading, so every digit is a fresh number."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 10.0
        return self.now


class BareLines(Vertical, can_focus=True):
    """The baseline: the widget's lines as Statics; a key redraws ``changed`` of them."""

    DEFAULT_CSS = "BareLines { height: auto; } BareLines > Static { height: 1; }"

    def __init__(self, lines: list[str], changed: int) -> None:
        super().__init__()
        self.lines = lines
        self.changed = changed
        self.rows = [Static(Text(line)) for line in lines]
        self.flip = False

    def compose(self) -> ComposeResult:
        yield from self.rows

    def on_key(self, event: events.Key) -> None:
        event.stop()
        self.flip = not self.flip
        mark = "*" if self.flip else " "
        for row, line in zip(self.rows[: self.changed], self.lines, strict=False):
            row.update(Text(mark + line[1:]), layout=False)


def screen_lines(app: App[Any], widget: Widget) -> list[str]:
    """The text of the rows ``widget`` occupies on screen."""
    region = widget.region
    rows = screen_rows(app)
    return [rows[y] for y in range(region.y, region.bottom)]


async def time_keys(app: KeyHost, rounds: int) -> list[float]:
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        keys = app.case.keys
        # One unmeasured round first: the first key of a widget builds caches.
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        timings: list[float] = []
        gc.collect()
        for index in range(rounds):
            key = keys[index % len(keys)]
            started = time.process_time()
            await pilot.press(key)
            await pilot.pause()  # the pause paints the changed regions (headless)
            timings.append(time.process_time() - started)
    return timings


async def widget_lines(case: KeyCase) -> list[str]:
    app = KeyHost(case, None)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert app.target is not None
        return screen_lines(app, app.target)


def _stats(values: list[float]) -> str:
    ms = [v * 1e3 for v in values]
    return f"{min(ms):7.2f}{statistics.median(ms):8.2f}{max(ms):8.2f}"


def measure_case(
    case: KeyCase, rounds: int = 15, blocks: int = 4
) -> tuple[list[float], list[float]]:
    """(widget, baseline) CPU seconds per key, in interleaved blocks."""
    lines = asyncio.run(widget_lines(case))
    mine: list[float] = []
    base: list[float] = []
    for block in range(blocks):
        order = (None, lines) if block % 2 == 0 else (lines, None)
        for bare in order:
            timings = asyncio.run(time_keys(KeyHost(case, bare), rounds))
            (mine if bare is None else base).extend(timings)
    return mine, base


def run_keys(
    rounds: int = 15,
    blocks: int = 4,
    out: Callable[[str], None] = print,
    cases: list[KeyCase] | None = None,
) -> dict[str, float]:
    """Print, per widget, min/median/max of a key vs the baseline and the median ratio;
    returns the ratios by case name."""
    out(f"Answer-widget keys vs a bare key handler: {blocks} interleaved blocks x {rounds} keys")
    out(f"{'case':<34}{'widget min/med/max (ms)':>24}{'bare min/med/max':>24}{'ratio':>7}  goal")
    ratios: dict[str, float] = {}
    for case in CASES if cases is None else cases:
        mine, base = measure_case(case, rounds, blocks)
        ratio = statistics.median(mine) / statistics.median(base)
        ratios[case.name] = ratio
        out(f"{case.name:<34}{_stats(mine):>24}{_stats(base):>24}{ratio:7.2f}  <= {GOAL}")
    return ratios


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15, help="keys per block")
    parser.add_argument("--blocks", type=int, default=4, help="interleaved blocks per side")
    args = parser.parse_args(argv)
    run_keys(args.rounds, args.blocks)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
