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
        raise Fail(f"There is no journal yet ({path}): no interviews were run on this machine.")
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
    listed = ", ".join(repr(k) for k in known) or "none yet"
    raise Fail(f"No study named {name!r}. Known studies: {listed}.")


def study_client(name: str) -> tuple[str, Any]:
    """(study name, a KojiClient on its server with its key)."""
    from koji_tui.api import KojiClient
    from koji_tui.config import CredentialStore, StudyStore

    study = StudyStore().get(name)
    key = CredentialStore().get(study.name).key
    if not key:
        raise Fail(
            f"Study {study.name!r} has no API key here: `koji-tui study edit "
            f"{study.name!r} --key` stores one."
        )
    return study.name, KojiClient(study.base_url, key.get_secret_value())


# --------------------------------------------------------------------------- roster


@guarded
def roster_import(args: argparse.Namespace) -> int:
    from koji_tui.roster import import_roster

    with open_journal(create=True) as journal:
        study = resolve_study(args.study, journal)
        report = import_roster(journal, study, Path(args.file).expanduser())
    for problem in report.problems:
        _line(f"row {problem.row}: {problem.reason}")
    _line(f"{study}: {report.summary()}")
    return EXIT_OK


@guarded
def roster_list(args: argparse.Namespace) -> int:
    from koji_tui.journal import roster

    with open_journal() as journal:
        study = resolve_study(args.study, journal)
        rows = roster.rows(journal, study)
    if not rows:
        raise Fail(f"Study {study!r} has no roster: `koji-tui roster import` adds one.")
    table = Table(title=safe_line(f"{study}: {len(rows)} participants"), title_justify="left")
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
    for label, ids in (("added", report.added), ("updated", report.updated)):
        if ids:
            shown = ", ".join(safe_line(i, 40) for i in ids[:20])
            more = f" and {len(ids) - 20} more" if len(ids) > 20 else ""
            _line(f"{label}: {shown}{more}")
    for iid, why in report.skipped:
        _line(f"skipped {iid}: {why}")
    for name, why in report.problems:
        _line(f"not read: {name}: {why}")
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
            _say("Stopping after the requests in flight (Ctrl-C again to abort at once)…")
        elif main is not None:
            main.cancel()

    with contextlib.suppress(NotImplementedError, RuntimeError):
        loop.add_signal_handler(signal.SIGINT, on_sigint)
    try:
        with _progress() as bar:
            task = bar.add_task(safe_line(label, 40), total=None, note="")

            def show(p: Any) -> None:
                note = f"{p.failed} failed" if p.failed else ""
                if p.rate_limited:
                    note += f" {p.rate_limited}×429"
                bar.update(task, total=p.total, completed=p.done + p.failed, note=note)

            return await run(journal, op, stop=stop, on_progress=show, workers=workers,
                             client=client)  # fmt: skip
    finally:
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.remove_signal_handler(signal.SIGINT)


def _finish(result: Any, what: str, requests_per_item: int = 1) -> int:
    p = result.progress
    elapsed = max(p.now - p.started, 1e-9)
    resumed = f" (continued: {p.done_before} done before)" if result.resumed else ""
    line = (
        f"{what}: {p.done} of {p.total} done{resumed}, {p.skipped} skipped, {p.failed} failed "
        f"in {elapsed:.1f} s"
    )
    if requests_per_item:
        rate = p.done_now * requests_per_item / elapsed if p.done_now else 0.0
        line += f" (about {rate:.1f} requests/s, {p.rate_limited} × 429)"
    line += "."
    _line(line)
    for record_id, why in p.failures[:10]:
        _say(f"failed: interview #{record_id}: {why}")
    if result.fatal:
        _say(f"Stopped: {result.fatal}")
        return EXIT_FAILED
    if not result.finished and p.done + p.failed < p.total:
        _say(f"Interrupted: run the same command to continue ({p.total - p.done} to go).")
        return EXIT_INTERRUPTED
    if p.failed:
        _say("Some interviews failed: run the same command to try them again.")
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
        _say("Aborted: run the same command to continue.")
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
        raise Fail(f"{folder} is a file; -o names a folder.")
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
            _line(f"Exported {count} interviews of {study} to {path}")
            return EXIT_OK
        from koji_tui.ops.study import ExportOperation

        op = ExportOperation(journal, study, folder, args.format)
        result = _asyncio_result(_run_with_progress(journal, op, study, None, 4))
    if isinstance(result, int):
        return result
    code = _finish(result, f"export {study} to {folder}", 0)
    return code


def _asyncio_result(coro: Any) -> Any:
    try:
        return asyncio.run(coro)
    except (KeyboardInterrupt, asyncio.CancelledError):
        _say("Aborted: run the same command to continue.")
        return EXIT_INTERRUPTED
