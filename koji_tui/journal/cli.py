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

from koji_tui.i18n import N_, app_translator

EXIT_OK = 0
EXIT_ERROR = 1


def add_arguments(subparsers: Any) -> None:  # argparse._SubParsersAction
    """Register ``export``."""
    tr = app_translator()
    export = subparsers.add_parser(
        "export",
        help=tr.gettext("export a journaled interview as Markdown or JSON (no secrets)"),
        description=tr.gettext(
            "Export one interview from the local journal (or, when it is not "
            "there, from a demo running now: the demo keeps its own journal). "
            "Session tokens and API keys are never included."
        ),
    )
    export.add_argument(
        "interview_id", metavar="ID", help=tr.gettext("interview id, e.g. int_abc123")
    )
    export.add_argument("--format", "-f", choices=("md", "json"), default="md")
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=tr.gettext("write to FILE instead of standard output"),
    )
    export.add_argument(
        "--study",
        metavar="NAME",
        help=tr.gettext("the study, when the same id exists on several servers"),
    )
    export.set_defaults(handler=_run_export)


DEMO_HINT = N_(
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
    tr = app_translator()
    if not found:
        if args.study:
            said = tr.gettext("No interview {id!r} for study {study!r} in the journal.")
        else:
            said = tr.gettext("No interview {id!r} in the journal.")
        if recent:
            listed = ", ".join(f"{r.interview_id} ({r.study_name})" for r in recent)
            hint = tr.gettext("Recent interviews: {interviews}").format(interviews=listed)
        elif user_path.is_file():
            hint = tr.gettext("The journal is empty.")
        else:
            hint = tr.gettext("There is no journal yet ({path}).").format(path=user_path)
        said = said.format(id=iid, study=args.study)
        return _err(f"{said} {hint} {tr.gettext(DEMO_HINT)}")
    if len(found) > 1:
        studies = ", ".join(sorted({repr(r.study_name) for r, _ in found}))
        said = tr.gettext(
            "Interview id {id!r} exists in several studies ({studies}); add --study NAME."
        )
        return _err(said.format(id=iid, studies=studies))
    from koji_tui.safety import safe_line

    record, demo_journal = found[0]
    record_notes = notes.get((demo_journal or user_path, record.record_id), [])
    shown_id = safe_line(record.interview_id)
    if demo_journal is not None:
        said = tr.gettext(
            "Interview {id} is from a demo's journal in {folder} (a demo "
            "running now, or one whose interviews were kept when it quit)."
        )
        print(said.format(id=shown_id, folder=demo_journal.parent), file=sys.stderr)
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
        return _err(tr.gettext("{path} is a folder; give a file name.").format(path=path))
    try:
        from koji_tui.config.studies import atomic_write_text

        atomic_write_text(path, text)
    except OSError as exc:
        said = tr.gettext("Cannot write {path}: {error}")
        return _err(said.format(path=path, error=exc.strerror or exc))
    said = tr.gettext("Exported interview {id} to {path}")
    print(said.format(id=shown_id, path=path), file=sys.stderr)
    return EXIT_OK
