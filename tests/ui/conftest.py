"""Fixtures for the app tests (helpers live in app_helpers.py)."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from app_helpers import server_module


@pytest.fixture(autouse=True)
def steady_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The text cursor does not blink in tests: a focused field always shows it.

    A blink is a 0.5 s timer, so on a loaded machine a snapshot caught the cursor on or
    off by chance (a flaky snapshot of the live interview)."""
    from textual.widgets import TextArea

    monkeypatch.setattr(TextArea, "_toggle_cursor_blink_visible", lambda self: None)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the keyring look absent (the fail backend), as on a headless server."""
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())


@pytest.fixture
async def sandbox(tmp_path: Path) -> AsyncIterator[Any]:
    """The sandbox on 127.0.0.1 (real HTTP) in this test's loop; rate limit too high to matter."""
    server = server_module()
    config = server.ServerConfig(data_dir=tmp_path / "sandbox", rate_limit="100000/60s")
    async with server.serve_async(config) as srv:
        yield srv


@pytest.fixture
def seeded_sandbox(tmp_path: Path) -> Iterator[Any]:
    """A sandbox in a thread (snapshots run the app in their own loop): fixed ids and clock."""
    from app_helpers import fixed_clock

    server = server_module()
    config = server.ServerConfig(
        data_dir=tmp_path / "sandbox", seed=7, clock=fixed_clock, rate_limit="100000/60s"
    )
    with server.serve_in_thread(config) as srv:
        yield srv


@pytest.fixture
def make_sandbox(tmp_path: Path) -> Callable[..., AbstractAsyncContextManager[Any]]:
    """``async with make_sandbox(rate_limit="3/4s") as srv:`` — a sandbox with other options."""
    server = server_module()
    counter = itertools.count()

    @asynccontextmanager
    async def make(**options: Any) -> AsyncIterator[Any]:
        options.setdefault("rate_limit", "100000/60s")
        options.setdefault("data_dir", tmp_path / f"sandbox-{next(counter)}")
        async with server.serve_async(server.ServerConfig(**options)) as srv:
            yield srv

    return make
