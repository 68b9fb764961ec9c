"""Start-up, driven from outside: a real ``koji-tui`` on a pseudo-terminal until its screen is up.

Run:  python tests/benchmarks/bench_startup.py [--reps 7]
      (or ``python tests/benchmarks/bench_ui.py --startup``)

Three programs, each started as its own process on a 120x40 pty with a throwaway
``KOJI_TUI_HOME``, timed from spawn until the text that says the screen is there has been
drawn (``pty_screen.time_until_text``: the output is read as it comes, escape sequences
dropped), then killed. Nothing inside the app knows it is measured (there is no exit hook).

- ``demo``: ``python -m koji_tui demo`` until the real study list is on screen: the names of
  the sandbox's studies (the "Starting the demo sandbox…" placeholder does not count). The
  command line reads them from the sandbox's study files before the app starts, and the app
  starts the sandbox once they are drawn;
- ``demo ready`` (a figure to read, no goal): the same start until the sandbox is up too (its
  "The demo is ready" toast): from then on a key that starts an interview opens it;
- ``first run``: ``python -m koji_tui`` with no studies, until the welcome screen's text and
  its first button are on screen (with no study file and no ``KOJI_BASE_URL`` the app opens on
  that screen alone: ``koji_tui.ui.cli.nothing_to_list``);
- ``baseline``: a bare Textual app (Header, Static, Footer) until its Static's text is.

One warm-up run of each (it also writes the bytecode), then ``--reps`` rounds, each running
the three in a rotated order; the ratio is taken per round (program / baseline of that round)
and given as median (min-max), with every time's min / median / max. Beside the wall time, the
CPU time the process had used when its screen was up (``/proc``): on a busy machine it moves
less than the wall time does. The children write and
read bytecode in a cache of their own (``PYTHONPYCACHEPREFIX``): an installed koji-tui runs
from compiled bytecode, and ``PYTHONDONTWRITEBYTECODE`` in the caller's environment would
otherwise make every start compile the app from source (``--no-bytecode`` measures that).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.benchmarks.pty_screen import measure_until_text  # noqa: E402

GOAL = 1.5
DEMO_STUDIES = ("Acme product feedback", "Remote work tools")
DEMO_READY = ("The demo is ready",)
FIRST_RUN = ("Welcome to koji-tui", "Add a study")
BASELINE_TEXT = "A bare Textual app, measured the same way"

BASELINE_APP = f"""
from textual.app import App
from textual.widgets import Footer, Header, Static


class Bare(App):
    def compose(self):
        yield Header()
        yield Static({BASELINE_TEXT!r})
        yield Footer()


Bare().run()
"""


@dataclass(frozen=True)
class Program:
    name: str
    argv: tuple[str, ...]
    wanted: tuple[str, ...]


@dataclass(frozen=True)
class StartupFigure:
    """One program's times (wall and CPU) and its per-round ratios to the baseline."""

    name: str
    times: list[float]
    ratios: list[float]
    cpu: list[float]
    cpu_ratios: list[float]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    @property
    def cpu_ratio(self) -> float:
        return statistics.median(self.cpu_ratios)


def programs(baseline_file: Path) -> list[Program]:
    python = sys.executable
    return [
        Program("demo", (python, "-m", "koji_tui", "demo"), DEMO_STUDIES),
        Program("demo ready", (python, "-m", "koji_tui", "demo"), DEMO_READY),
        Program("first run", (python, "-m", "koji_tui"), FIRST_RUN),
        Program("baseline", (python, str(baseline_file)), (BASELINE_TEXT,)),
    ]


def _env(home: str, cache: str, bytecode: bool) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("KOJI_") and key != "PYTEST_CURRENT_TEST"
    }
    env.update(KOJI_TUI_HOME=home, TERM="xterm-256color", COLUMNS="120", LINES="40")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = cache
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _once(program: Program, cache: str, bytecode: bool) -> tuple[float, float]:
    with tempfile.TemporaryDirectory() as home:
        return measure_until_text(program.argv, program.wanted, _env(home, cache, bytecode))


def measure(reps: int = 7, bytecode: bool = True) -> dict[str, StartupFigure]:
    """Warm-up, then ``reps`` rounds in rotated order; figures for ``demo`` and ``first run``
    (and the baseline's times, ratio 1)."""
    with tempfile.TemporaryDirectory() as scratch:
        baseline_file = Path(scratch) / "bare_app.py"
        baseline_file.write_text(BASELINE_APP)
        cache = str(Path(scratch) / "pycache")
        progs = programs(baseline_file)
        for program in progs:  # warm-up: bytecode, the OS's file cache
            _once(program, cache, bytecode)
        times: dict[str, list[float]] = {p.name: [] for p in progs}
        cpu: dict[str, list[float]] = {p.name: [] for p in progs}
        for rep in range(reps):
            shift = rep % len(progs)
            for program in progs[shift:] + progs[:shift]:
                wall, used = _once(program, cache, bytecode)
                times[program.name].append(wall)
                cpu[program.name].append(used)
    base, base_cpu = times["baseline"], cpu["baseline"]
    return {
        name: StartupFigure(
            name,
            spent,
            [t / b for t, b in zip(spent, base, strict=True)],
            cpu[name],
            [t / b if b else 0.0 for t, b in zip(cpu[name], base_cpu, strict=True)],
        )
        for name, spent in times.items()
    }


def _ms(values: list[float]) -> str:
    return "/".join(
        f"{v * 1000:.0f}" for v in (min(values), statistics.median(values), max(values))
    )


def report(figures: dict[str, StartupFigure], out: object = print) -> None:
    say = out if callable(out) else print
    base = figures["baseline"]
    say(f"start-up on a 120x40 pty, {len(base.times)} interleaved rounds after a warm-up")
    say(
        f"  baseline (bare Header/Static/Footer app): {_ms(base.times)} ms min/median/max, "
        f"CPU {_ms(base.cpu)} ms"
    )
    shown = (
        ("demo", "study list on screen"),
        ("first run", "welcome screen"),
        ("demo ready", "its sandbox up too"),
    )
    for name, what in shown:
        f = figures[name]
        goal = "" if name == "demo ready" else f"  goal <= {GOAL}"
        say(
            f"  koji-tui {name:<9} ({what}): {_ms(f.times)} ms; ratio {f.ratio:.2f}"
            f" ({min(f.ratios):.2f}-{max(f.ratios):.2f}){goal}"
        )
        say(
            f"  {'':<9}  CPU to that screen: {_ms(f.cpu)} ms; ratio {f.cpu_ratio:.2f}"
            f" ({min(f.cpu_ratios):.2f}-{max(f.cpu_ratios):.2f})"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument(
        "--no-bytecode", action="store_true", help="compile from source at every start"
    )
    args = parser.parse_args(argv)
    report(measure(args.reps, bytecode=not args.no_bytecode))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
