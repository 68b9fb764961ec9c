"""The commands as a user runs them: roster import/list, results, study refresh (Ctrl-C and
the same command again), study export, journal merge; against the sandbox over HTTP."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from koji_tui import paths
from koji_tui.cli import main
from koji_tui.server import ServerConfig, serve_in_thread
from tests.ops.helpers import STUDY_ID, seed_journal
from tests.results.seed import Plan, run_interview

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def env_study(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, object]]:
    """A sandbox (in a thread) as the env study, and that study's name."""
    from koji_tui.config import env_study as read_env

    with serve_in_thread(
        ServerConfig(data_dir=tmp_path / "sandbox", rate_limit="100000/60s", stream_delay=0)
    ) as srv:
        monkeypatch.setenv("KOJI_BASE_URL", srv.base_url)
        monkeypatch.setenv("KOJI_API_KEY", srv.key(STUDY_ID))
        study = read_env()
        assert study is not None
        yield study.name, srv


def _journal() -> Path:
    return paths.data_dir() / "journal.sqlite3"


def _run_interviews(srv: object, name: str, plans: list[Plan]) -> None:
    from koji_tui.api import KojiClient
    from koji_tui.journal import Journal

    async def go() -> None:
        async with KojiClient(srv.base_url, srv.key(STUDY_ID)) as client:  # type: ignore[attr-defined]
            with Journal(_journal()) as journal:
                for plan in plans:
                    await run_interview(client, journal, name, plan)

    asyncio.run(go())


def test_roster_results_refresh_export_and_merge(
    env_study: tuple[str, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, srv = env_study
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(
        "external_id;display_name;locale\nr1;Ana;en\nr1;Ana again;en\n;;\nr2;Ben;zz\nr3;Cleo;en\n",
        encoding="utf-8",
    )
    assert main(["roster", "import", name.upper(), str(csv_file)]) == 0  # any case
    out = capsys.readouterr().out
    assert "row 3: duplicate external_id 'r1' (first on row 2)" in out
    assert "row 5: unknown locale 'zz'" in out
    assert (
        "4 rows read (utf-8, semicolon-separated): 2 added, 0 updated, 0 unchanged, 2 skipped."
        in out
    )
    _run_interviews(srv, name, [Plan(respondent={"external_id": "r1", "display_name": "Ana"}),
                                Plan(stop_after=1, reason=None)])  # fmt: skip
    assert main(["roster", "list", name]) == 0
    out = capsys.readouterr().out
    assert "completed" in out and "not started" in out and "Cleo" in out
    assert main(["results", name, "--width", "100"]) == 0
    out = capsys.readouterr().out
    assert "Results · " in out and "── report threshold 3" in out and "NPS +100" in out
    assert main(["study", "refresh", name]) == 0
    captured = capsys.readouterr()
    assert "2 of 2 done" in captured.out and "0 × 429" in captured.out
    folder = tmp_path / "out"
    assert main(["study", "export", name, "--format", "csv", "-o", str(folder)]) == 0
    assert "Exported 2 interviews" in capsys.readouterr().out
    assert len(list(folder.glob("*.csv"))) == 1
    assert main(["study", "export", name, "-f", "md", "-o", str(folder)]) == 0
    assert len(list(folder.glob("*.md"))) == 2
    other = tmp_path / "station-b.sqlite3"
    from koji_tui.journal import Journal

    Journal(other).close()
    assert main(["journal", "merge", str(other)]) == 0
    assert "0 added" in capsys.readouterr().out
    assert main(["results", "no such study"]) == 1
    assert "No study named 'no such study'" in capsys.readouterr().err


def _done(journal: Path) -> int:
    try:
        with sqlite3.connect(journal) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM study_op_items").fetchone()[0])
    except sqlite3.Error:
        return 0


def test_ctrl_c_then_the_same_command_continues(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real process, a real SIGINT: it stops after what is in flight, says so, and the same
    command does the rest; the server saw each interview fetched once."""
    from koji_tui.config import env_study as read_env

    data = tmp_path / "sandbox"
    n = 12
    with serve_in_thread(ServerConfig(data_dir=data, rate_limit="100000/60s")) as fast:
        port, key, base = fast.port, fast.key(STUDY_ID), fast.base_url
        monkeypatch.setenv("KOJI_BASE_URL", base)
        monkeypatch.setenv("KOJI_API_KEY", key)
        study = read_env()
        assert study is not None
        asyncio.run(seed_journal(base, key, _journal(), study.name, n))
    env = {**os.environ, "PYTHONPATH": str(REPO), "NO_COLOR": "1"}  # KOJI_TUI_HOME: the test's
    command = [sys.executable, "-c", "from koji_tui.cli import main; raise SystemExit(main())",
               "study", "refresh", study.name]  # fmt: skip
    with serve_in_thread(ServerConfig(data_dir=data, rate_limit="4/1s", port=port)) as srv:
        srv.stats.reset()
        proc = subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)  # fmt: skip
        deadline = time.monotonic() + 60
        while _done(_journal()) < 4 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, (out, err)
        assert "Stopping after the requests in flight" in err
        assert "Interrupted: run the same command to continue" in err
        stopped_at = _done(_journal())
        assert 4 <= stopped_at < n
        again = subprocess.run(command, env=env, cwd=REPO, capture_output=True, text=True,
                               timeout=60)  # fmt: skip
        assert again.returncode == 0, (again.stdout, again.stderr)
        assert f"{n} of {n} done (continued: {stopped_at} done before)" in again.stdout
        # Nothing fetched twice: one answered GET per interview. The second process cannot know
        # what the first spent of the current 1 s window, so it may meet one 429 there (waited
        # out and retried, which is not a second fetch).
        assert srv.stats.status_counts[200] == n
        assert srv.stats.requests - n == srv.stats.status_counts[429] <= 1
