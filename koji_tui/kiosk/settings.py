"""The kiosk's settings: ``kiosk.toml`` in the config folder, with a table per study.

::

    idle_seconds = 90           # no key or click for this long: "Still there?"
    still_there_seconds = 30    # its countdown; then the interview ends (reason "timeout")
    thank_you_seconds = 15      # the thank-you screen, then the welcome again
    participant = "anonymous"   # or "name" (asks for a name) or "code" (a participant code)
    locales = ["en", "es"]      # the languages a participant may choose (default: the study's)
    consent = true              # ask for consent first (true: the default text), or a text

    [studies."Acme product feedback"]
    welcome = { en = "Welcome to Acme!", es = "¡Bienvenido a Acme!" }   # or one string
    consent = { en = "Your answers are used to improve Acme.", es = "…" }
    participant = "code"
    locales = ["en"]

Every study key may also be set at the top (for every study). A file that cannot be used is
never half-applied: :func:`load_settings` returns the problems, and ``koji-tui kiosk`` refuses
to start until they are fixed.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from koji_tui import paths
from koji_tui.i18n import app_translator

SETTINGS_FILE = "kiosk.toml"
ParticipantMode = Literal["anonymous", "name", "code"]
PARTICIPANT_MODES: tuple[str, ...] = ("anonymous", "name", "code")
Localized = str | dict[str, str]
_LOCALE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")
_NUMBERS = {
    "idle_seconds": (5.0, 3600.0),
    "still_there_seconds": (5.0, 600.0),
    "thank_you_seconds": (1.0, 300.0),
}
_STUDY_KEYS = ("welcome", "consent", "participant", "locales", "title")


@dataclass(frozen=True)
class StudyKiosk:
    """What the kiosk does for one study (the file's top level merged with its table)."""

    idle_seconds: float = 90.0
    still_there_seconds: float = 30.0
    thank_you_seconds: float = 15.0
    participant: ParticipantMode = "anonymous"
    locales: tuple[str, ...] = ()  # empty: the study's own, else the kiosk's --locale
    welcome: Localized | None = None
    consent: Localized | bool | None = None  # None/False: no consent card
    title: str | None = None  # the welcome's title (default: the study's name)

    @property
    def asks_consent(self) -> bool:
        return self.consent is not None and self.consent is not False


@dataclass(frozen=True)
class KioskSettings:
    base: StudyKiosk = field(default_factory=StudyKiosk)
    studies: dict[str, dict[str, Any]] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    path: Path | None = None

    def for_study(self, name: str) -> StudyKiosk:
        own = self.studies.get(name)
        return replace(self.base, **own) if own else self.base


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def _localized(value: Any, what: str, problems: list[str]) -> Localized | None:
    if isinstance(value, str) and value.strip():
        return value
    if (
        isinstance(value, dict)
        and value
        and all(isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items())
    ):
        return dict(value)
    said = app_translator().gettext(
        '{what} must be a text, or a table of texts by locale (en = "…").'
    )
    problems.append(said.format(what=what))
    return None


def _values(table: dict[str, Any], where: str, problems: list[str], *, top: bool) -> dict[str, Any]:
    """The settings of one table, checked (each problem named with its key)."""
    out: dict[str, Any] = {}
    tr = app_translator()
    known = set(_STUDY_KEYS) | (set(_NUMBERS) | {"studies"} if top else set())
    for key, value in table.items():
        what = f"{where}{key}"
        if key not in known:
            problems.append(tr.gettext("{what}: unknown setting.").format(what=what))
        elif key in _NUMBERS:
            low, high = _NUMBERS[key]
            if isinstance(value, bool) or not isinstance(value, int | float):
                problems.append(tr.gettext("{what} must be a number of seconds.").format(what=what))
            elif not low <= value <= high:
                said = tr.gettext("{what} must be between {low} and {high} seconds.")
                problems.append(said.format(what=what, low=f"{low:g}", high=f"{high:g}"))
            else:
                out[key] = float(value)
        elif key == "participant":
            if value not in PARTICIPANT_MODES:
                said = tr.gettext("{what} must be one of: {choices}.")
                problems.append(said.format(what=what, choices=", ".join(PARTICIPANT_MODES)))
            else:
                out[key] = value
        elif key == "locales":
            if (
                not isinstance(value, list)
                or not value
                or not all(isinstance(v, str) and _LOCALE.match(v) for v in value)
            ):
                said = tr.gettext('{what} must be a list of locales such as ["en", "es"].')
                problems.append(said.format(what=what))
            else:
                out[key] = tuple(dict.fromkeys(value))
        elif key == "consent":
            if isinstance(value, bool):
                out[key] = value
            else:
                text = _localized(value, what, problems)
                if text is not None:
                    out[key] = text
        elif key == "welcome":
            text = _localized(value, what, problems)
            if text is not None:
                out[key] = text
        elif key == "title":
            if not isinstance(value, str) or not value.strip():
                problems.append(tr.gettext("{what} must be a text.").format(what=what))
            else:
                out[key] = value
    return out


def parse_settings(data: dict[str, Any], path: Path | None = None) -> KioskSettings:
    problems: list[str] = []
    top = _values({k: v for k, v in data.items() if k != "studies"}, "", problems, top=True)
    studies: dict[str, dict[str, Any]] = {}
    raw_studies = data.get("studies", {})
    if not isinstance(raw_studies, dict):
        problems.append(app_translator().gettext('studies must be tables: [studies."Study name"].'))
    else:
        for name, table in raw_studies.items():
            if not isinstance(table, dict):
                said = app_translator().gettext('studies."{name}" must be a table.')
                problems.append(said.format(name=name))
                continue
            studies[name] = _values(table, f'studies."{name}".', problems, top=False)
    if path is not None:
        problems = [f"{path}: {p}" for p in problems]
    return KioskSettings(StudyKiosk(**top), studies, tuple(problems), path)


def load_settings(path: Path | None = None) -> KioskSettings:
    """Read ``kiosk.toml`` (missing: the defaults). Never raises for a bad file."""
    path = path or settings_path()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return KioskSettings(path=path)
    except OSError as exc:
        said = app_translator().gettext("Cannot read {path}: {error}")
        return KioskSettings(
            problems=(said.format(path=path, error=exc.strerror or exc),), path=path
        )
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        said = app_translator().gettext("{path} is not valid TOML: {error}")
        return KioskSettings(problems=(said.format(path=path, error=exc),), path=path)
    return parse_settings(data, path)


__all__ = [
    "PARTICIPANT_MODES",
    "SETTINGS_FILE",
    "KioskSettings",
    "ParticipantMode",
    "StudyKiosk",
    "load_settings",
    "parse_settings",
    "settings_path",
]
