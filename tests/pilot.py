"""A Pilot whose key presses wait for the app's work, not for 40 ms of wall time.

``async with driven(app, size=(80, 24)) as pilot:`` is ``app.run_test(...)`` with this pilot.

Why: Textual's ``Pilot.press`` follows every key with two ``wait_for_idle`` calls, each sleeping in
20 ms slices until a slice passes with under 1 ms of the process's CPU: at least 40 ms a key,
45 ms on average here. Counted over tests/ui and tests/kiosk (636 tests, four workers), those
waits were 197 s of the workers' 520 s: the suite's largest single cost, most of it sleeping.

This pilot sends the same key events (built as ``Pilot.press`` builds them, from Textual's public
key tables) and after each one waits until the app has done what the key set off: every node of
the screen has handled the messages queued before a marker (``call_later``), the screen has
refreshed what changed (``wait_for_refresh``), and a round of that used next to no CPU (so a
message one handler posted for another is handled too); then running animations finish. What a
key starts and does not finish by itself (a request to the sandbox, a journal write in a thread,
a timer) the tests wait for by condition, as they did (``app_helpers.wait_for``).

Everything else (``pause``, ``click``, …) is Textual's own.
"""

from __future__ import annotations

import asyncio
import unicodedata
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any, Generic, TypeVar

from textual import events
from textual.app import App
from textual.keys import KEY_NAME_REPLACEMENTS, KEY_TO_UNICODE_NAME, REPLACED_KEYS
from textual.message import Message
from textual.message_pump import MessagePump
from textual.messages import InvokeLater, Layout, Update
from textual.pilot import Pilot
from textual.screen import Screen

R = TypeVar("R")

#: Drains after a key, at most: each round waits for what the round before set off, until one
#: in which nothing was handled (a chain of messages ``MOST_ROUNDS`` deep is not followed).
MOST_ROUNDS = 200
#: Messages that are not the app's work: the markers, idle notices, timers' ticks, and the
#: refresh's own (the screen draws what changed once, at the end of a press).
NOT_WORK = (InvokeLater, events.Idle, events.Timer, Update, Layout)
#: A node that stops running while its marker waits (a closed screen) is given up after this.
GIVE_UP = 0.05


def key_event(key: str) -> events.Key:
    """The event ``Pilot.press`` sends for ``key`` (a key name, or one character)."""
    if len(key) == 1 and not key.isalnum():
        try:
            name = unicodedata.name(key).lower().replace("-", "_").replace(" ", "_")
        except ValueError:
            name = {"\t": "tab"}.get(key, key)
        key = KEY_NAME_REPLACEMENTS.get(name, name)
    original = REPLACED_KEYS.get(key, key)
    char: str | None
    try:
        char = unicodedata.lookup(KEY_TO_UNICODE_NAME.get(original, original))
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


class QuickPilot(Pilot[R], Generic[R]):
    """``Pilot`` with :meth:`press` waiting on the app's work (see the module's text)."""

    def __init__(self, app: App[R]) -> None:
        super().__init__(app)
        self.handled = 0  # messages the app's nodes have handled, but markers, idles, timers

    def saw(self, message: Message) -> None:
        """The ``message_hook`` of :func:`driven`: every message a node of the app handles."""
        if isinstance(message, NOT_WORK):
            return
        if (
            isinstance(message, events.Callback)
            and getattr(message.callback, "func", None) is _mark
        ):
            return  # one of the drain's own markers
        self.handled += 1

    async def press(self, *keys: str) -> None:
        app = self.app
        for n, key in enumerate(keys, 1):
            if key.startswith("wait:"):
                await asyncio.sleep(float(key.split(":", 1)[1]) / 1000)
                continue
            event = key_event(key)
            event.set_sender(app)
            app.post_message(event)
            await self.settle(drawn=n == len(keys))

    async def settle(self, drawn: bool = True) -> None:
        """Wait until the app has handled what is queued, and what that queued, until a round
        in which nothing more was handled; ``drawn``: then until the screen has refreshed (a
        frame: up to 1/60 s) and handled what the refresh queued, as after a press's last key."""
        app = self.app
        for _ in range(MOST_ROUNDS):
            if not app.is_running or app.return_code is not None:
                return  # it is exiting (ctrl+q): what it does now is its exit
            handled = self.handled
            await _drain([app, *app.screen.walk_children(with_self=True)])
            if self.handled == handled:
                break
        if drawn and app.is_running and app.screen.is_running:
            await _refreshed(app.screen)
            await _drain([app, *app.screen.walk_children(with_self=True)])
        await app.animator.wait_until_complete()


async def _refreshed(screen: Screen[Any]) -> None:
    """Until ``screen`` has refreshed, or has closed (a key that dismisses it: the next round
    looks at the screen that replaced it)."""
    refresh = asyncio.ensure_future(screen.wait_for_refresh())
    deadline = asyncio.get_running_loop().time() + 30
    while not refresh.done():
        await asyncio.wait({refresh}, timeout=GIVE_UP)
        app = screen.app
        if not refresh.done() and (
            not screen.is_running or not screen.is_current or not app.is_running
            or app.return_code is not None
        ):  # fmt: skip
            refresh.cancel()
        elif asyncio.get_running_loop().time() > deadline:
            refresh.cancel()
            raise AssertionError(f"{screen!r} did not refresh in 30 s")
    if not refresh.cancelled():
        refresh.result()


async def _drain(nodes: list[MessagePump]) -> None:
    """Until each running node has handled every message queued on it before now."""
    loop = asyncio.get_running_loop()
    waiting: dict[asyncio.Future[None], MessagePump] = {}
    for node in nodes:
        marker: asyncio.Future[None] = loop.create_future()
        if node.call_later(_mark, marker):  # a Python function: Textual reads its signature
            waiting[marker] = node  # cheaply (a builtin's, set_result's, costs 0.15 ms a call)
    deadline = loop.time() + 30
    while waiting:
        if loop.time() > deadline:
            raise AssertionError(f"still busy after 30 s: {sorted(map(repr, waiting.values()))}")
        done, _ = await asyncio.wait(list(waiting), timeout=GIVE_UP)
        for marker in done:
            del waiting[marker]
        for marker in [m for m, node in waiting.items() if not node.is_running]:
            del waiting[marker]  # closed meanwhile: what it held is gone with it


def _mark(marker: asyncio.Future[None]) -> None:
    if not marker.done():
        marker.set_result(None)


@asynccontextmanager
async def driven(app: App[R], **options: Any) -> AsyncIterator[QuickPilot[R]]:
    """``app.run_test(**options)``, yielding a :class:`QuickPilot`."""
    pilot = QuickPilot(app)
    hook: Callable[[Message], None] | None = options.pop("message_hook", None)

    def saw(message: Message) -> None:
        pilot.saw(message)
        if hook is not None:
            hook(message)

    async with app.run_test(message_hook=saw, **options):
        yield pilot
