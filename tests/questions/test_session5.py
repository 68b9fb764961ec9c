"""Session 5's helpers, each on its own: drawn scale rows, options named before their question,
semicolon options with figures, and the lexicon merge (the corpora test them in context)."""

from __future__ import annotations

import pytest

from koji_tui.questions import detect_question
from koji_tui.questions.drawn import drawn_row
from koji_tui.questions.joins import marked, semicoloned
from koji_tui.questions.lead_in import lead_in
from koji_tui.questions.lexicon_order import merge_into


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("😞 1 2 3 4 5 😍", (1, 5)),
        ("0 ─ 1 ─ 2 ─ 3 ─ 4 ─ 5", (0, 5)),
        ("1 · 2 · 3 · 4 · 5 · 6 · 7", (1, 7)),
        ("★☆☆☆☆ → ★★★★★", (1, 5)),
        ("⭐ … ⭐⭐⭐⭐⭐", (1, 5)),
        ("2 4 6 8", None),  # not consecutive
        ("1 2", None),  # too short to be a scale
        ("Steps 1 2 3", None),  # words beside the points
    ],
)
def test_a_drawn_row_is_its_range(row: str, expected: tuple[int, int] | None) -> None:
    assert drawn_row(f"How was it?\n{row}") == expected


def test_a_row_before_the_question_is_no_scale() -> None:
    assert drawn_row("The timeline:\n1 ─ 2 ─ 3 ─ 4\nWhat happened at step 3?") is None


def test_options_named_before_their_question() -> None:
    langs = ("en",)
    assert lead_in("Of email, chat and phone, which do you prefer?", langs) == [
        ("which do you prefer?", "email, chat and phone")
    ]
    assert lead_in("Between March and May, what happened?", langs) == []  # asks no pick
    assert lead_in("Tell me about email, chat and phone, which you use?", langs) == []


def test_semicolons_may_hold_figures_and_a_closing_other() -> None:
    assert semicoloned("just you; 2–10; 11–50; more than 50") == [
        "just you",
        "2–10",
        "11–50",
        "more than 50",
    ]
    assert semicoloned("1; 2; 3") is None  # figures alone are no options
    assert semicoloned("a partner; children; someone else, tell me who") is not None
    assert semicoloned("that's fair, really; we grew; it was hard") is None  # clauses
    assert marked("email; phone; or chat", ("en",)) == ["email", "phone", "chat"]


def test_merge_into_adds_words_to_a_family_named_twice() -> None:
    cues = {"rank": {"en": "rank"}}
    merge_into(cues, {"rank": {"en": "reorder", "es": "ordena"}, "among": {"en": "of"}})
    assert cues == {"rank": {"en": "rank|reorder", "es": "ordena"}, "among": {"en": "of"}}


@pytest.mark.parametrize(
    "text",
    [
        "**Quick one:** what's the main thing you use it for?\n\n_(a sentence or two is perfect)_",
        "Here are our plans:\n\n- A\n- B\n- C\n\nTap the link to compare them, then tell me why.",
        "What did you like? 👍 / 👎 aside, tell me in your own words.",
    ],
)
def test_small_print_that_invites_words_keeps_a_question_open(text: str) -> None:
    assert not detect_question(text).is_structured
