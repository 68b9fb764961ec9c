"""Root test configuration: every test runs with its own KOJI_TUI_HOME and no real credentials."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "koji-home"
    home.mkdir()
    monkeypatch.setenv("KOJI_TUI_HOME", str(home))
    monkeypatch.delenv("KOJI_BASE_URL", raising=False)
    monkeypatch.delenv("KOJI_API_KEY", raising=False)
    yield home
