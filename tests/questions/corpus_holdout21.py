"""Held-out corpus 21. Style: a market-research agency's AI moderator running concept tests, ad
tests and pricing studies for consumer brands. Messages point back at stimuli shown earlier
("Concept A", "the second ad", "Design 3", "the blue pack", plan names with monthly prices,
quoted slogans) and the options are full of prices, pack sizes, percentages, brand names and
quoted claims mixed with plain words: worded purchase-intent lists, 1-5 / 1-7 / 0-10 scales with
labelled ends, price-band choices, "choose all that fit" attribute lists, rankings of concepts,
slogans and subscription features, and awareness/consideration yes/no questions. Options come as
numbered, bulleted, lettered, inline "or" and slash-separated lists. Open-ended probes carry
prices, sizes, concept names, slogans and example lists on purpose. Formal and informal address
are mixed in each language, with local currency formats (€4.99, 6,99 €, R$ 29,90).

Written by a helper session from its own head, without seeing the detector or any other corpus. For measuring: its messages are never tuned on directly.

First run (scored once, by the lead of session 13, on the detector of commit 7e6d8b5; only the
summary was printed, no case read):
  109/130 exactly right (0.838); precision/recall per type:
    open_ended 0.750/1.000, scale 1.000/1.000, single_choice 0.938/0.750,
    multiple_choice 0.684/0.650, ranking 0.778/0.700, yes_no 1.000/0.850;
  0 of 30 open questions given a widget; none of the misses only a writer's option style. The
  session's first detector (e2ce16f) scores the same unseen file alike.
Read in session 13 after that run: 9 of its 21 misses were only this writer's quotation marks
kept around a slogan option ("'Taste the sun'"; the widget shows it unquoted, as every other
corpus expects), printed as style since (tests/questions/scoring.py); its other families were
written anew in corpus_pricing.py (PRICE_BANDS, FAVOURITE_ORDER, HEARD_OF, WHICH_DESCRIBE,
OTHER_BEFORE_DECLINE) and tuned on: no longer unseen (120/130 strict, 130 counting the quotes).
"""

from tests.questions.cases import OE, SC, C, Case, D, M, R, S, Y

_EN: list[Case] = [
    # open-ended
    D("What, if anything, would make Concept B worth €6.99 a month to you?"),
    D(
        "You picked the second ad — what in it (the music, the voiceover, the ending) "
        "stood out most for you?"
    ),
    D("When you hear the line 'Fresh every day', what does it make you think of?"),
    D(
        "Design 3 comes in a 500 ml bottle instead of the usual 330 ml. How would that fit "
        "into your week, if at all?"
    ),
    C(OE, "Thinking about the packaging you just saw, what's the first thing you noticed?"),
    C(OE, "In your own words, what do you think Concept A is trying to tell you?"),
    # scale
    C(
        SC,
        "On a scale from 1 to 7, how appealing is Concept A overall, where 1 is not at all "
        "appealing and 7 is extremely appealing?",
        scale=(1, 7),
        labels={"lo": "not at all appealing", "hi": "extremely appealing"},
    ),
    C(
        SC,
        "After seeing this ad, how likely would you be to recommend Brand X to a friend? "
        "Use 0–10, where 0 = not at all likely and 10 = extremely likely.",
        scale=(0, 10),
        labels={"lo": "not at all likely", "hi": "extremely likely"},
    ),
    C(
        SC,
        "How likely are you to buy this product at $4.99?\n"
        "1 = definitely would not buy\n2\n3\n4\n5 = definitely would buy",
        scale=(1, 5),
        labels={"lo": "definitely would not buy", "hi": "definitely would buy"},
    ),
    C(
        SC,
        "Quick one: on a 1–5 scale, how believable is the claim 'Kills 99.9% of germs'?",
        scale=(1, 5),
    ),
    # single choice
    C(
        S,
        "Based on what you've seen, how likely would you be to buy the blue pack?\n"
        "- Definitely would buy\n- Probably would buy\n- Might or might not buy\n"
        "- Probably would not buy\n- Definitely would not buy",
        options=[
            "Definitely would buy",
            "Probably would buy",
            "Might or might not buy",
            "Probably would not buy",
            "Definitely would not buy",
        ],
    ),
    C(
        S,
        "Which of these monthly prices feels right for the subscription: Under $5, $5–9.99, "
        "$10–15, or More than $15?",
        options=["Under $5", "$5–9.99", "$10–15", "More than $15"],
    ),
    C(
        S,
        "Which pack size would you most likely pick up?\n"
        "A) 250 ml\nB) 500 ml\nC) 1 litre\nD) Other (please say which)",
        options=["250 ml", "500 ml", "1 litre"],
        allow_other=True,
    ),
    C(
        S,
        "Of the three price plans, which one would you choose?\n"
        "1. Basic — €4.99/month\n2. Plus — €7.99/month\n3. Family — €12.99/month",
        options=["Basic — €4.99/month", "Plus — €7.99/month", "Family — €12.99/month"],
    ),
    # multiple choice
    C(
        M,
        "Which words describe this ad? Choose all that fit.\n"
        "- Funny\n- Boring\n- Memorable\n- Confusing\n- Premium\n- None of these",
        options=["Funny", "Boring", "Memorable", "Confusing", "Premium", "None of these"],
    ),
    C(
        M,
        "Which of these claims would make you more likely to try Concept C? Pick up to 3: "
        "'No added sugar' / 'Made with real fruit' / '30% fewer calories' / "
        "'Locally sourced' / 'Vegan'",
        options=[
            "'No added sugar'",
            "'Made with real fruit'",
            "'30% fewer calories'",
            "'Locally sourced'",
            "'Vegan'",
        ],
        max_choices=3,
    ),
    C(
        M,
        "Where would you expect to buy this product? Select all that apply.\n"
        "1. Supermarket\n2. Convenience store\n3. Online (Amazon etc.)\n4. Pharmacy\n5. Other",
        options=["Supermarket", "Convenience store", "Online (Amazon etc.)", "Pharmacy"],
        allow_other=True,
    ),
    C(
        M,
        "Which of these brands have you bought in the last 3 months? Tick as many as you "
        "like: Brand X, Brand Y, Brand Z, or none of them.",
        options=["Brand X", "Brand Y", "Brand Z", "none of them"],
    ),
    # ranking
    C(
        R,
        "Please rank the three concepts from most to least appealing: Concept A, Concept B, "
        "Concept C.",
        options=["Concept A", "Concept B", "Concept C"],
    ),
    C(
        R,
        "Put these slogans in order, from the one you like best to the one you like least:\n"
        "1. 'Taste the sun'\n2. 'Fresh every day'\n3. 'Real fruit, real good'\n"
        "4. 'Your daily boost'",
        options=[
            "'Taste the sun'",
            "'Fresh every day'",
            "'Real fruit, real good'",
            "'Your daily boost'",
        ],
    ),
    C(
        R,
        "Rank these features of the subscription by how important they are to you "
        "(1 = most important):\n"
        "- Price per month\n- Free delivery\n- Cancel anytime\n- Recipe variety",
        options=["Price per month", "Free delivery", "Cancel anytime", "Recipe variety"],
    ),
    C(
        R,
        "Could you order the four pack designs from favourite to least favourite? "
        "Design 1 / Design 2 / Design 3 / Design 4",
        options=["Design 1", "Design 2", "Design 3", "Design 4"],
    ),
    # yes/no
    C(Y, "Have you seen this ad before?"),
    C(Y, "Before today, had you heard of Brand X?"),
    C(
        Y,
        "Would you consider switching to Concept B if it cost €1.99 more than what you buy now?",
    ),
    C(Y, "Is the price of $12.99 clear to you from the packaging — yes or no?"),
]

_ES: list[Case] = [
    # open-ended
    D("¿Qué haría que el Concepto B valiera 6,99 € al mes para ti?", lang="es"),
    D(
        "Elegiste el segundo anuncio: ¿qué te llamó la atención (la música, la voz en off, "
        "el final)?",
        lang="es",
    ),
    D("Cuando lee el eslogan «Sabor que enamora», ¿qué le viene a la mente?", lang="es"),
    D(
        "El Diseño 2 pasa de 1 litro a 750 ml por el mismo precio, 2,49 €. ¿Cómo lo "
        "interpretaría usted?",
        lang="es",
    ),
    C(OE, "¿Qué es lo que más te gusta del envase que acabas de ver?", lang="es"),
    C(OE, "Cuénteme con sus propias palabras qué le transmite este anuncio.", lang="es"),
    # scale
    C(
        SC,
        "En una escala del 1 al 7, ¿qué tan atractivo le parece el Concepto A? "
        "1 = nada atractivo, 7 = muy atractivo",
        scale=(1, 7),
        labels={"lo": "nada atractivo", "hi": "muy atractivo"},
        lang="es",
    ),
    C(
        SC,
        "Del 0 al 10, ¿qué probabilidad hay de que recomiendes la Marca X a un amigo? "
        "(0 = nada probable, 10 = totalmente probable)",
        scale=(0, 10),
        labels={"lo": "nada probable", "hi": "totalmente probable"},
        lang="es",
    ),
    C(
        SC,
        "¿Compraría este producto a 3,50 €?\n"
        "1 = definitivamente no lo compraría\n2\n3\n4\n5 = definitivamente lo compraría",
        scale=(1, 5),
        labels={
            "lo": "definitivamente no lo compraría",
            "hi": "definitivamente lo compraría",
        },
        lang="es",
    ),
    C(
        SC,
        "¿Qué tan de acuerdo estás con esta frase: «Este anuncio es para gente como yo»? "
        "Usa una escala de 1 a 5, donde 1 es totalmente en desacuerdo y 5 es totalmente "
        "de acuerdo.",
        scale=(1, 5),
        labels={"lo": "totalmente en desacuerdo", "hi": "totalmente de acuerdo"},
        lang="es",
    ),
    # single choice
    C(
        S,
        "Después de ver el envase azul, ¿lo compraría?\n"
        "- Definitivamente lo compraría\n- Probablemente lo compraría\n"
        "- Puede que sí, puede que no\n- Probablemente no lo compraría\n"
        "- Definitivamente no lo compraría",
        options=[
            "Definitivamente lo compraría",
            "Probablemente lo compraría",
            "Puede que sí, puede que no",
            "Probablemente no lo compraría",
            "Definitivamente no lo compraría",
        ],
        lang="es",
    ),
    C(
        S,
        "¿Cuánto pagarías como máximo por este champú de 400 ml? Menos de 3 €, entre 3 € "
        "y 5 €, entre 5 € y 8 € o más de 8 €",
        options=["Menos de 3 €", "entre 3 € y 5 €", "entre 5 € y 8 €", "más de 8 €"],
        lang="es",
    ),
    C(
        S,
        "¿Cuál de estos planes elegiría?\n"
        "A) Básico: 4,99 €/mes\nB) Premium: 9,99 €/mes\nC) Familiar: 14,99 €/mes",
        options=["Básico: 4,99 €/mes", "Premium: 9,99 €/mes", "Familiar: 14,99 €/mes"],
        lang="es",
    ),
    C(
        S,
        "¿Con qué frecuencia compras bebidas energéticas? Todos los días / Varias veces "
        "por semana / Una vez por semana / Menos de una vez por semana / Nunca",
        options=[
            "Todos los días",
            "Varias veces por semana",
            "Una vez por semana",
            "Menos de una vez por semana",
            "Nunca",
        ],
        lang="es",
    ),
    # multiple choice
    C(
        M,
        "¿Qué palabras describen este anuncio? Marca todas las que correspondan:\n"
        "- Divertido\n- Aburrido\n- Original\n- Confuso\n- Emotivo\n- Ninguna de estas",
        options=["Divertido", "Aburrido", "Original", "Confuso", "Emotivo", "Ninguna de estas"],
        lang="es",
    ),
    C(
        M,
        "¿Qué afirmaciones te harían probar el Concepto C? Elige hasta 2:\n"
        "1. «Sin azúcares añadidos»\n2. «Con fruta de verdad»\n3. «30 % menos de calorías»\n"
        "4. «Envase 100 % reciclable»",
        options=[
            "«Sin azúcares añadidos»",
            "«Con fruta de verdad»",
            "«30 % menos de calorías»",
            "«Envase 100 % reciclable»",
        ],
        max_choices=2,
        lang="es",
    ),
    C(
        M,
        "¿Dónde esperaría encontrar este producto? Puede marcar varias opciones: "
        "supermercado, farmacia, tienda online, gasolinera u otro lugar.",
        options=["supermercado", "farmacia", "tienda online", "gasolinera"],
        allow_other=True,
        lang="es",
    ),
    C(
        M,
        "¿Cuáles de estas marcas has comprado en los últimos 6 meses? Selecciona todas las "
        "que apliquen.\n- Marca X\n- Marca Y\n- Marca Z\n- No recuerdo",
        options=["Marca X", "Marca Y", "Marca Z", "No recuerdo"],
        lang="es",
    ),
    # ranking
    C(
        R,
        "Ordena los tres conceptos del más al menos atractivo: Concepto A, Concepto B y "
        "Concepto C.",
        options=["Concepto A", "Concepto B", "Concepto C"],
        lang="es",
    ),
    C(
        R,
        "Por favor, ordene estos eslóganes del que más le gusta al que menos:\n"
        "1. «Sabor que enamora»\n2. «Frescura cada día»\n3. «Lo natural sabe mejor»",
        options=["«Sabor que enamora»", "«Frescura cada día»", "«Lo natural sabe mejor»"],
        lang="es",
    ),
    C(
        R,
        "Clasifica estos aspectos de la suscripción según lo importantes que son para ti "
        "(1 = el más importante):\n"
        "- Precio mensual\n- Envío gratis\n- Cancelación en cualquier momento\n"
        "- Variedad de productos",
        options=[
            "Precio mensual",
            "Envío gratis",
            "Cancelación en cualquier momento",
            "Variedad de productos",
        ],
        lang="es",
    ),
    C(
        R,
        "¿Podría ordenar los anuncios de su favorito a su menos favorito? "
        "Anuncio 1 / Anuncio 2 / Anuncio 3 / Anuncio 4",
        options=["Anuncio 1", "Anuncio 2", "Anuncio 3", "Anuncio 4"],
        lang="es",
    ),
    # yes/no
    C(Y, "¿Habías visto este anuncio antes?", lang="es"),
    C(Y, "Antes de hoy, ¿había oído hablar de la Marca X?", lang="es"),
    C(
        Y,
        "¿Te plantearías cambiarte a esta marca si costara 0,50 € más que la que usas ahora?",
        lang="es",
    ),
    C(Y, "¿Le queda claro el precio de 2,99 € al ver el envase? Responda sí o no.", lang="es"),
]

_FR: list[Case] = [
    # open-ended
    D(
        "Qu'est-ce qui, selon vous, justifierait un prix de 6,99 € par mois pour le Concept B ?",
        lang="fr",
    ),
    D(
        "Tu as choisi la deuxième pub : qu'est-ce qui t'a marqué (la musique, la voix off, "
        "la fin) ?",
        lang="fr",
    ),
    D("Le slogan « Le goût du soleil » vous évoque quoi, spontanément ?", lang="fr"),
    D(
        "Le Design 3 propose un format de 75 cl au lieu de 50 cl. Dans quelles situations "
        "l'utiliseriez-vous, le cas échéant ?",
        lang="fr",
    ),
    C(OE, "Qu'avez-vous remarqué en premier sur l'emballage que vous venez de voir ?", lang="fr"),
    C(OE, "Décris-moi avec tes propres mots ce que cette publicité cherche à dire.", lang="fr"),
    # scale
    C(
        SC,
        "Sur une échelle de 1 à 7, dans quelle mesure le Concept A vous plaît-il ? "
        "(1 = pas du tout, 7 = énormément)",
        scale=(1, 7),
        labels={"lo": "pas du tout", "hi": "énormément"},
        lang="fr",
    ),
    C(
        SC,
        "De 0 à 10, quelle est la probabilité que tu recommandes la Marque X à un proche ? "
        "0 signifie « pas du tout probable » et 10 « très probable ».",
        scale=(0, 10),
        labels={"lo": "pas du tout probable", "hi": "très probable"},
        lang="fr",
    ),
    C(
        SC,
        "Achèteriez-vous ce produit à 3,99 € ?\n1 = certainement pas\n2\n3\n4\n5 = certainement",
        scale=(1, 5),
        labels={"lo": "certainement pas", "hi": "certainement"},
        lang="fr",
    ),
    C(
        SC,
        "Êtes-vous d'accord avec l'affirmation « Cette marque est faite pour moi » ? "
        "Répondez par une note de 1 à 5.",
        scale=(1, 5),
        lang="fr",
    ),
    # single choice
    C(
        S,
        "Après avoir vu le pack bleu, l'achèteriez-vous ?\n"
        "- Certainement\n- Probablement\n- Peut-être oui, peut-être non\n"
        "- Probablement pas\n- Certainement pas",
        options=[
            "Certainement",
            "Probablement",
            "Peut-être oui, peut-être non",
            "Probablement pas",
            "Certainement pas",
        ],
        lang="fr",
    ),
    C(
        S,
        "Quel prix vous semble juste pour cette boîte de 12 capsules ? Moins de 3 €, "
        "de 3 à 4,99 €, de 5 à 6,99 € ou 7 € et plus",
        options=["Moins de 3 €", "de 3 à 4,99 €", "de 5 à 6,99 €", "7 € et plus"],
        lang="fr",
    ),
    C(
        S,
        "Quelle formule choisirais-tu ?\n"
        "A. Essentiel — 4,99 €/mois\nB. Confort — 8,99 €/mois\nC. Famille — 13,99 €/mois\n"
        "D. Autre",
        options=["Essentiel — 4,99 €/mois", "Confort — 8,99 €/mois", "Famille — 13,99 €/mois"],
        allow_other=True,
        lang="fr",
    ),
    C(
        S,
        "Parmi ces trois emballages, lequel préférez-vous : Design 1, Design 2 ou Design 3 ?",
        options=["Design 1", "Design 2", "Design 3"],
        lang="fr",
    ),
    # multiple choice
    C(
        M,
        "Quels mots décrivent cette publicité ? Plusieurs réponses possibles.\n"
        "- Drôle\n- Ennuyeuse\n- Mémorable\n- Confuse\n- Haut de gamme\n- Aucun de ces mots",
        options=[
            "Drôle",
            "Ennuyeuse",
            "Mémorable",
            "Confuse",
            "Haut de gamme",
            "Aucun de ces mots",
        ],
        lang="fr",
    ),
    C(
        M,
        "Quelles allégations vous donneraient envie d'essayer le Concept C ? Deux maximum :\n"
        "1. « Sans sucres ajoutés »\n2. « 100 % d'origine naturelle »\n"
        "3. « Fabriqué en France »\n4. « -30 % de calories »",
        options=[
            "« Sans sucres ajoutés »",
            "« 100 % d'origine naturelle »",
            "« Fabriqué en France »",
            "« -30 % de calories »",
        ],
        max_choices=2,
        lang="fr",
    ),
    C(
        M,
        "Où t'attendrais-tu à trouver ce produit ? Coche tout ce qui s'applique : "
        "supermarché / pharmacie / site internet / magasin bio / autre",
        options=["supermarché", "pharmacie", "site internet", "magasin bio"],
        allow_other=True,
        lang="fr",
    ),
    C(
        M,
        "Lesquelles de ces marques avez-vous achetées au cours des 3 derniers mois ? "
        "Cochez toutes les réponses qui conviennent : Marque X, Marque Y, Marque Z, "
        "Je ne sais pas.",
        options=["Marque X", "Marque Y", "Marque Z", "Je ne sais pas"],
        lang="fr",
    ),
    # ranking
    C(
        R,
        "Classez les trois concepts du plus attrayant au moins attrayant : Concept A, "
        "Concept B, Concept C.",
        options=["Concept A", "Concept B", "Concept C"],
        lang="fr",
    ),
    C(
        R,
        "Range ces slogans du préféré au moins aimé :\n"
        "1. « Le goût du soleil »\n2. « Frais chaque jour »\n3. « Vrai fruit, vrai plaisir »",
        options=[
            "« Le goût du soleil »",
            "« Frais chaque jour »",
            "« Vrai fruit, vrai plaisir »",
        ],
        lang="fr",
    ),
    C(
        R,
        "Merci de classer ces critères par ordre d'importance pour vous "
        "(1 = le plus important) :\n"
        "- Le prix mensuel\n- La livraison gratuite\n- La résiliation à tout moment\n"
        "- Le choix des recettes",
        options=[
            "Le prix mensuel",
            "La livraison gratuite",
            "La résiliation à tout moment",
            "Le choix des recettes",
        ],
        lang="fr",
    ),
    C(
        R,
        "Pouvez-vous classer les quatre publicités, de votre préférée à celle que vous aimez "
        "le moins ? Pub 1 / Pub 2 / Pub 3 / Pub 4",
        options=["Pub 1", "Pub 2", "Pub 3", "Pub 4"],
        lang="fr",
    ),
    # yes/no
    C(Y, "Aviez-vous déjà vu cette publicité ?", lang="fr"),
    C(Y, "Avant aujourd'hui, tu connaissais la Marque X ?", lang="fr"),
    C(
        Y,
        "Envisageriez-vous de passer au Concept B s'il coûtait 1 € de plus que votre "
        "produit actuel ?",
        lang="fr",
    ),
    C(Y, "Le prix de 4,50 € est-il bien visible sur l'emballage ? Oui ou non ?", lang="fr"),
]

_DE: list[Case] = [
    # open-ended
    D("Was müsste Konzept B bieten, damit es Ihnen 6,99 € im Monat wert wäre?", lang="de"),
    D(
        "Du hast den zweiten Spot gewählt – was ist dir daran aufgefallen (die Musik, "
        "die Stimme, das Ende)?",
        lang="de",
    ),
    D("Woran denken Sie, wenn Sie den Slogan „Jeden Tag frisch“ hören?", lang="de"),
    D(
        "Design 3 hat 500 ml statt 330 ml. In welchen Situationen würdest du die größere "
        "Flasche nutzen, wenn überhaupt?",
        lang="de",
    ),
    C(OE, "Was ist Ihnen an der Verpackung als Erstes ins Auge gefallen?", lang="de"),
    C(OE, "Beschreib mal in deinen eigenen Worten, was die Werbung aussagen will.", lang="de"),
    # scale
    C(
        SC,
        "Wie gut gefällt Ihnen Konzept A insgesamt? Bitte auf einer Skala von 1 bis 7, "
        "wobei 1 = gefällt mir überhaupt nicht und 7 = gefällt mir sehr gut.",
        scale=(1, 7),
        labels={"lo": "gefällt mir überhaupt nicht", "hi": "gefällt mir sehr gut"},
        lang="de",
    ),
    C(
        SC,
        "Wie wahrscheinlich ist es, dass du Marke X einem Freund empfiehlst? Auf einer Skala "
        "von 0 bis 10: 0 = sehr unwahrscheinlich, 10 = sehr wahrscheinlich",
        scale=(0, 10),
        labels={"lo": "sehr unwahrscheinlich", "hi": "sehr wahrscheinlich"},
        lang="de",
    ),
    C(
        SC,
        "Würden Sie dieses Produkt für 2,49 € kaufen?\n"
        "1 = würde ich auf keinen Fall kaufen\n2\n3\n4\n5 = würde ich auf jeden Fall kaufen",
        scale=(1, 5),
        labels={
            "lo": "würde ich auf keinen Fall kaufen",
            "hi": "würde ich auf jeden Fall kaufen",
        },
        lang="de",
    ),
    C(
        SC,
        "Inwieweit stimmst du der Aussage „Diese Marke passt zu mir“ zu? Gib bitte eine "
        "Zahl von 1 bis 5 an.",
        scale=(1, 5),
        lang="de",
    ),
    # single choice
    C(
        S,
        "Würden Sie die blaue Packung kaufen?\n"
        "- Bestimmt\n- Wahrscheinlich\n- Vielleicht\n- Wahrscheinlich nicht\n- Bestimmt nicht",
        options=[
            "Bestimmt",
            "Wahrscheinlich",
            "Vielleicht",
            "Wahrscheinlich nicht",
            "Bestimmt nicht",
        ],
        lang="de",
    ),
    C(
        S,
        "Was würdest du höchstens für 250 g von diesem Kaffee zahlen? Unter 4 €, 4–5,99 €, "
        "6–7,99 € oder 8 € und mehr",
        options=["Unter 4 €", "4–5,99 €", "6–7,99 €", "8 € und mehr"],
        lang="de",
    ),
    C(
        S,
        "Welches Abo würden Sie wählen?\n"
        "1. Basis – 4,99 €/Monat\n2. Plus – 7,99 €/Monat\n3. Familie – 12,99 €/Monat",
        options=["Basis – 4,99 €/Monat", "Plus – 7,99 €/Monat", "Familie – 12,99 €/Monat"],
        lang="de",
    ),
    C(
        S,
        "Welche Packungsgröße würdest du am ehesten kaufen? A) 200 ml B) 400 ml C) 750 ml "
        "D) Andere",
        options=["200 ml", "400 ml", "750 ml"],
        allow_other=True,
        lang="de",
    ),
    # multiple choice
    C(
        M,
        "Welche Begriffe beschreiben diesen Spot? Mehrfachnennungen möglich.\n"
        "- Witzig\n- Langweilig\n- Einprägsam\n- Verwirrend\n- Hochwertig\n- Keiner davon",
        options=[
            "Witzig",
            "Langweilig",
            "Einprägsam",
            "Verwirrend",
            "Hochwertig",
            "Keiner davon",
        ],
        lang="de",
    ),
    C(
        M,
        "Welche Aussagen würden Sie dazu bringen, Konzept C auszuprobieren? Bitte maximal "
        "drei auswählen:\n"
        "• „Ohne Zuckerzusatz“\n• „Mit echten Früchten“\n• „30 % weniger Kalorien“\n"
        "• „Aus der Region“\n• „Vegan“",
        options=[
            "„Ohne Zuckerzusatz“",
            "„Mit echten Früchten“",
            "„30 % weniger Kalorien“",
            "„Aus der Region“",
            "„Vegan“",
        ],
        max_choices=3,
        lang="de",
    ),
    C(
        M,
        "Wo würdest du das Produkt im Handel erwarten? Kreuz alles an, was passt: "
        "Supermarkt, Drogerie, Online-Shop, Tankstelle",
        options=["Supermarkt", "Drogerie", "Online-Shop", "Tankstelle"],
        lang="de",
    ),
    C(
        M,
        "Welche dieser Marken haben Sie in den letzten 3 Monaten gekauft? Sie können "
        "mehrere wählen.\n1. Marke X\n2. Marke Y\n3. Marke Z\n4. Andere\n5. Weiß nicht",
        options=["Marke X", "Marke Y", "Marke Z", "Weiß nicht"],
        allow_other=True,
        lang="de",
    ),
    # ranking
    C(
        R,
        "Bitte bringen Sie die drei Konzepte in eine Reihenfolge – vom ansprechendsten zum "
        "am wenigsten ansprechenden: Konzept A, Konzept B, Konzept C.",
        options=["Konzept A", "Konzept B", "Konzept C"],
        lang="de",
    ),
    C(
        R,
        "Sortier diese Slogans von deinem Favoriten bis zu dem, der dir am wenigsten "
        "gefällt:\n1. „Jeden Tag frisch“\n2. „Schmeckt nach Sommer“\n3. „Echt gut, echt Frucht“",
        options=["„Jeden Tag frisch“", "„Schmeckt nach Sommer“", "„Echt gut, echt Frucht“"],
        lang="de",
    ),
    C(
        R,
        "Ordnen Sie die folgenden Punkte nach Wichtigkeit (1 = am wichtigsten):\n"
        "- Monatlicher Preis\n- Kostenloser Versand\n- Jederzeit kündbar\n"
        "- Auswahl an Rezepten",
        options=[
            "Monatlicher Preis",
            "Kostenloser Versand",
            "Jederzeit kündbar",
            "Auswahl an Rezepten",
        ],
        lang="de",
    ),
    C(
        R,
        "Kannst du die vier Verpackungsdesigns von „gefällt mir am besten“ bis „gefällt mir "
        "am wenigsten“ ordnen? Design 1 / Design 2 / Design 3 / Design 4",
        options=["Design 1", "Design 2", "Design 3", "Design 4"],
        lang="de",
    ),
    # yes/no
    C(Y, "Haben Sie diesen Spot schon einmal gesehen?", lang="de"),
    C(Y, "Kanntest du Marke X schon vor heute?", lang="de"),
    C(
        Y,
        "Würden Sie zu Konzept B wechseln, wenn es 1 € mehr kostet als Ihr jetziges Produkt?",
        lang="de",
    ),
    C(Y, "Ist der Preis von 3,49 € auf der Verpackung gut zu erkennen? Ja oder nein?", lang="de"),
]

_PT: list[Case] = [
    # open-ended
    D("O que faria o Conceito B valer R$ 29,90 por mês para você?", lang="pt"),
    D(
        "Você escolheu o segundo comercial — o que chamou sua atenção nele (a música, "
        "a narração, o final)?",
        lang="pt",
    ),
    D("Quando o senhor ouve o slogan “Frescor todo dia”, o que lhe vem à cabeça?", lang="pt"),
    D(
        "O Design 3 vem com 500 ml em vez de 350 ml. Em que momentos você usaria a "
        "embalagem maior, se é que usaria?",
        lang="pt",
    ),
    C(OE, "O que você mais notou na embalagem que acabou de ver?", lang="pt"),
    C(OE, "Conte com suas palavras qual é a mensagem principal deste anúncio.", lang="pt"),
    # scale
    C(
        SC,
        "Numa escala de 1 a 7, quanto o Conceito A te agrada? 1 = não agrada nada e "
        "7 = agrada muito",
        scale=(1, 7),
        labels={"lo": "não agrada nada", "hi": "agrada muito"},
        lang="pt",
    ),
    C(
        SC,
        "De 0 a 10, qual a chance de você recomendar a Marca X para um amigo? "
        "(0 = nenhuma chance, 10 = com certeza recomendaria)",
        scale=(0, 10),
        labels={"lo": "nenhuma chance", "hi": "com certeza recomendaria"},
        lang="pt",
    ),
    C(
        SC,
        "Você compraria este produto por R$ 12,90?\n"
        "1 = com certeza não compraria\n2\n3\n4\n5 = com certeza compraria",
        scale=(1, 5),
        labels={"lo": "com certeza não compraria", "hi": "com certeza compraria"},
        lang="pt",
    ),
    C(
        SC,
        "Até que ponto a senhora concorda com a frase “Esta marca é para pessoas como eu”? "
        "Responda de 1 a 5.",
        scale=(1, 5),
        lang="pt",
    ),
    # single choice
    C(
        S,
        "Depois de ver a embalagem azul, você compraria o produto?\n"
        "- Com certeza compraria\n- Provavelmente compraria\n- Talvez sim, talvez não\n"
        "- Provavelmente não compraria\n- Com certeza não compraria",
        options=[
            "Com certeza compraria",
            "Provavelmente compraria",
            "Talvez sim, talvez não",
            "Provavelmente não compraria",
            "Com certeza não compraria",
        ],
        lang="pt",
    ),
    C(
        S,
        "Quanto você pagaria no máximo por este sabão líquido de 3 litros? Até R$ 20, "
        "de R$ 20 a R$ 35, de R$ 35 a R$ 50 ou mais de R$ 50",
        options=["Até R$ 20", "de R$ 20 a R$ 35", "de R$ 35 a R$ 50", "mais de R$ 50"],
        lang="pt",
    ),
    C(
        S,
        "Qual plano o senhor escolheria?\n"
        "A) Básico: R$ 19,90/mês\nB) Plus: R$ 29,90/mês\nC) Família: R$ 44,90/mês\nD) Outro",
        options=["Básico: R$ 19,90/mês", "Plus: R$ 29,90/mês", "Família: R$ 44,90/mês"],
        allow_other=True,
        lang="pt",
    ),
    C(
        S,
        "Qual das três embalagens você prefere: Design 1, Design 2 ou Design 3?",
        options=["Design 1", "Design 2", "Design 3"],
        lang="pt",
    ),
    # multiple choice
    C(
        M,
        "Quais palavras descrevem este comercial? Marque todas que se aplicam.\n"
        "- Engraçado\n- Chato\n- Marcante\n- Confuso\n- Sofisticado\n- Nenhuma dessas",
        options=["Engraçado", "Chato", "Marcante", "Confuso", "Sofisticado", "Nenhuma dessas"],
        lang="pt",
    ),
    C(
        M,
        "Quais destas frases fariam você experimentar o Conceito C? Escolha no máximo 2:\n"
        "1. “Sem adição de açúcar”\n2. “Feito com fruta de verdade”\n"
        "3. “30% menos calorias”\n4. “Embalagem 100% reciclável”",
        options=[
            "“Sem adição de açúcar”",
            "“Feito com fruta de verdade”",
            "“30% menos calorias”",
            "“Embalagem 100% reciclável”",
        ],
        max_choices=2,
        lang="pt",
    ),
    C(
        M,
        "Onde você esperaria encontrar este produto? Pode marcar mais de uma: "
        "supermercado / farmácia / loja online / loja de conveniência",
        options=["supermercado", "farmácia", "loja online", "loja de conveniência"],
        lang="pt",
    ),
    C(
        M,
        "Quais destas marcas o senhor comprou nos últimos 3 meses? Selecione todas as que "
        "se aplicam: Marca X, Marca Y, Marca Z ou Não lembro.",
        options=["Marca X", "Marca Y", "Marca Z", "Não lembro"],
        lang="pt",
    ),
    # ranking
    C(
        R,
        "Ordene os três conceitos do mais ao menos atraente: Conceito A, Conceito B e Conceito C.",
        options=["Conceito A", "Conceito B", "Conceito C"],
        lang="pt",
    ),
    C(
        R,
        "Coloque estes slogans em ordem, do que você mais gosta ao que menos gosta:\n"
        "1. “Frescor todo dia”\n2. “O sabor do sol”\n3. “Fruta de verdade, sabor de verdade”",
        options=[
            "“Frescor todo dia”",
            "“O sabor do sol”",
            "“Fruta de verdade, sabor de verdade”",
        ],
        lang="pt",
    ),
    C(
        R,
        "Classifique estes itens da assinatura por importância (1 = mais importante):\n"
        "- Preço mensal\n- Frete grátis\n- Cancelamento a qualquer momento\n"
        "- Variedade de receitas",
        options=[
            "Preço mensal",
            "Frete grátis",
            "Cancelamento a qualquer momento",
            "Variedade de receitas",
        ],
        lang="pt",
    ),
    C(
        R,
        "Poderia ordenar os quatro comerciais do seu favorito ao que menos gostou? "
        "Comercial 1 / Comercial 2 / Comercial 3 / Comercial 4",
        options=["Comercial 1", "Comercial 2", "Comercial 3", "Comercial 4"],
        lang="pt",
    ),
    # yes/no
    C(Y, "Você já tinha visto este comercial antes?", lang="pt"),
    C(Y, "Antes de hoje, o senhor já tinha ouvido falar da Marca X?", lang="pt"),
    C(
        Y,
        "Você consideraria trocar para o Conceito B se ele custasse R$ 2,00 a mais que o "
        "produto que usa hoje?",
        lang="pt",
    ),
    C(Y, "O preço de R$ 9,99 está claro na embalagem? Sim ou não?", lang="pt"),
]

HOLDOUT21: tuple[Case, ...] = (*_EN, *_ES, *_FR, *_DE, *_PT)
