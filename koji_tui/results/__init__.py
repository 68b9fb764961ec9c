"""A study's results from the journal: counts, durations, quality scores, per-question
distributions (NPS, rankings, yes/no), interviews per day. No textual, no network.

    from koji_tui.results import results_for, render_results
    results = results_for(journal, "Onboarding")        # StudyResults (plain dataclasses)
    console.print(render_results(results, width=100))   # rich renderables, NO_COLOR-safe

:mod:`.compute` and :mod:`.answers` are pure; :mod:`.load` reads the journal (two queries).
"""

from koji_tui.results.compute import study_results
from koji_tui.results.load import load, results_for, study_names
from koji_tui.results.model import (
    REPORT_THRESHOLD,
    Answer,
    Counts,
    Durations,
    InterviewFacts,
    Nps,
    QuestionInfo,
    QuestionSummary,
    ScoreHistogram,
    StudyResults,
)

__all__ = [
    "REPORT_THRESHOLD",
    "Answer",
    "Counts",
    "Durations",
    "InterviewFacts",
    "Nps",
    "QuestionInfo",
    "QuestionSummary",
    "ScoreHistogram",
    "StudyResults",
    "load",
    "results_for",
    "study_names",
    "study_results",
]
