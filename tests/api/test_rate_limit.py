"""Client-side pacing and 429 handling against the sandbox's fixed-window limiter."""

from __future__ import annotations

import asyncio
import math
import time
from typing import Any

import httpx
import pytest

from koji_tui.api import RateLimitedError, RateLimitState
from koji_tui.api.transport import tls_context
from tests.fake_clock import FakeClock
from tests.sandboxes import Sandboxes

from .conftest import new_client, study_key, text_study_index


async def exhaust(server: Any, n: int) -> None:
    """Another client on the same key spends ``n`` requests of the window."""
    key = study_key(server, text_study_index(server))
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(headers=headers, verify=tls_context()) as raw:
        for _ in range(n):
            await raw.get(f"{server.base_url}/api/v1/interviews/int_unknown")


def on_clock(clock: FakeClock) -> dict[str, Any]:
    """Client options: its rate-limit waits pass on ``clock`` (the sandbox's clock too)."""
    return {"clock": clock.time, "sleep": clock.sleep}


async def test_burst_of_twice_the_limit_sees_no_429(make_sandbox: Sandboxes) -> None:
    clock = FakeClock(follows_real_time=True)
    async with (
        make_sandbox(rate_limit="10/1s", clock=clock.time) as server,
        new_client(server, **on_clock(clock)) as client,
    ):
        seen: list[tuple[int | None, int | None]] = []
        client.rate_limit.subscribe(lambda s: seen.append((s.limit, s.remaining)))
        t0 = clock.time()
        results = await asyncio.gather(*(client.start() for _ in range(20)))
        assert len({r.interview_id for r in results}) == 20
        assert server.stats.status_counts[429] == 0
        assert math.floor(clock.time()) > math.floor(t0)  # the burst spans a window boundary
        assert seen and seen[-1][0] == 10
        assert client._limiter.inflight == 0
        assert client.activity.state == "idle"


async def test_pacing_state_is_observable(make_sandbox: Sandboxes) -> None:
    clock = FakeClock(follows_real_time=True)
    async with (
        make_sandbox(rate_limit="3/1s", clock=clock.time) as server,
        new_client(server, **on_clock(clock)) as client,
    ):
        states: list[tuple[str, float | None]] = []
        client.activity.subscribe(lambda a: states.append((a.state, a.until)))
        await asyncio.gather(*(client.start() for _ in range(6)))
        assert server.stats.status_counts[429] == 0
        pacing = [until for state, until in states if state == "pacing"]
        assert pacing, states
        assert any(u is not None for u in pacing)


async def test_forced_429_is_retried_transparently(make_sandbox: Sandboxes) -> None:
    # A clock that stands still: no window passes under our feet, however slow the machine.
    # (The sandbox's Date header is the real time; a gap the client may read as skew once the
    # wait is over changes nothing checked here.)
    clock = FakeClock()
    async with make_sandbox(rate_limit="4/2s", clock=clock.time) as server:
        async with new_client(server, **on_clock(clock)) as client:
            s = await client.start()  # limits now known
            await exhaust(server, 4)
            states: list[str] = []
            client.activity.subscribe(lambda a: states.append(a.state))
            interview = await client.get_interview(s.interview_id)
            assert interview.interview_id == s.interview_id
        assert server.stats.status_counts[429] >= 1
        assert "waiting_rate_limit" in states


async def test_429_wait_beyond_the_maximum_raises_with_retry_at(make_sandbox: Sandboxes) -> None:
    async with make_sandbox(rate_limit="2/3600s") as server:
        await exhaust(server, 2)
        async with new_client(server, max_rate_limit_wait=1.0) as client:
            t0 = time.monotonic()
            with pytest.raises(RateLimitedError) as info:
                await client.get_interview("int_x")
            assert time.monotonic() - t0 < 1.0
        assert info.value.retry_at is not None and info.value.retry_at > time.time()
        assert info.value.status_code == 429


async def test_cancel_during_a_rate_limit_wait(make_sandbox: Sandboxes) -> None:
    async with make_sandbox(rate_limit="2/3600s") as server:
        await exhaust(server, 2)
        async with new_client(server, max_rate_limit_wait=7200) as client:
            task = asyncio.create_task(client.get_interview("int_x"))
            for _ in range(200):
                if client.activity.state == "waiting_rate_limit":
                    break
                await asyncio.sleep(0.01)
            assert client.activity.state == "waiting_rate_limit"
            assert client.activity.until is not None and client.activity.until > time.time()
            t0 = time.monotonic()
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert time.monotonic() - t0 < 0.5
            assert client.activity.state == "idle"
            assert client._limiter.inflight == 0


async def test_cancel_during_pacing_frees_nothing_twice(make_sandbox: Sandboxes) -> None:
    async with (
        make_sandbox(rate_limit="2/3600s") as server,
        new_client(server, max_rate_limit_wait=7200) as client,
    ):
        s = await client.start()
        await client.get_interview(s.interview_id)  # budget used up, reset ~30 s away
        assert client.rate_limit.remaining == 0
        task = asyncio.create_task(client.get_interview(s.interview_id))
        for _ in range(100):
            if client.activity.state == "pacing":
                break
            await asyncio.sleep(0.01)
        assert client.activity.state == "pacing"
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert client._limiter.inflight == 0
        assert server.stats.status_counts[429] == 0


async def test_rate_limit_observable_and_unsubscribe(make_sandbox: Sandboxes) -> None:
    async with make_sandbox(rate_limit="50/60s") as server, new_client(server) as client:
        seen: list[RateLimitState] = []
        states: list[int | None] = []

        def on_change(state: RateLimitState) -> None:
            seen.append(state)
            states.append(state.remaining)

        unsubscribe = client.rate_limit.subscribe(on_change)
        s = await client.start()
        assert client.rate_limit.limit == 50
        assert client.rate_limit.remaining == 49
        assert client.rate_limit.reset_at is not None and client.rate_limit.reset_at > time.time()
        assert client.rate_limit.updated_at is not None
        assert states == [49]
        unsubscribe()
        unsubscribe()  # harmless twice
        await client.get_interview(s.interview_id)
        assert states == [49]
        assert client.rate_limit.remaining == 48


async def test_a_raising_subscriber_does_not_break_requests(srv: Any) -> None:
    async with new_client(srv) as client:

        def boom(_: object) -> None:
            raise RuntimeError("subscriber bug")

        client.rate_limit.subscribe(boom)
        client.activity.subscribe(boom)
        assert (await client.start()).interview_id


async def test_unknown_limits_mean_one_request_at_a_time(make_sandbox: Sandboxes) -> None:
    async with make_sandbox(rate_limit="1000/60s") as server, new_client(server) as client:
        # the very first wave: only one request may be in flight until headers are known
        assert client._limiter.advertised is None
        first = asyncio.gather(*(client.start() for _ in range(5)))
        await asyncio.sleep(0)
        assert client._limiter.inflight == 1
        await first
        assert client._limiter.advertised is True
        assert server.stats.status_counts[429] == 0


async def test_closed_client_refuses_politely(srv: Any) -> None:
    client = new_client(srv)
    assert (await client.start()).interview_id
    await client.aclose()
    await client.aclose()
    with pytest.raises(RuntimeError, match="closed"):
        await client.start()


def _limiter() -> Any:
    from koji_tui.api.observable import ClientActivity
    from koji_tui.api.ratelimit import RateLimiter

    return RateLimiter(RateLimitState(), ClientActivity())


def _headers(limit: int, remaining: int, reset: float) -> dict[str, str]:
    return {
        "x-ratelimit-limit": str(limit),
        "x-ratelimit-remaining": str(remaining),
        "x-ratelimit-reset": str(int(reset)),
    }


async def test_a_request_without_reply_counts_against_the_budget() -> None:
    """A reply lost on the way back: the server counted the request, so the pacer must too
    (otherwise the next burst overshoots and meets a 429)."""
    limiter = _limiter()
    reset = time.time() + 20
    await limiter.acquire(1)
    limiter.release(_headers(4, 3, reset), 200)
    await limiter.acquire(2)
    limiter.release(None, None)  # the connection was cut: no headers
    assert limiter.remaining == 2
    for op in range(3, 5):
        await asyncio.wait_for(limiter.acquire(op), 1)
    assert limiter._wait_time(time.time()) != 0.0  # the third would overshoot: it waits


def test_a_changed_limit_replaces_the_old_window() -> None:
    """The server restarted with another limit (60/60s -> 3/10s): the bar must show 2/3, not
    the old window's 57."""
    limiter = _limiter()
    now = time.time()
    limiter.observe(_headers(60, 57, now + 50), 200)
    limiter.observe(_headers(3, 2, now + 8), 200)
    assert (limiter.limit, limiter.remaining) == (3, 2)
    assert limiter.state.limit == 3 and limiter.state.remaining == 2
