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

from koji_tui.i18n import N_

KEYMAP_FILE = "keymap.toml"

# --- app-wide -----------------------------------------------------------------
APP_BINDINGS: list[Binding] = [
    Binding(
        "f1", "help", N_("Help"), id="app.help", tooltip=N_("List every key (remaps included)")
    ),
    Binding(
        "ctrl+q",
        "quit",
        N_("Quit"),
        id="app.quit",
        tooltip=N_("Quit koji-tui (unsent answers stay in the journal)"),
        priority=True,
    ),
    Binding(
        "f8",
        "toggle_contrast",
        N_("Contrast"),
        id="app.toggle_contrast",
        tooltip=N_("Switch the high-contrast theme on or off"),
        show=False,
    ),
    Binding(
        "f9",
        "toggle_chrome",
        N_("Chrome"),
        id="app.toggle_chrome",
        tooltip=N_("Hide or show the header, footer and side panes (for field sessions)"),
        show=False,
    ),
    Binding(
        "ctrl+o",
        "details",
        N_("Details"),
        id="app.details",
        tooltip=N_("Server, key, interview id, requests left"),
        show=False,
    ),
]

# --- study list (main screen) ------------------------------------------------
MAIN_BINDINGS: list[Binding] = [
    Binding(
        "n,f4",
        "new_interview",
        N_("New interview"),
        id="main.new_interview",
        tooltip=N_("Start a new interview in the selected study"),
    ),
    Binding(
        "o",
        "open_interview",
        N_("Open"),
        id="main.open_interview",
        tooltip=N_("Open the selected interview"),
    ),
    Binding(
        "w",
        "watch_interview",
        N_("Watch"),
        id="main.watch",
        tooltip=N_("Watch the selected interview live, read-only"),
        show=False,
    ),
    Binding(
        "a",
        "add_study",
        N_("Add study"),
        id="main.add_study",
        tooltip=N_("Add a study (name, server, key)"),
    ),
    Binding(
        "e",
        "edit_study",
        N_("Edit study"),
        id="main.edit_study",
        tooltip=N_("Edit the selected study"),
        show=False,
    ),
    Binding(
        "delete",
        "remove_study",
        N_("Remove study"),
        id="main.remove_study",
        tooltip=N_("Remove the selected study (its journal stays)"),
        show=False,
    ),
    Binding(
        "x,f3",
        "export",
        N_("Export"),
        id="main.export",
        tooltip=N_("Export the selected interview as Markdown and JSON"),
    ),
    Binding(
        "r,f5",
        "refresh",
        N_("Refresh"),
        id="main.refresh",
        tooltip=N_("Reload studies and interviews"),
        show=False,
    ),
    Binding(
        "d",
        "open_demo",
        N_("Demo"),
        id="main.demo",
        tooltip=N_("Open the demo sandbox"),
        show=False,
    ),
    Binding(
        "m",
        "moderate",
        N_("Moderate"),
        id="main.moderate",
        tooltip=N_("Start an interview in the moderator's cockpit (guide, respondent, notes)"),
        show=False,
    ),
    Binding(
        "p",
        "participants",
        N_("Participants"),
        id="main.roster",
        tooltip=N_("The study's participants (roster) and study-wide operations"),
        show=False,
    ),
    Binding(
        "R",
        "results",
        N_("Results"),
        id="main.results",
        tooltip=N_("The study's results: completion, durations, scores, answers"),
        show=False,
    ),
    Binding(
        "slash",
        "filter_interviews",
        N_("Filter"),
        id="main.filter",
        tooltip=N_("Filter the interviews by name, status or date"),
        show=False,
    ),
]

# --- live interview ------------------------------------------------------------
INTERVIEW_BINDINGS: list[Binding] = [
    Binding(
        "escape",
        "back",
        N_("Back"),
        id="interview.back",
        tooltip=N_("Back to the study list (the interview stays open on the server)"),
    ),
    Binding(
        "f2",
        "complete",
        N_("Complete"),
        id="interview.complete",
        tooltip=N_("Complete the interview and show its quality score"),
    ),
    Binding(
        "f3",
        "export",
        N_("Export"),
        id="interview.export",
        tooltip=N_("Export this interview as Markdown and JSON"),
    ),
    Binding(
        "f7",
        "resend",
        N_("Resend"),
        id="interview.resend",
        tooltip=N_("Resend the unsent answer (never sent twice)"),
    ),
    Binding(
        "f5",
        "reload",
        N_("Reload"),
        id="interview.reload",
        tooltip=N_("Reload the transcript from the server"),
        show=False,
    ),
]

# --- modal forms -------------------------------------------------------------
FORM_BINDINGS: list[Binding] = [
    Binding("escape", "cancel", N_("Cancel"), id="form.cancel", tooltip=N_("Close without saving")),
    Binding("ctrl+s", "submit", N_("Save"), id="form.submit", tooltip=N_("Save the form")),
]

FIRST_RUN_BINDINGS: list[Binding] = [
    Binding(
        "a",
        "add_study",
        N_("Add study"),
        id="first_run.add_study",
        tooltip=N_("Add your first study"),
    ),
    Binding(
        "d",
        "open_demo",
        N_("Demo"),
        id="first_run.demo",
        tooltip=N_("Try the built-in demo sandbox"),
    ),
    Binding("left", "app.focus_previous", "", show=False),
    Binding("right", "app.focus_next", "", show=False),
]

CONFIRM_BINDINGS: list[Binding] = [
    Binding("escape", "answer(False)", N_("Cancel"), id="confirm.no", tooltip=N_("Answer no")),
    Binding("y", "answer(True)", N_("Yes"), id="confirm.yes", tooltip=N_("Answer yes"), show=False),
    Binding("left", "app.focus_previous", "", show=False),
    Binding("right", "app.focus_next", "", show=False),
]

HELP_BINDINGS: list[Binding] = [
    Binding("escape,f1,q", "close", N_("Close"), id="help.close", tooltip=N_("Close the help")),
]

# --- the moderator's cockpit: the interview's keys plus these ---------------------
COCKPIT_BINDINGS: list[Binding] = [
    Binding(
        "f4",
        "note",
        N_("Note"),
        id="interview.note",
        tooltip=N_("Write a note on the current turn"),
    ),
    Binding(
        "f6",
        "flag",
        N_("Flag"),
        id="interview.flag",
        tooltip=N_("Flag the current turn (again: unflag)"),
    ),
    Binding(
        "f10",
        "panes",
        N_("Panes"),
        id="interview.panes",
        tooltip=N_("Panes: show, hide or resize them (narrow terminals: one at a time)"),
    ),
    Binding(
        "slash,f12",
        "search",
        N_("Search"),
        id="interview.search",
        tooltip=N_("Search the transcript"),
    ),
    Binding(
        "ctrl+g",
        "copy_turn",
        N_("Copy turn"),
        id="interview.copy_turn",
        tooltip=N_("Copy the current turn (the search match, else the last) to the clipboard"),
        show=False,
    ),
    Binding(
        "ctrl+r",
        "copy_transcript",
        N_("Copy transcript"),
        id="interview.copy_transcript",
        tooltip=N_("Copy the whole transcript to the clipboard"),
        show=False,
    ),
]

# --- a study's participants and results (issue 14) ------------------------------
ROSTER_BINDINGS: list[Binding] = [
    Binding(
        "n",
        "next_participant",
        N_("Next participant"),
        id="roster.next",
        tooltip=N_("Start an interview for the next participant not started"),
    ),
    Binding(
        "i", "import_csv", N_("Import CSV"), id="roster.import", tooltip=N_("Import a CSV file")
    ),
    Binding(
        "u",
        "refresh_study",
        N_("Refresh"),
        id="roster.refresh",
        tooltip=N_("Fetch every interview's transcript, status and score"),
    ),
    Binding(
        "c",
        "close_stale",
        N_("Close stale"),
        id="roster.close_stale",
        tooltip=N_("Complete interviews idle for more than 24 hours"),
    ),
    Binding(
        "x", "export_csv", N_("Export CSV"), id="roster.export", tooltip=N_("Write the study's CSV")
    ),
    Binding(
        "X",
        "export_files",
        N_("Export files"),
        id="roster.export_files",
        tooltip=N_("Write every interview as JSON and Markdown"),
    ),
    Binding("s", "stop", N_("Stop"), id="roster.stop", tooltip=N_("Stop the running operation")),
    Binding("escape", "back", N_("Back"), id="roster.back", tooltip=N_("Back to the studies")),
]

RESULTS_BINDINGS: list[Binding] = [
    Binding("escape", "back", N_("Back"), id="results.back", tooltip=N_("Back to the studies")),
    Binding("r", "reload", N_("Reload"), id="results.reload", tooltip=N_("Read the journal again")),
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
