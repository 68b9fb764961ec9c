"""Session 13's third batches: the families held-out 21 (a concept, ad and pricing-test
moderator) showed, written anew in five languages, with open questions of the same shape beside
them that must stay open. Each batch's first score, on the detector before the change made for
it (commit 6d49c48), is kept beside it (printed by tests/benchmarks/questions.py).

* PRICE_BANDS: prices as the options ("Under $5, $5–9.99, …", "entre 3 € y 5 €", "de 3 à 4,99
  €", "8 € und mehr", "de R$ 20 a R$ 35"): a thousands or decimal comma parts no options, a
  band's "and" joins no list; "What would make it worth €6.99 or €7.99 to you?" stays open;
* FAVOURITE_ORDER: "from favourite to least favourite", "du préféré au moins aimé": a ranking;
* HEARD_OF: "Had you heard of …?" with the verb of talking after it ("¿Había oído hablar de
  …?", "já tinha ouvido falar da …?", "entendu parler de …"), and a free relative in a yes/no
  ("… more than what you pay now?"): yes/no;
* WHICH_DESCRIBE: "Welche Begriffe beschreiben …?", "Quels mots décrivent …?" pick from a list;
* OTHER_BEFORE_DECLINE: an "Other" just before "Don't know" / "Weiß nicht" is the Other.
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

S, M, R, SC, Y = "single_choice", "multiple_choice", "ranking", "scale", "yes_no"

PRICE_BANDS: list[Case] = [
    C(
        S,
        "What would you pay per month for this plan: under $8, $8–11.99, $12–15, or over $15?",
        options=["under $8", "$8–11.99", "$12–15", "over $15"],
    ),
    C(
        S,
        "¿Cuánto pagaría por este pack de 6? Menos de 4 €, entre 4 € y 6 €, entre 6 € y 9 € o "
        "más de 9 €",
        options=["Menos de 4 €", "entre 4 € y 6 €", "entre 6 € y 9 €", "más de 9 €"],
        lang="es",
    ),
    C(
        S,
        "Combien paieriez-vous pour ce coffret ? Moins de 10 €, de 10 à 14,99 €, de 15 à "
        "19,99 € ou 20 € et plus",
        options=["Moins de 10 €", "de 10 à 14,99 €", "de 15 à 19,99 €", "20 € et plus"],
        lang="fr",
    ),
    C(
        S,
        "Wie viel würden Sie für eine Monatskarte zahlen? Unter 30 €, 30–49,99 €, 50–69,99 € "
        "oder 70 € und mehr",
        options=["Unter 30 €", "30–49,99 €", "50–69,99 €", "70 € und mehr"],
        lang="de",
    ),
    C(
        S,
        "Quanto pagaria por mês neste plano? Até R$ 30, de R$ 30 a R$ 50, de R$ 50 a R$ 80 ou "
        "mais de R$ 80",
        options=["Até R$ 30", "de R$ 30 a R$ 50", "de R$ 50 a R$ 80", "mais de R$ 80"],
        lang="pt",
    ),
    C(
        S,
        "Which annual budget fits your team: under $1,000, $1,000–4,999, or $5,000 and more?",
        options=["under $1,000", "$1,000–4,999", "$5,000 and more"],
    ),
    D("What would make the plan worth €6.99 or €7.99 a month to you?"),
]
PRICE_BANDS_FIRST_SCORE = "detector of 6d49c48: 1/7 exactly right; single_choice 1.000/0.000 (any currency sign refused the list: prices read as no options); 0 of 1 open question given a widget"

FAVOURITE_ORDER: list[Case] = [
    C(
        R,
        "Could you order the three labels from favourite to least favourite? Label A / Label B "
        "/ Label C",
        options=["Label A", "Label B", "Label C"],
    ),
    C(
        R,
        "Classe ces emballages du préféré au moins aimé :\n1. Le bleu\n2. Le vert\n3. Le rouge",
        options=["Le bleu", "Le vert", "Le rouge"],
        lang="fr",
    ),
    D("Why is Label A your favourite, and Label C your least favourite?"),
]
FAVOURITE_ORDER_FIRST_SCORE = "detector of 6d49c48: 2/3 exactly right; ranking 1.000/0.500 ('from favourite to least favourite' not read as an order); 0 of 1 open question given a widget"

HEARD_OF: list[Case] = [
    C(Y, "Antes de hoy, ¿había oído hablar de la marca Sol?", lang="es"),
    C(Y, "Antes de hoje, a senhora já tinha ouvido falar do Conceito B?", lang="pt"),
    C(Y, "Aviez-vous déjà entendu parler de cette marque avant aujourd'hui ?", lang="fr"),
    C(Y, "Would you switch to this brand if it cost 50 cents more than what you pay now?"),
    D("What have you heard people say about the brand?"),
    D("¿Qué ha oído hablar de la marca Sol?", lang="es"),
]
HEARD_OF_FIRST_SCORE = "detector of 6d49c48: 2/6 exactly right; yes_no 1.000/0.000 ('oído hablar', 'ouvido falar' read as an invitation to talk; 'than what you pay' as a wh-question); 0 of 2 open questions given a widget"

WHICH_DESCRIBE: list[Case] = [
    C(
        M,
        "Welche Wörter beschreiben die Verpackung? Mehrfachnennungen möglich.\n- Modern\n"
        "- Billig\n- Auffällig\n- Keines davon",
        options=["Modern", "Billig", "Auffällig", "Keines davon"],
        lang="de",
    ),
    C(
        M,
        "Quels mots décrivent cette publicité ? Plusieurs réponses possibles.\n- Drôle\n"
        "- Ennuyeuse\n- Mémorable",
        options=["Drôle", "Ennuyeuse", "Mémorable"],
        lang="fr",
    ),
    D("Beschreiben Sie die Verpackung bitte in Ihren eigenen Worten.", lang="de"),
]
WHICH_DESCRIBE_FIRST_SCORE = "detector of 6d49c48: 2/3 exactly right; multiple_choice 1.000/0.500 ('Welche Wörter beschreiben …?' read as 'describe'); 0 of 1 open question given a widget"

OTHER_BEFORE_DECLINE: list[Case] = [
    C(
        M,
        "Which of these have you bought this year? Select all that apply.\n1. Brand A\n"
        "2. Brand B\n3. Other\n4. Don't know",
        options=["Brand A", "Brand B", "Don't know"],
        allow_other=True,
    ),
    C(
        S,
        "¿Qué marca compra más?\n- Marca A\n- Marca B\n- Otra\n- No sé",
        options=["Marca A", "Marca B", "No sé"],
        allow_other=True,
        lang="es",
    ),
]
OTHER_BEFORE_DECLINE_FIRST_SCORE = (
    "detector of 6d49c48: 0/2 exactly right ('Other' before 'Don't know' kept as an option)"
)

PRICING: list[Case] = [
    *PRICE_BANDS,
    *FAVOURITE_ORDER,
    *HEARD_OF,
    *WHICH_DESCRIBE,
    *OTHER_BEFORE_DECLINE,
]
