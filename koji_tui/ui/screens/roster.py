"""A study's participants (roster): each one's state, importing a CSV, starting the next
participant's interview, and the study-wide operations (refresh, close stale, export: one CSV
or a JSON and a Markdown file per interview).

The list is read in a thread worker (:func:`koji_tui.journal.roster.rows`); "next participant"
opens the new-interview form filled in from the first row not started (its metadata whole,
even values the form's ``key=value`` field cannot hold, unless the field is edited). The
operations run as in ``koji-tui study ...``, with a progress bar (:mod:`.study_ops`); leaving
the screen while one runs stops it after the requests in flight.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Static
from textual.worker import Worker

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import N_, app_translator
from koji_tui.safety import safe_line
from koji_tui.ui.bindings import ROSTER_BINDINGS
from koji_tui.ui.localized import TranslatedBindings, assemble
from koji_tui.ui.screens.roster_form import RosterInterviewForm
from koji_tui.ui.screens.study_ops import OpsPanel, summary_of
from koji_tui.ui.widgets.footer import StableFooter

if TYPE_CHECKING:
    from koji_tui.journal.roster import RosterRow
    from koji_tui.ui.host import KojiHost

STALE_AFTER = 24 * 3600.0
COLUMNS = ("#", N_("External id"), N_("Name"), N_("Locale"), N_("State"), N_("Score"))
# A participant's state (journal.roster.RosterState) as the list shows it.
STATE_NAMES = {
    "not started": N_("not started"),
    "active": N_("active"),
    "ended early": N_("ended early"),
    "completed": N_("completed"),
}


def state_name(state: str) -> str:
    name = STATE_NAMES.get(state)
    return app_translator().pgettext("participant", name) if name else state


class RosterScreen(TranslatedBindings, Screen[None]):
    """The roster pane of a study (see the module docstring)."""

    BINDINGS = ROSTER_BINDINGS  # type: ignore[assignment]
    AUTO_FOCUS = "#roster-table"

    def __init__(self, study: StudyEntry) -> None:
        super().__init__()
        self.study = study
        self.rows: list[RosterRow] | None = None
        self._stop: asyncio.Event | None = None
        self._leaving = False

    @property
    def koji(self) -> KojiHost:
        return cast("KojiHost", self.app)

    @property
    def running(self) -> bool:
        return self._stop is not None

    def compose(self) -> ComposeResult:
        tr = app_translator()
        yield Header(icon="")
        yield Static(
            assemble(
                tr.gettext("Participants · {study}"), study=(safe_line(self.study.name), "bold")
            ),
            classes="pane-title",
            id="roster-title",
        )
        table: DataTable[Any] = DataTable(id="roster-table", cursor_type="row", zebra_stripes=True)
        table.add_columns(*(tr.gettext(column) for column in COLUMNS))
        yield table
        yield Static(tr.gettext("Reading the roster…"), id="roster-summary")
        yield Input(placeholder=tr.gettext("path of a CSV file, then Enter"), id="roster-path")
        yield OpsPanel(id="roster-ops")
        yield Static(
            tr.gettext("An operation stops with s; started again, it continues where it stopped."),
            id="roster-hint",
        )
        yield StableFooter()

    def on_mount(self) -> None:
        self.query_one("#roster-path", Input).display = False
        self.load()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.koji.report_worker(event)

    def _journal(self) -> Any:
        return self.koji.services.journals.journal_for(self.study)

    # --- the list -------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="roster-read", exit_on_error=False)
    def load(self) -> None:
        from koji_tui.journal import roster

        rows = roster.rows(self._journal(), self.study.name)
        self.app.call_from_thread(self.show_rows, rows)

    def show_rows(self, rows: list[RosterRow]) -> None:
        self.rows = rows
        table = self.query_one("#roster-table", DataTable)
        table.clear()
        for row in rows:
            entry = row.entry
            score = "" if row.quality_score is None else f"{row.quality_score:.1f}"
            table.add_row(
                str(entry.position),
                Text(safe_line(entry.external_id or "", 30)),
                Text(safe_line(entry.display_name or "", 40)),
                entry.locale or "",
                state_name(row.state),
                score,
                key=str(entry.id),
            )
        tr = app_translator()
        summary = self.query_one("#roster-summary", Static)
        if not rows:
            summary.update(
                tr.gettext(
                    "No participants yet: i imports a CSV file (external_id, display_name, locale)."
                )
            )
            return
        counts: dict[str, int] = {}
        for row in rows:
            counts[row.state] = counts.get(row.state, 0) + 1
        order = ("completed", "ended early", "active", "not started")
        summary.update(
            tr.ngettext(
                "{n} participant: {states}", "{n} participants: {states}", len(rows)
            ).format(
                n=len(rows),
                states=", ".join(f"{counts[s]} {state_name(s)}" for s in order if counts.get(s)),
            )
        )

    # --- import ---------------------------------------------------------------------

    def action_import_csv(self) -> None:
        field = self.query_one("#roster-path", Input)
        field.display = True
        field.focus()

    @on(Input.Submitted, "#roster-path")
    def _path_given(self, event: Input.Submitted) -> None:
        path = event.value.strip()
        event.input.display = False
        self.query_one("#roster-table").focus()
        if path:
            self.import_file(Path(path).expanduser())

    @work(thread=True, group="roster-import", exit_on_error=False)
    def import_file(self, path: Path) -> None:
        from koji_tui.journal import roster
        from koji_tui.roster import CsvFileError, import_roster

        tr = app_translator()
        title = tr.gettext("Import")
        try:
            report = import_roster(self._journal(), self.study.name, path)
        except CsvFileError as exc:
            self.app.call_from_thread(
                self.notify, str(exc), title=title, severity="error", markup=False
            )
            return
        lines = [report.summary()]
        lines += [
            tr.gettext("row {row}: {reason}").format(row=p.row, reason=p.reason)
            for p in report.problems[:6]
        ]
        if len(report.problems) > 6:
            more = len(report.problems) - 6
            lines.append(
                tr.ngettext(
                    "… and {n} more row skipped", "… and {n} more rows skipped", more
                ).format(n=more)
            )
        self.app.call_from_thread(
            self.notify,
            "\n".join(lines),
            title=title,
            severity="warning" if report.problems else "information",
            timeout=12,
            markup=False,
        )
        rows = roster.rows(self._journal(), self.study.name)
        self.app.call_from_thread(self.show_rows, rows)

    # --- next participant -----------------------------------------------------------

    def action_next_participant(self) -> None:
        if not self.study.has_key:
            self.notify(
                app_translator().gettext("This study has no API key: edit the study to add one."),
                markup=False,
            )
            return
        self.find_next()

    @work(thread=True, exclusive=True, group="roster-next", exit_on_error=False)
    def find_next(self) -> None:
        from koji_tui.journal import roster

        row = roster.next_not_started(self._journal(), self.study.name)
        self.app.call_from_thread(self.open_form, row)

    def open_form(self, row: RosterRow | None) -> None:
        if row is None:
            self.notify(
                app_translator().gettext("Every participant has an interview already."),
                markup=False,
            )
            return

        def start(args: dict[str, Any] | None) -> None:
            if args is None:
                return
            from koji_tui.ui.screens.interview import InterviewScreen

            self.app.push_screen(InterviewScreen(self.study, start=args))

        self.app.push_screen(RosterInterviewForm(self.study, row.entry), start)

    def on_screen_resume(self) -> None:
        self.load()  # back from an interview: its participant moved on

    # --- study-wide operations ------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "stop":
            return self.running  # shown only while an operation runs
        return True

    def _begin(self, kind: str) -> asyncio.Event | None:
        if self.running:
            self.notify(
                app_translator().gettext("An operation is running: s stops it first."),
                markup=False,
            )
            return None
        self._stop = asyncio.Event()
        self.query_one(OpsPanel).begin(kind)
        self.refresh_bindings()
        return self._stop

    def _ended(self) -> None:
        self._stop = None
        self.refresh_bindings()

    def action_refresh_study(self) -> None:
        if (stop := self._begin("refresh")) is not None:
            self.run_operation("refresh", stop)

    def action_close_stale(self) -> None:
        if (stop := self._begin("close-stale")) is not None:
            self.run_operation("close-stale", stop)

    def action_stop(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self.query_one("#ops-line", Static).update(
                app_translator().gettext("Stopping after the requests in flight…")
            )

    @work(exclusive=True, group="roster-op", exit_on_error=False)
    async def run_operation(self, kind: str, stop: asyncio.Event) -> None:
        from koji_tui.ops.runner import run
        from koji_tui.ops.study import CloseStaleOperation, ExportOperation, RefreshOperation

        panel = self.query_one(OpsPanel)
        try:
            journal = await asyncio.to_thread(self._journal)
            client: Any = None
            if kind == "export-files":
                op: Any = ExportOperation(
                    journal, self.study.name, await self._export_dir(), "json"
                )
            else:
                client = await self.koji.services.clients.client_for(self.study)
                if kind == "refresh":
                    op = RefreshOperation(journal, client, self.study.name)
                else:
                    op = CloseStaleOperation(
                        journal, client, self.study.name, older_than=STALE_AFTER
                    )
            result = await run(journal, op, stop=stop, on_progress=panel.show_progress,
                               client=client)  # fmt: skip
            if kind == "export-files" and result.finished:  # and Markdown beside the JSON
                md = ExportOperation(journal, self.study.name, op.folder, "md")
                result = await run(journal, md, stop=stop, on_progress=panel.show_progress)
            message, severity = summary_of(kind, result)
            if kind == "export-files" and result.finished:
                message += " " + app_translator().gettext("JSON and Markdown in {folder}").format(
                    folder=op.folder
                )
        except Exception as exc:  # said, never a crash
            message, severity = f"{type(exc).__name__}: {exc}", "error"
        self._ended()
        panel.end(message)
        self.notify(
            message,
            title=app_translator().gettext("Study"),
            severity=severity,  # type: ignore[arg-type]
            markup=False,
        )
        if self._leaving:
            self.dismiss(None)
            return
        self.load()

    def action_export_csv(self) -> None:
        if self._begin("export-csv") is not None:
            self.export_csv()

    def action_export_files(self) -> None:
        if (stop := self._begin("export-files")) is not None:
            self.run_operation("export-files", stop)

    async def _export_dir(self) -> Path:
        """data/exports/<study> (private, made on first use)."""
        from koji_tui import paths
        from koji_tui.ops.study import file_stem

        def make() -> Path:
            return paths.private_dir(
                paths.data_dir() / "exports" / file_stem(self.study.name, 0, set())
            )

        return await asyncio.to_thread(make)

    @work(thread=True, exclusive=True, group="roster-op", exit_on_error=False)
    def export_csv(self) -> None:
        from koji_tui import paths
        from koji_tui.ops.csv_export import export_csv
        from koji_tui.ops.study import file_stem

        panel = self.query_one(OpsPanel)
        path = paths.private_dir(paths.data_dir() / "exports") / (
            file_stem(self.study.name, 0, set()) + ".csv"
        )
        try:
            count = export_csv(
                self._journal(),
                self.study.name,
                path,
                lambda done, total: self.app.call_from_thread(panel.show_rows, done, total),
            )
            message = (
                app_translator()
                .ngettext(
                    "Exported {n} interview to\n{path}", "Exported {n} interviews to\n{path}", count
                )
                .format(n=count, path=path)
            )
            severity = "information"
        except OSError as exc:
            message = (
                app_translator()
                .gettext("Cannot write {path}: {reason}")
                .format(path=path, reason=exc.strerror or exc)
            )
            severity = "error"
        self.app.call_from_thread(self._ended)
        self.app.call_from_thread(panel.end, message.replace("\n", " "))
        self.app.call_from_thread(
            self.notify,
            message,
            title=app_translator().gettext("Export"),
            severity=severity,
            timeout=10,
            markup=False,
        )

    def action_back(self) -> None:
        if self.running:
            self._leaving = True
            self.action_stop()
            return
        self.dismiss(None)
