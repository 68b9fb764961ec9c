"""Answering: Enter or an answer widget becomes the controller's ``answer`` (or ``resend``)
intent; the answer widgets offered for structured questions."""

from __future__ import annotations

import contextlib
from typing import Any

from textual import on
from textual.css.query import NoMatches

from koji_tui.session import SessionError
from koji_tui.session.events import Phase
from koji_tui.ui.screens.interview_base import InterviewBase, _short
from koji_tui.ui.widgets.composer import Composer

#: Seconds before a widget answered in the composer is drawn answered (see send_answer).
SENT_WIDGET_DRAWN_AFTER = 0.15


class AnsweringMixin(InterviewBase):
    """Answering (see the module docstring)."""

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
        if not self.state.can_answer:
            with contextlib.suppress(Exception):
                event.widget.unlock()
            self.notify(self.tr.gettext("Wait for the pending answer first."), severity="warning")
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
        state = self.controller.state
        if state.phase is Phase.COMPLETED:
            composer.lock_input(self.tr.gettext("interview completed"), waiting=False)
            self.notify(
                self.tr.gettext("This interview is completed; no more answers can be sent.")
            )
            return
        if state.pending is not None and not state.busy and state.read_only is None:
            # One unsent answer at a time: Enter means "resend it", never a second answer.
            if text.strip() != state.pending.strip():
                self.notify(
                    self.tr.gettext(
                        "An earlier answer is still unsent; it is resent first. "
                        "Your new text stays in the box."
                    ),
                    severity="warning",
                    timeout=8,
                )
            self.run_resend()
            return
        # The journal write starts inside answer(), before anything else happens on Enter (a
        # thread takes it now): a crash a few milliseconds later still finds the answer.
        try:
            self.controller.answer(text, structured_value, question)
        except SessionError as exc:
            composer.report_failure(_short(self._describe(exc, "send the answer")))
            return
        self._question_due = None  # answered before its widget came: it does not come
        if self._answer_widget is not None:
            with contextlib.suppress(NoMatches):  # a widget already gone; a bug must show
                # Drawn locked only if the reply is slow to begin: it removes the widget, and
                # restyling it now would hold the request back (~5 ms on this Enter).
                self._answer_widget.lock_answer(text, draw_after=SENT_WIDGET_DRAWN_AFTER)
            self._sent_widget = self._answer_widget
            self._answer_widget = None

    def run_resend(self, quiet: bool = False) -> None:
        state = self.controller.state
        if state.busy:
            return
        if state.read_only:
            if not quiet:
                self.notify(
                    self.tr.gettext(
                        "Read-only: its unsent answer belongs to the other {holder}."
                    ).format(holder=state.read_only),
                    severity="warning",
                )
            return
        try:
            self.controller.resend(quiet=quiet)
        except SessionError as exc:
            if not quiet:
                self.notify(str(exc), severity="warning")

    def action_resend(self) -> None:
        state = self.controller.state
        if self.controller.session is None:
            self.notify(self.tr.gettext("The interview is not running."), severity="warning")
        elif state.pending is None:
            self.notify(self.tr.gettext("Nothing to resend: every answer reached the server."))
        elif state.busy:
            self.notify(self.tr.gettext("Still sending; please wait."), severity="warning")
        else:
            self.run_resend()

    def _offer_answer_widget(self, question: Any, content: str = "") -> None:
        """Mount the structured-answer widget for the question just asked, if any; while it is
        there, the interviewer's turn above it shows its stem (the options are in the widget,
        not listed twice: at 80x24 the question stays on screen)."""
        from koji_tui.questions import stem_for_display
        from koji_tui.ui.widgets.answers import answer_widget_for

        try:
            widget = answer_widget_for(question, locale=self.interview_locale)
        except Exception:  # a widget that cannot be built: the composer still takes the answer
            return
        if widget is None:
            return
        self._clear_answer_widget()
        self._answer_widget = widget
        widget.add_class("transcript--attachment")
        stem = stem_for_display(content, question) if content else None
        self.transcript.mount_below_last(widget, stem=stem)

    def _clear_answer_widget(self) -> None:
        """Drop the widget of an earlier question (answers stay in the transcript as text)."""
        self.transcript.clear_attachments()  # the whole message comes back at once
        self._answer_widget = None
        self._question_due = None

    def _focus_input(self, prefer_widget: bool = True) -> None:
        if prefer_widget and self._answer_widget is not None:
            self.call_after_refresh(self._answer_widget.focus)
        else:
            self.composer.focus()
