"""The journal's turns as an observer's transcript shows them (pure: no Textual, no journal).

Numbered as the interview screen numbers them (an unsent answer has no number, a discarded one
is left out); an interviewer's turn that asks a structured question carries the question as
text below it (its options, its scale) when the message does not list them itself: the
respondent sees a widget there, the observer reads what it offers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from koji_tui.isotime import parse_iso
from koji_tui.journal import InterviewRecord, TurnRecord

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
    known = cache.get(turn.id)
    if known is not None and known.state == turn.state and turn.role == "assistant":
        return known.text  # a question is detected once per turn
    if turn.role != "assistant":
        return turn.content
    extra = question_text(turn.content, turn.question)
    return f"{turn.content}\n\n{extra}" if extra else turn.content


def observed_turns(
    record: InterviewRecord, cache: Mapping[int, ObservedTurn] | None = None
) -> list[ObservedTurn]:
    """The record's turns as shown (``cache``: the turns shown before, by id, so an
    interviewer's question is not detected again on every change)."""
    cache = cache or {}
    out: list[ObservedTurn] = []
    number = 0
    for turn in record.turns:
        if turn.state == "discarded":
            continue
        pending = turn.state == "pending"
        if not pending:
            number += 1
        out.append(
            ObservedTurn(
                id=turn.id,
                role="interviewer" if turn.role == "assistant" else "respondent",
                text=_text(turn, cache),
                number=None if pending else number,
                state="pending" if pending else "sent",
                created_at=parse_iso(turn.created_at),
            )
        )
    return out


@dataclass(frozen=True)
class Changes:
    """How to bring a shown transcript to the new turns: update these in place and append
    those (or, when the turns no longer continue the shown ones, load them all again)."""

    reload: bool
    updated: tuple[ObservedTurn, ...] = ()
    appended: tuple[ObservedTurn, ...] = ()


def changes(shown: list[ObservedTurn], new: list[ObservedTurn]) -> Changes:
    if len(new) < len(shown) or [t.id for t in new[: len(shown)]] != [t.id for t in shown]:
        return Changes(reload=True)
    updated = tuple(n for o, n in zip(shown, new, strict=False) if o != n)
    return Changes(reload=False, updated=updated, appended=tuple(new[len(shown) :]))


__all__ = ["WORDS", "Changes", "ObservedTurn", "changes", "observed_turns", "question_text"]
