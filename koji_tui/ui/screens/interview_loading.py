"""Starting a new interview, or opening a journaled one (the journal's copy first, then the
server's), and a start or load that fails."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from textual import work

from koji_tui.ui.messages import (
    InterviewFailed,
    InterviewLoaded,
    InterviewPreview,
    InterviewStarted,
    ReplyArrived,
)
from koji_tui.ui.screens.interview_base import (
    InterviewBase,
    _turn_dicts,
    _turn_views,
)
from koji_tui.ui.widgets.transcript import TurnView

if TYPE_CHECKING:
    pass


class LoadingMixin(InterviewBase):
    """Starting a new interview, or opening a journaled one (the journal's copy first, then the"""

    @work(exclusive=True, group="interview", exit_on_error=False)
    async def run_start(self, args: dict[str, Any]) -> None:
        from koji_tui.session import InterviewSession

        try:
            client = await self.koji.client_for(self.study)
            session = InterviewSession(
                client, self.koji.journal_for(self.study), study_name=self.study.name
            )
            result = await session.start(
                respondent=args.get("respondent"), mode=args.get("mode"), locale=args.get("locale")
            )
        except Exception as exc:
            self.post_message(InterviewFailed("start", self._describe(exc, "start the interview")))
            return
        self.session = session
        self.post_message(
            InterviewStarted(result.interview_id, result.initial_message or "", result.question)
        )
        if result.is_complete:
            self.post_message(ReplyArrived("", None, result.turn_count, True))

    def on_interview_started(self, message: InterviewStarted) -> None:
        self._record(message)
        self.interview_id = message.interview_id
        self.status = "active"
        self._went_online()
        self._update_header()
        self.transcript.append(TurnView("interviewer", message.opening, turn_no=1))
        self._offer_answer_widget(message.opening, message.question)
        self.composer.unlock_input()
        self._focus_input()

    @work(exclusive=True, group="interview", exit_on_error=False)
    async def run_load(self) -> None:
        """Open a journaled interview: merged with the server, or the journal alone if offline."""
        from koji_tui.session import InterviewSession

        journal = self.koji.journal_for(self.study)
        assert self.record_id is not None
        try:
            record = await asyncio.to_thread(journal.get, self.record_id)
        except Exception as exc:
            self.post_message(InterviewFailed("open", f"Cannot read the journal: {exc}"))
            return
        self.interview_id = record.interview_id
        from koji_tui.ui.screens.store import respondent_details, respondent_label

        self.respondent = respondent_label(record.respondent)
        self.respondent_details = respondent_details(record.respondent, record.locale)
        # The journal's copy at once: the server's answer (or its silence, when it is down
        # and the client's retries run) only refreshes it.
        self.post_message(InterviewPreview(_turn_dicts(record)))
        offline_reason: str | None = None
        session = None
        try:
            client = await self.koji.client_for(self.study)
            session = await InterviewSession.resume(
                client, journal, record.interview_id, study_name=self.study.name
            )
            record = session.record or record
            if not session.synced:
                offline_reason = (
                    "The server cannot be reached: showing the journal's copy of this interview."
                )
        except Exception as exc:
            text, _offline = self._describe_full(exc, "load the interview")
            offline_reason = f"{text} Showing the journal's copy."
            record = await asyncio.to_thread(journal.get, self.record_id)
        self.session = session
        read_only: str | None = None
        if session is not None and session.driven_elsewhere is not None:
            read_only = session.driven_elsewhere.describe()
        elif session is None:
            holder = await asyncio.to_thread(journal.lease_holder, self.record_id)
            read_only = holder.describe() if holder is not None else None
        draft = await asyncio.to_thread(journal.draft, self.record_id)
        messages = _turn_dicts(record)
        pending = record.pending_turn.content if record.pending_turn is not None else None
        self.post_message(
            InterviewLoaded(
                record.interview_id,
                messages,
                str(record.status),
                record.quality_score,
                offline=offline_reason is not None,
                pending=pending,
                draft=draft,
                read_only=read_only,
            )
        )
        if offline_reason:
            self.post_message(InterviewFailed("load", offline_reason))

    def on_interview_preview(self, message: InterviewPreview) -> None:
        """The journal's copy, shown while the server is asked (nothing can be sent yet)."""
        self._record(message)
        self._update_header()
        self.transcript.load(_turn_views(message.messages))
        self.composer.lock_input("loading the interview from the server…")

    def on_interview_loaded(self, message: InterviewLoaded) -> None:
        self._record(message)
        self.interview_id = message.interview_id
        self.quality_score = message.quality_score
        self.status = "completed" if message.status == "completed" else "active"
        self.ready_to_complete = message.status == "awaiting_completion"
        turns = _turn_views(message.messages)
        last_assistant, last_question = "", None
        for item in message.messages:
            if item["role"] == "assistant":
                last_assistant, last_question = item["content"], item.get("question")
        handles = self.transcript.load(turns)
        self.pending_text = message.pending
        if message.pending is not None:
            self._answer_handle = handles[-1] if handles else None
        if message.offline:
            self._went_offline()
        else:
            self._went_online()
        self._update_header()
        composer = self.composer
        if self.status == "completed":
            self._show_completed()
            return
        if message.read_only is not None:
            self.read_only = message.read_only
            self.transcript.notice(
                f"This interview is open in another {message.read_only}, which drives it: "
                "it is shown read-only here. Close it there to continue here.",
                kind="error",
            )
            composer.lock_input(f"read-only: open in another {message.read_only}", waiting=False)
            self._update_header()
            return
        if self.session is None:
            composer.lock_input("cannot continue: see the message above", waiting=False)
            return
        composer.unlock_input()
        draft = message.draft if message.pending is None else None
        if draft:
            composer.restore(draft)
            self._saved_draft = draft
            self.transcript.notice("Your unsent text from last time is back in the box.")
        if message.pending is not None:
            composer.restore(message.pending)
            composer.set_hint("Unsent answer: press Enter or F7 to resend it.", "warning")
            if self.resend_on_open and not message.offline:
                self.run_resend()
        elif last_assistant and message.messages and message.messages[-1]["role"] == "assistant":
            self._offer_answer_widget(last_assistant, last_question)
        if self.ready_to_complete:
            self._offer_completion()
        self._focus_input()

    def on_interview_failed(self, message: InterviewFailed) -> None:
        self._record(message)
        self.busy = False
        self.transcript.notice(message.error, kind="error")
        # The transcript and the hint line keep the message; the toast only draws the eye.
        self.notify(message.error, severity="error", timeout=6, markup=False)
        if message.action == "start":
            self.status = "not started"
            self._update_header()
            self.composer.lock_input("not started — press escape to go back", waiting=False)
        elif message.action == "complete":
            if self.status != "completed":
                self.composer.unlock_input()
                if self.ready_to_complete:
                    self._offer_completion()
