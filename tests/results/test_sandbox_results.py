"""Results of interviews run on the sandbox (widget answers, typed answers, early endings),
checked against a hand computation, and drawn readably without colour."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from rich.console import Console

from koji_tui.api import KojiClient
from koji_tui.journal import Journal
from koji_tui.questions import QuestionType
from koji_tui.results import results_for
from koji_tui.results.render import render_results
from tests.results.seed import Plan, run_interview

PLANS = [
    Plan(
        single="Every day",
        multiple=["Invoicing", "Reports"],
        ranking=["Speed", "Price", "Ease of use"],
        yes_no=True,
        scale=10,
    ),
    Plan(
        single="Rarely",
        multiple=["Reports", {"other": "Slack sync"}],
        ranking=["Price", "Speed", "Ease of use"],
        yes_no=False,
        scale=6,
    ),
    Plan(
        single="Every day",
        multiple=["Invoicing"],
        ranking=["Speed", "Ease of use", "Price"],
        yes_no=True,
        scale=9,
        reason="manual",
        free_text=frozenset(QuestionType),
    ),
    Plan(single="A few times a week", stop_after=2, reason="respondent_left"),
    Plan(stop_after=1, reason=None),
]


async def seed(sandbox: Any, journal: Journal) -> str:
    study = next(s for s in sandbox.studies if s.id == "acme-product-feedback")
    async with KojiClient(sandbox.base_url, sandbox.key(study.id)) as client:
        for plan in PLANS:
            await run_interview(client, journal, study.name, plan)
    return study.name


async def test_results_match_a_hand_computation(sandbox: Any, tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        name = await seed(sandbox, journal)
        results = results_for(journal, name)
        scores = [r.quality_score for r in journal.list_interviews(study_name=name)]
    c = results.counts
    assert (c.started, c.completed, c.ended_early, c.active) == (5, 2, 2, 1)
    assert c.completion_rate == 2 / 5
    assert results.durations.count == 4
    # the histogram holds exactly the scores the journal has, by whole point
    assert results.scores.scored == sum(s is not None for s in scores)
    assert sum(n for _, n in results.scores.bins) == results.scores.scored
    assert results.scores.at_or_above == sum(1 for s in scores if s is not None and s >= 3)
    assert sum(n for _, n in results.per_day) == 5
    by_type = {q.question.type: q for q in results.questions}
    assert set(by_type) == {
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.RANKING,
        QuestionType.YES_NO,
        QuestionType.SCALE,
    }
    single = by_type[QuestionType.SINGLE_CHOICE]
    assert single.question.prompt == "How often do you use Acme?"
    assert single.answered == 4
    assert single.counts == (
        ("Every day", 2),
        ("A few times a week", 1),
        ("A few times a month", 0),
        ("Rarely", 1),
    )
    multiple = by_type[QuestionType.MULTIPLE_CHOICE]
    assert multiple.answered == 3
    assert dict(multiple.counts) == {
        "Invoicing": 2,
        "Expense tracking": 0,
        "Reports": 2,
        "Bank sync": 0,
        "Mobile app": 0,
    }
    assert multiple.others == (("Slack sync", 1),)
    ranking = by_type[QuestionType.RANKING]
    # Speed 1,2,1; Price 2,1,3; Ease of use 3,3,2; Integrations 4,4,4
    assert [(label, round(avg or 0, 3), firsts) for label, avg, firsts in ranking.positions] == [
        ("Speed", round(4 / 3, 3), 2),
        ("Price", 2.0, 1),
        ("Ease of use", round(8 / 3, 3), 0),
        ("Integrations", 4.0, 0),
    ]
    yes_no = by_type[QuestionType.YES_NO]
    assert yes_no.counts == (("Yes", 2), ("No", 1))
    scale = by_type[QuestionType.SCALE]
    assert (scale.question.scale_min, scale.question.scale_max) == (0, 10)
    # 10, 6, 9: promoters 2, passives 0, detractors 1 -> NPS round(100 * 1 / 3) = 33
    nps = scale.nps
    assert (nps.promoters, nps.passives, nps.detractors, nps.score) == (2, 0, 1, 33)
    assert scale.mean == 25 / 3 and scale.median == 9


async def test_the_results_read_without_colour(sandbox: Any, tmp_path: Path) -> None:
    with Journal(tmp_path / "journal.sqlite3") as journal:
        name = await seed(sandbox, journal)
        results = results_for(journal, name)
    out = io.StringIO()
    Console(file=out, width=80, no_color=True, force_terminal=True).print(
        render_results(results, 80)
    )
    text = out.getvalue()
    assert "\x1b[3" not in text and "\x1b[9" not in text  # no colour at all
    assert "── report threshold 3" in text
    assert "NPS +33: promoters 2 (67%), passives 0 (0%), detractors 1 (33%)" in text
    assert "Other answers: “Slack sync”" in text
    assert "█" in text  # the bars are characters, not colours
    lines = [line for line in text.splitlines() if line.startswith("Every day")]
    assert lines and lines[0].rstrip().endswith("2  50%")
