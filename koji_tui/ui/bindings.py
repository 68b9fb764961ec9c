"""Every key binding of the app, each with a stable id and a tooltip (Posting-style).

A user remaps any of them in ``keymap.toml`` in the config folder::

    # ~/.config/koji-tui/keymap.toml
    "interview.complete" = "ctrl+t"
    "app.help" = "f1,question_mark"

The ids are the keys; values are Textual key strings (several keys separated by
commas). The file is read by the store's loader (``koji_tui.config.load_keymap``) and
checked by :func:`koji_tui.ui.keymap.check_keymap`: unknown ids, names that are not keys,
clashes on one screen and letters a text field would swallow are reported as notifications,
never fatal, and the binding keeps its defaults. This module holds only the tables.

Keys are chosen so that none of them is swallowed by a focused text input:
letters only where no input has focus (the study list), function keys and
``escape`` where the composer has focus.
"""

from __future__ import annotations

from textual.binding import Binding

KEYMAP_FILE = "keymap.toml"

# --- app-wide -----------------------------------------------------------------
APP_BINDINGS: list[Binding] = [
    Binding("f1", "help", "Help", id="app.help", tooltip="List every key (remaps included)"),
    Binding(
        "ctrl+q",
        "quit",
        "Quit",
        id="app.quit",
        tooltip="Quit koji-tui (unsent answers stay in the journal)",
        priority=True,
    ),
    Binding(
        "f8",
        "toggle_contrast",
        "Contrast",
        id="app.toggle_contrast",
        tooltip="Switch the high-contrast theme on or off",
        show=False,
    ),
    Binding(
        "f9",
        "toggle_chrome",
        "Chrome",
        id="app.toggle_chrome",
        tooltip="Hide or show the header, footer and side panes (for field sessions)",
        show=False,
    ),
    Binding(
        "ctrl+o",
        "details",
        "Details",
        id="app.details",
        tooltip="Server, key, interview id, requests left",
        show=False,
    ),
]

# --- study list (main screen) ------------------------------------------------
MAIN_BINDINGS: list[Binding] = [
    Binding(
        "n,f4",
        "new_interview",
        "New interview",
        id="main.new_interview",
        tooltip="Start a new interview in the selected study",
    ),
    Binding(
        "o",
        "open_interview",
        "Open",
        id="main.open_interview",
        tooltip="Open the selected interview",
    ),
    Binding(
        "w",
        "watch_interview",
        "Watch",
        id="main.watch",
        tooltip="Watch the selected interview live, read-only",
        show=False,
    ),
    Binding(
        "a",
        "add_study",
        "Add study",
        id="main.add_study",
        tooltip="Add a study (name, server, key)",
    ),
    Binding(
        "e",
        "edit_study",
        "Edit study",
        id="main.edit_study",
        tooltip="Edit the selected study",
        show=False,
    ),
    Binding(
        "delete",
        "remove_study",
        "Remove study",
        id="main.remove_study",
        tooltip="Remove the selected study (its journal stays)",
        show=False,
    ),
    Binding(
        "x,f3",
        "export",
        "Export",
        id="main.export",
        tooltip="Export the selected interview as Markdown and JSON",
    ),
    Binding(
        "r,f5",
        "refresh",
        "Refresh",
        id="main.refresh",
        tooltip="Reload studies and interviews",
        show=False,
    ),
    Binding("d", "open_demo", "Demo", id="main.demo", tooltip="Open the demo sandbox", show=False),
    Binding(
        "m",
        "moderate",
        "Moderate",
        id="main.moderate",
        tooltip="Start an interview in the moderator's cockpit (guide, respondent, notes)",
        show=False,
    ),
    Binding(
        "p",
        "participants",
        "Participants",
        id="main.roster",
        tooltip="The study's participants (roster) and study-wide operations",
        show=False,
    ),
    Binding(
        "R",
        "results",
        "Results",
        id="main.results",
        tooltip="The study's results: completion, durations, scores, answers",
        show=False,
    ),
    Binding(
        "slash",
        "filter_interviews",
        "Filter",
        id="main.filter",
        tooltip="Filter the interviews by name, status or date",
        show=False,
    ),
]

# --- live interview ------------------------------------------------------------
INTERVIEW_BINDINGS: list[Binding] = [
    Binding(
        "escape",
        "back",
        "Back",
        id="interview.back",
        tooltip="Back to the study list (the interview stays open on the server)",
    ),
    Binding(
        "f2",
        "complete",
        "Complete",
        id="interview.complete",
        tooltip="Complete the interview and show its quality score",
    ),
    Binding(
        "f3",
        "export",
        "Export",
        id="interview.export",
        tooltip="Export this interview as Markdown and JSON",
    ),
    Binding(
        "f7",
        "resend",
        "Resend",
        id="interview.resend",
        tooltip="Resend the unsent answer (never sent twice)",
    ),
    Binding(
        "f5",
        "reload",
        "Reload",
        id="interview.reload",
        tooltip="Reload the transcript from the server",
        show=False,
    ),
]

# --- modal forms -------------------------------------------------------------
FORM_BINDINGS: list[Binding] = [
    Binding("escape", "cancel", "Cancel", id="form.cancel", tooltip="Close without saving"),
    Binding("ctrl+s", "submit", "Save", id="form.submit", tooltip="Save the form"),
]

FIRST_RUN_BINDINGS: list[Binding] = [
    Binding(
        "a", "add_study", "Add study", id="first_run.add_study", tooltip="Add your first study"
    ),
    Binding("d", "open_demo", "Demo", id="first_run.demo", tooltip="Try the built-in demo sandbox"),
    Binding("left", "app.focus_previous", "", show=False),
    Binding("right", "app.focus_next", "", show=False),
]

CONFIRM_BINDINGS: list[Binding] = [
    Binding("escape", "answer(False)", "Cancel", id="confirm.no", tooltip="Answer no"),
    Binding("y", "answer(True)", "Yes", id="confirm.yes", tooltip="Answer yes", show=False),
    Binding("left", "app.focus_previous", "", show=False),
    Binding("right", "app.focus_next", "", show=False),
]

HELP_BINDINGS: list[Binding] = [
    Binding("escape,f1,q", "close", "Close", id="help.close", tooltip="Close the help"),
]

# --- the moderator's cockpit: the interview's keys plus these ---------------------
COCKPIT_BINDINGS: list[Binding] = [
    Binding("f4", "note", "Note", id="interview.note", tooltip="Write a note on the current turn"),
    Binding(
        "f6", "flag", "Flag", id="interview.flag", tooltip="Flag the current turn (again: unflag)"
    ),
    Binding(
        "f10",
        "panes",
        "Panes",
        id="interview.panes",
        tooltip="Panes: show, hide or resize them (narrow terminals: one at a time)",
    ),
    Binding(
        "slash,f12", "search", "Search", id="interview.search", tooltip="Search the transcript"
    ),
    Binding(
        "ctrl+g",
        "copy_turn",
        "Copy turn",
        id="interview.copy_turn",
        tooltip="Copy the current turn (the search match, else the last) to the clipboard",
        show=False,
    ),
    Binding(
        "ctrl+r",
        "copy_transcript",
        "Copy transcript",
        id="interview.copy_transcript",
        tooltip="Copy the whole transcript to the clipboard",
        show=False,
    ),
]

# --- a study's participants and results (issue 14) ------------------------------
ROSTER_BINDINGS: list[Binding] = [
    Binding(
        "n",
        "next_participant",
        "Next participant",
        id="roster.next",
        tooltip="Start an interview for the next participant not started",
    ),
    Binding("i", "import_csv", "Import CSV", id="roster.import", tooltip="Import a CSV file"),
    Binding(
        "u",
        "refresh_study",
        "Refresh",
        id="roster.refresh",
        tooltip="Fetch every interview's transcript, status and score",
    ),
    Binding(
        "c",
        "close_stale",
        "Close stale",
        id="roster.close_stale",
        tooltip="Complete interviews idle for more than 24 hours",
    ),
    Binding("x", "export_csv", "Export CSV", id="roster.export", tooltip="Write the study's CSV"),
    Binding(
        "X",
        "export_files",
        "Export files",
        id="roster.export_files",
        tooltip="Write every interview as JSON and Markdown",
    ),
    Binding("s", "stop", "Stop", id="roster.stop", tooltip="Stop the running operation"),
    Binding("escape", "back", "Back", id="roster.back", tooltip="Back to the studies"),
]

RESULTS_BINDINGS: list[Binding] = [
    Binding("escape", "back", "Back", id="results.back", tooltip="Back to the studies"),
    Binding("r", "reload", "Reload", id="results.reload", tooltip="Read the journal again"),
]

ALL_BINDINGS: list[Binding] = [
    *APP_BINDINGS,
    *MAIN_BINDINGS,
    *INTERVIEW_BINDINGS,
    *FORM_BINDINGS,
    *FIRST_RUN_BINDINGS,
    *CONFIRM_BINDINGS,
    *HELP_BINDINGS,
    *COCKPIT_BINDINGS,
    *ROSTER_BINDINGS,
    *RESULTS_BINDINGS,
]
# Bindings of the structured-answer widgets (koji_tui/ui/widgets/answers/); they live on the
# widgets, and tests/ui/test_answers_support.py checks this list against them.
ANSWER_BINDING_IDS: frozenset[str] = frozenset(
    {
        "answer.send",
        "answer.own_words",
        "answer.previous",
        "answer.next",
        "answer.first",
        "answer.last",
        "answer.toggle",
        "answer.move_up",
        "answer.move_down",
        "answer.lower",
        "answer.higher",
        "answer.lowest",
        "answer.highest",
        "answer.focus_yes",
        "answer.focus_no",
    }
)
# Bindings of the composer's text box (koji_tui/ui/widgets/composer.py), likewise.
COMPOSER_BINDING_IDS: frozenset[str] = frozenset({"composer.jump_to_end"})
BINDING_IDS: frozenset[str] = (
    frozenset(b.id for b in ALL_BINDINGS if b.id) | ANSWER_BINDING_IDS | COMPOSER_BINDING_IDS
)
