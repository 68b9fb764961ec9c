"""Held-out 11's house formats, each helper on its own: a labelled row of options between
pipes, a bracketed scale spec's end label, unmarked lines under small print, and the
instruction "répondre par oui ou par non" (the corpora test them in context)."""

from __future__ import annotations

import pytest

from koji_tui.questions import detect_question
from koji_tui.questions.house import options_rows
from koji_tui.questions.scales import endpoint_labels


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How often?\nOptions: Daily | Weekly", "How often?\nDaily | Weekly"),
        ("Which one? Options: A | B", "Which one?\nA | B"),
        ("Wie oft? (Bitte wählen) Optionen: A | B", "Wie oft? (Bitte wählen)\nA | B"),
        ("Opções: Mensal | Anual", "Mensal | Anual"),
        # no pipes after the label, or a sentence after the row: left as written
        ("Options: daily or weekly?", "Options: daily or weekly?"),
        ("You chose from Options: A | B. Why?", "You chose from Options: A | B. Why?"),
        ("My options: A | B", "My options: A | B"),
    ],
)
def test_a_labelled_row_loses_its_label(text: str, expected: str) -> None:
    assert options_rows(text) == expected


def test_a_bracketed_scale_spec_ends_its_label_at_the_bracket() -> None:
    spec = "How clear was it?\n[Scale: 1-5, 1 = Very unclear, 5 = Very clear] Reply with a number."
    assert endpoint_labels(spec, 1, 5) == {"1": "Very unclear", "5": "Very clear"}


@pytest.mark.parametrize(
    ("text", "kind", "options"),
    [
        (
            "How large is it? (Select one)\n1–10 people\n11–50 people\nMore than 50 people",
            "single_choice",
            ["1–10 people", "11–50 people", "More than 50 people"],
        ),
        (
            "¿Cuál es su función? (Seleccione una)\nVentas\nMarketing\nOtro: ¿cuál?",
            "single_choice",
            ["Ventas", "Marketing"],
        ),
        (
            "Rank these:\nPrice\nSpeed\nSupport\n(1 = most important)",
            "ranking",
            ["Price", "Speed", "Support"],
        ),
        ("O que aconteceu? (Conte com calma)\nAntes\nDepois", "open_ended", []),
        ("Utilisez-vous l'app ? Veuillez répondre par oui ou par non.", "yes_no", []),
        ("Not just a yes or no, please: how did it go?", "open_ended", []),
    ],
)
def test_house_formats_in_context(text: str, kind: str, options: list[str]) -> None:
    question = detect_question(text)
    assert question.type.value == kind
    if options:
        assert list(question.options) == options
