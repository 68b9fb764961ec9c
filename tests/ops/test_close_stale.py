"""``study close-stale``: interviews abandoned mid-way are completed (once, even when stopped
and continued); one that was completed on the server meanwhile is left alone."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from koji_tui.api import KojiClient
from koji_tui.journal import Journal
from koji_tui.ops.runner import Progress, run
from koji_tui.ops.study import CloseStaleOperation, parse_age
from tests.ops.helpers import Counting, seeded

DAY = 86400.0


async def test_stale_interviews_are_completed_once(tmp_path: Path) -> None:
    async with seeded(tmp_path, 5, "1000/1s", advanced=1) as s:
        async with KojiClient(s.server.base_url, s.key) as raw:
            client = Counting(raw)
            with Journal(s.journal_path) as journal:
                fresh = CloseStaleOperation(journal, client, s.study_name, older_than=DAY)
                assert list(fresh.candidates()) == []  # just started: not stale

                def later() -> float:
                    return time.time() + 2 * DAY  # two days on, nobody came back

                def op() -> CloseStaleOperation:
                    return CloseStaleOperation(
                        journal, client, s.study_name, older_than=DAY, clock=later
                    )

                stop = asyncio.Event()

                def after_two(p: Progress) -> None:
                    if p.done >= 2:
                        stop.set()

                first = await run(journal, op(), stop=stop, on_progress=after_two, workers=1)
                second = await run(journal, op(), workers=1)
                records = {r.interview_id: r for r in journal.list_interviews()}
                assert list(op().candidates()) == []  # nothing left to close
    assert not first.finished and second.resumed and second.finished
    assert second.progress.done == 5 and first.progress.skipped + second.progress.skipped == 1
    assert second.details[records[s.ids[0]].record_id] == "completed on the server"
    assert client.completes == dict.fromkeys(s.ids[1:], 1)  # each closed once
    assert client.gets == dict.fromkeys(s.ids, 1)
    assert records[s.ids[0]].completion_reason == "natural"  # the server's, merged
    for iid in s.ids[1:]:
        assert records[iid].status == "completed"
        assert records[iid].completion_reason == "timeout"
        assert records[iid].quality_score is not None


def test_ages_read_as_people_write_them() -> None:
    assert parse_age("24h") == DAY and parse_age("90m") == 5400 and parse_age("2d") == 2 * DAY
    assert parse_age("3600") == 3600
    for bad in ("soon", "0h", "-1d"):
        try:
            parse_age(bad)
        except ValueError:
            continue
        raise AssertionError(bad)
