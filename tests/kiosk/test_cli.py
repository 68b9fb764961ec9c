"""``koji-tui kiosk`` and ``koji-tui demo --kiosk``: the PIN first, then a terminal."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from koji_tui import paths
from koji_tui.cli import main
from koji_tui.kiosk.pin import PinStore
from koji_tui.kiosk.station import Station

KOJI_TUI = [sys.executable, "-c", "from koji_tui.cli import main; raise SystemExit(main())"]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def piped(monkeypatch: pytest.MonkeyPatch) -> Any:
    def feed(text: str) -> None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(text))

    return feed


def test_set_pin_from_a_pipe_keeps_only_a_hash(tmp_path: Path) -> None:
    env = {**os.environ, "KOJI_TUI_HOME": str(tmp_path / "home")}
    out = subprocess.run(
        [*KOJI_TUI, "kiosk", "set-pin"],
        input="97531\n",
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "Operator PIN saved" in out.stdout and "97531" not in out.stdout
    path = tmp_path / "home" / "config" / "kiosk-pin.json"
    assert "97531" not in path.read_text() and json.loads(path.read_text())["kdf"] == "scrypt"
    assert PinStore(path).verify("97531")


def test_set_pin_refuses_a_short_pin(piped: Any, capsys: pytest.CaptureFixture[str]) -> None:
    piped("12\n")
    assert main(["kiosk", "set-pin"]) == 2
    assert "at least 4" in capsys.readouterr().err and not PinStore().is_set()


@pytest.mark.parametrize("argv", [["kiosk", "Onboarding"], ["demo", "--kiosk"]])
def test_both_refuse_to_start_until_a_pin_is_set(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "set the operator PIN first: `koji-tui kiosk set-pin`" in err


def test_then_they_need_a_terminal(piped: Any, capsys: pytest.CaptureFixture[str]) -> None:
    piped("2468\n")
    assert main(["kiosk", "set-pin"]) == 0
    assert main(["demo", "--kiosk"]) == 2
    assert "needs a terminal" in capsys.readouterr().err


def test_an_unknown_study_and_a_bad_kiosk_toml_are_said(
    piped: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    piped("2468\n")
    main(["kiosk", "set-pin"])
    capsys.readouterr()
    os.environ["KOJI_TUI_FORCE_APP"] = "1"
    try:
        assert main(["kiosk", "No such study"]) == 2
        assert "No study named 'No such study'" in capsys.readouterr().err
        (paths.config_dir() / "kiosk.toml").write_text('participant = "email"\n')
        assert main(["kiosk", "No such study"]) == 2
        err = capsys.readouterr().err
        assert "participant must be one of" in err and "nothing was started" in err
    finally:
        del os.environ["KOJI_TUI_FORCE_APP"]


def test_a_study_without_a_stored_key_is_refused(
    piped: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring
    from keyring.backends import fail

    from koji_tui.config import StudyStore

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    monkeypatch.setenv("KOJI_TUI_FORCE_APP", "1")
    piped("2468\n")
    main(["kiosk", "set-pin"])
    StudyStore().add("Onboarding", "https://koji.example")
    capsys.readouterr()
    assert main(["kiosk", "Onboarding"]) == 2
    assert "has no stored API key" in capsys.readouterr().err


def test_the_station_is_shown_and_renamed(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kiosk", "station"]) == 0
    made = Station().info().station_id
    assert made in capsys.readouterr().out
    assert main(["kiosk", "station", "Lobby 2"]) == 0
    assert "renamed to 'Lobby 2'" in capsys.readouterr().out
    assert Station().info().station_id == "Lobby 2"
    assert main(["kiosk", "station", "bad/name"]) == 2


def test_kiosk_does_not_go_with_the_autopilot() -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["demo", "--kiosk", "--autopilot"])
    assert stopped.value.code == 2


def test_the_help_names_the_kiosk(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "kiosk" in capsys.readouterr().out


def test_demo_kiosk_names_the_sample_studies_when_one_is_unknown(
    piped: Any, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    piped("2468\n")
    main(["kiosk", "set-pin"])
    capsys.readouterr()
    monkeypatch.setenv("KOJI_TUI_FORCE_APP", "1")
    assert main(["demo", "--kiosk", "No such study"]) == 2
    err = capsys.readouterr().err
    assert "No sample study 'No such study'" in err and "Acme product feedback" in err
    assert main(["demo", "--kiosk", "voice-checkin"]) == 2
    assert "voice-only" in capsys.readouterr().err
    assert list((paths.data_dir() / "demo").iterdir()) == []  # its folder is gone again
