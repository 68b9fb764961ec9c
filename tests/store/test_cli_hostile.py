"""`koji-tui export` prints ids that came from a server: never as raw escapes (15 A, QA)."""

from __future__ import annotations

from pathlib import Path

import pytest

from koji_tui.cli import main
from koji_tui.journal import Journal

HOSTILE = "int_\x1b]0;IDTITLE\x07\x1b[2J\x9b31m\u202eDI"
RAW = ("\x1b", "\x07", "\x9b", "\u202e")


def _journal(isolated_home: Path) -> None:
    with Journal() as journal:
        journal.create_interview(
            study_name="S", base_url="http://127.0.0.1:9", interview_id=HOSTILE
        )


def test_export_names_a_hostile_id_neutralised(
    isolated_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal(isolated_home)
    assert main(["export", HOSTILE, "-o", str(tmp_path / "out.md")]) == 0
    err = capsys.readouterr().err
    assert "Exported interview int_␛]0;IDTITLE␇" in err
    assert not any(c in err for c in RAW)
    written = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert not any(c in written for c in RAW)


def test_the_recent_list_of_a_missed_id_is_neutralised(
    isolated_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _journal(isolated_home)
    assert main(["export", "int_nope"]) != 0
    err = capsys.readouterr().err
    assert "Recent interviews: int_␛]0;IDTITLE␇" in err
    assert not any(c in err for c in RAW)
