"""The study list's interview list: a page at a time, read in a thread, never read twice.

Mixed into :class:`~koji_tui.ui.screens.main.MainScreen`. A study may hold 10,000 interviews;
highlighting it costs what highlighting one with 10 does:

- the table (:class:`~koji_tui.ui.widgets.paged_table.PagedTable`) renders the rows on screen
  only, and asks for a page of :data:`PAGE_SIZE` rows when one comes into view;
- every read runs in a thread worker (one indexed page query, a count, the pending answers),
  and each row's cells are made there, so the UI thread does no per-row work;
- what was read is kept per study with the journal's :meth:`~koji_tui.journal.Journal.revision`
  at the time; highlighting the study again shows it at once, and only a revision check (no
  table read) runs unless the journal changed since.

``/`` filters the list (:class:`InterviewFilter`, typed in one box): words are looked for in
the respondent's name or external id, ``status:completed`` (``active``, ``finishing``),
``since:2026-11-01`` and ``until:2026-11-30`` (that day included) keep the dates; the journal
answers with the same paged reads (a filter is a WHERE, never a read of every row).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual import work
from textual.widgets import Input, Static

from koji_tui.i18n import N_, app_translator
from koji_tui.ui.screens.common import format_score, format_started, visible
from koji_tui.ui.screens.interview_filter import (
    FILTER_WORDS,
    InterviewFilter,
    InterviewFilterBar,
    parse_filter,
)
from koji_tui.ui.widgets.paged_table import Column, PagedTable, Row

if TYPE_CHECKING:
    from koji_tui.config.entry import StudyEntry
    from koji_tui.journal import Journal
    from koji_tui.ui.host import KojiHost


def _title(study: str, count: str = "") -> Text:
    """The list's title in the app's language, the study's name in bold."""
    before, _, after = app_translator().gettext("Interviews in {study}").partition("{study}")
    return Text.assemble(before, (visible(study), "bold"), after, count)


PAGE_SIZE = 50  # rows per read; a screen shows about 30
MAX_PAGES = 40  # pages held per study (2,000 rows)


# Most telling first: at 80 columns the last ones (turns, id) scroll off.
def headed(columns: tuple[Column, ...]) -> tuple[Column, ...]:
    """The columns with their headings in the user's language."""
    tr = app_translator()
    return tuple(replace(column, label=tr.gettext(column.label)) for column in columns)


COLUMNS = (
    Column(N_("Respondent"), "respondent", 14),
    Column(N_("External id"), "external_id", 12),
    Column(N_("Started (UTC)"), "started", 16),
    Column(N_("Status"), "status", 14),  # "active •unsent" whole
    Column(N_("Score"), "score", 5),
    Column(N_("Locale"), "locale", 6),
    Column(N_("Turns"), "turns", 5),
    Column(N_("Interview"), "id", None, min_width=12),
)


@dataclass(frozen=True)
class ListingPage:
    """One read: page ``page`` of a study's interviews, the total, the journal's revision."""

    study: str
    page: int
    rows: tuple[Row, ...]
    total: int
    revision: int


@dataclass
class Listing:
    """What the screen holds of one study's list."""

    journal: Any
    revision: int
    total: int
    pages: dict[int, tuple[Row, ...]] = field(default_factory=dict)
    cursor_key: str | None = None
    cursor_row: int = 0

    def keep(self, page: int, rows: tuple[Row, ...]) -> None:
        """Hold page ``page``; the pages farthest from it go once there are too many."""
        self.pages[page] = rows
        while len(self.pages) > MAX_PAGES:
            del self.pages[max(self.pages, key=lambda p: abs(p - page))]


def _field(respondent: Any, name: str) -> str:
    value = respondent.get(name) if isinstance(respondent, dict) else None
    return value.strip() if isinstance(value, str) else ""


def read_page(
    journal: Journal, study_name: str, page: int, where: InterviewFilter | None = None
) -> ListingPage:
    """Page ``page`` of the study's interviews, newest first, as table rows (for a thread);
    ``where``: only those the filter keeps. The revision is read first: a write that lands
    during the read moves it again."""
    revision = journal.revision()
    query = where.query() if where else {}
    records = journal.list_interviews(
        study_name=study_name, offset=page * PAGE_SIZE, limit=PAGE_SIZE, **query
    )
    if page == 0 and len(records) < PAGE_SIZE:
        total = len(records)
    else:
        total = journal.count_interviews(study_name, **query)
    pending = journal.pending_record_ids(study_name) if records else set()
    rows = []
    for record in records:
        status = "finishing" if record.status == "awaiting_completion" else str(record.status)
        if record.record_id in pending:
            status += " •unsent"
        external_id = _field(record.respondent, "external_id")
        name = _field(record.respondent, "display_name")
        rows.append(
            Row(
                str(record.record_id),
                (
                    visible(name or ("—" if external_id else "(anonymous)")),
                    visible(external_id or "—"),
                    format_started(record.started_at),
                    status,
                    format_score(record.quality_score),
                    visible(record.locale or "—"),
                    str(record.turn_count),
                    visible(record.interview_id),
                ),
            )
        )
    return ListingPage(study_name, page, tuple(rows), total, revision)


class InterviewListMixin:
    """The interview list of :class:`MainScreen` (see the module's docstring)."""

    interviews_shown: str | None = None  # the study whose interviews the table shows
    interview_filter: InterviewFilter = InterviewFilter()

    async def action_filter_interviews(self) -> None:
        """Open the filter box above the table. It is made the first time (an input box costs
        the study list's start-up, and most runs never filter); closed, it stays, hidden."""
        bars = self.query(InterviewFilterBar)
        if bars:
            bar = bars.first()
        else:
            bar = InterviewFilterBar()
            await self.mount(bar, before=self.interview_table_widget)
        bar.add_class("-open")
        bar.focus()

    # (by name: the @on decorator counts only in a Textual class, and this is a mixin)
    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "interview-filter":
            event.stop()
            self.filter_interviews(parse_filter(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "interview-filter":
            event.stop()
            self.interview_table_widget.focus()

    def filter_interviews(self, where: InterviewFilter) -> None:
        """Show only the interviews ``where`` keeps (read again, a page at a time)."""
        if where.problems:
            words = " ".join(where.problems)
            self.notify(FILTER_WORDS["bad"].format(words=words), severity="warning", markup=False)
        if where == self.interview_filter:
            return
        self.interview_filter = where
        self._listings.clear()  # what was read was for the other filter
        self.interviews_shown = None
        self.refresh_interviews()

    def _read(
        self, journal: Journal, study: str, page: int, where: InterviewFilter | None = None
    ) -> ListingPage:
        where = self.interview_filter if where is None else where
        return read_page(journal, study, page, where) if where else read_page(journal, study, page)

    if TYPE_CHECKING:
        koji: KojiHost
        selected_study: StudyEntry | None
        app: Any

        def query_one(self, selector: str, expect_type: Any = None) -> Any: ...
        def query(self, selector: Any) -> Any: ...
        async def mount(self, *widgets: Any, before: Any = None) -> Any: ...
        def notify(self, message: str, **kwargs: Any) -> None: ...
        def _update_hint(self) -> None: ...

    def interview_table(self) -> PagedTable:
        return PagedTable(headed(COLUMNS), page_size=PAGE_SIZE, id="interviews")

    _interview_listings: dict[str, Listing] | None = None
    _interview_checks: set[str] | None = None  # studies whose check is under way

    @property
    def _listings(self) -> dict[str, Listing]:
        if self._interview_listings is None:
            self._interview_listings = {}
        return self._interview_listings

    def _journal_of(self, study: StudyEntry) -> Journal:
        """The study's journal (opening it may touch the disk: call it in a thread)."""
        return self.koji.services.journals.journal_for(study)

    @property
    def interview_table_widget(self) -> PagedTable:
        return self.query_one("#interviews", PagedTable)

    def refresh_interviews(self) -> None:
        """Show the highlighted study's interviews: at once from what was read before, then
        (in a thread) read again only what changed since."""
        detail = self.query_one("#study-detail", Static)
        table = self.interview_table_widget
        study = self.selected_study
        shown = self.interviews_shown
        if shown is not None and shown in self._listings:
            self._listings[shown].cursor_key = table.cursor_key
            self._listings[shown].cursor_row = table.cursor_row
        if study is None:
            table.show(0, {})
            self.interviews_shown = None
            detail.update("")
            self._update_hint()
            return
        detail.update(self._study_detail(study))  # type: ignore[attr-defined]
        listing = self._listings.get(study.name)
        if listing is not None:
            self._show_listing(study, listing)
        elif self.interviews_shown != study.name:
            # Nothing read yet: no other study's rows under this one's name meanwhile.
            table.show(0, {})
            self.interviews_shown = None
            title = self.query_one("#interviews-title", Static)
            title.update(_title(study.name))
            self._update_hint()
        checks = self._interview_checks
        if checks is None:
            checks = self._interview_checks = set()
        if study.name not in checks:  # one check at a time per study: it answers for both
            checks.add(study.name)  # (or, when the filter changed meanwhile, starts the next)
            self._check_interviews(study, listing, self.interview_filter)

    def _show_listing(self, study: StudyEntry, listing: Listing) -> None:
        table = self.interview_table_widget
        table.show(
            listing.total,
            listing.pages,
            cursor_key=listing.cursor_key,
            cursor_row=listing.cursor_row,
        )
        title = self.query_one("#interviews-title", Static)
        count = f"  ({listing.total:,})"
        if self.interview_filter:
            count = FILTER_WORDS["matching"].format(count=listing.total)
        title.update(_title(study.name, count))
        self.interviews_shown = study.name
        self._update_hint()

    @work(thread=True, group="interviews", exit_on_error=False)
    def _check_interviews(
        self, study: StudyEntry, listing: Listing | None, where: InterviewFilter
    ) -> None:
        first: ListingPage | None = None
        journal: Any = None
        try:
            journal = self._journal_of(study)
            if (
                listing is None
                or listing.journal is not journal
                or journal.revision() != listing.revision
            ):
                first = self._read(journal, study.name, 0, where)
            # else: nothing was committed since it was read, so nothing is read
        except Exception as exc:
            self.app.call_from_thread(
                self.notify,
                app_translator().gettext("Could not read the journal: {error}").format(error=exc),
                severity="warning",
                markup=False,
            )
            first, journal = ListingPage(study.name, 0, (), 0, -1), None
        finally:
            self.app.call_from_thread(self._listing_read, study, journal, first, where)

    def _listing_read(
        self, study: StudyEntry, journal: Any, first: ListingPage | None, where: InterviewFilter
    ) -> None:
        if self._interview_checks is not None:
            self._interview_checks.discard(study.name)
        if where != self.interview_filter:  # typed on while it was read: read for the new one
            if self._is_selected(study):
                self.refresh_interviews()
            return
        if first is None:
            return
        old = self._listings.get(study.name)
        listing = Listing(journal, first.revision, first.total, {0: first.rows})
        if old is not None:
            listing.cursor_key, listing.cursor_row = old.cursor_key, old.cursor_row
        self._listings[study.name] = listing
        if self._is_selected(study):
            self._show_listing(study, listing)

    def _is_selected(self, study: StudyEntry) -> bool:
        selected = self.selected_study
        return selected is not None and selected.name == study.name

    def on_paged_table_page_wanted(self, event: PagedTable.PageWanted) -> None:
        study = self.selected_study
        listing = self._listings.get(study.name) if study is not None else None
        if study is None or listing is None or self.interviews_shown != study.name:
            return
        self._read_more(study, listing, event.page, event.generation)

    @work(thread=True, group="interview-pages", exit_on_error=False)
    def _read_more(self, study: StudyEntry, listing: Listing, page: int, generation: int) -> None:
        try:
            got = self._read(listing.journal, study.name, page)
        except Exception as exc:
            self.app.call_from_thread(
                self.notify,
                app_translator().gettext("Could not read the journal: {error}").format(error=exc),
                severity="warning",
                markup=False,
            )
            return
        self.app.call_from_thread(self._page_read, study, listing, got, generation)

    def _page_read(
        self, study: StudyEntry, listing: Listing, got: ListingPage, generation: int
    ) -> None:
        if self._listings.get(study.name) is not listing:
            return  # read again meanwhile
        if got.revision != listing.revision or got.total != listing.total:
            # The journal changed since the list was read: start over from this read.
            fresh = Listing(listing.journal, got.revision, got.total, {got.page: got.rows})
            table = self.interview_table_widget
            fresh.cursor_key, fresh.cursor_row = table.cursor_key, table.cursor_row
            self._listings[study.name] = fresh
            if self._is_selected(study):
                self._show_listing(study, fresh)
            return
        listing.keep(got.page, got.rows)
        if self._is_selected(study):
            self.interview_table_widget.put_page(got.page, got.rows, generation)

    @property
    def selected_record_id(self) -> int | None:
        key = self.interview_table_widget.cursor_key
        return int(key) if key else None

    def on_paged_table_row_selected(self, event: PagedTable.RowSelected) -> None:
        study = self.selected_study
        if study is not None and event.key and self.interviews_shown == study.name:
            self.koji.open_interview(study, int(event.key))


__all__ = [
    "COLUMNS",
    "PAGE_SIZE",
    "InterviewFilter",
    "InterviewFilterBar",
    "InterviewListMixin",
    "Listing",
    "ListingPage",
    "parse_filter",
    "read_page",
]
