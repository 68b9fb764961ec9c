"""User preferences: key overrides (``keymap.toml``), the theme and the interface's language
(``config.toml``).

``paths.config_dir()/keymap.toml`` maps binding ids to keys, either at top level
or under a ``[bindings]`` table::

    quit = "ctrl+q"
    send = "ctrl+s,f5"        # several keys: comma-separated

A broken file never crashes the app: :func:`load_keymap` returns the overrides it
could read plus a list of plain-language problems (with file name and line for
TOML syntax errors) for the app to show. Values must be non-empty strings;
binding ids unknown to the app are reported when ``known_ids`` is given.

``paths.config_dir()/config.toml`` holds ``theme = "name"`` and ``locale = "es"`` (the
language of the app and the CLI: ``en``, ``es``, ``fr``, ``de``, ``pt``; without it, the
environment's ``LC_ALL`` / ``LC_MESSAGES`` / ``LANG``); :func:`save_theme` rewrites it
atomically and keeps the locale. An unknown locale is a problem (said, then ignored).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from koji_tui import paths
from koji_tui.config.cockpit_layout import kept_table_of
from koji_tui.config.studies import atomic_write_text
from koji_tui.i18n import LOCALES, N_, app_translator, supported

_KEY_RE = re.compile(r"^[^\s,]+$")


def _(message: str, **values: object) -> str:
    """``message`` in the user's language, its ``{name}`` fields filled from ``values``."""
    text = app_translator().gettext(message)
    return text.format(**values) if values else text


@dataclass(frozen=True)
class Keymap:
    overrides: dict[str, str] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    path: Path | None = None


@dataclass(frozen=True)
class Settings:
    theme: str | None = None
    problems: list[str] = field(default_factory=list)
    path: Path | None = None
    locale: str | None = None  # the interface's language, as written (``"es"``, ``"pt-BR"``)
    locale_problem: str | None = None  # why ``locale`` was ignored (also in ``problems``)


_UNKNOWN_LOCALE = N_(
    "{path}: locale {value!r} is not a language koji-tui speaks ({known}); "
    "the environment's language is used."
)
_BAD_LOCALE = N_("{path}: 'locale' must be a language code in quotes, like \"es\"; ignored.")


def _locale_of(data: dict[str, Any], path: Path, problems: list[str]) -> str | None:
    value = data.get("locale")
    if value is None:
        return None
    tr = app_translator()
    if not isinstance(value, str) or not value.strip():
        problems.append(tr.gettext(_BAD_LOCALE).format(path=path))
        return None
    if not supported(value):
        known = ", ".join(LOCALES)
        problems.append(tr.gettext(_UNKNOWN_LOCALE).format(path=path, value=value, known=known))
        return None
    return value.strip()


def keymap_path() -> Path:
    return paths.config_dir() / "keymap.toml"


def settings_path() -> Path:
    return paths.config_dir() / "config.toml"


def _read_toml(path: Path) -> tuple[dict[str, Any] | None, list[str]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}, []
    except OSError as exc:
        error = exc.strerror or str(exc)
        return None, [
            app_translator().gettext("Cannot read {path}: {error}").format(path=path, error=error)
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None, [
            app_translator().gettext("{path} is not UTF-8 text; it was ignored.").format(path=path)
        ]
    import tomllib  # only once there is a file to parse (none at a first start)

    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as exc:
        text = app_translator().gettext("{path} is not valid TOML ({error}); it was ignored.")
        return None, [text.format(path=path, error=exc)]


def load_keymap(path: Path | None = None, known_ids: set[str] | None = None) -> Keymap:
    """Read key overrides; never raises for a bad file."""
    path = path or keymap_path()
    data, problems = _read_toml(path)
    if data is None:
        return Keymap({}, problems, path)
    table: Any = data.get("bindings", data) if isinstance(data.get("bindings"), dict) else data
    overrides: dict[str, str] = {}
    for binding_id, value in table.items():
        if binding_id == "bindings":
            continue
        if not isinstance(value, str) or not value.strip():
            problems.append(
                _(
                    '{path}: {binding_id!r} must be a key name in quotes, like "ctrl+q"; ignored.',
                    path=path,
                    binding_id=binding_id,
                )
            )
            continue
        keys = [k.strip() for k in value.split(",")]
        bad = [k for k in keys if not k or not _KEY_RE.match(k)]
        if bad:
            problems.append(
                _(
                    "{path}: {binding_id!r} has an invalid key {value!r}; ignored.",
                    path=path,
                    binding_id=binding_id,
                    value=value,
                )
            )
            continue
        if known_ids is not None and binding_id not in known_ids:
            problems.append(
                _(
                    "{path}: unknown binding {binding_id!r}; ignored.",
                    path=path,
                    binding_id=binding_id,
                )
            )
            continue
        overrides[binding_id] = ",".join(keys)
    return Keymap(overrides, problems, path)


def load_settings(path: Path | None = None) -> Settings:
    """Read ``config.toml``; never raises for a bad file."""
    path = path or settings_path()
    data, problems = _read_toml(path)
    if data is None:
        return Settings(None, problems, path)
    theme = data.get("theme")
    if theme is not None and (not isinstance(theme, str) or not theme.strip()):
        problems.append(_("{path}: 'theme' must be a theme name in quotes; ignored.", path=path))
        theme = None
    before = len(problems)
    locale = _locale_of(data, path, problems)
    theme = theme.strip() if isinstance(theme, str) else None
    locale_problem = problems[-1] if len(problems) > before else None
    return Settings(theme, problems, path, locale=locale, locale_problem=locale_problem)


def save_theme(theme: str, path: Path | None = None) -> None:
    """Remember the theme (atomic rewrite of ``config.toml``; the ``locale`` line is kept)."""
    path = path or settings_path()
    cockpit = kept_table_of(path)  # the cockpit's layout stays (koji_tui.config.cockpit_layout)
    data, _ = _read_toml(path)
    locale = (data or {}).get("locale")
    # A TOML basic string accepts JSON's escapes for the characters json.dumps emits.
    text = f"theme = {json.dumps(theme.strip(), ensure_ascii=True)}\n"
    if isinstance(locale, str):
        text += f"locale = {json.dumps(locale, ensure_ascii=True)}\n"
    atomic_write_text(path, text + cockpit)


class SettingsFiles:
    """The settings and keymap files of the config folder (``folder``: tests pass their own).

    The app's :class:`koji_tui.services.SettingsStore`; every call reads or writes the disk.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self._folder = folder

    def _path(self, name: str) -> Path:
        return (self._folder or paths.config_dir()) / name

    def load(self) -> Settings:
        return load_settings(self._path("config.toml"))

    def save_theme(self, theme: str) -> None:
        save_theme(theme, self._path("config.toml"))

    def load_keymap(self, known_ids: set[str] | None = None) -> Keymap:
        return load_keymap(self._path("keymap.toml"), known_ids=known_ids)
