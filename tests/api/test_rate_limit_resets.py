"""Absurd ``X-RateLimit-Reset`` values from a server (real HTTP on 127.0.0.1, injected clock):
negative, past, non-numeric, missing with remaining 0, the year 3000. The client waits a
bounded, visible time (Retry-After or the documented 60 s window), then tries again."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from koji_tui.api import KojiClient
from koji_tui.api.ratelimit import FALLBACK_WINDOW
from tests.fake_clock import FakeClock

from .canned import Canned

KEY = "pk_test_resets00000000000000000000000"
YEAR_3000 = "32503680000"
INTERVIEW = {"interview_id": "int_1", "messages": []}


def client_with(canned: Canned, clock: FakeClock) -> KojiClient:
    """A client whose rate-limit waits pass on ``clock`` (no real waiting)."""
    return KojiClient(
        canned.base_url,
        KEY,
        backoff_base=0.01,
        max_rate_limit_wait=120.0,
        clock=clock.time,
        sleep=clock.sleep,
    )


def first_exhausted(clock: FakeClock, headers: dict[str, str], status: int = 200) -> Any:
    """The first reply spends the budget with ``headers``; later ones are normal."""
    calls = 0

    def handler(request: Request, body: Any) -> Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            return JSONResponse(INTERVIEW, status_code=status, headers=headers)
        normal = {
            "X-RateLimit-Limit": "60",
            "X-RateLimit-Remaining": "58",
            "X-RateLimit-Reset": str(int(clock.time() + 30)),
        }
        return JSONResponse(INTERVIEW, headers=normal)

    return handler


def spent(reset: str | None) -> dict[str, str]:
    headers = {"X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0"}
    if reset is not None:
        headers["X-RateLimit-Reset"] = reset
    return headers


@pytest.mark.parametrize(
    "reset",
    ["-5", "past", "soon", None, YEAR_3000],
    ids=["negative", "past", "non-numeric", "missing", "year-3000"],
)
async def test_an_absurd_reset_waits_the_documented_window_then_tries(
    canned: Canned, reset: str | None
) -> None:
    clock = FakeClock()
    value = str(int(clock.time() - 100)) if reset == "past" else reset
    canned.on("GET", "/int_1", first_exhausted(clock, spent(value)))
    waits: list[tuple[str, float | None]] = []
    async with client_with(canned, clock) as client:
        client.activity.subscribe(
            lambda a: waits.append((a.detail, None if a.until is None else a.until - clock.time()))
        )
        await client.get_interview("int_1")
        t0 = clock.time()
        shown_reset = client.rate_limit.reset_at  # the status bar's reset: the fallback's
        await asyncio.wait_for(client.get_interview("int_1"), 2)  # never hangs
        waited = clock.time() - t0
    assert len(canned.seen) == 2  # it tried again (not refused for "30707571020 s")
    assert FALLBACK_WINDOW <= waited <= FALLBACK_WINDOW + 1
    left = [seconds for detail, seconds in waits if seconds is not None]
    assert left and FALLBACK_WINDOW - 1 <= left[0] <= FALLBACK_WINDOW + 1  # seconds left shown
    assert any("no plausible reset time" in detail for detail, _ in waits)
    assert shown_reset is not None and abs(shown_reset - (t0 + FALLBACK_WINDOW)) < 1


async def test_a_plausible_retry_after_is_used_instead(canned: Canned) -> None:
    clock = FakeClock()
    headers = {**spent(YEAR_3000), "Retry-After": "7"}
    canned.on("GET", "/int_1", first_exhausted(clock, headers))
    async with client_with(canned, clock) as client:
        await client.get_interview("int_1")
        t0 = clock.time()
        await asyncio.wait_for(client.get_interview("int_1"), 2)
    assert 7 <= clock.time() - t0 <= 8


@pytest.mark.parametrize("retry_after", ["Fri, 01 Jan 3000 00:00:00 GMT", "99999999"])
async def test_a_429_with_absurd_times_is_waited_out_boundedly(
    canned: Canned, retry_after: str
) -> None:
    clock = FakeClock()
    headers = {**spent(YEAR_3000), "Retry-After": retry_after}
    canned.on("GET", "/int_1", first_exhausted(clock, headers, status=429))
    async with client_with(canned, clock) as client:
        t0 = clock.time()
        interview = await asyncio.wait_for(client.get_interview("int_1"), 2)
    assert interview.interview_id == "int_1"
    assert len(canned.seen) == 2
    assert FALLBACK_WINDOW <= clock.time() - t0 <= FALLBACK_WINDOW + 1


async def test_a_sane_reset_is_still_believed(canned: Canned) -> None:
    clock = FakeClock()
    canned.on("GET", "/int_1", first_exhausted(clock, spent(str(int(clock.time() + 12)))))
    async with client_with(canned, clock) as client:
        await client.get_interview("int_1")
        t0 = clock.time()
        await asyncio.wait_for(client.get_interview("int_1"), 2)
    assert 10 <= clock.time() - t0 <= 13
