"""Property tests: detection is total, and option lists round-trip through option_text."""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from koji_tui.questions import (
    DetectionSource,
    Question,
    QuestionType,
    detect_question,
    format_answer,
    option_text,
)

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# text that looks like interviewer messages: words, digits, list markers, cue words, JSON bits
_PIECES = st.sampled_from(
    [
        "1.", "2)", "(3)", "a)", "- ", "* ", "• ", "[ ]", "☐", "\n", "\n\n", "?", ":", ",", " or ",
        " scale of ", " 0 to 10", "1-5", " out of 10", "(Yes/No)", "Select all that apply",
        "rank", "from most to least", "Other (please specify)", "where 1 is", "```json\n", "```",
        '{"type": "', "scale", '"options": [', "]", "}", "{", "¿", "Have you ever", "Did you",
        "**", "_", "😊", "$49", "v2.3", "12/03/2024", "recommend", "how likely", "Skala von 1 bis 5",
    ]
)  # fmt: skip
MESSAGEISH = st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=40).map("".join)

JSONISH: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**12), max_value=10**12)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(["scale", "nps", "single_choice", "multi_select", "ranking", "yesno", "open"]),
    lambda children: st.lists(children, max_size=6)
    | st.dictionaries(
        st.sampled_from(
            [
                "type", "questionType", "options", "choices", "scaleMin", "scaleMax", "min", "max",
                "scaleLabels", "labels", "allowOther", "lowerLabel", "upperLabel", "question",
                "range", "scale", "multiple", "locale", "label", "text", "value",
            ]
        )
        | st.text(max_size=8),
        children,
        max_size=8,
    ),
    max_leaves=25,
)  # fmt: skip


def _valid(q: Question) -> None:
    assert isinstance(q, Question)
    assert isinstance(q.prompt, str)
    if q.type is QuestionType.SCALE:
        assert q.scale_min is not None and q.scale_max is not None
        assert q.scale_min < q.scale_max
    if q.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.RANKING):
        assert len(q.options) >= 2 or (q.allow_other and q.options)
        assert all(isinstance(o, str) and o for o in q.options)
    if q.type is QuestionType.OPEN_ENDED:
        assert q.source is DetectionSource.NONE
    else:
        assert q.source is not DetectionSource.NONE


@FAST
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    _valid(detect_question(text))


@FAST
@given(MESSAGEISH)
def test_never_raises_on_message_like_text(text: str) -> None:
    _valid(detect_question(text))


@FAST
@given(MESSAGEISH, JSONISH)
def test_never_raises_on_arbitrary_structured_values(text: str, obj: Any) -> None:
    _valid(detect_question(text, obj))


@FAST
@given(MESSAGEISH, JSONISH)
def test_never_raises_on_embedded_json(text: str, obj: Any) -> None:
    try:
        block = json.dumps(obj, allow_nan=True)
    except (TypeError, ValueError):
        block = "{}"
    _valid(detect_question(f"{text}\n```json\n{block}\n```"))
    _valid(detect_question(f"{text} {block}"))


@FAST
@given(
    st.one_of(st.none(), st.integers(), st.binary(max_size=50), st.lists(st.integers(), max_size=3))
)
def test_never_raises_on_non_string_content(content: Any) -> None:
    _valid(detect_question(content))


@FAST
@given(st.sampled_from(list(QuestionType)), JSONISH)
def test_format_answer_always_returns_text(kind: QuestionType, value: Any) -> None:
    q = Question(type=kind, options=["A", "B"], scale_min=1, scale_max=5)
    assert isinstance(format_answer(q, value), str)


# ---------------------------------------------------------------------------- round trip

_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàáâãäçèéêëíîïñóôõöúûüßÀÉÑÖÜ"
_WORD = st.builds(
    str.__add__,
    st.sampled_from(_LETTERS),
    st.text(alphabet=_LETTERS + "0123456789'&/+-", max_size=11),
)
_OPTION = st.lists(_WORD, min_size=1, max_size=5).map(" ".join)
_RESERVED = re.compile(
    r"^(?:other|others|something else|otro|otra|otros|otras|autre|autres|sonstiges?|andere[s]?|outro|outra|outros)\b",
    re.IGNORECASE,
)
QUESTIONS = [
    "Which of these do you use most?",
    "Thanks! 😊 Which one describes your team best?",
    "¿Cuál de estas opciones prefieres?",
    "Quelle option préférez-vous ?",
    "Welche Option bevorzugen Sie?",
    "Qual destas opções você prefere?",
    "What's your main use case? Please pick one:",
]


@FAST
@given(
    st.lists(_OPTION, min_size=2, max_size=12, unique_by=str.casefold),
    st.sampled_from(QUESTIONS),
    st.sampled_from(["\n", "\n\n"]),
)
def test_options_round_trip_through_option_text(
    options: list[str], question: str, gap: str
) -> None:
    assume(not any(_RESERVED.match(o) for o in options))
    assume(
        not {o.casefold() for o in options}
        <= {"yes", "no", "sí", "si", "oui", "non", "ja", "nein", "sim", "não"}
    )
    q = detect_question(question + gap + option_text(options))
    assert q.type is QuestionType.SINGLE_CHOICE
    assert q.options == options
    assert q.source is DetectionSource.TEXT


@FAST
@given(st.lists(_OPTION, min_size=2, max_size=8, unique_by=str.casefold))
def test_round_trip_keeps_multiple_and_ranking(options: list[str]) -> None:
    assume(not any(_RESERVED.match(o) for o in options))
    multi = detect_question("Which apply? Select all that apply.\n" + option_text(options))
    rank = detect_question(
        "Please rank these from most to least important:\n" + option_text(options)
    )
    assert (multi.type, multi.options) == (QuestionType.MULTIPLE_CHOICE, options)
    assert (rank.type, rank.options) == (QuestionType.RANKING, options)


PATHOLOGICAL = {
    "unclosed braces": "{" * 50_000,
    "brace quotes": '{"' * 25_000,
    "fence openers": "```json\n" * 6_000,
    "html comment openers": "<!-- {" * 8_000,
    "question tag openers": "<question>{" * 5_000,
    "digits": "1 " * 25_000,
    "ranges": "1-5 " * 12_000,
    "numbered lines": "1. a\n" * 10_000,
    "colons": "which: a, " * 5_000,
    "deep nesting": '{"question": ' * 2_000 + "{}" + "}" * 2_000,
    "huge option list": '{"type": "single_choice", "options": ['
    + ",".join(f'"option {i}"' for i in range(3_000))
    + "]}",
}


def test_pathological_inputs_are_handled() -> None:
    """Inputs built to trigger regex backtracking or deep recursion still give a valid answer.

    (The benchmark prints their timings; tests never assert on time.)
    """
    for text in PATHOLOGICAL.values():
        _valid(detect_question(text))
    huge = detect_question("Pick one", json.loads(PATHOLOGICAL["huge option list"]))
    assert huge.type is QuestionType.SINGLE_CHOICE
    assert huge.options == [f"option {i}" for i in range(30)]  # capped for the widget
    embedded = detect_question("Pick one\n" + PATHOLOGICAL["huge option list"])
    assert embedded.source is DetectionSource.EMBEDDED_JSON
    assert embedded.prompt == "Pick one"
