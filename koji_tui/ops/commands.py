"""Handlers of the commands :mod:`koji_tui.ops.cli` registers (rich output, one journal).

Everything the server or a participant wrote goes through the sanitizer before it is printed.
Progress goes to standard error (rich's progress bar with an ETA); results and lists to
standard output. The study-wide operations (refresh, close-stale, export) are
:mod:`koji_tui.ops.study_commands`.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from koji_tui.i18n import app_translator
from koji_tui.safety import safe_line

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_FAILED = 4
EXIT_INTERRUPTED = 130


class Fail(Exception):
    def __init__(self, message: str, code: int = EXIT_INPUT) -> None:
        super().__init__(message)
        self.code = code


def _out() -> Console:
    return Console(highlight=False)


def _err() -> Console:
    return Console(stderr=True, highlight=False)


def _say(message: str) -> None:
    _err().print(Text(safe_line(message)), soft_wrap=True)


def _line(message: str) -> None:
    """One line of output (never wrapped: a script may read it)."""
    _out().print(Text(safe_line(message)), soft_wrap=True)


def guarded(fn: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from koji_tui.config import ConfigError, CredentialError
        from koji_tui.journal import JournalError
        from koji_tui.journal.stations import SourceError
        from koji_tui.roster import CsvFileError

        try:
            return fn(args)
        except Fail as exc:
            _say(f"koji-tui: {exc}")
            return exc.code
        except (ConfigError, CredentialError, JournalError, CsvFileError, SourceError) as exc:
            _say(f"koji-tui: {exc}")
            return EXIT_INPUT

    run.__name__ = fn.__name__
    return run


# --------------------------------------------------------------------------- the journal


def journal_path() -> Path:
    from koji_tui import paths

    return paths.data_dir(create=False) / "journal.sqlite3"


@contextlib.contextmanager
def open_journal(create: bool = False) -> Iterator[Any]:
    """The user's journal; reading never creates one."""
    from koji_tui.journal import Journal

    path = journal_path()
    if not create and not path.is_file():
        said = app_translator().gettext(
            "There is no journal yet ({path}): no interviews were run on this machine."
        )
        raise Fail(said.format(path=path))
    journal = Journal(path)
    try:
        yield journal
    finally:
        journal.close()


def resolve_study(name: str, journal: Any | None = None) -> str:
    """The study's name as saved (or as the journal has it), matched case-insensitively."""
    from koji_tui.config import ConfigError, StudyStore

    known: list[str] = []
    with contextlib.suppress(ConfigError):
        known += [s.name for s in StudyStore().list()]
    if journal is not None:
        from koji_tui.results import study_names

        known += [n for n in study_names(journal) if n not in known]
    if name in known:
        return name
    folded = [k for k in known if k.casefold() == name.strip().casefold()]
    if len(folded) == 1:
        return folded[0]
    tr = app_translator()
    listed = ", ".join(repr(k) for k in known) or tr.gettext("none yet")
    said = tr.gettext("No study named {name!r}. Known studies: {listed}.")
    raise Fail(said.format(name=name, listed=listed))


def study_client(name: str) -> tuple[str, Any]:
    """(study name, a KojiClient on its server with its key)."""
    from koji_tui.api import KojiClient
    from koji_tui.config import CredentialStore, StudyStore

    study = StudyStore().get(name)
    key = CredentialStore().get(study.name).key
    if not key:
        said = app_translator().gettext(
            "Study {name!r} has no API key here: `koji-tui study edit {name!r} --key` stores one."
        )
        raise Fail(said.format(name=study.name))
    return study.name, KojiClient(study.base_url, key.get_secret_value())


# --------------------------------------------------------------------------- roster


@guarded
def roster_import(args: argparse.Namespace) -> int:
    from koji_tui.roster import import_roster

    with open_journal(create=True) as journal:
        study = resolve_study(args.study, journal)
        report = import_roster(journal, study, Path(args.file).expanduser())
    tr = app_translator()
    for problem in report.problems:
        _line(tr.gettext("row {row}: {reason}").format(row=problem.row, reason=problem.reason))
    _line(f"{study}: {report.summary()}")
    return EXIT_OK


@guarded
def roster_list(args: argparse.Namespace) -> int:
    from koji_tui.journal import roster

    with open_journal() as journal:
        study = resolve_study(args.study, journal)
        rows = roster.rows(journal, study)
    tr = app_translator()
    if not rows:
        said = tr.gettext("Study {name!r} has no roster: `koji-tui roster import` adds one.")
        raise Fail(said.format(name=study))
    title = tr.ngettext("{study}: {n} participant", "{study}: {n} participants", len(rows))
    table = Table(title=safe_line(title.format(study=study, n=len(rows))), title_justify="left")
    for column in ("#", "external_id", "display_name", "locale", "state", "score", "interview"):
        table.add_column(column, no_wrap=column != "display_name")
    for row in rows:
        entry = row.entry
        table.add_row(
            str(entry.position),
            Text(safe_line(entry.external_id or "", 40)),
            Text(safe_line(entry.display_name or "", 40)),
            Text(entry.locale or ""),
            row.state,
            "" if row.quality_score is None else f"{row.quality_score:g}",
            Text(safe_line(row.interview_id or "", 30)),
        )
    _out().print(table)
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.state] = counts.get(row.state, 0) + 1
    _line(", ".join(f"{n} {state}" for state, n in counts.items()))
    return EXIT_OK


# --------------------------------------------------------------------------- results


@guarded
def results(args: argparse.Namespace) -> int:
    from koji_tui.results import results_for
    from koji_tui.results.render import render_results

    with open_journal() as journal:
        study = resolve_study(args.study, journal)
        computed = results_for(journal, study)
    console = Console(highlight=False, width=args.width) if args.width else _out()
    console.print(render_results(computed, width=min(console.width, 120)))
    return EXIT_OK


# --------------------------------------------------------------------------- merge


@guarded
def journal_merge(args: argparse.Namespace) -> int:
    from koji_tui.journal.stations import merge_into

    source = Path(args.source).expanduser()
    with open_journal(create=True) as journal:
        report = merge_into(journal, source, study_name=args.study, this_journal=journal.path)
    tr = app_translator()
    for label, ids in (
        (tr.gettext("added"), report.added),
        (tr.gettext("updated"), report.updated),
    ):
        if ids:
            shown = ", ".join(safe_line(i, 40) for i in ids[:20])
            if len(ids) > 20:
                shown = tr.gettext("{ids} and {n} more").format(ids=shown, n=len(ids) - 20)
            _line(f"{label}: {shown}")
    for iid, why in report.skipped:
        _line(tr.gettext("skipped {id}: {why}").format(id=iid, why=why))
    for name, why in report.problems:
        _line(tr.gettext("not read: {name}: {why}").format(name=name, why=why))
    _line(report.summary())
    return EXIT_OK
