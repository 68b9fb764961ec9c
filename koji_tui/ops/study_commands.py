"""Handlers of the study-wide operations :mod:`koji_tui.ops.cli` registers (``koji-tui study
refresh|close-stale|export``): each paced by :func:`koji_tui.ops.runner.run` under a progress
bar on standard error, stopped by Ctrl-C and continued by the same command. The shared pieces
(the journal, the study, the output, the exit codes) are :mod:`koji_tui.ops.commands`'.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from koji_tui.i18n import app_translator
from koji_tui.ops.commands import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    Fail,
    _err,
    _line,
    _say,
    guarded,
    open_journal,
    resolve_study,
    study_client,
)
from koji_tui.safety import safe_line


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
