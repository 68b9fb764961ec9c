"""Sandbox studies: discussion guides loaded from JSON files.

A study file (``*.json``; the samples ship in ``koji_tui/server/studies/``) looks like::

    {
      "id": "acme-product-feedback",          # letters, digits, "-" and "_"
      "name": "Acme product feedback",
      "description": "optional, one line",
      "locale": "en",                         # the study's default language
      "locales": ["en"],                      # optional, defaults to [locale]
      "mode": "text",                         # "text" (default) or "voice" (voice-only)
      "intro": "Thanks for taking the time ...",
      "questions": [
        {"id": "role", "type": "open_ended", "text": "What do you do?",
         "max_follow_ups": 1, "probes": ["Could you tell me more?"]},
        {"id": "nps", "type": "scale", "text": "How likely ...?", "scale_min": 0, "scale_max": 10,
         "scale_labels": {"0": "Not at all likely", "10": "Extremely likely"}},
        {"id": "plan", "type": "single_choice", "text": "Which plan?", "options": ["A", "B"],
         "allow_other": true}
      ]
    }

Every text (``name`` excepted) may be a plain string or an object keyed by locale
(``{"en": "...", "fr": "..."}``); the default locale must always be present and missing
locales fall back to it. Question types: open_ended, scale, single_choice, multiple_choice,
ranking, yes_no. ``camelCase`` spellings (``scaleMin``, ``allowOther``, ``maxFollowUps``)
are accepted too. A broken file raises :class:`StudyError` naming the file and the field.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

QUESTION_TYPES = ("open_ended", "scale", "single_choice", "multiple_choice", "ranking", "yes_no")
MODES = ("text", "voice")
SHIPPED_STUDIES_DIR = Path(__file__).resolve().parent / "studies"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_LOCALE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})?$")

Localized = dict[str, str]


class StudyError(ValueError):
    """A study file that cannot be used (the message names the file and the problem)."""


def study_api_key(study_id: str) -> str:
    """The deterministic full-permission sandbox key of a study: ``pk_test_`` + 32 hex chars."""
    digest = hashlib.sha256(f"koji-tui-sandbox-key:{study_id}".encode()).hexdigest()
    return "pk_test_" + digest[:32]


@dataclass(frozen=True)
class GuideQuestion:
    """One question of a discussion guide."""

    id: str
    type: str
    text: Localized
    options: tuple[Localized, ...] = ()
    scale_min: int | None = None
    scale_max: int | None = None
    scale_labels: dict[str, Localized] = field(default_factory=dict)
    allow_other: bool = False
    max_follow_ups: int = 0
    probes: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def is_structured(self) -> bool:
        return self.type != "open_ended"


@dataclass(frozen=True)
class SandboxStudy:
    """A study served by the sandbox (``api_key`` is its full-permission sandbox key)."""

    id: str
    name: str
    locale: str
    locales: tuple[str, ...]
    mode: str
    questions: tuple[GuideQuestion, ...]
    intro: Localized = field(default_factory=dict)
    description: str = ""
    source: str = ""

    @property
    def api_key(self) -> str:
        return study_api_key(self.id)

    @property
    def modes(self) -> tuple[str, ...]:
        return (self.mode,)

    @property
    def question_types(self) -> tuple[str, ...]:
        return tuple(q.type for q in self.questions)

    def resolve_locale(self, requested: str | None) -> str:
        """The locale an interview runs in: the requested one if offered (also ``fr-CA`` ->
        ``fr``), otherwise the study's default."""
        if requested:
            wanted = requested.strip().replace("_", "-")
            for candidate in (wanted, wanted.split("-", 1)[0].lower()):
                for offered in self.locales:
                    if offered.lower() == candidate.lower():
                        return offered
        return self.locale

    def __repr__(self) -> str:  # never prints the key
        return f"SandboxStudy(id={self.id!r}, name={self.name!r}, locale={self.locale!r}, mode={self.mode!r})"


def text_in(value: Localized, locale: str, default: str) -> str:
    """The text of ``value`` in ``locale``, else in the default locale."""
    return value.get(locale) or value.get(default) or next(iter(value.values()), "")


# --------------------------------------------------------------------------- loading


def _get(obj: dict[str, Any], *names: str, default: Any = None) -> Any:
    for name in names:
        if name in obj:
            return obj[name]
    return default


class _Loader:
    def __init__(self, where: str, locale: str, locales: tuple[str, ...]) -> None:
        self.where = where
        self.locale = locale
        self.locales = locales

    def fail(self, problem: str) -> StudyError:
        return StudyError(f"{self.where}: {problem}")

    def localized(self, value: Any, what: str) -> Localized:
        if isinstance(value, str):
            if not value.strip():
                raise self.fail(f"{what} is empty")
            return {loc: value for loc in self.locales}
        if isinstance(value, dict):
            out: Localized = {}
            for key, text in value.items():
                if not isinstance(text, str) or not text.strip():
                    raise self.fail(f"{what}[{key!r}] must be a non-empty string")
                out[str(key)] = text
            if self.locale not in out:
                raise self.fail(f"{what} has no text in the default locale {self.locale!r}")
            return out
        raise self.fail(f"{what} must be a string or an object keyed by locale")

    def int_field(self, value: Any, what: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"{what} must be an integer")
        return value

    def question(self, raw: Any, index: int, seen: set[str]) -> GuideQuestion:
        what = f"questions[{index}]"
        if not isinstance(raw, dict):
            raise self.fail(f"{what} must be an object")
        qid = _get(raw, "id", default=f"q{index + 1}")
        if not isinstance(qid, str) or not _ID.match(qid):
            raise self.fail(f"{what}.id must be a short identifier")
        if qid in seen:
            raise self.fail(f"{what}.id {qid!r} is used twice")
        seen.add(qid)
        kind = _get(raw, "type", default="open_ended")
        if kind not in QUESTION_TYPES:
            raise self.fail(f"{what}.type must be one of {', '.join(QUESTION_TYPES)}")
        text = self.localized(_get(raw, "text", "prompt"), f"{what}.text")
        options: tuple[Localized, ...] = ()
        if kind in ("single_choice", "multiple_choice", "ranking"):
            raw_options = _get(raw, "options", default=None)
            if not isinstance(raw_options, list) or len(raw_options) < 2:
                raise self.fail(f"{what}.options must list at least two options")
            if len(raw_options) > 12:
                raise self.fail(f"{what}.options may list at most 12 options")
            options = tuple(
                self.localized(o, f"{what}.options[{i}]") for i, o in enumerate(raw_options)
            )
            for loc in self.locales:
                labels = [text_in(o, loc, self.locale).casefold() for o in options]
                if len(set(labels)) != len(labels):
                    raise self.fail(f"{what}.options repeat a label in locale {loc!r}")
        scale_min = scale_max = None
        scale_labels: dict[str, Localized] = {}
        if kind == "scale":
            scale_min = self.int_field(_get(raw, "scale_min", "scaleMin"), f"{what}.scale_min")
            scale_max = self.int_field(_get(raw, "scale_max", "scaleMax"), f"{what}.scale_max")
            if not scale_min < scale_max or scale_max - scale_min > 20:
                raise self.fail(f"{what} needs scale_min < scale_max, at most 20 apart")
            raw_labels = _get(raw, "scale_labels", "scaleLabels", default={}) or {}
            if not isinstance(raw_labels, dict):
                raise self.fail(f"{what}.scale_labels must be an object")
            for point, label in raw_labels.items():
                try:
                    number = int(point)
                except ValueError:
                    raise self.fail(f"{what}.scale_labels key {point!r} is not a number") from None
                if not scale_min <= number <= scale_max:
                    raise self.fail(f"{what}.scale_labels key {point!r} is outside the scale")
                scale_labels[str(number)] = self.localized(label, f"{what}.scale_labels[{point}]")
        allow_other = _get(raw, "allow_other", "allowOther", default=False)
        if not isinstance(allow_other, bool):
            raise self.fail(f"{what}.allow_other must be true or false")
        if allow_other and kind not in ("single_choice", "multiple_choice"):
            raise self.fail(f"{what}.allow_other only applies to choice questions")
        max_follow_ups = self.int_field(
            _get(raw, "max_follow_ups", "maxFollowUps", default=0), f"{what}.max_follow_ups"
        )
        if not 0 <= max_follow_ups <= 3:
            raise self.fail(f"{what}.max_follow_ups must be between 0 and 3")
        probes = self.probes(_get(raw, "probes", default=[]), f"{what}.probes")
        return GuideQuestion(
            id=qid,
            type=kind,
            text=text,
            options=options,
            scale_min=scale_min,
            scale_max=scale_max,
            scale_labels=scale_labels,
            allow_other=allow_other,
            max_follow_ups=max_follow_ups,
            probes=probes,
        )

    def probes(self, raw: Any, what: str) -> dict[str, tuple[str, ...]]:
        def texts(value: Any, where: str) -> tuple[str, ...]:
            if not isinstance(value, list) or not all(
                isinstance(t, str) and t.strip() for t in value
            ):
                raise self.fail(f"{where} must be a list of non-empty strings")
            return tuple(value)

        if isinstance(raw, list):
            return {loc: texts(raw, what) for loc in self.locales} if raw else {}
        if isinstance(raw, dict):
            return {str(k): texts(v, f"{what}[{k!r}]") for k, v in raw.items()}
        raise self.fail(f"{what} must be a list or an object keyed by locale")


def parse_study(data: Any, where: str = "<study>") -> SandboxStudy:
    """Build a study from decoded JSON; raises :class:`StudyError` with a precise message."""
    if not isinstance(data, dict):
        raise StudyError(f"{where}: a study must be a JSON object")
    sid = data.get("id")
    if not isinstance(sid, str) or not _ID.match(sid):
        raise StudyError(f"{where}: id must be a short identifier (letters, digits, - and _)")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise StudyError(f"{where}: name must be a non-empty string")
    locale = data.get("locale", "en")
    if not isinstance(locale, str) or not _LOCALE.match(locale):
        raise StudyError(f"{where}: locale must look like 'en' or 'pt-BR'")
    raw_locales = data.get("locales", [locale])
    if (
        not isinstance(raw_locales, list)
        or not raw_locales
        or not all(isinstance(x, str) and _LOCALE.match(x) for x in raw_locales)
    ):
        raise StudyError(f"{where}: locales must be a list of locale codes")
    locales = tuple(dict.fromkeys([locale, *raw_locales]))
    mode = data.get("mode", "text")
    if mode not in MODES:
        raise StudyError(f"{where}: mode must be 'text' or 'voice'")
    loader = _Loader(where, locale, locales)
    intro = loader.localized(data["intro"], "intro") if data.get("intro") else {}
    raw_questions = data.get("questions")
    if not isinstance(raw_questions, list) or not raw_questions:
        raise StudyError(f"{where}: questions must be a non-empty list")
    seen: set[str] = set()
    questions = tuple(loader.question(q, i, seen) for i, q in enumerate(raw_questions))
    description = data.get("description", "")
    return SandboxStudy(
        id=sid,
        name=name,
        locale=locale,
        locales=locales,
        mode=mode,
        questions=questions,
        intro=intro,
        description=description if isinstance(description, str) else "",
        source=where,
    )


def load_studies(folder: Path | None = None) -> list[SandboxStudy]:
    """All ``*.json`` studies of ``folder`` (None: the shipped samples), sorted by file name."""
    folder = Path(folder) if folder is not None else SHIPPED_STUDIES_DIR
    if not folder.is_dir():
        raise StudyError(f"{folder}: not a folder of study files")
    studies: list[SandboxStudy] = []
    ids: set[str] = set()
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise StudyError(f"{path.name}: cannot read the study ({exc})") from None
        study = parse_study(data, path.name)
        if study.id in ids:
            raise StudyError(f"{path.name}: study id {study.id!r} is used by another file")
        ids.add(study.id)
        studies.append(study)
    if not studies:
        raise StudyError(f"{folder}: no *.json study files found")
    return studies
