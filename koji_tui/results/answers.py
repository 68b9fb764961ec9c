"""From a transcript's turns to answers of structured questions (pure; cached per question).

A participant turn answers the structured question of the interviewer turn just before it
(a probe after a structured question is open, so the answer to the probe is not counted).
The question is what the app detected in that interviewer turn (the server's object first,
then the text); a turn answered with a widget also carries the question it was built from,
used when the interviewer turn yields none.

Grouping: by the guide's question id when the server's object names one (``id``,
``questionId``, ``question_id``, ``key``), else by the question's text: the last paragraph of
the interviewer's message without its numbered options, case and spaces folded (so the
acknowledgement before it does not split a question in two).

Values: the structured value the widget journaled (``answer_value``) when there is one, else
the answer's text read against the question (a number for a scale, an option's label or
number for a choice, ``1. A, 2. B`` or ``A > B`` for a ranking, yes/no words). Text that fits
no option is kept as an "Other" answer.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from koji_tui.questions import Question, QuestionType, detect_question
from koji_tui.results.model import Answer, QuestionInfo

_ID_KEYS = ("id", "questionId", "question_id", "key", "qid", "guideQuestionId")
_OPTION_LINE = re.compile(r"^\s*\d{1,2}\s*[.)]\s+\S")
_RANK_PREFIX = re.compile(r"^\s*#?\d{1,2}\s*(?:[.):-]|st|nd|rd|th)?\s+")
_SPLIT = re.compile(r"\s*(?:[,;\n>→]|\s(?:and|then|y|et|und|e|puis)\s)\s*", re.IGNORECASE)
_NUMBER = re.compile(r"(?<![\w.])-?\d+(?!\d)")
_YES = ("yes", "y", "yeah", "yep", "sure", "si", "sí", "oui", "ja", "sim", "true", "of course")
_NO = ("no", "n", "nope", "not", "non", "nein", "não", "nao", "false", "never")


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Case, accents, outer punctuation and runs of spaces folded away."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split()).strip(" .!?¡¿\"'“”«»()[]*:;")


def question_text(prompt: str) -> str:
    """The question's own sentence(s): the last paragraph, its option lines left out."""
    paragraphs = [p for p in prompt.strip().split("\n\n") if p.strip()]
    last = paragraphs[-1] if paragraphs else prompt
    lines = [line for line in last.split("\n") if not _OPTION_LINE.match(line)]
    return " ".join(" ".join(lines).split())


def _guide_id(raw: Any) -> str | None:
    if not isinstance(raw, dict):
        return None
    for key in _ID_KEYS:
        value = raw.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            return str(value).strip()
    return None


def _info(question: Question, raw: Any) -> QuestionInfo | None:
    if not question.is_structured:
        return None
    qid = _guide_id(raw)
    text = question_text(question.prompt)
    key = f"id:{qid}" if qid else f"text:{question.type.value}:{fold(text)}"
    return QuestionInfo(
        key=key,
        type=question.type,
        prompt=text,
        options=tuple(question.options),
        scale_min=question.scale_min,
        scale_max=question.scale_max,
        question_id=qid,
    )


@lru_cache(maxsize=4096)
def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return None


@lru_cache(maxsize=8192)
def assistant_question(content_tail: str, question_json: str | None) -> QuestionInfo | None:
    """The structured question of an interviewer turn (its last paragraph and stored object)."""
    raw = _loads(question_json) if question_json else None
    return _info(detect_question(content_tail, raw), raw)


@lru_cache(maxsize=4096)
def widget_question(question_json: str) -> QuestionInfo | None:
    """The question a widget answer was journaled with (the app's :class:`Question` shape)."""
    raw = _loads(question_json)
    if not isinstance(raw, dict):
        return None
    try:
        question = Question.model_validate({k: raw[k] for k in raw if k in Question.model_fields})
    except ValueError:
        return None
    return _info(question, raw)


def tail(content: str) -> str:
    """The last paragraph of an interviewer message (where its question is)."""
    _head, sep, last = content.rstrip().rpartition("\n\n")
    return last if sep else content


# --------------------------------------------------------------------------- values


def _match_option(item: str, options: tuple[str, ...]) -> str | None:
    folded = fold(_RANK_PREFIX.sub("", item, count=1)) if item else ""
    if not folded:
        return None
    for option in options:
        if fold(option) == folded:
            return option
    number = re.fullmatch(r"(?:option\s*)?#?(\d{1,2})", folded)
    if number and 1 <= int(number.group(1)) <= len(options):
        return options[int(number.group(1)) - 1]
    return None


def _items(text: str) -> list[str]:
    return [part for part in _SPLIT.split(text) if part and part.strip()]


def _other_text(value: Any) -> str | None:
    if isinstance(value, dict) and set(value) == {"other"}:
        return str(value["other"]).strip() or None
    return None


def read_value(info: QuestionInfo, value: Any, text: str) -> tuple[Any, tuple[str, ...]]:
    """(structured value, "Other" texts) of an answer; the value is None when nothing fits."""
    if value is None:
        parsed, others = _read_text(info, text)  # typed answers repeat: read each text once
        return (list(parsed) if isinstance(parsed, tuple) else parsed), others
    return _read(info, value, text)


@lru_cache(maxsize=16384)
def _read_text(info: QuestionInfo, text: str) -> tuple[Any, tuple[str, ...]]:
    parsed, others = _read(info, None, text)
    return (tuple(parsed) if isinstance(parsed, list) else parsed), others


def _read(info: QuestionInfo, value: Any, text: str) -> tuple[Any, tuple[str, ...]]:
    kind = info.type
    options = info.options
    if kind is QuestionType.SCALE:
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
        if isinstance(value, float) and value.is_integer():
            number = int(value)
        if number is None:
            match = _NUMBER.search(text)
            number = int(match.group()) if match else None
        low, high = info.scale_min, info.scale_max
        if number is None or (low is not None and high is not None and not low <= number <= high):
            return None, ((text.strip(),) if text.strip() else ())
        return number, ()
    if kind is QuestionType.YES_NO:
        if isinstance(value, bool):
            return value, ()
        folded = fold(text)
        word = re.match(r"\w+", folded)
        first = word.group() if word else ""
        if first in _YES or folded in _YES or (options and folded == fold(options[0])):
            return True, ()
        if first in _NO or folded in _NO or (len(options) > 1 and folded == fold(options[1])):
            return False, ()
        return None, ((text.strip(),) if text.strip() else ())
    if kind is QuestionType.SINGLE_CHOICE:
        other = _other_text(value)
        if other is not None:
            return None, (other,)
        if isinstance(value, str) and value in options:
            return value, ()
        found = _match_option(text, options)
        if found is not None:
            return found, ()
        return None, ((text.strip(),) if text.strip() else ())
    # multiple choice and ranking: lists
    picked: list[str] = []
    others: list[str] = []
    if isinstance(value, list):
        for item in value:
            other = _other_text(item)
            if other is not None:
                others.append(other)
            elif isinstance(item, str) and item in options:
                picked.append(item)
            elif isinstance(item, str):
                found = _match_option(item, options)
                if found is None:
                    others.append(item)
                else:
                    picked.append(found)
    else:
        for item in _items(text):
            found = _match_option(item, options)
            if found is not None:
                picked.append(found)
            else:
                others.append(item.strip())
    picked = list(dict.fromkeys(picked))
    return (picked or None), tuple(o for o in others if o)


# --------------------------------------------------------------------------- turns

TurnRow = tuple[int, str, str, str | None, str | None]  # record_id, role, content, q, value


def answers_of(turns: Iterable[TurnRow]) -> list[Answer]:
    """The structured answers in turns (ordered by interview, then by turn). The last answer
    to a question in an interview counts."""
    out: dict[tuple[int, str], Answer] = {}
    current: QuestionInfo | None = None
    current_record = -1
    for record_id, role, content, question_json, value_json in turns:
        if record_id != current_record:
            current, current_record = None, record_id
        if role == "assistant":
            current = assistant_question(tail(content), question_json)
            continue
        info = current
        current = None  # a second answer to the same message answers a probe, not the question
        if info is None and question_json:
            info = widget_question(question_json)
        if info is None:
            continue
        value = _loads(value_json) if value_json else None
        parsed, others = read_value(info, value, content)
        out[(record_id, info.key)] = Answer(record_id, info, parsed, others, content)
    return list(out.values())
