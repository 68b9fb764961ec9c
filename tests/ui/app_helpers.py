"""Helpers for the app tests (tests/ui/test_app_*.py): drive KojiApp like a person would."""

from __future__ import annotations

import asyncio
import html
import re
from collections.abc import Callable
from typing import Any

from textual import events
from textual.pilot import Pilot

from koji_tui.ui.messages import StudyEntry

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

    Pilot waits for the app to go idle after every key (about 60 ms here, longer on a loaded
    machine), so typing whole answers key by key made the suite slow; keystroke handling itself
    is tested key by key in test_composer.py.
    """
    head, tail = text[:keyed], text[keyed:]
    if head:
        await pilot.press(*head)
    if tail:
        assert pilot.app.focused is not None, "nothing has focus to type into"
        # To the app, as the driver sends it: the app forwards it to the focused widget once.
        pilot.app.post_message(events.Paste(tail))
        await pilot.pause()


def screen_text(app: Any) -> str:
    """Every visible character on screen, row by row (read back from the SVG screenshot)."""
    svg = app.export_screenshot()
    rows: dict[int, dict[int, str]] = {}
    for match in _SVG_TEXT.finditer(svg):
        x, line, text = float(match[1]), int(match[2]), html.unescape(match[3])
        rows.setdefault(line, {})[round(x / 12.2)] = text.replace("\xa0", " ")
    out = []
    for line in range(max(rows) + 1 if rows else 0):
        buffer = ""
        for column, text in sorted(rows.get(line, {}).items()):
            buffer = buffer.ljust(column) + text
        out.append(buffer.rstrip())
    return "\n".join(out)


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


def server_module() -> Any:
    """The sandbox package (a broken one fails the test; it never skips it)."""
    import koji_tui.server as server

    return server
