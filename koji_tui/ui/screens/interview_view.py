"""The controller's events, drawn: the transcript, the composer's hints, the status bar.

Each event type has one ``_show_…`` method; :meth:`ViewMixin.on_controller_event` keeps the
state of the event (``self.state``) and calls it. Nothing here sends anything.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from koji_tui.i18n import N_, Translator
from koji_tui.journal.respondent import respondent_title
from koji_tui.safety import safe_line
from koji_tui.services import StudyActivity, StudyRateLimit
from koji_tui.session import events as ev
from koji_tui.ui.screens.common import visible
from koji_tui.ui.screens.interview_base import (
    ControllerEvent,
    InterviewBase,
    _short,
    details_line,
)
from koji_tui.ui.widgets.status_bar import StatusBar
from koji_tui.ui.widgets.transcript import TurnView

NOT_SENT_YET = N_("not sent yet — Enter or F7 resends it")
RETRYING = N_("not sent yet — retrying…")


def _view(turn: ev.Turn, tr: Translator, *, detail: str | None = None) -> TurnView:
    pending = turn.state == "pending"
    return TurnView(
        turn.role,
        turn.text,
        timestamp=turn.created_at,
        turn_no=turn.number,
        state=turn.state,
        detail=detail or (tr.gettext(NOT_SENT_YET) if pending else None),
    )


class ViewMixin(InterviewBase):
    """Draws the controller's events (see the module docstring)."""

    def on_controller_event(self, message: ControllerEvent) -> None:
        event = message.event
        self.state = event.state
        self._follow_locale()
        show: Callable[[Any], None] | None = getattr(self, f"_show_{type(event).__name__}", None)
        if show is not None:
            show(event)
        self._update_header()

    # -- start, open ---------------------------------------------------------------------
    def _show_Started(self, event: ev.Started) -> None:
        self._went_online()

    def _show_TranscriptLoaded(self, event: ev.TranscriptLoaded) -> None:
        from koji_tui.ui.screens.store import respondent_label

        state = event.state
        tr = self.tr
        self.respondent = respondent_label(state.respondent)
        self.respondent_details = details_line(tr, state.respondent, state.locale)
        who = safe_line(respondent_title(state.respondent, tr), 40)
        self.transcript.history.set_labels(respondent=who)
        handles = self.transcript.load([_view(t, tr) for t in event.turns])
        self._handles = {t.key: h for t, h in zip(event.turns, handles, strict=True)}
        composer = self.composer
        if event.preview:
            composer.lock_input(self.tr.gettext("loading the interview from the server…"))
            return
        if state.offline:
            self._went_offline()
        else:
            self._went_online()
        if state.phase is ev.Phase.COMPLETED:
            self._show_completed()
            return
        if state.read_only is not None:
            return  # ReadOnly follows
        if state.phase is ev.Phase.UNAVAILABLE:
            composer.lock_input(
                self.tr.gettext("cannot continue: see the message above"), waiting=False
            )
            return
        composer.unlock_input()
        if event.draft and state.pending is None:
            composer.restore(event.draft)
            self.transcript.notice(
                self.tr.gettext("Your unsent text from last time is back in the box.")
            )
        if state.pending is not None:
            composer.restore(state.pending)
            composer.set_hint(
                self.tr.gettext("Unsent answer: press Enter or F7 to resend it."), "warning"
            )
        if state.ready_to_complete:
            self._offer_completion()
        self._focus_input()

    def _show_ReadOnly(self, event: ev.ReadOnly) -> None:
        self.transcript.notice(
            self.tr.gettext(
                "This interview is open in another {holder}, which drives it: "
                "it is shown read-only here. Close it there to continue here."
            ).format(holder=event.holder),
            kind="error",
        )
        said = self.tr.gettext("read-only: open in another {holder}").format(holder=event.holder)
        self.composer.lock_input(said, waiting=False)

    def _show_Failed(self, event: ev.Failed) -> None:
        error = event.problem.message
        self.transcript.notice(error, kind="error")
        # The transcript and the hint line keep the message; the toast only draws the eye.
        self.notify(error, severity="error", timeout=6, markup=False)
        if event.action == "start":
            self.composer.lock_input(
                self.tr.gettext("not started — press escape to go back"), waiting=False
            )
        elif event.action == "record":  # the journal failed: nothing more is taken into it
            self.composer.lock_input(
                self.tr.gettext("cannot continue: see the message above"), waiting=False
            )
        elif event.action in ("complete", "internal") and event.state.phase is ev.Phase.ACTIVE:
            self.composer.unlock_input()
            if event.state.ready_to_complete:
                self._offer_completion()

    # -- turns -----------------------------------------------------------------------------
    def _show_TurnAdded(self, event: ev.TurnAdded) -> None:
        turn = event.turn
        self._handles[turn.key] = self.transcript.append(_view(turn, self.tr))
        if turn.role == "interviewer":  # the opening message: the interview runs
            self.composer.unlock_input()
            self._focus_input()

    def _show_ReplyDelta(self, event: ev.ReplyDelta) -> None:
        if self._sent_widget is not None and not self.transcript.is_streaming:
            # The reply has begun: the answer is in the transcript, and the widget it was
            # given in goes now, while the loop waits on the stream, not when the reply ends.
            self._clear_answer_widget()
            self._sent_widget = None
        self.transcript.append_stream(event.text)

    def _show_ReplyRestarted(self, event: ev.ReplyRestarted) -> None:
        self.transcript.restart_stream()

    def _show_ReplyFinished(self, event: ev.ReplyFinished) -> None:
        handle = self.transcript.end_stream(final_text=event.turn.text, turn_no=event.turn.number)
        if handle is not None:
            self._handles[event.turn.key] = handle
        self._clear_answer_widget()
        self._focus_input()

    def _show_QuestionAsked(self, event: ev.QuestionAsked) -> None:
        # The reply is painted first, the answer widget in the frame after it: the question is
        # readable at once, and building the widget (mount, styles, layout: several frames'
        # work) no longer holds the reply's last words back.
        self._question_due = event.turn.key
        self.call_after_refresh(self._offer_if_due, event)

    #: How the answer widget waits for its question to be drawn. A screen's after-refresh
    #: callbacks also run when it goes idle with nothing to paint yet (the transcript has not
    #: posted the reply's redraw: it runs in a task of its own, which a callback queued again
    #: at once would not let run): so it looks again a frame later, up to 20 times (a question
    #: scrolled out of view is never drawn: the widget comes anyway).
    DRAWN_WAIT = 1 / 60
    DRAWN_WAIT_ROUNDS = 20

    def _offer_if_due(self, event: ev.QuestionAsked, rounds: int = 0) -> None:
        """The widget of ``event``'s question, unless something came since (a new reply, an
        answer typed in the composer, the screen gone)."""
        if self._question_due != event.turn.key or not self.is_attached:
            return
        handle = self._handles.get(event.turn.key)
        if (
            handle is not None
            and rounds < self.DRAWN_WAIT_ROUNDS
            and not self.transcript.is_drawn(handle)
        ):
            self.set_timer(self.DRAWN_WAIT, lambda: self._offer_if_due(event, rounds + 1))
            return
        self._question_due = None
        self._offer_answer_widget(event.question, event.turn.text)
        self._focus_input()

    def _show_ReadyToComplete(self, event: ev.ReadyToComplete) -> None:
        self.transcript.notice(
            self.tr.gettext(
                "The interviewer has finished. Complete the interview to get its quality score."
            ),
            kind="success",
        )
        self._offer_completion()
        self._focus_input()

    # -- delivery --------------------------------------------------------------------------
    def _update(self, turn: ev.Turn, **changes: Any) -> None:
        handle = self._handles.get(turn.key)
        if handle is not None:
            self.transcript.update_turn(handle, **changes)

    def _show_AnswerResending(self, event: ev.AnswerResending) -> None:
        self._keep_text = self._edited_text(event.state.pending)
        self.composer.lock_input(self.tr.gettext("resending the unsent answer…"))
        self._update(event.turn, state="sending", detail=None)

    def _show_AnswerDelivered(self, event: ev.AnswerDelivered) -> None:
        self._mark_sent_widget(False)
        self._sent_widget = None
        self._went_online()
        self._update(event.turn, state="sent", detail=None, turn_no=event.turn.number)
        composer = self.composer
        if self._keep_text is not None:
            composer.restore(self._keep_text)
            self._keep_text = None
            self.transcript.notice(
                self.tr.gettext(
                    "The unsent answer went through as it was first sent; your newer text is "
                    "still here in the box — Enter sends it as the next answer."
                )
            )
        else:
            composer.confirm_sent()
        composer.unlock_input()
        if event.reconciled:
            self.notify(
                self.tr.gettext("The server already had that answer; it was not sent again."),
                timeout=6,
            )

    def _show_AnswerPending(self, event: ev.AnswerPending) -> None:
        problem = event.problem
        composer = self.composer
        self._mark_sent_widget(True)
        self.transcript.cancel_stream()
        if event.quiet:  # an automatic retry while offline: the Offline event says the rest
            self._update(event.turn, state="pending", detail=self.tr.gettext(RETRYING))
            if self._keep_text is not None:
                composer.restore(self._keep_text)
                self._keep_text = None
            return
        self._update(
            event.turn,
            state="pending",
            detail=self.tr.gettext("not sent yet — kept; Enter or F7 resends it"),
        )
        self.transcript.notice(problem.message, kind="error")
        if self._keep_text is not None:
            composer.restore(self._keep_text)
            self._keep_text = None
        elif not composer.text.strip():
            composer.restore(event.state.pending or event.turn.text)
        # The hint says the part that matters (the transcript has the whole message).
        if problem.failing:
            composer.report_failure(
                self.tr.gettext("the server is failing (it answers with an error)")
            )
        else:
            composer.report_failure(
                self.tr.gettext("offline") if problem.offline else _short(problem.message)
            )
        focused = self.app.focused
        if focused is None or focused is not composer.input:
            # An answer widget that sent it is locked now: "press Enter to retry" is true in
            # the composer, which holds the text.
            composer.focus()

    def _show_AnswerDiscarded(self, event: ev.AnswerDiscarded) -> None:
        self._update(
            event.turn,
            state="failed",
            detail=self.tr.gettext("discarded — kept in the journal only"),
        )
        self.composer.unlock_input()

    def _show_Offline(self, event: ev.Offline) -> None:
        self._went_offline()
        if event.checks and event.next_check is not None and event.state.pending is not None:
            tr = self.tr
            self._update_pending_detail(tr.gettext(RETRYING))
            when = tr.gettext("Next check in {seconds} s ({checks} done).").format(
                seconds=max(1, round(event.next_check)), checks=event.checks
            )
            said = (
                tr.gettext(
                    "The server is failing: the answer is kept and is resent when it recovers."
                )
                if event.state.failing
                else tr.gettext(
                    "Offline: the answer is kept and is resent when the server is back."
                )
            )
            self.composer.unlock_input(f"{said} {when}", "warning")

    def _show_BackOnline(self, event: ev.BackOnline) -> None:
        self._went_online()

    def _update_pending_detail(self, detail: str) -> None:
        for turn in reversed(self.controller.turns):
            if turn.state == "pending":
                self._update(turn, detail=detail)
                return

    def _edited_text(self, pending: str | None) -> str | None:
        """The composer's text when it is not just the unsent answer (an edit or a new
        answer): kept in the box when the unsent answer goes through."""
        text = self.composer.text
        if not text.strip() or pending is None:
            return None
        return text if text.strip() != pending.strip() else None

    def _mark_sent_widget(self, not_sent: bool) -> None:
        if self._sent_widget is not None:
            with contextlib.suppress(Exception):
                self._sent_widget.set_not_sent(not_sent)

    # -- the status bar ----------------------------------------------------------------------
    def refresh_status(self) -> None:
        """Pull the study's latest rate-limit / activity state from the app into the bar."""
        bar = self._status_bar()
        if bar is None:
            return
        # Each request changes the client's activity two or three times: the bar is told only
        # what changed (each update redraws it, and a redrawn bar widens the screen's repaint).
        clients = self.koji.services.clients
        rate = clients.rate_limit(self.study.name)
        if rate is not None and (rate.limit, rate.remaining, rate.reset_at) != (
            bar.limit,
            bar.remaining,
            bar.reset_at,
        ):
            bar.update_rate_limit(rate.limit, rate.remaining, rate.reset_at)
        activity = clients.activity(self.study.name)
        if activity is not None:
            shown = (activity.state or "idle", visible(activity.detail) or "", activity.until)
            if shown != (bar.activity, bar.activity_detail, bar.activity_until):
                bar.update_activity(*shown)
            if activity.state in ("offline", "retrying", "reconciling"):
                _connect(bar, activity.state)
            elif activity.state in ("sending", "pacing", "waiting_rate_limit") and not self.offline:
                _connect(bar, "online")
        if self.offline:
            _connect(bar, "failing" if self.state.failing else "offline")

    def _study_status_changed(self, seen: StudyRateLimit | StudyActivity) -> None:
        """The services' Signals: a study's rate limit or activity changed."""
        if seen.study == self.study.name:
            self.refresh_status()

    def _went_online(self) -> None:
        if (bar := self._status_bar()) is not None:
            _connect(bar, "online")

    def _went_offline(self) -> None:
        if (bar := self._status_bar()) is not None:
            _connect(bar, "failing" if self.state.failing else "offline")


def _connect(bar: StatusBar, state: str) -> None:
    """``bar.set_connection(state)`` unless the bar shows that already (it would redraw)."""
    if bar.connection != state:
        bar.set_connection(state)
