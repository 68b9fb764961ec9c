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
        options=["tren", "avión", "coche"],
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
        options=["iFood", "Rappi", "WhatsApp do restaurante"],
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

#: written after ALT_TOLD's fix, for what its first try got wrong (not in its first score)
ALT_TOLD_LATER: list[Case] = [
    C(
        S,
        "Faz sentido. Normalmente você pede pelo iFood, pelo Rappi ou pelo WhatsApp? Escolha só uma.",
        options=["iFood", "Rappi", "WhatsApp"],
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

SESSION10: list[Case] = [*ALT_TOLD, *ALT_TOLD_LATER, *MORE_OR_LESS, *HOW_ROW]
