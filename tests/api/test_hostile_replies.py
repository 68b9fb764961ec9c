"""A hostile server (real HTTP on 127.0.0.1): replies nested too deeply, too large, endless or
trickling. Each must end as a KojiError, bounded in memory and in time."""

from __future__ import annotations

import asyncio
import time
import tracemalloc
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from koji_tui.api import (
    BadRequestError,
    KojiClient,
    MalformedResponseError,
    ServerError,
    TransportError,
)

from .canned import Canned, sse_event, transcript
from .conftest import canned_client

KEY = "pk_test_hostile000000000000000000000"
DEEP = "[" * 100_000  # unterminated: the decoder recurses before it can tell
DEEP_VALID = "[" * 100_000 + "]" * 100_000
REPLY = {"message": {"role": "assistant", "content": "Next?"}, "turn_count": 3}
ASKED = [("assistant", "Q1")]
ANSWERED = [*ASKED, ("user", "hi"), ("assistant", "Recovered reply")]


def client_for(canned: Canned, **kw: Any) -> KojiClient:
    return canned_client(canned, KEY, **kw)


def streaming(
    chunk: bytes, *, status: int = 200, ctype: str = "application/json", pause: float = 0.0
) -> Callable[[Request, Any], Response]:
    """A reply repeating ``chunk`` (the same bytes object: the server holds no copy) for up to
    20 s or 50 MB, ``pause`` seconds apart."""

    def handler(request: Request, body: Any) -> Response:
        async def gen() -> AsyncIterator[bytes]:
            stop = time.monotonic() + 20
            sent = 0
            while time.monotonic() < stop and sent < 50_000_000:
                yield chunk
                sent += len(chunk)
                await asyncio.sleep(pause)

        return StreamingResponse(gen(), status_code=status, media_type=ctype)

    return handler


async def bounded(call: Awaitable[Any], seconds: float = 10.0) -> Any:
    """Fail (rather than hang) when the client never gives up."""
    return await asyncio.wait_for(call, seconds)


async def posts(canned: Canned) -> int:
    return sum(1 for s in canned.seen if s.method == "POST")


# --------------------------------------------------------------------------- C: nesting


@pytest.mark.parametrize("payload", [DEEP, DEEP_VALID], ids=["unterminated", "valid"])
async def test_deeply_nested_json_is_a_malformed_reply(canned: Canned, payload: str) -> None:
    for method, path in (("POST", "/start"), ("POST", "/int_1/message"), ("GET", "/int_1")):
        canned.raw(method, path, payload, ctype="application/json")
    canned.raw("POST", "/int_1/complete", payload, status=400, ctype="application/json")
    async with client_for(canned) as client:
        with pytest.raises(MalformedResponseError, match="nested too deeply"):
            await client.start()
        with pytest.raises(MalformedResponseError, match="nested too deeply"):
            await client.send_message("int_1", "hi")  # the transcript is unreadable too
        with pytest.raises(MalformedResponseError, match="nested too deeply"):
            await client.get_interview("int_1")
        with pytest.raises(BadRequestError) as info:  # an error reply: still its status
            await client.complete("int_1")
    assert info.value.status_code == 400
    assert len(str(info.value)) < 400


@pytest.mark.parametrize(
    ("chunks", "error"),
    [
        ([sse_event({"text": "a"}), sse_event(DEEP_VALID)], MalformedResponseError),
        ([sse_event({"text": "a"}), sse_event(DEEP, event="done")], MalformedResponseError),
        ([sse_event(DEEP_VALID, event="error")], ServerError),
    ],
    ids=["delta", "done", "error-event"],
)
async def test_deeply_nested_json_in_an_event_is_a_koji_error(
    canned: Canned, chunks: list[str], error: type[Exception]
) -> None:
    canned.sse("POST", "/int_1/message", chunks)
    canned.raw("GET", "/int_1", DEEP, ctype="application/json")
    async with client_for(canned) as client:
        with pytest.raises(error):
            async for _ in client.send_message_stream("int_1", "hi"):
                pass


# --------------------------------------------------------------------------- D: size


def peak_during(run: Callable[[], Awaitable[Any]]) -> Callable[[], Awaitable[tuple[Any, int]]]:
    async def measured() -> tuple[Any, int]:
        tracemalloc.start()
        try:
            try:
                outcome: Any = await run()
            except Exception as exc:  # the outcome to check, not a test failure
                outcome = exc
            return outcome, tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    return measured


async def test_a_huge_error_body_is_read_only_a_few_kilobytes(canned: Canned) -> None:
    chunk = b'{"error": "' + b"x" * 65_536
    canned.on("GET", "/int_1", streaming(chunk, status=500))  # 5 MB, then cut
    async with client_for(canned, max_retries=0) as client:
        outcome, peak = await bounded(peak_during(lambda: client.get_interview("int_1"))())
    assert isinstance(outcome, ServerError), outcome
    assert outcome.status_code == 500
    assert len(outcome.message) < 400
    assert "its first 8 KiB were read" in outcome.message  # the cut is said
    assert peak < 3_000_000, f"peak {peak} bytes while reading an error (was 150 MB)"


async def test_a_reply_over_the_maximum_is_refused_with_its_size(canned: Canned) -> None:
    chunk = b'{"interview_id": "int_1", "x": "' + b"y" * 65_536
    canned.on("GET", "/int_1", streaming(chunk))
    async with client_for(canned, max_reply_bytes=1_048_576) as client:
        outcome, peak = await bounded(peak_during(lambda: client.get_interview("int_1"))())
    assert isinstance(outcome, MalformedResponseError), outcome
    assert "larger than 1048576 bytes" in outcome.message
    assert peak < 3_000_000, f"peak {peak} bytes for a 1 MiB cap"


async def test_a_declared_oversize_reply_is_not_read(canned: Canned) -> None:
    canned.raw("GET", "/int_1", b'{"interview_id": "int_1", "x": "' + b"y" * 300_000 + b'"}')
    async with client_for(canned, max_reply_bytes=100_000) as client:
        with pytest.raises(MalformedResponseError, match="larger than 100000 bytes"):
            await client.get_interview("int_1")


async def test_the_default_maximum_still_reads_a_large_transcript(canned: Canned) -> None:
    messages = [{"role": "user", "content": "z" * 2000} for _ in range(500)]  # ~1 MB
    canned.json("GET", "/int_1", {"interview_id": "int_1", "messages": messages})
    async with client_for(canned) as client:
        interview = await client.get_interview("int_1")
    assert len(interview.messages) == 500


# --------------------------------------------------------------------------- E: endless


async def test_an_endless_stream_stops_at_the_size_cap_and_reconciles(canned: Canned) -> None:
    canned.on(
        "POST",
        "/int_1/message",
        streaming(sse_event("x" * 1000).encode(), ctype="text/event-stream"),
    )
    canned.transcript_on_post("int_1", ASKED, ANSWERED)
    async with client_for(canned, max_reply_bytes=65_536) as client:
        items = await bounded(_collect(client))
    assert items[-1].content == "Recovered reply" and items[-1].reconciled
    assert await posts(canned) == 1  # the answer was not sent again


async def test_an_endless_stream_whose_fate_is_unknown_fails_clearly(canned: Canned) -> None:
    canned.on(
        "POST", "/int_1/message", streaming(b"data: " + b"x" * 4096, ctype="text/event-stream")
    )
    async with client_for(canned, max_reply_bytes=65_536) as client:  # no GET: 404
        with pytest.raises(MalformedResponseError, match="larger than 65536 bytes") as info:
            await bounded(_collect(client))
    assert info.value.status_code == 200
    assert await posts(canned) == 1


async def test_an_endless_stream_of_tiny_events_stops_at_the_event_cap(canned: Canned) -> None:
    canned.on(
        "POST", "/int_1/message", streaming(b": keep\n\ndata: x\n\n", ctype="text/event-stream")
    )
    async with client_for(canned, max_stream_events=50) as client:
        with pytest.raises(MalformedResponseError, match="more than 50 events"):
            await bounded(_collect(client))
    assert await posts(canned) == 1


@pytest.mark.parametrize(
    ("chunk", "ctype"),
    [(b" ", "application/json"), (b"data: x\n\n", "text/event-stream")],
    ids=["json", "sse"],
)
async def test_a_trickling_send_ends_at_the_deadline_as_ambiguous(
    canned: Canned, chunk: bytes, ctype: str
) -> None:
    canned.on("POST", "/int_1/message", streaming(chunk, ctype=ctype, pause=0.05))
    async with client_for(canned, deadline=0.5) as client:  # no GET: the fate stays unknown
        t0 = time.monotonic()
        with pytest.raises(TransportError, match=r"within 0\.5 s") as info:
            await bounded(_collect(client))
        elapsed = time.monotonic() - t0
    assert info.value.maybe_processed  # the UI keeps the answer; a resend reconciles first
    assert elapsed < 3.0
    assert await posts(canned) == 1


async def test_a_trickling_send_is_reconciled_not_resent(canned: Canned) -> None:
    canned.on("POST", "/int_1/message", streaming(b" ", pause=0.05))
    canned.transcript_on_post("int_1", ASKED, ANSWERED)
    async with client_for(canned, deadline=0.5) as client:
        result = await bounded(client.send_message("int_1", "hi"))
    assert result.reconciled and result.content == "Recovered reply"
    assert await posts(canned) == 1


async def test_a_trickling_send_the_server_never_stored_fails_within_the_deadline(
    canned: Canned,
) -> None:
    """Slow loris on the POST, the answer absent from the transcript: the call fails once the
    deadline has passed (plus the short reconcile read), with one POST; it does not resend
    and wait again, retry after retry (QA: 8 minutes in the app at the default deadline)."""
    canned.on("POST", "/int_1/message", streaming(b" ", pause=0.05))
    canned.json("GET", "/int_1", transcript("int_1", ASKED))
    async with client_for(canned, deadline=0.5, max_retries=3) as client:
        t0 = time.monotonic()
        with pytest.raises(TransportError, match=r"within 0\.5 s") as info:
            await bounded(client.send_message("int_1", "hi"))
        elapsed = time.monotonic() - t0
    assert info.value.maybe_processed  # kept by the caller, reconciled before any resend
    assert elapsed < 2.0
    assert await posts(canned) == 1


async def test_a_server_that_never_answers_ends_at_the_deadline(canned: Canned) -> None:
    release = asyncio.Event()

    async def silent(request: Request, body: Any) -> Response:
        await asyncio.wait_for(release.wait(), 20)
        return Response("{}")

    canned.on("GET", "/int_1", silent)
    async with client_for(canned, deadline=0.5, max_retries=3) as client:
        t0 = time.monotonic()
        with pytest.raises(TransportError, match=r"within 0\.5 s"):
            await bounded(client.get_interview("int_1"))
        elapsed = time.monotonic() - t0
    release.set()
    # The deadline bounds the call in all: no retry that would run past it (QA saw a send
    # take (retries + 1) x deadline, 8 minutes in the app).
    assert 0.4 <= elapsed < 1.5
    assert sum(1 for s in canned.seen if s.method == "GET") == 1
    assert client._limiter.inflight == 0


def test_the_deadline_must_be_positive() -> None:
    with pytest.raises(ValueError, match="deadline"):
        KojiClient("http://127.0.0.1:1", KEY, deadline=0)


async def _collect(client: KojiClient) -> list[Any]:
    return [item async for item in client.send_message_stream("int_1", "hi")]
