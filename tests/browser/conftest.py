"""The browser tests' fixtures: one headless Chromium for the session (a tab per test), and
koji-tui served by textual-serve on a free loopback port, stopped with its apps after the test."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.browser.cdp import NO_CHROMIUM, Chromium, chromium_path

ROOT = Path(__file__).resolve().parents[2]
HOST = "127.0.0.1"


@pytest.fixture(scope="session")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Chromium]:
    binary = chromium_path()
    if binary is None:
        pytest.skip(NO_CHROMIUM)
    browser = Chromium(binary, tmp_path_factory.mktemp("chromium-profile"))
    yield browser
    browser.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def wait_listening(port: int, process: subprocess.Popen[bytes], limit: float = 60.0) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server exited"
        with socket.socket() as sock:
            if sock.connect_ex((HOST, port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError(f"nothing listens on {HOST}:{port}")


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Callable[..., str]]:
    """``serve("web", "--demo")``: runs ``koji-tui web --demo --port P`` and returns its URL."""
    pytest.importorskip("textual_serve", reason="koji-tui web needs textual-serve (optional)")
    started: list[subprocess.Popen[bytes]] = []

    def start(*words: str) -> str:
        port = free_port()
        log = (tmp_path / f"server-{len(started)}.log").open("wb")
        process = subprocess.Popen(
            [sys.executable, "-m", "koji_tui", *words, "--port", str(port)],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            start_new_session=True,
        )
        started.append(process)
        wait_listening(port, process)
        return f"http://{HOST}:{port}/"

    yield start
    for process in started:
        os.killpg(process.pid, signal.SIGINT)  # the server and the apps it started
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(10)
