"""The journal holds session tokens and answers: it and its folders are the user's alone (15 M)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from koji_tui import paths
from koji_tui.journal import Journal

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes only")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_journal_and_its_folders_are_private_even_under_a_lax_umask(
    isolated_home: Path,
) -> None:
    old = os.umask(0o022)
    try:
        with Journal() as journal:
            record = journal.create_interview(
                study_name="S", base_url="http://x", interview_id="int_1", session_token="stk_1"
            )
            journal.add_pending_answer(record.record_id, "an answer")
            folder = journal.path.parent
            files = [journal.path, *folder.glob("journal.sqlite3-*")]
            assert len(files) >= 2  # the WAL exists while the journal is open
            assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
        assert _mode(folder) == 0o700
        assert _mode(paths.config_dir()) == 0o700
    finally:
        os.umask(old)


def test_an_old_world_readable_journal_is_narrowed_not_truncated(tmp_path: Path) -> None:
    path = tmp_path / "data" / "journal.sqlite3"
    with Journal(path) as journal:
        journal.create_interview(study_name="S", base_url="http://x", interview_id="int_1")
    path.chmod(0o644)
    path.parent.chmod(0o755)
    with Journal(path) as journal:
        assert [r.interview_id for r in journal.list_interviews()] == ["int_1"]
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o755  # a folder the caller named is the caller's


def test_exports_are_private_too(isolated_home: Path) -> None:
    from koji_tui.ui.screens.store import export_record

    old = os.umask(0o022)
    try:
        with Journal() as journal:
            record = journal.create_interview(
                study_name="S", base_url="http://x", interview_id="int_1", session_token="stk"
            )
            written = export_record(journal, record.record_id)
        assert [_mode(p) for p in written] == [0o600, 0o600]
        assert _mode(written[0].parent) == 0o700
    finally:
        os.umask(old)


def test_a_new_koji_tui_home_the_demo_folder_and_the_sandbox_are_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA found a new KOJI_TUI_HOME made 0755, data/demo 0755 and the sandbox's database
    (session tokens, transcripts) 0644."""
    from koji_tui.server.store import InterviewStore

    home = tmp_path / "new" / "home"
    monkeypatch.setenv("KOJI_TUI_HOME", str(home))
    old = os.umask(0o022)
    try:
        data = paths.data_dir()
        assert _mode(home) == 0o700 and _mode(home.parent) == 0o700 and _mode(data) == 0o700
        demo = paths.private_dir(data / "demo")
        assert _mode(demo) == 0o700
        store = InterviewStore(tmp_path / "serve" / "data")
        assert _mode(store.path) == 0o600 and _mode(store.path.parent) == 0o700
        store.close()
    finally:
        os.umask(old)
