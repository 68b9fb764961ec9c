"""What following an interview costs the observer (``koji-tui observe``), as it grows.

Run: python tests/benchmarks/bench_observe.py [--rounds 40]   (prints figures; no asserts)

For interviews of 10, 500 and 2,000 turns (interleaved, so the machine's noise falls on each
alike), per poll of :class:`koji_tui.observe.Follower`:

1. **idle**: nothing was committed since the last poll (the change counter only: it is the
   journal's, so a commit to another interview also makes one refresh); the baseline
   is reading the interview whole (``Journal.get``), what a follower without the counter would
   do on every poll. Goal: idle / whole <= 0.05 at 2,000 turns.
2. **changed**: one answer and its reply were committed (the incremental refresh, the notes,
   who drives it, the turns as shown and what changed in them: what the follower's thread does
   before the screen draws). Goal: flat, 2,000 turns / 10 turns <= 3.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run from a source checkout

from koji_tui.journal import InterviewRecord, Journal
from koji_tui.observe import Follower, WatchingJournal
from koji_tui.observe.views import ShownTurns, changes

SIZES = (10, 500, 2000)


def _interview(journal: Journal, turns: int) -> InterviewRecord:
    record = journal.create_interview(
        study_name="bench",
        base_url="http://127.0.0.1:1",
        interview_id=f"int_{turns}",
        opening_message="What do you use it for?",
    )
    for n in range(max(0, (turns - 1) // 2)):
        turn = journal.add_pending_answer(record, f"answer {n}")
        record = journal.record_reply(turn, f"Tell me more about {n}?", base=record)
    return record


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=40)
    rounds = parser.parse_args().rounds
    folder = Path(tempfile.mkdtemp(prefix="bench-observe-"))
    driver = Journal(folder / "journal.sqlite3")
    watching = WatchingJournal(folder / "journal.sqlite3")
    driver._conn.execute("PRAGMA synchronous=OFF")  # setting up only: no fsync per turn
    records = {size: _interview(driver, size) for size in SIZES}
    driver._conn.execute("PRAGMA synchronous=FULL")  # the interview's writes, as shipped
    followers = {size: Follower(watching, records[size].record_id) for size in SIZES}
    last = {size: followers[size].read() for size in SIZES}
    shown = {size: ShownTurns() for size in SIZES}
    for size in SIZES:
        shown[size].update(last[size].record)
    idle: dict[int, list[float]] = {s: [] for s in SIZES}
    whole: dict[int, list[float]] = {s: [] for s in SIZES}
    changed: dict[int, list[float]] = {s: [] for s in SIZES}
    for index in range(rounds):
        order = SIZES[index % 3 :] + SIZES[: index % 3]
        for size in order:
            follower = followers[size]
            # The counter is the journal's: the other interviews' commits moved it too.
            last[size] = follower.poll(last[size]) or last[size]
            start = time.perf_counter()
            assert follower.poll(last[size]) is None
            idle[size].append(time.perf_counter() - start)
            start = time.perf_counter()
            watching.get(records[size].record_id)
            whole[size].append(time.perf_counter() - start)
            turn = driver.add_pending_answer(records[size], "one more")
            records[size] = driver.record_reply(turn, "And then?", base=records[size])
            start = time.perf_counter()
            newer = follower.poll(last[size])
            assert newer is not None
            before = shown[size].views
            found = changes(before, shown[size].update(newer.record))
            changed[size].append(time.perf_counter() - start)
            assert len(found.appended) == 2 and not found.reload
            last[size] = newer
    med = {name: {s: statistics.median(v[s]) * 1e3 for s in SIZES} for name, v in
           (("idle", idle), ("whole", whole), ("changed", changed))}  # fmt: skip
    print(f"{'turns':>6} {'idle poll ms':>13} {'whole read ms':>14} {'changed poll ms':>16}")
    for size in SIZES:
        print(
            f"{size:>6} {med['idle'][size]:>13.3f} {med['whole'][size]:>14.3f}"
            f" {med['changed'][size]:>16.3f}"
        )
    idle_ratio = med["idle"][2000] / med["whole"][2000]
    flat = med["changed"][2000] / med["changed"][10]
    print(f"idle poll / whole read at 2,000 turns: {idle_ratio:.4f} (goal <= 0.05)")
    print(f"changed poll 2,000 / 10 turns: {flat:.2f} (goal <= 3)")
    watching.close()
    driver.close()


if __name__ == "__main__":
    main()
