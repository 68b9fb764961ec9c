"""Session 9's batches: yes/no families held-out 15 (the long-winded moderator) showed, written
anew in five languages, with open questions of the same shape beside them that must stay open.
Each batch's first score, on the detector before the change made for it, is kept beside it
(printed by tests/benchmarks/questions.py).

* YN_ASIDE: a yes/no question whose clause of cause or concession holds an interrogative word
  ("… because you didn't know HOW …?", "… aunque no sepas CÓMO …?", "… parce que vous ne
  saviez pas COMMENT …", "… weil Sie nicht wussten, WIE …", "… porque não sabia COMO …");
* YN_REASSURED: a yes/no question followed by a short reassurance ("No worries if not.",
  "Sin compromiso.", "Pas de souci sinon.", "Ganz unverbindlich.", "Sem pressão.");
* YN_FAIR_TO_SAY: a statement put for confirmation ("Would it be fair to say …?", "¿Es justo
  decir que …?", "Peut-on dire que …?", "Kann man sagen, dass …?", "É justo dizer que …?");
* ROW_IN_LINE: a "/" row of options on the question's own line, between its colon and its
  question mark ("Where do you book: A / B / C? Just the main one.") or after it with the
  instruction in the same line ("…? A / B / C / D. Put them in order.");
* OTHER_TOLD: an "Other" offered in the instruction after the options ("… and if you use
  something else, tell me which", "si es otro, dime cuál", "si c'est une autre, dites-moi
  laquelle", "falls es ein anderer ist, nennen Sie ihn", "se for outro, me diga qual"). Found
  while writing it and not handled: an English instruction that only mentions "something
  else" in passing ("Just pick one, then we'll move on to something else.") makes the list
  read as open (the open cue "else").

Held-out 15's other misses (a "/" row before the question, in a statement, or ahead of a dash,
choices in a sentence "¿… desde el móvil, desde el ordenador o en una agencia?",
"mais ou menos clara" read as two options, labels written capitalised) were read but not yet
written anew.
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

Y = "yes_no"

YN_ASIDE: list[Case] = [
    C(
        Y,
        "Thanks for walking me through it. Did you ever stop using the app because you weren't sure how to export your data?",
    ),
    C(Y, "¿Has pensado en cambiar de banco, aunque no sepas muy bien cómo hacerlo?", lang="es"),
    C(
        Y,
        "Avez-vous déjà abandonné un panier parce que vous ne saviez pas comment appliquer le code promo ?",
        lang="fr",
    ),
    C(
        Y,
        "Haben Sie die Funktion schon einmal ausgelassen, weil Sie nicht wussten, wie sie funktioniert?",
        lang="de",
    ),
    C(Y, "Você já desistiu de uma compra porque não sabia como calcular o frete?", lang="pt"),
    D("Because you mentioned the export twice: how did you end up getting your data out?"),
    D("¿Cómo lo resolviste, aunque no fuera la forma más rápida?", lang="es"),
    D("Pourquoi avez-vous arrêté, même si l'outil vous plaisait ?", lang="fr"),
    D("Wie sind Sie vorgegangen, obwohl die Anleitung fehlte?", lang="de"),
    D("Como você fez, embora o app não ajudasse?", lang="pt"),
]
YN_ASIDE_FIRST_SCORE = (
    "detector of 2dd5fd3: 5/10 exactly right; P/R open_ended 0.500/1.000, yes_no 1.000/0.000 "
    "(all five read as open); 0 of 5 open questions given a widget"
)

YN_REASSURED: list[Case] = [
    C(
        Y,
        "That's really useful. Would you be up for a 20-minute follow-up call next month? No pressure.",
    ),
    C(
        Y,
        "¿Te podemos escribir dentro de dos semanas para ver qué tal te va? Sin compromiso.",
        lang="es",
    ),
    C(
        Y,
        "Accepteriez-vous qu'on vous recontacte pour tester la nouvelle version ? Aucun souci sinon.",
        lang="fr",
    ),
    C(
        Y,
        "Dürfen wir Sie für einen kurzen Test der neuen Version erneut kontaktieren? Ganz unverbindlich.",
        lang="de",
    ),
    C(Y, "Podemos te mandar um convite para o próximo teste? Sem pressão.", lang="pt"),
    D("What would make a follow-up call worth your time? No pressure, take a moment."),
    D(
        "¿Qué te gustaría que probáramos en la próxima versión? Sin prisa, piénsalo con calma.",
        lang="es",
    ),
    D(
        "Qu'est-ce qui vous ferait revenir ? Pas de pression, prenez votre temps pour y réfléchir.",
        lang="fr",
    ),
    D(
        "Was sollten wir als Nächstes verbessern? Keine Eile, denken Sie ruhig in Ruhe darüber nach.",
        lang="de",
    ),
    D(
        "O que faria você voltar a usar? Sem pressa, pode pensar com calma antes de responder.",
        lang="pt",
    ),
]
YN_REASSURED_FIRST_SCORE = (
    "detector of 2dd5fd3: 5/10 exactly right; P/R open_ended 0.500/1.000, yes_no 1.000/0.000 "
    "(all five read as open); 0 of 5 open questions given a widget"
)

YN_FAIR_TO_SAY: list[Case] = [
    C(
        Y,
        "You keep coming back to the invoices. Would it be fair to say billing is the part you'd change first?",
    ),
    C(
        Y,
        "Me has hablado mucho de los avisos. ¿Es justo decir que te sobran notificaciones?",
        lang="es",
    ),
    C(
        Y,
        "Sie haben mehrmals die Ladezeit erwähnt. Kann man sagen, dass sie Sie am meisten stört?",
        lang="de",
    ),
    C(
        Y,
        "Você falou bastante do atendimento. É justo dizer que ele pesou mais do que o preço?",
        lang="pt",
    ),
    D("Would it be fair to say more about what billing does today, in your own words?"),
    D("¿Qué sería justo decir sobre cómo te trataron?", lang="es"),
    D("Que peut-on dire de la livraison, d'après vous ?", lang="fr"),
    D("Was kann man über die Ladezeit sagen, wenn Sie sie beschreiben müssten?", lang="de"),
    D("O que é justo dizer sobre o atendimento que você recebeu?", lang="pt"),
]
YN_FAIR_TO_SAY_FIRST_SCORE = (
    "detector of 2dd5fd3: 8/10 exactly right, with the French cleft below then among them; P/R "
    "open_ended 0.714/1.000, yes_no 1.000/0.600 (fr and pt read as open); 0 of 5 open questions "
    "given a widget"
)

S, R = "single_choice", "ranking"

ROW_IN_LINE: list[Case] = [
    C(
        S,
        "Good to know. Where do you usually book your trips: the airline's site / a comparison site / a travel agent? Just the main one.",
        options=["the airline's site", "a comparison site", "a travel agent"],
    ),
    C(
        S,
        "Entendido. ¿Con qué pagas normalmente en la tienda: tarjeta / efectivo / el móvil? Solo la forma más habitual.",
        options=["tarjeta", "efectivo", "el móvil"],
        lang="es",
    ),
    C(
        R,
        "Merci. Qu'est-ce qui compte le plus pour vous ? Prix / Qualité / Délai / Service. Classez-les du plus au moins important.",
        options=["Prix", "Qualité", "Délai", "Service"],
        lang="fr",
    ),
    C(
        R,
        "Danke. Was sollen wir zuerst verbessern? Suche / Filter / Merkliste / Kasse. Bitte bringen Sie sie in eine Reihenfolge, das Wichtigste zuerst.",
        options=["Suche", "Filter", "Merkliste", "Kasse"],
        lang="de",
    ),
    C(
        S,
        "Legal. Por onde você assiste mais às aulas: celular / computador / TV? Só a principal, por favor.",
        options=["celular", "computador", "TV"],
        lang="pt",
    ),
    D("Where do you usually book your trips, and why there? Tell me about the last one."),
    D(
        "¿Con qué pagas normalmente en la tienda? Cuéntame cómo lo decides, tarjeta / efectivo / móvil o lo que sea.",
        lang="es",
    ),
    D(
        "Qu'est-ce qui compte le plus pour vous ? Racontez-moi, en quelques phrases, ce qui fait la différence.",
        lang="fr",
    ),
    D(
        "Was sollen wir zuerst verbessern? Beschreiben Sie es bitte mit Ihren eigenen Worten.",
        lang="de",
    ),
    D("Por onde você assiste mais às aulas, e em que momento do dia? Conte um pouco.", lang="pt"),
]

ROW_IN_LINE_FIRST_SCORE = (
    "detector of d45733e: 6/10 exactly right; P/R open_ended 0.556/1.000, single_choice "
    "1.000/0.000 (all three read as open), ranking 1.000/0.500 (the German one read as open); 0 "
    "of 5 open questions given a widget"
)

M = "multiple_choice"

OTHER_TOLD: list[Case] = [
    C(
        M,
        "Which of these do you use for notes?\n- Notion\n- Evernote\n- Apple Notes\n\nPick all that apply, and if you use something else, tell me which.",
        options=["Notion", "Evernote", "Apple Notes"],
        allow_other=True,
    ),
    C(
        S,
        "¿Qué navegador usas más?\n- Chrome\n- Firefox\n- Safari\n\nElige uno; si es otro, dime cuál.",
        options=["Chrome", "Firefox", "Safari"],
        allow_other=True,
        lang="es",
    ),
    C(
        M,
        "Quelles applis de livraison utilisez-vous ?\n- Uber Eats\n- Deliveroo\n- Just Eat\n\nCochez toutes celles qui s'appliquent ; si c'est une autre, dites-moi laquelle.",
        options=["Uber Eats", "Deliveroo", "Just Eat"],
        allow_other=True,
        lang="fr",
    ),
    C(
        S,
        "Welchen Messenger nutzen Sie am häufigsten?\n- WhatsApp\n- Signal\n- Telegram\n\nBitte wählen Sie einen; falls es ein anderer ist, nennen Sie ihn.",
        options=["WhatsApp", "Signal", "Telegram"],
        allow_other=True,
        lang="de",
    ),
    C(
        M,
        "Quais bancos digitais você usa?\n- Nubank\n- Inter\n- C6\n\nMarque todos que usar; se for outro, me diga qual.",
        options=["Nubank", "Inter", "C6"],
        allow_other=True,
        lang="pt",
    ),
    C(
        S,
        "¿Qué plan tienes?\n- Gratis\n- Pro\n- Equipo\n\nElige uno y luego pasamos a otra cosa.",
        options=["Gratis", "Pro", "Equipo"],
        allow_other=False,
        lang="es",
    ),
    D(
        "Which of these did you try first: Notion, Evernote or Apple Notes? And if you used something else, tell me the story of how you found it."
    ),
    D(
        "¿Qué navegador usas más y por qué? Si es otro que no sea Chrome, cuéntame qué te gusta de él.",
        lang="es",
    ),
]
OTHER_TOLD_FIRST_SCORE = (
    "detector of 5b7575c: 3/8 exactly right; P/R open_ended 0.667/1.000, single_choice "
    "0.333/0.333 (the Spanish and German ones without their Other), multiple_choice 0.000/0.000 "
    "(the English one read as open, French and Portuguese without their Other); 0 of 2 open "
    "questions given a widget"
)

#: not yet read right (left as found): a cleft after the frame, "c'est ce qui …", reads as open
YN_FAIR_TO_SAY_LEFT: list[Case] = [
    C(
        Y,
        "Vous parlez beaucoup de la livraison. Peut-on dire que c'est ce qui vous a fait changer de site ?",
        lang="fr",
    ),
]

SESSION9: list[Case] = [*YN_ASIDE, *YN_REASSURED, *YN_FAIR_TO_SAY, *ROW_IN_LINE, *OTHER_TOLD]
