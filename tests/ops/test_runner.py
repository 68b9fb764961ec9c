"""The operation runner on its own (no server): each interview once, stop and continue,
failures tried again, a fatal error stops the run, the ETA from an injected clock."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

from koji_tui.journal import Journal, oplog
from koji_tui.ops.runner import FatalError, ItemResult, Progress, run


class FakeOp:
    kind = "fake"
    study_name = "S"

    def __init__(self, ids: list[int], fail: set[int] | None = None, fatal: int | None = None):
        self.ids = ids
        self.fail = set(fail or ())
        self.fatal = fatal
        self.calls: Counter[int] = Counter()

    def params(self) -> dict[str, object]:
        return {"n": 1}

    def candidates(self) -> list[int]:
        return list(self.ids)

    async def run_one(self, record_id: int) -> ItemResult:
        self.calls[record_id] += 1
        await asyncio.sleep(0)
        if record_id == self.fatal:
            raise FatalError("the key was refused")
        if record_id in self.fail:
            raise RuntimeError("boom")
        return ItemResult("skipped" if record_id % 10 == 0 else "done", f"file-{record_id}")


async def test_stopped_half_way_and_continued_nothing_twice(tmp_path: Path) -> None:
    ids = list(range(1, 41))
    with Journal(tmp_path / "j.sqlite3") as journal:
        op = FakeOp(ids)
        stop = asyncio.Event()

        def halfway(p: Progress) -> None:
            if p.done >= 20:
                stop.set()

        first = await run(journal, op, stop=stop, on_progress=halfway, workers=3)
        assert not first.finished and 20 <= first.progress.done < 40
        second = await run(journal, op, workers=3)
        assert second.resumed and second.finished
        assert second.progress.done_before == first.progress.done
        assert second.progress.done == 40 and second.progress.skipped == 4 - first.progress.skipped
        assert op.calls == Counter(dict.fromkeys(ids, 1))  # every interview exactly once
        assert second.details[7] == "file-7" and len(second.details) == 40
        third = await run(journal, op)  # finished: the next command is a new run
        assert not third.resumed and op.calls[1] == 2


async def test_failed_ones_are_tried_again_and_a_fatal_error_stops(tmp_path: Path) -> None:
    with Journal(tmp_path / "j.sqlite3") as journal:
        op = FakeOp(list(range(1, 11)), fail={3, 4})
        first = await run(journal, op, workers=2)
        assert (first.finished, first.progress.failed, first.progress.done) == (False, 2, 8)
        assert oplog.outcomes(journal, first.op_id) == {"done": 7, "failed": 2, "skipped": 1}
        op.fail.clear()
        second = await run(journal, op, workers=2)
        assert second.finished and second.progress.done == 10
        assert op.calls[3] == 2 and op.calls[5] == 1
        fatal = FakeOp(list(range(1, 30)), fatal=2)
        stopped = await run(journal, fatal, workers=1)
        assert stopped.fatal == "the key was refused" and not stopped.finished
        assert sum(fatal.calls.values()) == 2  # nothing more was tried after it


def test_the_eta_follows_the_rate_so_far() -> None:
    p = Progress(total=100, done=30, done_before=10, started=50.0, now=60.0)
    assert p.rate == 2.0  # 20 this run in 10 s
    assert p.eta == 35.0  # 70 left
    assert Progress(total=5).eta is None
