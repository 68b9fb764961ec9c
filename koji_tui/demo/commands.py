"""The handlers of ``koji-tui rehearse`` and ``koji-tui demo --autopilot`` (see ``cli.py``)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.text import Text

from koji_tui.demo.autopilot import Cast
from koji_tui.demo.personas import Persona, PersonaError, find_persona, load_personas
from koji_tui.demo.rehearse import RehearsalError, Row, Target, plan, run_rehearsal
from koji_tui.i18n import app_translator
from koji_tui.safety import safe_line

EXIT_OK, EXIT_FAILED, EXIT_PERSONA, EXIT_INTERRUPTED = 0, 1, 2, 130
SANDBOX_RATE = "100000/60s"  # the rehearsal's own sandbox: never the bottleneck


class Refused(Exception):
    """Bad input: said on stderr, exit ``code``."""

    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code


def _err() -> Console:
    return Console(stderr=True, highlight=False)


def _say(message: str) -> None:
    _err().print(Text(safe_line(message, 2000)), soft_wrap=True)


def personas_of(args: argparse.Namespace) -> list[Persona]:
    """The personas of ``--personas DIR`` (or the shipped ones); a broken file is exit 2."""
    try:
        return load_personas(Path(args.personas).expanduser() if args.personas else None)
    except PersonaError as exc:
        raise Refused(f"koji-tui: persona file error: {exc}", EXIT_PERSONA) from None


# --------------------------------------------------------------------------- rehearse


def rehearse(args: argparse.Namespace) -> int:
    try:
        personas = personas_of(args)
        if args.demo:
            return asyncio.run(_rehearse_demo(args, personas))
        if not args.study:
            said = app_translator().gettext(
                "name a saved study (`koji-tui study list`), or use --demo for the sample studies."
            )
            raise Refused(f"koji-tui rehearse: {said}")
        return asyncio.run(_rehearse_server(args, personas))
    except Refused as exc:
        _say(str(exc))
        return exc.code


def _progress() -> Progress:
    return Progress(
        TextColumn("[bold]" + escape(app_translator().gettext("Rehearsing")) + "[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[now]}"),
        console=_err(),
        transient=False,
    )


async def _run_and_report(
    targets: list[Target], casts: list[Cast], journal: Any, title: str
) -> int:
    with _progress() as bar:
        task = bar.add_task("rehearse", total=len(casts), now="")

        def started(number: int, cast: Cast) -> None:
            now = f"{number}/{len(casts)} {cast.persona.id} · {cast.study}"
            bar.update(task, now=safe_line(now, 60))

        def finished(row: Row) -> None:
            bar.advance(task)

        rows = await run_rehearsal(targets, casts, journal, on_start=started, on_row=finished)
        bar.update(task, now="done")
    from koji_tui.demo.scorecard import scorecard

    out = Console(highlight=False)
    if not out.is_terminal:  # a log or a pipe: lines are never wrapped
        out = Console(highlight=False, width=120)
    out.print(scorecard(rows, title))
    return EXIT_OK if rows and all(r.passed for r in rows) else EXIT_FAILED


@contextlib.contextmanager
def _sandbox(folder: Path) -> Iterator[Any]:
    from koji_tui.server import ServerConfig, serve_in_thread

    config = ServerConfig(data_dir=folder, rate_limit=SANDBOX_RATE, stream_delay=0.0)
    with serve_in_thread(config) as srv:
        yield srv


@contextlib.asynccontextmanager
async def _clients(base_url: str, keys: dict[str, str]) -> AsyncIterator[dict[str, Any]]:
    """One client per study (made in this loop), closed at the end."""
    from koji_tui.api import KojiClient

    made = {name: KojiClient(base_url, key) for name, key in keys.items()}
    try:
        yield made
    finally:
        for client in made.values():
            with contextlib.suppress(Exception):
                await client.aclose()


def _source(client: Any) -> Any:
    async def clients() -> Any:
        return client

    return clients


def sandbox_studies(srv: Any, wanted: str | None) -> list[Any]:
    """The sample studies to rehearse: the one named (by name or id), else every text study."""
    texts = [s for s in srv.studies if s.mode == "text"]
    if wanted is None:
        return texts
    folded = wanted.strip().casefold()
    for study in srv.studies:
        if folded in (study.name.casefold(), study.id.casefold()):
            if study.mode != "text":
                said = app_translator().gettext(
                    "{study!r} is voice-only: a rehearsal types its answers, so it runs text "
                    "studies only."
                )
                raise Refused(f"koji-tui rehearse: {said.format(study=study.name)}")
            return [study]
    known = ", ".join(repr(s.name) for s in texts)
    said = app_translator().gettext("no sample study named {name!r}. Text studies: {known}.")
    raise Refused(f"koji-tui rehearse: {said.format(name=wanted, known=known)}")


async def _rehearse_demo(args: argparse.Namespace, personas: list[Persona]) -> int:
    from koji_tui.journal import Journal

    with tempfile.TemporaryDirectory(prefix="koji-rehearse-") as tmp:
        folder = Path(tmp)
        with _sandbox(folder / "sandbox") as srv:
            studies = sandbox_studies(srv, args.study)
            keys = {s.name: srv.key(s.id) for s in studies}
            async with _clients(srv.base_url, keys) as clients:
                targets = [Target.of_sandbox(s, _source(clients[s.name])) for s in studies]
                try:
                    casts = plan(targets, personas, args.n)
                except RehearsalError as exc:
                    raise Refused(f"koji-tui rehearse: {exc}") from None
                journal = Journal(folder / "journal.sqlite3")
                try:
                    title = app_translator().gettext("Rehearsal (sandbox)")
                    return await _run_and_report(targets, casts, journal, title)
                finally:
                    await asyncio.to_thread(journal.close)


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    try:
        reply = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return reply.strip().casefold() in ("y", "yes")


async def _rehearse_server(args: argparse.Namespace, personas: list[Persona]) -> int:
    from koji_tui.config import ConfigError, CredentialError, CredentialStore, StudyStore

    try:
        study = StudyStore().get(args.study)
        key = CredentialStore().get(study.name).key
    except (ConfigError, CredentialError) as exc:
        raise Refused(f"koji-tui rehearse: {exc}") from None
    tr = app_translator()
    if key is None:
        said = tr.gettext(
            "study {name!r} has no API key here (`koji-tui study edit {name!r} --key` stores one)."
        )
        raise Refused(f"koji-tui rehearse: {said.format(name=study.name)}")
    probe = Target(study.name, _source(None))
    try:
        casts = plan([probe], personas, args.n)
    except RehearsalError as exc:
        raise Refused(f"koji-tui rehearse: {exc}") from None
    question = tr.ngettext(
        "This starts and completes {n} interview on {server} (study {name!r}); it uses Koji "
        "credits. Continue?",
        "This starts and completes {n} interviews on {server} (study {name!r}); each one uses "
        "Koji credits. Continue?",
        len(casts),
    ).format(n=len(casts), server=study.base_url, name=study.name)
    if not args.yes and not await asyncio.to_thread(_confirm, question):
        said = tr.gettext(
            "not started ({n} interviews would use credits on a real server; answer y, or pass "
            "--yes)."
        )
        raise Refused(f"koji-tui rehearse: {said.format(n=len(casts))}")
    from koji_tui.journal import Journal

    async with _clients(study.base_url, {study.name: key.get_secret_value()}) as clients:
        # One interview at a time: the client paces itself under the server's rate limit
        # (its X-RateLimit headers), so a rehearsal never sees a 429 on its own.
        target = Target(study.name, _source(clients[study.name]))
        casts = plan([target], personas, args.n)
        journal = Journal()
        try:
            title = tr.gettext("Rehearsal: {study}").format(study=study.name)
            return await _run_and_report([target], casts, journal, title)
        finally:
            await asyncio.to_thread(journal.close)


# --------------------------------------------------------------------------- the autopilot


def autopilot(args: argparse.Namespace) -> int:
    try:
        personas = personas_of(args)
        chosen: Persona | None = None
        if args.autopilot:
            try:
                chosen = find_persona(personas, args.autopilot)
            except LookupError as exc:
                raise Refused(f"koji-tui demo: {exc}") from None
    except Refused as exc:
        _say(str(exc))
        return exc.code
    from koji_tui.ui.demo.app import run_autopilot

    return run_autopilot(
        personas,
        persona=chosen,
        speed=args.speed or 1.0,
        paused=bool(getattr(args, "paused", False)),
        high_contrast=True if getattr(args, "high_contrast", False) else None,
        presenter=bool(getattr(args, "presenter", False)),
    )


# --------------------------------------------------------------------------- the web


def web(args: argparse.Namespace) -> int:
    from koji_tui.demo.web import serve

    extra: list[str] = []
    if args.autopilot is not None:
        extra = ["--autopilot", *([args.autopilot] if args.autopilot else [])]
        if args.speed is not None:
            extra += ["--speed", f"{args.speed:g}"]
    return serve(demo=bool(args.demo or extra), port=args.port, extra=extra)
