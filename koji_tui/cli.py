"""The ``koji-tui`` command line (subcommands are added by each layer)."""

from __future__ import annotations

import argparse
import sys


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="koji-tui",
        description="A terminal interview console for Koji's Headless API.",
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("demo", help="open the app on the embedded sandbox server (no account needed)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    print(f"koji-tui: '{args.command}' is not implemented yet", file=sys.stderr)
    return 2
