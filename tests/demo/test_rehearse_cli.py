"""``koji-tui rehearse`` as a user runs it: a scorecard row per run and exit 0; a broken persona
file is exit 2 naming the file, the field and the problem; a real server asks first."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from koji_tui.cli import main
from koji_tui.demo.personas import SHIPPED_DIR

ROW = re.compile(r"^\s+(\d+)\s+(\S+)\s+(.+?)\s+(✓|✗)\s+(\d+)/(\d+).*\s(pass|FAIL)\s*$")


def rows_of(out: str) -> list[re.Match[str]]:
    return [m for line in out.splitlines() if (m := ROW.match(line))]


def test_rehearse_demo_prints_a_row_per_run_and_exits_0(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["rehearse", "--demo", "-n", "7"])
    out, err = capsys.readouterr()
    rows = rows_of(out)
    assert code == 0, out + err
    assert [int(m.group(1)) for m in rows] == list(range(1, 8))
    assert all(m.group(4) == "✓" and m.group(7) == "pass" for m in rows)
    assert {m.group(3) for m in rows} == {
        "Acme product feedback",
        "Hábitos de café",
        "Remote work tools",
    }  # the text studies in turn; the voice-only one is never rehearsed
    assert "7 runs: 7 passed, 0 failed" in out
    assert "Rehearsing" in err and "7/7" in err  # the progress bar, on stderr


def test_rehearse_one_sample_study_with_personas_of_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "personas"
    folder.mkdir()
    shutil.copy(SHIPPED_DIR / "lucia.toml", folder)
    code = main(["rehearse", "hábitos de café", "--demo", "--personas", str(folder), "-n", "2"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    rows = rows_of(out)
    assert [(m.group(2), m.group(3)) for m in rows] == [("lucia", "Hábitos de café")] * 2


def test_a_broken_persona_file_is_exit_2_naming_file_field_and_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "personas"
    folder.mkdir()
    shutil.copy(SHIPPED_DIR / "terse.toml", folder)
    bad = folder / "grumpy.toml"
    bad.write_text('display_name = "Grumpy"\n[answers.scale]\ntendency = "sulky"\n', "utf-8")
    code = main(["rehearse", "--demo", "--personas", str(folder)])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""  # nothing was run
    assert str(bad) in err
    assert "answers.scale.tendency" in err
    assert "must be one of high, low, middle, any (got 'sulky')" in err


def test_the_autopilot_refuses_a_broken_persona_file_the_same_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "x.json"
    bad.write_text('{"display_name": "X", "locale": 7}', "utf-8")
    code = main(["demo", "--autopilot", "--personas", str(tmp_path)])
    assert code == 2
    err = capsys.readouterr().err
    assert f"{bad}: locale: must be text (got a number)" in err.replace("\n", "")


def test_an_unknown_persona_or_study_is_said(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--autopilot", "nobody"]) == 1
    assert "No persona named 'nobody'. Known personas: claire" in capsys.readouterr().err
    assert main(["rehearse", "--demo", "Nope"]) == 1
    assert "no sample study named 'Nope'" in capsys.readouterr().err
    assert main(["rehearse", "--demo", "voice check-in (voice only)"]) == 1
    assert "is voice-only" in capsys.readouterr().err
    assert main(["rehearse"]) == 1
    assert "or use --demo" in capsys.readouterr().err


def test_on_a_real_server_it_asks_first_and_runs_nothing_without_a_yes(
    sandbox_thread: object, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A saved study (here: the sandbox's URL, saved like any server) is a real server: without
    a terminal to ask on and without --yes, nothing is started (interviews use credits)."""
    from koji_tui.config import CredentialStore, StudyStore

    srv = sandbox_thread
    study = srv.studies[0]  # type: ignore[attr-defined]
    StudyStore().add("Pricing", srv.base_url)  # type: ignore[attr-defined]
    monkeypatch.setattr(
        CredentialStore,
        "get",
        lambda self, name: _Key(srv.key(study.id)),  # type: ignore[attr-defined]
    )
    code = main(["rehearse", "Pricing", "-n", "2"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert "2 interviews would use credits on a real server" in err
    assert srv.stats.requests == 0  # type: ignore[attr-defined]
    code = main(["rehearse", "Pricing", "-n", "2", "--yes"])
    out, err = capsys.readouterr()
    assert code == 0, out + err
    assert len(rows_of(out)) == 2 and "Rehearsal: Pricing" in out


class _Key:
    def __init__(self, key: str) -> None:
        from pydantic import SecretStr

        self.key = SecretStr(key)
        self.origin = "keyring"
