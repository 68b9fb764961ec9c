"""Subcommands of the server layer (placeholder until that layer lands; stdlib imports only)."""

from __future__ import annotations

from typing import Any


def add_arguments(subparsers: Any) -> None:  # argparse._SubParsersAction
    """Register this layer's subcommands."""
