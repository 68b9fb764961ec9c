"""The journal's turns as an observer's transcript shows them (pure: no Textual, no journal).

Numbered as the interview screen numbers them (an unsent answer has no number, a discarded one
is left out); an interviewer's turn that asks a structured question carries the question as
text below it (its options, its scale) when the message does not list them itself: the
respondent sees a widget there, the observer reads what it offers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from koji_tui.isotime import parse_iso
from koji_tui.journal import InterviewRecord, TurnRecord, Turns

# What an observer's transcript says around a question (plain literals, for the locales).
WORDS: dict[str, str] = {
    "single_choice": "Choose one:",
    "multiple_choice": "Choose any:",
    "multiple_choice_max": "Choose up to {n}:",
    "ranking": "Put in order:",
    "scale": "Scale {low} to {high}",
    "yes_no": "Yes / No",
    "other": "Other (their own words)",
}


@dataclass(frozen=True)
class ObservedTurn:
    id: int  # the journal's turn id: the same turn keeps it while it changes state
    role: Literal["interviewer", "respondent"]
    text: str
    number: int | None
    state: Literal["sent", "pending"]
    created_at: datetime | None
    raw: str = field(default="", compare=False, repr=False)  # the journal's content


def question_text(content: str, stored: Any) -> str | None:
    """A structured question of an interviewer's message, as lines of text (None: an open
    question, or one whose options the message already lists)."""
    from koji_tui.questions import detect_question
    from koji_tui.questions.display import option_lines
    from koji_tui.questions.models import QuestionType

    try:
        question = detect_question(content, stored)
    except Exception:  # a question the detector cannot read is shown as the message alone
        return None
    kind = question.type
    if not question.is_structured or option_lines(content, question) is not None:
        return None
    if kind is QuestionType.SCALE:
        low, high = question.scale_min, question.scale_max
        head = WORDS["scale"].format(low=low, high=high) if low is not None else ""
        labels = "  ".join(f"{point} = {label}" for point, label in question.scale_labels.items())
        return "  ".join(part for part in (head, labels) if part) or None
    if kind is QuestionType.YES_NO:
        return " / ".join(question.options) if len(question.options) == 2 else WORDS["yes_no"]
    if kind is QuestionType.MULTIPLE_CHOICE and question.max_choices:
        head = WORDS["multiple_choice_max"].format(n=question.max_choices)
    else:
        head = WORDS.get(str(kind.value), "")
    items = [f"  {i}. {option}" for i, option in enumerate(question.options, start=1)]
    if question.allow_other:
        items.append(f"  · {WORDS['other']}")
    return "\n".join([head, *items]) if items else None


def _text(turn: TurnRecord, cache: Mapping[int, ObservedTurn]) -> str:
    if turn.role != "assistant":
        return turn.content
    known = cache.get(turn.id)
    if known is not None and known.raw == turn.content:
        return known.text  # a question is detected once per turn
    extra = question_text(turn.content, turn.question)
    return f"{turn.content}\n\n{extra}" if extra else turn.content


def _view(turn: TurnRecord, number: int | None, cache: Mapping[int, ObservedTurn]) -> ObservedTurn:
    state: Literal["sent", "pending"] = "sent" if number is not None else "pending"
    known = cache.get(turn.id)
    if (
        known is not None
        and known.raw == turn.content
        and known.state == state
        and known.number == number
    ):
        return known  # unchanged: the turn shown before, as it was
    return ObservedTurn(
        id=turn.id,
        role="interviewer" if turn.role == "assistant" else "respondent",
        text=_text(turn, cache),
        number=number,
        state=state,
        created_at=parse_iso(turn.created_at),
        raw=turn.content,
    )


def observed_turns(
    record: InterviewRecord, cache: Mapping[int, ObservedTurn] | None = None
) -> list[ObservedTurn]:
    """The record's turns as shown (``cache``: the turns shown before, by id, so an
    interviewer's question is not detected again on every change)."""
    return ShownTurns().update(record, cache)


class ShownTurns:
    """The turns as shown, kept up to date from each newer record: only the turns after the
    ones the record shares with the last (the very same objects: the journal's incremental
    refresh hands the unchanged turns on) are looked at, so a change costs what changed, not
    the interview's length."""

    def __init__(self) -> None:
        self.turns: Turns[TurnRecord] = Turns()
        self.views: list[ObservedTurn] = []
        # per turn index (and one past the end): (views before it, turn number before it)
        self._before: list[tuple[int, int]] = [(0, 0)]

    def update(
        self, record: InterviewRecord, cache: Mapping[int, ObservedTurn] | None = None
    ) -> list[ObservedTurn]:
        old, new = self.turns, record.turns
        same = old.shared_prefix(new)
        views_before, number = self._before[same]
        known = {v.id: v for v in self.views[views_before:]}
        if cache:
            known.update(cache)
        views = self.views[:views_before]
        before = self._before[:same]
        for turn in new[same:]:
            before.append((len(views), number))
            if turn.state == "discarded":
                continue
            if turn.state != "pending":
                number += 1
            views.append(_view(turn, None if turn.state == "pending" else number, known))
        before.append((len(views), number))
        self.turns, self.views, self._before = new, views, before
        return views


@dataclass(frozen=True)
class Changes:
    """How to bring a shown transcript to the new turns: update these in place and append
    those (or, when the turns no longer continue the shown ones, load them all again)."""

    reload: bool
    updated: tuple[ObservedTurn, ...] = ()
    appended: tuple[ObservedTurn, ...] = ()


def changes(shown: list[ObservedTurn], new: list[ObservedTurn]) -> Changes:
    """What changed from ``shown`` to ``new`` (the turns both hold as the same objects are
    passed over at once)."""
    if len(new) < len(shown):
        return Changes(reload=True)
    same = 0
    while same < len(shown) and new[same] is shown[same]:
        same += 1
    updated = []
    for old, turn in zip(shown[same:], new[same:], strict=False):
        if old.id != turn.id:
            return Changes(reload=True)
        if old != turn:
            updated.append(turn)
    return Changes(reload=False, updated=tuple(updated), appended=tuple(new[len(shown) :]))


__all__ = [
    "WORDS",
    "Changes",
    "ObservedTurn",
    "ShownTurns",
    "changes",
    "observed_turns",
    "question_text",
]
