"""What an interviewer says around the ask changes nothing: a closing courtesy (why it asks, that
the answer is anonymous or may be skipped, "go with your gut") and a participant's question
quoted before it. Every tuning corpus message the detector reads right is read the same with
them; none of them turns an open question into a widget."""

from __future__ import annotations

import re

import pytest

from koji_tui.questions import detect_question
from tests.questions.cases import Case
from tests.questions.corpus import CASES
from tests.questions.corpus_holdout16 import HOLDOUT16
from tests.questions.corpus_session11 import SESSION11
from tests.questions.corpus_session12 import SESSION12
from tests.questions.corpus_stress import STRESS
from tests.questions.scoring import case_errors

COURTESIES: dict[str, list[str]] = {
    "en": [
        "There are no right or wrong answers.",
        "Your answer stays anonymous.",
        "You can skip this one if you prefer.",
        "We ask this to improve waiting times.",
        "Everything you share is confidential.",
        "This question is optional.",
        "Just go with your first instinct.",
    ],
    "es": [
        "No hay respuestas correctas ni incorrectas.",
        "Su respuesta es anónima.",
        "Puede saltarse esta pregunta si lo prefiere.",
        "Lo preguntamos para mejorar los tiempos de espera.",
        "Todas las respuestas son confidenciales.",
        "Esta pregunta es opcional.",
        "Responda lo primero que le venga a la mente.",
    ],
    "fr": [
        "Il n'y a pas de bonne ou de mauvaise réponse.",
        "Votre réponse reste anonyme.",
        "Vous pouvez passer cette question si vous préférez.",
        "Nous posons cette question pour réduire les délais d'attente.",
        "Toutes les réponses sont confidentielles.",
        "Cette question est facultative.",
        "Fiez-vous à votre première impression.",
    ],
    "de": [
        "Es gibt keine richtigen oder falschen Antworten.",
        "Ihre Antwort bleibt anonym.",
        "Sie können diese Frage auch überspringen.",
        "Wir fragen das, um die Wartezeiten zu verbessern.",
        "Alle Angaben sind vertraulich.",
        "Diese Angabe ist freiwillig.",
        "Antworten Sie einfach aus dem Bauch heraus.",
    ],
    "pt": [
        "Não há respostas certas ou erradas.",
        "A sua resposta é anónima.",
        "Pode saltar esta pergunta, se preferir.",
        "Perguntamos isto para melhorar os tempos de espera.",
        "Todas as respostas são confidenciais.",
        "Esta pergunta é opcional.",
        "Responda com a primeira coisa que lhe vier à cabeça.",
    ],
}
QUOTES: dict[str, str] = {
    "en": 'You said "is it the price or the wait? honestly both". Thank you.',
    "es": "Usted dijo «¿es el precio o la espera? las dos cosas». Gracias.",
    "fr": "Vous avez dit « est-ce le prix ou l'attente ? les deux ». Merci.",
    "de": "Sie sagten „ist es der Preis oder die Wartezeit? ehrlich gesagt beides“. Danke.",
    "pt": 'O senhor disse "é o preço ou a espera? sinceramente, os dois". Obrigado.',
}


def _read_right() -> list[Case]:
    seen: set[str] = set()
    out: list[Case] = []
    for case in [*CASES, *STRESS, *HOLDOUT16, *SESSION11, *SESSION12]:
        if case.text not in seen and not case_errors(case, detect_question(case.text)):
            seen.add(case.text)
            out.append(case)
    return out[::3]  # a third of them, every kind and language: enough, and quick


SAMPLE = _read_right()


def _changed(with_text: list[tuple[Case, str]]) -> list[str]:
    return [
        f"{text!r}: {case_errors(case, detect_question(text))}"
        for case, text in with_text
        if case_errors(case, detect_question(text))
    ]


@pytest.mark.parametrize("which", range(7))
def test_a_closing_courtesy_changes_nothing(which: int) -> None:
    """After a blank line or on the question's own line, in every language."""
    assert len(SAMPLE) > 500
    texts = []
    for i, case in enumerate(SAMPLE):
        body = case.text.rstrip()
        sep = " " if body.endswith(("?", ".", ")")) and i % 2 else "\n\n"
        texts.append((case, body + sep + COURTESIES[case.lang][which]))
    assert _changed(texts) == []


def test_a_quoted_question_before_the_ask_is_not_the_ask() -> None:
    texts = [(case, QUOTES[case.lang] + " " + case.text) for case in SAMPLE]
    changed = _changed(texts)
    assert len(changed) <= len(SAMPLE) // 200, changed  # a heading after it: a few, not more


LEADS: dict[str, list[str]] = {
    "en": [
        "Next question.",
        "Question 4 of 12\n\n",
        "Thanks for sharing that, it really helps.\n\n",
    ],
    "es": [
        "Siguiente pregunta.",
        "Pregunta 4 de 12\n\n",
        "Gracias por compartirlo, nos ayuda mucho.\n\n",
    ],
    "fr": [
        "Question suivante.",
        "Question 4 sur 12\n\n",
        "Merci de l'avoir partagé, cela nous aide.\n\n",
    ],
    "de": [
        "Nächste Frage.",
        "Frage 4 von 12\n\n",
        "Danke, dass Sie das teilen, das hilft uns sehr.\n\n",
    ],
    "pt": [
        "Próxima pergunta.",
        "Pergunta 4 de 12\n\n",
        "Obrigado por partilhar, ajuda-nos muito.\n\n",
    ],
}


@pytest.mark.parametrize("which", range(3))
def test_a_lead_in_changes_nothing(which: int) -> None:
    """A signpost or a thank-you before the ask ("Next question." once made "Which … most"
    a ranking: "most … next" read as positions across the two sentences)."""
    texts = []
    for case in SAMPLE:
        lead = LEADS[case.lang][which]
        texts.append((case, lead + ("" if lead.endswith("\n") else " ") + case.text))
    changed = _changed(texts)
    assert len(changed) <= len(SAMPLE) // 400, changed  # "Next question. ### Heading": one


ASIDES = {
    "en": "(optional)",
    "es": "(opcional)",
    "fr": "(facultatif)",
    "de": "(freiwillig)",
    "pt": "(opcional)",
}


def test_an_aside_that_only_reassures_changes_nothing() -> None:
    """ "Did you try it? (optional)" was open, and two open questions got a widget with it."""
    texts = [
        (case, case.text.replace("?", "? " + ASIDES[case.lang]))
        for case in SAMPLE
        if case.text.count("?") == 1
    ]
    assert _changed(texts) == []
    for text in [
        "What slowed you down most? (optional) (e.g., approvals, tooling, or meetings)",
        "What slowed you down most? (briefly) (e.g., approvals, tooling, or meetings)",
        "Sie haben das Onboarding mit 2 von 5 bewertet. Was hätte passieren müssen, damit es "
        "eine 4 oder 5 wird? (optional)",
    ]:
        assert not detect_question(text).is_structured, text


def test_the_faults_the_lead_ins_found() -> None:
    single = detect_question(
        "Next question. Which browser do you use most: Chrome, Firefox, or Edge?"
    )
    assert (single.type.value, single.options) == ("single_choice", ["Chrome", "Firefox", "Edge"])
    scale = detect_question(
        'Thanks.\nHow much do you agree with this?\n"The app saves me time every week."\n'
        "1 ─ 2 ─ 3 ─ 4 ─ 5 ─ 6 ─ 7\n(1 = strongly disagree · 7 = strongly agree)"
    )
    assert (scale.type.value, scale.scale_min, scale.scale_max) == ("scale", 1, 7)
    # without "autant d'" inside the quote, which once made it a multiple choice by chance
    checked = detect_question(
        "Cochez celles qui vous ont gêné : le formulaire, l'attente, le paiement."
    )
    assert checked.type.value == "multiple_choice"
    assert detect_question("Marque la que más usa: correo, teléfono o chat.").type.value == (
        "single_choice"
    )


@pytest.mark.parametrize("bullet", ["▪️", "■", "•", "🔹"])
def test_a_symbol_as_the_bullet_is_no_part_of_the_option(bullet: str) -> None:
    marker = re.compile(r"^(\s*)(?:[-*•]|\d+[.)])\s+", re.MULTILINE)
    texts = [
        (case, marker.sub(lambda m: m.group(1) + bullet + " ", case.text))
        for case in SAMPLE
        if case.options and marker.search(case.text)
    ]
    assert len(texts) > 100
    assert _changed(texts) == []


def test_a_courtesy_is_cut_only_where_it_is_one() -> None:
    """An option that names privacy stays an option; a scale's legend that says "confident"
    stays its legend; an instruction before a courtesy on the same line stays an instruction."""
    listed = detect_question(
        "Bitte ordnen Sie diese Punkte nach Wichtigkeit:\n\nPreis / Bedienbarkeit / "
        "Kundenservice / Datenschutz"
    )
    assert listed.options == ["Preis", "Bedienbarkeit", "Kundenservice", "Datenschutz"]
    scale = detect_question(
        "On a scale of 1–10, how confident do you feel? 1 means not confident at all and 10 "
        "means completely confident."
    )
    assert scale.scale_labels == {"1": "not confident at all", "10": "completely confident"}
    told = detect_question(
        "¿Usa la aplicación fuera del horario? Por favor, responda sí o no. Puede saltarse "
        "esta pregunta si lo prefiere."
    )
    assert told.type.value == "yes_no"
    other = detect_question(
        "Wie haben Sie uns gefunden?\n1. Google\n2. Empfehlung\n3. Sonstige (bitte nennen) Ihre "
        "Antwort bleibt anonym."
    )
    assert (other.options, other.allow_other) == (["Google", "Empfehlung"], True)
