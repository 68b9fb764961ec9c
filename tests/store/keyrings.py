"""Keyring backends for tests: the OS keyring cannot run here, so these stand in for it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """A recommended (priority 1) backend keeping passwords in a dict; records calls."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}
        self.calls: list[tuple[str, str, str]] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(("get", service, username))
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(("set", service, username))
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(("delete", service, username))
        if (service, username) not in self.store:
            raise PasswordDeleteError("not found")
        del self.store[(service, username)]


class LockedKeyring(MemoryKeyring):
    """A backend that exists but fails at call time (e.g. a locked Secret Service collection).

    Its errors echo the password, as some real backends' messages do, so tests can
    check that the app never repeats a backend's message."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked(f"collection locked while reading {username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked(f"collection locked; could not store {password}")


class FileKeyring(KeyringBackend):
    """A JSON-file backend for subprocess tests (PYTHON_KEYRING_BACKEND=tests.store.keyrings.FileKeyring).

    The file is ``$KOJI_TEST_KEYRING_FILE``."""

    priority = 1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ["KOJI_TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\x00{username}"] = password
        self._path.write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\x00{username}", None) is None:
            raise PasswordDeleteError("not found")
        self._path.write_text(json.dumps(data), encoding="utf-8")


class StuckKeyring(MemoryKeyring):
    """Reads and writes work, deletes fail (as a keyring whose delete is denied or broken).

    The error echoes the password, so tests can check it is never repeated."""

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(("delete", service, username))
        password = self.store.get((service, username))
        raise PasswordDeleteError(f"delete denied for {password}")
