"""Root test configuration: every test runs with its own KOJI_TUI_HOME and no real credentials."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "koji-home"
    home.mkdir()
    monkeypatch.setenv("KOJI_TUI_HOME", str(home))
    monkeypatch.delenv("KOJI_BASE_URL", raising=False)
    monkeypatch.delenv("KOJI_API_KEY", raising=False)
    yield home


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[Any]:
    """The sandbox server (uvicorn in this test's loop) on 127.0.0.1, with its own data dir.

    Rate limit too high to matter; use ``ServerConfig``/``serve_async`` directly for others.
    """
    from koji_tui.server import ServerConfig, serve_async

    async with serve_async(
        ServerConfig(data_dir=tmp_path / "sandbox-data", rate_limit="100000/60s")
    ) as srv:
        yield srv


@pytest.fixture
def sandbox_thread(tmp_path: Path) -> Iterator[Any]:
    """The sandbox server in a daemon thread (its own loop), for sync tests and snapshots."""
    from koji_tui.server import ServerConfig, serve_in_thread

    with serve_in_thread(
        ServerConfig(data_dir=tmp_path / "sandbox-data", rate_limit="100000/60s")
    ) as srv:
        yield srv
