"""Shown when there is no study at all: add one, or open the demo."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import on
from textual.app import ComposeResult
from textual.containers import Center, Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Button, Static

from koji_tui.i18n import N_, app_translator
from koji_tui.ui.bindings import FIRST_RUN_BINDINGS
from koji_tui.ui.localized import TranslatedBindings
from koji_tui.ui.widgets.footer import StableFooter

if TYPE_CHECKING:
    from koji_tui.config.entry import StudyEntry
    from koji_tui.ui.host import KojiHost

WELCOME = N_(
    "koji-tui runs Koji interviews from your terminal.\n\n"
    "There is no study yet. A study is one Koji project: a name, its server\n"
    "address and an API key (pk_live_…) from the project settings.\n\n"
    "Tip: with KOJI_BASE_URL and KOJI_API_KEY set, that server appears as a\n"
    "study without any setup."
)


class FirstRunScreen(TranslatedBindings, Screen[None]):
    BINDINGS = FIRST_RUN_BINDINGS  # type: ignore[assignment]
    AUTO_FOCUS = "#add-study"

    def compose(self) -> ComposeResult:
        tr = app_translator()
        with Vertical(id="first-run"):
            yield Static(tr.gettext("Welcome to koji-tui"), id="first-run-title")
            yield Static(tr.gettext(WELCOME), id="first-run-text", markup=False)
            with Center(), Horizontal(id="first-run-buttons"):
                yield Button(tr.gettext("Add a study (a)"), id="add-study", variant="primary")
                yield Button(tr.gettext("Open the demo (d)"), id="open-demo")
        yield StableFooter()

    @on(Button.Pressed, "#add-study")
    def action_add_study(self) -> None:
        from koji_tui.ui.screens.study_form import StudyFormScreen

        host = cast("KojiHost", self.app)
        self.app.push_screen(StudyFormScreen(None, keyring_ok=host.keyring_ok), self._added)

    def _added(self, study: StudyEntry | None) -> None:
        """A study was saved: the study list shows it (this screen is done)."""
        if study is not None and self.is_current:
            cast("KojiHost", self.app).leave_first_run()

    @on(Button.Pressed, "#open-demo")
    def action_open_demo(self) -> None:
        cast("KojiHost", self.app).open_demo()
