"""Turn a widget's value into the text sent as the respondent's answer, and render option lists."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from koji_tui.questions.lexicon import NO_WORDS, YES_WORDS
from koji_tui.questions.models import Question, QuestionType

_YES_TEXT = {"yes", "y", "true", "1", "sí", "si", "oui", "ja", "sim"}
_NO_TEXT = {"no", "n", "false", "0", "non", "nein", "não", "nao"}


def option_text(options: Iterable[object]) -> str:
    """Render options as a numbered list, one per line: "1. Email\\n2. Phone"."""
    return "\n".join(f"{index}. {option}" for index, option in enumerate(options, start=1))


def _other(value: Any) -> Any:
    """The free text of an "Other" answer given as ``{"other": text}`` (the widgets' shape)."""
    if isinstance(value, Mapping) and len(value) == 1 and "other" in value:
        return str(value["other"])
    return value


def _label(question: Question, value: Any) -> str:
    """An option label from a label, a 0-based option index, or an "Other" free text."""
    value = _other(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) and 0 <= value < len(question.options):
        return question.options[value]
    if value is None:
        return ""
    return " ".join(str(value).split())


def _items(value: Any) -> list[Any]:
    if value is None:
        return []
    if isinstance(value, str | bytes | int | float | Mapping):
        return [value]
    try:
        return list(value)
    except TypeError:
        return [value]


def _yes_no(question: Question, value: Any) -> str:
    lang = question.language if question.language in YES_WORDS else "en"
    if isinstance(value, bool):
        return YES_WORDS[lang] if value else NO_WORDS[lang]
    text = str(value).strip()
    lowered = text.casefold()
    if lowered in _YES_TEXT or (question.options and lowered == question.options[0].casefold()):
        return YES_WORDS[lang]
    if lowered in _NO_TEXT or (
        len(question.options) > 1 and lowered == question.options[1].casefold()
    ):
        return NO_WORDS[lang]
    return text


def _scale(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float) and math.isfinite(value) and value == int(value):
        return str(int(value))
    return str(value).strip()


def format_answer(question: Question, value: Any) -> str:
    """The answer text for ``value`` chosen in the widget for ``question``.

    scale -> "7"; single choice -> the option label (a label or a 0-based index is accepted);
    multiple choice -> labels joined with ", "; ranking -> "1. A, 2. B, 3. C"; yes/no -> "Yes"/"No"
    in the question's language (True/False, "yes"/"no" or the option labels are accepted).
    Anything else (an "Other" free text, an open answer) is returned as text.
    """
    kind = question.type
    if kind is QuestionType.SCALE:
        return _scale(value)
    if kind is QuestionType.YES_NO:
        return _yes_no(question, value)
    if kind is QuestionType.SINGLE_CHOICE:
        return _label(question, value)
    if kind is QuestionType.MULTIPLE_CHOICE:
        return ", ".join(x for x in (_label(question, v) for v in _items(value)) if x)
    if kind is QuestionType.RANKING:
        labels = [x for x in (_label(question, v) for v in _items(value)) if x]
        return ", ".join(f"{index}. {label}" for index, label in enumerate(labels, start=1))
    return "" if value is None else str(value)
