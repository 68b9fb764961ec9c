"""The participant loop on the sandbox (real HTTP, no UI): metadata, reasons, the queue."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from koji_tui.api import KojiClient
from koji_tui.journal import Journal
from koji_tui.kiosk.loop import KioskLoop, Participant
from koji_tui.kiosk.queue import CompletionQueue
from koji_tui.kiosk.station import Station
from koji_tui.session.events import Phase

from .rig import FakeClock, fast_client, user_answers


class Loop:
    """A loop on ``srv`` (its first study), its journal, clock and queue under ``folder``."""

    def __init__(self, srv: Any, folder: Path, key: str | None = None) -> None:
        self.srv = srv
        self.study = srv.studies[0]
        self.key = key or srv.key(self.study.id)
        self.clock = FakeClock()
        self.journal = Journal(folder / "journal.sqlite3")
        self.queue = CompletionQueue(folder / "queue.json")
        self.clients: list[Any] = []
        self.loop = KioskLoop(
            study_name=self.study.name,
            clients=self._client,
            journal=self.journal,
            station=Station(),
            queue=self.queue,
            clock=self.clock,
        )

    async def _client(self) -> Any:
        if not self.clients:
            client = fast_client(self.srv.base_url, self.key)
            await client.__aenter__()
            self.clients.append(client)
        return self.clients[0]

    async def server(self, participant: Participant) -> Any:
        interview_id = participant.controller.state.interview_id
        assert interview_id is not None
        return await (await self._client()).get_interview(interview_id)

    async def close(self) -> None:
        await self.loop.shutdown(grace=0)
        for client in self.clients:
            await client.aclose()
        self.journal.close()


async def started(loop: KioskLoop, locale: str | None = "en", **who: str) -> Participant:
    participant = await loop.new_participant(locale, **who)
    await participant.start()
    assert participant.controller.state.phase is Phase.ACTIVE
    return participant


async def settle(rig: Loop, test: Any, seconds: float = 20.0) -> None:
    """Move the clock a few seconds at a time until ``test()`` (retries wait on it)."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not test():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("not settled")
        rig.clock.advance(3.0)
        await asyncio.sleep(0.05)


async def test_each_interview_says_kiosk_station_and_session(sandbox: Any, tmp_path: Path) -> None:
    rig = Loop(sandbox, tmp_path)
    try:
        first = await started(rig.loop)
        second = await started(rig.loop, name="Ana")
        third = await started(rig.loop, code="P-17")
        station = Station().info().station_id
        seen = [(await rig.server(p)).respondent for p in (first, second, third)]
        assert [r["metadata"] for r in seen] == [
            {"source": "kiosk", "station": station, "session": n} for n in (1, 2, 3)
        ]
        assert seen[0]["display_name"] is None and seen[0]["external_id"] is None
        assert seen[1]["display_name"] == "Ana" and seen[2]["external_id"] == "P-17"
        for participant, reason in zip(
            (first, second, third), ("natural", "respondent_left", "timeout"), strict=True
        ):
            assert await rig.loop.finish(participant, reason)
            assert (await rig.server(participant)).completion_reason == reason
            assert participant.controller.state.phase is Phase.CLOSED
        assert rig.loop.finishing == 0 and rig.queue.items() == []
    finally:
        await rig.close()


async def test_finishing_offline_is_queued_then_sent_when_back(
    sandbox: Any, tmp_path: Path
) -> None:
    rig = Loop(sandbox, tmp_path)
    try:
        participant = await started(rig.loop)
        await participant.controller.answer("I plan my week with it.")
        await sandbox.stop()
        await participant.controller.answer("Typed while offline.")
        assert participant.controller.state.pending == "Typed while offline."
        task = rig.loop.finish(participant, "respondent_left")
        assert rig.loop.finish(participant, "timeout") is task  # finished once
        await settle(rig, lambda: rig.queue.items() != [])
        record_id = participant.controller.state.record_id
        assert [(q.record_id, q.reason) for q in rig.queue.items()] == [
            (record_id, "respondent_left")
        ]
        assert rig.loop.online is False and rig.loop.problem is not None
        await sandbox.restart()
        await settle(rig, task.done)
        assert task.result() is True
        on_server = await rig.server(participant)
        assert on_server.completion_reason == "respondent_left"
        assert user_answers(on_server) == ["I plan my week with it.", "Typed while offline."]
        assert rig.queue.items() == [] and rig.loop.online is True
    finally:
        await rig.close()


async def test_a_complete_that_fails_offline_is_retried(sandbox: Any, tmp_path: Path) -> None:
    rig = Loop(sandbox, tmp_path)
    try:
        participant = await started(rig.loop)
        await sandbox.stop()
        task = rig.loop.finish(participant, "timeout")
        await settle(rig, lambda: rig.queue.items() != [])
        await sandbox.restart()
        await settle(rig, task.done)
        assert task.result() and (await rig.server(participant)).completion_reason == "timeout"
        assert rig.queue.items() == []
    finally:
        await rig.close()


async def test_ending_offline_keeps_everything_for_the_next_run(
    sandbox: Any, tmp_path: Path
) -> None:
    rig = Loop(sandbox, tmp_path)
    participant = await started(rig.loop)
    await sandbox.stop()
    await participant.controller.answer("Kept while the kiosk ends.")
    record_id = participant.controller.state.record_id
    rig.loop.finish(participant, "respondent_left")
    left = await rig.loop.shutdown(grace=0.2)
    assert left == 1
    assert [(q.record_id, q.reason) for q in rig.queue.items()] == [(record_id, "respondent_left")]
    assert record_id in rig.journal.pending_record_ids()
    for client in rig.clients:
        await client.aclose()
    rig.journal.close()

    await sandbox.restart()
    again = Loop(sandbox, tmp_path)  # the next start of the kiosk
    try:
        assert await again.loop.resume_queued() == 1
        await settle(again, lambda: again.loop.finishing == 0)
        assert again.queue.items() == []
        record = again.journal.get(record_id)
        assert record.status == "completed" and record.completion_reason == "respondent_left"
        async with fast_client(sandbox.base_url, again.key) as client:
            on_server = await client.get_interview(record.interview_id)
        assert user_answers(on_server) == ["Kept while the kiosk ends."]
        assert on_server.completion_reason == "respondent_left"
    finally:
        await again.close()


async def test_the_station_knows_whether_it_can_run_interviews(
    sandbox: Any, tmp_path: Path
) -> None:
    rig = Loop(sandbox, tmp_path)
    refused = Loop(sandbox, tmp_path / "other", key="pk_test_" + "0" * 32)
    try:
        assert await rig.loop.check_server() and rig.loop.online is True
        assert not await refused.loop.check_server()
        assert refused.loop.problem is not None and "401" in refused.loop.problem.message
        await sandbox.stop()
        assert not await rig.loop.check_server()
        assert rig.loop.problem is not None and rig.loop.problem.offline
        await sandbox.restart()
        await settle(rig, lambda: rig.loop.online is True)  # it checks again on its own
    finally:
        await rig.close()
        await refused.close()


async def test_each_interview_has_its_own_client_closed_when_it_is_done(
    sandbox: Any, tmp_path: Path
) -> None:
    rig = Loop(sandbox, tmp_path)
    made: list[Any] = []

    class Counted(KojiClient):
        closed = False

        async def aclose(self) -> None:
            self.closed = True
            await super().aclose()

    async def own() -> Any:
        client = Counted(sandbox.base_url, rig.key, backoff_base=0.01, backoff_max=0.05)
        await client.__aenter__()
        made.append(client)
        return client

    rig.loop._participant_clients = own  # the app passes participant_clients=
    try:
        first = await started(rig.loop)
        second = await started(rig.loop)
        assert len(made) == 2 and rig.clients == []  # the shared client: checks only
        await first.controller.answer("An answer with its own client, long enough.")
        assert await rig.loop.finish(first, "natural")
        assert made[0].closed and not made[1].closed
        assert await rig.loop.finish(second, "respondent_left")
        assert made[1].closed
    finally:
        await rig.close()
