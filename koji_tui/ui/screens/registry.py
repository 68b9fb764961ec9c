"""The app's screens by kind, and the lazy factories the app registers them with.

Each screen module is imported when its screen is first made, never when the app module is
imported (start-up stays near a bare Textual app): the app's first screen is
:func:`main_screen` (``get_default_screen``), :func:`first_run_screen` is in ``SCREENS``, and
it makes the screens that take arguments through the factories below. No screen imports this
module, the app module or the command palette's (screens see the app as
:class:`koji_tui.ui.host.KojiHost`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.screen import Screen

    from koji_tui.config.entry import StudyEntry
    from koji_tui.i18n import Translator
    from koji_tui.ui.screens.confirm import ConfirmScreen
    from koji_tui.ui.screens.first_run import FirstRunScreen
    from koji_tui.ui.screens.help import HelpScreen
    from koji_tui.ui.screens.interview import InterviewScreen
    from koji_tui.ui.screens.main import MainScreen
    from koji_tui.ui.screens.new_interview import NewInterviewScreen
    from koji_tui.ui.screens.observe import ObserveScreen
    from koji_tui.ui.screens.observe_picker import ObservePicker
    from koji_tui.ui.screens.quit import QuitScreen
    from koji_tui.ui.screens.results import ResultsScreen
    from koji_tui.ui.screens.roster import RosterScreen

# What each kind of screen is: (module, class). A screen whose module is not imported yet
# cannot be on the screen stack, so telling kinds apart never imports a screen module.
KINDS: dict[str, tuple[str, str]] = {
    "main": ("koji_tui.ui.screens.main", "MainScreen"),
    "interview": ("koji_tui.ui.screens.interview", "InterviewScreen"),
    "first-run": ("koji_tui.ui.screens.first_run", "FirstRunScreen"),
    "help": ("koji_tui.ui.screens.help", "HelpScreen"),
    "quit": ("koji_tui.ui.screens.quit", "QuitScreen"),
    "results": ("koji_tui.ui.screens.results", "ResultsScreen"),
    "roster": ("koji_tui.ui.screens.roster", "RosterScreen"),
    "observe": ("koji_tui.ui.screens.observe", "ObserveScreen"),
}


def screen_kind(screen: Screen[Any]) -> str:
    """``main``, ``interview``, ``first-run``, ``help``, ``quit``, ``results``, ``roster`` or
    ``other``."""
    for kind, (module_name, class_name) in KINDS.items():
        module = sys.modules.get(module_name)
        if module is not None and isinstance(screen, getattr(module, class_name)):
            return kind
    return "other"


def main_screen() -> MainScreen:
    """The study list (the base of the app's ``studies`` mode)."""
    from koji_tui.ui.screens.main import MainScreen

    return MainScreen()


def first_run_screen() -> FirstRunScreen:
    from koji_tui.ui.screens.first_run import FirstRunScreen

    return FirstRunScreen()


def interview_screen(
    study: StudyEntry,
    *,
    start: dict[str, Any] | None = None,
    record_id: int | None = None,
    resend: bool = False,
) -> InterviewScreen:
    from koji_tui.ui.screens.interview import InterviewScreen

    return InterviewScreen(study, start=start, record_id=record_id, resend=resend)


def new_interview_screen(study: StudyEntry) -> NewInterviewScreen:
    from koji_tui.ui.screens.new_interview import NewInterviewScreen

    return NewInterviewScreen(study)


def cockpit_screen(
    study: StudyEntry, *, start: dict[str, Any] | None = None, record_id: int | None = None
) -> InterviewScreen:
    """The interview in the moderator's cockpit (guide, respondent card, notes, search)."""
    from koji_tui.ui.screens.cockpit import CockpitScreen

    return CockpitScreen(study, start=start, record_id=record_id)


def results_screen(study: StudyEntry) -> ResultsScreen:
    """A study's results from the journal (issue 14)."""
    from koji_tui.ui.screens.results import ResultsScreen

    return ResultsScreen(study)


def roster_screen(study: StudyEntry) -> RosterScreen:
    """A study's participants and study-wide operations (issue 14)."""
    from koji_tui.ui.screens.roster import RosterScreen

    return RosterScreen(study)


def observe_screen(path: Path, record_id: int, **options: Any) -> ObserveScreen:
    """An interview watched read-only from its journal (``koji-tui observe``, issue 12)."""
    from koji_tui.ui.screens.observe import ObserveScreen

    return ObserveScreen(path, record_id, **options)


def observe_picker_screen(opener: Any, **options: Any) -> ObservePicker:
    """The interviews on this machine to watch (``koji-tui observe`` without an id)."""
    from koji_tui.ui.screens.observe_picker import ObservePicker

    return ObservePicker(opener, **options)


def help_screen(for_screen: Screen[Any]) -> HelpScreen:
    from koji_tui.ui.screens.help import HelpScreen

    return HelpScreen(for_screen)


def quit_screen(concerns: list[str], demo_folder: Path | None) -> QuitScreen:
    from koji_tui.ui.screens.quit import QuitScreen

    return QuitScreen(concerns, demo_folder)


def confirm_screen(
    title: str,
    body: str,
    yes: str | None = None,
    no: str | None = None,
    *,
    destructive: bool = False,
    tr: Translator | None = None,
) -> ConfirmScreen:
    """``yes``/``no``: "Yes"/"No" in the app's language (or ``tr``'s) when not given."""
    from koji_tui.ui.screens.confirm import ConfirmScreen

    return ConfirmScreen(title, body, yes, no, destructive=destructive, tr=tr)
