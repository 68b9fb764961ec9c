"""Store-layer fixtures: keyring backends (the OS keyring never runs in tests)."""

from __future__ import annotations

from collections.abc import Iterator
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
def koji_sandbox(sandbox: Any) -> Any:
    """The sandbox server on 127.0.0.1 (real HTTP): the default one of tests/conftest.py."""
    return sandbox
