"""Driving the kiosk in tests: a clock the test moves, the app on a sandbox, a participant's
steps, and the screen's text as the participant sees it.

The kiosk's clock (idle guard, thank-you countdown, PIN lockout, retries) is a
:class:`FakeClock`; the app's once-a-second tick is turned off (``tick_seconds`` of an hour) and
tests call ``app.tick()`` after moving the clock, so nothing waits on real time.
"""

from __future__ import annotations

import asyncio
import html
import re
from collections.abc import Callable
from typing import Any

from rich.cells import cell_len
from textual import events
from textual.pilot import Pilot

from koji_tui.api import KojiClient
from koji_tui.kiosk.pin import PinStore
from koji_tui.kiosk.settings import KioskSettings, parse_settings
from koji_tui.kiosk.study import KioskStudy, sandbox_study
from koji_tui.ui.kiosk.app import KioskApp

PIN = "2468"
START = 1_795_000_000.0  # 2026-11-18, the clock's start


class FakeClock:
    """``now()`` and ``sleep()``: a sleeper wakes when :meth:`advance` passes its deadline."""

    def __init__(self, t: float = START) -> None:
        self.t = t
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._sleepers.append((self.t + seconds, future))
        try:
            await future
        finally:
            self._sleepers = [(d, f) for d, f in self._sleepers if f is not future]

    @property
    def sleeping(self) -> int:
        return sum(1 for _, f in self._sleepers if not f.done())

    def advance(self, seconds: float) -> None:
        self.t += seconds
        for deadline, future in list(self._sleepers):
            if deadline <= self.t and not future.done():
                future.set_result(None)


def fast_client(base_url: str, api_key: str) -> KojiClient:
    """The sandbox's client, backing off briefly (a refused connection fails in ~0.1 s)."""
    return KojiClient(
        base_url,
        api_key,
        backoff_base=0.01,
        backoff_max=0.05,
        reconcile_interval=0.05,
        deadline=10.0,
    )


def settings(text: dict[str, Any] | None = None) -> KioskSettings:
    made = parse_settings(text or {})
    assert made.problems == ()
    return made


def make_app(
    srv: Any,
    *,
    which: str | None = None,
    config: dict[str, Any] | None = None,
    clock: FakeClock | None = None,
    pin: str | None = PIN,
    study: KioskStudy | None = None,
    **options: Any,
) -> KioskApp:
    """A kiosk on the sandbox ``srv`` (its PIN set; the config folder is the test's own)."""
    if pin is not None:
        PinStore().set(pin)
    options.setdefault("lock_signals", False)
    options.setdefault("tick_seconds", 3600.0)
    return KioskApp(
        study or sandbox_study(srv, which),
        settings=settings(config),
        clock=clock or FakeClock(),
        client_factory=fast_client,
        **options,
    )


async def until(
    pilot: Pilot[Any], predicate: Callable[[], object], seconds: float = 20.0, what: str = ""
) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        await pilot.pause(0.02)
    await pilot.pause()


def screen_name(app: KioskApp) -> str:
    return type(app.screen).__name__


async def ready(pilot: Pilot[Any]) -> None:
    app: Any = pilot.app
    await until(pilot, lambda: app.ready, what="the kiosk to be ready")


async def begin(pilot: Pilot[Any]) -> Any:
    """From the welcome: Enter, then wait for the interview's first question."""
    await ready(pilot)
    await pilot.press("enter")
    return await in_interview(pilot)


async def in_interview(pilot: Pilot[Any]) -> Any:
    app: Any = pilot.app

    def asked() -> bool:
        screen = app.screen
        return screen_name(app) == "KioskInterviewScreen" and screen.controller.state.can_answer

    await until(pilot, asked, what="the interview's first question")
    return app.screen


async def type_answer(pilot: Pilot[Any], text: str) -> None:
    """Type ``text`` in the composer (a few keys, then a paste) and press Enter; wait for the
    reply (or the interviewer's end)."""
    app: Any = pilot.app
    screen = app.screen
    screen.composer.focus()
    await pilot.pause()
    head, tail = text[:3], text[3:]
    await pilot.press(*head)
    if tail:
        app.post_message(events.Paste(tail))
        await pilot.pause()
    sent = len([t for t in screen.controller.turns if t.role == "respondent"])
    await pilot.press("enter")

    def answered() -> bool:
        state = screen.controller.state
        mine = [t for t in screen.controller.turns if t.role == "respondent"]
        return len(mine) > sent and not state.busy and (state.can_answer or screen.done)

    await until(pilot, answered, what=f"the reply to {text!r}")


def screen_rows(app: Any) -> list[str]:
    """The screen as the participant sees it, one string per row (read from the SVG
    screenshot, public API: each text run at its cell column)."""
    svg = app.export_screenshot()
    height = app.size[1]
    runs: dict[int, dict[int, str]] = {}
    for match in _SVG_TEXT.finditer(svg):
        x, line, text = float(match[1]), int(match[2]), html.unescape(match[3])
        runs.setdefault(line, {})[round(x / _CELL_WIDTH)] = text.replace("\xa0", " ")
    out = []
    for line in range(max(height, max(runs, default=-1) + 1)):
        buffer = ""
        for column, text in sorted(runs.get(line, {}).items()):
            buffer += " " * max(0, column - cell_len(buffer)) + text
        out.append(buffer.rstrip())
    return out


def screen_text(app: Any) -> str:
    return "\n".join(screen_rows(app)).strip("\n")


_CELL_WIDTH = 12.2  # Rich's SVG export: 0.61 x its 20 px font size per cell
_SVG_TEXT = re.compile(
    r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="[\d.]+" '
    r'clip-path="url\(#[^)]*-line-(\d+)\)">([^<]*)</text>'
)


async def on_server(srv: Any, study: KioskStudy, interview_id: str) -> Any:
    """The interview as the sandbox has it (over HTTP, with the study's key)."""
    assert study.entry.api_key is not None
    async with KojiClient(srv.base_url, study.entry.api_key) as client:
        return await client.get_interview(interview_id)


def user_answers(interview: Any) -> list[str]:
    return [m.content for m in interview.messages if m.role == "user"]


async def finish_early(pilot: Pilot[Any]) -> None:
    """F10, then "Yes, finish" once the question is up (its focus starts on "No")."""
    app: Any = pilot.app
    await pilot.press("f10")
    await until(pilot, lambda: screen_name(app) == "KioskFinish" and app.focused is not None)
    await pilot.press("left")
    await until(pilot, lambda: app.focused is not None and app.focused.id == "finish-yes")
    await pilot.press("enter")
    await until(pilot, lambda: screen_name(app) != "KioskFinish")
