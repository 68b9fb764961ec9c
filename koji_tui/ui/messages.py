"""Custom Textual messages: how workers and client callbacks talk to the screens.

Workers never touch widgets: they post one of these messages (the one way back),
and the app or the screen that owns the widgets handles it. A client's rate-limit
and activity changes are Signals instead (``AppServices.rate_limit_changed`` and
``activity_changed``), as is a change of the study list (``KojiApp.studies_changed``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:
    from pathlib import Path

    from koji_tui.config.entry import StudyEntry
    from koji_tui.ui.host import Sandbox
    from koji_tui.ui.screens.store import PendingItem


class StudiesLoaded(Message):
    """The study list was (re)loaded."""

    def __init__(
        self, studies: list[StudyEntry], problems: list[str], keyring_ok: bool | None
    ) -> None:
        super().__init__()
        self.studies = studies
        self.problems = problems
        self.keyring_ok = keyring_ok


class SandboxReady(Message):
    """The demo sandbox is up: its studies are session-only studies. ``server``: the running
    sandbox, which the app takes on with its studies (never before them, from the thread)."""

    def __init__(
        self, base_url: str, studies: list[StudyEntry], server: Sandbox | None = None
    ) -> None:
        super().__init__()
        self.base_url = base_url
        self.studies = studies
        self.server = server


class StudyRemoved(Message):
    """A saved study was removed; ``warning`` says when the keyring kept its key."""

    def __init__(self, name: str, warning: str | None) -> None:
        super().__init__()
        self.name = name
        self.warning = warning


class InterviewExported(Message):
    """An interview was written as Markdown and JSON (the files, in that order)."""

    def __init__(self, paths: list[Path]) -> None:
        super().__init__()
        self.paths = paths


class ResendsFound(Message):
    """Unsent answers the journals hold, in interviews no other window drives."""

    def __init__(self, offers: list[tuple[StudyEntry, PendingItem]], problems: list[str]) -> None:
        super().__init__()
        self.offers = offers
        self.problems = problems


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
