"""``koji-tui export ID``: write one journaled interview as Markdown or JSON.

Only the standard library is imported at module level. Exit codes: 0 done,
1 unknown/ambiguous interview id, unreadable journal or unwritable output file.

It reads your journal, and then the journals of demos running right now (``koji-tui demo``
keeps its own and removes it on exit). Reading never creates a journal file.
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
        description="Export one interview from the local journal (or, when it is not "
        "there, from a demo running now: the demo keeps its own journal). "
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


DEMO_HINT = (
    "Demo interviews are not in your journal: `koji-tui demo` keeps its own, and removes it "
    "when it quits unless you choose to keep its interviews then. Export them from the demo "
    "itself (x on the study list, F3 in an interview; the files go to the data folder's "
    "exports), or run this command while the demo is running or after keeping them."
)


def _err(message: str) -> int:
    from koji_tui.safety import safe_text

    # Ids and names in a message came from a server: never raw escapes on the terminal.
    print(f"koji-tui: {safe_text(message)}", file=sys.stderr)
    return EXIT_ERROR


def journal_paths() -> tuple[Path, list[Path]]:
    """(your journal, the demos' journals: running now, or kept on quitting). Creates nothing: reading a journal
    that does not exist yet must not leave an empty one behind."""
    from koji_tui import paths

    data = paths.data_dir(create=False)
    demos = sorted((data / "demo").glob("run-*/journal.sqlite3"))
    return data / "journal.sqlite3", [d for d in demos if d.is_file()]


def _run_export(args: argparse.Namespace) -> int:
    from koji_tui.journal import Journal, JournalError
    from koji_tui.journal.export import export_json, export_markdown
    from koji_tui.journal.notes import notes_of

    iid = args.interview_id.strip()
    wanted = args.study.strip().casefold() if args.study else None
    user_path, demo_paths = journal_paths()
    found: list[tuple[Any, Path | None]] = []  # (record, the demo journal it is from)
    notes: dict[tuple[Path, int], list[Any]] = {}  # each record's notes, read while it is open
    recent: list[Any] = []
    for path, demo in [(user_path, False)] + [(d, True) for d in demo_paths]:
        if not path.is_file():
            continue
        try:
            journal = Journal(path)
        except JournalError as exc:
            if demo:
                continue  # a demo quitting right now: not this command's problem
            return _err(str(exc))
        with journal:
            records = journal.find(iid)
            if not demo and not records:
                recent = journal.list_interviews(limit=5)
            for r in records:
                notes[(path, r.record_id)] = notes_of(journal, r.record_id)
        found += [
            (r, path if demo else None)
            for r in records
            if wanted is None or r.study_name.casefold() == wanted
        ]
        if found and not demo:
            break  # your own journal first; a demo's only when yours has no such interview
    if not found:
        where = f" for study {args.study!r}" if args.study else ""
        if recent:
            hint = " Recent interviews: " + ", ".join(
                f"{r.interview_id} ({r.study_name})" for r in recent
            )
        elif user_path.is_file():
            hint = " The journal is empty."
        else:
            hint = f" There is no journal yet ({user_path})."
        return _err(f"No interview {iid!r}{where} in the journal.{hint} {DEMO_HINT}")
    if len(found) > 1:
        studies = ", ".join(sorted({repr(r.study_name) for r, _ in found}))
        return _err(
            f"Interview id {iid!r} exists in several studies ({studies}); add --study NAME."
        )
    from koji_tui.safety import safe_line

    record, demo_journal = found[0]
    record_notes = notes.get((demo_journal or user_path, record.record_id), [])
    shown_id = safe_line(record.interview_id)
    if demo_journal is not None:
        print(
            f"Interview {shown_id} is from a demo's journal in {demo_journal.parent} (a demo "
            "running now, or one whose interviews were kept when it quit).",
            file=sys.stderr,
        )
    text = (
        export_json(record, notes=record_notes)
        if args.format == "json"
        else export_markdown(record, notes=record_notes)
    )
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
    print(f"Exported interview {shown_id} to {path}", file=sys.stderr)
    return EXIT_OK
