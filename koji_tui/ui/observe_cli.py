"""``koji-tui observe [INTERVIEW_ID] [--journal PATH] [--web [--port P]]``.

Only the standard library is imported here; the app (or textual-serve) loads in the handler.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from koji_tui.i18n import app_translator


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        said = app_translator().gettext("{text!r} is not a port number")
        raise argparse.ArgumentTypeError(said.format(text=text)) from None
    if not 1 <= value <= 65535:
        raise argparse.ArgumentTypeError(app_translator().gettext("a port is between 1 and 65535"))
    return value


def add_arguments(subparsers: Any) -> None:  # argparse._SubParsersAction
    """Register ``observe``."""
    tr = app_translator()
    observe = subparsers.add_parser(
        "observe",
        help=tr.gettext(
            "watch an interview running on this machine, read-only (live from the journal)"
        ),
        description=tr.gettext(
            "Watch an interview as it runs, from the journal it is written to: a "
            "second terminal, another window or a browser tab can follow it without touching it "
            "(nothing is sent to Koji, the interview is not locked). Observers can keep notes of "
            "their own, marked as observer notes in the exports and never shown to the respondent. "
            "Without an id: the interviews in progress (else the most recent) to choose from."
        ),
    )
    observe.add_argument(
        "interview_id",
        nargs="?",
        metavar="INTERVIEW_ID",
        help=tr.gettext("the interview's id (int_…)"),
    )
    observe.add_argument(
        "--journal",
        action="append",
        metavar="PATH",
        help=tr.gettext("look in this journal file (default: yours and the running demos')"),
    )
    observe.add_argument(
        "--web",
        action="store_true",
        help=tr.gettext("serve the observer in a browser tab on 127.0.0.1 (needs textual-serve)"),
    )
    observe.add_argument(
        "--port", type=_port, default=8000, metavar="P", help=tr.gettext("default 8000")
    )
    observe.set_defaults(handler=run_observe_command)


def run_observe_command(args: argparse.Namespace) -> int:
    journals = [Path(p) for p in args.journal] if args.journal else None
    if args.web:
        from koji_tui.observe.web import serve

        return serve(args.interview_id, journals, port=args.port)
    if not os.isatty(1) and not os.environ.get("KOJI_TUI_FORCE_APP"):
        said = app_translator().gettext("needs a terminal (stdout is not a TTY); try --web.")
        print(f"koji-tui observe: {said}")
        return 2
    from koji_tui.ui.observe_app import run_observe

    return run_observe(args.interview_id, journals)
