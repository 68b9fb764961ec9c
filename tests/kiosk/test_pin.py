"""The operator PIN: a salted scrypt hash in the config folder; five wrong lock for 60 s."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from koji_tui import paths
from koji_tui.kiosk.pin import PinError, PinGuard, PinStore, problem_with


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_the_pin_is_kept_as_a_salted_scrypt_hash_only() -> None:
    store = PinStore()
    assert not store.is_set() and not store.verify("2468")
    store.set("2468")
    assert store.path == paths.config_dir() / "kiosk-pin.json"
    raw = store.path.read_text(encoding="utf-8")
    assert "2468" not in raw
    record = json.loads(raw)
    assert record["kdf"] == "scrypt" and len(bytes.fromhex(record["salt"])) == 16
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert store.verify("2468") and not store.verify("2469") and not store.verify("")
    salt = record["salt"]
    store.set("2468")  # the same PIN again: a new salt, a new hash
    again = json.loads(store.path.read_text(encoding="utf-8"))
    assert again["salt"] != salt and again["hash"] != record["hash"]
    assert store.verify("2468")


def test_a_pin_that_cannot_be_used_is_refused() -> None:
    assert problem_with("123") is not None
    assert problem_with("12 34") is not None
    assert problem_with("1\x1b34") is not None
    assert problem_with("x" * 65) is not None
    assert problem_with("4711") is None
    with pytest.raises(PinError):
        PinStore().set("12")
    assert not PinStore().is_set()


def test_a_damaged_pin_file_is_said(tmp_path: Path) -> None:
    path = tmp_path / "pin.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(PinError, match="cannot be read"):
        PinStore(path).verify("2468")
    path.write_text('{"kdf": "scrypt"}', encoding="utf-8")
    with pytest.raises(PinError, match="damaged"):
        PinStore(path).verify("2468")


def test_right_wrong_and_five_wrong_lock_the_prompt_for_60_s() -> None:
    store = PinStore()
    store.set("2468")
    clock = Clock()
    guard = PinGuard(store, clock)
    assert guard.check("2468").ok
    outcomes = [guard.check("0000") for _ in range(4)]
    assert [o.attempts_left for o in outcomes] == [4, 3, 2, 1]
    assert not any(o.ok or o.locked_for for o in outcomes)
    fifth = guard.check("1111")
    assert not fifth.ok and fifth.locked_for == 60.0 and fifth.attempts_left == 0
    clock.t += 59
    locked = guard.check("2468")  # even the right PIN: nothing is tried while locked
    assert not locked.ok and locked.locked_for == pytest.approx(1.0)
    clock.t += 1
    assert guard.locked_for() == 0.0 and guard.attempts_left == 5
    assert guard.check("2468").ok


def test_a_right_pin_resets_the_count() -> None:
    store = PinStore()
    store.set("2468")
    guard = PinGuard(store, Clock())
    for _ in range(4):
        guard.check("0000")
    assert guard.check("2468").ok
    assert guard.check("0000").attempts_left == 4
