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

- :func:`collector_paused` with ``keep=True``: what the block made is kept too (frozen before
  the collector is back on). Switching it back on otherwise starts a young-generation pass at
  the next allocation over everything the block made (5-6 ms after the imports, one for each
  block: the count of new objects goes on while the collector is off; a freeze resets it);
- :func:`hold_collector` / :func:`release_collector`: the collector stays off from the app's
  imports until its first screen is drawn (the app releases it then): building that screen
  made 20-25 young passes (10-15 ms) that found next to nothing to free, on the way to the
  first frame. Once released, the next pass walks what the first screen made, after it is
  on screen.

- :func:`tune_collector`: while the app runs, the young generation grows to
  :data:`YOUNG_THRESHOLD` objects before a pass (Python's default is 700). Textual allocates
  and frees tens of thousands of short-lived objects a frame (strips, segments, regions), most
  freed by their reference counts; a pass every 700 made several young and middle passes a
  frame over whatever happened to be alive, ~10 ms of each answer's way to its reply on
  screen (``bench_reply.py``'s structured row: app 222-233 ms median against 208-211 ms with
  50,000, the minimal chat 184-196 ms either way). Reference cycles are still collected, a
  little later.

- :func:`warm_up_later` / :func:`warm_up_wanted`: the command line asks the app to compile the
  question detector's cue patterns in a worker thread once its first screen is drawn (about
  half a second of CPU, which the first replies in each language otherwise paid on the event
  loop between the reply's last words and its frame: 5-12 ms a reply early on).

Only the commands that start the app freeze, hold, tune or warm; a test that builds the app in its own
process (``App.run_test``) never calls these (``release_collector`` is then a no-op).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_held = False
_warm = False

#: The young generation's threshold while the app runs (see :func:`tune_collector`); the test
#: suite's worker processes use the same (tests/conftest.py).
YOUNG_THRESHOLD = 50_000


@contextmanager
def collector_paused(*, keep: bool = False) -> Iterator[None]:
    """The cyclic collector off for the block (it stays off if it was off); ``keep``: what the
    block made is permanent (:func:`keep_imports`) before the collector is back on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if keep:
            keep_imports()
        if was_on:
            gc.enable()


def keep_imports() -> None:
    """What exists now (the modules imported) is permanent: no later collection walks it."""
    gc.freeze()


def tune_collector() -> None:
    """The collector's thresholds for the app's process (see the module docstring)."""
    gc.set_threshold(YOUNG_THRESHOLD, 20, 20)


def warm_up_later() -> None:
    """Ask the app to warm its question detector once its first screen is drawn."""
    global _warm
    _warm = True


def warm_up_wanted() -> bool:
    """Whether the command line asked for the warm-up (then not again: once per process)."""
    global _warm
    wanted, _warm = _warm, False
    return wanted


def hold_collector() -> None:
    """The collector off until :func:`release_collector` (the app's first screen is drawn)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release_collector() -> None:
    """The collector back on if :func:`hold_collector` switched it off (else nothing)."""
    global _held
    if _held:
        _held = False
        gc.enable()
