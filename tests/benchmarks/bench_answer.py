"""Answer to next question: Enter in the app until the reply is on screen, vs the bare client call.

Run:  python tests/benchmarks/bench_answer.py [--rounds 8]
      (or ``python tests/benchmarks/bench_ui.py --answer``)

The sandbox runs in its own process (``koji-tui serve`` on a free loopback port), so the app
and the baseline share nothing but the server. Rounds are interleaved: one answer through the
app (``run_test``; Enter, then until ``ReplyArrived`` is handled and the screen is idle again),
one answer through a bare ``KojiClient.send_message_stream`` on its own interview, the same
text. The sandbox's reply is the same work for both (it streams in pieces), so the ratio is
what the app adds: journaling, drawing the stream, mounting the next answer widget.
Also printed: start to first question (app: the form's Ctrl+S until the opening is on screen;
bare: ``client.start``). Nothing is asserted: it is a measurement.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, ROOT / "tests" / "ui"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

ANSWER = "Mostly for planning the week with my team, and for the invoices."
GOAL = 1.2  # the app may add at most a fifth to the bare call


def _serve(data_dir: str) -> tuple[subprocess.Popen[str], str, str]:
    """``koji-tui serve`` on a free port; (process, base_url, the first study's key)."""
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "koji_tui",
            "serve",
            "--port",
            "0",
            "--data-dir",
            data_dir,
            "--rate-limit",
            "100000/60s",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert proc.stdout is not None
    base_url = key = ""
    deadline = time.monotonic() + 30
    for line in proc.stdout:
        if not base_url and (m := re.search(r"(http://127\.0\.0\.1:\d+)", line)):
            base_url = m.group(1)
        if not key and (m := re.search(r"\b(pk_test_\w+)", line)):
            key = m.group(1)
        if base_url and key:
            break
        if time.monotonic() > deadline:
            break
    if not (base_url and key):
        proc.kill()
        raise RuntimeError("koji-tui serve did not print its address and a key")
    return proc, base_url, key


async def _bare_round(base_url: str, key: str) -> tuple[float, float]:
    from koji_tui.api import KojiClient

    async with KojiClient(base_url, key) as client:
        t0 = time.perf_counter()
        started = await client.start()
        t1 = time.perf_counter()
        async for _event in client.send_message_stream(started.interview_id, ANSWER):
            pass
        t2 = time.perf_counter()
    return t1 - t0, t2 - t1


async def _app_round(base_url: str, key: str) -> tuple[float, float]:
    from app_helpers import wait_for
    from flow import flow_of, watch
    from textual import events

    from koji_tui.config.entry import StudyEntry
    from koji_tui.ui.app import KojiApp
    from koji_tui.ui.screens.interview import InterviewScreen
    from koji_tui.ui.screens.new_interview import NewInterviewScreen

    study = StudyEntry("Bench", base_url, key, key_storage="session")
    app = KojiApp(studies=[study], check_pending=False)
    async with app.run_test(message_hook=watch(app), size=(100, 30)) as pilot:
        flow = flow_of(pilot.app)
        await wait_for(pilot, lambda: app.studies_ready)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NewInterviewScreen))
        t0 = time.perf_counter()
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), 30)
        screen: Any = app.screen
        await wait_for(pilot, lambda: "Started" in flow, 30)
        t1 = time.perf_counter()
        screen.composer.focus()
        await pilot.pause()
        app.post_message(events.Paste(ANSWER))
        await pilot.pause()
        t2 = time.perf_counter()
        await pilot.press("enter")
        await wait_for(pilot, lambda: "AnswerDelivered" in flow, 30)
        t3 = time.perf_counter()
    return t1 - t0, t3 - t2


def run_answer(rounds: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KOJI_TUI_HOME"] = tmp  # the app's journal: a throwaway
        proc, base_url, key = _serve(str(Path(tmp) / "sandbox"))
        try:
            app_start, app_answer, bare_start, bare_answer = [], [], [], []

            async def measure() -> None:
                await _bare_round(base_url, key)  # warm-up: imports, connections, caches
                await _app_round(base_url, key)
                for _ in range(rounds):
                    s, a = await _app_round(base_url, key)
                    app_start.append(s)
                    app_answer.append(a)
                    s, a = await _bare_round(base_url, key)
                    bare_start.append(s)
                    bare_answer.append(a)

            asyncio.run(measure())
        finally:
            proc.terminate()
            proc.wait(10)

    def row(name: str, mine: list[float], base: list[float], goal: float | None) -> None:
        m, b = statistics.median(mine), statistics.median(base)
        spread = f"app {min(mine) * 1000:.0f}/{m * 1000:.0f}/{max(mine) * 1000:.0f} ms"
        spread += f", bare {min(base) * 1000:.0f}/{b * 1000:.0f}/{max(base) * 1000:.0f} ms"
        target = f"  (goal <= {goal})" if goal else ""
        print(f"{name}: ratio {m / b:.2f}{target}   min/median/max {spread}")

    print(f"answer to next question, {rounds} interleaved rounds:")
    row("  Enter -> reply on screen vs bare send_message_stream", app_answer, bare_answer, GOAL)
    row("  start -> first question vs bare client.start", app_start, bare_start, None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args(argv)
    run_answer(args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
