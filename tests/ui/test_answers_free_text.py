"""A structured question answered in the participant's own words, in the running app."""

from __future__ import annotations

from typing import Any

from app_helpers import study_for, wait_for
from test_app_interview import start_interview, type_answer

from koji_tui.ui.app import KojiApp
from koji_tui.ui.widgets.answers import AnswerWidget
from tests.pilot import driven


def _open_widgets(app: KojiApp) -> list[AnswerWidget]:
    return [w for w in app.screen.query(AnswerWidget) if not w.is_locked]


async def test_a_free_text_answer_locks_the_open_widget_with_that_text(sandbox: Any) -> None:
    app = KojiApp(studies=[study_for(sandbox)])
    async with driven(app, size=(120, 40)) as pilot:
        screen = await start_interview(pilot, "Ana")
        await type_answer(pilot, screen, "We use it for invoices every week.")
        await wait_for(pilot, lambda: bool(_open_widgets(app)), what="an answer widget")
        [widget] = _open_widgets(app)
        own = "Honestly a [red]mix[/red] of things"
        await type_answer(pilot, screen, own)  # in the composer, not in the widget
        await wait_for(pilot, lambda: widget.is_locked, 10, what="the widget locked")
        assert widget.answer_text == own and widget.answer_value is None
        # (how a locked widget shows its text: test_answers_widgets.py)
