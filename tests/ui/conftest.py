"""Fixtures for the app tests (helpers live in app_helpers.py; ``sandbox``, ``make_sandbox``
and ``sandbox_thread`` come from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from app_helpers import fixed_clock

from tests.sandboxes import Sandboxes


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
def seeded_sandbox(make_sandbox: Sandboxes) -> Iterator[Any]:
    """A sandbox in a thread (snapshots run the app in their own loop): fixed ids and clock."""
    with make_sandbox.thread(seed=7, clock=fixed_clock) as srv:
        yield srv
