"""studies.json: validation, duplicates, atomic writes, broken files, the env study."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from koji_tui import paths
from koji_tui.config import (
    ConfigError,
    DuplicateStudyError,
    StudyStore,
    UnknownStudyError,
    env_study,
    normalize_base_url,
)


def test_add_list_get_update_remove_roundtrip() -> None:
    store = StudyStore()
    assert store.list() == []
    added = store.add("  Onboarding  ", "https://koji.example/", notes=" first ")
    assert (added.name, added.base_url, added.notes) == (
        "Onboarding",
        "https://koji.example",
        "first",
    )
    store.add("Churn", "http://127.0.0.1:8765")
    assert [s.name for s in StudyStore().list()] == ["Onboarding", "Churn"]  # re-read from disk
    assert store.get("onboarding").name == "Onboarding"  # case-insensitive lookup

    renamed = store.update("Onboarding", new_name="Onboarding v2", base_url="https://k2.example")
    assert (renamed.name, renamed.base_url) == ("Onboarding v2", "https://k2.example")
    assert store.remove("onboarding v2").name == "Onboarding v2"
    assert [s.name for s in store.list()] == ["Churn"]

    data = json.loads((paths.config_dir() / "studies.json").read_text())
    assert data == {
        "version": 1,
        "studies": [
            {"name": "Churn", "base_url": "http://127.0.0.1:8765", "notes": "", "study_id": None}
        ],
    }


def test_duplicate_names_are_refused_case_insensitively() -> None:
    store = StudyStore()
    store.add("Onboarding", "https://koji.example")
    with pytest.raises(DuplicateStudyError, match="already exists"):
        store.add("ONBOARDING", "https://other.example")
    store.add("Other", "https://koji.example")
    with pytest.raises(DuplicateStudyError):
        store.update("Other", new_name="onboarding")
    assert len(store.list()) == 2


def test_unknown_study_names_the_known_ones() -> None:
    store = StudyStore()
    store.add("Alpha", "https://a.example")
    with pytest.raises(UnknownStudyError, match="'Alpha'"):
        store.get("Beta")
    with pytest.raises(UnknownStudyError):
        store.remove("Beta")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://koji.example", "https://koji.example"),
        ("  https://KOJI.example:8443/ ", "https://koji.example:8443"),
        ("https://koji.example/api/v1/interviews/", "https://koji.example"),
        ("https://koji.example/prefix/api/v1/interviews", "https://koji.example/prefix"),
        ("http://[::1]:9000", "http://[::1]:9000"),
    ],
)
def test_base_urls_are_normalized(url: str, expected: str) -> None:
    assert normalize_base_url(url) == expected


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("", "empty"),
        ("koji.example", "http:// or https://"),
        ("ftp://koji.example", "http:// or https://"),
        ("https://", "no host"),
        ("https://user:secret@koji.example", "user name or password"),
        ("https://koji.example?x=1", "query"),
        ("https://koji.example:99999", "invalid port"),
        ("http://[::1", r"not valid \(Invalid IPv6 URL\)"),
        ("http://::1]", "not valid"),
        ("http://[::1]:abc", "invalid port"),
        ("http://a:b:c", "invalid port"),
        ("https://koji example", "spaces"),
    ],
)
def test_bad_base_urls_are_refused_with_a_reason(url: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        StudyStore().add("X", url)
    assert StudyStore().list() == []


@pytest.mark.parametrize("name", ["", "   ", "a\tb", "env: mine", "x" * 81])
def test_bad_names_are_refused(name: str) -> None:
    with pytest.raises(ConfigError):
        StudyStore().add(name, "https://koji.example")


def test_a_broken_file_is_reported_and_never_overwritten() -> None:
    path = paths.config_dir() / "studies.json"
    path.write_text('{"studies": [ {"name": "A", ', encoding="utf-8")
    store = StudyStore()
    with pytest.raises(ConfigError, match=r"not valid JSON \(line 1"):
        store.list()
    with pytest.raises(ConfigError):
        store.add("B", "https://b.example")
    assert path.read_text(encoding="utf-8") == '{"studies": [ {"name": "A", '


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('"just a string"', "must hold an object"),
        ('{"studies": {"name": "A"}}', "must be a list"),
        ('{"studies": [{"name": "A"}]}', "must be strings"),
        ('{"studies": [{"name": "A", "base_url": "nope"}]}', "http:// or https://"),
        (
            '{"studies": [{"name": "A", "base_url": "https://a.example"},'
            ' {"name": "a", "base_url": "https://b.example"}]}',
            "used twice",
        ),
    ],
)
def test_invalid_content_names_the_problem(content: str, message: str) -> None:
    (paths.config_dir() / "studies.json").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        StudyStore().list()


def test_writes_are_atomic_and_leave_no_temp_files() -> None:
    store = StudyStore()
    for i in range(5):
        store.add(f"S{i}", "https://koji.example")
    folder: Path = paths.config_dir()
    assert sorted(p.name for p in folder.iterdir()) == ["studies.json"]


def test_env_study_appears_only_with_both_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    store = StudyStore()
    store.add("Mine", "https://mine.example")
    monkeypatch.setenv("KOJI_BASE_URL", "http://127.0.0.1:8765/")
    assert [s.name for s in store.list()] == ["Mine"]
    monkeypatch.setenv("KOJI_API_KEY", "pk_test_" + "a" * 32)
    studies = store.list()
    assert [s.name for s in studies] == ["env: 127.0.0.1:8765", "Mine"]
    env = studies[0]
    assert env.is_env and env.base_url == "http://127.0.0.1:8765"
    assert "pk_test_" not in repr(env)
    # the env study is never written to the file and cannot be edited there
    store.add("Another", "https://x.example")
    assert "env:" not in (paths.config_dir() / "studies.json").read_text()
    with pytest.raises(ConfigError, match="KOJI_BASE_URL"):
        store.remove("env: 127.0.0.1:8765")


@pytest.mark.parametrize("url", ["koji.example", "http://[::1", "http://[::1]:port"])
def test_env_study_with_a_bad_url_says_which_variable(
    monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.setenv("KOJI_BASE_URL", url)
    monkeypatch.setenv("KOJI_API_KEY", "k")
    with pytest.raises(ConfigError, match="KOJI_BASE_URL is not usable"):
        env_study()


def test_an_unwritable_location_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    store = StudyStore(blocker / "studies.json")
    with pytest.raises(ConfigError, match=r"Cannot (read|write) .*Not a directory"):
        store.add("A", "https://a.example")


def test_env_study_is_named_after_the_sample_study_its_serve_key_runs() -> None:
    """`koji-tui serve` prints one key per sample study and the key decides the study; Koji's
    API cannot name a key's study, but the samples' keys are known, so the name says it."""
    from koji_tui.server.catalog import study_api_key

    key = study_api_key("cafe-habitos")
    env = env_study({"KOJI_BASE_URL": "http://127.0.0.1:8787", "KOJI_API_KEY": key})
    assert env is not None
    assert env.name == "env: Hábitos de café" and env.study_id == "cafe-habitos"
    # not on loopback, or not a sample's key: the server's address, as before
    remote = env_study({"KOJI_BASE_URL": "https://koji.example", "KOJI_API_KEY": key})
    assert remote is not None and remote.name == "env: koji.example:443"
    other = env_study({"KOJI_BASE_URL": "http://127.0.0.1:8787", "KOJI_API_KEY": "pk_test_x" * 4})
    assert other is not None and other.name == "env: 127.0.0.1:8787"
