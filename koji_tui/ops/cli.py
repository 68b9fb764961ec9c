"""``koji-tui roster``, ``koji-tui study refresh|close-stale|export``, ``koji-tui results`` and
``koji-tui journal merge``: participants, study-wide operations, results, other stations.

Only the standard library is imported here (``--help`` stays fast); the handlers live in
:mod:`koji_tui.ops.commands` (the study-wide ones in :mod:`koji_tui.ops.study_commands`).
``study``'s own parser belongs to :mod:`koji_tui.config.cli`; the three study-wide actions are
added to it here.

Exit codes: 0 done; 1 bad input (unknown study, unreadable file, no key); 2 usage; 4 some
interviews failed (the same command tries them again); 130 interrupted (the same command
continues where it stopped).
"""

from __future__ import annotations

import argparse
from typing import Any

from koji_tui.i18n import N_, app_translator

STUDY_HELP = N_("the study's name (as `koji-tui study list` shows it)")


def _handler(name: str, module: str = "commands") -> Any:
    """The handler ``name`` of ``koji_tui.ops.<module>``, imported when the command runs."""

    def run(args: argparse.Namespace) -> int:
        from importlib import import_module

        result: int = getattr(import_module(f"koji_tui.ops.{module}"), name)(args)
        return result

    run.__name__ = name
    return run


def _subparsers_of(parser: argparse.ArgumentParser) -> Any:
    """The ACTION subparsers another module gave ``parser`` (argparse has no getter)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(dest="study_command", metavar="ACTION")


def add_arguments(subparsers: Any) -> None:  # argparse._SubParsersAction
    """Register ``roster``, ``results``, ``journal`` and the study-wide ``study`` actions."""
    tr = app_translator()
    roster = subparsers.add_parser(
        "roster",
        help=tr.gettext("a study's participants: import them from CSV, list them with their state"),
        description=tr.gettext(
            "A study's participant list. Columns external_id, display_name and "
            "locale; every other column becomes respondent metadata."
        ),
    )
    roster_sub = roster.add_subparsers(dest="roster_command", metavar="ACTION")
    roster.set_defaults(handler=lambda args: _usage(roster))
    imp = roster_sub.add_parser(
        "import",
        help=tr.gettext("import participants from a CSV file (again: nothing changes)"),
        description=tr.gettext(
            "Import a CSV file (UTF-8 with or without BOM, or Latin-1; comma, "
            "semicolon or tab). Bad rows are listed with their row number and reason and "
            "skipped; nothing already in the roster is lost."
        ),
    )
    imp.add_argument("study", metavar="STUDY", help=tr.gettext(STUDY_HELP))
    imp.add_argument("file", metavar="FILE.csv")
    imp.set_defaults(handler=_handler("roster_import"))
    lst = roster_sub.add_parser("list", help=tr.gettext("each participant and their state"))
    lst.add_argument("study", metavar="STUDY", help=tr.gettext(STUDY_HELP))
    lst.set_defaults(handler=_handler("roster_list"))

    results = subparsers.add_parser(
        "results",
        help=tr.gettext("a study's results from the journal: counts, scores, charts per question"),
        description=tr.gettext(
            "Completion, time to complete, the quality-score histogram (reports "
            "count scores of 3 or more) and a chart per structured question, from this "
            "machine's journal (run `koji-tui study refresh` first for the server's latest)."
        ),
    )
    results.add_argument("study", metavar="STUDY", help=tr.gettext(STUDY_HELP))
    results.add_argument("--width", type=int, default=None, help=tr.gettext("columns to draw in"))
    results.set_defaults(handler=_handler("results"))

    journal = subparsers.add_parser(
        "journal", help=tr.gettext("merge another station's journal into this one")
    )
    journal_sub = journal.add_subparsers(dest="journal_command", metavar="ACTION")
    journal.set_defaults(handler=lambda args: _usage(journal))
    merge = journal_sub.add_parser(
        "merge",
        help=tr.gettext("merge another station's journal file, or a folder of its JSON exports"),
        description=tr.gettext(
            "Bring another station's interviews into this journal, by interview id: "
            "nothing duplicated, a copy that got further here is kept, a second run changes "
            "nothing. Prints what came in."
        ),
    )
    merge.add_argument("source", metavar="FILE_OR_DIR")
    merge.add_argument("--study", metavar="NAME", help=tr.gettext("only this study's interviews"))
    merge.set_defaults(handler=_handler("journal_merge"))

    study = subparsers.choices.get("study")
    if study is None:
        study = subparsers.add_parser("study", help=tr.gettext("study-wide operations"))
    actions = _subparsers_of(study)
    ops_help = tr.gettext(
        "Paced under the server's rate limit, with a progress bar; Ctrl-C stops after the "
        "requests in flight, and the same command continues where it stopped."
    )
    refresh = actions.add_parser(
        "refresh",
        help=tr.gettext("fetch every interview's transcript, status and score into the journal"),
        description=tr.gettext("Fetch every journaled interview of the study from its server.")
        + " "
        + ops_help,
    )
    refresh.add_argument("name", metavar="STUDY", help=tr.gettext(STUDY_HELP))
    _workers(refresh)
    refresh.set_defaults(handler=_handler("study_refresh", "study_commands"))
    close = actions.add_parser(
        "close-stale",
        help=tr.gettext("complete interviews abandoned mid-way"),
        description=tr.gettext(
            "Complete the study's interviews still open whose last turn is older "
            "than --older-than (each is read from the server first: one that moved on there "
            "is left alone)."
        )
        + " "
        + ops_help,
    )
    close.add_argument("name", metavar="STUDY", help=tr.gettext(STUDY_HELP))
    close.add_argument(
        "--older-than", required=True, metavar="AGE", help=tr.gettext("e.g. 24h, 90m, 2d")
    )
    close.add_argument(
        "--reason",
        default="timeout",
        choices=("timeout", "respondent_left", "manual", "natural"),
        help=tr.gettext("the completion reason sent (default: timeout)"),
    )
    _workers(close)
    close.set_defaults(handler=_handler("study_close_stale", "study_commands"))
    export = actions.add_parser(
        "export",
        help=tr.gettext("export every interview: one CSV, or a JSON/Markdown file each"),
        description=tr.gettext(
            "Export the study from the journal (no requests): csv is one file for a "
            "spreadsheet (UTF-8 with BOM, one row per interview, one column per structured "
            "question); json and md write one file per interview, as `koji-tui export` does. "
            "Ctrl-C stops; the same command continues."
        ),
    )
    export.add_argument("name", metavar="STUDY", help=tr.gettext(STUDY_HELP))
    export.add_argument("--format", "-f", choices=("csv", "json", "md"), default="csv")
    export.add_argument(
        "-o", "--output", metavar="DIR", required=True, help=tr.gettext("the folder")
    )
    export.set_defaults(handler=_handler("study_export", "study_commands"))


def _workers(parser: argparse.ArgumentParser) -> None:
    tr = app_translator()
    parser.add_argument(
        "--workers",
        type=int,
        default=4,
        metavar="N",
        help=tr.gettext("requests kept ready (the rate limit paces them; default 4)"),
    )


def _usage(parser: argparse.ArgumentParser) -> int:
    import sys

    parser.print_help(sys.stderr)
    return 2
