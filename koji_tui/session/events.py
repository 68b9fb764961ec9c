"""What an interview controller publishes: its state, and typed events (no Textual).

Every event carries ``state``, the controller's :class:`InterviewState` right after the event,
so a subscriber never needs the controller itself (an observer, a notes pane or a kiosk loop can
render from events alone). Events are frozen dataclasses; match on their class.

The events, in the order an interview produces them::

    Started | TranscriptLoaded(preview=True) → TranscriptLoaded(preview=False)
    TurnAdded(respondent, sending)  ReplyDelta*  [ReplyRestarted]
        → AnswerDelivered → ReplyFinished (a TurnAdded) → QuestionAsked → [ReadyToComplete]
        → AnswerPending → [Offline → (checks…) → BackOnline → AnswerDelivered …]
    Completed | Failed(action)

``StateChanged`` follows anything else that changes the state (phase, flags).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Literal

from koji_tui.questions import Question

Role = Literal["interviewer", "respondent"]
TurnState = Literal["sending", "pending", "sent"]
Action = Literal["start", "open", "answer", "record", "resend", "discard", "complete", "internal"]
CompletionReason = Literal["natural", "respondent_left", "timeout", "manual"]
COMPLETION_REASONS: tuple[CompletionReason, ...] = (
    "natural",
    "respondent_left",
    "timeout",
    "manual",
)


class Phase(StrEnum):
    """Where one interview is (its flags, pending/offline/ready, are beside it in the state)."""

    NEW = "new"  # nothing asked yet
    STARTING = "starting"
    LOADING = "loading"
    ACTIVE = "active"  # waiting for the respondent
    SENDING = "sending"  # an answer (or the unsent one) is on its way
    COMPLETING = "completing"
    COMPLETED = "completed"
    NOT_STARTED = "not started"  # the start failed
    UNAVAILABLE = "unavailable"  # opened from the journal only: nothing can be sent
    CLOSED = "closed"

    @property
    def busy(self) -> bool:
        """A request of this interview is in flight."""
        return self in (Phase.STARTING, Phase.LOADING, Phase.SENDING, Phase.COMPLETING)


@dataclass(frozen=True, kw_only=True)
class InterviewState:
    """A snapshot: what a view needs to draw the interview's header, hints and keys."""

    phase: Phase = Phase.NEW
    study_name: str = ""
    interview_id: str | None = None
    record_id: int | None = None
    respondent: object = None  # the respondent as started or journaled (a mapping, or None)
    locale: str | None = None
    mode: str | None = None
    turn_count: int = 0
    pending: str | None = None  # the answer journaled but not confirmed by a reply
    offline: bool = False  # unreachable, or failing (then ``failing``): checked on its own
    failing: bool = False  # the server answers, with 5xx
    ready_to_complete: bool = False  # the interviewer said it is done
    read_only: str | None = None  # another window/process drives it (who)
    quality_score: float | None = None
    completion_reason: str | None = None
    question: Question | None = None  # the question the interviewer asked last

    @property
    def busy(self) -> bool:
        return self.phase.busy

    @property
    def can_answer(self) -> bool:
        """A new answer would be taken now (nothing unsent, nobody else driving it)."""
        return self.phase is Phase.ACTIVE and self.pending is None and self.read_only is None

    @property
    def status_text(self) -> str:
        """The few words the header shows."""
        if self.phase in (Phase.ACTIVE, Phase.SENDING, Phase.COMPLETING, Phase.UNAVAILABLE):
            return "ready to complete" if self.ready_to_complete else "active"
        return str(self.phase)


@dataclass(frozen=True, kw_only=True)
class Problem:
    """A failure, worded for people (see :func:`koji_tui.session.errors.describe_error`)."""

    message: str
    offline: bool = False  # worth retrying on its own (unreachable, too slow, or 5xx)
    failing: bool = False  # the server answered with a 5xx
    kind: str = ""  # the error's class name (AuthenticationError, TransportError, …)
    status_code: int | None = None


@dataclass(frozen=True, kw_only=True)
class Turn:
    """One message of the transcript, as every view shows it."""

    role: Role
    text: str
    number: int | None = None  # its turn number; None while an answer is unsent
    state: TurnState = "sent"
    created_at: datetime | None = None
    question: Question | None = None  # an interviewer turn: the question it asks, if any
    key: int = 0  # stable within one controller: later events about this turn repeat it


@dataclass(frozen=True, kw_only=True)
class Event:
    state: InterviewState = field(default_factory=InterviewState)


@dataclass(frozen=True, kw_only=True)
class StateChanged(Event):
    """The phase or a flag changed (nothing else happened to the transcript)."""


@dataclass(frozen=True, kw_only=True)
class Started(Event):
    """A new interview runs on the server (its opening message follows as a TurnAdded)."""


@dataclass(frozen=True, kw_only=True)
class TranscriptLoaded(Event):
    """The whole transcript at once: an interview opened (``preview``: the journal's copy,
    shown while the server is asked; then the merged one). ``draft`` is text typed last time
    and never sent; ``notice`` says why only the journal's copy is shown, if so."""

    turns: tuple[Turn, ...] = ()
    preview: bool = False
    draft: str | None = None
    notice: Problem | None = None


@dataclass(frozen=True, kw_only=True)
class TurnAdded(Event):
    turn: Turn


@dataclass(frozen=True, kw_only=True)
class ReplyDelta(Event):
    """A piece of the interviewer's streamed reply."""

    text: str


@dataclass(frozen=True, kw_only=True)
class ReplyRestarted(Event):
    """A cut stream is sent again: drop the reply's text shown so far."""


@dataclass(frozen=True, kw_only=True)
class ReplyFinished(TurnAdded):
    """The interviewer's reply, whole (it is a TurnAdded: observers that ignore the stream get
    it too). ``streamed``: deltas came before it."""

    streamed: bool = False


@dataclass(frozen=True, kw_only=True)
class QuestionAsked(Event):
    """The interviewer's turn asks ``question`` (structured or open)."""

    question: Question
    turn: Turn


@dataclass(frozen=True, kw_only=True)
class AnswerPending(Event):
    """The answer could not be delivered: it is kept (journal) as unsent."""

    turn: Turn
    problem: Problem
    quiet: bool = False  # an automatic retry while offline (say it calmly)


@dataclass(frozen=True, kw_only=True)
class AnswerResending(Event):
    """The unsent answer is on its way again (asked for, or on its own once the server is back)."""

    turn: Turn
    quiet: bool = False


@dataclass(frozen=True, kw_only=True)
class AnswerDelivered(Event):
    """The server has the answer (``reconciled``: it already had it; nothing was sent again)."""

    turn: Turn
    reconciled: bool = False


@dataclass(frozen=True, kw_only=True)
class AnswerDiscarded(Event):
    turn: Turn


@dataclass(frozen=True, kw_only=True)
class Offline(Event):
    """The server cannot be reached (or answers 5xx); the unsent answer is retried on its own:
    ``next_check`` seconds from now, after ``checks`` checks so far."""

    problem: Problem
    next_check: float | None = None
    checks: int = 0


@dataclass(frozen=True, kw_only=True)
class BackOnline(Event):
    """The server answers again (an unsent answer is resent next)."""


@dataclass(frozen=True, kw_only=True)
class ReadyToComplete(Event):
    """The interviewer has finished: completing it gets the quality score."""


@dataclass(frozen=True, kw_only=True)
class Completed(Event):
    quality_score: float | None = None
    reason: CompletionReason | str = "natural"


@dataclass(frozen=True, kw_only=True)
class ReadOnly(Event):
    """Another window or process drives this interview (``holder`` says which)."""

    holder: str


@dataclass(frozen=True, kw_only=True)
class Failed(Event):
    """Starting, opening, answering, completing (or the controller itself) failed."""

    action: Action
    problem: Problem
