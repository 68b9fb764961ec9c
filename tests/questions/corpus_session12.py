"""Session 12's batches: the families held-out 17 (a UX researcher's moderator following a
discussion guide) showed, written anew in five languages, with open questions of the same shape
beside them that must stay open. Each batch's first score, on the detector before the change
made for it, is kept beside it (printed by tests/benchmarks/questions.py).

* ROOMY_LIST: an instruction to rank or to pick several, a colon, and options of six to eight
  words between commas ("Classez-les du plus utile au moins utile : …, la prise de rendez-vous
  à la CAF, …", "Ordene los trámites (1 = más urgente): …, reportar incidencias en la vía
  pública."); the same list after a question that asks why or how stays open;
* BARE_RANGE: a range with no "from" after a question that rates ("Wie viele Sterne … – 1 bis
  5?", "Quantas estrelas …, 1 até 5?"); a count asked the same way stays open ("Wie viele Tage
  …, 1 bis 5?");
* QUOTED_ENDS: the two ends' labels in quotes after "=" ("wobei 0 = „gar nicht“ und 10 =
  „sehr“", "‚…‘", "« … »", "“…”").
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

S, M, R, SC = "single_choice", "multiple_choice", "ranking", "scale"

ROOMY_LIST: list[Case] = [
    C(
        R,
        "Gracias. Ahora ordene estas mejoras de la más a la menos necesaria (1 = la más "
        "necesaria): ampliar el horario de atención, reducir el tiempo de espera en caja, "
        "mejorar la señalización dentro de la tienda, ofrecer aparcamiento gratuito.",
        options=[
            "ampliar el horario de atención",
            "reducir el tiempo de espera en caja",
            "mejorar la señalización dentro de la tienda",
            "ofrecer aparcamiento gratuito",
        ],
        lang="es",
    ),
    C(
        R,
        "Classez ces étapes de la plus pénible à la moins pénible : la création du compte "
        "sur le portail, l'envoi des justificatifs de domicile, le paiement en ligne par carte.",
        options=[
            "la création du compte sur le portail",
            "l'envoi des justificatifs de domicile",
            "le paiement en ligne par carte",
        ],
        lang="fr",
    ),
    C(
        R,
        "Bitte bringen Sie diese Punkte in eine Reihenfolge, der wichtigste zuerst: die "
        "Wartezeit bis zum ersten Termin, die Erreichbarkeit der Praxis am Telefon, die "
        "Parkmöglichkeiten direkt vor dem Haus.",
        options=[
            "die Wartezeit bis zum ersten Termin",
            "die Erreichbarkeit der Praxis am Telefon",
            "die Parkmöglichkeiten direkt vor dem Haus",
        ],
        lang="de",
    ),
    C(
        R,
        "Ordene estes pontos do mais ao menos importante para si: o tempo de espera pela "
        "primeira consulta, a marcação de consultas pelo telefone, o estacionamento junto ao "
        "centro de saúde.",
        options=[
            "o tempo de espera pela primeira consulta",
            "a marcação de consultas pelo telefone",
            "o estacionamento junto ao centro de saúde",
        ],
        lang="pt",
    ),
    C(
        R,
        "Please rank these from most to least annoying: waiting on hold for an agent, "
        "re-entering my details on every call, being transferred to the wrong department.",
        options=[
            "waiting on hold for an agent",
            "re-entering my details on every call",
            "being transferred to the wrong department",
        ],
    ),
    C(
        M,
        "Which of these have you done in the last month? Select all that apply: booked a "
        "table through the app, paid the bill from my phone, left a review after the meal.",
        options=[
            "booked a table through the app",
            "paid the bill from my phone",
            "left a review after the meal",
        ],
    ),
    C(
        M,
        "¿Cuáles de estas cosas ha hecho este mes? Marque todas las que correspondan: reservar "
        "mesa desde la aplicación, pagar la cuenta con el móvil, dejar una reseña del local.",
        options=[
            "reservar mesa desde la aplicación",
            "pagar la cuenta con el móvil",
            "dejar una reseña del local",
        ],
        lang="es",
    ),
    D(
        "Why would you rank them that way: waiting on hold for an agent, re-entering my "
        "details on every call, being transferred to the wrong department?"
    ),
    D(
        "¿Por qué las ordenó así: ampliar el horario de atención, reducir el tiempo de espera "
        "en caja, mejorar la señalización dentro de la tienda?",
        lang="es",
    ),
    D(
        "Vous avez cité plusieurs étapes : la création du compte sur le portail, l'envoi des "
        "justificatifs de domicile, le paiement en ligne. Laquelle vous a fait hésiter, et "
        "pourquoi ?",
        lang="fr",
    ),
]
ROOMY_LIST_FIRST_SCORE = (
    "detector of c47b81b: 3/10 exactly right; ranking 1.000/0.000, multiple_choice "
    "1.000/0.000 (options of six to eight words after a colon refused as a clause); 0 of 3 "
    "open questions given a widget"
)

BARE_RANGE: list[Case] = [
    C(SC, "Wie viele Sterne geben Sie der neuen Suche – 1 bis 5?", scale=(1, 5), lang="de"),
    C(SC, "Und wie zufrieden bist du mit dem Versand, 1 bis 10?", scale=(1, 10), lang="de"),
    C(SC, "Quantas estrelas daria à nova pesquisa, 1 até 5?", scale=(1, 5), lang="pt"),
    C(SC, "Wie bewerten Sie die Beratung insgesamt (1 bis 7)?", scale=(1, 7), lang="de"),
    D("Wie viele Tage pro Woche arbeiten Sie im Büro, 1 bis 5?", lang="de"),
    D("Quantos dias por semana trabalha no escritório, 1 até 5?", lang="pt"),
    D("Letztes Jahr waren es 1 bis 5 Besuche im Monat. Wie hat sich das verändert?", lang="de"),
]
BARE_RANGE_FIRST_SCORE = (
    'detector of c47b81b: 3/7 exactly right; scale 1.000/0.000 ("1 bis 5" and "1 até 5" '
    'with no "von" or "de" not read as a range); 0 of 3 open questions given a widget'
)

QUOTED_ENDS: list[Case] = [
    C(
        SC,
        "Auf einer Skala von 1 bis 5, wobei 1 = „gar nicht hilfreich“ und 5 = „sehr "
        "hilfreich“: Wie hilfreich war die Anleitung?",
        scale=(1, 5),
        labels={"lo": "gar nicht hilfreich", "hi": "sehr hilfreich"},
        lang="de",
    ),
    C(
        SC,
        "Wie leicht fiel Ihnen die Anmeldung? Skala von 0 bis 10, wobei 0 = ‚sehr schwer‘ "
        "und 10 = ‚sehr leicht‘.",
        scale=(0, 10),
        labels={"lo": "sehr schwer", "hi": "sehr leicht"},
        lang="de",
    ),
    C(
        SC,
        "Sur une échelle de 1 à 7, où 1 = « pas du tout clair » et 7 = « parfaitement clair », "
        "comment jugez-vous le devis ?",
        scale=(1, 7),
        labels={"lo": "pas du tout clair", "hi": "parfaitement clair"},
        lang="fr",
    ),
    C(
        SC,
        "En una escala del 1 al 5, donde 1 = «nada clara» y 5 = «muy clara», ¿cómo valora la "
        "factura?",
        scale=(1, 5),
        labels={"lo": "nada clara", "hi": "muy clara"},
        lang="es",
    ),
    C(
        SC,
        "Numa escala de 1 a 5, em que 1 = “nada útil” e 5 = “muito útil”, como avalia o "
        "relatório mensal?",
        scale=(1, 5),
        labels={"lo": "nada útil", "hi": "muito útil"},
        lang="pt",
    ),
    C(
        SC,
        'On a scale of 1 to 5, where 1 = "not clear at all" and 5 = "perfectly clear", how '
        "would you rate the invoice?",
        scale=(1, 5),
        labels={"lo": "not clear at all", "hi": "perfectly clear"},
    ),
]
QUOTED_ENDS_FIRST_SCORE = (
    "detector of c47b81b: 4/6 exactly right; scale 0.667/0.667 (German labels after "
    '"wobei 0 =" kept the "=" and the opening „ or ‚, the last one ran on past its '
    "closing quote)"
)

SESSION12: list[Case] = [*ROOMY_LIST, *BARE_RANGE, *QUOTED_ENDS]
