"""API keys: keyring present, absent (fail/null/empty chainer), failing at call time; env; session."""

from __future__ import annotations

import logging

import keyring
import pytest
from keyring.backends import chainer, fail, null
from pydantic import SecretStr

from koji_tui.config import CredentialError, CredentialStore, KeySource, secret
from koji_tui.config.credentials import SERVICE, clean_key
from tests.store.keyrings import LockedKeyring, MemoryKeyring, StuckKeyring

KEY = "pk_test_" + "k" * 32


def test_a_key_never_shows_its_value() -> None:
    """Keys are pydantic's SecretStr (no hand-written wrapper): stars in every rendering."""
    key = secret(KEY)
    assert isinstance(key, SecretStr)
    for text in (repr(key), str(key), f"{key}", f"{key!r}", repr(KeySource(key, "keyring"))):
        assert KEY not in text
        assert "*" in text
    with pytest.raises(TypeError):  # a format spec is refused, never applied to the key
        f"{key:>50}"
    assert key.get_secret_value() == KEY
    assert key == secret(KEY) and key != secret("other")
    assert clean_key(f"  {KEY}\n") == key and clean_key(key) == key


def test_keys_are_stored_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    creds = CredentialStore()
    assert creds.backend_status().available
    result = creds.set("Onboarding", f"  {KEY}\n")
    assert (result.origin, result.warning) == ("keyring", None)
    assert memory_keyring.store == {(SERVICE, "Onboarding"): KEY}
    # a fresh store (a new run of the app) finds it
    found = CredentialStore().get("Onboarding")
    assert found.origin == "keyring" and found.key == secret(KEY)
    assert KEY not in repr(found)

    CredentialStore().rename("Onboarding", "Renamed")
    assert memory_keyring.store == {(SERVICE, "Renamed"): KEY}
    assert CredentialStore().delete("Renamed") is True
    assert memory_keyring.store == {}
    assert CredentialStore().get("Renamed").origin is None
    assert CredentialStore().delete("Renamed") is False


def test_lookup_order_is_session_then_keyring_and_env_only_for_the_env_study(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    creds = CredentialStore()
    assert creds.get("S").origin is None
    assert creds.describe("S") == "missing"
    monkeypatch.setenv("KOJI_API_KEY", "env_key_1")
    # KOJI_API_KEY belongs to the env study only; a saved study never inherits it
    assert creds.get("S") == KeySource(None, None) and creds.describe("S") == "missing"
    assert creds.get("env: 127.0.0.1:8765").origin == "env"
    creds.set("S", "keyring_key")
    assert creds.get("S").origin == "keyring"
    creds.set("S", "session_key", persist=False)
    source = creds.get("S")
    assert (source.origin, source.key) == ("session", secret("session_key"))
    assert memory_keyring.store[(SERVICE, "S")] == "keyring_key"  # session key not persisted
    creds.forget_session("S")
    assert creds.get("S").origin == "keyring"


def test_env_study_never_touches_the_keyring(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KOJI_API_KEY", KEY)
    source = CredentialStore().get("env: 127.0.0.1:8765")
    assert (source.origin, source.key) == ("env", secret(KEY))
    assert memory_keyring.calls == []


@pytest.mark.parametrize(
    "backend",
    [fail.Keyring(), null.Keyring()],
    ids=["fail", "null"],
)
def test_no_backend_is_detected_and_explained(backend: keyring.backend.KeyringBackend) -> None:
    keyring.set_keyring(backend)
    creds = CredentialStore()
    status = creds.backend_status()
    available, message = status  # unpacks as a pair
    assert available is False
    for hint in ("No system keyring", "gnome-keyring", "keyrings.alt", "KOJI_API_KEY", "session"):
        assert hint in message
    # still works: the key is kept for this session, the user is told why
    result = creds.set("S", KEY)
    assert result.origin == "session" and "keyrings.alt" in (result.warning or "")
    assert creds.get("S").origin == "session"
    assert CredentialStore().get("S").origin is None  # nothing persisted
    with pytest.raises(CredentialError, match="No system keyring") as info:
        creds.set_persistent("S", KEY)
    assert KEY not in str(info.value)
    assert creds.delete("S") is True


def test_an_empty_chainer_counts_as_no_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [], raising=False)
    backend = chainer.ChainerBackend()
    assert backend.priority < 1
    keyring.set_keyring(backend)
    assert CredentialStore().backend_status().available is False


def test_a_backend_failing_at_call_time_falls_back_without_leaking(
    locked_keyring: LockedKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    creds = CredentialStore()
    assert creds.backend_status().available is True
    result = creds.set("S", KEY)
    assert result.origin == "session"
    assert "KeyringLocked" in (result.warning or "") and KEY not in (result.warning or "")
    assert creds.get("S").origin == "session"  # the typed key is not lost
    status = creds.backend_status()
    assert status.available is False and KEY not in status.message
    with pytest.raises(CredentialError) as info:
        creds.set_persistent("S", KEY)
    assert KEY not in str(info.value) and KEY not in repr(info.value)
    assert KEY not in caplog.text


@pytest.mark.parametrize("raw", ["", "   \n", "pk test", "pk\x1btest", "clé"])
def test_unusable_keys_are_refused(raw: str) -> None:
    with pytest.raises(CredentialError):
        clean_key(raw)


def test_rename_on_a_failing_keyring_does_not_leak(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.store[(SERVICE, "Old")] = KEY
    keyring.set_keyring(_SetFails(memory_keyring.store))
    with pytest.raises(CredentialError) as info:
        CredentialStore().rename("Old", "New")
    assert KEY not in str(info.value) and info.value.__cause__ is None
    assert info.value.__suppress_context__


class _SetFails(MemoryKeyring):
    def __init__(self, store: dict[tuple[str, str], str]) -> None:
        super().__init__()
        self.store = store

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"refused {password}")


def test_a_delete_the_keyring_refuses_is_an_error_without_the_key() -> None:
    backend = StuckKeyring()
    keyring.set_keyring(backend)
    creds = CredentialStore()
    creds.set("S", KEY)
    with pytest.raises(CredentialError, match="still there") as info:
        creds.delete("S")
    assert KEY not in str(info.value) and "PasswordDeleteError" in str(info.value)
    assert backend.store == {(SERVICE, "S"): KEY}
    assert creds.delete("T") is False  # nothing stored: nothing to fail


def test_the_app_removes_a_study_whose_key_the_keyring_keeps_and_says_so() -> None:
    """The study is gone (that part worked); the warning names the kept key, never its value."""
    from koji_tui.config import StudyStore
    from koji_tui.ui.screens import store

    backend = StuckKeyring()
    keyring.set_keyring(backend)
    creds = CredentialStore()
    StudyStore().add("S", "http://127.0.0.1:9")
    creds.set("S", KEY)
    warning = store.remove_study(creds, "S")
    assert warning is not None and "could not be deleted" in warning and KEY not in warning
    assert [s.name for s in StudyStore().load()] == []
