"""The operator PIN: a salted ``hashlib.scrypt`` hash in the config folder, and the guard that
locks the prompt after five wrong PINs.

The file (``kiosk-pin.json``, 0600) holds the scrypt parameters, the salt and the hash, never
the PIN. :class:`PinStore` is blocking (scrypt is slow on purpose: call it in a thread);
:class:`PinGuard` counts wrong attempts on an injected clock.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from koji_tui import paths
from koji_tui.i18n import app_translator

PIN_FILE = "kiosk-pin.json"
MIN_LENGTH = 4
MAX_LENGTH = 64
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
ATTEMPTS = 5
LOCKOUT_SECONDS = 60.0


class PinError(ValueError):
    """A PIN that cannot be used, or a PIN file that cannot be read (the message says why)."""


def problem_with(pin: str) -> str | None:
    """Why ``pin`` cannot be the operator PIN, or None."""
    tr = app_translator()
    if len(pin) < MIN_LENGTH:
        return tr.gettext("The PIN needs at least {n} characters.").format(n=MIN_LENGTH)
    if len(pin) > MAX_LENGTH:
        return tr.gettext("The PIN may have at most {n} characters.").format(n=MAX_LENGTH)
    if any(c.isspace() for c in pin) or not pin.isprintable():
        return tr.gettext("The PIN may not contain spaces or control characters.")
    return None


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=32)


class PinStore:
    """The PIN file (``path``; default: ``kiosk-pin.json`` in the config folder). Blocking."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path

    @property
    def path(self) -> Path:
        return self._path or paths.config_dir() / PIN_FILE

    def is_set(self) -> bool:
        return self.path.is_file()

    def set(self, pin: str) -> None:
        problem = problem_with(pin)
        if problem is not None:
            raise PinError(problem)
        from koji_tui.config.studies import atomic_write_text

        salt = secrets.token_bytes(16)
        record = {
            "kdf": "scrypt",
            "n": SCRYPT_N,
            "r": SCRYPT_R,
            "p": SCRYPT_P,
            "salt": salt.hex(),
            "hash": _hash(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P).hex(),
        }
        path = self.path
        paths.private_dir(path.parent)
        atomic_write_text(path, json.dumps(record, indent=2) + "\n")  # mkstemp: 0600

    def verify(self, pin: str) -> bool:
        """Whether ``pin`` is the operator PIN (False when none is set). Raises PinError for
        a file that is not a PIN file."""
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return False
        except (OSError, ValueError) as exc:
            said = app_translator().gettext("The PIN file {path} cannot be read: {error}")
            raise PinError(said.format(path=self.path, error=exc)) from None
        try:
            salt = bytes.fromhex(record["salt"])
            expected = bytes.fromhex(record["hash"])
            n, r, p = int(record["n"]), int(record["r"]), int(record["p"])
        except (KeyError, TypeError, ValueError):
            said = app_translator().gettext("The PIN file {path} is damaged: set the PIN again.")
            raise PinError(said.format(path=self.path)) from None
        if record.get("kdf") != "scrypt" or len(pin) > MAX_LENGTH:
            return False
        return hmac.compare_digest(_hash(pin, salt, n, r, p), expected)


class PinVerifier(Protocol):
    def verify(self, pin: str) -> bool: ...


@dataclass(frozen=True)
class PinOutcome:
    ok: bool
    attempts_left: int
    locked_for: float  # seconds until the prompt takes a PIN again (0: not locked)


class PinGuard:
    """Five wrong PINs lock the prompt for 60 s (``attempts``, ``lockout``), on ``clock``."""

    def __init__(
        self,
        store: PinVerifier,
        clock: Callable[[], float],
        *,
        attempts: int = ATTEMPTS,
        lockout: float = LOCKOUT_SECONDS,
    ) -> None:
        self._store = store
        self._clock = clock
        self.attempts = attempts
        self.lockout = lockout
        self._wrong = 0
        self._locked_until: float | None = None

    def locked_for(self) -> float:
        if self._locked_until is None:
            return 0.0
        left = self._locked_until - self._clock()
        if left <= 0:
            self._locked_until = None
            self._wrong = 0
            return 0.0
        return left

    @property
    def attempts_left(self) -> int:
        self.locked_for()
        return max(0, self.attempts - self._wrong)

    def check(self, pin: str) -> PinOutcome:
        """Try ``pin`` (blocking: scrypt). While locked nothing is tried."""
        locked = self.locked_for()
        if locked > 0:
            return PinOutcome(False, 0, locked)
        if self._store.verify(pin):
            self._wrong = 0
            return PinOutcome(True, self.attempts, 0.0)
        self._wrong += 1
        if self._wrong >= self.attempts:
            self._locked_until = self._clock() + self.lockout
            return PinOutcome(False, 0, self.lockout)
        return PinOutcome(False, self.attempts - self._wrong, 0.0)


__all__ = [
    "ATTEMPTS",
    "LOCKOUT_SECONDS",
    "PinError",
    "PinGuard",
    "PinOutcome",
    "PinStore",
    "problem_with",
]
