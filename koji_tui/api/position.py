"""Where an answer sits in a transcript: the position rule behind every reconciliation.

An answer whose send failed ambiguously is looked for in the transcript by POSITION, never by
text alone: participants repeat themselves ("Yes", "Yes"), so an earlier identical answer must
never pass for the new one. A :class:`TranscriptPosition` says what came before the answer as
the sender saw it: how many participant answers and how many interviewer messages. The answer
is then the transcript's participant message number ``answers + 1``, and it must come after the
``interviewer_turns``-th interviewer message (the last one the sender saw). ``turn_count`` plays
no part: the spec does not define it (the seed's example counts messages, other servers count
interviewer turns, answers, or send nothing).

:func:`locate_answer` returns one of:

* ``absent``: the transcript holds exactly the answers the sender knew of; this one is not there.
* ``replied`` / ``pending``: participant message ``answers + 1`` is this answer, after the last
  interviewer message the sender saw, with (``replied``) or without (``pending``) a reply after it.
* ``unknown``: the transcript contradicts the position (fewer answers or interviewer messages
  than were seen, or another text where this answer would be), or there is no position. The
  answer's fate cannot be told: it must stay pending, never be taken as delivered or resent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["Located", "TranscriptPosition", "locate_answer", "same_text"]


def same_text(a: str, b: str) -> bool:
    """Equal up to whitespace (servers trim or re-wrap what they store)."""
    return " ".join(a.split()) == " ".join(b.split())


def _role(message: Any) -> str:
    return str(getattr(message, "role", "") or "")


def _is_interviewer_turn(message: Any) -> bool:
    return _role(message) == "assistant" and bool((getattr(message, "content", "") or "").strip())


@dataclass(frozen=True, slots=True)
class TranscriptPosition:
    """What preceded an answer in its transcript, as the sender saw it.

    ``answers``: participant messages before it. ``interviewer_turns``: interviewer messages
    (with text) before it; a lower bound is safe (it only weakens one check), a count higher
    than the server's makes every reconciliation ``unknown``.
    """

    answers: int
    interviewer_turns: int = 0

    def __post_init__(self) -> None:
        for name in ("answers", "interviewer_turns"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"TranscriptPosition.{name} must be a whole number >= 0.")

    @classmethod
    def of(cls, messages: Sequence[Any]) -> TranscriptPosition:
        """The position after everything in ``messages`` (where the next answer goes)."""
        return cls(
            answers=sum(1 for m in messages if _role(m) == "user"),
            interviewer_turns=sum(1 for m in messages if _is_interviewer_turn(m)),
        )

    def after_reply(self) -> TranscriptPosition:
        """The position of the next answer once this one was answered (one reply at least)."""
        return TranscriptPosition(self.answers + 1, self.interviewer_turns + 1)


@dataclass(frozen=True, slots=True)
class Located:
    """Where :func:`locate_answer` found the answer (indexes into the messages)."""

    kind: Literal["replied", "pending", "absent", "unknown"]
    answer_index: int | None = None
    reply_index: int | None = None
    reason: str = ""

    def next_position(self, messages: Sequence[Any]) -> TranscriptPosition | None:
        """The position after the answer and its reply (None unless ``replied``)."""
        if self.kind != "replied" or self.reply_index is None:
            return None
        return TranscriptPosition.of(messages[: self.reply_index + 1])


def locate_answer(
    messages: Sequence[Any], text: str, position: TranscriptPosition | None
) -> Located:
    """Find ``text``, sent at ``position``, in ``messages`` (see the module docstring)."""
    if position is None:
        return Located("unknown", reason="this client does not know where the answer would be")
    users = [i for i, m in enumerate(messages) if _role(m) == "user"]
    turns = [i for i, m in enumerate(messages) if _is_interviewer_turn(m)]
    if len(turns) < position.interviewer_turns or len(users) < position.answers:
        return Located(
            "unknown",
            reason=(
                f"the transcript has {len(users)} answers and {len(turns)} interviewer messages, "
                f"fewer than the {position.answers} and {position.interviewer_turns} seen before"
            ),
        )
    if len(users) == position.answers:
        return Located("absent")
    index = users[position.answers]
    floor = turns[position.interviewer_turns - 1] if position.interviewer_turns else -1
    if index < floor:
        return Located(
            "unknown", reason="the transcript's answers do not line up with what was seen"
        )
    if not same_text(getattr(messages[index], "content", "") or "", text):
        return Located("unknown", reason="another answer is where this one would be")
    for j in range(index + 1, len(messages)):
        role = _role(messages[j])
        if role == "assistant":
            return Located("replied", index, j)
        if role == "user":
            break
    return Located("pending", index)
