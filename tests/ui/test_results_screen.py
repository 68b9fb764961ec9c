"""The results screen: figures from the journal, charts that read without colour, and
snapshots at 80x24 and 120x40 (plus NO_COLOR)."""

from __future__ import annotations

from typing import Any

import pytest
from app_helpers import wait_for
from results_seed import STUDY, seed
from textual.pilot import Pilot
from textual.widgets import Sparkline

from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.results import Chart, ResultsScreen
from tests.pilot import driven

SIZES = [pytest.param((80, 24), id="80x24"), pytest.param((120, 40), id="120x40")]


def _app() -> KojiApp:
    return KojiApp(studies=[STUDY], check_pending=False)


async def _open(pilot: Pilot[Any]) -> ResultsScreen:
    app = pilot.app
    await wait_for(pilot, lambda: app.studies_ready, what="studies")
    screen = ResultsScreen(STUDY)
    await app.push_screen(screen)
    await wait_for(pilot, lambda: screen.results is not None, what="results")
    await wait_for(pilot, lambda: bool(screen.query(Chart)), what="charts")
    app.clear_notifications()
    await pilot.pause()
    return screen


def _text(widget: Chart, width: int = 100) -> str:
    from io import StringIO

    from rich.console import Console

    out = StringIO()
    Console(file=out, width=width, no_color=True).print(widget.render())
    return out.getvalue()


async def test_the_screen_shows_the_journal_s_figures() -> None:
    seed()
    async with driven(_app(), size=(120, 40)) as pilot:
        screen = await _open(pilot)
        counts = screen.results.counts
        assert (counts.started, counts.completed, counts.ended_early, counts.active) == (9, 6, 2, 1)
        overview = _text(screen.query_one("#results-overview", Chart))
        assert "67%" in overview  # 6 of 9 completed
        scores = _text(screen.query_one("#results-scores", Chart))
        assert "── report threshold 3" in scores
        assert "5 of 7 scored interviews (71%) score 3 or more" in scores
        questions = [_text(c) for c in screen.query(".results-question").results(Chart)]
        assert len(questions) == 5
        frequency = next(q for q in questions if q.startswith("How often"))
        assert "Every day" in frequency and "4  44%" in frequency
        nps = next(q for q in questions if "recommend" in q)
        # 10, 9, 3, 7, 8, 6, 9: promoters 3, passives 2, detractors 2 -> +14
        assert "NPS +14: promoters 3 (43%), passives 2 (29%), detractors 2 (29%)" in nps
        features = next(q for q in questions if q.startswith("Which features"))
        assert "Other answers: “Payroll”" in features
        days = screen.query_one("#results-days", Sparkline)
        assert list(days.data or []) == [2.0, 2.0, 1.0, 2.0, 2.0]
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(pilot.app.screen, ResultsScreen)


async def test_an_empty_study_says_so() -> None:
    async with driven(_app(), size=(80, 24)) as pilot:
        app = pilot.app
        await wait_for(pilot, lambda: app.studies_ready, what="studies")
        screen = ResultsScreen(STUDY)
        await app.push_screen(screen)
        await wait_for(pilot, lambda: screen.results is not None, what="results")
        await pilot.pause()
        assert "No interviews of this study" in str(screen.query_one("#results-note").render())


@pytest.mark.parametrize("size", SIZES)
def test_results_snapshot(snap_compare: Any, size: tuple[int, int]) -> None:
    seed()
    assert snap_compare(_app(), terminal_size=size, run_before=_open)


def test_results_snapshot_no_color(snap_compare: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    seed()
    assert snap_compare(_app(), terminal_size=(80, 24), run_before=_open)
