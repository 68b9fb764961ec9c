"""Kiosk soak: 100 participants in a row through one running kiosk; memory stays flat.

Run:  python tests/benchmarks/bench_kiosk.py [--participants 100] [--answers 2]

The sandbox runs in a process of its own (``koji-tui serve``), so its store's growth is not
counted. The kiosk runs headless (``run_test``, 100x30) in this process and each participant
goes through it as a person would (Pilot): the welcome, two answers of their own, Finish
(confirmed), the thank-you, back to the welcome (``tests/kiosk/soak.py``, which also checks on
every screen that no earlier participant's answer is visible). At the end the journal is
checked: every interview exactly once, with its answers, completed.

Printed: the resident set size (RSS, after a ``gc.collect()``) after participants 1, 10, 25,
50, 75 and 100, and the ratio RSS(100) / RSS(10) (goal: within 10 %, i.e. at most 1.10).
Nothing is asserted about time.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOAL = 1.10
MARKS = (1, 10, 25, 50, 75, 100)


def rss() -> int:
    """This process's resident set size in bytes (Linux)."""
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


async def soak(base_url: str, count: int, answers: int) -> tuple[dict[int, int], float]:
    from koji_tui.config.entry import StudyEntry
    from koji_tui.kiosk.study import KioskStudy
    from koji_tui.server.catalog import load_studies, study_api_key
    from tests.kiosk.rig import make_app, ready
    from tests.kiosk.soak import check_journal, participants

    sample = load_studies()[0]
    entry = StudyEntry(sample.name, base_url, study_api_key(sample.id), key_storage="session")
    app = make_app(None, study=KioskStudy(entry, tuple(sample.locales), sample.name))
    marks = {n for n in MARKS if n <= count} | {count}
    seen_rss: dict[int, int] = {}

    def after(number: int) -> None:
        if number in marks:
            gc.collect()
            seen_rss[number] = rss()
            blocks = sys.getallocatedblocks()
            print(
                f"  participant {number:>3}: RSS {seen_rss[number] / 2**20:7.1f} MiB, "
                f"Python objects' blocks {blocks:,}",
                flush=True,
            )

    started = time.perf_counter()
    async with app.run_test(size=(100, 30)) as pilot:
        await ready(pilot)
        seen = await participants(pilot, count, answers=answers, after_each=after)
        check_journal(app, seen)
    return seen_rss, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100)
    parser.add_argument("--answers", type=int, default=2, help="answers per participant")
    args = parser.parse_args()
    from tests.benchmarks.bench_server import sandbox_process

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KOJI_TUI_HOME"] = str(Path(tmp) / "home")  # PIN, station, journal: throwaway
        server = sandbox_process(Path(tmp) / "sandbox")
        try:
            print(f"kiosk soak: {args.participants} participants, {args.answers} answers each")
            seen_rss, seconds = asyncio.run(
                soak(f"http://127.0.0.1:{server.port}", args.participants, args.answers)
            )
        finally:
            server.stop()
    count = args.participants
    print(f"  journal: {count} interviews, each once, with its answers, completed "
          f"({seconds:.0f} s, {seconds / count:.1f} s per participant)")  # fmt: skip
    first = seen_rss.get(10) or seen_rss[min(seen_rss)]
    ratio = seen_rss[count] / first
    verdict = "ok" if ratio <= GOAL else "OVER"
    print(f"RSS at participant {count} / at participant {10 if 10 in seen_rss else min(seen_rss)}: "
          f"{ratio:.3f} (goal <= {GOAL:.2f}: {verdict})")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
