"""``koji-tui kiosk STUDY [--locale L]``, ``koji-tui kiosk set-pin``, ``koji-tui kiosk station``
and ``koji-tui demo --kiosk [STUDY]``.

Only the standard library at module level (``koji-tui --help`` stays fast); the kiosk's parts
load inside the handlers. Both ways in refuse to start until an operator PIN is set, and
while ``kiosk.toml`` has a problem.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import Any

from koji_tui.i18n import app_translator

SET_PIN = "set-pin"
STATION = "station"


def add_arguments(subparsers: Any) -> None:  # argparse._SubParsersAction
    """Register ``kiosk``, and ``--kiosk`` on ``demo`` (registered before this module)."""
    tr = app_translator()
    kiosk = subparsers.add_parser(
        "kiosk",
        help=tr.gettext("field mode: participants answer one after another on a locked screen"),
        description=tr.gettext(
            "Run STUDY (a study of `koji-tui study list`) as a kiosk: a welcome screen, the "
            "interview laid out large, a thank-you, then the next participant. Nothing gets "
            "out but the operator key (Ctrl+O) and the operator PIN. "
            "`koji-tui kiosk set-pin` sets the PIN (hidden prompt, or stdin when piped); "
            "`koji-tui kiosk station [NAME]` shows or renames this station. Settings: "
            "kiosk.toml in the config folder."
        ),
    )
    kiosk.add_argument(
        "study", metavar="STUDY|set-pin|station", help=tr.gettext("the study to run")
    )
    kiosk.add_argument(
        "name", nargs="?", metavar="NAME", help=tr.gettext("(station) the station's new name")
    )
    kiosk.add_argument(
        "--locale",
        help=tr.gettext("the participants' language shown first (e.g. es); default: the first"),
    )
    kiosk.set_defaults(handler=run_kiosk_command)
    demo = subparsers.choices.get("demo")
    if demo is not None:
        demo.add_argument(
            "--kiosk",
            nargs="?",
            const="",
            default=None,
            metavar="STUDY",
            help=tr.gettext(
                "run a sample study (default: the first) as a kiosk (needs an operator PIN)"
            ),
        )
        demo.set_defaults(handler=_demo_handler(demo, demo.get_default("handler")))


def _demo_handler(
    demo: argparse.ArgumentParser, previous: Callable[[argparse.Namespace], int] | None
) -> Callable[[argparse.Namespace], int]:
    def handler(args: argparse.Namespace) -> int:
        if getattr(args, "kiosk", None) is not None:
            if getattr(args, "autopilot", None) is not None:
                demo.error(
                    app_translator().gettext(
                        "--kiosk is for participants: it does not go with --autopilot"
                    )
                )
            return run_demo_kiosk(args)
        assert previous is not None
        return int(previous(args) or 0)

    return handler


def run_kiosk_command(args: argparse.Namespace) -> int:
    if args.study == SET_PIN:
        return set_pin()
    if args.study == STATION:
        return station(args.name)
    if args.name is not None:
        said = app_translator().gettext("unexpected argument {name!r}").format(name=args.name)
        print(f"koji-tui kiosk: {said}", file=sys.stderr)
        return 2
    from koji_tui.kiosk.study import KioskStudyError, configured_study

    refused = _refusal()
    if refused is not None:
        return refused
    try:
        study = configured_study(args.study)
    except KioskStudyError as exc:
        print(f"koji-tui kiosk: {exc}", file=sys.stderr)
        return 2
    from koji_tui.ui.kiosk import run_kiosk

    return run_kiosk(study, locale=args.locale)


def run_demo_kiosk(args: argparse.Namespace) -> int:
    import contextlib
    import shutil
    import tempfile
    from pathlib import Path

    from koji_tui import paths
    from koji_tui.kiosk.study import KioskStudyError, start_sandbox

    refused = _refusal()
    if refused is not None:
        return refused
    with contextlib.ExitStack() as stack:
        parent = paths.private_dir(paths.data_dir() / "demo")
        folder = Path(tempfile.mkdtemp(prefix="kiosk-", dir=parent))
        stack.callback(shutil.rmtree, folder, ignore_errors=True)
        try:
            study = start_sandbox(stack, folder / "sandbox", args.kiosk or None)
        except KioskStudyError as exc:
            print(f"koji-tui demo --kiosk: {exc}", file=sys.stderr)
            return 2
        from koji_tui.ui.kiosk import run_kiosk

        return run_kiosk(
            study,
            journal_path=folder / "journal.sqlite3",
            queue_path=folder / "kiosk-queue.json",
        )
    return 0


def _refusal() -> int | None:
    """Why the kiosk may not start (said on stderr, exit code 2), or None."""
    from koji_tui.kiosk.pin import PinError, PinStore
    from koji_tui.kiosk.settings import load_settings

    tr = app_translator()
    try:
        has_pin = PinStore().is_set()
    except (OSError, PinError) as exc:
        said = tr.gettext("the operator PIN cannot be read: {error}").format(error=exc)
        print(f"koji-tui kiosk: {said}", file=sys.stderr)
        return 2
    if not has_pin:
        said = tr.gettext(
            "set the operator PIN first: `koji-tui kiosk set-pin` (only the PIN ends kiosk mode)."
        )
        print(f"koji-tui kiosk: {said}", file=sys.stderr)
        return 2
    settings = load_settings()
    if settings.problems:
        for problem in settings.problems:
            print(f"koji-tui kiosk: {problem}", file=sys.stderr)
        said = tr.gettext("fix kiosk.toml first; nothing was started.")
        print(f"koji-tui kiosk: {said}", file=sys.stderr)
        return 2
    if not os.isatty(1) and not os.environ.get("KOJI_TUI_FORCE_APP"):
        said = tr.gettext("the kiosk needs a terminal (stdout is not a TTY).")
        print(f"koji-tui kiosk: {said}", file=sys.stderr)
        return 2
    return None


def set_pin() -> int:
    from koji_tui.kiosk.pin import PinError, PinStore, problem_with

    tr = app_translator()
    if sys.stdin.isatty():
        import getpass

        pin = getpass.getpass(tr.gettext("New operator PIN: "))
        problem = problem_with(pin)
        if problem is None and getpass.getpass(tr.gettext("The same PIN again: ")) != pin:
            problem = tr.gettext("The two PINs differ.")
    else:
        pin = sys.stdin.readline().rstrip("\r\n")
        problem = problem_with(pin)
    if problem is not None:
        said = tr.gettext("{problem} Nothing was changed.").format(problem=problem)
        print(f"koji-tui kiosk set-pin: {said}", file=sys.stderr)
        return 2
    store = PinStore()
    try:
        store.set(pin)
    except (OSError, PinError) as exc:
        print(f"koji-tui kiosk set-pin: {exc}", file=sys.stderr)
        return 2
    print(
        tr.gettext(
            "Operator PIN saved (a salted scrypt hash in {path}; the PIN itself is not kept)."
        ).format(path=store.path)
    )
    return 0


def station(name: str | None) -> int:
    from koji_tui.kiosk.station import Station, StationError

    place = Station()
    try:
        info = place.rename(name) if name is not None else place.info()
    except (OSError, StationError) as exc:
        print(f"koji-tui kiosk station: {exc}", file=sys.stderr)
        return 2
    tr = app_translator()
    if name is not None:
        said = tr.ngettext(
            "This station is renamed to {station!r} ({n} session so far).",
            "This station is renamed to {station!r} ({n} sessions so far).",
            info.sessions,
        )
    else:
        said = tr.ngettext(
            "This station is {station!r} ({n} session so far).",
            "This station is {station!r} ({n} sessions so far).",
            info.sessions,
        )
    print(said.format(station=info.station_id, n=info.sessions))
    return 0


__all__ = ["add_arguments"]
