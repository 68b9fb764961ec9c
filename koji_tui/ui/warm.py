"""Warming the question detector when the first interview opens (the interview screens, the
kiosk's too: one helper, and no screen imports another's module for it)."""

from __future__ import annotations

from functools import partial
from typing import Any

from textual.screen import Screen

from koji_tui.startup import warm_up_wanted


def warm_detector(screen: Screen[Any], language: str | None) -> None:
    """The first interview screen of an app the command line started compiles the question
    detector's patterns for ``language`` in a thread (see :func:`koji_tui.startup.warm_up_later`)
    while the interview starts and its first question is read."""
    if warm_up_wanted():
        from koji_tui.questions import warm_up

        screen.run_worker(
            partial(warm_up, language), name="warm-detector", thread=True, exit_on_error=False
        )


__all__ = ["warm_detector"]
