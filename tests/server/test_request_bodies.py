"""Request bodies the sandbox must refuse cleanly: non-finite numbers (400) and bodies that never
arrive (408, connection closed), the latter over a raw socket on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from pathlib import Path

import pytest

from koji_tui.server import SandboxServer, ServerConfig
from tests.sandboxes import Sandboxes

from .conftest import API, http, start


@pytest.mark.parametrize(
    "raw",
    [
        b'{"respondent": {"metadata": {"score": NaN}}}',
        b'{"respondent": {"metadata": {"score": Infinity}}}',
        b'{"respondent": {"metadata": {"score": -Infinity}}}',
        b'{"respondent": {"metadata": {"score": 1e999}}}',
        b'{"respondent": {"metadata": {"ok": 1}}, "extra": [1, 2, {"deep": NaN}]}',
    ],
)
async def test_non_finite_numbers_in_start_bodies_are_400(srv: SandboxServer, raw: bytes) -> None:
    async with http(srv) as c:
        reply = await c.post("/start", content=raw, headers={"Content-Type": "application/json"})
        assert reply.status_code == 400
        assert "not finite" in reply.json()["error"]
        assert srv.stats.status_counts[201] == 0  # nothing was stored


async def test_non_finite_numbers_in_message_and_complete_bodies_are_400(
    srv: SandboxServer,
) -> None:
    async with http(srv) as c:
        started = await start(c, respondent={"metadata": {"score": 1.5}})
        iid = started["interview_id"]
        token = {"X-Session-Token": started["session_token"]}
        for path, raw in (
            (f"/{iid}/message", b'{"message": "hello there", "weight": NaN}'),
            (f"/{iid}/complete", b'{"reason": "natural", "feedback": {"stars": Infinity}}'),
        ):
            reply = await c.post(path, content=raw, headers=token)
            assert reply.status_code == 400, path
            assert "not finite" in reply.json()["error"]
        got = await c.get(f"/{iid}")
        # what was stored is served as strict JSON (no NaN/Infinity tokens)
        strict = json.loads(got.content, parse_constant=lambda name: pytest.fail(name))
        assert strict["respondent"]["metadata"] == {"score": 1.5}
        assert strict["turn_count"] == 1 and strict["status"] == "active"


async def _raw_exchange(port: int, request: bytes, wait: float) -> tuple[bytes, float, bool]:
    """Send ``request``, read until the server closes; (reply, seconds, closed by server)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    begun = time.monotonic()
    writer.write(request)
    await writer.drain()
    data = b""
    closed = False
    try:
        async with asyncio.timeout(wait):
            while chunk := await reader.read(65536):
                data += chunk
            closed = True
    except TimeoutError:
        pass
    finally:
        writer.close()
    return data, time.monotonic() - begun, closed


def _request(srv: SandboxServer, declared: int, body: bytes, path: str = "/start") -> bytes:
    head = (
        f"POST {API}{path} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {srv.key(srv.studies[0].id)}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {declared}\r\n\r\n"
    )
    return head.encode() + body


async def test_a_body_shorter_than_its_content_length_gets_408_and_a_closed_connection(
    make_sandbox: Sandboxes,
) -> None:
    async with make_sandbox(body_timeout=0.3) as srv:
        reply, seconds, closed = await _raw_exchange(
            srv.port, _request(srv, 100, b'{"respondent"'), wait=5
        )
        assert reply.startswith(b"HTTP/1.1 408 "), reply[:80]
        assert closed, "the server kept the connection open"
        assert 0.25 <= seconds < 3
        head, _, body = reply.partition(b"\r\n\r\n")
        assert b"connection: close" in head.lower()
        assert b"x-ratelimit-limit" in head.lower()
        assert "did not arrive within 0.3 s" in json.loads(body)["error"]
        assert srv.stats.status_counts[408] == 1
        # a GET that announces a body it never sends is cut the same way
        get = (
            f"GET {API}/int_x HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            f"Authorization: Bearer {srv.key(srv.studies[0].id)}\r\nContent-Length: 10\r\n\r\n"
        ).encode()
        reply, _seconds, closed = await _raw_exchange(srv.port, get, wait=5)
        assert reply.startswith(b"HTTP/1.1 408 ") and closed
        # a complete body on a fresh connection is served normally
        whole = _request(srv, 2, b"{}")
        reply, _seconds, _closed = await _raw_exchange(srv.port, whole, wait=0.5)
        assert reply.startswith(b"HTTP/1.1 201 ")


async def test_a_body_that_comes_in_parts_within_the_timeout_is_read_whole(
    make_sandbox: Sandboxes,
) -> None:
    body = json.dumps({"respondent": {"display_name": "Ana Parts"}}).encode()
    async with make_sandbox(body_timeout=2.0) as srv:
        reader, writer = await asyncio.open_connection("127.0.0.1", srv.port)
        try:
            writer.write(_request(srv, len(body), body[:7]))  # the head and a first part
            await writer.drain()
            for part in (body[7:20], body[20:]):
                await asyncio.sleep(0.15)  # the server has to wait for each of them
                writer.write(part)
                await writer.drain()
            async with asyncio.timeout(5):
                head = await reader.readuntil(b"\r\n\r\n")
                length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length:"))  # fmt: skip
                reply = json.loads(await reader.readexactly(length))
        finally:
            writer.close()
        assert head.startswith(b"HTTP/1.1 201 "), head[:80]
        assert "Ana Parts" in reply["initial_message"]


async def test_many_stalled_bodies_are_all_released(make_sandbox: Sandboxes) -> None:
    async with make_sandbox(body_timeout=0.3) as srv:
        request = _request(srv, 1000, b"{")
        results = await asyncio.gather(
            *(_raw_exchange(srv.port, request, wait=5) for _ in range(40))
        )
        assert all(r.startswith(b"HTTP/1.1 408 ") and closed for r, _s, closed in results)
        assert max(s for _r, s, _c in results) < 3


def test_body_timeout_must_be_positive_and_finite() -> None:
    for bad in (0.0, -1.0, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="body_timeout"):
            ServerConfig(body_timeout=bad)
    assert ServerConfig().body_timeout == 5.0


async def test_a_long_answer_is_stored_and_read_back_whole(srv: SandboxServer) -> None:
    """Bodies over INLINE_BODY_LIMIT do their SQLite work in a worker thread: same results."""
    from koji_tui.server.bodies import INLINE_BODY_LIMIT

    long_answer = "We send invoices every week. " * (2 * INLINE_BODY_LIMIT // 29)
    assert len(long_answer.encode()) > INLINE_BODY_LIMIT
    async with http(srv) as c:
        started = await start(c)
        token = {"X-Session-Token": started["session_token"]}
        iid = started["interview_id"]
        replies = await asyncio.gather(
            c.post(f"/{iid}/message", json={"message": long_answer}, headers=token),
            c.get(f"/{iid}"),
        )
        assert [r.status_code for r in replies] == [200, 200]
        got = (await c.get(f"/{iid}")).json()
    assert got["turn_count"] == 3
    assert got["messages"][1] == {**got["messages"][1], "role": "user", "content": long_answer}


async def test_a_nan_stored_by_an_older_sandbox_is_served_as_null(
    make_sandbox: Sandboxes, tmp_path: Path
) -> None:
    data = tmp_path / "old-data"
    async with make_sandbox(data_dir=data) as srv, http(srv) as c:
        iid = (await start(c, respondent={"metadata": {"score": 1.5, "seats": 3}}))["interview_id"]
        with sqlite3.connect(data / "sandbox.sqlite3") as db:  # what the old sandbox kept
            db.execute(
                "UPDATE interviews SET respondent = ? WHERE id = ?",
                ('{"external_id": null, "display_name": null, '
                 '"metadata": {"score": NaN, "seats": 3, "big": -Infinity}}', iid),
            )  # fmt: skip
        got = await c.get(f"/{iid}")
    assert got.status_code == 200
    strict = json.loads(got.content, parse_constant=lambda name: pytest.fail(name))
    assert strict["respondent"]["metadata"] == {"score": None, "seats": 3, "big": None}
