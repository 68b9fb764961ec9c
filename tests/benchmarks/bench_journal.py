"""Journal write cost: one answer round (pending + reply) with synchronous=FULL vs a NORMAL baseline.

Run: python tests/benchmarks/bench_journal.py   (prints figures and ratios; no asserts)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a source checkout

from koji_tui.journal import Journal

ROUNDS = 300


def run(journal: Journal) -> float:
    rec = journal.create_interview(
        study_name="bench",
        base_url="http://127.0.0.1:1",
        interview_id="int_b",
        opening_message="Q?",
    )
    started = time.perf_counter()
    for n in range(ROUNDS):
        turn = journal.add_pending_answer(rec, f"answer {n}", answer_value=n)
        journal.record_reply(turn, f"reply {n}", turn_count=2 * n + 3)
    return (time.perf_counter() - started) / ROUNDS


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        full = Journal(Path(folder) / "full.sqlite3")
        normal = Journal(Path(folder) / "normal.sqlite3")
        normal._conn.execute("PRAGMA synchronous=NORMAL")
        base = run(normal)
        cost = run(full)
        listing = time.perf_counter()
        for _ in range(100):
            full.pending_answers()
        listed = (time.perf_counter() - listing) / 100
        full.close()
        normal.close()
    print(f"answer round, synchronous=NORMAL (baseline): {base * 1000:.3f} ms")
    print(
        f"answer round, synchronous=FULL (shipped):    {cost * 1000:.3f} ms  ratio {cost / base:.2f}x"
    )
    print(
        f"pending_answers() on {ROUNDS} answered turns: {listed * 1000:.3f} ms  ratio {listed / base:.2f}x of a round"
    )


if __name__ == "__main__":
    main()
