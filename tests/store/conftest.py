"""Store-layer fixtures: keyring backends (the OS keyring never runs in tests)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import fail

from tests.store.keyrings import LockedKeyring, MemoryKeyring


@pytest.fixture(autouse=True)
def no_os_keyring() -> Iterator[None]:
    """Every store test starts with keyring's 'no backend' (fail) keyring, never the OS one."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def locked_keyring() -> LockedKeyring:
    backend = LockedKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
async def koji_sandbox(tmp_path: Path) -> AsyncIterator[Any]:
    """The sandbox server on 127.0.0.1 (real HTTP), with a rate limit too high to matter."""
    from koji_tui.server import ServerConfig, serve_async  # a broken server fails, never skips

    data_dir = tmp_path / "sandbox"
    data_dir.mkdir()
    async with serve_async(ServerConfig(data_dir=data_dir, rate_limit="100000/60s")) as srv:
        yield srv
