"""Property tests: detection is total and deterministic, and reads the same message alike whatever
its whitespace, its Markdown emphasis (``**A.**``, ``*Slack*``) or its list markers."""

from __future__ import annotations

import random
import re
from typing import Any

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from koji_tui.questions import Question, QuestionType, detect_question
from tests.questions.cases import Case
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
    # the families of issue 8: a permission, a limit said alone, a closing instruction
    ("Which of these do you use?", "Feel free to choose several."),
    ("Which of these do you use? No more than 3, please.", ""),
    ("¿Qué canales usas?", "Puedes escoger tantas como quieras."),
    ("Quels canaux utilisez-vous ?", "Pas plus de deux, s'il vous plaît."),
    ("Welche Kanäle nutzen Sie?", "Sagen Sie mir einfach, was zutrifft."),
    ("Quais canais você usa?", "Pode selecionar quantas opções quiser."),
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
    "symbol": lambda i: "🔹 ",
    "dash_number": lambda i: f"{i + 1} - ",
    "option_word": lambda i: f"Option {chr(65 + i)}: ",
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
            "Which plan are you on ({a}, {b}, or {c})?",
            "Which do you use: {a} / {b} / {c}?",
            "How would you describe it: {a}, {b}, or {c}?",
            "Welche nutzen Sie ({a}, {b} oder {c})?",
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


# ---------------------------------------------------------------------------- the corpora


def _corpus() -> list[Case]:
    from tests.questions.corpus import CASES
    from tests.questions.corpus_chatty import CHATTY
    from tests.questions.corpus_crossed import HELDOUT_CROSSED
    from tests.questions.corpus_holdout import HOLDOUT
    from tests.questions.corpus_paraphrase import PARAPHRASES
    from tests.questions.corpus_stress import STRESS

    cases = [*CASES, *HOLDOUT, *HELDOUT_CROSSED, *PARAPHRASES, *CHATTY, *STRESS]
    return [case for case in cases if "{" not in case.text and "`" not in case.text]


CORPUS = _corpus()
OPEN_CASES = [case for case in CORPUS if case.type == "open_ended"]
_WORDS = re.compile(r"(?<![\w*_])([^\W\d_]{3,})(?![\w*_])")


def emphasise(text: str, seed: int) -> str:
    """``text`` with some of its words in Markdown emphasis (``**word**``, ``*word*``, ``_word_``)."""
    rng = random.Random(seed)

    def wrap(match: re.Match[str]) -> str:
        word = match.group(1)
        if rng.random() > 0.3:
            return word
        mark = rng.choice(["**", "*", "_"])
        return f"{mark}{word}{mark}"

    return _WORDS.sub(wrap, text)


@FAST
@given(st.sampled_from(OPEN_CASES), st.integers(0, 10**6))
def test_an_open_question_stays_open_whatever_its_spacing_and_emphasis(
    case: Case, seed: int
) -> None:
    """The first rule survives the writing: no widget on an open question of any corpus when its
    spacing changes or its words are in emphasis."""
    for variant in (respace(case.text, seed), emphasise(case.text, seed)):
        question = detect_question(variant)
        assert not question.is_structured, (variant, question.type)
    assert not detect_question(respace(emphasise(case.text, seed), seed)).is_structured


@FAST
@given(st.sampled_from(CORPUS), st.integers(0, 10**6))
def test_every_corpus_message_reads_alike_respaced_and_emphasised(case: Case, seed: int) -> None:
    reference = signature(detect_question(case.text))
    assert signature(detect_question(respace(case.text, seed))) == reference
    assert signature(detect_question(emphasise(case.text, seed))) == reference


def test_emphasis_inside_emphasis_is_read_through() -> None:
    """Found by the property test above (seed 1): a word in emphasis inside an option in
    emphasis left the option's own asterisks, and its "Other" was read as an option."""
    plain = (
        "¿Dónde oíste hablar de nosotros? Indica todos los sitios que apliquen.\n\n"
        "* Un amigo o compañero\n* Redes sociales\n* En otro sitio (¿dónde?)"
    )
    nested = plain.replace("* En otro sitio (¿dónde?)", "* *En otro *sitio* (¿**dónde**?)*")
    assert signature(detect_question(nested)) == signature(detect_question(plain))
    assert detect_question(nested).allow_other
