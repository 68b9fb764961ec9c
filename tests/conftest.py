"""Root test configuration: every test runs with its own KOJI_TUI_HOME and no real credentials,
and gets its sandboxes from one factory (``make_sandbox``)."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from koji_tui.startup import YOUNG_THRESHOLD
from tests.sandboxes import Sandboxes

# Bytecode. With PYTHONDONTWRITEBYTECODE set (as it is on some machines and CI images), every
# xdist worker and every child process a test starts (the CLI, the app on a pty, the kiosk in
# tmux, the browser tests' servers) compiled koji_tui and the tests from source again: ~13 s of
# CPU per worker to collect the suite instead of ~6. The suite writes bytecode as Python does by
# default (__pycache__, ignored by git); this conftest is loaded before the workers start, so
# they and their children inherit it.
if sys.dont_write_bytecode or os.environ.get("PYTHONDONTWRITEBYTECODE"):
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False


#: The collector's young-generation threshold while the tests run (Python's default is 700):
#: the app's own (koji_tui.startup.tune_collector).
GC_YOUNG_THRESHOLD = YOUNG_THRESHOLD


def pytest_collection_finish(session: pytest.Session) -> None:
    """Garbage collection, tuned for a test process (each xdist worker collects, so this runs in
    each). After collection a worker holds every test module, Textual and our package: a few
    hundred thousand long-lived objects that each full collection walked again, and a Textual
    app allocates enough to start a young collection every few hundred objects. Freezing what
    collection built (``gc.freeze``: moved out of the collector's sight, never freed) and letting
    the young generation grow to 50,000 before a collection took the CPU of
    tests/ui/test_answers_widgets.py + test_app_failures.py (112 tests) from 104 s and 98 s to
    83 s and 81 s (two interleaved runs each, on a loaded machine). Reference cycles are still
    collected, only less often; the app runs with the same threshold (koji_tui.startup)."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_YOUNG_THRESHOLD, 20, 20)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """``-n auto`` (pyproject's addopts) starts two workers per core: a test's own process uses
    its CPU only about 37% of its wall time (the rest it waits: on the child processes it starts
    (the CLI, the app on a pty, tmux, chromium), the sandbox's replies, the journal's fsyncs;
    measured from per-test timestamps and CPU), which a second worker per core fills. On 2 cores
    the whole suite took 6:41 with 4 workers against 8:10 with 3 (one fresh clone each, the same
    load). ``PYTEST_XDIST_AUTO_NUM_WORKERS`` still decides when it is set."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, (cores or 1) * 2)


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
