"""Start-up and Python's cyclic garbage collector (standard library only).

Starting the app imports Textual and our modules: some 1,500 modules' worth of classes,
functions and constants that live as long as the process. While they are made, the collector
keeps walking them (a young-generation pass every 700 new objects, each of them going over
what the imports made so far, ~2 ms each), and a full pass can fall just before the first
frame (50-70 ms measured on the first-run screen). None of it finds garbage worth the time:
imports make next to no reference cycles.

- :func:`collector_paused`: the command line parses its arguments and the app's modules are
  imported with the collector paused (switched back on when the block ends, whatever happens);
- :func:`keep_imports`: once the app's modules are in, what they made is moved out of the
  collector's sight for the rest of the run (:func:`gc.freeze`): later passes, the full ones
  included, walk only what the app made since (shorter pauses while it runs, too).

Only the commands that start the app freeze; a test that builds the app in its own process
(``App.run_test``) never calls these.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off for the block (it stays off if it was off)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def keep_imports() -> None:
    """What exists now (the modules imported) is permanent: no later collection walks it."""
    gc.freeze()
