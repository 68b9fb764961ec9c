"""Fixed, aligned rate-limit windows per API key, with headers on every reply."""

from __future__ import annotations

import math

import pytest

from koji_tui.server import RateLimit, parse_rate_limit
from tests.sandboxes import Sandboxes

from .conftest import http, start


@pytest.mark.parametrize(
    ("text", "limit", "window"),
    [
        ("60/60s", 60, 60.0),
        ("20/2s", 20, 2.0),
        ("1000/1s", 1000, 1.0),
        (" 5 / 10 s ", 5, 10.0),
        ("100/1m", 100, 60.0),
        ("100/2min", 100, 120.0),
        ("3600/1h", 3600, 3600.0),
        ("5/s", 5, 1.0),
        ("7/30", 7, 30.0),
    ],
)
def test_parse_rate_limit(text: str, limit: int, window: float) -> None:
    assert parse_rate_limit(text) == RateLimit(limit, window)


@pytest.mark.parametrize("bad", ["", "60", "60/", "/60s", "a/60s", "0/60s", "60/0s", "60/500ms",
                                 "60/1.5s", "60/60x", "-1/60s"])  # fmt: skip
def test_bad_rate_limits_are_refused_clearly(bad: str) -> None:
    with pytest.raises(ValueError, match="rate limit"):
        parse_rate_limit(bad)


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


async def test_headers_on_every_reply_and_429_with_retry_after(make_sandbox: Sandboxes) -> None:
    clock = Clock(1_800_000_003.5)  # 3.5 s into a 10 s window
    async with make_sandbox(rate_limit="3/10s", clock=clock) as server, http(server) as c:
        window_end = math.floor(clock.now / 10) * 10 + 10
        seen = []
        for _ in range(3):
            reply = await c.get("/int_unknown")  # 404s count too
            assert reply.status_code == 404
            seen.append(reply.headers["x-ratelimit-remaining"])
            assert reply.headers["x-ratelimit-limit"] == "3"
            assert reply.headers["x-ratelimit-reset"] == str(window_end)
            assert "retry-after" not in reply.headers
        assert seen == ["2", "1", "0"]
        limited = await c.post("/start", json={})
        assert limited.status_code == 429
        assert limited.json() == {"error": "Rate limit exceeded: too many requests, retry later"}
        assert limited.headers["retry-after"] == "7"  # ceil(10 - 3.5)
        assert limited.headers["x-ratelimit-remaining"] == "0"
        assert server.stats.status_counts[429] == 1
        # the refused start created nothing; the next window (aligned) starts fresh
        clock.now = window_end + 0.1
        fresh = await c.post("/start", json={})
        assert fresh.status_code == 201
        assert fresh.headers["x-ratelimit-remaining"] == "2"
        assert fresh.headers["x-ratelimit-reset"] == str(window_end + 10)


async def test_retry_after_is_at_least_one_second(make_sandbox: Sandboxes) -> None:
    clock = Clock(1_800_000_009.9)
    async with make_sandbox(rate_limit="1/10s", clock=clock) as server, http(server) as c:
        assert (await c.get("/int_x")).status_code == 404
        limited = await c.get("/int_x")
    assert limited.status_code == 429
    assert limited.headers["retry-after"] == "1"


async def test_limits_are_per_key(make_sandbox: Sandboxes) -> None:
    clock = Clock(1_800_000_000.0)
    async with (
        make_sandbox(rate_limit="2/60s", clock=clock) as server,
        http(server, 0) as a,
        http(server, 1) as b,
    ):
        for _ in range(2):
            assert (await a.post("/start")).status_code == 201
        assert (await a.post("/start")).status_code == 429
        assert (await b.post("/start")).status_code == 201
        assert (await b.post("/start")).headers["x-ratelimit-remaining"] == "0"


async def test_unauthenticated_requests_have_their_own_bucket(make_sandbox: Sandboxes) -> None:
    clock = Clock(1_800_000_000.0)
    async with make_sandbox(rate_limit="2/60s", clock=clock) as server:
        async with http(server, key="pk_test_wrong") as wrong, http(server) as good:
            first = await wrong.get("/int_x")
            assert first.status_code == 401 and first.headers["x-ratelimit-remaining"] == "1"
            await wrong.get("/int_x")
            assert (await wrong.get("/int_x")).status_code == 429
            assert (await good.post("/start")).status_code == 201


async def test_real_clock_windows_are_aligned(make_sandbox: Sandboxes) -> None:
    import time

    async with make_sandbox(rate_limit="50/7s") as server, http(server) as c:
        reply = await c.post("/start")
        now = time.time()
    reset = int(reply.headers["x-ratelimit-reset"])
    assert reset % 7 == 0
    assert 0 < reset - now <= 7.5
    assert server.stats.status_counts[201] == 1


async def test_stats_count_and_reset(make_sandbox: Sandboxes) -> None:
    async with make_sandbox() as server, http(server) as c:
        started = await start(c)
        await c.get(f"/{started['interview_id']}")
        await c.get("/int_missing")
        assert server.stats.requests == 3
        assert server.stats.status_counts == {201: 1, 200: 1, 404: 1}
        server.stats.reset()
        assert server.stats.requests == 0 and not server.stats.status_counts
