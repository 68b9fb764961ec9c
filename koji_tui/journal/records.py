"""What the journal hands out: interview and turn records, and the JSON and time helpers.

Pure data and conversions (no connection here): :mod:`koji_tui.journal.store` re-exports every
name, so ``from koji_tui.journal.store import InterviewRecord, TurnRecord, iso_utc, to_jsonable``
keeps working.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

from koji_tui.journal.turns import Turns

if TYPE_CHECKING:
    import sqlite3

InterviewStatus = Literal["active", "awaiting_completion", "completed"]
TurnState = Literal["received", "pending", "sent", "discarded"]
Role = Literal["assistant", "user"]

STATUSES: tuple[str, ...] = ("active", "awaiting_completion", "completed")
NO_TURNS: Turns[Any] = Turns()


class JournalError(Exception):
    """The journal could not be opened or written; the message says why."""


class UnknownInterviewError(JournalError, LookupError):
    """No interview with that id in the journal."""


def utc_now() -> str:
    return iso_utc(datetime.now(UTC)) or ""


def iso_utc(value: Any) -> str | None:
    """ISO 8601 UTC text (``2026-01-01T12:00:00.000Z``) for a datetime; strings pass through."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return str(value)


def to_jsonable(value: Any) -> Any:
    """Turn a question model / dataclass / tuple into plain JSON data."""
    if value is None or isinstance(value, str | int | float | bool):
        return value
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        return dump(mode="json")
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        from dataclasses import asdict

        return to_jsonable(asdict(value))
    enum_value = getattr(value, "value", None)
    if enum_value is not None and isinstance(enum_value, str | int):
        return enum_value
    return str(value)


def dumps(value: Any) -> str | None:
    """JSON text of ``value`` as the journal stores it (None stays NULL)."""
    if value is None:
        return None
    return json.dumps(to_jsonable(value), ensure_ascii=False, sort_keys=True)


def loads(text: str | None) -> Any:
    """The JSON data of a stored column (None for NULL or text that is not JSON)."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return None


@dataclass(frozen=True, slots=True)  # slots: a reopened long interview holds thousands
class TurnRecord:
    id: int
    seq: int
    role: Role
    content: str
    created_at: str
    state: TurnState
    question: Any = None  # structured question shown (assistant) / answered (user), JSON data
    answer_value: Any = None  # structured answer value (user turns from a widget), JSON data
    sent_at: str | None = None


@dataclass(frozen=True, slots=True)
class InterviewRecord:
    record_id: int
    study_name: str
    base_url: str
    interview_id: str
    session_token: str | None = field(repr=False)
    respondent: dict[str, Any] | None
    mode: str | None
    locale: str | None
    status: InterviewStatus
    started_at: str
    completed_at: str | None
    updated_at: str
    turn_count: int
    quality_score: float | None
    completion_reason: str | None
    # Chunked, so that a record one answer longer shares all but a chunk with the last (a
    # tuple or list given here is converted): see :mod:`koji_tui.journal.turns`.
    turns: Turns[TurnRecord] = NO_TURNS

    def __post_init__(self) -> None:
        if not isinstance(self.turns, Turns):
            object.__setattr__(self, "turns", Turns(self.turns))

    @property
    def pending_turn(self) -> TurnRecord | None:
        for turn in reversed(self.turns):
            if turn.state == "pending":
                return turn
        return None

    @property
    def is_complete(self) -> bool:
        return self.status in ("awaiting_completion", "completed")


@dataclass(frozen=True)
class PendingAnswer:
    interview: InterviewRecord  # summary (turns included)
    turn: TurnRecord


InterviewRef = int | InterviewRecord


def ref(interview: InterviewRef) -> int:
    """The record id of a record id or a record."""
    return interview.record_id if isinstance(interview, InterviewRecord) else int(interview)


def turn_from_row(row: sqlite3.Row) -> TurnRecord:
    return TurnRecord(
        id=int(row["id"]),
        seq=int(row["seq"]),
        role=row["role"],
        content=row["content"],
        created_at=row["created_at"],
        state=row["state"],
        question=loads(row["question"]),
        answer_value=loads(row["answer_value"]),
        sent_at=row["sent_at"],
    )


def interview_from_row(row: sqlite3.Row, turns: Iterable[TurnRecord] = ()) -> InterviewRecord:
    respondent = loads(row["respondent"])
    return InterviewRecord(
        record_id=int(row["record_id"]),
        study_name=row["study_name"],
        base_url=row["base_url"],
        interview_id=row["interview_id"],
        session_token=row["session_token"],
        respondent=respondent if isinstance(respondent, dict) else None,
        mode=row["mode"],
        locale=row["locale"],
        status=row["status"],
        started_at=row["started_at"],
        completed_at=row["completed_at"],
        updated_at=row["updated_at"],
        turn_count=int(row["turn_count"]),
        quality_score=row["quality_score"],
        completion_reason=row["completion_reason"],
        turns=Turns(turns),
    )


__all__ = [
    "STATUSES",
    "InterviewRecord",
    "InterviewRef",
    "InterviewStatus",
    "JournalError",
    "PendingAnswer",
    "Role",
    "TurnRecord",
    "TurnState",
    "UnknownInterviewError",
    "dumps",
    "interview_from_row",
    "iso_utc",
    "loads",
    "ref",
    "to_jsonable",
    "turn_from_row",
    "utc_now",
]
