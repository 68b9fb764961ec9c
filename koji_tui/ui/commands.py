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
from typing import Any, Protocol

from textual.app import SystemCommand
from textual.screen import Screen

from koji_tui.i18n import N_, app_translator
from koji_tui.ui.screens.registry import screen_kind


class PaletteHost(Protocol):
    """What the palette needs of the app: the key of an action, and running one."""

    def key_for(self, action: str, screen: Screen[Any] | None = None) -> str: ...

    async def run_action(self, action: str) -> bool: ...


@dataclass(frozen=True)
class PaletteEntry:
    title: str
    help: str
    action: str  # action name on the screen (or "app.<name>")
    where: str  # "main" | "interview" | "app"


ENTRIES: tuple[PaletteEntry, ...] = (
    PaletteEntry(
        N_("New interview"), N_("Start an interview in the selected study"), "new_interview", "main"
    ),
    PaletteEntry(N_("Open interview"), N_("Open the selected interview"), "open_interview", "main"),
    PaletteEntry(
        N_("Watch interview"),
        N_("Follow the selected interview live, read-only: nothing is sent, no lock is taken"),
        "watch_interview",
        "main",
    ),
    PaletteEntry(
        N_("Participants"),
        N_("The selected study's roster and study-wide operations"),
        "participants",
        "main",
    ),
    PaletteEntry(N_("Results"), N_("The selected study's results"), "results", "main"),
    PaletteEntry(
        N_("Moderate an interview"),
        N_("Start an interview in the cockpit: guide, respondent card, notes, search"),
        "moderate",
        "main",
    ),
    PaletteEntry(N_("Add study"), N_("Add a study: name, server and API key"), "add_study", "main"),
    PaletteEntry(
        N_("Edit study"), N_("Change the selected study or its key"), "edit_study", "main"
    ),
    PaletteEntry(
        N_("Remove study"), N_("Remove the selected study and its key"), "remove_study", "main"
    ),
    PaletteEntry(
        N_("Export transcript"),
        N_("Write the selected interview as Markdown and JSON"),
        "export",
        "main",
    ),
    PaletteEntry(N_("Refresh studies"), N_("Reload studies and interviews"), "refresh", "main"),
    PaletteEntry(N_("Open demo"), N_("Start the built-in demo sandbox"), "open_demo", "main"),
    PaletteEntry(
        N_("Play this interview as…"),
        N_(
            "The autopilot plays an interview of the selected study as a persona you pick "
            "(on a real server it asks first: interviews use credits)"
        ),
        "app.play_as",
        "main",
    ),
    PaletteEntry(
        N_("Complete interview"),
        N_("Complete this interview and show its quality score"),
        "complete",
        "interview",
    ),
    PaletteEntry(
        N_("Export transcript"),
        N_("Write this interview as Markdown and JSON"),
        "export",
        "interview",
    ),
    PaletteEntry(
        N_("Resend unsent answer"),
        N_("Resend the answer that did not reach the server"),
        "resend",
        "interview",
    ),
    PaletteEntry(
        N_("Reload transcript"), N_("Fetch the transcript from the server"), "reload", "interview"
    ),
    PaletteEntry(
        N_("Back to studies"), N_("Leave this interview (it stays open)"), "back", "interview"
    ),
    PaletteEntry(N_("Help"), N_("Show every key (remaps included)"), "app.help", "app"),
    PaletteEntry(
        N_("Toggle high contrast"),
        N_("Switch the high-contrast theme on or off"),
        "app.toggle_contrast",
        "app",
    ),
    PaletteEntry(
        N_("Connection details"),
        N_(
            "The server, key, interview id and requests left (presenter mode keeps them off the "
            "screen)"
        ),
        "app.details",
        "app",
    ),
    PaletteEntry(
        N_("Toggle chrome"),
        N_("Hide or show header, footer and side panes (field sessions)"),
        "app.toggle_chrome",
        "app",
    ),
)


def koji_commands(app: PaletteHost, screen: Screen[Any]) -> Iterable[SystemCommand]:
    kind = screen_kind(screen)
    tr = app_translator()
    for entry in ENTRIES:
        if entry.where not in ("app", kind):
            continue
        if entry.action.startswith("app."):
            name = entry.action.removeprefix("app.")
            key = app.key_for(name, screen)
            callback = partial(app.run_action, entry.action)
        else:
            key = app.key_for(entry.action, screen)
            callback = partial(screen.run_action, entry.action)
        help_text = tr.gettext(entry.help)
        if key:
            help_text = tr.gettext("{help} (key: {key})").format(help=help_text, key=key)
        yield SystemCommand(tr.gettext(entry.title), help_text, callback)
