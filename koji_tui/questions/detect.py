"""``detect_question``: structured object first, then an embedded JSON block, then the plain text.

Pure and total: any input (including non-strings and malformed objects) yields a Question, never an
exception. When unsure the answer is open-ended: a wrong widget is worse than none.

Choices made where the contract is silent (documented here for the widget engineer):

* ``source`` is ``none`` for every open-ended result, even when a server object said "open_ended".
* An "Other (please specify)" option found in text is removed from ``options`` and sets
  ``allow_other``; the widget offers its own free-text "Other" entry.
* ``yes_no`` questions carry their two answers in ``options`` (localised, e.g. ["Sí", "No"]).
* ``language`` (added field) is a cheap guess among en/es/fr/de/pt, or the object's locale.
* An NPS question without explicit labels gets localised default endpoint labels.
* A structured object whose type is known but which lacks what the widget needs (a scale without
  bounds anywhere, a choice without options) is completed from the text; if the text cannot complete
  it, the next source is tried.
"""

from __future__ import annotations

import json
from typing import Any

from koji_tui.questions.embedded import find_embedded_json
from koji_tui.questions.language import guess_language
from koji_tui.questions.lexicon import NO_WORDS, NPS_LABELS, YES_WORDS
from koji_tui.questions.models import DetectionSource, Question, QuestionType
from koji_tui.questions.structured import (
    _LIKERT_ALIASES,
    _NPS_ALIASES,
    StructuredResult,
    parse_structured,
    scale_bounds_ok,
)
from koji_tui.questions.text import TextResult, ask_text, detect_text

MAX_CONTENT = 200_000


def detect_question(content: Any, structured: Any = None) -> Question:
    """Detect the question asked by one interviewer message (see the module docstring)."""
    text = _as_text(content)
    try:
        return _detect(text, structured)
    except Exception:  # never let a detection bug break the transcript
        return Question(prompt=text.strip(), source=DetectionSource.NONE)


def _as_text(content: Any) -> str:
    if isinstance(content, str):
        text = content
    elif isinstance(content, bytes | bytearray):
        text = bytes(content).decode("utf-8", errors="replace")
    elif content is None:
        text = ""
    else:
        try:
            text = str(content)
        except Exception:
            text = ""
    text = text[:MAX_CONTENT].replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\x00", "")


def _language(text: str, hint: str | None = None) -> str | None:
    if hint in YES_WORDS:
        return hint
    return guess_language(ask_text(text))  # the question's words, not its options


def _detect(text: str, structured: Any) -> Question:
    prompt = text
    embedded_obj: Any = None
    embedded = find_embedded_json(text)
    if embedded is not None:
        embedded_obj, prompt = embedded
    prompt = prompt.strip()

    if isinstance(structured, str | bytes) and structured.strip()[:1] in ("{", b"{"):
        try:  # a server that sends the object JSON-encoded as a string
            structured = json.loads(structured)
        except (ValueError, RecursionError):
            structured = None
    candidates: list[tuple[Any, DetectionSource]] = []
    if structured is not None:
        candidates.append((structured, DetectionSource.STRUCTURED))
    if embedded_obj is not None:
        candidates.append((embedded_obj, DetectionSource.EMBEDDED_JSON))
    text_result: TextResult | None = None
    for obj, source in candidates:
        parsed = parse_structured(obj)
        if parsed is None or parsed.type is None:
            continue
        if parsed.type == "open_ended":
            return Question(
                prompt=prompt or parsed.prompt, language=_language(prompt or parsed.prompt)
            )
        if text_result is None:
            text_result = detect_text(prompt)
        question = _from_structured(parsed, prompt or parsed.prompt, source, text_result)
        if question is not None:
            return question
    if text_result is None:
        text_result = detect_text(prompt)
    return _from_text(text_result, prompt)


def _from_structured(
    parsed: StructuredResult, prompt: str, source: DetectionSource, text_result: TextResult
) -> Question | None:
    language = _language(prompt, parsed.language)
    kind = parsed.type
    if kind == "scale":
        low, high, labels = parsed.scale_min, parsed.scale_max, dict(parsed.scale_labels)
        text_scale = text_result.type in ("scale", "nps")
        if (low is None or high is None) and text_scale:
            low = low if low is not None else text_result.scale_min
            high = high if high is not None else text_result.scale_max
            for key, value in text_result.scale_labels.items():
                labels.setdefault(key, value)
        is_nps = parsed.type_alias in _NPS_ALIASES or text_result.type == "nps"
        if low is None and high is None:
            if parsed.type_alias in _NPS_ALIASES:
                low, high = 0, 10
            elif parsed.type_alias in _LIKERT_ALIASES or parsed.type_alias in (
                "rating",
                "stars",
                "star",
            ):
                low, high = 1, 5
        if not scale_bounds_ok(low, high):
            return None
        if is_nps and not labels and (low, high) == (0, 10):
            low_label, high_label = NPS_LABELS.get(language or "en", NPS_LABELS["en"])
            labels = {"0": low_label, "10": high_label}
        return Question(
            type=QuestionType.SCALE,
            prompt=prompt,
            scale_min=low,
            scale_max=high,
            scale_labels=labels,
            source=source,
            language=language,
        )
    if kind == "yes_no":
        return _yes_no_question(prompt, source, language)
    options, allow_other = list(parsed.options), parsed.allow_other
    max_choices = parsed.max_choices
    if len(options) < 2 and text_result.type in ("single_choice", "multiple_choice", "ranking"):
        options = list(text_result.options)
        allow_other = allow_other or text_result.allow_other
        max_choices = max_choices or text_result.max_choices
    if len(options) < 2 and not (allow_other and options):
        return None
    return Question(
        type=QuestionType(kind),
        prompt=prompt,
        options=options,
        allow_other=allow_other and kind != "ranking",
        max_choices=max_choices if kind == "multiple_choice" else None,
        source=source,
        language=language,
    )


def _yes_no_question(prompt: str, source: DetectionSource, language: str | None) -> Question:
    lang = language if language in YES_WORDS else "en"
    return Question(
        type=QuestionType.YES_NO,
        prompt=prompt,
        options=[YES_WORDS[lang], NO_WORDS[lang]],
        source=source,
        language=language,
    )


def _from_text(result: TextResult, prompt: str) -> Question:
    language = _language(prompt)
    if result.type is None:
        return Question(prompt=prompt, language=language)
    if result.type == "yes_no":
        return _yes_no_question(prompt, DetectionSource.TEXT, language)
    if result.type in ("scale", "nps"):
        labels = dict(result.scale_labels)
        if result.type == "nps" and not labels:
            low_label, high_label = NPS_LABELS.get(language or "en", NPS_LABELS["en"])
            labels = {"0": low_label, "10": high_label}
        return Question(
            type=QuestionType.SCALE,
            prompt=prompt,
            scale_min=result.scale_min,
            scale_max=result.scale_max,
            scale_labels=labels,
            source=DetectionSource.TEXT,
            language=language,
        )
    return Question(
        type=QuestionType(result.type),
        prompt=prompt,
        options=list(result.options),
        allow_other=result.allow_other,
        max_choices=result.max_choices if result.type == "multiple_choice" else None,
        source=DetectionSource.TEXT,
        language=language,
    )
