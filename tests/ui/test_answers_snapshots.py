"""Snapshots of every answer widget: unanswered, mid-selection, answered; 80x24, 120x40, high contrast.

The host uses a stand-in for the transcript (same geometry), so only a change
to the answer widgets or styles/answers.tcss changes these pictures; the app's
own snapshots show the widgets in the real interview screen.

Update after a deliberate visual change with
``python -m pytest tests/ui/test_answers_snapshots.py --snapshot-update`` and
look at the SVGs in ``tests/ui/__snapshots__/test_answers_snapshots/``.
"""

from __future__ import annotations

import pytest

from koji_tui.questions import Question, QuestionType
from tests.ui.test_answers_support import ALL, AnswerHost

#: Keys that leave each widget half-way through a choice, then keys that answer it.
MID: dict[str, list[str]] = {
    "scale": ["7"],
    "single": ["2"],
    "multiple": ["1", "3", "up"],
    "ranking": ["down", "shift+down", "down"],
    "yes_no": ["right"],
}
ANSWER: dict[str, list[str]] = {
    "scale": ["1", "0", "enter"],
    "single": ["3", "enter"],
    "multiple": ["1", "3", "enter"],
    "ranking": ["down", "shift+down", "enter"],
    "yes_no": ["n"],
}
STATES = {"unanswered": {}, "mid": MID, "answered": ANSWER}


@pytest.mark.parametrize("kind", sorted(ALL))
@pytest.mark.parametrize("state", list(STATES))
def test_snapshot_80x24(snap_compare, kind: str, state: str) -> None:
    keys = STATES[state].get(kind, [])
    app = AnswerHost(ALL[kind], steady_cursor=True, stand_in=True)
    assert snap_compare(app, press=keys, terminal_size=(80, 24))


@pytest.mark.parametrize("kind", sorted(ALL))
def test_snapshot_high_contrast_mid_selection(snap_compare, kind: str) -> None:
    app = AnswerHost(ALL[kind], high_contrast=True, steady_cursor=True, stand_in=True)
    assert snap_compare(app, press=MID[kind], terminal_size=(80, 24))


def test_snapshot_high_contrast_answered(snap_compare) -> None:
    app = AnswerHost(ALL["multiple"], high_contrast=True, steady_cursor=True, stand_in=True)
    assert snap_compare(app, press=ANSWER["multiple"], terminal_size=(80, 24))


def test_snapshot_120x40_nps_mid_selection(snap_compare) -> None:
    app = AnswerHost(ALL["scale"], steady_cursor=True, stand_in=True)
    assert snap_compare(app, press=["right", "right"], terminal_size=(120, 40))


def test_snapshot_other_field_in_use(snap_compare) -> None:
    app = AnswerHost(ALL["single"], steady_cursor=True, stand_in=True)
    assert snap_compare(app, press=["4", *"a podcast"], terminal_size=(80, 24))


def test_snapshot_error_and_long_options_wrap(snap_compare) -> None:
    question = Question(
        type=QuestionType.SINGLE_CHOICE,
        prompt="Which of these best describes the way your team decides on new tooling?",
        options=[
            "A single person decides after informal conversations with the people who will use it",
            "A committee reviews proposals every quarter",
            "Whoever needs it buys it",
        ],
    )
    app = AnswerHost(question, steady_cursor=True, stand_in=True)
    assert snap_compare(app, press=["enter"], terminal_size=(80, 24))


SATISFACTION = Question(
    type=QuestionType.SCALE,
    prompt="¿Qué tan satisfecho está con la incorporación, de 1 a 5?",
    scale_min=1,
    scale_max=5,
    scale_labels={"1": "Nada satisfecho", "5": "Muy satisfecho"},
)


@pytest.mark.parametrize("columns", [80, 40])
def test_snapshot_five_point_scale_end_labels(snap_compare, columns: int) -> None:
    """80 columns: both end labels on one line under their ends (the points spread);
    40: each label whole on its own line, the right one ending under the 5."""
    app = AnswerHost(SATISFACTION, steady_cursor=True, stand_in=True)
    assert snap_compare(app, press=["3"], terminal_size=(columns, 24))
