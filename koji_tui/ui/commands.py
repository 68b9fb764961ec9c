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
        "New interview", "Start an interview in the selected study", "new_interview", "main"
    ),
    PaletteEntry("Open interview", "Open the selected interview", "open_interview", "main"),
    PaletteEntry(
        "Participants",
        "The selected study's roster and study-wide operations",
        "participants",
        "main",
    ),
    PaletteEntry("Results", "The selected study's results", "results", "main"),
    PaletteEntry(
        "Moderate an interview",
        "Start an interview in the cockpit: guide, respondent card, notes, search",
        "moderate",
        "main",
    ),
    PaletteEntry("Add study", "Add a study: name, server and API key", "add_study", "main"),
    PaletteEntry("Edit study", "Change the selected study or its key", "edit_study", "main"),
    PaletteEntry("Remove study", "Remove the selected study and its key", "remove_study", "main"),
    PaletteEntry(
        "Export transcript", "Write the selected interview as Markdown and JSON", "export", "main"
    ),
    PaletteEntry("Refresh studies", "Reload studies and interviews", "refresh", "main"),
    PaletteEntry("Open demo", "Start the built-in demo sandbox", "open_demo", "main"),
    PaletteEntry(
        "Play this interview as…",
        "The autopilot plays an interview of the selected study as a persona you pick "
        "(on a real server it asks first: interviews use credits)",
        "app.play_as",
        "main",
    ),
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
        "Connection details",
        "The server, key, interview id and requests left (presenter mode keeps them off the "
        "screen)",
        "app.details",
        "app",
    ),
    PaletteEntry(
        "Toggle chrome",
        "Hide or show header, footer and side panes (field sessions)",
        "app.toggle_chrome",
        "app",
    ),
)


def koji_commands(app: PaletteHost, screen: Screen[Any]) -> Iterable[SystemCommand]:
    kind = screen_kind(screen)
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
        help_text = f"{entry.help} (key: {key})" if key else entry.help
        yield SystemCommand(entry.title, help_text, callback)
