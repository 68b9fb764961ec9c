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
so it is never delivered twice. While offline, the screen checks on its own
whether the server is back (one request each, spaced out) and then resends.

The screen is assembled from parts along those seams, each a mixin over
:class:`~koji_tui.ui.screens.interview_base.InterviewBase` (the shared state):
``interview_loading`` (start, open), ``interview_answering`` (send, stream, answer
widgets), ``interview_delivery`` (resend, offline), ``interview_ending`` (complete,
leave, drafts, quit).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.timer import Timer
from textual.widgets import Button, Footer, Static

from koji_tui import paths
from koji_tui.config.entry import StudyEntry
from koji_tui.ui.bindings import INTERVIEW_BINDINGS
from koji_tui.ui.screens import INTERVIEW_STYLES
from koji_tui.ui.screens.common import format_score, one_line, visible
from koji_tui.ui.screens.interview_answering import AnsweringMixin
from koji_tui.ui.screens.interview_delivery import DeliveryMixin
from koji_tui.ui.screens.interview_ending import EndingMixin
from koji_tui.ui.screens.interview_loading import LoadingMixin
from koji_tui.ui.widgets.composer import Composer
from koji_tui.ui.widgets.status_bar import StatusBar
from koji_tui.ui.widgets.transcript import Transcript, TurnHandle

if TYPE_CHECKING:
    pass

DRAFT_SAVE_SECONDS = 0.4  # how often typed text is saved to the journal (when it changed)


class InterviewScreen(LoadingMixin, AnsweringMixin, DeliveryMixin, EndingMixin):
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
        self.server_failing = False  # offline because the server answers 5xx, not unreachable
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
            text.append(" · SERVER FAILING" if self.server_failing else " · OFFLINE", style="bold")
        if self.read_only:
            text.append(" · READ-ONLY", style="bold")
        if self.respondent:
            text.append(" · ")
            text.append(visible(self.respondent))
        if self.interview_id:
            text.append(" · ")
            text.append(visible(self.interview_id))
        return text

    _bindings_shown: tuple[bool, str, bool, bool, bool] | None = None

    def _update_header(self) -> None:
        self.query_one("#interview-header", Static).update(self._header_text())
        details = self.query_one("#interview-respondent", Static)
        details.update(Text(one_line(f"Respondent: {self.respondent_details}", 400), end=""))
        details.display = bool(self.respondent_details)
        # F2/F7 show only when they apply; the footer is rebuilt only when that changes
        # (rebuilding it on every header update was a good part of each answer's cost).
        shown = (
            self.pending_text is not None,
            self.status,
            self.session is not None,
            bool(self.read_only),
            self._record_id() is not None,
        )
        if shown != self._bindings_shown:
            self._bindings_shown = shown
            self.refresh_bindings()

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

    # --- status bar ---------------------------------------------------------------------

    # --- starting / loading ----------------------------------------------------------

    # --- answering -----------------------------------------------------------------------

    _keep_text: str | None = None

    _sent_widget: Any = None  # the answer widget whose answer is on its way

    # --- resending -------------------------------------------------------------------------

    # --- completion -------------------------------------------------------------------------

    # --- answer widgets -------------------------------------------------------------------

    # --- other actions ------------------------------------------------------------------

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
