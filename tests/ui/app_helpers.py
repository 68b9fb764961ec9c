"""Helpers for the app tests (tests/ui/test_app_*.py): drive KojiApp like a person would."""

from __future__ import annotations

import asyncio
import html
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from textual import events
from textual.pilot import Pilot

from koji_tui.config.entry import StudyEntry

if TYPE_CHECKING:
    from koji_tui.api import KojiClient

FIXED_NOW = 1_795_000_000.0  # 2026-11-18 (a fixed wall clock for snapshots)


def fixed_clock() -> float:
    return FIXED_NOW


async def wait_for(
    pilot: Pilot[Any], predicate: Callable[[], object], seconds: float = 15.0, what: str = ""
) -> None:
    """Let the app run until ``predicate()`` is true (fails the test after ``seconds``)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what or predicate}")
        await pilot.pause(0.02)
    await pilot.pause()  # let the screen repaint what made the predicate true


async def type_text(pilot: Pilot[Any], text: str, keyed: int = 4) -> None:
    """Type ``text`` into the focused widget: the first characters as key presses, the rest as
    one paste (what a terminal delivers when a participant pastes).

    Textual's Pilot waits for the app to go idle after every key (at least 40 ms), so typing
    whole answers key by key made the suite slow (tests/pilot.py's pilot waits on the app's work
    instead, a few ms a key); keystroke handling itself is tested key by key in test_composer.py.
    """
    head, tail = text[:keyed], text[keyed:]
    if head:
        await pilot.press(*head)
    if tail:
        assert pilot.app.focused is not None, "nothing has focus to type into"
        # To the app, as the driver sends it: the app forwards it to the focused widget once.
        pilot.app.post_message(events.Paste(tail))
        await pilot.pause()


def screen_rows(app: Any) -> list[str]:
    """The screen as the user sees it: one string per row, each as wide as the screen (in cells).

    Read back from the SVG screenshot (``App.export_screenshot``, public Textual API): every
    text run sits at its cell column, so the gaps between runs are restored as spaces.
    """
    svg = app.export_screenshot()
    width, height = app.size
    runs: dict[int, dict[int, str]] = {}
    for match in _SVG_TEXT.finditer(svg):
        x, line, text = float(match[1]), int(match[2]), html.unescape(match[3])
        runs.setdefault(line, {})[round(x / _CELL_WIDTH)] = text.replace("\xa0", " ").replace(
            "\n", ""
        )
    out = []
    for line in range(max(height, max(runs, default=-1) + 1)):
        buffer = ""
        for column, text in sorted(runs.get(line, {}).items()):
            buffer += " " * max(0, column - cell_len(buffer)) + text
        out.append(buffer + " " * max(0, width - cell_len(buffer)))
    return out


def screen_text(app: Any) -> str:
    """Every visible character on screen, row by row (trailing blanks left off)."""
    return "\n".join(row.rstrip() for row in screen_rows(app)).rstrip("\n")


def toasts(app: Any) -> list[str]:
    """The notifications on screen, each as its toast reads it ("title\nmessage").

    Textual shows none in tests unless the app runs with ``run_test(notifications=True)``.
    """
    return [str(toast.render()) for toast in app.screen.query("Toast")]


_CELL_WIDTH = 12.2  # Rich's SVG export: 0.61 x its 20 px font size per cell
_SVG_TEXT = re.compile(
    r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="[\d.]+" '
    r'clip-path="url\(#[^)]*-line-(\d+)\)">([^<]*)</text>'
)


def study_for(srv: Any, index: int = 0, name: str | None = None) -> StudyEntry:
    """A study of a running sandbox, as the app lists it (key kept for this session)."""
    study = srv.studies[index]
    return StudyEntry(
        name=name or study.name,
        base_url=srv.base_url,
        api_key=srv.key(study.id),
        source="saved",
        key_storage="session",
        study_id=study.id,
    )


def quick_clients(base_url: str, api_key: str) -> KojiClient:
    """The app's client factory for tests (``KojiApp(client_factory=quick_clients)``): a failed
    call is retried after milliseconds instead of 0.25-2 s of backoff. How many retries, and
    what each decides, is the SDK's default."""
    from koji_tui.api import KojiClient

    return KojiClient(base_url, api_key, backoff_base=0.01, backoff_max=0.05)


async def open_new_interview(pilot: Pilot[Any]) -> Any:
    """From the study list: New interview (n), start it as it is (Ctrl+S), until the opening
    message is in the transcript; returns the interview screen."""
    from koji_tui.ui.screens.interview import InterviewScreen
    from koji_tui.ui.screens.new_interview import NewInterviewScreen

    app: Any = pilot.app
    await wait_for(pilot, lambda: app.studies_ready, what="studies")
    await pilot.press("n")
    await wait_for(pilot, lambda: isinstance(app.screen, NewInterviewScreen), what="form")
    await pilot.press("ctrl+s")
    await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), what="interview")
    screen = app.screen
    await wait_for(pilot, lambda: screen.transcript.turn_count >= 1, what="the opening")
    return screen
