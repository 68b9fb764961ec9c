"""The interviewer's message as shown above an answer widget: the stem, without the option list.

When a widget lists the options (choices, ranking, the points of a labelled scale, yes/no), the
same list in the message above it only pushes the question off a small screen: a six-option
question at 80x24 showed the options twice and the stem not at all. ``stem_for_display`` drops
that list from the message and keeps everything else as written (the greeting, the question,
an instruction after the list). A message whose list is not the widget's options is kept whole.
"""

from __future__ import annotations

import re

from koji_tui.questions.cues import fold
from koji_tui.questions.lexicon import YES_NO_OPTIONS
from koji_tui.questions.lists import classify
from koji_tui.questions.models import Question, QuestionType
from koji_tui.questions.normalize import clean_label, prepare
from koji_tui.questions.options import is_other

_BLANK_RUN = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")


def _targets(question: Question) -> set[str]:
    """The labels a widget for ``question`` shows (folded), or none when it lists nothing."""
    kind = question.type
    if kind in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.RANKING):
        return {fold(option) for option in question.options}
    if kind is QuestionType.YES_NO:
        return {fold(option) for option in (*question.options, *YES_NO_OPTIONS)}
    if kind is QuestionType.SCALE:
        return {fold(label) for label in question.scale_labels.values()}
    return set()


def _label(line: str) -> tuple[str, bool] | None:
    """(folded label, marked) of one line of the message; None for a blank line."""
    text = prepare(line)
    if not text:
        return None
    item = classify(text)
    return (fold(clean_label(item[2])), True) if item else (fold(clean_label(text)), False)


def option_lines(content: str, question: Question | None) -> tuple[int, int] | None:
    """(first, last) line of the list in ``content`` that holds ``question``'s options."""
    if question is None or not question.is_structured:
        return None
    targets = _targets(question)
    if len(targets) < 2:
        return None
    lines = content.split("\n")
    found: tuple[int, int] | None = None
    start: int | None = None
    matched = 0
    end = -1
    for index, line in enumerate([*lines, "\x00end"]):
        read = _label(line) if line != "\x00end" else ("", False)
        if read is None:
            continue  # blank lines may separate the items of one list
        label, marked = read
        hit = label in targets or (
            (marked or len(label) <= 40)  # a plain "Other:" line closes a plain list too
            and question.allow_other
            and start is not None
            and is_other(label, last=True)
        )
        if hit:
            if start is None:
                start, matched = index, 0
            matched += label in targets
            end = index
            continue
        if start is not None and matched >= 2:
            found = (start, end)
        start = None
    return found


def stem_for_display(content: str, question: Question | None) -> str:
    """``content`` without the option list that the widget for ``question`` shows.

    Unchanged when ``question`` is open-ended, when its options are inline ("Which do you
    prefer: email, phone, or chat?"), or when no list in ``content`` holds its options.
    """
    text = content.replace("\r\n", "\n").replace("\r", "\n")
    span = option_lines(text, question)
    if span is None:
        return content
    lines = text.split("\n")
    first, last = span
    kept = [*lines[:first], "", *lines[last + 1 :]]
    stem = _BLANK_RUN.sub("\n\n", "\n".join(kept)).strip()
    return stem or content
