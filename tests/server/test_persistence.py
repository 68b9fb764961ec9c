"""Interviews survive restarts; stop() really takes the server down; restart() comes back."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import httpx
import pytest

from koji_tui.server import SandboxServer, ServerConfig, serve_async, serve_in_thread
from tests.sandboxes import Sandboxes

from .conftest import API, http, say, start


async def test_a_new_server_on_the_same_data_dir_knows_the_interviews(tmp_path: Path) -> None:
    data = tmp_path / "data"
    async with serve_async(ServerConfig(data_dir=data)) as first, http(first) as c:
        started = await start(c, respondent={"display_name": "Jane"})
        await say(c, started, "We use it for all of our client invoices.")
        await say(c, started, "2")
        before = (await c.get(f"/{started['interview_id']}")).json()
    assert (data / "sandbox.sqlite3").is_file()

    async with serve_async(ServerConfig(data_dir=data)) as second, http(second) as c:
        assert second.port != 0
        after = (await c.get(f"/{started['interview_id']}")).json()
        assert after == before
        # the interviewer carries on where it was (the multiple-choice question is next)
        reply = await say(c, started, "1, 3")
        assert "rank" in reply.json()["message"]["content"]
        assert reply.json()["turn_count"] == 7
        wrong = await c.post(
            f"/{started['interview_id']}/message",
            json={"message": "x"},
            headers={"X-Session-Token": "stk_other"},
        )
        assert wrong.status_code == 403  # the session token was kept too


async def test_stop_and_restart_same_port_same_data(make_sandbox: Sandboxes) -> None:
    async with make_sandbox() as server:
        async with http(server) as c:
            port = server.port
            started = await start(c)
            iid = started["interview_id"]
            stopped = server.stop()
            assert not server.running
            with pytest.raises(httpx.TransportError):
                await c.get(f"/{iid}")
            with pytest.raises(httpx.ConnectError):
                await c.get(f"/{iid}")
            await stopped  # optional: wait until uvicorn has wound down
            await server.restart()
            assert server.running and server.port == port
            assert (await c.get(f"/{iid}")).json()["turn_count"] == 1
            reply = await say(c, started, "Back again with a longer answer here.")
            assert reply.status_code == 200
        # stop/restart again without waiting, several times (a fresh client each time: a
        # connection kept alive across a restart is dead, as with any real server)
        for _ in range(3):
            server.stop()
            server.restart()
            async with http(server) as fresh:
                assert (await fresh.get(f"/{iid}")).json()["turn_count"] == 3


async def test_stop_cuts_requests_in_flight(make_sandbox: Sandboxes) -> None:
    from koji_tui.server import Fault

    async with make_sandbox() as server, http(server) as c:
        started = await start(c)
        server.faults.enqueue(Fault("delay", endpoint="get", seconds=5))
        pending = asyncio.ensure_future(c.get(f"/{started['interview_id']}"))
        await asyncio.sleep(0.2)
        server.stop()
        with pytest.raises(httpx.TransportError):
            await asyncio.wait_for(pending, 2)
        server.restart()
        assert (await c.get(f"/{started['interview_id']}")).status_code == 200


async def test_restart_while_running_and_stop_twice(make_sandbox: Sandboxes) -> None:
    async with make_sandbox() as server, http(server) as c:
        started = await start(c)
        await server.restart()  # restart from running: stop + start
        assert (await c.get(f"/{started['interview_id']}")).status_code == 200
        server.stop()
        await server.stop()  # a second stop is harmless
        assert not server.running


def test_threaded_server_stop_restart(tmp_path: Path) -> None:
    with serve_in_thread(ServerConfig(data_dir=tmp_path / "d")) as server:
        key = server.key(server.studies[0].id)
        headers = {"Authorization": f"Bearer {key}"}
        with httpx.Client(base_url=server.base_url + API, headers=headers) as c:
            iid = c.post("/start").json()["interview_id"]
            port = server.port
            assert server.stop() is None  # blocking in thread mode
            with pytest.raises(httpx.TransportError):
                c.get(f"/{iid}")
            with pytest.raises(httpx.ConnectError):
                c.get(f"/{iid}")
            assert server.restart() is None
            assert server.port == port
            assert c.get(f"/{iid}").status_code == 200
    # the context exit stopped everything: the port is free again
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"http://127.0.0.1:{port}/")


def test_threaded_server_exits_quickly_with_a_slow_request(tmp_path: Path) -> None:
    import threading
    import time

    from koji_tui.server import Fault

    with serve_in_thread(ServerConfig(data_dir=tmp_path / "d")) as server:
        key = server.key(server.studies[0].id)
        server.faults.enqueue(Fault("delay", seconds=30))
        errors: list[BaseException] = []

        def slow() -> None:
            try:
                httpx.get(
                    f"{server.base_url}{API}/int_x", headers={"Authorization": f"Bearer {key}"}
                )
            except BaseException as exc:
                errors.append(exc)

        thread = threading.Thread(target=slow)
        thread.start()
        time.sleep(0.3)
        begun = time.monotonic()
    assert time.monotonic() - begun < 5
    thread.join(5)
    assert errors and isinstance(errors[0], httpx.TransportError)


def test_database_is_plain_sqlite(sandbox_thread: SandboxServer) -> None:
    key = sandbox_thread.key(sandbox_thread.studies[0].id)
    reply = httpx.post(
        f"{sandbox_thread.base_url}{API}/start",
        json={"respondent": {"display_name": "Jane"}},
        headers={"Authorization": f"Bearer {key}"},
    )
    iid = reply.json()["interview_id"]
    db = sandbox_thread.config.resolved_data_dir() / "sandbox.sqlite3"
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT id, status FROM interviews").fetchall()
        messages = conn.execute("SELECT COUNT(*) FROM messages WHERE interview_id = ?", (iid,))
        count = messages.fetchone()[0]
    assert rows == [(iid, "active")] and count == 1


async def test_default_data_dir_is_under_koji_tui_home(isolated_home: Path) -> None:
    async with serve_async(ServerConfig()) as server, http(server) as c:
        await start(c)
    assert (isolated_home / "data" / "sandbox.sqlite3").is_file()
