"""A soak of participants in a row (the benchmark runs 100 and prints the memory)."""

from __future__ import annotations

from typing import Any

from tests.pilot import driven

from .rig import make_app, ready
from .soak import check_journal, participants


async def test_participants_in_a_row_leave_nothing_behind(sandbox: Any) -> None:
    app = make_app(sandbox)
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        seen = await participants(pilot, 6)
        check_journal(app, seen)
        assert len(app.screen_stack) == 2 and app.participant is None
        assert app.loop is not None and app.loop.finishing == 0 and app.loop.queued == []
