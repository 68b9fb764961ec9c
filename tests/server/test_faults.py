"""Fault injection: every kind, before and after processing, queued and random."""

from __future__ import annotations

import asyncio
import time
from collections import Counter

import httpx
import pytest

from koji_tui.server import Fault, FaultConfig, SandboxServer
from tests.sandboxes import Sandboxes

from .conftest import http, say, start

ANSWER = "We use it for all of our client invoices."


async def user_answers(c: httpx.AsyncClient, iid: str) -> list[str]:
    got = (await c.get(f"/{iid}")).json()
    return [m["content"] for m in got["messages"] if m["role"] == "user"]


@pytest.mark.parametrize("after", [False, True], ids=["before", "after"])
@pytest.mark.parametrize("kind", ["500", "503"])
async def test_error_faults(srv: SandboxServer, kind: str, after: bool) -> None:
    async with http(srv) as c:
        started = await start(c)
        srv.faults.enqueue(Fault(kind, endpoint="message", after_processing=after))
        reply = await say(c, started, ANSWER)
        assert reply.status_code == int(kind)
        assert "sandbox fault" in reply.json()["error"]
        assert "x-ratelimit-limit" in reply.headers
        if kind == "503":
            assert reply.headers["retry-after"] == "1"
        assert await user_answers(c, started["interview_id"]) == ([ANSWER] if after else [])
        assert srv.faults.pending == []


@pytest.mark.parametrize("after", [False, True], ids=["before", "after"])
async def test_drop_is_a_transport_failure(srv: SandboxServer, after: bool) -> None:
    async with http(srv) as c:
        started = await start(c)
        srv.faults.enqueue(Fault("drop", endpoint="message", after_processing=after))
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            await say(c, started, ANSWER)
        assert srv.stats.drops == 1
        assert await user_answers(c, started["interview_id"]) == ([ANSWER] if after else [])


async def test_drop_during_a_stream_after_processing(srv: SandboxServer) -> None:
    async with http(srv) as c:
        started = await start(c)
        srv.faults.enqueue(Fault("drop", endpoint="message", after_processing=True))
        received = b""
        with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
            async with c.stream(
                "POST",
                f"/{started['interview_id']}/message",
                json={"message": ANSWER},
                headers={"Accept": "text/event-stream"},
            ) as reply:
                assert reply.status_code == 200
                async for chunk in reply.aiter_bytes():
                    received += chunk
        assert received.startswith(b"event: delta")  # some text arrived, then the cut
        assert b"event: done" not in received
        assert await user_answers(c, started["interview_id"]) == [ANSWER]


@pytest.mark.parametrize("after", [False, True], ids=["before", "after"])
async def test_malformed_is_200_with_an_unusable_body(make_sandbox: Sandboxes, after: bool) -> None:
    async with make_sandbox(faults=FaultConfig(seed=1)) as server, http(server) as c:
        started = await start(c)
        bodies = set()
        for _ in range(8):
            server.faults.enqueue(Fault("malformed", endpoint="message", after_processing=after))
            reply = await say(c, started, ANSWER)
            assert reply.status_code == 200
            try:
                body = reply.json()
            except ValueError:
                body = None
            assert not isinstance(body, dict) or "message" not in body
            bodies.add(reply.text)
        assert len(bodies) >= 2  # several kinds of broken
        assert len(await user_answers(c, started["interview_id"])) == (8 if after else 0)


async def test_delay_after_processing_times_out_ambiguously(srv: SandboxServer) -> None:
    async with http(srv) as c:
        started = await start(c)
        srv.faults.enqueue(Fault("delay", endpoint="message", after_processing=True, seconds=1.0))
        with pytest.raises(httpx.ReadTimeout):
            await say(c, started, ANSWER, timeout=0.3)
        assert await user_answers(c, started["interview_id"]) == [ANSWER]


async def test_delay_before_processing_skips_the_work_when_the_client_left(
    srv: SandboxServer,
) -> None:
    async with http(srv) as c:
        started = await start(c)
        srv.faults.enqueue(Fault("delay", endpoint="message", seconds=0.6))
        with pytest.raises(httpx.ReadTimeout):
            await say(c, started, ANSWER, timeout=0.2)
        await asyncio.sleep(0.8)
        assert await user_answers(c, started["interview_id"]) == []
        # a patient client gets the real reply after the delay
        srv.faults.enqueue(Fault("delay", endpoint="message", seconds=0.3))
        begun = time.monotonic()
        reply = await say(c, started, ANSWER)
        assert reply.status_code == 200 and time.monotonic() - begun >= 0.3
        assert await user_answers(c, started["interview_id"]) == [ANSWER]


async def test_queued_faults_match_their_endpoint_in_order(srv: SandboxServer) -> None:
    async with http(srv) as c:
        started = await start(c)
        iid = started["interview_id"]
        srv.faults.enqueue(Fault("500", endpoint="get"))
        srv.faults.enqueue(Fault("503"))  # any endpoint
        srv.faults.enqueue(Fault("500", endpoint="complete"))
        assert (await c.post("/start")).status_code == 503  # took the any-endpoint fault
        assert (await c.get(f"/{iid}")).status_code == 500
        assert (await c.get(f"/{iid}")).status_code == 200
        assert (await say(c, started, ANSWER)).status_code == 200
        assert (await c.post(f"/{iid}/complete")).status_code == 500
        assert (await c.get(f"/{iid}")).json()["status"] == "active"
        assert (await c.post(f"/{iid}/complete")).status_code == 200
        assert srv.faults.pending == []


async def test_faults_do_not_hit_refused_requests(srv: SandboxServer) -> None:
    async with http(srv, key="pk_test_nope") as wrong, http(srv) as c:
        srv.faults.enqueue(Fault("500"))
        assert (await wrong.post("/start")).status_code == 401
        assert (await c.post("/start")).status_code == 500


async def test_random_faults_follow_their_shares(make_sandbox: Sandboxes) -> None:
    faults = FaultConfig(fail_500=0.2, fail_503=0.2, drop_rate=0.1, malformed_rate=0.1, seed=5)
    async with make_sandbox(faults=faults) as server, http(server) as c:
        outcomes: Counter[str] = Counter()
        for _ in range(120):
            try:
                reply = await c.get("/int_missing")
            except httpx.TransportError:
                outcomes["drop"] += 1
                continue
            if reply.status_code == 200:
                outcomes["malformed"] += 1
            else:
                outcomes[str(reply.status_code)] += 1
    assert set(outcomes) == {"500", "503", "drop", "malformed", "404"}
    assert 30 <= outcomes["404"] <= 70  # 40% expected
    assert outcomes["drop"] == server.stats.drops


async def test_latency_slows_every_request(make_sandbox: Sandboxes) -> None:
    async with make_sandbox(faults=FaultConfig(latency=0.2, seed=1)) as server, http(server) as c:
        begun = time.monotonic()
        for _ in range(3):
            await c.get("/int_missing")
        elapsed = time.monotonic() - begun
        server.faults.latency = 0.0
        begun = time.monotonic()
        await c.get("/int_missing")
        fast = time.monotonic() - begun
    assert elapsed >= 3 * 0.1
    assert fast < elapsed / 3


def test_fault_validation() -> None:
    with pytest.raises(ValueError, match="kind"):
        Fault("teapot")
    with pytest.raises(ValueError, match="endpoint"):
        Fault("500", endpoint="messages")
    with pytest.raises(ValueError, match="negative"):
        Fault("delay", seconds=-1)
    with pytest.raises(ValueError, match="between 0 and 1"):
        FaultConfig(fail_500=1.5)
    with pytest.raises(ValueError, match="more than 1"):
        FaultConfig(fail_500=0.6, drop_rate=0.6)
    with pytest.raises(TypeError):
        FaultConfig().enqueue("500")  # type: ignore[arg-type]


def test_faults_in_the_threaded_server(sandbox_thread: SandboxServer) -> None:
    key = sandbox_thread.key(sandbox_thread.studies[0].id)
    headers = {"Authorization": f"Bearer {key}"}
    url = f"{sandbox_thread.base_url}/api/v1/interviews"
    sandbox_thread.faults.enqueue(Fault("drop", endpoint="start"))
    with httpx.Client(headers=headers) as c:
        with pytest.raises(httpx.RemoteProtocolError):
            c.post(f"{url}/start")
        assert c.post(f"{url}/start").status_code == 201
