"""API keys: the OS keyring, a key for this session only, or ``KOJI_API_KEY`` (env study only).

One key per study, stored with :mod:`keyring` under service ``koji-tui`` and
username = the study name. Keys are wrapped in :class:`pydantic.SecretStr`, whose
``repr``/``str`` never show the value; call ``get_secret_value()`` only at the
point where the key goes into an ``Authorization`` header.

Lookup order in :meth:`CredentialStore.get`:

1. a key typed for this session only (kept in memory, never written anywhere);
2. the OS keyring;
3. ``KOJI_API_KEY`` from the environment -- only for the env study (the one
   ``KOJI_BASE_URL`` defines, named ``env: host``). A saved study never gets it:
   sending one key to every saved server would leak it. A saved study without a
   stored key has no key (``missing``).

Keyring availability (:meth:`CredentialStore.backend_status`) follows keyring's
own rules (``keyring.core.recommended``/``_detect_backend``): the *fail*
backend (what keyring picks when nothing is installed, e.g. headless Linux
without a Secret Service) raises ``NoKeyringError`` on every call; the *null*
backend silently stores nothing; a *chainer* with nothing to chain has a
negative priority. Any of those — or any backend with priority <= 0 — means
"no persistent storage". A backend may also fail at call time (locked
collection, no D-Bus): such ``KeyringError``s are caught and turned into a
plain message; the key is then kept for this session so nothing is lost.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from koji_tui.i18n import N_, app_translator

if TYPE_CHECKING:
    from pydantic import SecretStr

SERVICE = "koji-tui"
ENV_API_KEY = "KOJI_API_KEY"
ENV_STUDY_PREFIX = "env: "

KeyOrigin = Literal["keyring", "env", "session"]

NO_BACKEND_HELP = N_(
    "To keep API keys between runs, install a Secret Service provider such as "
    "gnome-keyring (or KWallet), or `pip install keyrings.alt` for an unencrypted "
    "file backend. Until then a key typed in the app is kept for this session only; "
    "or run koji-tui with KOJI_BASE_URL and KOJI_API_KEY set, which adds that one "
    "server as an extra study."
)


def _(message: str, **values: object) -> str:
    """``message`` in the user's language (shown by the app and the commands), its ``{name}``
    fields filled from ``values``."""
    text = app_translator().gettext(message)
    return text.format(**values) if values else text


class CredentialError(Exception):
    """A key could not be stored, read or removed. The message never holds the key."""


def secret(value: str) -> SecretStr:
    """``value`` as a :class:`pydantic.SecretStr` (its repr, str and f-strings show stars).

    pydantic is imported on first use, so importing this module stays cheap at start-up."""
    from pydantic import SecretStr

    return SecretStr(value)


def clean_key(key: str | SecretStr) -> SecretStr:
    """Strip the key and check it is usable in an HTTP header; raise CredentialError if not."""
    raw = key if isinstance(key, str) else key.get_secret_value()
    raw = raw.strip()
    if not raw:
        raise CredentialError(_("The API key is empty."))
    if any(ch.isspace() or ord(ch) < 33 or ord(ch) == 127 for ch in raw):
        raise CredentialError(
            _("The API key contains spaces or control characters; paste only the key itself.")
        )
    if not raw.isascii():
        raise CredentialError(_("The API key contains non-ASCII characters; paste only the key."))
    return secret(raw)


@dataclass(frozen=True)
class KeySource:
    """The key found for a study and where it came from (``origin`` None: no key)."""

    key: SecretStr | None
    origin: KeyOrigin | None

    @property
    def found(self) -> bool:
        return self.key is not None


@dataclass(frozen=True)
class BackendStatus:
    available: bool
    message: str
    backend_name: str = ""

    def __iter__(self) -> Any:  # allows ``available, message = store.backend_status()``
        return iter((self.available, self.message))


@dataclass(frozen=True)
class StoreResult:
    """Where :meth:`CredentialStore.set` put the key; ``warning`` explains a fallback."""

    origin: KeyOrigin
    warning: str | None = None


def _backend_is_usable(backend: Any) -> tuple[bool, str]:
    from keyring.backends import chainer, fail, null

    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
        return False, name
    if isinstance(backend, null.Keyring):
        return False, name
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return False, name
    try:
        priority = float(backend.priority)
    except Exception:  # a backend whose priority check raises is not viable
        return False, name
    return priority > 0, name


class CredentialStore:
    """Find, store and forget API keys. Thread-safe; one instance per app run.

    ``backend`` lets tests inject a keyring backend; by default it is whatever
    ``keyring.get_keyring()`` returns at call time.
    """

    def __init__(self, backend: Any | None = None, environ: dict[str, str] | None = None) -> None:
        self._backend = backend
        self._environ = environ
        self._session: dict[str, SecretStr] = {}
        self._lock = threading.RLock()
        self._runtime_error: str | None = None

    # -- backend ---------------------------------------------------------------
    def _keyring(self) -> Any:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def backend_status(self) -> BackendStatus:
        """Whether keys can be stored persistently, with a plain-words message."""
        try:
            backend = self._keyring()
        except Exception as exc:
            return BackendStatus(
                False,
                _("The system keyring could not be loaded ({error}).", error=type(exc).__name__)
                + " "
                + _(NO_BACKEND_HELP),
            )
        usable, name = _backend_is_usable(backend)
        if not usable:
            return BackendStatus(
                False,
                _("No system keyring is available on this machine.") + " " + _(NO_BACKEND_HELP),
                name,
            )
        if self._runtime_error:
            return BackendStatus(False, self._runtime_error, name)
        return BackendStatus(
            True, _("API keys are stored in the system keyring ({name}).", name=name), name
        )

    @property
    def persistent(self) -> bool:
        return self.backend_status().available

    def _env_key(self) -> SecretStr | None:
        env = os.environ if self._environ is None else self._environ
        value = env.get(ENV_API_KEY, "").strip()
        return secret(value) if value else None

    # -- reading ---------------------------------------------------------------
    def get(self, study: str) -> KeySource:
        with self._lock:
            session = self._session.get(study)
        if session is not None:
            return KeySource(session, "session")
        # The env study (KOJI_BASE_URL + KOJI_API_KEY) never touches the keyring, and
        # only the env study gets KOJI_API_KEY: a saved study never inherits it.
        if study.startswith(ENV_STUDY_PREFIX):
            env = self._env_key()
            return KeySource(env, "env") if env is not None else KeySource(None, None)
        stored = self._keyring_get(study)
        if stored:
            return KeySource(secret(stored), "keyring")
        return KeySource(None, None)

    def _keyring_get(self, study: str) -> str | None:
        backend = self._keyring()
        if not _backend_is_usable(backend)[0]:
            return None
        try:
            value = backend.get_password(SERVICE, study)
        except Exception as exc:  # KeyringError; D-Bus and friends raise their own types
            self._note_runtime_error("read", exc)
            return None
        return value.strip() if isinstance(value, str) and value.strip() else None

    def _note_runtime_error(self, action: str, exc: BaseException) -> None:
        # Only the exception type: backends sometimes echo the secret back in messages.
        template = {
            "read": N_(
                "The system keyring failed to read a key ({error}); it may be locked or its "
                "service not running."
            ),
            "save": N_(
                "The system keyring failed to save a key ({error}); it may be locked or its "
                "service not running."
            ),
            "delete": N_(
                "The system keyring failed to delete a key ({error}); it may be locked or "
                "its service not running."
            ),
        }[action]
        self._runtime_error = _(template, error=type(exc).__name__) + " " + _(NO_BACKEND_HELP)

    # -- changing --------------------------------------------------------------
    def set(self, study: str, key: str | SecretStr, persist: bool = True) -> StoreResult:
        """Store ``key`` for ``study``: in the keyring when ``persist`` and one is
        available, else for this session only. Never silently drops the key."""
        secret = clean_key(key)
        if persist:
            status = self.backend_status()
            if status.available:
                try:
                    self._keyring().set_password(SERVICE, study, secret.get_secret_value())
                except Exception as exc:  # KeyringError, D-Bus errors, ...
                    self._note_runtime_error("save", exc)
                    with self._lock:
                        self._session[study] = secret
                    return StoreResult("session", self._runtime_error)
                with self._lock:
                    self._session.pop(study, None)
                return StoreResult("keyring")
            with self._lock:
                self._session[study] = secret
            return StoreResult("session", status.message)
        with self._lock:
            self._session[study] = secret
        return StoreResult("session")

    def set_persistent(self, study: str, key: str | SecretStr) -> None:
        """Store in the keyring or raise :class:`CredentialError` (used by the CLI,
        where a session-only key would be useless)."""
        secret = clean_key(key)
        status = self.backend_status()
        if not status.available:
            raise CredentialError(status.message)
        try:
            self._keyring().set_password(SERVICE, study, secret.get_secret_value())
        except Exception as exc:
            self._note_runtime_error("save", exc)
            raise CredentialError(self._runtime_error or "keyring failure") from None

    def delete(self, study: str) -> bool:
        """Forget the key of ``study`` (session and keyring). True if one was removed.

        Raises :class:`CredentialError` when the keyring cannot be read or still
        holds a key for ``study`` afterwards (a failed delete is never silent: a
        later study with the same name would inherit that key)."""
        with self._lock:
            removed = self._session.pop(study, None) is not None
        backend = self._keyring()
        if not _backend_is_usable(backend)[0]:
            return removed
        try:
            if backend.get_password(SERVICE, study) is None:
                return removed
        except Exception as exc:
            self._note_runtime_error("read", exc)
            raise CredentialError(self._runtime_error or "keyring failure") from None
        error: BaseException | None = None
        try:
            backend.delete_password(SERVICE, study)
        except Exception as exc:  # PasswordDeleteError, KeyringError, D-Bus errors, ...
            error = exc
        try:
            still_there = backend.get_password(SERVICE, study) is not None
        except Exception as exc:
            error, still_there = error or exc, True
        if still_there:
            # Only the exception type: backends sometimes echo the secret back in messages.
            why = f" ({type(error).__name__})" if error is not None else ""
            raise CredentialError(
                _(
                    "The system keyring did not delete the API key stored for {study!r}{why}; it is still there (service {SERVICE!r}, user {study!r}).",
                    study=study,
                    why=why,
                    SERVICE=SERVICE,
                )
            )
        return True

    def rename(self, old: str, new: str) -> None:
        """Move the key of ``old`` to ``new`` (after a study rename)."""
        with self._lock:
            if old in self._session:
                self._session[new] = self._session.pop(old)
        stored = self._keyring_get(old)
        if stored:
            try:
                self._keyring().set_password(SERVICE, new, stored)
            except Exception as exc:  # the backend's message may echo the key: not chained
                self._note_runtime_error("save", exc)
                raise CredentialError(self._runtime_error or "keyring failure") from None
            try:
                self._keyring().delete_password(SERVICE, old)
            except Exception as exc:
                self._note_runtime_error("delete", exc)

    def forget_session(self, study: str | None = None) -> None:
        """Drop session-only keys (one study or all)."""
        with self._lock:
            if study is None:
                self._session.clear()
            else:
                self._session.pop(study, None)

    def describe(self, study: str) -> str:
        """``keyring``, ``session``, ``env`` (env study only) or ``missing`` — what
        ``study list`` shows."""
        source = self.get(study)
        return source.origin or "missing"
