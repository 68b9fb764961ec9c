"""``koji-tui serve`` as a real process: prints the URL and keys, serves, stops on Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from koji_tui.server import study_api_key

from .conftest import API


def _serve(*args: str, home: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "KOJI_TUI_HOME": str(home), "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "koji_tui", "serve", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _read_until_ready(proc: subprocess.Popen[str]) -> list[str]:
    assert proc.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line.rstrip("\n"))
        if line.startswith("Press Ctrl-C"):
            return lines
    proc.kill()
    raise AssertionError(
        f"serve did not start: {lines} {proc.stderr.read() if proc.stderr else ''}"
    )


def test_serve_prints_url_and_keys_serves_and_stops(tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = _serve("--data-dir", str(data), "--rate-limit", "5/60s", home=tmp_path)
    try:
        lines = _read_until_ready(proc)
        match = re.search(r"listening on (http://127\.0\.0\.1:(\d+))", lines[0])
        assert match, lines
        base_url = match.group(1)
        key = study_api_key("acme-product-feedback")
        assert f"      key: {key}" in lines
        assert any("Remote work tools [remote-work-tools] (text, en/fr/de)" in x for x in lines)
        assert any("5/60s" in x for x in lines)
        reply = httpx.post(f"{base_url}{API}/start", headers={"Authorization": f"Bearer {key}"})
        assert reply.status_code == 201
        assert reply.headers["x-ratelimit-limit"] == "5"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, err = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert proc.returncode == 0, err
    assert "koji-tui sandbox stopped." in out
    assert (data / "sandbox.sqlite3").is_file()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--rate-limit", "lots"], "is not of the form N/Ws"),
        (["--fail-500", "2"], "not between 0 and 1"),
        (["--latency", "-1"], "must not be negative"),
        (["--studies", "/nonexistent/studies"], "bad study file"),
        (["--key", "pk_x"], "is not of the form KEY=STUDY[:PERMS]"),
        (["--key", "pk_x=no-such-study"], "unknown study"),
        (["--key", "pk_x=acme-product-feedback:fly"], "unknown permissions: interview:fly"),
        (
            ["--key", "pk_x=acme-product-feedback", "--key", "pk_x=remote-work-tools:read"],
            "extra key 'pk_x' is given more than once",
        ),
        (
            ["--key", f"{study_api_key('acme-product-feedback')}=remote-work-tools:read"],
            "is the built-in key of study 'acme-product-feedback'",
        ),
        (["--key", "pk_x=acme-product-feedback:"], "empty permission list"),
        (["--key", "pk_x=acme-product-feedback: , "], "empty permission list"),
        (["--latency", "inf"], "is not a finite number of seconds"),
        (["--latency", "nan"], "is not a finite number of seconds"),
        (["--latency", "1e9"], "is more than 60 seconds"),
        (["--latency", "60.5"], "is more than 60 seconds"),
    ],
)
def test_serve_refuses_bad_options_clearly(
    args: list[str], needle: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """In this process (``koji_tui.cli.main``, as ``python -m koji_tui`` calls it); the next
    test runs one of these as a real process."""
    code, err = _serve_here(*args, capsys=capsys)
    assert code == 2
    assert needle in err
    assert "Traceback" not in err


def test_serve_refuses_a_bad_option_as_a_process_with_exit_code_2(tmp_path: Path) -> None:
    proc = _serve("--key", "pk_x=acme-product-feedback:fly", home=tmp_path)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 2
    assert "unknown permissions: interview:fly" in err
    assert "Traceback" not in err


def _serve_here(*args: str, capsys: pytest.CaptureFixture[str]) -> tuple[object, str]:
    """``koji-tui serve --port 0 *args`` in a thread of this process: (exit code, stderr). An
    option that is not refused would serve forever: that fails after 30 s."""
    import threading

    from koji_tui.cli import main

    result: list[object] = []

    def run() -> None:
        try:
            result.append(main(["serve", "--port", "0", *args]))
        except SystemExit as exit:
            result.append(exit.code)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(30)
    assert result, f"serve {args} was not refused"
    return result[0], capsys.readouterr().err


def test_serve_reports_a_busy_port(tmp_path: Path) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        env = {**os.environ, "KOJI_TUI_HOME": str(tmp_path)}
        proc = subprocess.run(
            [sys.executable, "-m", "koji_tui", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            env=env,
            timeout=30,
        )
    assert proc.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_serve_reports_an_unusable_data_dir(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    proc = _serve("--data-dir", str(blocker / "data"), home=tmp_path)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 1
    assert "cannot open the sandbox data in" in err
    assert "Traceback" not in err


def test_serve_adds_keys_with_limited_permissions(tmp_path: Path) -> None:
    proc = _serve(
        "--data-dir",
        str(tmp_path / "data"),
        "--key",
        "pk_test_readonly=acme-product-feedback:read",
        "--key",
        "pk_test_runner=remote-work-tools:start,chat",
        home=tmp_path,
    )
    try:
        lines = _read_until_ready(proc)
        extra = [line.strip() for line in lines if "-> " in line]
        assert extra == [
            "key: pk_test_readonly -> Acme product feedback [acme-product-feedback] (read)",
            "key: pk_test_runner -> Remote work tools [remote-work-tools] (start, chat)",
        ], lines
        match = re.search(r"listening on (http://127\.0\.0\.1:\d+)", lines[0])
        assert match, lines
        base = match.group(1) + API
        full = {"Authorization": f"Bearer {study_api_key('acme-product-feedback')}"}
        started = httpx.post(f"{base}/start", headers=full).json()
        read_only = {"Authorization": "Bearer pk_test_readonly"}
        assert httpx.post(f"{base}/start", headers=read_only).status_code == 403
        reply = httpx.get(f"{base}/{started['interview_id']}", headers=read_only)
        assert reply.status_code == 200
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=15)


def test_config_refuses_bad_extra_keys_and_latency(tmp_path: Path) -> None:
    """The same rules hold for ServerConfig users (tests, embedding), not only the CLI."""
    from koji_tui.server.app import Sandbox
    from koji_tui.server.config import FaultConfig, ServerConfig

    for latency in (float("inf"), float("nan"), 61.0):
        with pytest.raises(ValueError, match="latency"):
            FaultConfig(latency=latency)
    assert FaultConfig(latency=60.0).latency == 60.0
    cases = [
        ([{"key": "k", "study_id": "acme-product-feedback", "permissions": []}], "empty"),
        (
            [
                {"key": "k", "study_id": "acme-product-feedback"},
                {"key": "k", "study_id": "remote-work-tools"},
            ],
            "more than once",
        ),
        (
            [{"key": study_api_key("remote-work-tools"), "study_id": "remote-work-tools"}],
            "built-in",
        ),
    ]
    for extra_keys, needle in cases:
        with pytest.raises(ValueError, match=needle):
            Sandbox(ServerConfig(data_dir=tmp_path / "d", extra_keys=extra_keys))
