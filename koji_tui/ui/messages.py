"""Custom Textual messages: how workers and client callbacks talk to the screens.

Workers never touch widgets. They (or the client's observable callbacks, which
may fire inside the app's loop or in another thread) post one of these
messages; the screen that owns the widgets handles it. Tests assert on this
flow (Harlequin-style) by recording the messages a screen receives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:
    from koji_tui.config.entry import StudyEntry


class StudiesLoaded(Message):
    """The study list was (re)loaded."""

    def __init__(self, studies: list[StudyEntry], problems: list[str], keyring_ok: bool) -> None:
        super().__init__()
        self.studies = studies
        self.problems = problems
        self.keyring_ok = keyring_ok


class SandboxReady(Message):
    """The demo sandbox is up: its studies are session-only studies."""

    def __init__(self, base_url: str, studies: list[StudyEntry]) -> None:
        super().__init__()
        self.base_url = base_url
        self.studies = studies


class SandboxFailed(Message):
    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class RateLimitChanged(Message):
    """A client saw new rate-limit headers."""

    def __init__(
        self, study: str, limit: int | None, remaining: int | None, reset_at: float | None
    ) -> None:
        super().__init__()
        self.study = study
        self.limit = limit
        self.remaining = remaining
        self.reset_at = reset_at


class ActivityChanged(Message):
    """A client changed state: idle, sending, pacing, waiting_rate_limit, retrying, reconciling, offline."""

    def __init__(self, study: str, state: str, detail: str, until: float | None) -> None:
        super().__init__()
        self.study = study
        self.state = state
        self.detail = detail
        self.until = until


# --- the interview flow ----------------------------------------------------------


class InterviewStarted(Message):
    def __init__(self, interview_id: str, opening: str, question: dict[str, Any] | None) -> None:
        super().__init__()
        self.interview_id = interview_id
        self.opening = opening
        self.question = question


class InterviewLoaded(Message):
    """A past interview was loaded (from the server, or from the journal when offline)."""

    def __init__(
        self,
        interview_id: str,
        messages: list[dict[str, Any]],
        status: str,
        quality_score: float | None,
        offline: bool,
        pending: str | None,
        draft: str | None = None,
        read_only: str | None = None,
    ) -> None:
        super().__init__()
        self.interview_id = interview_id
        self.messages = messages
        self.status = status
        self.quality_score = quality_score
        self.offline = offline
        self.pending = pending
        self.draft = draft  # typed, never sent: saved in the journal as it was typed
        self.read_only = read_only  # why this window may not drive it (another one does)


class InterviewPreview(Message):
    """The journal's copy of an interview being opened, shown before the server answers."""

    def __init__(self, messages: list[dict[str, Any]]) -> None:
        super().__init__()
        self.messages = messages


class AnswerSending(Message):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class ReplyDelta(Message):
    """A chunk of the interviewer's streamed reply."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


class ReplyRestarted(Message):
    """The client restarts a cut stream (the answer is sent again): drop the text shown so far."""


class ReplyArrived(Message):
    def __init__(
        self,
        content: str,
        question: dict[str, Any] | None,
        turn_count: int | None,
        is_complete: bool,
    ) -> None:
        super().__init__()
        self.content = content
        self.question = question
        self.turn_count = turn_count
        self.is_complete = is_complete


class AnswerFailed(Message):
    """Sending an answer failed: the text stays in the composer and in the journal as pending."""

    def __init__(self, text: str, error: str, offline: bool, server_failing: bool = False) -> None:
        super().__init__()
        self.text = text
        self.error = error
        self.offline = offline  # worth retrying on its own: unreachable, or failing (5xx)
        self.server_failing = server_failing  # it answers, with a 5xx: not "offline"


class InterviewCompleted(Message):
    def __init__(self, quality_score: float | None, status: str) -> None:
        super().__init__()
        self.quality_score = quality_score
        self.status = status


class InterviewFailed(Message):
    """Starting, loading or completing failed (a clear message, never a crash)."""

    def __init__(self, action: str, error: str) -> None:
        super().__init__()
        self.action = action
        self.error = error


class RetryStillOffline(Message):
    """An automatic resend found the server still unreachable (the answer stays pending)."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class ServerBack(Message):
    """A probe while offline reached the server: time to resend the pending answer."""


class AnswerReconciled(Message):
    """A resend found the answer already on the server: nothing was sent again."""
