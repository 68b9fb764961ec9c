"""Property tests: detection is total and deterministic, and reads the same message alike whatever
its whitespace, its Markdown emphasis (``**A.**``, ``*Slack*``) or its list markers."""

from __future__ import annotations

import random
import re
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from koji_tui.questions import Question, QuestionType, detect_question
from tests.questions.test_properties import JSONISH, MESSAGEISH

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def signature(question: Question) -> tuple[Any, ...]:
    """What a widget is built from (the prompt is the text itself, so it differs by design)."""
    return (
        question.type,
        tuple(question.options),
        question.scale_min,
        question.scale_max,
        tuple(sorted(question.scale_labels.items())),
        question.allow_other,
        question.max_choices,
    )


def respace(text: str, seed: int) -> str:
    """``text`` with other whitespace: runs of spaces and tabs, blank lines, CRLF, indents."""
    rng = random.Random(seed)
    out = []
    for char in text:
        if char == " ":
            out.append(rng.choice([" ", "  ", "\t", " \t ", "\u00a0"]))
        elif char == "\n":
            out.append(rng.choice(["\n", "\n\n", " \n", "\n  ", "\r\n", "\n\n\n"]))
        else:
            out.append(char)
    return rng.choice(["", " ", "\n"]) + "".join(out) + rng.choice(["", " ", "\n\n"])


# ---------------------------------------------------------------------------- any text


@FAST
@given(MESSAGEISH, st.integers(0, 10**6))
def test_whitespace_never_changes_the_reading(text: str, seed: int) -> None:
    assume("{" not in text)  # JSON strings keep their spaces; the structured tests cover them
    assert signature(detect_question(respace(text, seed))) == signature(detect_question(text))


@FAST
@given(MESSAGEISH, JSONISH)
def test_detection_is_deterministic(text: str, obj: Any) -> None:
    first = detect_question(text, obj)
    assert detect_question(text, obj) == first
    assert detect_question(text) == detect_question(text)


@FAST
@given(st.text(max_size=300), st.integers(0, 10**6))
def test_never_raises_under_respacing(text: str, seed: int) -> None:
    assert isinstance(detect_question(respace(text, seed)), Question)


# ---------------------------------------------------------------------------- option messages

ASKS = [
    ("Which of these do you use most?", ""),
    ("Thanks! Which one describes your team best?", "Just reply with the number."),
    ("Which of these have you tried? Select all that apply.", ""),
    ("Which of these do you use?", "You can pick more than one."),
    ("Which tools matter to you? Pick up to two.", ""),
    ("Please rank these from most to least important:", ""),
    ("¿Cuál de estas opciones prefieres?", ""),
    ("¿Qué herramientas usas? Puedes elegir varias.", ""),
    ("Quelle option préférez-vous ?", "Répondez avec le numéro."),
    ("Welche Tools nutzen Sie? Mehrfachnennungen möglich.", ""),
    ("Qual destas opções você prefere?", ""),
    ("Quais destes você usa? Escolha no máximo dois.", ""),
]
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàáâãäçèéêëíîïñóôõöúûüß"
WORD = st.builds(
    str.__add__, st.sampled_from(_LETTERS), st.text(alphabet=_LETTERS + "0123456789", max_size=9)
)
OPTION = st.lists(WORD, min_size=1, max_size=4).map(" ".join)

MARKERS = {
    "numbered": lambda i: f"{i + 1}. ",
    "paren": lambda i: f"{i + 1}) ",
    "pnum": lambda i: f"({i + 1}) ",
    "dash": lambda i: "- ",
    "star": lambda i: "* ",
    "bullet": lambda i: "• ",
    "letter": lambda i: f"{chr(97 + i)}) ",
    "capital": lambda i: f"{chr(65 + i)}. ",
    "bold_capital": lambda i: f"**{chr(65 + i)}.** ",
    "bold_number": lambda i: f"**{i + 1}.** ",
    "box": lambda i: "[ ] ",
}
EMPHASIS = {
    "plain": lambda label: label,
    "bold": lambda label: f"**{label}**",
    "italic": lambda label: f"*{label}*",
    "underscore": lambda label: f"_{label}_",
}


def message(ask: tuple[str, str], options: list[str], marker: str, emphasis: str, gap: str) -> str:
    stem, closing = ask
    items = gap.join(MARKERS[marker](i) + EMPHASIS[emphasis](o) for i, o in enumerate(options))
    return stem + "\n\n" + items + ("\n\n" + closing if closing else "")


@FAST
@given(
    st.sampled_from(ASKS),
    st.lists(OPTION, min_size=2, max_size=7, unique_by=str.casefold),
    st.sampled_from(sorted(MARKERS)),
    st.sampled_from(sorted(EMPHASIS)),
    st.sampled_from(["\n", "\n\n"]),
    st.integers(0, 10**6),
)
def test_markers_emphasis_and_whitespace_read_alike(
    ask: tuple[str, str],
    options: list[str],
    marker: str,
    emphasis: str,
    gap: str,
    seed: int,
) -> None:
    assume(
        not any(
            re.match(
                r"(?i)(other|otr|autre|outr|sonst|ander|yes|no|s[ií]|oui|non|ja|nein|sim|não)\b", o
            )
            for o in options
        )
    )
    reference = detect_question(message(ask, options, "numbered", "plain", "\n"))
    assert reference.type in (
        QuestionType.SINGLE_CHOICE,
        QuestionType.MULTIPLE_CHOICE,
        QuestionType.RANKING,
    )
    assert reference.options == options
    variant = message(ask, options, marker, emphasis, gap)
    assert signature(detect_question(variant)) == signature(reference), variant
    assert signature(detect_question(respace(variant, seed))) == signature(reference)


@FAST
@given(
    st.sampled_from(
        [
            "Would you say it was {a}, {b}, or {c}?",
            "Which do you prefer: {a}, {b}, or {c}?",
            "¿Dirías que fue {a}, {b} o {c}?",
            "Diriez-vous que c'était {a}, {b} ou {c} ?",
            "Você diria que foi {a}, {b} ou {c}?",
        ]
    ),
    st.lists(WORD, min_size=3, max_size=3, unique_by=str.casefold),
    st.sampled_from(sorted(EMPHASIS)),
    st.integers(0, 10**6),
)
def test_inline_options_read_alike_under_emphasis(
    template: str, words: list[str], emphasis: str, seed: int
) -> None:
    reserved = r"(?i)(or|o|ou|u|and|y|e|et|not|no|non|pas|não|other|otro|autre|outro)$"
    assume(not any(re.match(reserved, w) for w in words))
    plain = detect_question(template.format(a=words[0], b=words[1], c=words[2]))
    marked = template.format(
        **{k: EMPHASIS[emphasis](w) for k, w in zip("abc", words, strict=True)}
    )
    assert signature(detect_question(marked)) == signature(plain)
    assert signature(detect_question(respace(marked, seed))) == signature(plain)
