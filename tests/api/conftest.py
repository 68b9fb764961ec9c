"""Fixtures for the client tests: sandboxes with custom options over real HTTP, and clients."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator
from typing import Any

import pytest

from koji_tui.api import KojiClient

from .canned import Canned, canned_server


@pytest.fixture
def srv(sandbox: Any) -> Any:
    """A default sandbox (tests/conftest.py): a rate limit high enough not to matter."""
    return sandbox


def study_key(server: Any, index: int = 0) -> str:
    study = server.studies[index]
    return server.key(study.id)


def text_study_index(server: Any) -> int:
    """Index of a study that runs in text mode (the tests send text answers)."""
    for i, study in enumerate(server.studies):
        modes = getattr(study, "modes", None) or [getattr(study, "mode", "text")]
        if "text" in [str(m) for m in modes]:
            return i
    return 0


def new_client(server: Any, index: int | None = None, **kw: Any) -> KojiClient:
    kw.setdefault("backoff_base", 0.02)
    kw.setdefault("reconcile_interval", 0.2)
    i = text_study_index(server) if index is None else index
    return KojiClient(server.base_url, study_key(server, i), **kw)


@pytest.fixture
async def canned() -> AsyncIterator[Canned]:
    """A programmable server (tests/api/canned.py) for replies the sandbox never gives."""
    async with canned_server() as server:
        yield server


def canned_client(canned: Canned, key: str, **kw: Any) -> KojiClient:
    """A client of ``canned`` with short backoff and reconcile waits (tests never sleep long)."""
    kw.setdefault("backoff_base", 0.01)
    kw.setdefault("reconcile_interval", 0.01)
    return KojiClient(canned.base_url, key, **kw)


@pytest.fixture
async def client(srv: Any) -> AsyncIterator[KojiClient]:
    async with new_client(srv) as c:
        yield c


async def call_maybe_async(value: Any) -> None:
    """Await ``value`` when the sandbox method returned an awaitable (sync or async stop/restart)."""
    if inspect.isawaitable(value):
        await value


async def stop_server(server: Any) -> None:
    await call_maybe_async(server.stop())


async def restart_server(server: Any) -> None:
    """Restart and wait until the port accepts connections again."""
    await call_maybe_async(server.restart())
    host, port = server.base_url.rsplit("/", 1)[-1].rsplit(":", 1)
    for _ in range(500):
        try:
            _, writer = await asyncio.open_connection(host, int(port))
        except OSError:
            await asyncio.sleep(0.01)
            continue
        writer.close()
        await writer.wait_closed()
        return
    raise AssertionError("the sandbox did not come back")


async def occurrences(client: KojiClient, interview_id: str, text: str) -> int:
    """How many times ``text`` was recorded as a participant message."""
    interview = await client.get_interview(interview_id)
    return sum(1 for m in interview.messages if m.role == "user" and m.content == text)
