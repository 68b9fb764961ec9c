"""The kiosk's interview: only the conversation, the answer widget and the composer, large.

A view of the participant's :class:`~koji_tui.session.controller.InterviewController` (the
kiosk loop made it): its events arrive as :class:`KioskEvent` messages and are drawn; Enter and
the answer widgets become its ``answer`` intent. No ids, turn numbers, times, keys, request
counts or scores: a request in flight, pacing, a 429 wait and offline all read as one calm line
("One moment…"), and an answer the server has not confirmed stays on screen as given (the
controller keeps it in the journal and resends it once the server is back). "Finish" (the
button, or F10) ends early after a confirmation; when the interviewer has finished, the
interview is completed at once and Enter goes on to the thank-you.
"""

from __future__ import annotations

import contextlib
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Static

from koji_tui.i18n import translator
from koji_tui.kiosk.loop import Participant
from koji_tui.questions import stem_for_display
from koji_tui.safety import safe_line
from koji_tui.session import SessionError
from koji_tui.session import events as ev
from koji_tui.ui.kiosk.overlays import KioskFinish
from koji_tui.ui.kiosk.screens import ChoiceButton, KioskScreen
from koji_tui.ui.warm import warm_detector
from koji_tui.ui.widgets.composer import Composer
from koji_tui.ui.widgets.transcript import Transcript, TurnHandle, TurnView

FINISH_KEY = "f10"
RESEND_AFTER = 3.0  # seconds before an answer left unsent (not by the network) is resent


def _no_time(_: object) -> str:
    """No times on a kiosk (the transcript still draws the separator: styles hide it)."""
    return ""


class KioskEvent(Message, bubble=False):
    """One event of the participant's controller, on the screen's own queue."""

    def __init__(self, event: ev.Event) -> None:
        super().__init__()
        self.event = event


class KioskInterviewScreen(KioskScreen):
    IDLE_GUARD = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(FINISH_KEY, "finish", show=False),
    ]

    def __init__(self, participant: Participant) -> None:
        super().__init__()
        self.participant = participant
        self.controller = participant.controller
        self.state = self.controller.state
        self.done = False  # the interviewer has finished
        self._handles: dict[int, TurnHandle] = {}
        self._stream: TurnHandle | None = None
        self._streamed = ""
        self._widget: Any = None
        self._unsubscribe = self.controller.subscribe(self._from_controller)

    def _from_controller(self, event: ev.Event) -> None:
        self.post_message(KioskEvent(event))

    # -- layout ------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        words = self.host.texts
        tr = translator(self.participant.locale)  # the transcript's and composer's own words
        title = self.host.kiosk.title or self.host.study.title or self.host.study.entry.name
        with Horizontal(id="interview-top"):
            yield Static(Text(safe_line(title)), id="interview-title")
            yield ChoiceButton(f"{words.finish} ({FINISH_KEY.upper()})", id="interview-finish")
        yield Transcript(
            id="kiosk-transcript",
            labels={"interviewer": words.interviewer, "respondent": words.you},
            time_format=_no_time,
            translator=tr,
        )
        with Vertical(id="interview-answer"):
            yield Static(words.one_moment, id="interview-calm")
            yield Composer(id="kiosk-composer", placeholder=words.placeholder, translator=tr)
            yield Static(words.composer_hint, id="interview-hint")
        with Vertical(id="interview-done"):
            yield Static(words.done, id="interview-done-text")
            yield Button(words.finish, id="interview-done-button", classes="kiosk-primary")

    @property
    def composer(self) -> Composer:
        return self.query_one(Composer)

    @property
    def transcript(self) -> Transcript:
        return self.query_one(Transcript)

    def on_mount(self) -> None:
        warm_detector(self, self.participant.locale)
        self.query_one("#interview-done").display = False
        self.composer.lock_input()
        self._calm(True)
        self.composer.focus()
        if self.controller.state.phase is ev.Phase.NEW:
            self.participant.start()

    def on_unmount(self) -> None:
        self._unsubscribe()

    def _calm(self, waiting: bool) -> None:
        """The one calm line while something is under way; the keys' hint otherwise."""
        self.query_one("#interview-calm").display = waiting
        self.query_one("#interview-hint").display = not waiting

    # -- the controller's events -----------------------------------------------------------
    def on_kiosk_event(self, message: KioskEvent) -> None:
        event = message.event
        self.state = event.state
        self.host.note_activity()  # a reply to read is not idleness
        show = getattr(self, f"_show_{type(event).__name__}", None)
        if show is not None:
            show(event)
        if not self.done:
            self._calm(self.state.busy or self.state.pending is not None)

    def _show_TurnAdded(self, event: ev.TurnAdded) -> None:
        turn = event.turn
        self._handles[turn.key] = self.transcript.append(TurnView(turn.role, turn.text))
        if turn.role == "interviewer":  # the opening message
            self._ready_for_answer()

    def _show_ReplyDelta(self, event: ev.ReplyDelta) -> None:
        self._streamed += event.text
        if self._stream is None:
            self._stream = self.transcript.append(TurnView("interviewer", self._streamed))
        else:
            self.transcript.update_turn(self._stream, text=self._streamed)

    def _show_ReplyRestarted(self, event: ev.ReplyRestarted) -> None:
        self._streamed = ""
        if self._stream is not None:
            self.transcript.update_turn(self._stream, text="")

    def _show_ReplyFinished(self, event: ev.ReplyFinished) -> None:
        turn = event.turn
        if self._stream is not None:
            self.transcript.update_turn(self._stream, text=turn.text)
            self._handles[turn.key] = self._stream
        else:
            self._handles[turn.key] = self.transcript.append(TurnView("interviewer", turn.text))
        self._stream, self._streamed = None, ""
        self._clear_widget()
        self._ready_for_answer()

    def _show_QuestionAsked(self, event: ev.QuestionAsked) -> None:
        from koji_tui.ui.widgets.answers import answer_widget_for

        if self.done:
            return
        try:
            widget = answer_widget_for(event.question, locale=self.participant.locale)
        except Exception:  # a widget that cannot be drawn: the composer takes the answer
            widget = None
        if widget is None:
            return
        self._clear_widget()
        self._widget = widget
        widget.add_class("transcript--attachment")
        self.transcript.mount_below_last(
            widget, stem=stem_for_display(event.turn.text, event.question)
        )
        self.call_after_refresh(widget.focus)

    def _show_AnswerDelivered(self, event: ev.AnswerDelivered) -> None:
        self.composer.confirm_sent()
        self._ready_for_answer()

    def _show_AnswerPending(self, event: ev.AnswerPending) -> None:
        # Kept in the journal; the controller resends it once the server is back. Left unsent
        # for another reason, the kiosk resends it itself (never twice: the transcript is
        # checked first). Either way the participant sees one calm line.
        self._stream, self._streamed = None, ""
        if not event.problem.offline:
            self.set_timer(RESEND_AFTER, self._resend)

    def _resend(self) -> None:
        with contextlib.suppress(SessionError):
            self.controller.resend(quiet=True)

    def _show_ReadyToComplete(self, event: ev.ReadyToComplete) -> None:
        if self.host.loop is not None:
            self.host.loop.finish(self.participant, "natural")
        self.done = True
        self._clear_widget()
        self.query_one("#interview-answer").display = False
        self.query_one("#interview-done").display = True
        self.query_one("#interview-done-button", Button).focus()
        self.transcript.follow()

    def _show_Failed(self, event: ev.Failed) -> None:
        if event.action in ("start", "record"):  # back to the welcome (record: the journal
            # could not keep the last reply, so this station takes no more answers into it)
            self.host.end_interview("respondent_left", thank=False)

    # -- answering -----------------------------------------------------------------------
    def _ready_for_answer(self) -> None:
        if self.done or not self.controller.state.can_answer:
            return
        composer = self.composer
        composer.unlock_input()
        if self._widget is not None:
            self.call_after_refresh(self._widget.focus)
        else:
            composer.focus()

    @on(Composer.Submitted)
    def _submitted(self, event: Composer.Submitted) -> None:
        event.stop()
        self._answer(event.text)

    @on(Composer.ScrollRequested)
    def _scroll(self, event: Composer.ScrollRequested) -> None:
        event.stop()
        if event.where == "end":
            self.transcript.follow()
        elif event.where == "page_down":
            self.transcript.scroll_page_down(animate=False)
        else:
            self.transcript.scroll_page_up(animate=False)

    def on_answer_widget_answered(self, event: Any) -> None:
        event.stop()
        if not self.controller.state.can_answer:
            with contextlib.suppress(Exception):
                event.widget.unlock()
            return
        self.composer.lock_input()
        self._widget = None
        self._answer(event.text, event.value, event.question)

    def on_answer_widget_dismissed(self, event: Any) -> None:
        event.stop()
        self.composer.focus()

    def _answer(self, text: str, value: Any = None, question: Any = None) -> None:
        try:
            self.controller.answer(text, value, question)
        except SessionError:
            self.composer.unlock_input()
            return
        if self._widget is not None:
            with contextlib.suppress(Exception):
                self._widget.lock_answer(text)
            self._widget = None

    def _clear_widget(self) -> None:
        for widget in list(self.transcript.attachments):
            with contextlib.suppress(Exception):
                widget.remove()
        self._widget = None

    # -- finishing -----------------------------------------------------------------------
    def action_finish(self) -> None:
        if self.done:
            self.host.end_interview("natural")
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.host.end_interview("respondent_left")

        self.app.push_screen(KioskFinish(self.host.texts), answered)

    @on(Button.Pressed, "#interview-finish")
    def _finish_clicked(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_finish()

    @on(Button.Pressed, "#interview-done-button")
    def _done_clicked(self, event: Button.Pressed) -> None:
        event.stop()
        self.host.end_interview("natural")


__all__ = ["FINISH_KEY", "KioskEvent", "KioskInterviewScreen"]
