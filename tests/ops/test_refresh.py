"""``study refresh`` against the sandbox under a small rate limit: every interview fetched
once (stopped half-way and continued), no 429, the journal up to date with the server."""

from __future__ import annotations

import asyncio
from pathlib import Path

from koji_tui.api import KojiClient
from koji_tui.journal import Journal
from koji_tui.ops.runner import Progress, run
from koji_tui.ops.study import RefreshOperation
from tests.ops.helpers import Counting, seeded

N = 12
RATE = "6/1s"  # two windows of real time: the benchmark runs 200 at 20/2s


async def test_refresh_stopped_half_way_and_continued(tmp_path: Path) -> None:
    async with seeded(tmp_path, N, RATE, advanced=4) as s:
        async with KojiClient(s.server.base_url, s.key) as raw:
            client = Counting(raw)
            with Journal(s.journal_path) as journal:
                stop = asyncio.Event()

                def halfway(p: Progress) -> None:
                    if p.done >= N // 2:
                        stop.set()  # what Ctrl-C does

                first = await run(
                    journal, RefreshOperation(journal, client, s.study_name), stop=stop,
                    on_progress=halfway, client=raw,
                )  # fmt: skip
                assert not first.finished and N // 2 <= first.progress.done < N
                second = await run(
                    journal, RefreshOperation(journal, client, s.study_name), client=raw
                )
                assert second.resumed and second.finished
                assert (
                    second.progress.done == N and second.progress.done_before == first.progress.done
                )
                records = {r.interview_id: r for r in journal.list_interviews(with_turns=True)}
        assert client.gets == dict.fromkeys(s.ids, 1)  # nothing fetched twice
        assert s.server.stats.requests == N
        assert s.server.stats.status_counts[429] == 0
        assert first.progress.rate_limited == second.progress.rate_limited == 0
    for iid in s.ids[:4]:  # advanced on the server only: the refresh brought it in
        record = records[iid]
        assert record.status == "completed" and record.quality_score is not None
        assert [t.role for t in record.turns] == ["assistant", "user", "assistant"]
        assert record.turns[1].content == "Every week for invoicing and reports"
    for iid in s.ids[4:]:
        assert records[iid].status == "active" and len(records[iid].turns) == 1


async def test_an_interview_the_server_lost_is_skipped_and_a_bad_key_stops(
    tmp_path: Path,
) -> None:
    async with seeded(tmp_path, 3, "1000/1s") as s:
        with Journal(s.journal_path) as journal:
            journal.create_interview(
                study_name=s.study_name, base_url=s.server.base_url, interview_id="int_gone"
            )
            async with KojiClient(s.server.base_url, s.key) as client:
                result = await run(journal, RefreshOperation(journal, client, s.study_name))
            assert result.finished and result.progress.skipped == 1
            assert journal.find_one("int_gone").status == "active"
            async with KojiClient(s.server.base_url, "pk_test_wrong") as client:
                refused = await run(journal, RefreshOperation(journal, client, s.study_name))
        assert refused.fatal is not None and not refused.finished
        assert refused.progress.failed >= 1 and refused.progress.done == 0
