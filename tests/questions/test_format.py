"""format_answer and option_text."""

from __future__ import annotations

from typing import Any

import pytest

from koji_tui.questions import Question, QuestionType, detect_question, format_answer, option_text

SINGLE = Question(type=QuestionType.SINGLE_CHOICE, options=["Email", "Phone", "Chat"])
MULTI = Question(type=QuestionType.MULTIPLE_CHOICE, options=["Email", "Phone", "Chat"])
RANK = Question(type=QuestionType.RANKING, options=["A", "B", "C"])
SCALE = Question(type=QuestionType.SCALE, scale_min=0, scale_max=10)
YES_NO = Question(type=QuestionType.YES_NO, options=["Yes", "No"])


@pytest.mark.parametrize(
    ("question", "value", "expected"),
    [
        (SCALE, 7, "7"),
        (SCALE, 7.0, "7"),
        (SCALE, "7", "7"),
        (SINGLE, "Phone", "Phone"),
        (SINGLE, 2, "Chat"),  # a 0-based index
        (MULTI, ["Email", "Chat"], "Email, Chat"),
        (MULTI, [0, 2], "Email, Chat"),
        (MULTI, [], ""),
        (MULTI, ["Email", {"other": "Pigeon"}], "Email, Pigeon"),
        (SINGLE, {"other": "Fax"}, "Fax"),
        (RANK, ["C", "A", "B"], "1. C, 2. A, 3. B"),
        (RANK, ("B", "A"), "1. B, 2. A"),
        (YES_NO, True, "Yes"),
        (YES_NO, False, "No"),
        (YES_NO, "yes", "Yes"),
        (YES_NO, "NO", "No"),
        (Question(), "free text", "free text"),
        (Question(), None, ""),
    ],
)
def test_format_answer(question: Question, value: Any, expected: str) -> None:
    assert format_answer(question, value) == expected


@pytest.mark.parametrize(
    ("text", "yes", "no"),
    [
        ("¿Usas la app? (Sí/No)", "Sí", "No"),
        ("Utilisez-vous l'app ? (Oui/Non)", "Oui", "Non"),
        ("Nutzen Sie die App? (Ja/Nein)", "Ja", "Nein"),
        ("Você usa o app? (Sim/Não)", "Sim", "Não"),
        ("Do you use the app? (Yes/No)", "Yes", "No"),
    ],
)
def test_yes_no_answers_follow_the_question_language(text: str, yes: str, no: str) -> None:
    q = detect_question(text)
    assert format_answer(q, True) == yes
    assert format_answer(q, False) == no
    assert format_answer(q, q.options[0]) == yes


def test_format_answer_tolerates_odd_values() -> None:
    assert format_answer(SINGLE, 99) == "99"  # out of range index: sent as given
    assert format_answer(SINGLE, "  Two   words ") == "Two words"
    assert format_answer(RANK, None) == ""
    assert format_answer(MULTI, "Email") == "Email"


def test_option_text() -> None:
    assert option_text(["Email", "Phone"]) == "1. Email\n2. Phone"
    assert option_text([]) == ""
    assert option_text(iter(["A"])) == "1. A"
