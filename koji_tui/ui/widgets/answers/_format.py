"""Turning a widget's structured value into the readable message sent to Koji.

``koji_tui.questions.format_answer`` is the single source of truth; this module
only falls back to an equivalent local formatter if that function is missing,
so the widgets never send different text from what the rest of the app would.

Structured values produced by the widgets (plain JSON-friendly data, so the
app can journal them as they are):

* scale: ``int`` -> ``"7"``
* single choice: the option label ``str`` -> ``"Email"``; an "Other" answer is
  ``{"other": "my text"}`` -> ``"my text"`` (the questions layer sends the
  free text of an "Other" answer as it is, so this does too)
* multiple choice: ``list`` of labels, ``{"other": text}`` last when given ->
  ``"Email, Phone, my text"``
* ranking: ``list[str]`` in ranked order -> ``"1. A, 2. B, 3. C"``
* yes/no: ``bool`` -> ``"Yes"`` / ``"No"`` (in the question's language)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from koji_tui.questions import Question, QuestionType


def other_value(text: str) -> dict[str, str]:
    """The structured value of an "Other" answer."""
    return {"other": text}


def _plain(value: Any) -> Any:
    """``value`` with every ``{"other": text}`` replaced by its text."""
    if isinstance(value, dict) and set(value) == {"other"}:
        return str(value["other"])
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def local_format_answer(question: Question, value: Any) -> str:
    """The same outputs as the questions layer's formatter (English yes/no)."""
    value = _plain(value)
    kind = question.type
    if kind is QuestionType.YES_NO:
        return "Yes" if value else "No"
    if kind is QuestionType.SCALE:
        return str(int(value))
    if kind is QuestionType.RANKING:
        return ", ".join(f"{position}. {item}" for position, item in enumerate(value, start=1))
    if kind is QuestionType.MULTIPLE_CHOICE:
        return ", ".join(str(item) for item in value)
    return str(value)


def _resolve() -> Callable[[Question, Any], str]:
    try:
        from koji_tui.questions import format_answer
    except ImportError:  # pragma: no cover - the questions layer always has it once landed
        return local_format_answer
    return format_answer


def format_answer(question: Question, value: Any) -> str:
    """The text to send for ``value`` (the questions layer's formatter when present)."""
    return _resolve()(question, _plain(value))
