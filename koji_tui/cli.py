"""The ``koji-tui`` command line.

Each layer owns its subcommands in its own ``cli.py`` module, which imports only
the standard library at module level (so ``--help`` and start-up stay fast):

- ``koji_tui.ui.cli``: ``koji-tui`` (no subcommand) and ``koji-tui demo``
- ``koji_tui.server.cli``: ``koji-tui serve``
- ``koji_tui.config.cli``: ``koji-tui study add|list|remove``
- ``koji_tui.journal.cli``: ``koji-tui export``

A layer module exposes ``add_arguments(subparsers)`` that registers its
subcommands with ``set_defaults(handler=<callable taking args, returning int>)``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

LAYER_CLIS = (
    "koji_tui.ui.cli",
    "koji_tui.server.cli",
    "koji_tui.config.cli",
    "koji_tui.journal.cli",
)


def build_parser() -> argparse.ArgumentParser:
    from koji_tui import __version__

    parser = argparse.ArgumentParser(
        prog="koji-tui",
        description="A terminal interview console for Koji's Headless API.",
    )
    parser.add_argument("--version", action="version", version=f"koji-tui {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in LAYER_CLIS:
        module = importlib.import_module(name)
        module.add_arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        # No subcommand: open the app on the user's own studies.
        from koji_tui.ui.cli import run_default

        return run_default(args)
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
