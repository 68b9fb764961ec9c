"""What every part of the interview screen shares: the controller it shows, the event message,
the app's services, small helpers.

The screen is a view of an :class:`~koji_tui.session.controller.InterviewController`: the
controller's events arrive as :class:`ControllerEvent` messages (in order, on the screen's own
message queue) and are drawn; keys and widgets become the controller's intents. The screen is
assembled from mixins along its seams (the transcript's events, answering, ending); each
subclasses :class:`InterviewBase`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.worker import Worker

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import Translator, translator
from koji_tui.session.controller import InterviewController
from koji_tui.session.errors import describe_error
from koji_tui.session.events import Event, InterviewState
from koji_tui.ui.screens.common import format_score
from koji_tui.ui.widgets.composer import Composer
from koji_tui.ui.widgets.status_bar import StatusBar
from koji_tui.ui.widgets.transcript import Transcript, TurnHandle

if TYPE_CHECKING:
    from koji_tui.ui.host import KojiHost
    from koji_tui.ui.screens.study_facts import StudyFacts


class ControllerEvent(Message, bubble=False):
    """One event of the interview controller, delivered to the screen that shows it (and to
    nothing above it: it does not bubble)."""

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.event = event


class InterviewBase(Screen[None]):
    """State and helpers shared by the interview screen's parts (see interview.py)."""

    study: StudyEntry
    start_args: dict[str, Any] | None
    record_id: int | None
    resend_on_open: bool
    controller: InterviewController
    state: InterviewState  # as of the last event drawn
    respondent: str
    respondent_details: str
    _handles: dict[int, TurnHandle]  # the controller's turn keys → the transcript's turns
    _keep_text: str | None
    _answer_widget: Any
    _question_due: int | None  # the key of the turn whose answer widget is still to come
    _sent_widget: Any

    @property
    def koji(self) -> KojiHost:
        """The app, as the screens see it (its services, keys, workers' report)."""
        return cast("KojiHost", self.app)

    _facts: StudyFacts | None = None  # looked up once, on first use

    @property
    def interview_locale(self) -> str | None:
        """The interview's language: as started (or journaled), else the study's default; a
        locale the study is known not to offer runs in its default (the sandbox's rule)."""
        locale = self.state.locale or (self.start_args or {}).get("locale")
        if self._facts is None:
            from koji_tui.ui.screens.study_facts import facts_for

            self._facts = facts_for(self.study, self.koji.sandbox)
        facts = self._facts
        if facts.known and facts.locale and (not locale or facts.offers_locale(locale) is False):
            return facts.locale
        return locale

    @property
    def tr(self) -> Translator:
        """The interview's words (``koji_tui.i18n``): everything this screen shows follows it."""
        return translator(self.interview_locale)

    @property
    def composer(self) -> Composer:
        return self.query_one(Composer)

    @property
    def transcript(self) -> Transcript:
        return self.query_one(Transcript)

    # What the rest of the app (and tests) read of the interview: all from the state.
    @property
    def status(self) -> str:
        return self.state.status_text

    @property
    def pending_text(self) -> str | None:
        return self.state.pending

    @property
    def busy(self) -> bool:
        return self.state.busy

    @property
    def offline(self) -> bool:
        return self.state.offline

    @property
    def read_only(self) -> str | None:
        return self.state.read_only

    @property
    def ready_to_complete(self) -> bool:
        return self.state.ready_to_complete

    @property
    def interview_id(self) -> str | None:
        return self.state.interview_id

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # The one place failures of background work are said (the app's report_worker).
        report = getattr(self.app, "report_worker", None)
        if report is not None:
            report(event)

    def _status_bar(self) -> StatusBar | None:
        """The bar, or None while the screen is not composed yet or already torn down."""
        try:
            return self.query_one(StatusBar)
        except NoMatches:
            return None

    def _record_id(self) -> int | None:
        return self.state.record_id if self.state.record_id is not None else self.record_id

    def _describe(self, exc: BaseException, action: str) -> str:
        return describe_error(
            exc, self.study.name, action, from_env=self.study.source == "env", tr=self.tr
        )[0]

    def _update_header(self) -> None:  # drawn by the screen (interview.py)
        raise NotImplementedError

    def _follow_locale(self) -> None:  # the screen (interview.py)
        raise NotImplementedError

    def _focus_input(self, prefer_widget: bool = True) -> None:  # answering part
        raise NotImplementedError

    def _offer_completion(self) -> None:  # ending part
        raise NotImplementedError

    def _show_completed(self) -> None:  # ending part
        raise NotImplementedError

    def _offer_answer_widget(self, question: Any, content: str = "") -> None:  # answering
        raise NotImplementedError

    def _clear_answer_widget(self) -> None:  # answering part
        raise NotImplementedError

    def _went_online(self) -> None:  # view part
        raise NotImplementedError


def score_text(tr: Translator, score: object) -> str:
    """A quality score as the screen shows it ("4.2"; "4,2" where the comma is the decimal
    mark), "—" when there is none."""
    text = format_score(score)
    return text if tr.locale == "en" or text == "—" else text.replace(".", tr.format_number(1.5)[1])


def details_line(tr: Translator, respondent: Any, locale: str | None) -> str:
    """One line of who is answering: name, external id, locale and metadata, in ``tr``'s words
    (as ``store.respondent_details``; server text is made safe by the caller's widget)."""
    from koji_tui.ui.screens.store import respondent_field

    parts: list[str] = []
    if name := respondent_field(respondent, "display_name"):
        parts.append(name)
    if external := respondent_field(respondent, "external_id"):
        parts.append(tr.gettext("id {id}").format(id=external))
    if locale:
        parts.append(tr.gettext("locale {locale}").format(locale=locale))
    meta = respondent.get("metadata") if isinstance(respondent, dict) else None
    if isinstance(meta, dict) and meta:
        parts.append(", ".join(f"{k}={v}" for k, v in meta.items()))
    return " · ".join(parts)


def _short(text: str, limit: int = 70) -> str:
    """The first sentence of ``text``, or its first words up to ``limit`` (never mid-word)."""
    first = text.split(". ", 1)[0].rstrip(".")
    if len(first) <= limit:
        return first
    cut = first[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"
