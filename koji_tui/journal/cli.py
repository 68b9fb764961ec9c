"""``koji-tui export ID``: write one journaled interview as Markdown or JSON.

Only the standard library is imported at module level. Exit codes: 0 done,
1 unknown/ambiguous interview id, unreadable journal or unwritable output file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_ERROR = 1


def add_arguments(subparsers: Any) -> None:  # argparse._SubParsersAction
    """Register ``export``."""
    export = subparsers.add_parser(
        "export",
        help="export a journaled interview as Markdown or JSON (no secrets)",
        description="Export one interview from the local journal. "
        "Session tokens and API keys are never included.",
    )
    export.add_argument("interview_id", metavar="ID", help="interview id, e.g. int_abc123")
    export.add_argument("--format", "-f", choices=("md", "json"), default="md")
    export.add_argument(
        "-o", "--output", metavar="FILE", help="write to FILE instead of standard output"
    )
    export.add_argument(
        "--study", metavar="NAME", help="the study, when the same id exists on several servers"
    )
    export.set_defaults(handler=_run_export)


def _err(message: str) -> int:
    print(f"koji-tui: {message}", file=sys.stderr)
    return EXIT_ERROR


def _run_export(args: argparse.Namespace) -> int:
    from koji_tui.journal import Journal, JournalError
    from koji_tui.journal.export import export_json, export_markdown

    iid = args.interview_id.strip()
    try:
        journal = Journal()
    except JournalError as exc:
        return _err(str(exc))
    with journal:
        found = journal.find(iid)
        if args.study:
            found = [r for r in found if r.study_name.casefold() == args.study.strip().casefold()]
        if not found:
            recent = journal.list_interviews(limit=5)
            hint = (
                " Recent interviews: "
                + ", ".join(f"{r.interview_id} ({r.study_name})" for r in recent)
                if recent
                else " The journal is empty."
            )
            where = f" for study {args.study!r}" if args.study else ""
            return _err(f"No interview {iid!r}{where} in the journal.{hint}")
        if len(found) > 1:
            studies = ", ".join(sorted({repr(r.study_name) for r in found}))
            return _err(
                f"Interview id {iid!r} exists in several studies ({studies}); add --study NAME."
            )
        record = found[0]
    text = export_json(record) if args.format == "json" else export_markdown(record)
    if not args.output or args.output == "-":
        sys.stdout.write(text)
        return EXIT_OK
    path = Path(args.output).expanduser()
    if path.is_dir():
        return _err(f"{path} is a folder; give a file name.")
    try:
        from koji_tui.config.studies import atomic_write_text

        atomic_write_text(path, text)
    except OSError as exc:
        return _err(f"Cannot write {path}: {exc.strerror or exc}")
    print(f"Exported interview {record.interview_id} to {path}", file=sys.stderr)
    return EXIT_OK
