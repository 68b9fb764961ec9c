"""Journal cost per answer, as an interview grows, and what durability costs.

Run: python tests/benchmarks/bench_journal.py [--rounds 60]   (prints figures; no asserts)

1. An answer as the session journals it (the pending answer, committed and fsync'd before it
   is sent, then the reply with the caller's record as the base) in interviews of 10, 500 and
   2,000 turns, the sizes interleaved so the machine's noise falls on each alike. Wall time
   (the fsyncs included) and CPU time (the work that could grow with the interview) per
   answer, min/median/max; the goal is flat: 2,000 turns / 10 turns <= 1.2.
2. The read a screen makes to bring a held record up to date (``Journal.refresh``), same sizes.
3. One answer round with ``synchronous=FULL`` (shipped) vs ``NORMAL`` (the baseline), and
   ``pending_answers()`` on an interview of 150 answered rounds.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a source checkout

from koji_tui.journal import Journal
from koji_tui.journal.store import InterviewRecord

SIZES = (10, 500, 2000)
GOAL = 1.2


@dataclass(frozen=True)
class Spent:
    wall: list[float]
    cpu: list[float]


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
    return journal.get(rec.record_id)


def session_round(journal: Journal, rec: InterviewRecord, n: int) -> InterviewRecord:
    """What InterviewSession.answer journals for one answer: the pending turn, then the reply
    with the caller's record as the base (no reload of every turn)."""
    turn = journal.add_pending_answer(rec.record_id, f"more {n}")
    base = dataclasses.replace(rec, turns=rec.turns.appended(turn))
    return journal.record_reply(turn, f"reply {n}", base=base)


def _timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def per_answer(rounds: int = 60, sizes: tuple[int, ...] = SIZES) -> dict[str, dict[int, Spent]]:
    """{"answer": {size: Spent}, "refresh": {size: Spent}}, the sizes interleaved."""
    with tempfile.TemporaryDirectory() as folder:
        journal = Journal(Path(folder) / "sizes.sqlite3")
        records = {size: _interview(journal, size) for size in sizes}
        out: dict[str, dict[int, Spent]] = {
            kind: {size: Spent([], []) for size in sizes} for kind in ("answer", "refresh")
        }
        for n in range(rounds):
            order = sizes if n % 2 == 0 else tuple(reversed(sizes))
            for size in order:
                rec = records[size]
                wall, cpu, rec = _timed(lambda rec=rec, n=n: session_round(journal, rec, n))  # type: ignore[misc]
                out["answer"][size].wall.append(wall)
                out["answer"][size].cpu.append(cpu)
                held = dataclasses.replace(rec, turns=rec.turns[:-2])  # two turns behind
                wall, cpu, fresh = _timed(lambda held=held: journal.refresh(held))  # type: ignore[misc]
                assert fresh == rec
                out["refresh"][size].wall.append(wall)
                out["refresh"][size].cpu.append(cpu)
                records[size] = rec  # type: ignore[assignment]
        journal.close()
    return out


def durability(rounds: int = 150) -> tuple[float, float, float]:
    """(round with FULL, round with NORMAL, pending_answers() after them), seconds."""

    def run(journal: Journal) -> float:
        rec = journal.create_interview(
            study_name="bench", base_url="http://127.0.0.1:1", interview_id="int_b"
        )
        started = time.perf_counter()
        for n in range(rounds):
            turn = journal.add_pending_answer(rec, f"answer {n}", answer_value=n)
            base = dataclasses.replace(rec, turns=rec.turns.appended(turn))
            rec = journal.record_reply(turn, f"reply {n}", turn_count=2 * n + 3, base=base)
        return (time.perf_counter() - started) / rounds

    with tempfile.TemporaryDirectory() as folder:
        full = Journal(Path(folder) / "full.sqlite3")
        normal = Journal(Path(folder) / "normal.sqlite3")
        normal._conn.execute("PRAGMA synchronous=NORMAL")
        base = run(normal)
        cost = run(full)
        started = time.perf_counter()
        for _ in range(100):
            full.pending_answers()
        listed = (time.perf_counter() - started) / 100
        full.close()
        normal.close()
    return cost, base, listed


def _ms(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return f"{min(ms):.3f}/{statistics.median(ms):.3f}/{max(ms):.3f}"


def ratio(spent: dict[int, Spent], what: str = "wall") -> float:
    first, last = min(spent), max(spent)
    return statistics.median(getattr(spent[last], what)) / statistics.median(
        getattr(spent[first], what)
    )


def report(results: dict[str, dict[int, Spent]], out: Callable[[str], None] = print) -> None:
    for kind, what in (
        ("answer", "an answer as the session journals it (pending + reply, two fsyncs)"),
        ("refresh", "refresh() of a held record two turns behind (a screen's read)"),
    ):
        spent = results[kind]
        out(f"{what}; ms min/median/max")
        for size, s in spent.items():
            out(f"  {size:>5} turns: wall {_ms(s.wall)}   cpu {_ms(s.cpu)}")
        out(
            f"  {max(spent):,} turns / {min(spent)} turns: wall {ratio(spent):.2f}, "
            f"cpu {ratio(spent, 'cpu'):.2f}  (goal: flat, <= {GOAL})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    report(per_answer(args.rounds))
    cost, base, listed = durability()
    print(f"answer round, synchronous=NORMAL (baseline): {base * 1000:.3f} ms")
    print(
        f"answer round, synchronous=FULL (shipped):    {cost * 1000:.3f} ms  ratio {cost / base:.2f}x"
    )
    print(f"pending_answers() on 150 answered turns: {listed * 1000:.3f} ms")


if __name__ == "__main__":
    main()
