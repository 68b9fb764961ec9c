"""A discussion guide attached to a saved study (``koji-tui study edit NAME --guide FILE``).

No Textual. A sandbox study carries its guide in its study file; a study on a real server has
the one the user attaches, kept with the study in ``studies.json`` (``"guide"``). Two file
formats are read:

* the sandbox's study JSON (``koji_tui/server/studies/*.json``; ``id`` and ``name`` may be left
  out, ``questions`` is what counts), texts plain or keyed by locale::

      {"locale": "en", "locales": ["en", "fr"],
       "questions": [{"id": "week", "text": {"en": "How does…?", "fr": "Comment…?"}}]}

* a Markdown list of questions, one item each (``-``, ``*``, ``+`` or ``1.``); headings, blank
  lines and HTML comments are skipped, an indented line continues the item above it::

      # Remote work guide
      - How does your team usually work together during a normal week?
      - Which tools does your team use every week?

A file that cannot be used raises :class:`GuideError`, whose message names the file and the
line (``guide.md, line 7: …``). Kept form: ``{"locale": "en" | None, "questions": [{"id": …,
"text": {locale: text} | text}]}`` (:func:`stored`); :func:`items_in` turns it into the
cockpit's :class:`~koji_tui.session.guide.GuideItem` in an interview's locale.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from koji_tui.i18n import app_translator
from koji_tui.session.guide import GuideItem

MAX_BYTES = 1_000_000
MAX_QUESTIONS = 100
MAX_QUESTION_CHARS = 500

_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])(?:\s+(.*))?$")
_HEADING = re.compile(r"^#{1,6}(?:\s|$)")
_QUESTION_AT = re.compile(r"questions\[(\d+)\]")


def _(message: str, **values: object) -> str:
    """``message`` in the user's language (shown by the app and the commands), its ``{name}``
    fields filled from ``values``."""
    text = app_translator().gettext(message)
    return text.format(**values) if values else text


class GuideError(ValueError):
    """A guide file that cannot be used; the message names the file and the line."""


@dataclass(frozen=True)
class Question:
    """One key question: its id and its text, one per locale ("" when the locale is unknown)."""

    id: str
    texts: Mapping[str, str]
    line: int = 0  # where the question starts in its file (0: not from a file)

    def text_in(self, locale: str | None, default: str | None) -> str:
        for key in (locale, (locale or "").split("-", 1)[0], default, ""):
            if key is not None and self.texts.get(key):
                return self.texts[key]
        return next(iter(self.texts.values()), "")


@dataclass(frozen=True)
class Guide:
    questions: tuple[Question, ...]
    locale: str | None = None  # the guide's default language (None: a Markdown list)


# --- reading a file ---------------------------------------------------------------------


def read_guide(path: Path) -> Guide:
    """The guide in ``path`` (study JSON when it starts with ``{``, else a Markdown list)."""
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise GuideError(
            _("{path}: cannot read the guide ({value}).", path=path, value=exc.strerror or exc)
        ) from None
    if len(raw) > MAX_BYTES:
        raise GuideError(
            _(
                "{name}: the file is over {value} kB; is it a guide?",
                name=name,
                value=MAX_BYTES // 1000,
            )
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise GuideError(_("{name}, line {line}: not UTF-8 text.", name=name, line=line)) from None
    return parse_guide(text, name)


def parse_guide(text: str, name: str = "<guide>") -> Guide:
    if text.lstrip().startswith("{"):
        return parse_json_guide(text, name)
    return parse_markdown_guide(text, name)


def parse_markdown_guide(text: str, name: str = "<guide>") -> Guide:
    questions: list[tuple[int, list[str]]] = []
    in_comment = False
    for number, raw_line in enumerate(text.splitlines(), 1):
        line = raw_line.strip()
        if in_comment or line.startswith("<!--"):
            in_comment = "-->" not in line
            continue
        if not line or _HEADING.match(line):
            continue
        item = _ITEM.match(line)
        if item is not None:
            questions.append((number, [item.group(1) or ""]))
        elif raw_line[:1] in (" ", "\t") and questions:
            questions[-1][1].append(line)  # continues the item above
        else:
            raise GuideError(
                _(
                    '{name}, line {number}: expected a list item ("- Your question?") or a heading, found {line}.',
                    name=name,
                    number=number,
                    line=_shown(line),
                )
            )
    if not questions:
        raise GuideError(
            _('{name}: no questions found; list them one a line ("- Question?").', name=name)
        )
    out = []
    for index, (number, parts) in enumerate(questions, 1):
        question = " ".join(" ".join(parts).split())
        out.append(_checked(Question(f"q{index}", {"": question}, number), name))
    return Guide(_unique(out, name), None)


def parse_json_guide(text: str, name: str = "<guide>") -> Guide:
    from koji_tui.server.catalog import StudyError, parse_study

    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise GuideError(
            _(
                "{name}, line {lineno}, column {colno}: {msg}.",
                name=name,
                lineno=exc.lineno,
                colno=exc.colno,
                msg=exc.msg,
            )
        ) from None
    if not isinstance(data, dict):
        raise GuideError(_("{name}, line 1: a study guide must be a JSON object.", name=name))
    lines = _question_lines(text)
    filled = {"id": "guide", "name": name, **data}
    try:
        study = parse_study(filled, name)
    except StudyError as exc:
        message = str(exc).removeprefix(f"{name}: ")
        found = _QUESTION_AT.search(message)
        line = lines[int(found.group(1))] if found and int(found.group(1)) < len(lines) else 0
        where = f"{name}, line {line}" if line else name
        raise GuideError(f"{where}: {message}.") from None
    out = [
        _checked(Question(q.id, dict(q.text), lines[i] if i < len(lines) else 0), name)
        for i, q in enumerate(study.questions)
    ]
    return Guide(_unique(out, name), study.locale)


def _question_lines(text: str) -> list[int]:
    """The line each element of the top-level ``questions`` list starts on."""
    found = re.search(r'"questions"\s*:\s*\[', text)
    if found is None:
        return []
    decoder = json.JSONDecoder()
    lines: list[int] = []
    at = found.end()
    while True:
        while at < len(text) and text[at] in " \t\r\n,":
            at += 1
        if at >= len(text) or text[at] == "]":
            return lines
        lines.append(text.count("\n", 0, at) + 1)
        try:
            _value, at = decoder.raw_decode(text, at)
        except json.JSONDecodeError:
            return lines


def _checked(question: Question, name: str) -> Question:
    for text in question.texts.values():
        where = f"{name}, line {question.line}" if question.line else name
        if not text.strip():
            raise GuideError(_("{where}: the question is empty.", where=where))
        if len(text) > MAX_QUESTION_CHARS:
            raise GuideError(
                _(
                    "{where}: the question is {text} characters long (at most {MAX_QUESTION_CHARS}); is a line break missing?",
                    where=where,
                    text=len(text),
                    MAX_QUESTION_CHARS=MAX_QUESTION_CHARS,
                )
            )
    return question


def _unique(questions: list[Question], name: str) -> tuple[Question, ...]:
    if len(questions) > MAX_QUESTIONS:
        line = questions[MAX_QUESTIONS].line
        raise GuideError(
            _(
                "{name}, line {line}: more than {MAX_QUESTIONS} questions.",
                name=name,
                line=line,
                MAX_QUESTIONS=MAX_QUESTIONS,
            )
        )
    seen: dict[str, int] = {}
    for question in questions:
        for text in question.texts.values():
            key = " ".join(text.casefold().split())
            if key in seen:
                raise GuideError(
                    _(
                        "{name}, line {line}: the same question as line {value}.",
                        name=name,
                        line=question.line,
                        value=seen[key],
                    )
                )
            seen[key] = question.line
    return tuple(questions)


def _shown(line: str, limit: int = 40) -> str:
    return repr(line if len(line) <= limit else line[: limit - 1] + "…")


# --- kept with the study ----------------------------------------------------------------


def stored(guide: Guide) -> dict[str, Any]:
    """The guide as ``studies.json`` keeps it."""
    questions: list[dict[str, Any]] = []
    for q in guide.questions:
        text: Any = q.texts[""] if set(q.texts) == {""} else dict(q.texts)
        questions.append({"id": q.id, "text": text})
    return {"locale": guide.locale, "questions": questions}


def from_stored(data: Any, where: str) -> Guide:
    """The kept guide back (``where`` names the file in an error)."""
    problem = f"{where}: 'guide' must hold a 'questions' list of {{'id', 'text'}} objects."
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise GuideError(problem)
    locale = data.get("locale")
    out: list[Question] = []
    for raw in data["questions"]:
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            raise GuideError(problem)
        text = raw.get("text")
        if isinstance(text, str):
            texts = {"": text}
        elif isinstance(text, dict) and all(isinstance(v, str) for v in text.values()):
            texts = {str(k): v for k, v in text.items()}
        else:
            raise GuideError(problem)
        out.append(Question(raw["id"], texts))
    return Guide(tuple(out), locale if isinstance(locale, str) else None)


def items_in(guide: Guide | None, locale: str | None) -> tuple[GuideItem, ...]:
    """The cockpit's guide items in ``locale`` (every locale's text kept for matching)."""
    if guide is None:
        return ()
    return tuple(
        GuideItem(q.id, q.text_in(locale, guide.locale), tuple(q.texts.values()))
        for q in guide.questions
    )


def attached_items(study_name: str, locale: str | None) -> tuple[GuideItem, ...]:
    """The guide attached to the saved study ``study_name`` in ``locale`` (() when none, or
    when the study is not a saved one). Reads ``studies.json``: call it off the event loop."""
    from koji_tui.config.studies import ConfigError, StudyStore

    try:
        study = StudyStore().get(study_name)
    except ConfigError:
        return ()
    return items_in(study.guide, locale)


def summary(guide: Sequence[Question] | Guide) -> str:
    questions = guide.questions if isinstance(guide, Guide) else tuple(guide)
    return f"{len(questions)} question{'s' if len(questions) != 1 else ''}"
