"""`koji-tui study …` and `koji-tui export …` through the real entry point."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from koji_tui import paths
from koji_tui.cli import main
from koji_tui.config import StudyStore
from koji_tui.config.credentials import SERVICE
from koji_tui.journal import Journal
from tests.store.keyrings import MemoryKeyring, StuckKeyring

KEY = "pk_test_" + "s" * 32
REPO = Path(__file__).resolve().parents[2]


def run(
    argv: list[str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_edit_remove_with_a_keyring(
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, out, err = run(
        ["study", "add", "Onboarding", "--base-url", "http://127.0.0.1:8765/"],
        capsys,
        monkeypatch,
        KEY + "\n",
    )
    assert code == 0, err
    assert "Added study 'Onboarding' (http://127.0.0.1:8765)" in out and "system keyring" in out
    assert memory_keyring.store == {(SERVICE, "Onboarding"): KEY}
    assert KEY not in out + err
    assert KEY not in (paths.config_dir() / "studies.json").read_text()

    code, out, _ = run(["study", "list"], capsys, monkeypatch)
    assert code == 0
    assert out.splitlines()[0].split() == ["NAME", "SERVER", "KEY"]
    assert out.splitlines()[1].split() == ["Onboarding", "http://127.0.0.1:8765", "keyring"]

    code, out, err = run(
        [
            "study",
            "edit",
            "Onboarding",
            "--rename",
            "NPS",
            "--base-url",
            "https://koji.example",
            "--key",
        ],
        capsys,
        monkeypatch,
        "pk_new\n",
    )
    assert code == 0, err
    assert (
        "renamed to 'NPS'" in out
        and "server https://koji.example" in out
        and "API key replaced" in out
    )
    assert memory_keyring.store == {(SERVICE, "NPS"): "pk_new"}
    assert [s.name for s in StudyStore().list()] == ["NPS"]

    code, out, _ = run(["study", "remove", "nps"], capsys, monkeypatch)
    assert code == 0 and "Removed study 'NPS' and its API key" in out
    assert memory_keyring.store == {}
    code, out, _ = run(["study", "list"], capsys, monkeypatch)
    assert "No studies yet" in out


def test_errors_have_messages_and_nonzero_codes(
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert (
        run(["study", "add", "A", "--base-url", "https://a.example"], capsys, monkeypatch, "k1\n")[
            0
        ]
        == 0
    )

    code, _, err = run(
        ["study", "add", "a", "--base-url", "https://b.example"], capsys, monkeypatch, "k2\n"
    )
    assert code == 1 and "already exists" in err
    code, _, err = run(
        ["study", "add", "B", "--base-url", "b.example"], capsys, monkeypatch, "k2\n"
    )
    assert code == 1 and "http:// or https://" in err
    code, _, err = run(
        ["study", "add", "B", "--base-url", "https://b.example"], capsys, monkeypatch, "\n"
    )
    assert code == 1 and "The API key is empty" in err and "Nothing was changed" in err
    for bad in ("http://[::1", "http://[::1]:abc"):  # urlsplit raises ValueError on these
        code, out, err = run(
            ["study", "add", "V6", "--base-url", bad, "--no-key"], capsys, monkeypatch
        )
        assert code == 1 and "The server URL" in err and "Traceback" not in err + out
        assert len(err.strip().splitlines()) == 1
        code, out, err = run(["study", "edit", "A", "--base-url", bad], capsys, monkeypatch)
        assert code == 1 and "The server URL" in err and "Traceback" not in err + out
    code, _, err = run(["study", "remove", "Zed"], capsys, monkeypatch)
    assert code == 1 and "No study named 'Zed'" in err and "'A'" in err
    code, _, err = run(["study", "edit", "A"], capsys, monkeypatch)
    assert code == 1 and "Nothing to change" in err
    code, _, err = run(["study", "edit", "Zed", "--rename", "Q"], capsys, monkeypatch)
    assert code == 1 and "No study named" in err
    run(["study", "add", "B", "--base-url", "https://b.example", "--no-key"], capsys, monkeypatch)
    code, _, err = run(["study", "edit", "B", "--rename", "a"], capsys, monkeypatch)
    assert code == 1 and "already exists" in err
    assert [s.name for s in StudyStore().list()] == ["A", "B"]
    assert memory_keyring.store == {(SERVICE, "A"): "k1"}
    code, _, err = run(["study"], capsys, monkeypatch)
    assert code == 1 and "ACTION" in err


def test_without_a_keyring_add_explains_and_saves_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = run(
        ["study", "add", "A", "--base-url", "https://a.example"], capsys, monkeypatch, KEY
    )
    assert code == 3
    assert "No system keyring" in err and "keyrings.alt" in err and "--no-key" in err
    # the three ways forward: a keyring backend, the key typed in the app, the env study;
    # never KOJI_API_KEY for a saved study (the app does not use it there)
    text = " ".join(err.split())
    assert "gnome-keyring" in text and "type the key in the app" in text and "session" in text
    assert StudyStore().list() == []
    code, out, err = run(
        ["study", "add", "A", "--base-url", "https://a.example", "--no-key"], capsys, monkeypatch
    )
    assert code == 0 and "no API key stored" in out
    code, _, err = run(["study", "edit", "A", "--key"], capsys, monkeypatch, KEY)
    assert code == 3 and "Nothing was changed" in err
    code, out, err = run(["study", "list"], capsys, monkeypatch)
    assert out.splitlines()[1].split()[-1] == "missing" and "No system keyring" in err
    code, out, _ = run(["study", "remove", "A"], capsys, monkeypatch)
    assert code == 0 and "Removed study 'A'." in out


@pytest.mark.parametrize("with_keyring", [False, True], ids=["no-keyring", "keyring"])
def test_koji_api_key_is_never_shown_or_used_for_a_saved_study(
    with_keyring: bool,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """KOJI_API_KEY only belongs to the env study (KOJI_BASE_URL): a saved study without a
    stored key is `missing`, with or without KOJI_BASE_URL set."""
    if with_keyring:
        import keyring

        keyring.set_keyring(MemoryKeyring())
    code, _, err = run(
        ["study", "add", "A", "--base-url", "https://a.example", "--no-key"], capsys, monkeypatch
    )
    assert code == 0, err
    monkeypatch.setenv("KOJI_API_KEY", KEY)
    code, out, _ = run(["study", "list"], capsys, monkeypatch)
    assert code == 0 and out.splitlines()[1].split() == ["A", "https://a.example", "missing"]
    monkeypatch.setenv("KOJI_BASE_URL", "http://127.0.0.1:8765")
    code, out, _ = run(["study", "list"], capsys, monkeypatch)
    rows = [line.split() for line in out.splitlines()[1:]]
    assert rows == [
        ["env:", "127.0.0.1:8765", "http://127.0.0.1:8765", "env"],
        ["A", "https://a.example", "missing"],
    ]
    assert KEY not in out


def test_no_key_help_does_not_promise_koji_api_key(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit) as info:
        run(["study", "add", "--help"], capsys, monkeypatch)
    assert info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "use KOJI_API_KEY" not in out
    assert "KOJI_API_KEY is not used for saved studies" in out
    assert "the app asks for it" in out


def test_remove_warns_when_the_keyring_keeps_the_key_and_add_never_inherits_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    stuck = StuckKeyring()
    keyring.set_keyring(stuck)
    code, _, err = run(
        ["study", "add", "C", "--base-url", "https://c.example"], capsys, monkeypatch, KEY + "\n"
    )
    assert code == 0, err
    code, out, err = run(["study", "remove", "C"], capsys, monkeypatch)
    assert code == 0 and "Removed study 'C'." in out and "and its API key" not in out
    assert "warning:" in err and "could NOT be deleted" in err and "keyring del koji-tui 'C'" in err
    assert KEY not in out + err
    assert stuck.store == {(SERVICE, "C"): KEY}  # the backend really kept it

    # a new study named C must not pick up the old key: refused while it cannot be deleted
    code, out, err = run(
        ["study", "add", "C", "--base-url", "https://other.example", "--no-key"],
        capsys,
        monkeypatch,
    )
    assert code == 1 and "still there" in err and "nothing was saved" in err
    assert KEY not in out + err
    assert StudyStore().list() == []

    # once the keyring deletes again, add clears the old entry and says so
    fixed = MemoryKeyring()
    fixed.store = dict(stuck.store)
    keyring.set_keyring(fixed)
    code, out, err = run(
        ["study", "add", "C", "--base-url", "https://other.example", "--no-key"],
        capsys,
        monkeypatch,
    )
    assert code == 0, err
    assert (
        "no API key stored" in out and "old API key left in the keyring for 'C' was deleted" in out
    )
    assert fixed.store == {}
    code, out, _ = run(["study", "list"], capsys, monkeypatch)
    assert out.splitlines()[1].split() == ["C", "https://other.example", "missing"]


def test_add_and_rename_clear_a_stale_keyring_entry(
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    memory_keyring.store[(SERVICE, "Old")] = KEY  # left behind, e.g. by a failed remove
    memory_keyring.store[(SERVICE, "Gone")] = KEY
    code, out, err = run(
        ["study", "add", "Old", "--base-url", "https://a.example", "--no-key"], capsys, monkeypatch
    )
    assert code == 0, err
    assert "old API key left in the keyring for 'Old' was deleted" in out
    code, out, err = run(
        ["study", "add", "B", "--base-url", "https://b.example", "--no-key"], capsys, monkeypatch
    )
    assert code == 0 and "was deleted" not in out
    code, out, err = run(["study", "edit", "B", "--rename", "Gone"], capsys, monkeypatch)
    assert code == 0, err
    assert "renamed to 'Gone'" in out and "was deleted" in out
    assert memory_keyring.store == {}
    code, out, _ = run(["study", "list"], capsys, monkeypatch)
    assert [line.split()[-1] for line in out.splitlines()[1:]] == ["missing", "missing"]
    # a duplicate name is refused before anything is deleted
    memory_keyring.store[(SERVICE, "Old")] = KEY
    code, _, err = run(
        ["study", "add", "old", "--base-url", "https://c.example", "--no-key"], capsys, monkeypatch
    )
    assert code == 1 and "already exists" in err
    assert memory_keyring.store == {(SERVICE, "Old"): KEY}


def test_env_study_is_listed_without_setup(
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KOJI_BASE_URL", "http://127.0.0.1:8765")
    monkeypatch.setenv("KOJI_API_KEY", KEY)
    code, out, _ = run(["study", "list"], capsys, monkeypatch)
    assert code == 0
    assert out.splitlines()[1].split() == ["env:", "127.0.0.1:8765", "http://127.0.0.1:8765", "env"]
    assert KEY not in out and memory_keyring.calls == []
    code, _, err = run(
        ["study", "edit", "env: 127.0.0.1:8765", "--notes", "x"], capsys, monkeypatch
    )
    assert code == 1 and "KOJI_BASE_URL" in err


def test_plain_http_to_a_remote_host_warns(
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, _, err = run(
        ["study", "add", "R", "--base-url", "http://koji.example"], capsys, monkeypatch, KEY
    )
    assert "unencrypted" in err


def test_hidden_prompt_on_a_terminal(tmp_path: Path, isolated_home: Path) -> None:
    """Real terminal: the key is typed at a getpass prompt with echo off and lands in the keyring."""
    keyring_file = tmp_path / "keyring.json"
    env = {
        **os.environ,
        "KOJI_TUI_HOME": str(isolated_home),
        "PYTHON_KEYRING_BACKEND": "tests.store.keyrings.FileKeyring",
        "KOJI_TEST_KEYRING_FILE": str(keyring_file),
        "PYTHONPATH": str(REPO),
    }
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "koji_tui",
            "study",
            "add",
            "Tty",
            "--base-url",
            "http://127.0.0.1:9",
        ],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        cwd=REPO,
        start_new_session=True,  # no controlling tty: getpass uses stdin (our pty) with echo off
    )
    os.close(slave)
    seen = b""

    def read_until(marker: bytes, timeout: float = 30.0) -> None:
        nonlocal seen
        deadline = time.monotonic() + timeout
        while marker not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    return
                if not chunk:
                    return
                seen += chunk

    try:
        read_until(b"(input hidden): ")
        assert b"API key for Tty (input hidden): " in seen
        os.write(master, KEY.encode() + b"\n")
        read_until(b"Added study")
        assert proc.wait(timeout=30) == 0
        read_until(b"keyring.", timeout=2)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    assert b"Added study 'Tty'" in seen
    assert KEY.encode() not in seen  # echo was off
    assert json.loads(keyring_file.read_text()) == {f"{SERVICE}\x00Tty": KEY}


def _journal_one() -> None:
    with Journal() as journal:
        rec = journal.create_interview(
            study_name="Onboarding",
            base_url="http://127.0.0.1:8765",
            interview_id="int_cli",
            session_token="stk_secret_token",
            opening_message="# Hello",
        )
        turn = journal.add_pending_answer(rec, "Hi")
        journal.record_reply(turn, "Thanks", turn_count=3)


def test_export_to_stdout_and_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _journal_one()
    code, out, _ = run(["export", "int_cli"], capsys, monkeypatch)
    assert code == 0 and out.startswith("# Interview int\\_cli") and "\\# Hello" in out
    assert "stk_secret_token" not in out
    target = tmp_path / "out.json"
    code, out, err = run(
        ["export", "int_cli", "--format", "json", "-o", str(target)], capsys, monkeypatch
    )
    assert code == 0 and out == "" and str(target) in err
    data = json.loads(target.read_text(encoding="utf-8"))
    assert [m["content"] for m in data["messages"]] == ["# Hello", "Hi", "Thanks"]
    assert "stk_secret_token" not in target.read_text()


def test_export_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _, err = run(["export", "int_nope"], capsys, monkeypatch)
    assert code == 1 and "No interview 'int_nope'" in err and "no journal yet" in err
    assert "koji-tui demo` keeps its own" in err  # where demo interviews are, and how
    _journal_one()
    code, _, err = run(["export", "int_nope"], capsys, monkeypatch)
    assert code == 1 and "Recent interviews: int_cli (Onboarding)" in err
    code, _, err = run(["export", "int_cli", "--study", "Other"], capsys, monkeypatch)
    assert code == 1 and "for study 'Other'" in err
    code, _, err = run(["export", "int_cli", "-o", str(tmp_path)], capsys, monkeypatch)
    assert code == 1 and "is a folder" in err
    code, _, err = run(
        ["export", "int_cli", "-o", str(tmp_path / "no" / "such" / "dir" / "f.md")],
        capsys,
        monkeypatch,
    )
    assert code == 0  # parent folders are created
    with pytest.raises(SystemExit):
        main(["export", "int_cli", "--format", "pdf"])


def test_export_never_creates_a_journal_and_finds_a_running_demos_interview(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = paths.data_dir(create=False)
    code, _, err = run(["export", "int_demo"], capsys, monkeypatch)
    assert code == 1 and "There is no journal yet" in err
    assert not (data / "journal.sqlite3").exists()  # reading created nothing
    # A running demo keeps its journal under data/demo/run-*/ (the app's demo_dir).
    demo = data / "demo" / "run-abc123"
    demo.mkdir(parents=True)
    with Journal(demo / "journal.sqlite3") as journal:
        journal.create_interview(
            study_name="Acme product feedback",
            base_url="http://127.0.0.1:40000",
            interview_id="int_demo",
            session_token="stk_demo_secret",
            opening_message="Hello from the demo",
        )
    code, out, err = run(["export", "int_demo"], capsys, monkeypatch)
    assert code == 0, err
    assert "Hello from the demo" in out and "stk_demo_secret" not in out
    assert "from a demo's journal in" in err and "run-abc123" in err
    assert not (data / "journal.sqlite3").exists()


def test_help_names_the_bare_command_and_where_to_start(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "(no command) open the app on your own studies" in out
    assert "koji-tui demo" in out and "the key decides the study" in out
