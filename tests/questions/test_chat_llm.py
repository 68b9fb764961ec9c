"""Held-out 12's families, each helper on its own: one's willingness or consent as a yes/no,
options after one short word closed by "both", and a scale's two ends as legend lines (the
corpora test them in context: corpus_session5's WILLING, BOTH_PREP and LEGEND)."""

from __future__ import annotations

import pytest

from koji_tui.questions import QuestionType, detect_question
from koji_tui.questions.points import legend
from koji_tui.questions.sentence import sentence_choices
from koji_tui.questions.yes_no import implicit


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Would you be open to trying the beta?", "en", True),
        ("Would you be open to telling me more about it?", "en", False),
        ("Would you be open to sharing your screen?", "en", False),
        ("Accepteriez-vous qu'on vous recontacte ?", "fr", True),
        ("Accepteriez-vous de nous dire pourquoi ?", "fr", False),
        ("Você aceitaria que a gente ligasse no mês que vem?", "pt", True),
        ("Você sabe o que mudou no mês que vem?", "pt", False),
    ],
)
def test_willingness_is_a_yes_no(text: str, lang: str, expected: bool) -> None:
    assert implicit(text, "", (lang,)) is expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Vous payez plutôt par carte, par chèque ou les deux ?", "fr", ["par carte", "par chèque", "les deux"]),
        ("Você viaja a trabalho, a lazer ou os dois?", "pt", ["a trabalho", "a lazer", "os dois"]),
        ("Do you sit in front, in back, or both?", "en", ["in front", "in back", "both"]),
        # no "both" last, an open interrogative, or words of another start: not this shape
        ("Vous payez par carte, par chèque ou en espèces ?", "fr", None),
        ("Pourquoi payez-vous par carte, par chèque ou les deux ?", "fr", None),
        ("Do you sit in front, at the back, or both?", "en", None),
    ],
)  # fmt: skip
def test_options_after_one_short_word_closed_by_both(
    text: str, lang: str, expected: list[str] | None
) -> None:
    found = sentence_choices(text, (lang,))
    if expected is None:
        assert found is None or found.options != expected
    else:
        assert found is not None and found.options == expected


def test_a_list_started_before_a_comma_is_not_cut_there() -> None:
    question = detect_question("Como você decide se viaja a trabalho, a lazer ou os dois?")
    assert question.type is QuestionType.OPEN_ENDED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How much do you agree?\n\n1 – strongly disagree\n7 – strongly agree", (1, 7)),
        ("How satisfied are you?\n0 = not at all\n10 = completely", (0, 10)),
        # an open ask, a third line (a list), or a range too short: no legend
        ("Why do you disagree?\n\n1 – strongly disagree\n7 – strongly agree", None),
        ("How much do you agree?\n1 – no\n2 – a bit\n3 – yes", None),
        ("How satisfied are you?\n1 – not at all\n2 – very", None),
    ],
)
def test_two_legend_lines_are_a_scale(text: str, expected: tuple[int, int] | None) -> None:
    found = legend(text, ("en",), rated=False)
    if expected is None:
        assert found is None
    else:
        assert found is not None and (found.scale_min, found.scale_max) == expected
        assert len(found.scale_labels) == 2
