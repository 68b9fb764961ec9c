"""Handlers of the commands :mod:`koji_tui.ops.cli` registers (rich output, one journal).

Everything the server or a participant wrote goes through the sanitizer before it is printed.
Progress goes to standard error (rich's progress bar with an ETA); results and lists to
standard output.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
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


# --------------------------------------------------------------------------- operations


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[note]}"),
        console=_err(),
        transient=False,
    )


async def _run_with_progress(journal: Any, op: Any, label: str, client: Any, workers: int) -> Any:
    from koji_tui.ops.runner import run

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    main = asyncio.current_task()
    presses = {"n": 0}

    def on_sigint() -> None:
        presses["n"] += 1
        if presses["n"] == 1:
            stop.set()
            _say(
                app_translator().gettext(
                    "Stopping after the requests in flight (Ctrl-C again to abort at once)…"
                )
            )
        elif main is not None:
            main.cancel()

    with contextlib.suppress(NotImplementedError, RuntimeError):
        loop.add_signal_handler(signal.SIGINT, on_sigint)
    try:
        with _progress() as bar:
            task = bar.add_task(safe_line(label, 40), total=None, note="")

            tr = app_translator()

            def show(p: Any) -> None:
                note = tr.gettext("{n} failed").format(n=p.failed) if p.failed else ""
                if p.rate_limited:
                    note += f" {p.rate_limited}×429"
                bar.update(task, total=p.total, completed=p.done + p.failed, note=note)

            return await run(journal, op, stop=stop, on_progress=show, workers=workers,
                             client=client)  # fmt: skip
    finally:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.remove_signal_handler(signal.SIGINT)


def _finish(result: Any, what: str, requests_per_item: int = 1) -> int:
    tr = app_translator()
    p = result.progress
    elapsed = max(p.now - p.started, 1e-9)
    resumed = ""
    if result.resumed:
        resumed = tr.gettext(" (continued: {n} done before)").format(n=p.done_before)
    line = tr.gettext(
        "{what}: {done} of {total} done{resumed}, {skipped} skipped, {failed} failed in {seconds} s"
    ).format(
        what=what,
        done=p.done,
        total=p.total,
        resumed=resumed,
        skipped=p.skipped,
        failed=p.failed,
        seconds=f"{elapsed:.1f}",
    )
    if requests_per_item:
        rate = p.done_now * requests_per_item / elapsed if p.done_now else 0.0
        said = tr.gettext(" (about {rate} requests/s, {limited} × 429)")
        line += said.format(rate=f"{rate:.1f}", limited=p.rate_limited)
    line += "."
    _line(line)
    for record_id, why in p.failures[:10]:
        _say(tr.gettext("failed: interview #{id}: {why}").format(id=record_id, why=why))
    if result.fatal:
        _say(tr.gettext("Stopped: {why}").format(why=result.fatal))
        return EXIT_FAILED
    if not result.finished and p.done + p.failed < p.total:
        said = tr.gettext("Interrupted: run the same command to continue ({n} to go).")
        _say(said.format(n=p.total - p.done))
        return EXIT_INTERRUPTED
    if p.failed:
        _say(tr.gettext("Some interviews failed: run the same command to try them again."))
        return EXIT_FAILED
    return EXIT_OK


async def _server_op(args: argparse.Namespace, make: Callable[[Any, Any, str], Any]) -> int:
    name, client = study_client(args.name)
    async with client:
        with open_journal() as journal:
            op = make(journal, client, name)
            result = await _run_with_progress(journal, op, name, client, args.workers)
    return _finish(result, f"{op.kind} {name}", 2 if op.kind == "close-stale" else 1)


def _asyncio(coro: Any) -> int:
    try:
        return int(asyncio.run(coro))
    except (KeyboardInterrupt, asyncio.CancelledError):
        _say(app_translator().gettext("Aborted: run the same command to continue."))
        return EXIT_INTERRUPTED


@guarded
def study_refresh(args: argparse.Namespace) -> int:
    from koji_tui.ops.study import RefreshOperation

    return _asyncio(_server_op(args, RefreshOperation))


@guarded
def study_close_stale(args: argparse.Namespace) -> int:
    from koji_tui.ops.study import CloseStaleOperation, parse_age

    try:
        age = parse_age(args.older_than)
    except ValueError as exc:
        raise Fail(f"--older-than: {exc}") from None

    def make(journal: Any, client: Any, name: str) -> Any:
        return CloseStaleOperation(journal, client, name, older_than=age, reason=args.reason)

    return _asyncio(_server_op(args, make))


@guarded
def study_export(args: argparse.Namespace) -> int:
    folder = Path(args.output).expanduser()
    if folder.exists() and not folder.is_dir():
        said = app_translator().gettext("{folder} is a file; -o names a folder.")
        raise Fail(said.format(folder=folder))
    with open_journal() as journal:
        study = resolve_study(args.name, journal)
        if args.format == "csv":
            from koji_tui.ops.csv_export import export_csv
            from koji_tui.ops.study import file_stem

            path = folder / f"{file_stem(study, 0, set())}.csv"
            with _progress() as bar:
                task = bar.add_task(safe_line(study, 40), total=None, note="")
                count = export_csv(
                    journal, study, path, lambda d, t: bar.update(task, completed=d, total=t)
                )
            said = app_translator().ngettext(
                "Exported {n} interview of {study} to {path}",
                "Exported {n} interviews of {study} to {path}",
                count,
            )
            _line(said.format(n=count, study=study, path=path))
            return EXIT_OK
        from koji_tui.ops.study import ExportOperation

        op = ExportOperation(journal, study, folder, args.format)
        result = _asyncio_result(_run_with_progress(journal, op, study, None, 4))
    if isinstance(result, int):
        return result
    what = app_translator().gettext("export {study} to {folder}")
    code = _finish(result, what.format(study=study, folder=folder), 0)
    return code


def _asyncio_result(coro: Any) -> Any:
    try:
        return asyncio.run(coro)
    except (KeyboardInterrupt, asyncio.CancelledError):
        _say(app_translator().gettext("Aborted: run the same command to continue."))
        return EXIT_INTERRUPTED
