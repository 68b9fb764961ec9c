"""What every part of the interview screen shares: its state, the app's services, small helpers.

The screen is assembled from mixins along the flow's seams (loading, answering, delivery of
unsent answers, ending); each subclasses :class:`InterviewBase`, which holds the state they share.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from textual.css.query import NoMatches
from textual.screen import Screen
from textual.worker import Worker

from koji_tui.config.entry import StudyEntry
from koji_tui.ui.screens.common import describe_error
from koji_tui.ui.widgets.composer import Composer
from koji_tui.ui.widgets.status_bar import StatusBar
from koji_tui.ui.widgets.transcript import Transcript, TurnView

if TYPE_CHECKING:
    from koji_tui.ui.app import KojiApp


class InterviewBase(Screen[None]):
    """State and helpers shared by the interview screen's parts (see interview.py)."""

    study: StudyEntry
    start_args: dict[str, Any] | None
    record_id: int | None
    resend_on_open: bool
    session: Any
    interview_id: str | None
    status: str
    quality_score: float | None
    ready_to_complete: bool
    pending_text: str | None
    offline: bool
    server_failing: bool
    busy: bool
    read_only: str | None
    respondent: str
    respondent_details: str
    received: list[str]

    @property
    def koji(self) -> KojiApp:
        return cast("KojiApp", self.app)

    @property
    def composer(self) -> Composer:
        return self.query_one(Composer)

    @property
    def transcript(self) -> Transcript:
        return self.query_one(Transcript)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # The one place failures of background work are said (the app's report_worker).
        report = getattr(self.app, "report_worker", None)
        if report is not None:
            report(event)

    def _record(self, message: Any) -> None:
        self.received.append(type(message).__name__)

    def _status_bar(self) -> StatusBar | None:
        """The bar, or None while the screen is not composed yet or already torn down."""
        try:
            return self.query_one(StatusBar)
        except NoMatches:
            return None

    def _record_id(self) -> int | None:
        record = getattr(self.session, "record", None)
        if record is not None:
            return int(record.record_id)
        return self.record_id

    def _describe_full(self, exc: BaseException, action: str) -> tuple[str, bool]:
        return describe_error(exc, self.study.name, action, from_env=self.study.source == "env")

    def _describe(self, exc: BaseException, action: str) -> str:
        return self._describe_full(exc, action)[0]


def parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


def _turn_dicts(record: Any) -> list[dict[str, Any]]:
    """A journal record's turns as the screen shows them (discarded answers left out)."""
    return [
        {
            "role": t.role,
            "content": t.content,
            "created_at": t.created_at,
            "state": t.state,
            "question": t.question,
        }
        for t in record.turns
        if t.state != "discarded"
    ]


def _turn_views(messages: list[dict[str, Any]]) -> list[TurnView]:
    """The transcript's turns for journaled messages (an unsent answer has no number)."""
    turns: list[TurnView] = []
    number = 0
    for item in messages:
        pending = item["state"] == "pending"
        if not pending:
            number += 1
        turns.append(
            TurnView(
                "interviewer" if item["role"] == "assistant" else "respondent",
                item["content"],
                timestamp=parse_time(item.get("created_at")),
                turn_no=None if pending else number,
                state="pending" if pending else "sent",
                detail="not sent yet — Enter or F7 resends it" if pending else None,
            )
        )
    return turns


def _short(text: str, limit: int = 70) -> str:
    """The first sentence of ``text``, or its first words up to ``limit`` (never mid-word)."""
    first = text.split(". ", 1)[0].rstrip(".")
    if len(first) <= limit:
        return first
    cut = first[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def server_failing(exc: BaseException) -> bool:
    """The server answered, with a 5xx: it is up but failing (worth retrying, not "offline")."""
    status = getattr(exc, "status_code", None)
    return isinstance(status, int) and status >= 500
