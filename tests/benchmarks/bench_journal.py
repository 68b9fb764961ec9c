"""Journal write cost: one answer round (pending + reply) with synchronous=FULL vs a NORMAL baseline,
and the cost of an answer as the session journals it at 10, 500 and 2,000 turns (interleaved;
the goal is flat: the ratio of 2,000 to 10 turns near 1).

Run: python tests/benchmarks/bench_journal.py   (prints figures and ratios; no asserts)
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a source checkout

from koji_tui.journal import Journal
from koji_tui.journal.store import InterviewRecord

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


def _interview(journal: Journal, turns: int) -> InterviewRecord:
    rec = journal.create_interview(
        study_name="bench",
        base_url="http://127.0.0.1:1",
        interview_id=f"int_{turns}",
        opening_message="Q?",
    )
    for n in range(max(0, (turns - 1) // 2)):
        turn = journal.add_pending_answer(rec, f"answer {n}")
        rec = journal.record_reply(turn, f"reply {n}")
    return rec


def session_round(journal: Journal, rec: InterviewRecord, n: int) -> tuple[float, InterviewRecord]:
    """What InterviewSession.answer journals for one answer: the pending turn, then the reply
    with the caller's record as the base (no reload of every turn)."""
    started = time.perf_counter()
    turn = journal.add_pending_answer(rec.record_id, f"more {n}")
    base = dataclasses.replace(rec, turns=(*rec.turns, turn))
    rec = journal.record_reply(turn, f"reply {n}", base=base)
    return time.perf_counter() - started, rec


def per_answer(sizes: tuple[int, ...] = (10, 500, 2000), rounds: int = 30) -> None:
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal(Path(folder) / "sizes.sqlite3")
        records = {size: _interview(journal, size) for size in sizes}
        times: dict[int, list[float]] = {size: [] for size in sizes}
        for n in range(rounds):  # interleaved: the machine's noise falls on every size alike
            for size in sizes:
                spent, records[size] = session_round(journal, records[size], n)
                times[size].append(spent)
        journal.close()
    base = statistics.median(times[sizes[0]])
    for size in sizes:
        median = statistics.median(times[size])
        print(
            f"answer as the session journals it, {size:>5} turns: {median * 1000:.3f} ms "
            f"(min {min(times[size]) * 1000:.3f}, max {max(times[size]) * 1000:.3f})  "
            f"ratio {median / base:.2f}x of {sizes[0]} turns (goal: flat, <= 1.2)"
        )


if __name__ == "__main__":
    main()
    per_answer()
