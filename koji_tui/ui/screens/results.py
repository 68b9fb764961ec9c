"""A study's results, from this machine's journal: completion, time to complete, the quality
scores with the report threshold, interviews per day, and a chart per structured question.

The figures are computed in a thread worker (:func:`koji_tui.results.results_for`); the
charts are rich's bars (:mod:`koji_tui.results.render`, drawn again at the pane's width when
it changes) and Textual's :class:`~textual.widgets.Sparkline` for the days. Every bar has its
number beside it, so the page reads the same in ``NO_COLOR`` and high contrast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from rich.console import RenderableType
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header, Sparkline, Static
from textual.worker import Worker

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import app_translator
from koji_tui.safety import safe_line
from koji_tui.ui.bindings import RESULTS_BINDINGS
from koji_tui.ui.localized import TranslatedBindings, assemble
from koji_tui.ui.widgets.footer import StableFooter

if TYPE_CHECKING:
    from koji_tui.results import StudyResults
    from koji_tui.ui.host import KojiHost

DAY_COLUMNS = 3


class Chart(Widget):
    """One part of the results page, drawn at the widget's own width."""

    DEFAULT_CSS = "Chart { height: auto; }"

    def __init__(self, draw: Callable[[int], RenderableType], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._draw = draw

    def render(self) -> RenderableType:
        return self._draw(max(40, self.content_size.width or 80))


class ResultsScreen(TranslatedBindings, Screen[None]):
    """``koji-tui results`` in the app (see the module docstring)."""

    BINDINGS = RESULTS_BINDINGS  # type: ignore[assignment]
    AUTO_FOCUS = "#results-body"

    def __init__(self, study: StudyEntry) -> None:
        super().__init__()
        self.study = study
        self.results: StudyResults | None = None

    @property
    def koji(self) -> KojiHost:
        return cast("KojiHost", self.app)

    def compose(self) -> ComposeResult:
        tr = app_translator()
        yield Header(icon="")
        yield Static(
            assemble(tr.gettext("Results · {study}"), study=(safe_line(self.study.name), "bold")),
            classes="pane-title",
            id="results-title",
        )
        with VerticalScroll(id="results-body"):
            yield Static(tr.gettext("Reading the journal…"), id="results-note")
        yield Static(
            tr.gettext("From this machine's journal. r reloads, Esc goes back."),
            id="results-hint",
        )
        yield StableFooter()

    def on_mount(self) -> None:
        self.load()

    def action_back(self) -> None:
        self.dismiss(None)

    def action_reload(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="results", exit_on_error=False)
    def load(self) -> None:
        from koji_tui.results import results_for

        journal = self.koji.services.journals.journal_for(self.study)
        results = results_for(journal, self.study.name)
        self.app.call_from_thread(self.show, results)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.koji.report_worker(event)

    async def show(self, results: StudyResults) -> None:
        """Put the charts of ``results`` on the page (replacing what was there)."""
        from koji_tui.results import render

        tr = app_translator()
        body = self.query_one("#results-body", VerticalScroll)
        await body.remove_children()
        self.results = results
        if not results.counts.started:
            note = tr.gettext("No interviews of this study in the journal yet.")
            await body.mount(Static(note, id="results-note"))
            return
        widgets: list[Widget] = [
            Chart(lambda w: render.overview(results, tr), id="results-overview"),
            Chart(lambda w: render.score_chart(results.scores, w, tr), id="results-scores"),
            Static(Text(tr.gettext("Interviews per day"), style="bold"), classes="results-heading"),
        ]
        per_day = [float(n) for _, n in results.per_day]
        days = Sparkline(per_day, summary_function=max, id="results-days")
        days.styles.width = max(DAY_COLUMNS * len(per_day), 12)  # a few columns a day
        widgets.append(days)
        if results.per_day:
            first, last = results.per_day[0][0], results.per_day[-1][0]
            counts = [n for _, n in results.per_day]
            widgets.append(
                Static(
                    tr.ngettext(
                        "{first} … {last}: {n} interview (bars from {low} to {high} a day)",
                        "{first} … {last}: {n} interviews (bars from {low} to {high} a day)",
                        sum(counts),
                    ).format(
                        first=first, last=last, n=sum(counts), low=min(counts), high=max(counts)
                    ),
                    id="results-days-note",
                )
            )
        for index, summary in enumerate(results.questions):
            widgets.append(
                Chart(
                    lambda w, s=summary: render.question_chart(s, w, tr),
                    id=f"results-q{index}",
                    classes="results-question",
                )
            )
        if not results.questions:
            widgets.append(Static(tr.gettext(render.NO_STRUCTURED), id="results-note"))
        await body.mount_all(widgets)
