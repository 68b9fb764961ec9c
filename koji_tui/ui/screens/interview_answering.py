"""Answering: Enter or an answer widget journals the answer at once, sends it, streams the
reply; the answer widgets offered for structured questions."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.css.query import NoMatches

from koji_tui.ui.messages import (
    AnswerFailed,
    AnswerSending,
    ReplyArrived,
    ReplyDelta,
    ReplyRestarted,
)
from koji_tui.ui.screens.interview_base import (
    InterviewBase,
    _short,
)
from koji_tui.ui.screens.interview_base import server_failing as _server_failing
from koji_tui.ui.widgets.composer import Composer
from koji_tui.ui.widgets.transcript import TurnView

if TYPE_CHECKING:
    pass


class AnsweringMixin(InterviewBase):
    """Answering: Enter or an answer widget journals the answer at once, sends it, streams the"""

    @on(Composer.ScrollRequested)
    def _composer_scroll(self, event: Composer.ScrollRequested) -> None:
        """End / Ctrl+End / PageDown typed in the composer move the transcript (the hint's
        "End to jump" works from where the participant types)."""
        event.stop()
        if event.where == "end":
            self.transcript.follow()
        elif event.where == "page_down":
            self.transcript.scroll_page_down(animate=False)
        else:
            self.transcript.scroll_page_up(animate=False)

    @on(Composer.Submitted)
    def _composer_submitted(self, event: Composer.Submitted) -> None:
        event.stop()
        self.send_answer(event.text)

    def on_answer_widget_answered(self, event: Any) -> None:
        event.stop()
        if self.busy or self.session is None or self.pending_text is not None:
            with contextlib.suppress(Exception):
                event.widget.unlock()
            self.notify("Wait for the pending answer first.", severity="warning")
            return
        self._answer_widget = None
        self._sent_widget = event.widget
        self.composer.lock_input()
        self.send_answer(event.text, structured_value=event.value, question=event.question)

    def on_answer_widget_dismissed(self, event: Any) -> None:
        event.stop()
        self._focus_input(prefer_widget=False)

    def send_answer(self, text: str, structured_value: Any = None, question: Any = None) -> None:
        composer = self.composer
        if self.session is None:
            composer.report_failure("the interview is not running")
            return
        if self.status == "completed":
            composer.lock_input("interview completed", waiting=False)
            self.notify("This interview is completed; no more answers can be sent.")
            return
        if self.pending_text is not None:
            # One unsent answer at a time: Enter means "resend it", never a second answer.
            if text.strip() != self.pending_text.strip():
                self.notify(
                    "An earlier answer is still unsent; it is resent first. "
                    "Your new text stays in the box.",
                    severity="warning",
                    timeout=8,
                )
            self.run_resend(keep_text=text if text.strip() != self.pending_text.strip() else None)
            return
        question = question or self._last_question
        # The journal write starts before anything else happens on Enter (a thread takes it
        # now): a crash a few milliseconds later still finds the answer in the journal.
        try:
            journaled = self.session.begin_answer(text, structured_value, question)
        except Exception as exc:
            composer.report_failure(_short(self._describe(exc, "send the answer")))
            return
        self._saved_draft = text  # the answer is journaled; it is no draft
        if self._answer_widget is not None:
            with contextlib.suppress(NoMatches):  # a widget already gone; a bug must show
                self._answer_widget.lock_answer(text)
            self._sent_widget = self._answer_widget
            self._answer_widget = None
        self.busy = True
        self.post_message(AnswerSending(text))
        self.run_answer(text, structured_value, question, journaled)

    def on_answer_sending(self, message: AnswerSending) -> None:
        self._record(message)
        self._answer_handle = self.transcript.append(
            TurnView("respondent", message.text, state="sending")
        )

    @work(exclusive=True, group="interview", exit_on_error=False)
    async def run_answer(
        self, text: str, structured_value: Any, question: Any, journaled: Any = None
    ) -> None:
        def on_delta(chunk: str) -> None:
            self.post_message(ReplyDelta(chunk))

        def on_restart() -> None:
            self.post_message(ReplyRestarted())

        try:
            result = await self.session.answer(
                text,
                structured_value=structured_value,
                question=question,
                on_delta=on_delta,
                on_restart=on_restart,
                journaled=journaled,
            )
        except Exception as exc:
            error, offline = self._describe_full(exc, "send the answer")
            self.post_message(AnswerFailed(text, error, offline, _server_failing(exc)))
            return
        self.post_message(
            ReplyArrived(
                result.content, result.question, result.turn_count, bool(result.is_complete)
            )
        )

    def on_reply_delta(self, message: ReplyDelta) -> None:
        self._record(message)
        self.transcript.append_stream(message.text)

    def on_reply_restarted(self, message: ReplyRestarted) -> None:
        self._record(message)
        self.transcript.restart_stream()

    def on_reply_arrived(self, message: ReplyArrived) -> None:
        self._record(message)
        self._mark_sent_widget(False)
        self._sent_widget = None
        self.busy = False
        self._went_online()
        turn_count = message.turn_count
        if self._answer_handle is not None:
            self.transcript.update_turn(
                self._answer_handle,
                state="sent",
                detail=None,
                turn_no=(turn_count - 1) if turn_count else None,
            )
            self._answer_handle = None
        if message.content or self.transcript.is_streaming:
            self.transcript.end_stream(final_text=message.content or None, turn_no=turn_count)
        composer = self.composer
        if self.pending_text is not None:
            self.pending_text = None
            self._update_header()
        if self._keep_text is not None:
            composer.restore(self._keep_text)
            self._keep_text = None
            composer.unlock_input()
            self.transcript.notice(
                "The unsent answer went through as it was first sent; your newer text is "
                "still here in the box — Enter sends it as the next answer."
            )
        else:
            composer.confirm_sent()
            composer.unlock_input()
        if message.content:
            self._clear_answer_widget()
            self._offer_answer_widget(message.content, message.question)
        if message.is_complete and not self.ready_to_complete:
            self.ready_to_complete = True
            self.status = "ready to complete"
            self._update_header()
            self.transcript.notice(
                "The interviewer has finished. Complete the interview to get its quality score.",
                kind="success",
            )
            self._offer_completion()
        self._focus_input()

    def _mark_sent_widget(self, not_sent: bool) -> None:
        if self._sent_widget is not None:
            with contextlib.suppress(Exception):
                self._sent_widget.set_not_sent(not_sent)

    def on_answer_failed(self, message: AnswerFailed) -> None:
        self._record(message)
        self._mark_sent_widget(True)
        self.busy = False
        self.transcript.cancel_stream()
        self.pending_text = self._session_pending() or message.text
        if self._answer_handle is not None:
            self.transcript.update_turn(
                self._answer_handle,
                state="pending",
                detail="not sent yet — kept; Enter or F7 resends it",
            )
        self.transcript.notice(message.error, kind="error")
        composer = self.composer
        if self._keep_text is not None:
            composer.restore(self._keep_text)
            self._keep_text = None
        elif not composer.text.strip():
            composer.restore(self.pending_text)
        # The hint says the part that matters (the transcript has the whole message): cut
        # mid-sentence, "Cannot reach the server for study … (it…" lost the "kept" part.
        if message.server_failing:
            composer.report_failure("the server is failing (it answers with an error)")
        else:
            composer.report_failure("offline" if message.offline else _short(message.error))
        focused = self.app.focused
        if focused is None or focused is not composer.input:
            # An answer widget that sent it is locked now: "press Enter to retry" is true in
            # the composer, which holds the text (the widget's focus was simply lost).
            composer.focus()
        if message.offline:
            self._went_offline(failing=message.server_failing)
        self._update_header()

    def _session_pending(self) -> str | None:
        pending = getattr(self.session, "pending", None)
        return getattr(pending, "content", None) if pending is not None else None

    def _offer_answer_widget(self, content: str, structured: Any) -> None:
        """Mount the structured-answer widget for the question just asked, if any."""
        try:
            from koji_tui.questions import detect_question
            from koji_tui.ui.widgets.answers import answer_widget_for
        except ImportError:
            return
        try:
            question = detect_question(
                content, structured if isinstance(structured, dict) else None
            )
            widget = answer_widget_for(question, locale=None)
        except Exception:
            return
        self._last_question = question if widget is not None else None
        if widget is None:
            return
        self._clear_answer_widget()
        self._answer_widget = widget
        widget.add_class("transcript--attachment")
        self.transcript.mount_below_last(widget)

    def _clear_answer_widget(self) -> None:
        """Drop the widget of an earlier question (answers stay in the transcript as text)."""
        for widget in list(self.transcript.attachments):
            with contextlib.suppress(Exception):
                widget.remove()
        self._answer_widget = None

    def _focus_input(self, prefer_widget: bool = True) -> None:
        if prefer_widget and self._answer_widget is not None:
            self.call_after_refresh(self._answer_widget.focus)
        else:
            self.composer.focus()
