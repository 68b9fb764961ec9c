"""The detector against the interviewer-message corpus: precision and recall per type."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.questions.cases import Case
from tests.questions.corpus import CASES
from tests.questions.corpus_chatty import CHATTY
from tests.questions.corpus_crossed import HELDOUT_CROSSED
from tests.questions.corpus_holdout import HOLDOUT
from tests.questions.corpus_paraphrase import PARAPHRASES
from tests.questions.scoring import TYPES, score


def test_corpus_is_broad() -> None:
    assert len(CASES) >= 150
    kinds = Counter(case.type for case in CASES)
    assert set(kinds) == set(TYPES)
    assert min(kinds.values()) >= 10
    assert {case.lang for case in CASES} == {"en", "es", "fr", "de", "pt"}
    assert sum(case.distractor for case in CASES) >= 30
    # every language has every structured type except where noted in the corpus
    for lang in ("es", "fr", "de", "pt"):
        lang_kinds = {case.type for case in CASES if case.lang == lang}
        assert {"scale", "multiple_choice", "ranking", "yes_no", "open_ended"} <= lang_kinds


def test_tuning_corpus_precision_and_recall(capsys: pytest.CaptureFixture[str]) -> None:
    report = score(CASES)
    with capsys.disabled():
        print("\n" + report.table("tuning corpus"))
    for kind in TYPES:
        assert report.precision(kind) >= 0.95, (kind, report.table("tuning corpus"))
        assert report.recall(kind) >= 0.95, (kind, report.table("tuning corpus"))
    assert report.distractor_widgets == 0, report.table("tuning corpus")


def test_held_out_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    """Never tuned on: a looser floor, but still no widget on a distractor."""
    report = score(HOLDOUT)
    with capsys.disabled():
        print("\n" + report.table("held-out corpus"))
    for kind in TYPES:
        assert report.precision(kind) >= 0.8, (kind, report.table("held-out corpus"))
        assert report.recall(kind) >= 0.8, (kind, report.table("held-out corpus"))
    assert report.distractor_widgets == 0, report.table("held-out corpus")


@pytest.mark.parametrize(
    "cases",
    [HELDOUT_CROSSED, PARAPHRASES, CHATTY],
    ids=["held-out 2 (crossed)", "held-out 3 (paraphrases)", "held-out 4 (chatty)"],
)
def test_later_held_out_corpora(cases: list[Case]) -> None:
    """Never tuned on (see each corpus's FIRST_SCORES): a floor, no widget on an open question.

    The message gives figures only; ``python tests/benchmarks/questions.py --misses`` lists
    the misses, and looking at them is the first step to tuning on the corpus.
    """
    report = score(cases)
    figures = {kind: (report.precision(kind), report.recall(kind)) for kind in TYPES}
    for kind, (precision, recall) in figures.items():
        assert precision >= 0.85 and recall >= 0.85, (kind, figures)
    assert report.distractor_widgets == 0
    assert not [c for c, q, _ in report.failures if c.type == "open_ended" and q.is_structured]


def test_scoring_counts_wrong_details_as_errors() -> None:
    """The gate can fail: a right type with wrong options is not a true positive."""
    from tests.questions.cases import C

    report = score([C("single_choice", "Which?\n1. A\n2. B", options=["A", "C"])])
    assert report.tp["single_choice"] == 0
    assert report.recall("single_choice") == 0.0
    assert report.precision("single_choice") == 0.0
