"""Pydantic v2 models for every request and reply of the Koji Headless API.

All reply models use ``extra="allow"``: fields the client does not know are tolerated and kept
(``model.model_extra``), so a newer server never breaks an older client. Variants seen in Koji's
docs are normalised by ``mode="before"`` validators:

* message reply: the seed's ``{"message": {"role","content","question"?}, "turn_count", "is_complete"}``
  and the older ``{"message_id", "interviewer_response": {"content","message_id"},
  "interview_status", "messages_count"}`` both become a :class:`MessageResult`;
* transcript: ``messages`` or ``transcript``; roles ``assistant``/``interviewer``/``ai``/``bot`` become
  ``"assistant"`` and ``user``/``respondent``/``participant``/``human`` become ``"user"``;
  ``interview_id`` or ``id``; ``content`` or ``text`` or ``message``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "CompleteRequest",
    "CompleteResult",
    "Interview",
    "MessageDelta",
    "MessageRequest",
    "MessageResult",
    "Respondent",
    "StartRequest",
    "StartResult",
    "TranscriptMessage",
    "normalise_role",
]

ASSISTANT_ROLES = frozenset({"assistant", "interviewer", "ai", "bot", "agent", "koji", "system"})
USER_ROLES = frozenset({"user", "respondent", "participant", "human", "customer", "interviewee"})


def normalise_role(role: object) -> str:
    """``"assistant"`` or ``"user"`` for the known synonyms; any other role is kept (lowercased)."""
    text = str(role or "").strip().lower()
    if text in ASSISTANT_ROLES:
        return "assistant"
    if text in USER_ROLES:
        return "user"
    return text or "assistant"


class _Reply(BaseModel):
    """Base of reply models: unknown fields are kept."""

    model_config = ConfigDict(extra="allow", populate_by_name=True)


class _Request(BaseModel):
    model_config = ConfigDict(extra="allow")

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=True)


# --------------------------------------------------------------------------- requests


class Respondent(_Request):
    """Who is being interviewed (all optional)."""

    external_id: str | None = None
    display_name: str | None = None
    metadata: dict[str, Any] | None = None  # "flexible key-value pairs": any JSON value


class StartRequest(_Request):
    respondent: Respondent | None = None
    mode: str | None = None
    locale: str | None = None


class MessageRequest(_Request):
    message: str


class CompleteRequest(_Request):
    reason: str | None = None
    feedback: dict[str, Any] | None = None


# --------------------------------------------------------------------------- replies


class StartResult(_Reply):
    """Reply of ``POST /start``. ``session_token`` is ``None`` if a server does not issue one."""

    interview_id: str
    session_token: str | None = Field(default=None, repr=False)  # a secret: not in repr()
    initial_message: str
    question: dict[str, Any] | None = None
    turn_count: int | None = None
    is_complete: bool = False

    @model_validator(mode="before")
    @classmethod
    def _variants(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        if "interview_id" not in data and isinstance(data.get("id"), str):
            data["interview_id"] = data["id"]
        if "initial_message" not in data:
            first = data.get("message")
            if isinstance(first, dict):
                if "content" in first:
                    data["initial_message"] = first["content"]
                if "question" not in data and isinstance(first.get("question"), dict):
                    data["question"] = first["question"]
            elif isinstance(first, str):
                data["initial_message"] = first
        return data


class MessageDelta(BaseModel):
    """A piece of the interviewer's reply as it streams in.

    ``restart=True`` (with empty ``text``) means: discard the text received so far, the reply is
    being fetched again (after a cut stream). The final :class:`MessageResult` is authoritative.
    """

    model_config = ConfigDict(frozen=True)

    text: str
    restart: bool = False


class _Said(_Reply):
    """A message with a speaker: ``role`` normalised, a non-object ``question`` dropped."""

    role: str
    question: dict[str, Any] | None = None

    @field_validator("role", mode="before", check_fields=False)
    @classmethod
    def _role(cls, value: Any) -> Any:
        return normalise_role(value) if isinstance(value, str) else value

    @field_validator("question", mode="before", check_fields=False)
    @classmethod
    def _question(cls, value: Any) -> Any:
        return value if isinstance(value, dict) else None


class MessageResult(_Said):
    """The interviewer's reply to an answer.

    ``reconciled=True`` when the reply was recovered from the transcript after an ambiguous
    failure (the answer had reached the server; it was not sent twice).
    """

    content: str
    role: str = "assistant"
    question: dict[str, Any] | None = None
    turn_count: int | None = None
    is_complete: bool = False
    message_id: str | None = None
    reconciled: bool = False

    @model_validator(mode="before")
    @classmethod
    def _variants(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        if "content" in data and "message" not in data and "interviewer_response" not in data:
            return data  # already flat
        out = dict(data)
        msg = data.get("message")
        if isinstance(msg, dict):
            out.pop("message", None)
            if "content" in msg:
                out["content"] = msg["content"]
            elif "text" in msg:
                out["content"] = msg["text"]
            if "role" in msg:
                out["role"] = msg["role"]
            if "question" in msg and "question" not in data:
                out["question"] = msg["question"]
            if "message_id" in msg and "message_id" not in data:
                out["message_id"] = msg["message_id"]
            elif "id" in msg and "message_id" not in data:
                out["message_id"] = msg["id"]
        elif isinstance(msg, str) and "content" not in data:
            out.pop("message", None)
            out["content"] = msg
        legacy = data.get("interviewer_response")
        if legacy is not None:
            out.pop("interviewer_response", None)
            if "message_id" in data and "user_message_id" not in data:
                out["user_message_id"] = data["message_id"]  # the older shape: the answer's id
            if isinstance(legacy, dict):
                if "content" in legacy:
                    out["content"] = legacy["content"]
                if "message_id" in legacy:
                    out["message_id"] = legacy["message_id"]
                if "question" in legacy and "question" not in data:
                    out["question"] = legacy["question"]
            elif isinstance(legacy, str):
                out["content"] = legacy
            else:
                out["content"] = legacy  # let validation name the wrong type
            out.setdefault("role", "assistant")
            if "turn_count" not in data and "messages_count" in data:
                out["turn_count"] = data["messages_count"]
            if "is_complete" not in data and "interview_status" in data:
                out["is_complete"] = str(data["interview_status"]).lower() == "completed"
        return out


class CompleteResult(_Reply):
    """Reply of ``POST /{id}/complete`` (idempotent)."""

    status: str
    interview_id: str | None = None
    quality_score: float | None = None
    reason: str | None = None


class TranscriptMessage(_Said):
    """One message of a transcript; ``role`` is normalised to ``"assistant"`` or ``"user"``."""

    role: str
    content: str
    created_at: datetime | None = None
    question: dict[str, Any] | None = None

    @model_validator(mode="before")
    @classmethod
    def _variants(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        if "content" in data and "role" in data:
            return data
        out = dict(data)
        if "content" not in out:
            for key in ("text", "message", "body"):
                if isinstance(out.get(key), str):
                    out["content"] = out[key]
                    break
        if "role" not in out:
            for key in ("sender", "author", "type", "from"):
                if isinstance(out.get(key), str):
                    out["role"] = out[key]
                    break
        return out


class Interview(_Reply):
    """Reply of ``GET /{id}``: metadata and the full transcript (oldest message first)."""

    interview_id: str
    status: str | None = None
    study_id: str | None = None
    respondent: dict[str, Any] | None = None
    mode: str | None = None
    locale: str | None = None
    created_at: datetime | None = None
    completed_at: datetime | None = None
    completion_reason: str | None = None
    turn_count: int | None = None
    is_complete: bool | None = None
    quality_score: float | None = None
    messages: list[TranscriptMessage] = Field(default_factory=list)

    @model_validator(mode="before")
    @classmethod
    def _variants(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        if "interview_id" in data and "messages" in data:
            return data
        out = dict(data)
        if "interview_id" not in out and "id" in out:
            out["interview_id"] = out["id"]
        if "messages" not in out and "transcript" in out:
            out["messages"] = out.pop("transcript")
        return out

    @property
    def completed(self) -> bool:
        """True when the interview is completed (``status`` says so)."""
        return (self.status or "").lower() == "completed"

    @property
    def last_user_message(self) -> TranscriptMessage | None:
        for message in reversed(self.messages):
            if message.role == "user":
                return message
        return None


Activity = Literal[
    "idle", "sending", "pacing", "waiting_rate_limit", "retrying", "reconciling", "offline"
]
