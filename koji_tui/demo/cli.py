"""``koji-tui rehearse``, ``koji-tui demo --autopilot`` and ``koji-tui web``: showing a study to
stakeholders.

Only the standard library is imported here (``--help`` stays fast); the handlers live in
:mod:`koji_tui.demo.commands`. ``demo``'s own parser belongs to :mod:`koji_tui.ui.cli`; the
autopilot's options are added to it here, and its handler runs the autopilot when
``--autopilot`` is given (the plain demo otherwise).

Exit codes: 0 every run passed; 1 a run failed, or bad input (unknown study or persona);
2 a persona file with an error (the message names the file, the field and the problem);
130 interrupted.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from koji_tui.i18n import N_, app_translator

PERSONAS_HELP = N_("a folder of persona files (*.toml, *.json) instead of the shipped personas")


def _speed(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        said = app_translator().gettext("{text!r} is not a number")
        raise argparse.ArgumentTypeError(said.format(text=text)) from None
    if not 0 < value <= 1000:
        said = app_translator().gettext("the speed must be more than 0 and at most 1000")
        raise argparse.ArgumentTypeError(said)
    return value


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        said = app_translator().gettext("{text!r} is not a whole number")
        raise argparse.ArgumentTypeError(said.format(text=text)) from None
    if not 1 <= value <= 10_000:
        raise argparse.ArgumentTypeError(app_translator().gettext("-n must be between 1 and 10000"))
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        said = app_translator().gettext("{text!r} is not a port number")
        raise argparse.ArgumentTypeError(said.format(text=text)) from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(app_translator().gettext("a port is between 1 and 65535"))
    return value


def _handler(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from koji_tui.demo import commands

        result: int = getattr(commands, name)(args)
        return result

    run.__name__ = name
    return run


def add_arguments(subparsers: Any) -> None:  # argparse._SubParsersAction
    """Register ``rehearse`` and add ``--autopilot``/``--speed``/``--personas`` to ``demo``."""
    tr = app_translator()
    rehearse = subparsers.add_parser(
        "rehearse",
        help=tr.gettext("run persona interviews of a study headless and print a scorecard"),
        description=tr.gettext(
            "Run N interviews with scripted personas through the interview "
            "controller (no screen) and print a scorecard: per run, the persona, whether it "
            "completed, whether each structured question got a structured answer, the quality "
            "score and whether it is at least 3, the turns and the time. Exits 1 when any run "
            "fails, 2 when a persona file has an error. On a real server (a saved study) it asks "
            "first: every interview uses Koji credits."
        ),
    )
    rehearse.add_argument(
        "study",
        nargs="?",
        metavar="STUDY",
        help=tr.gettext("the study's name (with --demo: a sample study; default every text study)"),
    )
    rehearse.add_argument(
        "--demo", action="store_true", help=tr.gettext("on the built-in sandbox's sample studies")
    )
    rehearse.add_argument("--personas", metavar="DIR", help=tr.gettext(PERSONAS_HELP))
    rehearse.add_argument(
        "-n",
        type=_count,
        default=None,
        metavar="N",
        help=tr.gettext("how many interviews (default: each persona once on each study it fits)"),
    )
    rehearse.add_argument(
        "--yes",
        action="store_true",
        help=tr.gettext("on a real server, do not ask before spending credits"),
    )
    rehearse.set_defaults(handler=_handler("rehearse"))

    web = subparsers.add_parser(
        "web",
        help=tr.gettext("serve the app in a browser tab on 127.0.0.1 (needs textual-serve)"),
        description=tr.gettext(
            "Serve koji-tui through textual-serve on 127.0.0.1 for a presenter who "
            "shares a browser tab: each tab that opens the page runs its own koji-tui. Only "
            "loopback is served (the app holds API keys)."
        ),
    )
    web.add_argument("--demo", action="store_true", help=tr.gettext("serve `koji-tui demo`"))
    web.add_argument(
        "--autopilot",
        nargs="?",
        const="",
        default=None,
        metavar="PERSONA",
        help=tr.gettext("serve the demo with the autopilot playing (implies --demo)"),
    )
    web.add_argument(
        "--speed", type=_speed, default=None, metavar="X", help=tr.gettext("with --autopilot")
    )
    web.add_argument(
        "--port", type=_port, default=8000, metavar="P", help=tr.gettext("default 8000")
    )
    web.set_defaults(handler=_handler("web"))

    demo = subparsers.choices.get("demo")
    if demo is None:
        return
    demo.add_argument(
        "--autopilot",
        nargs="?",
        const="",
        default=None,
        metavar="PERSONA",
        help=tr.gettext(
            "play the sample studies by themselves, answered by PERSONA "
            "(default: a persona that fits each study)"
        ),
    )
    demo.add_argument(
        "--speed",
        type=_speed,
        default=None,
        metavar="X",
        help=tr.gettext("the autopilot's speed (1 = a person's pace; default 1)"),
    )
    demo.add_argument(
        "--paused",
        action="store_true",
        help=tr.gettext(
            "the autopilot waits for space (play) or → (one step) before its first answer"
        ),
    )
    demo.add_argument("--personas", metavar="DIR", help=tr.gettext(PERSONAS_HELP))
    plain = demo.get_default("handler")
    autopilot = _handler("autopilot")

    def run_demo(args: argparse.Namespace) -> int:
        if getattr(args, "autopilot", None) is not None:
            return autopilot(args)
        if args.speed is not None or args.personas or args.paused:
            demo.error(tr.gettext("--speed, --paused and --personas go with --autopilot"))
        result: int = plain(args)
        return result

    demo.set_defaults(handler=run_demo)
