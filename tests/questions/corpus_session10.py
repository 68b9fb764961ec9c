"""Session 10's batches: families held-out 15 (the long-winded moderator) showed, written anew
in five languages, with open questions of the same shape beside them that must stay open. Each
batch's first score, on the detector before the change made for it, is kept beside it (printed
by tests/benchmarks/questions.py).

* ALT_TOLD: an alternative asked in the form of a yes/no question ("Do you use Slack, Teams or
  email?", "¿Lo haces desde el móvil, desde el ordenador o en una agencia?", "Você pede pelo
  iFood, pelo Rappi ou pelo WhatsApp?") and told as a choice by an instruction after it ("Pick
  one.", "Elige solo una.", "Choisissez-en un seul.", "Nur eine Antwort.", "Escolha só uma.").
  Without the instruction such a question stays open (it may be a yes/no: "Do you use Slack,
  Teams or email for that?"); a preposition every option repeats ("pelo …, pelo …") is left
  out of the options when it is short, as the inline stage already does ("por Slack o por
  WhatsApp");
* MORE_OR_LESS: "more or less" inside an option ("clear, more or less clear or not clear at
  all", "clara, más o menos clara o nada clara", "plus ou moins", "mehr oder weniger", "mais ou
  menos") is one option, not two;
* HOW_ROW: a "/" row after the colon of a how- or when-question, with an instruction after it
  ("How do you usually pay: card / PayPal / cash? Just the main one.").

Held-out 16 (the brisk interviewer) was scored once on d894865 (116/130) and read after; its
families written anew here:

* NAMED_ENDS: a range with both ends named after a how-often question ("from 0 (never) to 10
  (always)", "de 1 (casi nunca) a 5 (a diario)"): a scale, where a bare "from 0 to 10" after
  "how often" may be a count and stays open;
* TOLD_THEN_LISTED: an instruction with a colon, then the options, after the question ("As many
  as you like: A, B, C.", "Two at most: A | B | C", "Todas las que quieras: …", "Deux au
  maximum : …", "Beliebig viele: A · B", "Quantas quiser: …").
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

S, M, Y = "single_choice", "multiple_choice", "yes_no"

ALT_TOLD: list[Case] = [
    C(
        S,
        "Got it. Do you mostly use Slack, Teams or email for that? Pick one.",
        options=["Slack", "Teams", "email"],
    ),
    C(
        S,
        "When you book a table, do you go through the restaurant's site, a booking app or a phone call? Just the one you use most.",
        options=["the restaurant's site", "a booking app", "a phone call"],
    ),
    C(
        M,
        "Do you read the news on paper, on the radio or online? Choose all that apply.",
        options=["on paper", "on the radio", "online"],
    ),
    C(
        S,
        "Vale. ¿Pagas con tarjeta, con Bizum o en efectivo? Elige solo una.",
        options=["con tarjeta", "con Bizum", "en efectivo"],
        lang="es",
    ),
    C(
        S,
        "Cuando viajas por trabajo, ¿sueles ir en tren, en avión o en coche? Marca la más frecuente.",
        options=["en tren", "en avión", "en coche"],
        lang="es",
    ),
    C(
        S,
        "Utilisez-vous plutôt Doctolib, le téléphone ou le site du cabinet ? Choisissez-en un seul.",
        options=["Doctolib", "le téléphone", "le site du cabinet"],
        lang="fr",
    ),
    C(
        M,
        "Faites-vous vos courses au supermarché, au marché ou en ligne ? Plusieurs réponses possibles.",
        options=["au supermarché", "au marché", "en ligne"],
        lang="fr",
    ),
    C(
        S,
        "Alles klar. Buchen Sie Ihre Reisen über ein Reisebüro, direkt beim Anbieter oder über ein Vergleichsportal? Bitte nur eine Antwort.",
        options=["über ein Reisebüro", "direkt beim Anbieter", "über ein Vergleichsportal"],
        lang="de",
    ),
    C(
        S,
        "Entendi. Você pede pelo iFood, pelo Rappi ou pelo WhatsApp do restaurante? Escolha só uma.",
        options=["pelo iFood", "pelo Rappi", "pelo WhatsApp do restaurante"],
        lang="pt",
    ),
    C(
        M,
        "Você assiste a séries na TV, no celular ou no notebook? Pode marcar mais de uma.",
        options=["na TV", "no celular", "no notebook"],
        lang="pt",
    ),
    # the same shapes, open: no instruction, or the instruction asks for words
    D("Do you use Slack, Teams or email for that?"),
    D("Did you try the app, the website or the phone line? Tell me how each one went."),
    D("¿Usas el móvil, la tablet o el ordenador para eso? Cuéntame un poco.", lang="es"),
    D("Avez-vous essayé le chat, le téléphone ou l'e-mail ? Racontez-moi.", lang="fr"),
    D("Haben Sie die App, die Website oder die Hotline genutzt, und was ist passiert?", lang="de"),
    D("Você já usou o app, o site ou o telefone para isso? Me conte como foi.", lang="pt"),
]
ALT_TOLD_FIRST_SCORE = (
    "detector of d894865: 6/16 exactly right; P/R open_ended 0.375/1.000, single_choice "
    "1.000/0.000, multiple_choice 1.000/0.000 (all ten read as open); 0 of 6 open questions "
    "given a widget"
)

MORE_OR_LESS: list[Case] = [
    C(
        S,
        "Would you say the instructions were clear, more or less clear or not clear at all?",
        options=["clear", "more or less clear", "not clear at all"],
    ),
    C(
        S,
        "¿Dirías que la factura fue clara, más o menos clara o nada clara?",
        options=["clara", "más o menos clara", "nada clara"],
        lang="es",
    ),
    C(
        S,
        "Diriez-vous que l'explication était claire, plus ou moins claire ou pas claire du tout ?",
        options=["claire", "plus ou moins claire", "pas claire du tout"],
        lang="fr",
    ),
    C(
        S,
        "Würden Sie sagen, die Anleitung war verständlich, mehr oder weniger verständlich oder unverständlich?",
        options=["verständlich", "mehr oder weniger verständlich", "unverständlich"],
        lang="de",
    ),
    C(
        S,
        "Você diria que o atendimento foi bom, mais ou menos ou ruim?",
        options=["bom", "mais ou menos", "ruim"],
        lang="pt",
    ),
    D("Was it more or less what you expected? Tell me what surprised you.", lang="en"),
    D("¿Fue más o menos lo que esperabas? Cuéntame qué te sorprendió.", lang="es"),
]
MORE_OR_LESS_FIRST_SCORE = (
    "detector of d894865: 2/7 exactly right; single_choice 0.000/0.000 (all five split at "
    "their 'or': 'more', 'less clear'); 0 of 2 open questions given a widget"
)

HOW_ROW: list[Case] = [
    C(
        S,
        "How do you usually pay online: card / PayPal / bank transfer? Just the main one, please.",
        options=["card", "PayPal", "bank transfer"],
    ),
    C(
        S,
        "¿Cuándo sueles hacer la compra: entre semana / el fin de semana / cuando se acaba algo? Solo una.",
        options=["entre semana", "el fin de semana", "cuando se acaba algo"],
        lang="es",
    ),
    C(
        S,
        "Comment réservez-vous vos billets : application / site web / guichet ? Une seule réponse.",
        options=["application", "site web", "guichet"],
        lang="fr",
    ),
    C(
        S,
        "Wie bezahlen Sie meistens: Karte / PayPal / bar? Bitte nur eine Antwort.",
        options=["Karte", "PayPal", "bar"],
        lang="de",
    ),
    C(
        S,
        "Como você costuma pagar as compras online: cartão / Pix / boleto? Só a forma principal.",
        options=["cartão", "Pix", "boleto"],
        lang="pt",
    ),
    D("How did the setup go: smooth / bumpy? Tell me about the bumpy parts.", lang="en"),
]
HOW_ROW_FIRST_SCORE = (
    "detector of d894865: 5/6 exactly right; single_choice 1.000/0.800 (the Portuguese one, "
    "'Só a forma principal.', read as open); 0 of 1 open question given a widget"
)

SC = "scale"

NAMED_ENDS: list[Case] = [
    C(
        SC,
        "Thanks. How often do you check the app on a normal day, from 0 (never) to 10 (all the time)?",
        scale=(0, 10),
        labels={"lo": "never", "hi": "all the time"},
    ),
    C(
        SC,
        "¿Con qué frecuencia pides comida a domicilio, de 1 (casi nunca) a 5 (a diario)?",
        scale=(1, 5),
        labels={"lo": "casi nunca", "hi": "a diario"},
        lang="es",
    ),
    C(
        SC,
        "De 1 (jamais) à 5 (systématiquement), à quelle fréquence comparez-vous les prix ?",
        scale=(1, 5),
        labels={"lo": "jamais", "hi": "systématiquement"},
        lang="fr",
    ),
    C(
        SC,
        "Wie oft nutzen Sie die Merkliste, von 0 (nie) bis 10 (bei jedem Einkauf)?",
        scale=(0, 10),
        labels={"lo": "nie", "hi": "bei jedem Einkauf"},
        lang="de",
    ),
    C(
        SC,
        "Com que frequência você usa o cartão virtual, de 0 (nunca) a 10 (sempre)?",
        scale=(0, 10),
        labels={"lo": "nunca", "hi": "sempre"},
        lang="pt",
    ),
    D("How often do you travel for work, from 0 to 10 trips a year or more? And where to?"),
    D("¿Cuántas veces al mes, de 0 a 10 más o menos, usas la app y para qué?", lang="es"),
]
NAMED_ENDS_FIRST_SCORE = (
    "detector of e643a57: 3/7 exactly right; scale 1.000/0.200 (four of five read as open: a "
    "range after 'how often' was taken for a count); 0 of 2 open questions given a widget"
)

TOLD_THEN_LISTED: list[Case] = [
    C(
        M,
        "Makes sense. What put you off the premium plan? As many as you like: the price, the contract, the ads, the setup.",
        options=["the price", "the contract", "the ads", "the setup"],
    ),
    C(
        M,
        "Which features would you miss? Two at most: offline maps | live traffic | speed cameras | voice guidance",
        options=["offline maps", "live traffic", "speed cameras", "voice guidance"],
        max_choices=2,
    ),
    C(
        M,
        "¿Qué te frena a cambiar de compañía? Todas las que quieras: permanencia, precio, cobertura, atención al cliente.",
        options=["permanencia", "precio", "cobertura", "atención al cliente"],
        lang="es",
    ),
    C(
        M,
        "Qu'est-ce qui compte pour vous dans une appli de covoiturage ? Deux au maximum : le prix, les avis, la ponctualité, le confort.",
        options=["le prix", "les avis", "la ponctualité", "le confort"],
        max_choices=2,
        lang="fr",
    ),
    C(
        M,
        "Was nutzen Sie in der Banking-App? Beliebig viele: Überweisungen · Daueraufträge · Depot · Kartensperre",
        options=["Überweisungen", "Daueraufträge", "Depot", "Kartensperre"],
        lang="de",
    ),
    C(
        M,
        "O que você mais usa no app do banco? Quantas quiser: Pix, extrato, investimentos, cartão virtual.",
        options=["Pix", "extrato", "investimentos", "cartão virtual"],
        lang="pt",
    ),
    D(
        "What put you off the premium plan? In a sentence or two: the price, the contract, something else?"
    ),
    D("¿Qué te frena a cambiar? Cuéntame con calma: precio, permanencia, lo que sea.", lang="es"),
]
TOLD_THEN_LISTED_FIRST_SCORE = (
    "detector of e643a57: 2/8 exactly right; multiple_choice 1.000/0.000 (all six read as "
    "open); 0 of 2 open questions given a widget"
)

#: written after ALT_TOLD's fix, for what its first try got wrong (not in its first score)
ALT_TOLD_LATER: list[Case] = [
    C(
        S,
        "Faz sentido. Normalmente você pede pelo iFood, pelo Rappi ou pelo WhatsApp? Escolha só uma.",
        options=["pelo iFood", "pelo Rappi", "pelo WhatsApp"],
        lang="pt",
    ),
    C(
        S,
        "Have you used Slack, Teams or Zoom before? Just one, the one you know best.",
        options=["Slack", "Teams", "Zoom"],
    ),
    C(
        S,
        "Did you cancel because of the price, the app or the support? One answer.",
        options=["the price", "the app", "the support"],
    ),
    D("Haben Sie Slack, Teams oder Zoom schon genutzt? Erzählen Sie, wie es war.", lang="de"),
]

SESSION10: list[Case] = [
    *ALT_TOLD,
    *ALT_TOLD_LATER,
    *MORE_OR_LESS,
    *HOW_ROW,
    *NAMED_ENDS,
    *TOLD_THEN_LISTED,
]
