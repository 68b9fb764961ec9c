"""The interview console: live transcript, composer, rate-limit status bar.

A view of one :class:`~koji_tui.session.controller.InterviewController` (no Textual in it):
the controller owns the interview (start or open, answer, stream, fail, resend, offline checks,
complete) and publishes typed events; this screen subscribes, draws each event
(``interview_view``) and turns keys and widgets into the controller's intents
(``interview_answering``, ``interview_ending``). Another driver of the same controller (an
autopilot, a kiosk loop) shows up here like the keyboard does.

Unsent answers: a failed answer stays pending in the journal (the session guarantees it) and in
the composer; Enter (or F7) resends it, checking the server's transcript first so it is never
delivered twice. While offline the controller checks on its own (one request each, spaced out)
and resends. The header and footer are "chrome", hidden by ``-no-chrome``.
"""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import ActiveBinding
from textual.containers import Horizontal
from textual.widgets import Button, Static

from koji_tui import paths
from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import N_, Translator
from koji_tui.journal.respondent import respondent_title
from koji_tui.safety import safe_line
from koji_tui.session.controller import InterviewController
from koji_tui.session.events import Event, InterviewState, Phase
from koji_tui.ui.bindings import INTERVIEW_BINDINGS
from koji_tui.ui.screens import INTERVIEW_STYLES
from koji_tui.ui.screens.common import one_line, visible
from koji_tui.ui.screens.interview_answering import AnsweringMixin
from koji_tui.ui.screens.interview_base import ControllerEvent, details_line, score_text
from koji_tui.ui.screens.interview_ending import EndingMixin
from koji_tui.ui.screens.interview_view import ViewMixin
from koji_tui.ui.warm import warm_detector
from koji_tui.ui.widgets.composer import Composer
from koji_tui.ui.widgets.footer import StableFooter
from koji_tui.ui.widgets.status_bar import StatusBar
from koji_tui.ui.widgets.transcript import Transcript

DRAFT_SAVE_SECONDS = 0.4  # how often typed text is saved to the journal (when it changed)
#: The header's words for the interview's status (the state's own text when not here).
STATUS_WORDS = {
    "new": N_("new"),
    "starting": N_("starting"),
    "loading": N_("loading"),
    "active": N_("active"),
    "ready to complete": N_("ready to complete"),
    "completing": N_("completing"),
    "completed": N_("completed"),
    "not started": N_("not started"),
    "unavailable": N_("unavailable"),
    "closed": N_("closed"),
}
#: The footer's words on this screen (the bindings' descriptions: ui/bindings.py, the app's).
FOOTER_WORDS = (
    N_("Back"),
    N_("Complete"),
    N_("Export"),
    N_("Resend"),
    N_("Reload"),
    N_("Quit"),
    N_("Help"),
    N_("Contrast"),
    N_("Chrome"),
    N_("Details"),
    N_("palette"),
)


class InterviewScreen(ViewMixin, AnsweringMixin, EndingMixin):
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
        self.controller = InterviewController(
            study_name=study.name,
            clients=self._client,
            journal=self.koji.services.journals.journal_for(study),
            retry=self.koji.services.offline_retry,
            key_from_env=study.source == "env",
        )
        phase = Phase.STARTING if start is not None else Phase.LOADING
        self.state = InterviewState(study_name=study.name, phase=phase, record_id=record_id)
        self._handles = {}
        self._keep_text = None
        self._answer_widget = None
        self._question_due: int | None = None
        self._sent_widget = None
        self.respondent = ""
        self.respondent_details = ""  # name, external id, locale, metadata: one line
        if start:
            from koji_tui.ui.screens.store import respondent_label

            self.respondent = respondent_label(start.get("respondent"))
            self.respondent_details = details_line(
                self.tr, start.get("respondent"), start.get("locale")
            )
        self._unsubscribe = self.controller.subscribe(self._from_controller)

    async def _client(self) -> Any:
        return await self.koji.services.clients.client_for(self.study)

    def _from_controller(self, event: Event) -> None:
        """Every controller event comes through the screen's queue, in order."""
        self.post_message(ControllerEvent(event))

    # --- layout -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        app = self.koji

        def clock() -> datetime:
            return datetime.fromtimestamp(app.services.clock(), tz=UTC)

        yield Static(self._header_text(), id="interview-header")
        yield Static("", id="interview-respondent", markup=False)
        # Moderated: the respondent's turns carry their name or "Participant" (the kiosk: "You").
        tr = self._shown_tr = self.tr
        who = respondent_title((self.start_args or {}).get("respondent"), tr)
        yield Transcript(
            id="transcript",
            clock=clock,
            labels={"respondent": safe_line(who, 40)},
            translator=tr,
        )
        with Horizontal(id="interview-banner"):
            yield Static("", id="banner-text")
            yield Button(
                tr.gettext("Complete interview"),
                id="banner-complete",
                variant="success",
                compact=True,
            )
        yield Composer(id="composer", translator=tr)
        yield StatusBar(id="status", clock=app.services.clock, translator=tr)
        yield StableFooter()

    _shown_tr: Translator | None = None

    def _follow_locale(self) -> None:
        """The interview's locale became known (an interview opened from the journal) or
        changed: its words follow (the transcript, the composer, the bar, the header)."""
        tr = self.tr
        if tr is self._shown_tr or not self.is_mounted:
            return
        self._shown_tr = tr
        self.controller.translator = tr  # its problems in the interview's language too
        self.transcript.set_translator(tr)
        self.composer.set_translator(tr)
        if (bar := self._status_bar()) is not None:
            bar.set_translator(tr)
        self.query_one("#banner-complete", Button).label = tr.gettext("Complete interview")
        self.refresh_bindings()  # the footer's words

    def _header_text(self) -> Text:
        """Study, status (with the score), respondent, id: most important first, as narrow
        terminals cut the end."""
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(visible(self.study.name), style="bold")
        text.append(" · ")
        tr = self.tr
        status = self.status
        if status in STATUS_WORDS:
            status = tr.gettext(STATUS_WORDS[status])
        if self.status == "completed" and self.state.quality_score is not None:
            status = tr.gettext("completed · quality {score} / 5").format(
                score=score_text(tr, self.state.quality_score)
            )
        text.append(status)
        if self.offline:
            said = tr.gettext("SERVER FAILING") if self.state.failing else tr.gettext("OFFLINE")
            text.append(f" · {said}", style="bold")
        if self.read_only:
            text.append(" · " + tr.gettext("READ-ONLY"), style="bold")
        if self.respondent:
            text.append(" · ")
            text.append(visible(self.respondent))
        if self.interview_id and not self.app.has_class("-presenter"):  # presenter: ^o shows it
            text.append(" · ")
            text.append(visible(self.interview_id))
        return text

    _bindings_shown: tuple[bool, str, bool, bool, bool] | None = None

    _header_shown: tuple[Text, str] | None = None

    def _update_header(self) -> None:
        # Called on every controller event (each streamed piece too): the two lines are drawn
        # again only when their words changed (an update asks for a layout of the screen).
        header = self._header_text()
        said = self.tr.gettext("Respondent: {details}").format(details=self.respondent_details)
        said = one_line(said, 400)
        if (header, said) != self._header_shown:
            self._header_shown = (header, said)
            self.query_one("#interview-header", Static).update(header)
            details = self.query_one("#interview-respondent", Static)
            details.update(Text(said, end=""))
            details.display = bool(self.respondent_details)
        # F2/F7 show only when they apply; the footer is rebuilt only when that changes
        # (rebuilding it on every header update was a good part of each answer's cost).
        shown = (
            self.pending_text is not None,
            self.status,
            self.controller.session is not None,
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
        warm_detector(self, self.interview_locale)
        self.set_class(self.koji.chrome_hidden, "-no-chrome")
        self.query_one("#interview-banner").display = False
        self._update_header()
        composer = self.composer
        bar = self.query_one(StatusBar)
        bar.set_connection("connecting")
        services = self.koji.services
        services.rate_limit_changed.subscribe(self, self._study_status_changed)
        services.activity_changed.subscribe(self, self._study_status_changed)
        self.refresh_status()
        # What is typed is saved as it is typed (a crash loses at most the last keystrokes).
        self.set_interval(DRAFT_SAVE_SECONDS, self._save_draft)
        if self.start_args is not None:
            composer.lock_input(self.tr.gettext("starting the interview…"))
            args = self.start_args
            self.controller.start(args.get("respondent"), args.get("mode"), args.get("locale"))
        else:
            composer.lock_input(self.tr.gettext("loading the interview…"))
            assert self.record_id is not None
            self.controller.open(self.record_id, resend=self.resend_on_open)
        composer.focus()

    def action_export(self) -> None:
        record_id = self._record_id()
        if record_id is None:
            self.notify(self.tr.gettext("Nothing to export yet."), severity="warning")
            return
        self.koji.export_interview(self.study, record_id)

    def action_reload(self) -> None:
        record_id = self._record_id()
        if record_id is None or self.busy:
            return
        self.record_id = record_id
        self.composer.lock_input(self.tr.gettext("loading the interview…"))
        self.controller.open(record_id)

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        """Textual's bindings for the footer, their descriptions in the interview's language."""
        bindings = super().active_bindings
        tr = self.tr
        if tr.locale == "en":
            return bindings
        return {
            key: active._replace(
                binding=dataclasses.replace(
                    active.binding, description=tr.gettext(active.binding.description)
                )
            )
            for key, active in bindings.items()
        }

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Hidden from the footer when they cannot apply (still reachable from the palette).
        if action == "resend":
            return self.pending_text is not None and not self.read_only
        if action == "complete":
            return (
                self.status != "completed"
                and self.controller.session is not None
                and not self.read_only
            )
        if action == "export":
            return self._record_id() is not None
        return True
