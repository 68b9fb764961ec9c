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

from koji_tui import paths
from koji_tui.config.study_checks import (
    ENV_API_KEY,
    ENV_BASE_URL,
    ENV_STUDY_PREFIX,
    ConfigError,
    DuplicateStudyError,
    UnknownStudyError,
    _,
    host_port,
    is_loopback,
    normalize_base_url,
    validate_name,
)

# Re-exported: the checks moved to study_checks; callers import them from here.
__all__ = [
    "ENV_API_KEY",
    "ENV_BASE_URL",
    "ENV_STUDY_PREFIX",
    "ConfigError",
    "DuplicateStudyError",
    "StudyConfig",
    "StudyStore",
    "UnknownStudyError",
    "atomic_write_text",
    "env_study",
    "host_port",
    "is_loopback",
    "normalize_base_url",
    "validate_name",
]

if TYPE_CHECKING:
    from koji_tui.config.guide import Guide

FILE_VERSION = 1

StudySource = Literal["file", "env"]


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
        raise ConfigError(
            _("{ENV_BASE_URL} is not usable: {exc}", ENV_BASE_URL=ENV_BASE_URL, exc=exc)
        ) from None
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
            raise ConfigError(
                _("Cannot read {path}: {value}", path=path, value=exc.strerror or exc)
            ) from None
        try:
            data = json.loads(raw) if raw.strip() else {"studies": []}
        except json.JSONDecodeError as exc:
            raise ConfigError(
                _(
                    "{path} is not valid JSON (line {lineno}, column {colno}: {msg}). Fix or move the file; koji-tui will not overwrite it.",
                    path=path,
                    lineno=exc.lineno,
                    colno=exc.colno,
                    msg=exc.msg,
                )
            ) from None
        return self._parse(data)

    def _parse(self, data: Any) -> list[StudyConfig]:
        path = self.path
        if isinstance(data, list):  # tolerate a bare list
            items: Any = data
        elif isinstance(data, dict):
            items = data.get("studies", [])
        else:
            raise ConfigError(_("{path} must hold an object with a 'studies' list.", path=path))
        if not isinstance(items, list):
            raise ConfigError(_("{path}: 'studies' must be a list.", path=path))
        studies: list[StudyConfig] = []
        seen: set[str] = set()
        for index, item in enumerate(items, start=1):
            where = f"{path}, study #{index}"
            if not isinstance(item, dict):
                raise ConfigError(_("{where}: expected an object.", where=where))
            name, url = item.get("name"), item.get("base_url")
            if not isinstance(name, str) or not isinstance(url, str):
                raise ConfigError(_("{where}: 'name' and 'base_url' must be strings.", where=where))
            notes = item.get("notes") or ""
            study_id = item.get("study_id")
            if not isinstance(notes, str) or not (study_id is None or isinstance(study_id, str)):
                raise ConfigError(
                    _("{where}: 'notes' and 'study_id' must be strings.", where=where)
                )
            try:
                name = validate_name(name)
                url = normalize_base_url(url)
            except ConfigError as exc:
                raise ConfigError(f"{where}: {exc}") from None
            if name.casefold() in seen:
                raise ConfigError(
                    _("{where}: the name {name!r} is used twice.", where=where, name=name)
                )
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
        raise UnknownStudyError(
            _("No study named {name!r}. Known studies: {known}.", name=name, known=known)
        )

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
                    _(
                        "A study named {name!r} already exists. Pick another name, or change it with `koji-tui study edit`.",
                        name=study.name,
                    )
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
                    raise DuplicateStudyError(
                        _("A study named {cleaned!r} already exists.", cleaned=cleaned)
                    )
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
                _(
                    "{name!r} comes from {ENV_BASE_URL}/{ENV_API_KEY}; change those variables instead.",
                    name=name,
                    ENV_BASE_URL=ENV_BASE_URL,
                    ENV_API_KEY=ENV_API_KEY,
                )
            )
        for i, study in enumerate(studies):
            if study.name == name:
                return i
        folded = name.strip().casefold()
        for i, study in enumerate(studies):
            if study.name.casefold() == folded:
                return i
        known = ", ".join(repr(s.name) for s in studies) or "none yet"
        raise UnknownStudyError(
            _("No study named {name!r}. Known studies: {known}.", name=name, known=known)
        )

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
            raise ConfigError(
                _("Cannot write {path}: {value}", path=self.path, value=exc.strerror or exc)
            ) from None


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
