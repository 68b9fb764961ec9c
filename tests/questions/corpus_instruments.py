"""Session 13's fourth batches: the families held-out 23 (standardised questionnaires given in
chat) showed, written anew in five languages, with open questions of the same shape beside them
that must stay open. Each batch's first score, on the detector before the change made for it
(commit 36ef4a4), is kept beside it (printed by tests/benchmarks/questions.py).

* ANSWER_ROW: the answer set after a label with a colon, between spaced slashes ("Your options:
  Never / Sometimes / Often", "Vos options : …", "Responde con una de estas: …", "Antworte mit
  einer der folgenden Optionen: …", "Suas opções: …"); agreement points so given are a scale
  in every language, as they are without the label;
* RATE_AFTER: the range and both its ends told after the question ("How much pain …? Give a
  number from 0 to 10, where 0 is no pain and 10 is the worst pain imaginable."); a past
  rating recalled after an open question stays open;
* OTHER_ASKS: "…, or other (tell me which)" closes a list: the Other asks for its text;
* CORRESPOND: "où 0 correspond à X et 10 à Y": the high end's label without the "à".
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

S, M, R, SC, Y = "single_choice", "multiple_choice", "ranking", "scale", "yes_no"

ANSWER_ROW: list[Case] = [
    C(
        S,
        "In the last two weeks, how often did you sleep badly?\nYour options: Never / "
        "Sometimes / Often / Every night",
        options=["Never", "Sometimes", "Often", "Every night"],
    ),
    C(
        S,
        "¿Con qué frecuencia se sintió cansado esta semana? Responde con una de estas: Nunca / "
        "Algunos días / Casi todos los días",
        options=["Nunca", "Algunos días", "Casi todos los días"],
        lang="es",
    ),
    C(
        S,
        "À quelle fréquence avez-vous mal dormi ? Vos options : Jamais / Parfois / Souvent",
        options=["Jamais", "Parfois", "Souvent"],
        lang="fr",
    ),
    C(
        S,
        "Wie oft hattest du diese Woche Kopfschmerzen? Antworte mit einer der folgenden "
        "Optionen: Nie / An einzelnen Tagen / Fast täglich",
        options=["Nie", "An einzelnen Tagen", "Fast täglich"],
        lang="de",
    ),
    C(
        S,
        "Com que frequência dormiu mal? Suas opções: Nunca / Às vezes / Quase sempre",
        options=["Nunca", "Às vezes", "Quase sempre"],
        lang="pt",
    ),
    C(
        SC,
        "« Mon travail a du sens. » Dans quelle mesure êtes-vous d'accord ? Vos options : Pas "
        "du tout d'accord / Plutôt pas d'accord / Plutôt d'accord / Tout à fait d'accord",
        scale=(1, 4),
        labels={"lo": "Pas du tout d'accord", "hi": "Tout à fait d'accord"},
        lang="fr",
    ),
    C(
        SC,
        "„Meine Arbeit ist sinnvoll.“ Wie sehr stimmen Sie zu? Ihre Optionen: Stimme gar nicht "
        "zu / Stimme eher nicht zu / Stimme eher zu / Stimme voll zu",
        scale=(1, 4),
        labels={"lo": "Stimme gar nicht zu", "hi": "Stimme voll zu"},
        lang="de",
    ),
    D("Your options were Never / Sometimes / Often last time. What changed since then?"),
]
ANSWER_ROW_FIRST_SCORE = "detector of 36ef4a4: 3/8 exactly right; single_choice 1.000/0.400, scale 0.000/0.000 (an answer set after 'Vos options :', 'Suas opções:', 'Responde con una de estas:' read as no list or as several; the label kept on the first point); 0 of 1 open question given a widget"

RATE_AFTER: list[Case] = [
    C(
        SC,
        "How much pain do you have right now? Give a number from 0 to 10, where 0 is no pain "
        "and 10 is the worst pain imaginable.",
        scale=(0, 10),
        labels={"lo": "no pain", "hi": "the worst pain imaginable"},
    ),
    C(
        SC,
        "¿Cuánto cansancio siente hoy? Dígalo con un número del 1 al 5, siendo 1 nada y 5 "
        "muchísimo.",
        scale=(1, 5),
        labels={"lo": "nada", "hi": "muchísimo"},
        lang="es",
    ),
    C(
        SC,
        "Wie müde sind Sie heute? Nennen Sie eine Zahl von 1 bis 5, wobei 1 gar nicht und 5 "
        "sehr bedeutet.",
        scale=(1, 5),
        labels={"lo": "gar nicht", "hi": "sehr"},
        lang="de",
    ),
    C(
        SC,
        "Como está o seu cansaço hoje? Indique um número de 1 a 5, em que 1 é nada e 5 é muito.",
        scale=(1, 5),
        labels={"lo": "nada", "hi": "muito"},
        lang="pt",
    ),
    D("What went wrong at the clinic? Last time you said 1 means poor and 5 means great."),
]
RATE_AFTER_FIRST_SCORE = "detector of 36ef4a4: 2/5 exactly right; scale 1.000/0.250 (a range told after a question that does not rate read as no scale); 0 of 1 open question given a widget"

OTHER_ASKS: list[Case] = [
    C(
        M,
        "Which apps did you use this week? Tick all that apply: the planner, the tracker, the "
        "journal, or other (tell me which).",
        options=["the planner", "the tracker", "the journal"],
        allow_other=True,
    ),
    C(
        M,
        "¿Qué apps usó esta semana? Marque todas las que correspondan: el planificador, el "
        "diario, la agenda u otra (dígame cuál).",
        options=["el planificador", "el diario", "la agenda"],
        allow_other=True,
        lang="es",
    ),
]
OTHER_ASKS_FIRST_SCORE = "detector of 36ef4a4: 1/2 exactly right; multiple_choice 1.000/0.500 ('or other (tell me which)' read as an invitation to tell)"

CORRESPOND: list[Case] = [
    C(
        SC,
        "Sur une échelle de 1 à 5, où 1 correspond à très mal et 5 à très bien, comment "
        "avez-vous dormi ?",
        scale=(1, 5),
        labels={"lo": "très mal", "hi": "très bien"},
        lang="fr",
    ),
    C(
        SC,
        "En una escala del 1 al 5, donde 1 corresponde a muy mal y 5 a muy bien, ¿cómo durmió?",
        scale=(1, 5),
        labels={"lo": "muy mal", "hi": "muy bien"},
        lang="es",
    ),
]
CORRESPOND_FIRST_SCORE = "detector of 36ef4a4: 0/2 exactly right; scale 0.000/0.000 (the high end's label kept its 'à'; 'corresponde a' not read as a label's verb)"

INSTRUMENTS: list[Case] = [*ANSWER_ROW, *RATE_AFTER, *OTHER_ASKS, *CORRESPOND]
