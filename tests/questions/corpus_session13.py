"""Session 13's batches: the families held-out 20 (a Markdown-heavy consumer-app interviewer)
showed, written anew in five languages, with open questions of the same shape beside them that
must stay open. Each batch's first score, on the detector before the change made for it (commit
2a8fedb), is kept beside it (printed by tests/benchmarks/questions.py).

* WRITE_FREELY: prompts listed after "You could tell me, for example:" and a closing "Write
  freely, there is no wrong answer." stay open (the detector gave one a widget: its "answer"
  read as "reply with one answer", and the words before a list were not checked for an open
  cue when they asked no question); a choice closed by "There is no wrong answer." stays one;
* RANK_OBJECTS: a ranking whose options are its verb's objects joined by "and" ("Please rank
  price, speed and support from most to least important.", "Si tuvieras que ordenar A, B y C
  según …, ¿cuál sería tu orden?", "Wenn du A, B und C danach ordnen müsstest, …"); "How do
  you order food, groceries and drinks?" stays open;
* STATEMENT_WHETHER: an indirect yes/no told as a statement ("We would like to know whether
  you have …", "Nous aimerions savoir si …", "Wir würden gern wissen, ob …"); "Let me know if
  you have any questions." and "We'd like to know what you think." stay open;
* ANSWER_EXAMPLE: an example answer made of the list's keys after it ("Puedes responder, por
  ejemplo: 2, 1, 3, 4.", "Reply with the letters, e.g. A, C"): how to answer, and two keys of
  more say several may be picked;
* SCALE_TO: the ends' labels with the range's "to" between them ("from 0 = not at all likely
  to 10 = extremely likely") or the second verb left out after a comma ("1 star being very
  hard, 5 stars very easy");
* STARS_AFTER: a range that rates after a question of degree whose adjective is no rating word
  ("How smooth was the booking? Give it 1 to 5 stars."); "What would you change? You rated us
  1 to 5 stars last year." stays open;
* FREE_WORDS: "Tu dirais que … A, B ou C ?", "Du kannst gern mehreres auswählen", "Cite tout
  ce qui s'applique", "Nimm einfach die, die am besten passt".
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

S, M, R, SC, Y = "single_choice", "multiple_choice", "ranking", "scale", "yes_no"

WRITE_FREELY: list[Case] = [
    D(
        "**Your last delivery**\n\nYou could tell me, for example:\n- how long it took\n"
        "- whether the driver found you easily\n- what you would change\n\n"
        "Write freely, there is no wrong answer."
    ),
    D(
        "**Tu última compra**\n\nPuedes contarme, por ejemplo:\n- cuánto tardó\n"
        "- si el repartidor te encontró\n- qué cambiarías\n\nEscribe libremente, no hay "
        "respuestas correctas.",
        lang="es",
    ),
    D(
        "**Ta dernière commande**\n\nTu peux me dire par exemple :\n- combien de temps elle a "
        "mis\n- si le livreur t'a trouvé facilement\n- ce que tu changerais\n\nÉcris "
        "librement, il n'y a pas de mauvaise réponse.",
        lang="fr",
    ),
    D(
        "**Deine letzte Lieferung**\n\nDu kannst mir zum Beispiel sagen:\n- wie lange sie "
        "gedauert hat\n- ob der Fahrer dich gut gefunden hat\n- was du ändern würdest\n\n"
        "Schreib frei, es gibt keine falschen Antworten.",
        lang="de",
    ),
    D(
        "**A tua última entrega**\n\nPodes contar-me, por exemplo:\n- quanto tempo demorou\n"
        "- se o estafeta te encontrou bem\n- o que mudarias\n\nEscreve livremente, não há "
        "respostas erradas.",
        lang="pt",
    ),
    C(
        S,
        "Which plan are you on?\n- Free\n- Plus\n- Family\n\nThere is no wrong answer.",
        options=["Free", "Plus", "Family"],
    ),
]
WRITE_FREELY_FIRST_SCORE = "detector of 2a8fedb: 1/6 exactly right; open_ended 1.000/0.000, single_choice 0.167/1.000: 5 of 5 open questions given a widget (the listed prompts read as options)"

RANK_OBJECTS: list[Case] = [
    C(
        R,
        "Please rank price, speed and support from most to least important.",
        options=["price", "speed", "support"],
    ),
    C(
        R,
        "If you had to rank the gym, the pool and the sauna by how often you use them, what "
        "would your order be?",
        options=["the gym", "the pool", "the sauna"],
    ),
    C(
        R,
        "Si tuvieras que ordenar el precio, la rapidez y la atención según lo que más te "
        "importa, ¿cuál sería tu orden?",
        options=["el precio", "la rapidez", "la atención"],
        lang="es",
    ),
    C(
        R,
        "Classe le prix, la rapidité et le service client du plus important au moins important.",
        options=["le prix", "la rapidité", "le service client"],
        lang="fr",
    ),
    C(
        R,
        "Wenn Sie Preis, Lieferzeit und Kundendienst nach Wichtigkeit ordnen müssten, wie sähe "
        "Ihre Reihenfolge aus?",
        options=["Preis", "Lieferzeit", "Kundendienst"],
        lang="de",
    ),
    C(
        R,
        "Bitte ordne Preis, Auswahl und Lieferzeit nach Wichtigkeit.",
        options=["Preis", "Auswahl", "Lieferzeit"],
        lang="de",
    ),
    C(
        R,
        "Se tivesse de ordenar o preço, a rapidez e o apoio ao cliente pela importância, qual "
        "seria a sua ordem?",
        options=["o preço", "a rapidez", "o apoio ao cliente"],
        lang="pt",
    ),
    D("How do you usually order food, groceries and drinks?"),
    D("Why would you rank price, speed and support that way?"),
]
RANK_OBJECTS_FIRST_SCORE = "detector of 2a8fedb: 2/9 exactly right; ranking 1.000/0.000 (options named as the verb's objects, joined by 'and', not read); 0 of 2 open questions given a widget"

STATEMENT_WHETHER: list[Case] = [
    C(Y, "We would like to know whether you have turned on two-factor login."),
    C(Y, "Quisiéramos saber si ya ha usado la tarjeta virtual.", lang="es"),
    C(Y, "Nous voudrions savoir si tu as déjà essayé le mode hors ligne.", lang="fr"),
    C(Y, "Wir möchten gern wissen, ob Sie die App schon auf dem Tablet nutzen.", lang="de"),
    C(Y, "Gostaríamos de saber se já usou o pagamento por aproximação.", lang="pt"),
    D("Thanks for that! Let me know if you have any questions."),
    D("We'd like to know what you think of the new home screen."),
    D("Nous aimerions savoir comment tu as découvert l'application.", lang="fr"),
]
STATEMENT_WHETHER_FIRST_SCORE = "detector of 2a8fedb: 3/8 exactly right; yes_no 1.000/0.000 (a statement with no question mark read as no question); 0 of 3 open questions given a widget"

ANSWER_EXAMPLE: list[Case] = [
    C(
        R,
        "**Ordena de más a menos útil:**\n\n1. Filtros\n2. Favoritos\n3. Historial\n\n"
        "Puedes contestar así, por ejemplo: 3, 1, 2.",
        options=["Filtros", "Favoritos", "Historial"],
        lang="es",
    ),
    C(
        R,
        "**Classe du plus utile au moins utile :**\n\n1. Filtres\n2. Favoris\n3. Historique\n\n"
        "Réponds par exemple : 2, 3, 1.",
        options=["Filtres", "Favoris", "Historique"],
        lang="fr",
    ),
    C(
        M,
        "Which of these did you use this week?\n\nA) Search\nB) Filters\nC) Favourites\n"
        "D) History\n\nReply with the letters, e.g. A, C",
        options=["Search", "Filters", "Favourites", "History"],
    ),
    C(
        M,
        "Quais destas funções usou esta semana?\n\nA) Pesquisa\nB) Filtros\nC) Favoritos\n"
        "D) Histórico\n\nResponda com as letras, por exemplo: B, D",
        options=["Pesquisa", "Filtros", "Favoritos", "Histórico"],
        lang="pt",
    ),
    C(
        S,
        "Welche Funktion nutzt du am häufigsten?\n\nA) Suche\nB) Filter\nC) Favoriten\n\n"
        "Antworte mit dem Buchstaben, z. B. B",
        options=["Suche", "Filter", "Favoriten"],
        lang="de",
    ),
    D(
        "Tell me about these features:\n1. Search\n2. Filters\n3. History\n"
        "Tell me more about each, e.g. 1, 2."
    ),
]
ANSWER_EXAMPLE_FIRST_SCORE = "detector of 2a8fedb: 2/6 exactly right; ranking 1.000/0.000, multiple_choice 1.000/0.000 ('por ejemplo: 3, 1, 2' read as no instruction, 'Reply with the letters, e.g. A, C' as one choice); 0 of 1 open question given a widget"

SCALE_TO: list[Case] = [
    C(
        SC,
        "How likely are you to renew, from 0 = not at all likely to 10 = extremely likely?",
        scale=(0, 10),
        labels={"lo": "not at all likely", "hi": "extremely likely"},
    ),
    C(
        SC,
        "Rate the checkout from 1 = very poor to 5 = excellent.",
        scale=(1, 5),
        labels={"lo": "very poor", "hi": "excellent"},
    ),
    C(
        SC,
        "Rate it from 1 to 5, where 1 means poor, 5 great.",
        scale=(1, 5),
        labels={"lo": "poor", "hi": "great"},
    ),
]
SCALE_TO_FIRST_SCORE = "detector of 2a8fedb: 0/3 exactly right; scale 0.000/0.000 (the low end's label ran on into the range's 'to'; the high end's verb left out after a comma)"

FREE_WORDS: list[Case] = [
    C(
        S,
        "Vous diriez que l'attente au téléphone était courte, raisonnable ou trop longue ?",
        options=["courte", "raisonnable", "trop longue"],
        lang="fr",
    ),
    C(
        M,
        "Welche Funktionen nutzt du? Du kannst gern mehreres auswählen:\n\n- Suche\n- Filter\n"
        "- Favoriten",
        options=["Suche", "Filter", "Favoriten"],
        lang="de",
    ),
    C(
        M,
        "Qu'utilises-tu dans l'appli : la recherche, les filtres, les favoris ? Cite tout ce "
        "qui s'applique.",
        options=["la recherche", "les filtres", "les favoris"],
        lang="fr",
    ),
    C(
        S,
        "Wie bezahlst du meistens?\n\n- Karte\n- PayPal\n- Bar\n\nNimm einfach die, die am "
        "besten passt.",
        options=["Karte", "PayPal", "Bar"],
        lang="de",
    ),
    C(
        S,
        "How do you usually pay?\n\n- Card\n- PayPal\n- Cash\n\nJust pick whichever fits best.",
        options=["Card", "PayPal", "Cash"],
    ),
]
FREE_WORDS_FIRST_SCORE = "detector of 2a8fedb: 1/5 exactly right; single_choice 0.500/0.333, multiple_choice 1.000/0.000 ('Vous diriez que', 'Cite tout ce qui s'applique', 'mehreres', 'die am besten passt' not known)"

SESSION13: list[Case] = [
    *WRITE_FREELY,
    *RANK_OBJECTS,
    *STATEMENT_WHETHER,
    *ANSWER_EXAMPLE,
    *SCALE_TO,
    *FREE_WORDS,
]

#: a range that rates after a question of degree whose adjective is no rating word
STARS_AFTER: list[Case] = [
    C(
        SC,
        "How smooth was the booking? Give it 1 to 5 stars, 1 star being very bumpy, 5 stars "
        "very smooth.",
        scale=(1, 5),
        labels={"lo": "very bumpy", "hi": "very smooth"},
    ),
    C(SC, "Wie reibungslos war die Buchung? Gib ihr 1 bis 5 Sterne.", scale=(1, 5), lang="de"),
    C(
        SC,
        "¿Qué tan cómodo fue el asiento? Dale de 1 a 5 estrellas.",
        scale=(1, 5),
        lang="es",
    ),
    C(
        SC,
        "À quel point le trajet était-il calme ? Donne-lui de 1 à 5 étoiles.",
        scale=(1, 5),
        lang="fr",
    ),
    D("What would you change? You rated us 1 to 5 stars last year."),
    D("What would you change? Last time you gave us 3 out of 5 stars."),
]
STARS_AFTER_FIRST_SCORE = "detector of b0361b8: 4/6 exactly right; scale 1.000/0.500 ('How smooth was …? Give it 1 to 5 stars', 'Wie reibungslos war …? Gib ihr 1 bis 5 Sterne': a range after a question whose adjective is no rating word); 0 of 2 open questions given a widget"
SESSION13 += STARS_AFTER
