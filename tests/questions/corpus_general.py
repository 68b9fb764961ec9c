"""Session 13's last batches: the families held-out 25 (a general assistant given only a short
interviewer prompt) showed, written anew, with questions of the same shape beside them. Each
batch's first score, on the detector before the change made for it (commit 51904d7), is kept
beside it (printed by tests/benchmarks/questions.py).

* ASKING_ACCENT: a Spanish question whose accented interrogative follows its subject ("¿Tú qué
  opinas?", "¿Usted cómo lo haría?"): open, not a yes/no (the folded "que" read as a relative
  gave it a widget); an interrogative inside a yes/no ("¿Eres la persona que decide qué …?")
  keeps it a yes/no;
* COULD_BE_EXAMPLE: "Pode ser uma estimativa, tipo 20 ou 30 minutos." after an open question
  is an example, no options (it was given a widget); "Puede ser con A, con B o C; dime …"
  after a choice question still offers them;
* QUOTED_ITEM_LEGEND: a statement in „…“ or « … » between the question and its numbered
  agreement points: a scale.
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

S, M, R, SC, Y = "single_choice", "multiple_choice", "ranking", "scale", "yes_no"

ASKING_ACCENT: list[Case] = [
    D("Unos dicen que la app es lenta; otros, que va bien. ¿Tú qué opinas?", lang="es"),
    D("¿Usted cómo lo haría si tuviera que empezar de cero?", lang="es"),
    D("Y tú, ¿cuál prefieres y por qué?", lang="es"),
    C(Y, "¿Eres tú quien decide qué proveedores se contratan?", lang="es"),
]
ASKING_ACCENT_FIRST_SCORE = "detector of 51904d7: 3/4 exactly right; open_ended 1.000/0.667: 1 of 3 open questions given a widget ('¿Tú qué opinas?' read as a yes/no)"

COULD_BE_EXAMPLE: list[Case] = [
    D(
        "Quanto tempo você leva para fazer a revisão, e quais passos ela tem? Pode ser uma "
        "estimativa, tipo 10 ou 15 minutos.",
        lang="pt",
    ),
    D(
        "¿Cuánto tarda en preparar el informe, y qué pasos sigue? Puede ser aproximado, como "
        "una o dos horas.",
        lang="es",
    ),
    C(
        M,
        "¿Y con quién sueles ir al cine? Puede ser con amigos, con tu pareja o solo; dime todas "
        "las que te encajen.",
        options=["con amigos", "con tu pareja", "solo"],
        lang="es",
    ),
]
COULD_BE_EXAMPLE_FIRST_SCORE = "detector of 51904d7: 1/3 exactly right; open_ended 1.000/0.000: 2 of 2 open questions given a widget (an example after 'Pode ser' / 'Puede ser' read as options: a fault this session's OPTIONS_ARE brought in, 6d49c48)"

QUOTED_ITEM_LEGEND: list[Case] = [
    C(
        SC,
        "Inwieweit stimmen Sie zu? „Die Rechnung ist leicht zu lesen.“\n\n1 – Stimme gar nicht "
        "zu\n2 – Stimme eher nicht zu\n3 – Teils, teils\n4 – Stimme eher zu\n5 – Stimme voll zu",
        scale=(1, 5),
        labels={"lo": "Stimme gar nicht zu", "hi": "Stimme voll zu"},
        lang="de",
    ),
    C(
        SC,
        "Dans quelle mesure êtes-vous d'accord ? « La facture est facile à lire. »\n\n1 – Pas "
        "du tout d'accord\n2 – Plutôt pas d'accord\n3 – Plutôt d'accord\n4 – Tout à fait "
        "d'accord",
        scale=(1, 4),
        labels={"lo": "Pas du tout d'accord", "hi": "Tout à fait d'accord"},
        lang="fr",
    ),
]
QUOTED_ITEM_LEGEND_FIRST_SCORE = "detector of 51904d7: 1/2 exactly right; scale 1.000/0.500 (a statement in „…“ between the question and its points hid the question)"

GENERAL: list[Case] = [*ASKING_ACCENT, *COULD_BE_EXAMPLE, *QUOTED_ITEM_LEGEND]
