"""Helpers for the sandbox tests: servers with options, and httpx clients on a study's key."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest

from koji_tui.server import SandboxServer, ServerConfig, serve_async

API = "/api/v1/interviews"
Factory = Callable[..., AbstractAsyncContextManager[SandboxServer]]


@pytest.fixture
def make_server(tmp_path: Path) -> Factory:
    """``async with make_server(rate_limit="3/1s") as srv:`` — a sandbox with ServerConfig options."""
    counter = itertools.count()

    @asynccontextmanager
    async def make(**options: Any) -> AsyncIterator[SandboxServer]:
        options.setdefault("rate_limit", "100000/60s")
        options.setdefault("data_dir", tmp_path / f"server-{next(counter)}")
        async with serve_async(ServerConfig(**options)) as srv:
            yield srv

    return make


@pytest.fixture
async def srv(make_server: Factory) -> AsyncIterator[SandboxServer]:
    async with make_server(seed=3, stream_delay=0.0) as server:
        yield server


def http(srv: SandboxServer, study: int | str = 0, key: str | None = None) -> httpx.AsyncClient:
    """A client on ``/api/v1/interviews`` with the key of a study (by index or id)."""
    study_id = srv.studies[study].id if isinstance(study, int) else study
    token = key if key is not None else srv.key(study_id)
    return httpx.AsyncClient(
        base_url=srv.base_url + API,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )


async def start(client: httpx.AsyncClient, **body: Any) -> dict[str, Any]:
    reply = await client.post("/start", json=body)
    assert reply.status_code == 201, reply.text
    return reply.json()


async def say(
    client: httpx.AsyncClient, started: dict[str, Any], text: str, **kw: Any
) -> httpx.Response:
    return await client.post(
        f"/{started['interview_id']}/message",
        json={"message": text},
        headers={"X-Session-Token": started["session_token"]},
        **kw,
    )
