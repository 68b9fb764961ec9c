"""Retries and reconciliation: every injected failure ends with the answer recorded exactly once."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from koji_tui.api import (
    KojiClient,
    MessageDelta,
    MessageResult,
    ServerError,
    StartResult,
    TranscriptPosition,
    TransportError,
)

from .conftest import new_client, occurrences, restart_server, stop_server


def fault(kind: str, endpoint: str | None, after: bool = False, seconds: float = 0.0) -> Any:
    from koji_tui.server import Fault

    return Fault(kind=kind, endpoint=endpoint, after_processing=after, seconds=seconds)


async def started(client: KojiClient) -> StartResult:
    return await client.start()


async def send(client: KojiClient, s: StartResult, text: str, stream: bool) -> MessageResult:
    if not stream:
        return await client.send_message(s.interview_id, text, session_token=s.session_token)
    result: MessageResult | None = None
    async for ev in client.send_message_stream(s.interview_id, text, session_token=s.session_token):
        if isinstance(ev, MessageResult):
            result = ev
    assert result is not None
    return result


async def assert_once_and_replied(
    client: KojiClient, s: StartResult, text: str, result: Any
) -> None:
    interview = await client.get_interview(s.interview_id)
    users = [m.content for m in interview.messages if m.role == "user"]
    assert users.count(text) == 1, users
    idx = next(
        i for i, m in enumerate(interview.messages) if m.content == text and m.role == "user"
    )
    assert interview.messages[idx + 1].role == "assistant"
    assert result.content == interview.messages[idx + 1].content
    assert result.turn_count == idx + 2


CASES = [
    # (fault kind, after_processing, expected reconciled)
    ("503", False, False),
    ("503", True, True),  # a 503 after the answer was stored (a proxy, or the origin itself)
    ("500", False, False),
    ("500", True, True),
    ("drop", False, False),
    ("drop", True, True),
    ("malformed", False, False),  # a 200 with an unreadable body: the answer may be stored
    ("malformed", True, True),
]


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize(("kind", "after", "reconciled"), CASES)
async def test_message_failure_no_duplicate_no_loss(
    srv: Any, kind: str, after: bool, reconciled: bool, stream: bool
) -> None:
    async with new_client(srv) as client:
        s = await started(client)
        await send(client, s, "warm-up answer", stream)
        srv.faults.enqueue(fault(kind, "message", after))
        states: list[str] = []
        client.activity.subscribe(lambda a: states.append(a.state))
        result = await send(client, s, "the answer that must appear once", stream)
        assert result.reconciled is reconciled
        await assert_once_and_replied(client, s, "the answer that must appear once", result)
        assert "reconciling" in states  # every 5xx or cut on an answer checks the transcript
        assert client.activity.state == "idle"
        # the conversation continues normally afterwards
        nxt = await send(client, s, "next answer", stream)
        assert nxt.reconciled is False
        await assert_once_and_replied(client, s, "next answer", nxt)


async def test_read_timeout_after_processing_is_reconciled(srv: Any) -> None:
    async with new_client(srv, timeout=0.5) as client:
        s = await started(client)
        srv.faults.enqueue(fault("delay", "message", after=True, seconds=1.5))
        result = await send(client, s, "slow answer", stream=False)
        assert result.reconciled is True
        await assert_once_and_replied(client, s, "slow answer", result)


async def test_stream_cut_midway_is_reconciled(srv: Any) -> None:
    async with new_client(srv) as client:
        s = await started(client)
        srv.faults.enqueue(fault("drop", "message", after=True))
        events: list[Any] = []
        async for ev in client.send_message_stream(
            s.interview_id, "cut stream answer", session_token=s.session_token
        ):
            events.append(ev)
        result = events[-1]
        assert isinstance(result, MessageResult)
        assert result.reconciled is True
        assert all(isinstance(e, MessageDelta) for e in events[:-1])
        await assert_once_and_replied(client, s, "cut stream answer", result)


async def test_refused_connection_then_server_back(srv: Any) -> None:
    async with new_client(srv, max_retries=0) as client:
        s = await started(client)
        await stop_server(srv)
        with pytest.raises(TransportError) as info:
            await send(client, s, "while down", stream=False)
        assert info.value.maybe_processed is False
        assert client.activity.state == "offline"
        await restart_server(srv)
        result = await send(client, s, "while down", stream=False)
        assert client.activity.state == "idle"
        await assert_once_and_replied(client, s, "while down", result)


async def test_refused_connection_is_retried_until_the_server_returns(srv: Any) -> None:
    async with new_client(srv, max_retries=8, backoff_base=0.1, backoff_max=0.4) as client:
        s = await started(client)
        await stop_server(srv)
        states: list[str] = []
        client.activity.subscribe(lambda a: states.append(a.state))
        task = asyncio.create_task(send(client, s, "patient answer", stream=False))
        await asyncio.sleep(0.5)
        assert not task.done()
        await restart_server(srv)
        result = await asyncio.wait_for(task, 10)
        assert "offline" in states
        await assert_once_and_replied(client, s, "patient answer", result)


async def test_reconcile_first_does_not_resend_a_recorded_answer(srv: Any) -> None:
    async with new_client(srv) as client:
        s = await started(client)
        first = await send(client, s, "already there", stream=False)
    # a fresh client (e.g. after a restart) does not know what happened: it checks first, at
    # the position the caller saw before the answer (the opening message, no answers)
    async with new_client(srv) as fresh:
        again = await fresh.send_message(
            s.interview_id, "already there", session_token=s.session_token,
            reconcile_first=True, seen=TranscriptPosition(answers=0, interviewer_turns=1),
        )  # fmt: skip
        assert again.reconciled is True
        assert again.content == first.content
        assert await occurrences(fresh, s.interview_id, "already there") == 1
        sent = await fresh.send_message(
            s.interview_id, "not there yet", session_token=s.session_token, reconcile_first=True
        )  # the client now knows the position itself
        assert sent.reconciled is False
        assert await occurrences(fresh, s.interview_id, "not there yet") == 1


async def test_same_text_twice_in_a_row_is_sent_twice(srv: Any) -> None:
    """The position check: a second identical answer is a new answer, not a duplicate."""
    async with new_client(srv) as client:
        s = await started(client)
        await send(client, s, "Yes", stream=False)
        srv.faults.enqueue(fault("500", "message", after=False))
        result = await send(client, s, "Yes", stream=False)
        assert result.reconciled is False
        assert await occurrences(client, s.interview_id, "Yes") == 2


async def test_start_is_retried_only_when_provably_unprocessed(srv: Any) -> None:
    async with new_client(srv) as client:
        srv.faults.enqueue(fault("503", "start"))
        ok = await client.start()
        assert ok.interview_id
        srv.stats.reset()
        srv.faults.enqueue(fault("500", "start", after=True))
        with pytest.raises(ServerError):
            await client.start()
        assert srv.stats.requests == 1  # not retried: a retry could create a second interview
        srv.stats.reset()
        srv.faults.enqueue(fault("drop", "start", after=False))
        with pytest.raises(TransportError) as info:
            await client.start()
        assert info.value.maybe_processed is True
        assert srv.stats.requests == 1


@pytest.mark.parametrize(("kind", "after"), [("500", True), ("drop", True), ("503", False)])
async def test_complete_is_retried_freely(srv: Any, kind: str, after: bool) -> None:
    async with new_client(srv) as client:
        s = await started(client)
        srv.faults.enqueue(fault(kind, "complete", after))
        done = await client.complete(s.interview_id, session_token=s.session_token)
        assert done.status == "completed"
        assert (await client.get_interview(s.interview_id)).completed


@pytest.mark.parametrize("kind", ["500", "503", "drop"])
async def test_get_is_retried_freely(srv: Any, kind: str) -> None:
    async with new_client(srv) as client:
        s = await started(client)
        srv.faults.enqueue(fault(kind, "get"))
        interview = await client.get_interview(s.interview_id)
        assert interview.interview_id == s.interview_id


async def test_unreadable_transcript_reraises_the_original_failure(srv: Any) -> None:
    """When the transcript cannot be read either, the answer's fate is unknown: say so, and let a
    later reconcile_first send settle it without duplicating."""
    async with new_client(srv, max_retries=1) as client:
        s = await started(client)
        srv.faults.enqueue(fault("500", "message", after=True))
        for _ in range(3):
            srv.faults.enqueue(fault("500", "get"))
        with pytest.raises(ServerError):
            await send(client, s, "fate unknown", stream=False)
        settled = await client.send_message(
            s.interview_id, "fate unknown", session_token=s.session_token, reconcile_first=True
        )
        assert settled.reconciled is True
        assert await occurrences(client, s.interview_id, "fate unknown") == 1
