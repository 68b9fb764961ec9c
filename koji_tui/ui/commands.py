"""Command-palette entries (ctrl+p): every named action, titled in words.

``koji_commands(app, screen)`` yields Textual ``SystemCommand``s for the screen
the palette was opened from (study-list commands on the study list, interview
commands on an interview) plus the app-wide ones. Each entry runs the same
action its key binding runs, and the help text names the current key, so a
remapped key shows up here too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual.app import SystemCommand
from textual.screen import Screen

if TYPE_CHECKING:
    from koji_tui.ui.app import KojiApp


@dataclass(frozen=True)
class PaletteEntry:
    title: str
    help: str
    action: str  # action name on the screen (or "app.<name>")
    where: str  # "main" | "interview" | "app"


ENTRIES: tuple[PaletteEntry, ...] = (
    PaletteEntry(
        "New interview", "Start an interview in the selected study", "new_interview", "main"
    ),
    PaletteEntry("Open interview", "Open the selected interview", "open_interview", "main"),
    PaletteEntry("Add study", "Add a study: name, server and API key", "add_study", "main"),
    PaletteEntry("Edit study", "Change the selected study or its key", "edit_study", "main"),
    PaletteEntry("Remove study", "Remove the selected study and its key", "remove_study", "main"),
    PaletteEntry(
        "Export transcript", "Write the selected interview as Markdown and JSON", "export", "main"
    ),
    PaletteEntry("Refresh studies", "Reload studies and interviews", "refresh", "main"),
    PaletteEntry("Open demo", "Start the built-in demo sandbox", "open_demo", "main"),
    PaletteEntry(
        "Complete interview",
        "Complete this interview and show its quality score",
        "complete",
        "interview",
    ),
    PaletteEntry(
        "Export transcript", "Write this interview as Markdown and JSON", "export", "interview"
    ),
    PaletteEntry(
        "Resend unsent answer",
        "Resend the answer that did not reach the server",
        "resend",
        "interview",
    ),
    PaletteEntry(
        "Reload transcript", "Fetch the transcript from the server", "reload", "interview"
    ),
    PaletteEntry("Back to studies", "Leave this interview (it stays open)", "back", "interview"),
    PaletteEntry("Help", "Show every key (remaps included)", "app.help", "app"),
    PaletteEntry(
        "Toggle high contrast",
        "Switch the high-contrast theme on or off",
        "app.toggle_contrast",
        "app",
    ),
    PaletteEntry(
        "Toggle chrome",
        "Hide or show header, footer and side panes (field sessions)",
        "app.toggle_chrome",
        "app",
    ),
)


def _screen_kind(screen: Screen) -> str:
    from koji_tui.ui.screens.interview import InterviewScreen
    from koji_tui.ui.screens.main import MainScreen

    if isinstance(screen, InterviewScreen):
        return "interview"
    if isinstance(screen, MainScreen):
        return "main"
    return "other"


def koji_commands(app: KojiApp, screen: Screen) -> Iterable[SystemCommand]:
    kind = _screen_kind(screen)
    for entry in ENTRIES:
        if entry.where not in ("app", kind):
            continue
        if entry.where == "app":
            name = entry.action.removeprefix("app.")
            key = app.key_for(name, screen)
            callback = partial(app.run_action, entry.action)
        else:
            key = app.key_for(entry.action, screen)
            callback = partial(screen.run_action, entry.action)
        help_text = f"{entry.help} (key: {key})" if key else entry.help
        yield SystemCommand(entry.title, help_text, callback)
