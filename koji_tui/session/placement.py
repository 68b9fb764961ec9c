"""Where a journaled answer sits in the server's transcript (the resend path's check).

By position, never by text alone: participants repeat themselves ("Yes", "Yes"), so an earlier
identical answer must never pass for the pending one. The journal says what preceded the
answer (the answers it confirmed sent, the interviewer messages it holds);
:func:`koji_tui.api.locate_answer` applies the rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from koji_tui.journal.store import InterviewRecord, TurnRecord

if TYPE_CHECKING:
    from koji_tui.api import TranscriptPosition

__all__ = ["EmptyReply", "Unknown", "position_before", "reply_in_transcript"]


class EmptyReply:
    """Stands in for the reply when the server has the answer but has not replied yet."""

    content = ""
    question = None
    created_at = None


class Unknown:
    """The transcript contradicts the journal: whether the server has the answer is unknown."""

    def __init__(self, reason: str) -> None:
        self.reason = reason


def position_before(record: InterviewRecord, turn: TurnRecord) -> TranscriptPosition:
    """Where ``turn`` goes in the server's transcript, from the journal: after every answer it
    confirmed sent and every interviewer message it holds (with text)."""
    from koji_tui.api import TranscriptPosition

    answers = sum(
        1 for t in record.turns if t.role == "user" and t.state == "sent" and t.id != turn.id
    )
    asked = sum(1 for t in record.turns if t.role == "assistant" and (t.content or "").strip())
    return TranscriptPosition(answers=answers, interviewer_turns=asked)


def reply_in_transcript(
    record: InterviewRecord, turn: TurnRecord, messages: list[Any]
) -> Any | None:
    """The server message that answered ``turn`` if the server already has ``turn``.

    The answer must be the transcript's answer number (answers the journal confirmed + 1),
    after the last interviewer message the journal holds. Returns the assistant message after
    it, an :class:`EmptyReply` when the server has no reply yet, None when the server does not
    have the answer, or an :class:`Unknown` when the transcript contradicts the journal (another
    text at the answer's place, fewer answers or interviewer messages than journaled)."""
    from koji_tui.api import locate_answer

    found = locate_answer(messages, turn.content, position_before(record, turn))
    if found.kind == "unknown":
        return Unknown(found.reason)
    if found.kind == "absent":
        return None
    if _discarded_twin(record, turn):
        # An answer discarded at this same place had the same text: the server's copy may be
        # that one (discarding keeps an answer only in the journal, it cannot unsend it).
        return Unknown("an answer discarded here had the same text")
    if found.reply_index is None:
        return EmptyReply()
    return messages[found.reply_index]


def _discarded_twin(record: InterviewRecord, turn: TurnRecord) -> bool:
    """A discarded answer after the last confirmed one with ``turn``'s text."""
    last_sent = max(
        (t.seq for t in record.turns if t.role == "user" and t.state == "sent"), default=-1
    )
    text = " ".join(turn.content.split())
    return any(
        t.role == "user"
        and t.state == "discarded"
        and t.seq > last_sent
        and t.id != turn.id
        and " ".join(t.content.split()) == text
        for t in record.turns
    )
