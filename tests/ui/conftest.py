"""Fixtures for the app tests (helpers live in app_helpers.py)."""

from __future__ import annotations

import pytest


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the keyring look absent (the fail backend), as on a headless server."""
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
