"""The main screen: every study, and under the selected one its interviews from the journal."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import app_translator
from koji_tui.ui.bindings import MAIN_BINDINGS
from koji_tui.ui.host import awaiting_sandbox
from koji_tui.ui.localized import TranslatedBindings, assemble
from koji_tui.ui.screens.common import plain, visible
from koji_tui.ui.screens.interview_list import (
    COLUMNS,
    PAGE_SIZE,
    InterviewListMixin,
    _title,
    headed,
)
from koji_tui.ui.screens.study_facts import StudyFacts, facts_for
from koji_tui.ui.screens.study_lines import (
    VOICE_ONLY_WORDS,
    presenter_detail,
    presenter_label,
    remove_question,
    study_label,
)
from koji_tui.ui.widgets.footer import StableFooter
from koji_tui.ui.widgets.paged_table import PagedTable

if TYPE_CHECKING:
    from koji_tui.ui.host import KojiHost, StudyList

# Presenter mode: no interview ids (the last column; the turns take its room).
PRESENTER_COLUMNS = (*COLUMNS[:-2], replace(COLUMNS[-2], width=None))


class MainScreen(TranslatedBindings, InterviewListMixin, Screen[None]):
    """Study list (top) and the selected study's interviews (below; see
    :mod:`koji_tui.ui.screens.interview_list`)."""

    BINDINGS = MAIN_BINDINGS  # type: ignore[assignment]
    AUTO_FOCUS = "#studies"

    def compose(self) -> ComposeResult:
        tr = app_translator()
        yield Header(icon="")
        with Vertical(id="main-body"):
            yield Static(tr.gettext("Studies"), classes="pane-title", id="studies-title")
            yield OptionList(id="studies")
            yield Static("", id="study-detail")
            yield Static(tr.gettext("Interviews"), classes="pane-title", id="interviews-title")
            # ("/" puts the filter box here: action_filter_interviews, interview_list.py)
            yield self.interview_table()
            yield Static("", id="main-hint")
        yield StableFooter()

    @property
    def koji(self) -> KojiHost:
        return cast("KojiHost", self.app)

    @property
    def presenting(self) -> bool:
        """Presenter mode (koji_tui/ui/app_presenter.py): no servers, keys or ids shown."""
        return bool(getattr(self.app, "presenter", False))

    def interview_table(self) -> PagedTable:
        if self.presenting:
            return PagedTable(headed(PRESENTER_COLUMNS), page_size=PAGE_SIZE, id="interviews")
        return super().interview_table()

    def on_mount(self) -> None:
        studies = self.query_one("#studies", OptionList)
        self.koji.studies_changed.subscribe(self, self._studies_changed)
        if self.koji.studies_ready or self.koji.studies:  # (the demo's, before its sandbox)
            self._fill_studies(self.koji.studies)
        else:
            tr = app_translator()
            studies.add_option(
                Option(
                    tr.gettext("Starting the demo sandbox…")
                    if self.koji.demo
                    else tr.gettext("Loading studies…"),
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
        self.refresh_interviews()  # no study: nothing under it
        title = self.query_one("#interviews-title", Static)
        title.update(app_translator().gettext("Interviews"))

    def on_screen_resume(self) -> None:
        if self.koji.studies_ready:
            self.refresh_interviews()

    def _fill_studies(self, studies: list[StudyEntry]) -> None:
        option_list = self.query_one("#studies", OptionList)
        previous = self.selected_study
        option_list.clear_options()
        label = presenter_label if self.presenting else study_label
        for index, study in enumerate(studies):
            option_list.add_option(Option(label(study, self.facts(study)), id=f"study-{index}"))
        if not studies:
            option_list.add_option(
                Option(
                    app_translator().gettext(
                        "No studies yet: press a to add one, or d for the demo."
                    ),
                    disabled=True,
                )
            )
            self.refresh_interviews()
            return
        names = [s.name for s in studies]
        index = names.index(previous.name) if previous and previous.name in names else 0
        option_list.highlighted = index
        self.refresh_interviews()

    def facts(self, study: StudyEntry) -> StudyFacts:
        # The demo's studies are listed from their files before its sandbox is up.
        known = getattr(self.koji, "sandbox", None) or getattr(self.koji, "demo_catalog", None)
        return facts_for(study, known)

    def refresh_interviews(self) -> None:
        study = self.selected_study
        if study is not None and awaiting_sandbox(study):
            # Listed before the demo's sandbox is up: this run's demo journal is new, there is
            # nothing to read yet (the list is read again when the sandbox's studies come).
            self.query_one("#study-detail", Static).update(self._study_detail(study))
            self.interview_table_widget.show(0, {})
            self.interviews_shown = None
            self.query_one("#interviews-title", Static).update(_title(study.name))
            self._update_hint()
            return
        super().refresh_interviews()

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
        table = self.interview_table_widget
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

    def _study_detail(self, study: StudyEntry) -> Text:
        if self.presenting:
            key = self.koji.key_for("details", self) or ""
            return presenter_detail(study, self.facts(study), key)
        tr = app_translator()
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(tr.gettext("Server") + " ", style="dim")
        if awaiting_sandbox(study):
            text.append(tr.gettext("Starting the demo sandbox…"), style="dim")
        text.append(visible(study.base_url))
        facts = self.facts(study)
        if not study.has_key:
            text.append("   " + tr.gettext("No API key: press e to add one."), style="bold")
        elif facts.voice_only:
            text.append("   " + tr.gettext(VOICE_ONLY_WORDS), style="bold")
        elif facts.known and facts.locales:
            locales = tr.gettext("Locales: {locales}").format(locales=", ".join(facts.locales))
            text.append("   " + locales, style="dim")
        elif study.source == "env":
            text.append("   " + tr.gettext("(from KOJI_BASE_URL / KOJI_API_KEY)"), style="dim")
        elif study.source == "demo":
            text.append("   " + tr.gettext("(demo sandbox)"), style="dim")
        return text

    def _update_hint(self) -> None:
        tr = app_translator()
        hint = self.query_one("#main-hint", Static)
        new = self.koji.key_for("new_interview", self) or "n"
        table = self.interview_table_widget
        study = self.selected_study
        if study is not None and not table.row_count and self.interviews_shown == study.name:
            hint.update(
                assemble(
                    tr.gettext("No interviews in this study yet: press {key} to start one."),
                    key=(new, "bold"),
                )
            )
            return
        help_key = self.koji.key_for("help", self) or "f1"
        palette = self.koji.key_for("command_palette", self) or "^p"
        hint.update(
            assemble(
                tr.gettext(
                    "{new} new interview · {enter} open · {help} help · {palette} all commands"
                ),
                new=(new, "bold"),
                enter=(tr.pgettext("key", "enter"), "bold"),
                help=(help_key, "bold"),
                palette=(palette, "bold"),
            )
        )

    # --- actions ----------------------------------------------------------------------

    def _need_study(self) -> StudyEntry | None:
        study = self.selected_study
        if study is None:
            self.notify(
                app_translator().gettext("Select a study first (or press a to add one)."),
                severity="warning",
            )
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
            self.notify(
                app_translator().gettext("This study has no interview yet: press n to start one.")
            )
            return
        self.koji.open_interview(study, record_id)

    async def action_watch_interview(self) -> None:
        """The highlighted interview, live and read-only (koji_tui/ui/screens/watch.py)."""
        from koji_tui.ui.screens.watch import watch_selected

        if self._need_study() is not None:
            await watch_selected(self)

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
                app_translator().gettext(
                    "The demo never changes your own studies. "
                    "Run koji-tui (without demo) to manage them."
                ),
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
            tr = app_translator()
            text = (
                tr.gettext(
                    "Study {name} comes from the environment (KOJI_BASE_URL, KOJI_API_KEY); "
                    "it cannot be edited here."
                )
                if study.source == "env"
                else tr.gettext("Study {name} comes from the demo; it cannot be edited here.")
            )
            self.notify(
                text.format(name=repr(study.name)),
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
                app_translator()
                .gettext("Study {name} is not a saved study; nothing to remove.")
                .format(name=repr(study.name)),
                severity="warning",
                markup=False,
            )
            return

        def _remove(yes: bool | None) -> None:
            if yes:
                self.koji.remove_study(study)  # in a thread; the app says how it went

        tr = app_translator()
        self.app.push_screen(
            ConfirmScreen(
                tr.gettext("Remove study"),
                remove_question(study),
                yes=tr.gettext("Remove"),
                no=tr.gettext("Keep"),
                destructive=True,
            ),
            _remove,
        )

    def action_export(self) -> None:
        study = self._need_study()
        record_id = self.selected_record_id
        if study is None:
            return
        if record_id is None:
            self.notify(
                app_translator().gettext("Select an interview to export."), severity="warning"
            )
            return
        self.koji.export_interview(study, record_id)

    def action_refresh(self) -> None:
        self.koji.refresh_studies()
        if self.koji.demo:
            self.refresh_interviews()

    def action_open_demo(self) -> None:
        self.koji.open_demo()

    def action_moderate(self) -> None:
        study = self._need_study()
        if study is not None:
            self.koji.new_interview(study, cockpit=True)

    def action_participants(self) -> None:
        study = self._need_study()
        if study is not None:
            self.koji.open_roster(study)

    def action_results(self) -> None:
        study = self._need_study()
        if study is not None:
            self.koji.open_results(study)
