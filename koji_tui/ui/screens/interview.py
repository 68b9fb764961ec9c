"""The interview console: live transcript, composer, rate-limit status bar.

Flow (every network call in a worker; results come back as Messages):

    start/open ──worker──▶ InterviewStarted / InterviewLoaded / InterviewFailed
    Composer.Submitted ──▶ AnswerSending ──worker: session.answer(on_delta=…)──▶
        ReplyDelta* ──▶ ReplyArrived | AnswerFailed
    complete ──worker: session.complete()──▶ InterviewCompleted | InterviewFailed

The screen is self-sufficient (a later kiosk mode can run it alone): it needs
only the study and a way to get a client and a journal from the app. The header
and footer are "chrome" hidden by ``-no-chrome``.

Unsent answers: a failed answer stays pending in the journal (the session
guarantees it) and in the composer. Enter (or F7) then resends it through
``InterviewSession.resend_pending`` — which checks the server transcript first,
so it is never delivered twice. While offline, the screen retries on its own
every few seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Button, Footer, Static

from koji_tui import paths
from koji_tui.ui.bindings import INTERVIEW_BINDINGS
from koji_tui.ui.messages import (
    AnswerFailed,
    AnswerReconciled,
    AnswerSending,
    InterviewCompleted,
    InterviewFailed,
    InterviewLoaded,
    InterviewPreview,
    InterviewStarted,
    ReplyArrived,
    ReplyDelta,
    ReplyRestarted,
    RetryStillOffline,
    ServerBack,
    StudyEntry,
)
from koji_tui.ui.screens import INTERVIEW_STYLES
from koji_tui.ui.screens.common import describe_error, format_score, one_line, visible
from koji_tui.ui.widgets.composer import Composer
from koji_tui.ui.widgets.status_bar import StatusBar
from koji_tui.ui.widgets.transcript import Transcript, TurnHandle, TurnView

if TYPE_CHECKING:
    from koji_tui.ui.app import KojiApp

OFFLINE_RETRY_SECONDS = 3.0  # the first check after going offline; each next one waits twice
OFFLINE_RETRY_MAX_SECONDS = 30.0  # as long, up to this
LEAVE_CONFIRM_SECONDS = 3.0  # how long a first escape while waiting stays armed
DRAFT_SAVE_SECONDS = 0.4  # how often typed text is saved to the journal (when it changed)


def parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return None


class InterviewScreen(Screen[None]):
    """One interview. Either ``start`` (the new-interview form's result) or ``record_id``."""

    BINDINGS = INTERVIEW_BINDINGS  # type: ignore[assignment]
    CSS_PATH: ClassVar[list[Path]] = [paths.styles_dir() / n for n in INTERVIEW_STYLES]  # type: ignore[misc]

    def __init__(
        self,
        study: StudyEntry,
        *,
        start: dict[str, Any] | None = None,
        record_id: int | None = None,
        resend: bool = False,
    ) -> None:
        super().__init__()
        self.study = study
        self.start_args = start
        self.record_id = record_id
        self.resend_on_open = resend
        self.session: Any = None
        self.interview_id: str | None = None
        self.status = "starting" if start is not None else "loading"
        self.quality_score: float | None = None
        self.ready_to_complete = False
        self.pending_text: str | None = None
        self.offline = False
        self.busy = False
        self._answer_handle: TurnHandle | None = None
        self._last_question: Any = None
        self._answer_widget: Any = None
        self._retry_timer: Timer | None = None
        self._probes = 0  # checks made since going offline (each one request)
        self.read_only: str | None = None  # another window drives this interview
        self._saved_draft: str | None = None  # the draft as the journal last got it
        self.respondent = ""
        self.respondent_details = ""  # name, external id, locale, metadata: one line
        if start:
            from koji_tui.ui.screens.store import respondent_details, respondent_label

            self.respondent = respondent_label(start.get("respondent"))
            self.respondent_details = respondent_details(
                start.get("respondent"), start.get("locale")
            )
        self.received: list[str] = []  # message names, in order (tests assert on the flow)

    @property
    def koji(self) -> KojiApp:
        return cast("KojiApp", self.app)

    # --- layout -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        app = self.koji

        def clock() -> datetime:
            return datetime.fromtimestamp(app.clock(), tz=UTC)

        yield Static(self._header_text(), id="interview-header")
        yield Static("", id="interview-respondent", markup=False)
        yield Transcript(id="transcript", clock=clock)
        with Horizontal(id="interview-banner"):
            yield Static("", id="banner-text")
            yield Button(
                "Complete interview", id="banner-complete", variant="success", compact=True
            )
        yield Composer(id="composer")
        yield StatusBar(id="status", clock=app.clock)
        yield Footer()

    def _header_text(self) -> Text:
        """Study, status (with the score), respondent, id: most important first, as narrow
        terminals cut the end."""
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(visible(self.study.name), style="bold")
        text.append(" · ")
        status = self.status
        if status == "completed" and self.quality_score is not None:
            status = f"completed · quality {format_score(self.quality_score)} / 5"
        text.append(status)
        if self.offline:
            text.append(" · OFFLINE", style="bold")
        if self.read_only:
            text.append(" · READ-ONLY", style="bold")
        if self.respondent:
            text.append(" · ")
            text.append(visible(self.respondent))
        if self.interview_id:
            text.append(" · ")
            text.append(visible(self.interview_id))
        return text

    def _update_header(self) -> None:
        self.query_one("#interview-header", Static).update(self._header_text())
        details = self.query_one("#interview-respondent", Static)
        details.update(Text(one_line(f"Respondent: {self.respondent_details}", 400), end=""))
        details.display = bool(self.respondent_details)
        self.refresh_bindings()  # F2/F7 show only when they apply

    def on_mount(self) -> None:
        # Toasts of the last interview ("Quality score …", an export path) would cover this
        # one's first question.
        self.app.clear_notifications()
        self.set_class(self.koji.chrome_hidden, "-no-chrome")
        self.query_one("#interview-banner").display = False
        self._update_header()
        composer = self.composer
        bar = self.query_one(StatusBar)
        bar.set_connection("connecting")
        self.refresh_status()
        # What is typed is saved as it is typed (a crash loses at most the last keystrokes).
        self.set_interval(DRAFT_SAVE_SECONDS, self._save_draft)
        if self.start_args is not None:
            composer.lock_input("starting the interview…")
            self.run_start(self.start_args)
        else:
            composer.lock_input("loading the interview…")
            self.run_load()
        composer.focus()

    @property
    def composer(self) -> Composer:
        return self.query_one(Composer)

    @property
    def transcript(self) -> Transcript:
        return self.query_one(Transcript)

    def _record(self, message: Any) -> None:
        self.received.append(type(message).__name__)

    # --- status bar ---------------------------------------------------------------------

    def _status_bar(self) -> StatusBar | None:
        """The bar, or None while the screen is not composed yet or already torn down."""
        try:
            return self.query_one(StatusBar)
        except NoMatches:
            return None

    def refresh_status(self) -> None:
        """Pull the study's latest rate-limit / activity state from the app into the bar."""
        bar = self._status_bar()
        if bar is None:
            return
        rate = self.koji.rate_limits.get(self.study.name)
        if rate is not None:
            bar.update_rate_limit(rate.limit, rate.remaining, rate.reset_at)
        activity = self.koji.activity.get(self.study.name)
        if activity is not None:
            bar.update_activity(activity.state, visible(activity.detail), activity.until)
            if activity.state in ("offline", "retrying", "reconciling"):
                bar.set_connection(activity.state)
            elif activity.state in ("sending", "pacing", "waiting_rate_limit") and not self.offline:
                bar.set_connection("online")
        if self.offline:
            bar.set_connection("offline")

    def _went_online(self) -> None:
        if self.offline:
            self.offline = False
            self._update_header()
        if (bar := self._status_bar()) is not None:
            bar.set_connection("online")
        self._stop_retry()

    def _went_offline(self) -> None:
        self.offline = True
        if (bar := self._status_bar()) is not None:
            bar.set_connection("offline")
        self._update_header()
        if self.pending_text is not None and self._retry_timer is None:
            self._schedule_probe()

    def _schedule_probe(self) -> float:
        """The next check of whether the server is back: one request, spaced out (3 s, 6 s,
        12 s … up to 30 s). Returns the delay."""
        if self._retry_timer is not None:
            self._retry_timer.stop()
        delay = min(OFFLINE_RETRY_MAX_SECONDS, OFFLINE_RETRY_SECONDS * 2**self._probes)
        self._retry_timer = self.set_timer(delay, self._auto_retry)
        return delay

    def _stop_retry(self) -> None:
        if self._retry_timer is not None:
            self._retry_timer.stop()
            self._retry_timer = None
        self._probes = 0

    def _auto_retry(self) -> None:
        self._retry_timer = None
        if self.pending_text is None or not self.offline or self.session is None:
            return
        if self.busy or self.read_only:
            self._schedule_probe()
            return
        self._probes += 1
        self._probe_worker()

    @work(exclusive=True, group="interview", exit_on_error=False)
    async def _probe_worker(self) -> None:
        try:
            await self.session.probe()
        except Exception as exc:
            error, _offline = self._describe_full(exc, "reach the server")
            self.post_message(RetryStillOffline(error))
            return
        self.post_message(ServerBack())

    def on_server_back(self, message: ServerBack) -> None:
        self._record(message)
        if self.pending_text is not None and not self.busy:
            self.run_resend(keep_text=self._edited_text(), quiet=True)

    def _edited_text(self) -> str | None:
        """The composer's text when it is not just the unsent answer (an edit or a new
        answer): kept in the box when the unsent answer goes through."""
        text = self.composer.text
        if not text.strip() or self.pending_text is None:
            return None
        return text if text.strip() != self.pending_text.strip() else None

    # --- starting / loading ----------------------------------------------------------

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

    # --- answering -----------------------------------------------------------------------

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
            with contextlib.suppress(Exception):
                self._answer_widget.lock(text)
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
            self.post_message(AnswerFailed(text, error, offline))
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

    _keep_text: str | None = None

    _sent_widget: Any = None  # the answer widget whose answer is on its way

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
        composer.report_failure("offline" if message.offline else _short(message.error))
        if message.offline:
            self._went_offline()
        self._update_header()

    def _session_pending(self) -> str | None:
        pending = getattr(self.session, "pending", None)
        return getattr(pending, "content", None) if pending is not None else None

    # --- resending -------------------------------------------------------------------------

    def action_resend(self) -> None:
        if self.session is None:
            self.notify("The interview is not running.", severity="warning")
            return
        if self.pending_text is None:
            self.notify("Nothing to resend: every answer reached the server.")
            return
        if self.busy:
            self.notify("Still sending; please wait.", severity="warning")
            return
        self.run_resend(keep_text=self._edited_text())

    def run_resend(self, keep_text: str | None = None, quiet: bool = False) -> None:
        if self.busy:
            return
        if self.read_only:
            if not quiet:
                self.notify(
                    f"Read-only: its unsent answer belongs to the other {self.read_only}.",
                    severity="warning",
                )
            return
        self.busy = True
        self._keep_text = keep_text
        self.composer.lock_input("resending the unsent answer…")
        if self._answer_handle is not None:
            self.transcript.update_turn(self._answer_handle, state="sending", detail=None)
        self._resend_worker(quiet)

    @work(exclusive=True, group="interview", exit_on_error=False)
    async def _resend_worker(self, quiet: bool) -> None:
        try:
            result = await self.session.resend_pending()
        except Exception as exc:
            error, offline = self._describe_full(exc, "resend the answer")
            if quiet and offline:
                self.post_message(RetryStillOffline(error))
            else:
                self.post_message(AnswerFailed(self.pending_text or "", error, offline))
            return
        if result is None:
            self.post_message(
                ReplyArrived("", None, self.session.turn_count, self.session.is_complete)
            )
            return
        if getattr(result, "reconciled", False):
            self.post_message(AnswerReconciled())
        self.post_message(
            ReplyArrived(
                result.content, result.question, result.turn_count, bool(result.is_complete)
            )
        )

    def on_retry_still_offline(self, message: RetryStillOffline) -> None:
        self._record(message)
        self.busy = False
        if self._answer_handle is not None:
            self.transcript.update_turn(
                self._answer_handle, state="pending", detail="not sent yet — retrying…"
            )
        composer = self.composer
        if self._keep_text is not None:
            composer.restore(self._keep_text)
            self._keep_text = None
        delay = self._schedule_probe() if self.pending_text is not None else None
        when = f" Next check in {max(1, round(delay))} s" if delay else ""
        count = f" ({self._probes} done)." if self._probes and when else "." if when else ""
        composer.unlock_input(
            f"Offline: the answer is kept and is resent when the server is back.{when}{count}",
            "warning",
        )

    def on_answer_reconciled(self, message: AnswerReconciled) -> None:
        self._record(message)
        self.notify("The server already had that answer; it was not sent again.", timeout=6)

    # --- completion -------------------------------------------------------------------------

    def _offer_completion(self) -> None:
        banner = self.query_one("#interview-banner")
        key = self.koji.key_for("complete", self) or "f2"
        self.query_one("#banner-text", Static).update(
            Text.assemble("The interviewer has finished. Press ", (key, "bold"), " to complete.")
        )
        button = self.query_one("#banner-complete", Button)
        button.display = True
        banner.display = True

    @on(Button.Pressed, "#banner-complete")
    def _banner_complete(self) -> None:
        self.action_complete()

    def action_complete(self) -> None:
        if self.session is None:
            self.notify("The interview is not running.", severity="warning")
            return
        if self.status == "completed":
            self.notify(f"Already completed (quality score {format_score(self.quality_score)}).")
            return
        if self.read_only:
            self.notify(f"Read-only: the other {self.read_only} drives it.", severity="warning")
            return
        if self.busy:
            self.notify("Wait for the reply first.", severity="warning")
            return
        if self.pending_text is not None:
            self.notify(
                "An answer is still unsent: resend it (F7) before completing.", severity="warning"
            )
            return
        if self.ready_to_complete:
            self._complete("natural")
            return
        from koji_tui.ui.screens.confirm import ConfirmScreen

        def _answer(yes: bool | None) -> None:
            if yes:
                self._complete("manual")

        self.app.push_screen(
            ConfirmScreen(
                "Complete interview?",
                "The interviewer has not finished yet. Complete the interview now?\n"
                "No more answers can be sent afterwards.",
                yes="Complete",
                no="Continue",
                destructive=True,  # Enter continues the interview; completing needs its key
            ),
            _answer,
        )

    def _complete(self, reason: str) -> None:
        self.busy = True
        self.composer.lock_input("completing the interview…")
        self.run_complete(reason)

    @work(exclusive=True, group="interview", exit_on_error=False)
    async def run_complete(self, reason: str) -> None:
        try:
            result = await self.session.complete(reason=reason)
        except Exception as exc:
            self.post_message(
                InterviewFailed("complete", self._describe(exc, "complete the interview"))
            )
            return
        self.post_message(
            InterviewCompleted(
                getattr(result, "quality_score", None), str(getattr(result, "status", "completed"))
            )
        )

    def on_interview_completed(self, message: InterviewCompleted) -> None:
        self._record(message)
        self.busy = False
        self.status = "completed"
        self.quality_score = message.quality_score
        self._went_online()
        self.transcript.notice(
            f"Interview completed. Quality score: {format_score(message.quality_score)} / 5",
            kind="success",
        )
        self._show_completed()
        self.notify(
            f"Interview completed. Quality score {format_score(message.quality_score)} / 5.",
            title="Completed",
        )

    def _show_completed(self) -> None:
        self._update_header()
        banner = self.query_one("#interview-banner")
        self.query_one("#banner-text", Static).update(
            Text.assemble(
                "✓ Completed. Quality score ",
                (f"{format_score(self.quality_score)} / 5", "bold"),
                ". Press escape to go back.",
            )
        )
        self.query_one("#banner-complete", Button).display = False
        banner.display = True
        self.composer.lock_input("interview completed", waiting=False)
        self.composer.display = False  # nothing more to type: the transcript gets the room
        self._clear_answer_widget()
        self.refresh_bindings()
        self.transcript.focus()

    # --- answer widgets -------------------------------------------------------------------

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

    # --- other actions ------------------------------------------------------------------

    def action_back(self) -> None:
        draft = self._draft()
        if (self.busy or draft) and not self._leave_armed:
            # Leaving cancels the request; the answer stays in the journal and is offered again.
            # Asked on this screen (the composer's hint line), not in a toast: a toast
            # would outlive the screen and still say "press escape again" elsewhere.
            self._leave_armed = True
            self._disarm_timer = self.set_timer(LEAVE_CONFIRM_SECONDS, self._disarm_leave)
            if self.busy:
                hint = (
                    "Still waiting for the server. Press escape again to leave anyway: "
                    "the answer stays in the journal and can be resent later."
                )
            else:
                hint = (
                    "Your typed answer is not sent. Press escape again to leave: the text "
                    "is kept for when you come back to this interview."
                )
            self.composer.set_hint(hint, "warning")
            return
        self._disarm_leave()
        self._save_draft(final=True)
        if self.session is not None:
            self.app.run_worker(self.session.close(), group="leases", exit_on_error=False)
        self.app.pop_screen()

    def quit_concerns(self) -> list[str]:
        """What quitting now would interrupt or leave behind (the app asks before it quits)."""
        if self.read_only:
            return []
        who = f" with {self.respondent}" if self.respondent else ""
        concerns: list[str] = []
        if self.busy:
            concerns.append(
                f"An answer{who} is being sent: quitting cancels the wait (the answer stays in "
                "the journal and is offered again)."
            )
        elif self.pending_text is not None:
            concerns.append(f"An answer{who} is unsent (it stays in the journal).")
        if self._draft():
            concerns.append(f"Text you typed{who} is not sent yet (it is kept as a draft).")
        if self.status == "active" and not concerns:
            concerns.append(f"The interview{who} is in progress.")
        return concerns

    async def flush_draft(self) -> None:
        """Save the draft now and wait for it (before the app quits)."""
        record_id = self._record_id()
        draft = self._draft() or None
        if record_id is None or self.read_only or draft == (self._saved_draft or None):
            return
        self._saved_draft = draft
        journal = self.koji.journal_for(self.study)
        await asyncio.to_thread(journal.save_draft, record_id, draft)

    def _save_draft(self, final: bool = False) -> None:
        """Journal the composer's text if it changed since the last save (in a thread)."""
        record_id = self._record_id()
        if record_id is None or self.read_only or (self.busy and not final):
            return
        draft = self._draft() or None
        if draft == (self._saved_draft or None):
            return
        self._saved_draft = draft
        journal = self.koji.journal_for(self.study)
        work = asyncio.to_thread(journal.save_draft, record_id, draft)
        # The app's worker, so a save on leaving outlives this screen.
        self.app.run_worker(work, group="drafts", exit_on_error=False)

    def _draft(self) -> str | None:
        """Typed text that is neither sent nor the (journaled) unsent answer."""
        text = self.composer.text
        if not text.strip() or self.status == "completed":
            return None
        if self.pending_text is not None and text.strip() == self.pending_text.strip():
            return None
        return text

    _leave_armed = False
    _disarm_timer: Timer | None = None

    def _disarm_leave(self) -> None:
        if self._disarm_timer is not None:
            self._disarm_timer.stop()
            self._disarm_timer = None
        if self._leave_armed:
            self._leave_armed = False
            if self.is_mounted and self.busy:  # else the reply's outcome owns the hint now
                self.composer.reset_hint()

    def action_export(self) -> None:
        record_id = self._record_id()
        if record_id is None:
            self.notify("Nothing to export yet.", severity="warning")
            return
        self.koji.export_interview(self.study, record_id)

    def action_reload(self) -> None:
        record_id = self._record_id()
        if record_id is None or self.busy:
            return
        self.record_id = record_id
        self.composer.lock_input("loading the interview…")
        self.run_load()

    def _record_id(self) -> int | None:
        record = getattr(self.session, "record", None)
        if record is not None:
            return int(record.record_id)
        return self.record_id

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Hidden from the footer when they cannot apply (still reachable from the palette).
        if action == "resend":
            return self.pending_text is not None and not self.read_only
        if action == "complete":
            return self.status != "completed" and self.session is not None and not self.read_only
        if action == "export":
            return self._record_id() is not None
        return True

    # --- errors -------------------------------------------------------------------------

    def _describe_full(self, exc: BaseException, action: str) -> tuple[str, bool]:
        return describe_error(exc, self.study.name, action, from_env=self.study.source == "env")

    def _describe(self, exc: BaseException, action: str) -> str:
        return self._describe_full(exc, action)[0]


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
