"""The user's list of studies (name, server URL, notes), kept in ``studies.json``.

A *study* is what the user picks in the app: a unique, user-chosen name and the
base URL of a Koji server. Its API key is NOT here; it lives in the OS keyring
(see :mod:`koji_tui.config.credentials`).

File: ``paths.config_dir()/studies.json``::

    {"version": 1, "studies": [{"name": "Onboarding", "base_url": "https://koji.example",
                                 "notes": "", "study_id": null}]}

Writes are atomic (temp file in the same folder + ``os.replace``), so a crash
mid-write leaves the previous file intact. A file that cannot be read is never
overwritten: every write first re-reads the file and fails with a
:class:`ConfigError` that names the file and the problem.

The base URL is the server root (``https://koji.example``); a pasted URL that
ends in ``/api/v1/interviews`` is trimmed to its root, because the client adds
that path itself. URLs with user:password, a query or a fragment are refused.

When both ``KOJI_BASE_URL`` and ``KOJI_API_KEY`` are set, :func:`env_study`
returns an extra, read-only study named ``env: host:port`` that is never
written to the file (``env: <study>`` when the key is one that
``koji-tui serve`` prints for a sample study).
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import urlsplit

from koji_tui import paths

if TYPE_CHECKING:
    from koji_tui.config.guide import Guide

ENV_BASE_URL = "KOJI_BASE_URL"
ENV_API_KEY = "KOJI_API_KEY"
ENV_STUDY_PREFIX = "env: "
FILE_VERSION = 1
MAX_NAME_LENGTH = 80

StudySource = Literal["file", "env"]


class ConfigError(Exception):
    """A configuration problem the user can fix; the message says what and where."""


class DuplicateStudyError(ConfigError):
    """A study with that name already exists."""


class UnknownStudyError(ConfigError):
    """No study has that name."""


@dataclass(frozen=True)
class StudyConfig:
    """One study the user can run interviews for. Never carries the API key."""

    name: str
    base_url: str
    notes: str = ""
    study_id: str | None = None
    source: StudySource = "file"
    # the discussion guide attached with `study edit NAME --guide FILE` (koji_tui.config.guide)
    guide: Guide | None = field(default=None, repr=False)

    @property
    def is_env(self) -> bool:
        return self.source == "env"

    @property
    def server_label(self) -> str:
        """``host:port`` of the server, for compact display."""
        return host_port(self.base_url)


def host_port(base_url: str) -> str:
    try:
        parts = urlsplit(base_url)
        port = parts.port
    except ValueError:  # not a normalized URL; show it as it is
        return base_url
    host = parts.hostname or ""
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = port or (443 if parts.scheme == "https" else 80)
    return f"{host}:{port}"


def normalize_base_url(url: str) -> str:
    """Return the canonical server root for ``url`` or raise :class:`ConfigError`.

    Accepts ``http``/``https`` URLs with a host; strips whitespace, trailing
    slashes and a trailing ``/api/v1/interviews``.
    """
    text = (url or "").strip()
    if not text:
        raise ConfigError("The server URL is empty. Example: https://koji.example")
    if any(ch.isspace() or ord(ch) < 32 for ch in text):
        raise ConfigError("The server URL must not contain spaces or control characters.")
    try:
        parts = urlsplit(text)
    except ValueError as exc:  # e.g. "Invalid IPv6 URL" for http://[::1
        raise ConfigError(f"The server URL is not valid ({exc}): {_shown(text)}") from None
    if parts.scheme not in ("http", "https"):
        raise ConfigError(
            f"The server URL must start with http:// or https:// (got {_shown(text)})."
        )
    try:
        port = parts.port
    except ValueError:
        raise ConfigError(f"The server URL has an invalid port: {_shown(text)}") from None
    if not parts.hostname:
        raise ConfigError(f"The server URL has no host name: {_shown(text)}")
    if parts.username is not None or parts.password is not None:
        raise ConfigError(
            "The server URL must not contain a user name or password; "
            "the API key is asked for separately."
        )
    if parts.query or parts.fragment:
        raise ConfigError("The server URL must not contain a query (?…) or a fragment (#…).")
    from koji_tui.api.client import API_PATH  # the one spelling of the path (api's)

    path = parts.path.rstrip("/")
    if path.endswith(API_PATH):
        path = path[: -len(API_PATH)]
    host = parts.hostname
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None else f"{host}:{port}"
    return f"{parts.scheme}://{netloc}{path}"


def is_loopback(base_url: str) -> bool:
    try:
        host = urlsplit(base_url).hostname or ""
    except ValueError:
        return False
    return host in ("localhost", "::1") or host.startswith("127.")


def validate_name(name: str) -> str:
    """Return the cleaned study name or raise :class:`ConfigError`."""
    text = (name or "").strip()
    if not text:
        raise ConfigError("The study name is empty.")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise ConfigError("The study name must not contain control characters.")
    if len(text) > MAX_NAME_LENGTH:
        raise ConfigError(f"The study name is too long (at most {MAX_NAME_LENGTH} characters).")
    if text.lower().startswith(ENV_STUDY_PREFIX.strip()):
        raise ConfigError(
            "Study names starting with 'env:' are reserved for the study taken from "
            f"{ENV_BASE_URL}/{ENV_API_KEY}."
        )
    return text


def _shown(text: str, limit: int = 60) -> str:
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(text)


def env_study(environ: dict[str, str] | None = None) -> StudyConfig | None:
    """The study defined by ``KOJI_BASE_URL`` + ``KOJI_API_KEY``, or None.

    Raises :class:`ConfigError` when ``KOJI_BASE_URL`` is set but invalid.
    """
    env = os.environ if environ is None else environ
    url = env.get(ENV_BASE_URL, "").strip()
    key = env.get(ENV_API_KEY, "").strip()
    if not url or not key:
        return None
    try:
        base_url = normalize_base_url(url)
    except ConfigError as exc:
        raise ConfigError(f"{ENV_BASE_URL} is not usable: {exc}") from None
    from koji_tui.config.samples import sandbox_sample

    sample = sandbox_sample(base_url, key)
    where = host_port(base_url)
    return StudyConfig(
        name=f"{ENV_STUDY_PREFIX}{sample[0] if sample else where}",
        base_url=base_url,
        notes=f"from {ENV_BASE_URL} and {ENV_API_KEY}",
        study_id=sample[1] if sample else None,
        source="env",
    )


class StudyStore:
    """Load and change ``studies.json``. Every call re-reads the file (it is tiny),
    so two processes editing it see each other's changes; writes are atomic."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path
        self._lock = threading.RLock()

    @property
    def path(self) -> Path:
        return self._path if self._path is not None else paths.config_dir() / "studies.json"

    # -- reading ---------------------------------------------------------------
    def load(self) -> list[StudyConfig]:
        """Studies saved in the file (not the env study). Raises ConfigError if unreadable."""
        path = self.path
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise ConfigError(f"Cannot read {path}: {exc.strerror or exc}") from None
        try:
            data = json.loads(raw) if raw.strip() else {"studies": []}
        except json.JSONDecodeError as exc:
            raise ConfigError(
                f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}). "
                "Fix or move the file; koji-tui will not overwrite it."
            ) from None
        return self._parse(data)

    def _parse(self, data: Any) -> list[StudyConfig]:
        path = self.path
        if isinstance(data, list):  # tolerate a bare list
            items: Any = data
        elif isinstance(data, dict):
            items = data.get("studies", [])
        else:
            raise ConfigError(f"{path} must hold an object with a 'studies' list.")
        if not isinstance(items, list):
            raise ConfigError(f"{path}: 'studies' must be a list.")
        studies: list[StudyConfig] = []
        seen: set[str] = set()
        for index, item in enumerate(items, start=1):
            where = f"{path}, study #{index}"
            if not isinstance(item, dict):
                raise ConfigError(f"{where}: expected an object.")
            name, url = item.get("name"), item.get("base_url")
            if not isinstance(name, str) or not isinstance(url, str):
                raise ConfigError(f"{where}: 'name' and 'base_url' must be strings.")
            notes = item.get("notes") or ""
            study_id = item.get("study_id")
            if not isinstance(notes, str) or not (study_id is None or isinstance(study_id, str)):
                raise ConfigError(f"{where}: 'notes' and 'study_id' must be strings.")
            try:
                name = validate_name(name)
                url = normalize_base_url(url)
            except ConfigError as exc:
                raise ConfigError(f"{where}: {exc}") from None
            if name.casefold() in seen:
                raise ConfigError(f"{where}: the name {name!r} is used twice.")
            seen.add(name.casefold())
            guide = None
            if item.get("guide") is not None:
                from koji_tui.config.guide import GuideError, from_stored

                try:
                    guide = from_stored(item["guide"], where)
                except GuideError as exc:
                    raise ConfigError(str(exc)) from None
            studies.append(
                StudyConfig(name=name, base_url=url, notes=notes, study_id=study_id, guide=guide)
            )
        return studies

    def list(self, include_env: bool = True) -> list[StudyConfig]:
        """Saved studies, plus the env study first when KOJI_BASE_URL/KOJI_API_KEY are set."""
        studies = self.load()
        if include_env:
            env = env_study()
            if env is not None:
                studies.insert(0, env)
        return studies

    def get(self, name: str) -> StudyConfig:
        """The study called ``name`` (exact match first, then case-insensitive)."""
        studies = self.list()
        for study in studies:
            if study.name == name:
                return study
        folded = name.strip().casefold()
        for study in studies:
            if study.name.casefold() == folded:
                return study
        known = ", ".join(repr(s.name) for s in studies) or "none yet"
        raise UnknownStudyError(f"No study named {name!r}. Known studies: {known}.")

    def __iter__(self) -> Iterator[StudyConfig]:
        return iter(self.list())

    # -- changing --------------------------------------------------------------
    def add(
        self, name: str, base_url: str, notes: str = "", study_id: str | None = None
    ) -> StudyConfig:
        study = StudyConfig(
            name=validate_name(name),
            base_url=normalize_base_url(base_url),
            notes=(notes or "").strip(),
            study_id=study_id,
        )
        with self._lock:
            studies = self.load()
            if any(s.name.casefold() == study.name.casefold() for s in studies):
                raise DuplicateStudyError(
                    f"A study named {study.name!r} already exists. "
                    "Pick another name, or change it with `koji-tui study edit`."
                )
            studies.append(study)
            self._write(studies)
        return study

    def update(
        self,
        name: str,
        *,
        base_url: str | None = None,
        new_name: str | None = None,
        notes: str | None = None,
        guide: Guide | None = None,
        drop_guide: bool = False,
    ) -> StudyConfig:
        """Change a saved study; returns the new version. The key is not touched here
        (use :meth:`CredentialStore.rename` when renaming). ``guide``: attach this one;
        ``drop_guide``: the study has none any more."""
        with self._lock:
            studies = self.load()
            index = self._index(studies, name)
            old = studies[index]
            new = old
            if base_url is not None:
                new = replace(new, base_url=normalize_base_url(base_url))
            if notes is not None:
                new = replace(new, notes=notes.strip())
            if guide is not None or drop_guide:
                new = replace(new, guide=guide)
            if new_name is not None:
                cleaned = validate_name(new_name)
                clash = [
                    s
                    for i, s in enumerate(studies)
                    if i != index and s.name.casefold() == cleaned.casefold()
                ]
                if clash:
                    raise DuplicateStudyError(f"A study named {cleaned!r} already exists.")
                new = replace(new, name=cleaned)
            studies[index] = new
            self._write(studies)
        return new

    def remove(self, name: str) -> StudyConfig:
        with self._lock:
            studies = self.load()
            index = self._index(studies, name)
            removed = studies.pop(index)
            self._write(studies)
        return removed

    def _index(self, studies: list[StudyConfig], name: str) -> int:
        if name.strip().lower().startswith(ENV_STUDY_PREFIX.strip()):
            raise ConfigError(
                f"{name!r} comes from {ENV_BASE_URL}/{ENV_API_KEY}; change those variables instead."
            )
        for i, study in enumerate(studies):
            if study.name == name:
                return i
        folded = name.strip().casefold()
        for i, study in enumerate(studies):
            if study.name.casefold() == folded:
                return i
        known = ", ".join(repr(s.name) for s in studies) or "none yet"
        raise UnknownStudyError(f"No study named {name!r}. Known studies: {known}.")

    def _write(self, studies: list[StudyConfig]) -> None:
        from koji_tui.config.guide import stored

        def kept(study: StudyConfig) -> dict[str, Any]:
            item = {k: v for k, v in asdict(study).items() if k not in ("source", "guide")}
            if study.guide is not None:
                item["guide"] = stored(study.guide)
            return item

        payload = {
            "version": FILE_VERSION,
            "studies": [kept(s) for s in studies if s.source == "file"],
        }
        try:
            atomic_write_text(self.path, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise ConfigError(f"Cannot write {self.path}: {exc.strerror or exc}") from None


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (temp file in the same folder, fsync, replace)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
