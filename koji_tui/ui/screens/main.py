"""The main screen: every study, and under the selected one its interviews from the journal."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker

from koji_tui.config.entry import StudyEntry
from koji_tui.ui.bindings import MAIN_BINDINGS
from koji_tui.ui.screens.common import format_score, format_started, plain, visible
from koji_tui.ui.screens.study_facts import StudyFacts, facts_for
from koji_tui.ui.screens.study_lines import VOICE_ONLY_DETAIL, remove_question, study_label

if TYPE_CHECKING:
    from koji_tui.ui.host import KojiHost, StudyList


class MainScreen(Screen[None]):
    """Study list (top) and the selected study's interviews (below)."""

    BINDINGS = MAIN_BINDINGS  # type: ignore[assignment]
    AUTO_FOCUS = "#studies"

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with Vertical(id="main-body"):
            yield Static("Studies", classes="pane-title", id="studies-title")
            yield OptionList(id="studies")
            yield Static("", id="study-detail")
            yield Static("Interviews", classes="pane-title", id="interviews-title")
            table: DataTable[Any] = DataTable(
                id="interviews", cursor_type="row", zebra_stripes=True
            )
            yield table
            yield Static("", id="main-hint")
        yield Footer()

    @property
    def koji(self) -> KojiHost:
        return cast("KojiHost", self.app)

    def on_mount(self) -> None:
        table = cast("DataTable[Any]", self.query_one("#interviews", DataTable))
        # Most telling first: at 80 columns the last ones (turns, id) scroll off.
        table.add_column("Respondent", key="respondent", width=14)
        table.add_column("External id", key="external_id", width=12)
        table.add_column("Started (UTC)", key="started", width=16)
        table.add_column("Status", key="status", width=14)  # "active •unsent" whole
        table.add_column("Score", key="score", width=5)
        table.add_column("Locale", key="locale", width=6)
        table.add_column("Turns", key="turns", width=5)
        table.add_column("Interview", key="id")
        studies = self.query_one("#studies", OptionList)
        self.koji.studies_changed.subscribe(self, self._studies_changed)
        if self.koji.studies_ready:
            self._fill_studies(self.koji.studies)
        else:
            studies.add_option(
                Option(
                    "Starting the demo sandbox…" if self.koji.demo else "Loading studies…",
                    disabled=True,
                )
            )
        self._update_hint()

    # --- studies -------------------------------------------------------------------

    def _studies_changed(self, shown: StudyList) -> None:
        if shown.note is not None:
            self.show_placeholder(shown.note)
        else:
            self.show_studies(shown.studies)

    def show_studies(self, studies: list[StudyEntry]) -> None:
        self._fill_studies(studies)

    def show_placeholder(self, text: str) -> None:
        """A one-line message in place of the study list (e.g. the demo failed to start)."""
        option_list = self.query_one("#studies", OptionList)
        option_list.clear_options()
        option_list.add_option(Option(plain(text), disabled=True))

    def on_screen_resume(self) -> None:
        if self.koji.studies_ready:
            self.refresh_interviews()

    def _fill_studies(self, studies: list[StudyEntry]) -> None:
        option_list = self.query_one("#studies", OptionList)
        previous = self.selected_study
        option_list.clear_options()
        for index, study in enumerate(studies):
            option_list.add_option(
                Option(study_label(study, self.facts(study)), id=f"study-{index}")
            )
        if not studies:
            option_list.add_option(
                Option("No studies yet: press a to add one, or d for the demo.", disabled=True)
            )
            self.refresh_interviews()
            return
        names = [s.name for s in studies]
        index = names.index(previous.name) if previous and previous.name in names else 0
        option_list.highlighted = index
        self.refresh_interviews()

    def facts(self, study: StudyEntry) -> StudyFacts:
        return facts_for(study, getattr(self.koji, "sandbox", None))

    @property
    def selected_study(self) -> StudyEntry | None:
        option_list = self.query_one("#studies", OptionList)
        index = option_list.highlighted
        studies = self.koji.studies
        if index is None or not option_list.option_count:
            return None
        option = option_list.get_option_at_index(index)
        if option.id is None or not option.id.startswith("study-"):
            return None
        position = int(option.id.removeprefix("study-"))
        return studies[position] if position < len(studies) else None

    @on(OptionList.OptionHighlighted, "#studies")
    def _study_highlighted(self) -> None:
        self.refresh_interviews()

    @on(OptionList.OptionSelected, "#studies")
    def _study_selected(self) -> None:
        table = self.query_one("#interviews", DataTable)
        if table.row_count:
            table.focus()
        else:
            self.action_new_interview()

    # --- interviews -----------------------------------------------------------------

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # The one place failures of background work are said (the app's report_worker).
        report = getattr(self.app, "report_worker", None)
        if report is not None:
            report(event)

    interviews_shown: str | None = None  # the study whose interviews the table shows

    def refresh_interviews(self) -> None:
        """Show the highlighted study's interviews: read in a thread (a study may hold
        thousands), the newest page only; the table fills when the read is back."""
        detail = self.query_one("#study-detail", Static)
        study = self.selected_study
        if study is None:
            cast("DataTable[Any]", self.query_one("#interviews", DataTable)).clear()
            detail.update("")
            self._update_hint()
            return
        detail.update(self._study_detail(study))
        self._read_interviews(study)

    @work(thread=True, exclusive=True, group="interviews", exit_on_error=False)
    def _read_interviews(self, study: StudyEntry) -> None:
        from koji_tui.ui.screens import store

        try:
            rows, total = store.list_interviews(
                self.koji.services.journals.journal_for(study), study.name
            )
        except Exception as exc:
            self.app.call_from_thread(
                self.notify, f"Could not read the journal: {exc}", severity="warning", markup=False
            )
            rows, total = [], 0
        self.app.call_from_thread(self._show_interviews, study, rows, total)

    def _show_interviews(self, study: StudyEntry, rows: list[Any], total: int) -> None:
        if self.selected_study is not study and (
            self.selected_study is None or self.selected_study.name != study.name
        ):
            return  # another study was highlighted meanwhile; its own read follows
        table = cast("DataTable[Any]", self.query_one("#interviews", DataTable))
        table.clear()
        for row in rows:
            status = row.status + (" •unsent" if row.pending else "")
            table.add_row(
                plain(row.respondent or ("—" if row.external_id else "(anonymous)")),
                plain(row.external_id or "—"),
                format_started(row.started_at),
                status,
                format_score(row.quality_score),
                plain(row.locale or "—"),
                str(row.turn_count if row.turn_count is not None else "—"),
                plain(row.interview_id),
                key=str(row.record_id),
            )
        count = f"  ({len(rows)})" if total <= len(rows) else f"  ({len(rows)} newest of {total:,})"
        title = self.query_one("#interviews-title", Static)
        title.update(Text.assemble(("Interviews in ", ""), (visible(study.name), "bold"), count))
        self.interviews_shown = study.name
        self._update_hint()

    def _study_detail(self, study: StudyEntry) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append("Server ", style="dim")
        text.append(visible(study.base_url))
        facts = self.facts(study)
        if not study.has_key:
            text.append("   No API key: press e to add one.", style="bold")
        elif facts.voice_only:
            text.append(VOICE_ONLY_DETAIL, style="bold")
        elif facts.known and facts.locales:
            text.append(f"   Locales: {', '.join(facts.locales)}", style="dim")
        elif study.source == "env":
            text.append("   (from KOJI_BASE_URL / KOJI_API_KEY)", style="dim")
        elif study.source == "demo":
            text.append("   (demo sandbox)", style="dim")
        return text

    def _update_hint(self) -> None:
        hint = self.query_one("#main-hint", Static)
        new = self.koji.key_for("new_interview", self) or "n"
        table = self.query_one("#interviews", DataTable)
        if self.selected_study is not None and not table.row_count:
            hint.update(
                Text.assemble(
                    "No interviews in this study yet: press ", (new, "bold"), " to start one."
                )
            )
            return
        help_key = self.koji.key_for("help", self) or "f1"
        palette = self.koji.key_for("command_palette", self) or "^p"
        hint.update(
            Text.assemble(
                (new, "bold"),
                " new interview · ",
                ("enter", "bold"),
                " open · ",
                (help_key, "bold"),
                " help · ",
                (palette, "bold"),
                " all commands",
            )
        )

    @property
    def selected_record_id(self) -> int | None:
        table = self.query_one("#interviews", DataTable)
        if not table.row_count:
            return None
        try:
            row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        except Exception:
            return None
        return int(row_key.value) if row_key.value else None

    @on(DataTable.RowSelected, "#interviews")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        study = self.selected_study
        if study is not None and event.row_key.value:
            self.koji.open_interview(study, int(event.row_key.value))

    # --- actions ----------------------------------------------------------------------

    def _need_study(self) -> StudyEntry | None:
        study = self.selected_study
        if study is None:
            self.notify("Select a study first (or press a to add one).", severity="warning")
        return study

    def action_new_interview(self) -> None:
        study = self._need_study()
        if study is not None:
            self.koji.new_interview(study)

    def action_open_interview(self) -> None:
        study = self._need_study()
        record_id = self.selected_record_id
        if study is None:
            return
        if record_id is None:
            self.notify("This study has no interview yet: press n to start one.")
            return
        self.koji.open_interview(study, record_id)

    #: Actions the demo refuses (it never changes your studies): not offered in its footer.
    DEMO_HIDDEN: frozenset[str] = frozenset(
        {"add_study", "edit_study", "remove_study", "open_demo"}
    )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.DEMO_HIDDEN and getattr(self.koji, "demo", False):
            return False
        return super().check_action(action, parameters)

    def _demo_refuses(self) -> bool:
        if self.koji.demo:
            self.notify(
                "The demo never changes your own studies. Run koji-tui (without demo) to manage them.",
                severity="warning",
            )
        return self.koji.demo

    def action_add_study(self) -> None:
        from koji_tui.ui.screens.study_form import StudyFormScreen

        if self._demo_refuses():
            return
        self.app.push_screen(StudyFormScreen(None, keyring_ok=self.koji.keyring_ok))

    def action_edit_study(self) -> None:
        from koji_tui.ui.screens.study_form import StudyFormScreen

        study = self._need_study()
        if study is None or self._demo_refuses():
            return
        if not study.editable:
            where = (
                "the environment (KOJI_BASE_URL, KOJI_API_KEY)"
                if study.source == "env"
                else "the demo"
            )
            self.notify(
                f"Study {study.name!r} comes from {where}; it cannot be edited here.",
                severity="warning",
                markup=False,
            )
            return
        self.app.push_screen(StudyFormScreen(study, keyring_ok=self.koji.keyring_ok))

    def action_remove_study(self) -> None:
        from koji_tui.ui.screens.confirm import ConfirmScreen

        study = self._need_study()
        if study is None or self._demo_refuses():
            return
        if not study.editable:
            self.notify(
                f"Study {study.name!r} is not a saved study; nothing to remove.",
                severity="warning",
                markup=False,
            )
            return

        def _remove(yes: bool | None) -> None:
            if yes:
                self.koji.remove_study(study)  # in a thread; the app says how it went

        self.app.push_screen(
            ConfirmScreen(
                "Remove study", remove_question(study), yes="Remove", no="Keep", destructive=True
            ),
            _remove,
        )

    def action_export(self) -> None:
        study = self._need_study()
        record_id = self.selected_record_id
        if study is None:
            return
        if record_id is None:
            self.notify("Select an interview to export.", severity="warning")
            return
        self.koji.export_interview(study, record_id)

    def action_refresh(self) -> None:
        self.koji.refresh_studies()
        if self.koji.demo:
            self.refresh_interviews()

    def action_open_demo(self) -> None:
        self.koji.open_demo()
