"""Root test configuration: every test runs with its own KOJI_TUI_HOME and no real credentials,
and gets its sandboxes from one factory (``make_sandbox``)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.sandboxes import Sandboxes


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "koji-home"
    home.mkdir()
    monkeypatch.setenv("KOJI_TUI_HOME", str(home))
    monkeypatch.delenv("KOJI_BASE_URL", raising=False)
    monkeypatch.delenv("KOJI_API_KEY", raising=False)
    yield home


@pytest.fixture
def make_sandbox(tmp_path: Path) -> Sandboxes:
    return Sandboxes(tmp_path)


@pytest.fixture
async def sandbox(make_sandbox: Sandboxes) -> AsyncIterator[Any]:
    """A default sandbox in this test's loop."""
    async with make_sandbox() as srv:
        yield srv


@pytest.fixture
def sandbox_thread(make_sandbox: Sandboxes) -> Iterator[Any]:
    """A default sandbox in a daemon thread (its own loop), for sync tests and snapshots."""
    with make_sandbox.thread() as srv:
        yield srv
