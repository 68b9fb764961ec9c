"""``koji-tui web --demo``: the app served by textual-serve on 127.0.0.1. The page is read over
HTTP and the app's screen over the page's websocket, as the browser's terminal reads it."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from koji_tui.demo.web import HOST, app_command

ROOT = Path(__file__).resolve().parents[2]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]")


def test_each_tab_runs_this_pythons_koji_tui() -> None:
    assert app_command(demo=True) == f"{sys.executable} -m koji_tui demo"
    assert app_command(demo=False).endswith("-m koji_tui")
    assert app_command(demo=True, extra=["--autopilot", "terse"]).endswith("demo --autopilot terse")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def served() -> Iterator[int]:
    pytest.importorskip("textual_serve", reason="koji-tui web needs textual-serve (optional)")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "koji_tui", "web", "--demo", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        start_new_session=True,
    )
    try:
        yield port
    finally:
        os.killpg(process.pid, signal.SIGINT)  # the server and the apps it started
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)


async def _page(port: int, limit: float = 60.0) -> str:
    import httpx

    deadline = time.monotonic() + limit
    async with httpx.AsyncClient() as client:
        while True:
            try:
                reply = await client.get(f"http://{HOST}:{port}/")
                return reply.text
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.2)


async def _screen_until(port: int, text: str, limit: float = 60.0) -> str:
    import aiohttp

    seen = ""
    async with (
        aiohttp.ClientSession() as session,
        session.ws_connect(f"http://{HOST}:{port}/ws?width=100&height=30") as ws,
    ):
        deadline = time.monotonic() + limit
        while text not in ANSI.sub("", seen) and time.monotonic() < deadline:
            try:
                message = await asyncio.wait_for(ws.receive(), 2)
            except TimeoutError:
                continue
            if message.type == aiohttp.WSMsgType.BINARY:
                seen += message.data.decode("utf-8", "replace")
            elif message.type == aiohttp.WSMsgType.TEXT:
                seen += message.data
            else:
                break
    return ANSI.sub("", seen)


async def test_the_demo_is_served_on_loopback_and_shows_the_study_list(served: int) -> None:
    page = await _page(served)
    assert f"ws://{HOST}:{served}/ws" in page and "koji-tui demo" in page
    screen = await _screen_until(served, "Acme product feedback")
    assert "Acme product feedback" in screen  # the demo's study list, drawn for the tab
    assert "demo sandbox" in screen
