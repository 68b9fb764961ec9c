"""Helpers for the sandbox tests: httpx clients on a study's key (sandboxes with options come
from ``make_sandbox``, tests/conftest.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from koji_tui.api.transport import tls_context
from koji_tui.server import SandboxServer
from tests.sandboxes import Sandboxes

API = "/api/v1/interviews"


@pytest.fixture
async def srv(make_sandbox: Sandboxes) -> AsyncIterator[SandboxServer]:
    async with make_sandbox(seed=3, stream_delay=0.0) as server:
        yield server


def http(srv: SandboxServer, study: int | str = 0, key: str | None = None) -> httpx.AsyncClient:
    """A client on ``/api/v1/interviews`` with the key of a study (by index or id)."""
    study_id = srv.studies[study].id if isinstance(study, int) else study
    token = key if key is not None else srv.key(study_id)
    return httpx.AsyncClient(
        base_url=srv.base_url + API,
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
        verify=tls_context(),  # made once (a new one costs ~50 ms of CPU)
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
