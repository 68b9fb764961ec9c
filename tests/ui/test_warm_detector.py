"""An app the command line started warms the question detector when its first interview opens.

``koji_tui.startup.warm_up_later`` (called by the command line, never by ``run_test`` apps) asks
for it; the first interview screen then compiles the detector's patterns in a thread worker,
once per process, so the first replies do not pay for it between their last words and their
frame.
"""

from __future__ import annotations

from typing import Any

from app_helpers import open_new_interview, study_for, wait_for
from textual.worker import Worker, WorkerState

from koji_tui import startup
from koji_tui.ui.app import KojiApp
from tests.pilot import driven


async def _open_two_interviews(sandbox: Any) -> list[tuple[str, WorkerState]]:
    seen: list[tuple[str, WorkerState]] = []

    def hook(message: Any) -> None:
        if isinstance(message, Worker.StateChanged):
            seen.append((message.worker.name, message.state))

    app = KojiApp(studies=[study_for(sandbox)])
    async with driven(app, size=(100, 30), message_hook=hook) as pilot:
        for _ in range(2):
            screen = await open_new_interview(pilot)
            await wait_for(
                pilot,
                lambda: not [w for w in app.workers if w.name == "warm-detector"],
                what="the warm-up done",
            )
            await pilot.press("escape")
            await wait_for(pilot, lambda: app.screen is not screen, what="back")  # noqa: B023
    return seen


async def test_the_first_interview_warms_the_detector_once(sandbox: Any) -> None:
    startup.warm_up_later()  # what the command line does
    try:
        seen = await _open_two_interviews(sandbox)
    finally:
        startup.warm_up_wanted()  # (taken back if the app never asked)
    warm = [state for name, state in seen if name == "warm-detector"]
    assert WorkerState.SUCCESS in warm, seen
    assert warm.count(WorkerState.RUNNING) == 1  # the second interview did not warm it again


async def test_an_app_the_command_line_did_not_start_does_not_warm_it(sandbox: Any) -> None:
    seen = await _open_two_interviews(sandbox)
    assert not [name for name, _state in seen if name == "warm-detector"]
