"""Every figure of issue 9's table, measured in one run, printed with its goal beside it.

Run:  python tests/benchmarks/run_all.py [--quick]

Runs, one after the other (each prints its own details as it goes): start-up on a pty
(bench_startup), the study list 10 vs 10,000 (bench_study_list), the journal per answer at
10/500/2,000 turns (bench_journal), a key in each answer widget (bench_keys), Enter to the reply
vs a minimal chat (bench_reply), reopen memory (bench_memory), sandbox throughput at 0, 1,000,
10,000 and 50,000 stored (bench_server) and the API client's overhead (bench_api). Then the
table: figure, measured (median, and the spread where the benchmark has rounds), goal, met.
Nothing is asserted; ``--quick`` takes fewer rounds (a rougher figure, a shorter run).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, ROOT / "tests" / "ui"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))


@dataclass(frozen=True)
class Row:
    figure: str
    measured: str
    goal: str
    met: bool | None  # None: no goal, or not measured
    command: str


def _section(title: str) -> None:
    print(f"\n=== {title} " + "=" * max(0, 76 - len(title)), flush=True)


def _run(title: str, rows: list[Row], fn: Callable[[], list[Row]]) -> None:
    _section(title)
    began = time.perf_counter()
    try:
        rows.extend(fn())
    except Exception as exc:  # one benchmark that cannot run must not hide the others
        print(f"could not run: {type(exc).__name__}: {exc}")
        rows.append(Row(title, f"could not run ({type(exc).__name__})", "", None, ""))
    print(f"({time.perf_counter() - began:.0f} s)", flush=True)


def startup(quick: bool) -> list[Row]:
    from tests.benchmarks import bench_startup as b

    figures = b.measure(reps=3 if quick else 7)
    b.report(figures)
    cmd = "python tests/benchmarks/bench_startup.py"
    demo, first = figures["demo"], figures["first run"]
    return [
        Row(
            "`koji-tui demo` until the study list is on screen, vs a bare Textual app",
            f"{demo.ratio:.2f}x ({min(demo.ratios):.2f}-{max(demo.ratios):.2f}); CPU "
            f"{demo.cpu_ratio:.2f}x ({min(demo.cpu_ratios):.2f}-{max(demo.cpu_ratios):.2f})",
            f"<= {b.GOAL}x",
            demo.ratio <= b.GOAL,
            cmd,
        ),
        Row(
            "`koji-tui` first-run screen, same baseline",
            f"{first.ratio:.2f}x ({min(first.ratios):.2f}-{max(first.ratios):.2f}); CPU "
            f"{first.cpu_ratio:.2f}x ({min(first.cpu_ratios):.2f}-{max(first.cpu_ratios):.2f})",
            f"<= {b.GOAL}x",
            first.ratio <= b.GOAL,
            cmd,
        ),
        Row(
            "`bench_ui.py --startup` reports",
            f"{demo.ratio:.2f}x: the study list's names on screen, from outside (pty)",
            "times the study list, no exit hook",
            True,
            "python tests/benchmarks/bench_ui.py --no-transcript --startup",
        ),
    ]


def study_list(quick: bool) -> list[Row]:
    from tests.benchmarks import bench_study_list as b

    timings = b.measure(rounds=4 if quick else 8)
    b.report(timings)
    got, cpu = b.ratios(timings), b.ratios(timings, "cpu")
    freeze = max(max(timings.stalls["changed:Big"]), max(timings.stalls["unchanged:Big"]))
    worst = max(got.values())
    return [
        Row(
            "study list: highlight a study with 10,000 interviews vs one with 10",
            f"{got['changed']:.2f}x read again, {got['unchanged']:.2f}x unchanged (CPU "
            f"{cpu['changed']:.2f}x / {cpu['unchanged']:.2f}x); longest freeze "
            f"{freeze * 1000:.0f} ms",
            f"<= {b.GOAL}x, no freeze",
            worst <= b.GOAL,
            "python tests/benchmarks/bench_study_list.py",
        )
    ]


def journal(quick: bool) -> list[Row]:
    from tests.benchmarks import bench_journal as b

    results = b.per_answer(rounds=30 if quick else 60)
    b.report(results)
    answer = results["answer"]
    wall, cpu = b.ratio(answer), b.ratio(answer, "cpu")
    med = statistics.median
    return [
        Row(
            "journal cost per answer at 2,000 turns vs at 10 turns",
            f"{wall:.2f}x wall ({med(answer[2000].wall) * 1000:.1f} vs "
            f"{med(answer[10].wall) * 1000:.1f} ms, fsyncs included), {cpu:.2f}x CPU",
            f"flat (<= {b.GOAL}x)",
            max(wall, cpu) <= b.GOAL,
            "python tests/benchmarks/bench_journal.py",
        )
    ]


def keys(quick: bool) -> list[Row]:
    from tests.benchmarks import bench_keys as b

    ratios = b.run_keys(rounds=8 if quick else 15, blocks=2 if quick else 4)
    choice = next(v for k, v in ratios.items() if k.startswith("single choice"))
    return [
        Row(
            "a digit in the choice widget until the tick moves, vs a bare key handler",
            f"{choice:.2f}x (all widgets {min(ratios.values()):.2f}-{max(ratios.values()):.2f}x)",
            f"<= {b.GOAL}x",
            choice <= b.GOAL,
            "python tests/benchmarks/bench_keys.py",
        )
    ]


def reply(quick: bool) -> list[Row]:
    """Both rows: replies that ask structured questions (the app also builds the answer
    widget) and open ones (like against like)."""
    from tests.benchmarks import bench_reply as b

    rows: list[Row] = []
    for questions, what in (
        ("structured", "replies that ask structured questions"),
        ("open", "open questions: like against like"),
    ):
        measured = b.measure(rounds=4 if quick else 8, questions=questions)
        b.report(measured, questions=questions)
        mine, base = measured.mine, measured.base
        ratio = statistics.median(mine) / statistics.median(base)
        widget = (
            f"; its answer widget ready (built, focused, painted) at "
            f"{statistics.median(measured.widget) * 1000:.0f} ms, no goal: the chat has none"
            if measured.widget
            else ""
        )
        rows.append(
            Row(
                f"Enter until the reply is on screen, vs a minimal Textual chat (same SSE "
                f"request), {what}",
                f"{ratio:.2f}x ({statistics.median(mine) * 1000:.0f} vs "
                f"{statistics.median(base) * 1000:.0f} ms){widget}",
                f"<= {b.GOAL}x",
                ratio <= b.GOAL,
                f"python tests/benchmarks/bench_reply.py --questions {questions}",
            )
        )
    return rows


def memory(quick: bool) -> list[Row]:
    from tests.benchmarks import bench_memory as b

    added = b.measure(reps=2 if quick else 3)
    b.report(added)
    got = b.ratios(added)
    return [
        Row(
            "memory added by reopening a 1,201-turn interview, vs a RichLog with the same text",
            f"{got['app']:.2f}x first opened (modules loaded), {got['app-warm']:.2f}x after "
            "a short one",
            f"<= {b.GOAL}x",
            got["app"] <= b.GOAL,
            "python tests/benchmarks/bench_memory.py",
        )
    ]


def server(quick: bool) -> list[Row]:
    from tests.benchmarks import bench_server as b

    levels = (0, 1_000, 10_000, 50_000)
    clients, requests = 50, 20 if quick else 40
    rates, cpu = b.measure(clients, requests, rounds=3 if quick else 5, levels=levels)
    b.report(rates, levels, clients, requests)
    b.report_cpu(cpu, levels)
    vs_empty = {level: b.per_round(rates, str(level), "start", "0") for level in levels}
    cpu_vs_empty = {level: b.per_round(cpu, str(level), "start", "0") for level in levels}
    turn = b.per_round(rates, "0", "turn", "baseline")
    med = statistics.median
    worst = min(med(vs_empty[10_000]), med(vs_empty[50_000]))
    return [
        Row(
            "sandbox `POST /start` throughput with 10,000 / 50,000 stored vs empty",
            f"{b.spread(vs_empty[10_000])} / {b.spread(vs_empty[50_000])}; server CPU per "
            f"start {b.spread(cpu_vs_empty[10_000])} / {b.spread(cpu_vs_empty[50_000])} of empty",
            ">= 0.9x",
            worst >= 0.9,
            "python tests/benchmarks/bench_server.py --levels 0,1000,10000,50000",
        ),
        Row(
            "sandbox start + message vs a bare Starlette route, 50 concurrent clients",
            b.spread(turn),
            ">= 0.5x",
            med(turn) >= 0.5,
            "python tests/benchmarks/bench_server.py",
        ),
    ]


def api(quick: bool) -> list[Row]:
    from tests.benchmarks import bench_api as b

    per_round = 100
    o = b.measure_overhead(rounds=12 if quick else 30, per_round=per_round)
    b.report_overhead(o, per_round)
    ratio = statistics.median(o.ratios)
    return [
        Row(
            "(bench_api) KojiClient.get_interview overhead over raw httpx, server in its own process",
            f"{ratio:.3f}x ({min(o.ratios):.2f}-{max(o.ratios):.2f}), "
            f"+{statistics.median(o.extra_us):.0f} us/request",
            f"<= {b.GOAL}x",
            ratio <= b.GOAL,
            "python tests/benchmarks/bench_api.py",
        )
    ]


def table(rows: list[Row]) -> None:
    _section("issue 9: every figure, measured in this run")
    for row in rows:
        mark = {True: "met", False: "NOT MET", None: "-"}[row.met]
        print(f"- {row.figure}\n    measured: {row.measured}\n    goal: {row.goal}   [{mark}]")
        if row.command:
            print(f"    reproduce: {row.command}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer rounds")
    args = parser.parse_args(argv)
    rows: list[Row] = []
    for title, fn in (
        ("start-up (bench_startup)", startup),
        ("study list (bench_study_list)", study_list),
        ("journal (bench_journal)", journal),
        ("answer widget keys (bench_keys)", keys),
        ("Enter to reply (bench_reply)", reply),
        ("reopen memory (bench_memory)", memory),
        ("sandbox throughput (bench_server)", server),
        ("API client overhead (bench_api)", api),
    ):
        _run(title, rows, lambda fn=fn: fn(args.quick))
    table(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
