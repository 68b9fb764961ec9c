"""Toasts never cover the next interview, the composer's hint, or cut a path (15, item 3)."""

from __future__ import annotations

from typing import Any

from app_helpers import screen_text, study_for, wait_for
from test_app_interview import start_interview

from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.interview import InterviewScreen
from tests.pilot import driven


async def test_the_last_interviews_toast_is_gone_when_the_next_one_opens(sandbox: Any) -> None:
    app = KojiApp(studies=[study_for(sandbox)])
    async with driven(app, size=(80, 24), notifications=True) as pilot:
        first = await start_interview(pilot, "Ana")
        await pilot.press("f3")
        await wait_for(pilot, lambda: "Exported to" in screen_text(app), what="export toast")
        lines = screen_text(app).splitlines()
        # The path is shown whole: the folder on its line, each file name on its own.
        name = f"{first.interview_id}.md"
        assert any(line.strip().endswith(name) for line in lines), lines
        toast = app.screen.query("Toast").first()
        assert toast.region.bottom <= first.composer.region.y, "the toast covers the composer"
        await pilot.press("escape")
        await wait_for(pilot, lambda: not isinstance(app.screen, InterviewScreen), what="list")
        second = await start_interview(pilot, "Bo")
        assert second is not first
        assert "Exported to" not in screen_text(app)
        assert not app.screen.query("Toast")


async def test_a_failed_background_task_is_said_not_swallowed(sandbox: Any) -> None:
    """Workers run with exit_on_error=False; a failure, the app's or a screen's, is a toast."""

    async def broken() -> None:
        raise RuntimeError("the journal vanished")

    app = KojiApp(studies=[study_for(sandbox)])
    async with driven(app, size=(100, 30), notifications=True) as pilot:
        await wait_for(pilot, lambda: app.studies_ready)
        app.screen.run_worker(broken(), name="refresh", exit_on_error=False)
        await wait_for(pilot, lambda: "the journal vanished" in screen_text(app), what="toast")
        assert "Something went wrong in the background (refresh)" in screen_text(app)
        assert app.is_running
