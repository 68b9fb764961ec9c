"""Subcommands of the ui layer (placeholder until that layer lands; stdlib imports only)."""

from __future__ import annotations

import argparse
from typing import Any


def add_arguments(subparsers: Any) -> None:  # argparse._SubParsersAction
    """Register this layer's subcommands."""


def run_default(args: argparse.Namespace) -> int:
    print("koji-tui: the app is not built yet")
    return 2
