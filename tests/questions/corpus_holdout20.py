"""Held-out corpus 20. Style: a product-research AI interviewer for consumer apps (food delivery, banking, travel booking, fitness trackers, streaming, grocery) that writes Markdown-heavy chat output the way many LLMs do by default: bold question stems, an occasional bold label line or short heading before the question, italics for emphasis, options as bullet lists (-, *, •), numbered (1., 1)) or lettered (a., A), **A.**) lists, sometimes with a blank line between options or a short description after an em dash or colon, and often a closing instruction line ("Just reply with the number.", "Reply with the letters"). Options also appear inline in prose; scales come as "1 to 5", "0–10", "1 (terrible) – 5 (excellent)", dot rows and stars; multiple choice is signalled by "select all that apply" or a maximum; ranking by "rank", "put in order" or "1 = most useful"; yes/no as direct and indirect formal questions; open-ended distractors contain numbers, ranges, bold text and example lists on purpose. Informal and formal address are mixed in every language.

Written by a helper session from its own head, without seeing the detector or any other corpus. For measuring: its messages are never tuned on directly.

First run (scored once, by the lead of session 13, on the detector of commit 2a8fedb; only the
summary was printed, no case read):
  112/130 exactly right (0.862); precision/recall per type:
    open_ended 0.674/0.967, scale 0.900/0.900, single_choice 0.900/0.900,
    multiple_choice 1.000/0.900, ranking 1.000/0.700, yes_no 1.000/0.750;
  1 of 30 open questions given a widget (1 of its 20 distractors); none of the misses only a
  writer's option style. The session's first detector (e2ce16f) scores the same unseen file
  alike (112/130, the same figures).
Read in session 13 after that run: its families were written anew in corpus_session13.py
(WRITE_FREELY, RANK_OBJECTS, STATEMENT_WHETHER, ANSWER_EXAMPLE, SCALE_TO, FREE_WORDS) and tuned
on: no longer unseen (130/130 after that work).
"""

from tests.questions.cases import OE, SC, C, Case, D, M, R, S, Y

_EN: list[Case] = [
    # open-ended
    C(
        OE,
        "**Thanks for that!** What's the one thing you'd change about the checkout flow "
        "in the app, if you could?",
        lang="en",
    ),
    D(
        "What did you order last — a pizza, sushi, something else? Tell me a bit about how "
        "that went.",
        lang="en",
    ),
    D(
        "**Tell me about your last trip booking**\n\n"
        "For example:\n"
        "- where you were going\n"
        "- how far ahead you booked\n"
        "- anything that annoyed you\n\n"
        "Write as much or as little as you like.",
        lang="en",
    ),
    D(
        "You rated the app a 3 out of 5 earlier. *What* would it take to get that to a 5?",
        lang="en",
    ),
    D(
        "Between 7am and 9am is when most people open the fitness tracker. What does your "
        "typical morning routine look like with it?",
        lang="en",
    ),
    C(
        OE,
        "Could you describe, in your own words, the moment you decided to cancel your "
        "streaming subscription?",
        lang="en",
    ),
    # scale
    C(
        SC,
        "**How satisfied are you with the checkout experience?**\n\n"
        "On a scale of 1 to 5, where 1 is *very dissatisfied* and 5 is *very satisfied*.",
        scale=(1, 5),
        labels={"lo": "very dissatisfied", "hi": "very satisfied"},
        lang="en",
    ),
    C(
        SC,
        "How likely are you to recommend our banking app to a friend or colleague, from "
        "0 = not at all likely to 10 = extremely likely?",
        scale=(0, 10),
        labels={"lo": "not at all likely", "hi": "extremely likely"},
        lang="en",
    ),
    C(
        SC,
        "**Rate the delivery speed of your last order**\n\n"
        "1 · 2 · 3 · 4 · 5\n\n"
        "Just reply with a number.",
        scale=(1, 5),
        lang="en",
    ),
    C(
        SC,
        "**How easy was it to find a hotel that matched your budget?** Give it 1 to 5 "
        "stars ⭐ — 1 star being *very hard*, 5 stars *very easy*.",
        scale=(1, 5),
        labels={"lo": "very hard", "hi": "very easy"},
        lang="en",
    ),
    # single choice
    C(
        S,
        "**Quick question about checkout**\n\n"
        "Which payment method do you use most often in the app?\n\n"
        "- Credit or debit card\n"
        "- Apple Pay / Google Pay\n"
        "- PayPal\n"
        "- Cash on delivery\n\n"
        "Pick whichever fits best 🙂",
        options=["Credit or debit card", "Apple Pay / Google Pay", "PayPal", "Cash on delivery"],
        lang="en",
    ),
    C(
        S,
        "Would you say the delivery time on your last order was quick, about right, or slow?",
        options=["quick", "about right", "slow"],
        lang="en",
    ),
    C(
        S,
        "**How often do you check your balance in the app?**\n\n"
        "1. Several times a day\n\n"
        "2. Once a day\n\n"
        "3. A few times a week\n\n"
        "4. Rarely\n\n"
        "Just reply with the number.",
        options=["Several times a day", "Once a day", "A few times a week", "Rarely"],
        lang="en",
    ),
    C(
        S,
        "Which plan are you currently on?\n\n"
        "**A.** Basic — ads, one screen\n"
        "**B.** Standard — no ads, two screens\n"
        "**C.** Premium — 4K, four screens\n"
        "**D.** Other\n\n"
        "Reply with the letter.",
        options=[
            "Basic — ads, one screen",
            "Standard — no ads, two screens",
            "Premium — 4K, four screens",
        ],
        allow_other=True,
        lang="en",
    ),
    # multiple choice
    C(
        M,
        "**Which of these features have you used in the last month?** Select all that apply.\n\n"
        "- Live order tracking\n"
        "- Scheduled delivery\n"
        "- Group ordering\n"
        "- Promo codes\n"
        "- Other",
        options=["Live order tracking", "Scheduled delivery", "Group ordering", "Promo codes"],
        allow_other=True,
        lang="en",
    ),
    C(
        M,
        "What do you mostly use the fitness tracker for? Feel free to pick a few:\n\n"
        "* Step counting\n"
        "* Sleep tracking\n"
        "* Heart rate monitoring\n"
        "* Workout logging\n"
        "* Calorie tracking",
        options=[
            "Step counting",
            "Sleep tracking",
            "Heart rate monitoring",
            "Workout logging",
            "Calorie tracking",
        ],
        lang="en",
    ),
    C(
        M,
        "**Which categories do you buy most often in our grocery app?** Choose up to 3.\n\n"
        "a. Fresh produce\n"
        "b. Dairy & eggs\n"
        "c. Frozen meals\n"
        "d. Snacks\n"
        "e. Household supplies\n\n"
        "Reply with the letters, e.g. a, c",
        options=["Fresh produce", "Dairy & eggs", "Frozen meals", "Snacks", "Household supplies"],
        max_choices=3,
        lang="en",
    ),
    C(
        M,
        "When you book travel, which of these do you usually add to the booking — flights, "
        "hotels, rental cars, travel insurance? Tell me all the ones that apply.",
        options=["flights", "hotels", "rental cars", "travel insurance"],
        lang="en",
    ),
    # ranking
    C(
        R,
        "**Rank these from most to least important** when choosing a restaurant in the app:\n\n"
        "1. Price\n"
        "2. Delivery time\n"
        "3. Ratings and reviews\n"
        "4. Menu variety\n\n"
        "Just list the numbers in order, e.g. 2, 1, 4, 3.",
        options=["Price", "Delivery time", "Ratings and reviews", "Menu variety"],
        lang="en",
    ),
    C(
        R,
        "Please put these banking app features in order of how useful they are to you "
        "(1 = most useful):\n\n"
        "1) Instant transfers\n"
        "2) Spending insights\n"
        "3) Bill reminders\n"
        "4) Card freeze/unfreeze",
        options=[
            "Instant transfers",
            "Spending insights",
            "Bill reminders",
            "Card freeze/unfreeze",
        ],
        lang="en",
    ),
    C(
        R,
        "**Let's prioritise!** 🧭\n\n"
        "Order the following from what you care about *most* to *least* when booking a hotel:\n\n"
        "• Location\n\n"
        "• Price per night\n\n"
        "• Free cancellation\n\n"
        "• Breakfast included",
        options=["Location", "Price per night", "Free cancellation", "Breakfast included"],
        lang="en",
    ),
    C(
        R,
        "If you had to rank streaming, grocery delivery and food delivery by how much you'd "
        "hate to lose them, from most to least, what would your order be?",
        options=["streaming", "grocery delivery", "food delivery"],
        lang="en",
    ),
    # yes/no
    C(
        Y,
        "**Are you the one who usually places the grocery orders in your household?**",
        lang="en",
    ),
    C(Y, "Have you ever contacted customer support through the in-app chat?", lang="en"),
    C(
        Y,
        "Would it be OK if we followed up with you by email in a couple of weeks?",
        lang="en",
    ),
    C(
        Y,
        "We would like to know whether you have enabled biometric login (fingerprint or "
        "Face ID) on your banking app.",
        lang="en",
    ),
]

_ES: list[Case] = [
    # open-ended
    C(
        OE,
        "**¡Gracias!** ¿Qué es lo que más te frustra cuando pides comida a domicilio a "
        "través de la app?",
        lang="es",
    ),
    D(
        "¿Qué fue lo último que pediste — una pizza, sushi, otra cosa? Cuéntame un poco "
        "cómo fue la experiencia.",
        lang="es",
    ),
    D(
        "**Su último viaje**\n\n"
        "Nos interesa saber, por ejemplo:\n"
        "- a dónde viajó\n"
        "- con cuánta antelación reservó\n"
        "- si algo le resultó confuso\n\n"
        "Escriba con total libertad.",
        lang="es",
    ),
    D(
        "Antes nos dijiste que entrenas 3 o 4 veces por semana. ¿Cómo encaja el reloj de "
        "actividad en esas sesiones?",
        lang="es",
    ),
    D(
        "Mucha gente gasta entre 50 y 100 € al mes en la compra online. ¿Cómo organizas tú "
        "tu presupuesto para el súper?",
        lang="es",
    ),
    C(
        OE,
        "¿Podría describirnos con sus propias palabras qué le hizo cambiar de banco el año pasado?",
        lang="es",
    ),
    # scale
    C(
        SC,
        "**¿Qué tan satisfecho estás con la app de tu banco?**\n\n"
        "Del 1 al 5, donde 1 es *nada satisfecho* y 5 es *muy satisfecho*.",
        scale=(1, 5),
        labels={"lo": "nada satisfecho", "hi": "muy satisfecho"},
        lang="es",
    ),
    C(
        SC,
        "En una escala de 0 a 10, ¿qué probabilidad hay de que recomiende nuestra "
        "plataforma de streaming a un amigo?",
        scale=(0, 10),
        lang="es",
    ),
    C(
        SC,
        "¿Cómo valorarías la frescura de los productos de tu último pedido?\n\n"
        "1 (pésima) – 5 (excelente)",
        scale=(1, 5),
        labels={"lo": "pésima", "hi": "excelente"},
        lang="es",
    ),
    C(
        SC,
        "**Valora la facilidad para reservar tu vuelo**\n\n"
        "1 · 2 · 3 · 4 · 5 · 6 · 7\n\n"
        "Responde solo con el número 🙂",
        scale=(1, 7),
        lang="es",
    ),
    # single choice
    C(
        S,
        "**Sobre la entrega**\n\n"
        "¿A qué hora sueles pedir comida con más frecuencia?\n\n"
        "- Al mediodía\n"
        "- Por la tarde\n"
        "- Por la noche\n"
        "- De madrugada\n\n"
        "Elige la que mejor encaje.",
        options=["Al mediodía", "Por la tarde", "Por la noche", "De madrugada"],
        lang="es",
    ),
    C(
        S,
        "¿Diría usted que el proceso de alta en la app fue sencillo, normal o complicado?",
        options=["sencillo", "normal", "complicado"],
        lang="es",
    ),
    C(
        S,
        "¿Con qué dispositivo ves series más a menudo?\n\n"
        "1. Televisión\n"
        "2. Móvil\n"
        "3. Tableta\n"
        "4. Ordenador\n"
        "5. Otro\n\n"
        "Responde con el número.",
        options=["Televisión", "Móvil", "Tableta", "Ordenador"],
        allow_other=True,
        lang="es",
    ),
    C(
        S,
        "¿Qué tipo de alojamiento reservó en su último viaje?\n\n"
        "**A)** Hotel — con recepción 24 h\n"
        "**B)** Apartamento turístico — cocina incluida\n"
        "**C)** Hostal — habitación compartida o privada\n\n"
        "Indique solo la letra.",
        options=[
            "Hotel — con recepción 24 h",
            "Apartamento turístico — cocina incluida",
            "Hostal — habitación compartida o privada",
        ],
        lang="es",
    ),
    # multiple choice
    C(
        M,
        "**¿Qué funciones del reloj usas habitualmente?** Marca todas las que correspondan.\n\n"
        "- Contador de pasos\n"
        "- Monitor de sueño\n"
        "- Frecuencia cardíaca\n"
        "- GPS para correr\n"
        "- Otra",
        options=["Contador de pasos", "Monitor de sueño", "Frecuencia cardíaca", "GPS para correr"],
        allow_other=True,
        lang="es",
    ),
    C(
        M,
        "¿Qué secciones de la app del súper visitas más? Puedes elegir varias:\n\n"
        "* Ofertas\n"
        "* Frutas y verduras\n"
        "* Carnicería\n"
        "* Congelados\n"
        "* Productos ecológicos",
        options=[
            "Ofertas",
            "Frutas y verduras",
            "Carnicería",
            "Congelados",
            "Productos ecológicos",
        ],
        lang="es",
    ),
    C(
        M,
        "De estos motivos, ¿cuáles le llevarían a cancelar su suscripción? Elija como "
        "máximo dos.\n\n"
        "a. El precio\n"
        "b. Falta de contenido nuevo\n"
        "c. Demasiados anuncios\n"
        "d. Problemas técnicos\n\n"
        "Responda con las letras, p. ej. a, c",
        options=[
            "El precio",
            "Falta de contenido nuevo",
            "Demasiados anuncios",
            "Problemas técnicos",
        ],
        max_choices=2,
        lang="es",
    ),
    C(
        M,
        "Cuando pagas en la app, ¿qué métodos usas: tarjeta, Bizum, PayPal o efectivo? "
        "Dime todos los que uses.",
        options=["tarjeta", "Bizum", "PayPal", "efectivo"],
        lang="es",
    ),
    # ranking
    C(
        R,
        "**Ordena estos aspectos de más a menos importante** al elegir un restaurante en "
        "la app:\n\n"
        "1. Precio\n"
        "2. Tiempo de entrega\n"
        "3. Valoraciones\n"
        "4. Gastos de envío\n\n"
        "Puedes responder, por ejemplo: 2, 1, 3, 4.",
        options=["Precio", "Tiempo de entrega", "Valoraciones", "Gastos de envío"],
        lang="es",
    ),
    C(
        R,
        "Por favor, clasifique las siguientes funciones según su utilidad para usted "
        "(1 = la más útil):\n\n"
        "- Transferencias inmediatas\n"
        "- Resumen de gastos\n"
        "- Alertas de cargos\n"
        "- Bloqueo temporal de tarjeta",
        options=[
            "Transferencias inmediatas",
            "Resumen de gastos",
            "Alertas de cargos",
            "Bloqueo temporal de tarjeta",
        ],
        lang="es",
    ),
    C(
        R,
        "Pon en orden, del que más al que menos te importa, estos factores al reservar un "
        "vuelo:\n\n"
        "• Precio\n\n"
        "• Horario\n\n"
        "• Escalas\n\n"
        "• Equipaje incluido",
        options=["Precio", "Horario", "Escalas", "Equipaje incluido"],
        lang="es",
    ),
    C(
        R,
        "**¿Qué es lo que más valora?** 🥇🥈🥉\n\n"
        "Ordene del 1 al 3 lo siguiente, siendo 1 lo más importante:\n\n"
        "A) Catálogo de películas\n"
        "B) Calidad de imagen\n"
        "C) Precio mensual",
        options=["Catálogo de películas", "Calidad de imagen", "Precio mensual"],
        lang="es",
    ),
    # yes/no
    C(Y, "**¿Eres tú quien hace normalmente la compra online en casa?**", lang="es"),
    C(Y, "¿Alguna vez has usado el chat de atención al cliente dentro de la app?", lang="es"),
    C(
        Y,
        "¿Le parecería bien que le contactáramos por correo dentro de unas semanas para una "
        "breve entrevista?",
        lang="es",
    ),
    C(
        Y,
        "Nos gustaría saber si ha activado usted las notificaciones de movimientos en su cuenta.",
        lang="es",
    ),
]

_FR: list[Case] = [
    # open-ended
    C(
        OE,
        "**Merci !** Qu'est-ce qui vous a donné envie de télécharger l'application de "
        "livraison la première fois ?",
        lang="fr",
    ),
    D(
        "Qu'avez-vous commandé la dernière fois — une pizza, des sushis, autre chose ? "
        "Racontez-moi comment ça s'est passé.",
        lang="fr",
    ),
    D(
        "**Ton dernier entraînement**\n\n"
        "Tu peux par exemple me dire :\n"
        "- combien de temps il a duré\n"
        "- si la montre a bien suivi ton effort\n"
        "- ce qui t'a manqué\n\n"
        "Écris librement, il n'y a pas de bonne réponse.",
        lang="fr",
    ),
    D(
        "Tu as donné une note de 2 sur 5 à la recherche de vols tout à l'heure. Qu'est-ce "
        "qui t'a déçu exactement ?",
        lang="fr",
    ),
    D(
        "Entre 18 h et 20 h, beaucoup d'utilisateurs font leurs courses en ligne. Comment "
        "organisez-vous vos propres courses au fil de la semaine ?",
        lang="fr",
    ),
    C(
        OE,
        "Pourriez-vous m'expliquer avec vos mots ce que vous attendez d'une application "
        "bancaire idéale ?",
        lang="fr",
    ),
    # scale
    C(
        SC,
        "**Dans quelle mesure êtes-vous satisfait(e) du suivi de commande ?**\n\n"
        "Sur une échelle de 1 à 5, 1 signifiant *pas du tout satisfait* et 5 *très satisfait*.",
        scale=(1, 5),
        labels={"lo": "pas du tout satisfait", "hi": "très satisfait"},
        lang="fr",
    ),
    C(
        SC,
        "De 0 à 10, quelle est la probabilité que tu recommandes l'appli à un proche ? "
        "(0 = pas du tout probable, 10 = très probable)",
        scale=(0, 10),
        labels={"lo": "pas du tout probable", "hi": "très probable"},
        lang="fr",
    ),
    C(
        SC,
        "Quelle note donneriez-vous au catalogue de films ?\n\n"
        "⭐ 1 – 2 – 3 – 4 – 5 ⭐\n\n"
        "Répondez simplement avec un chiffre.",
        scale=(1, 5),
        lang="fr",
    ),
    C(
        SC,
        "Comment évalues-tu la clarté des frais affichés lors de la réservation ? "
        "1 (nulle) – 10 (parfaite)",
        scale=(1, 10),
        labels={"lo": "nulle", "hi": "parfaite"},
        lang="fr",
    ),
    # single choice
    C(
        S,
        "**Petite question sur le paiement**\n\n"
        "Quel moyen de paiement utilisez-vous le plus souvent ?\n\n"
        "- Carte bancaire\n"
        "- Apple Pay ou Google Pay\n"
        "- PayPal\n"
        "- Titres-restaurant\n"
        "- Autre\n\n"
        "Choisissez celui qui vous correspond le mieux.",
        options=["Carte bancaire", "Apple Pay ou Google Pay", "PayPal", "Titres-restaurant"],
        allow_other=True,
        lang="fr",
    ),
    C(
        S,
        "Tu dirais que la livraison de ta dernière commande était rapide, correcte ou lente ?",
        options=["rapide", "correcte", "lente"],
        lang="fr",
    ),
    C(
        S,
        "À quelle fréquence consultez-vous votre solde dans l'application ?\n\n"
        "1) Plusieurs fois par jour\n"
        "2) Une fois par jour\n"
        "3) Quelques fois par semaine\n"
        "4) Rarement\n\n"
        "Indiquez simplement le numéro.",
        options=[
            "Plusieurs fois par jour",
            "Une fois par jour",
            "Quelques fois par semaine",
            "Rarement",
        ],
        lang="fr",
    ),
    C(
        S,
        "Quel abonnement as-tu en ce moment ?\n\n"
        "**A.** Essentiel : avec publicités\n\n"
        "**B.** Standard : sans publicité, HD\n\n"
        "**C.** Premium : 4K et quatre écrans\n\n"
        "Réponds avec la lettre 😉",
        options=[
            "Essentiel : avec publicités",
            "Standard : sans publicité, HD",
            "Premium : 4K et quatre écrans",
        ],
        lang="fr",
    ),
    # multiple choice
    C(
        M,
        "**Quelles fonctionnalités avez-vous utilisées ce mois-ci ?** Plusieurs réponses "
        "possibles.\n\n"
        "- Suivi en temps réel\n"
        "- Commande groupée\n"
        "- Codes promo\n"
        "- Livraison programmée",
        options=["Suivi en temps réel", "Commande groupée", "Codes promo", "Livraison programmée"],
        lang="fr",
    ),
    C(
        M,
        "Pour quoi utilises-tu principalement ton bracelet connecté ? N'hésite pas à en "
        "cocher plusieurs :\n\n"
        "* Les pas\n"
        "* Le sommeil\n"
        "* La fréquence cardiaque\n"
        "* Les séances de sport\n"
        "* Autre",
        options=["Les pas", "Le sommeil", "La fréquence cardiaque", "Les séances de sport"],
        allow_other=True,
        lang="fr",
    ),
    C(
        M,
        "Quels rayons visitez-vous le plus dans notre appli de courses ? Choisissez-en 3 "
        "au maximum.\n\n"
        "a. Fruits et légumes\n"
        "b. Produits laitiers\n"
        "c. Surgelés\n"
        "d. Épicerie sucrée\n"
        "e. Entretien\n\n"
        "Répondez avec les lettres, par ex. a, d",
        options=[
            "Fruits et légumes",
            "Produits laitiers",
            "Surgelés",
            "Épicerie sucrée",
            "Entretien",
        ],
        max_choices=3,
        lang="fr",
    ),
    C(
        M,
        "Lors d'une réservation, qu'ajoutes-tu en général : vol, hôtel, voiture de "
        "location, assurance voyage ? Cite tout ce qui s'applique.",
        options=["vol", "hôtel", "voiture de location", "assurance voyage"],
        lang="fr",
    ),
    # ranking
    C(
        R,
        "**Classez ces critères du plus important au moins important** pour choisir un "
        "restaurant :\n\n"
        "1. Le prix\n"
        "2. Le délai de livraison\n"
        "3. Les avis clients\n"
        "4. Les frais de livraison",
        options=["Le prix", "Le délai de livraison", "Les avis clients", "Les frais de livraison"],
        lang="fr",
    ),
    C(
        R,
        "Peux-tu mettre ces fonctionnalités dans l'ordre, de la plus utile à la moins utile "
        "(1 = la plus utile) ?\n\n"
        "- Virement instantané\n"
        "- Analyse des dépenses\n"
        "- Rappels de factures\n"
        "- Blocage de carte",
        options=[
            "Virement instantané",
            "Analyse des dépenses",
            "Rappels de factures",
            "Blocage de carte",
        ],
        lang="fr",
    ),
    C(
        R,
        "**On fait le tri !** 🗂️\n\n"
        "Ordonnez les éléments suivants selon leur importance pour vous lors du choix d'un "
        "hôtel :\n\n"
        "• Emplacement\n\n"
        "• Prix par nuit\n\n"
        "• Annulation gratuite\n\n"
        "• Petit-déjeuner inclus",
        options=["Emplacement", "Prix par nuit", "Annulation gratuite", "Petit-déjeuner inclus"],
        lang="fr",
    ),
    C(
        R,
        "Si tu devais classer le streaming, la livraison de courses et la livraison de repas "
        "selon ce qui te manquerait le plus, quel serait ton ordre ?",
        options=["le streaming", "la livraison de courses", "la livraison de repas"],
        lang="fr",
    ),
    # yes/no
    C(
        Y,
        "**Est-ce vous qui passez habituellement les commandes de courses dans votre foyer ?**",
        lang="fr",
    ),
    C(Y, "As-tu déjà contacté le service client via le chat de l'appli ?", lang="fr"),
    C(
        Y,
        "Seriez-vous d'accord pour que nous vous recontactions par e-mail dans quelques semaines ?",
        lang="fr",
    ),
    C(
        Y,
        "Nous aimerions savoir si vous avez activé la connexion par empreinte digitale sur "
        "votre application bancaire.",
        lang="fr",
    ),
]

_DE: list[Case] = [
    # open-ended
    C(
        OE,
        "**Danke dir!** Was würdest du am Bezahlvorgang in der App als Erstes ändern?",
        lang="de",
    ),
    D(
        "Was hast du zuletzt bestellt – eine Pizza, Sushi, etwas anderes? Erzähl mir ein "
        "bisschen davon.",
        lang="de",
    ),
    D(
        "**Ihre letzte Reisebuchung**\n\n"
        "Sie können zum Beispiel schildern:\n"
        "- wohin die Reise ging\n"
        "- wie früh Sie gebucht haben\n"
        "- was Sie gestört hat\n\n"
        "Schreiben Sie gern so ausführlich, wie Sie möchten.",
        lang="de",
    ),
    D(
        "Sie haben vorhin 4 von 10 Punkten für die Suchfunktion vergeben. Was genau fehlt "
        "Ihnen da?",
        lang="de",
    ),
    D(
        "Viele Nutzer trainieren 2–3 Mal pro Woche mit dem Tracker. Wie sieht eine typische "
        "Trainingswoche bei dir aus?",
        lang="de",
    ),
    C(
        OE,
        "Könnten Sie mir in eigenen Worten beschreiben, wie Sie normalerweise entscheiden, "
        "welche Serie Sie als Nächstes schauen?",
        lang="de",
    ),
    # scale
    C(
        SC,
        "**Wie zufrieden sind Sie mit der Banking-App insgesamt?**\n\n"
        "Auf einer Skala von 1 bis 5, wobei 1 *überhaupt nicht zufrieden* und 5 *sehr "
        "zufrieden* bedeutet.",
        scale=(1, 5),
        labels={"lo": "überhaupt nicht zufrieden", "hi": "sehr zufrieden"},
        lang="de",
    ),
    C(
        SC,
        "Wie wahrscheinlich ist es, dass du die App einem Freund empfiehlst? "
        "0 = sehr unwahrscheinlich, 10 = sehr wahrscheinlich",
        scale=(0, 10),
        labels={"lo": "sehr unwahrscheinlich", "hi": "sehr wahrscheinlich"},
        lang="de",
    ),
    C(
        SC,
        "Wie bewerten Sie die Lieferzeit Ihrer letzten Bestellung?\n\n"
        "1 · 2 · 3 · 4 · 5\n\n"
        "Antworten Sie einfach mit einer Zahl.",
        scale=(1, 5),
        lang="de",
    ),
    C(
        SC,
        "Wie viele Sterne gibst du der neuen Trainingsplan-Funktion? ⭐ bis ⭐⭐⭐⭐⭐ "
        "(1–5 Sterne)",
        scale=(1, 5),
        lang="de",
    ),
    # single choice
    C(
        S,
        "**Kurze Frage zur Bezahlung**\n\n"
        "Welche Zahlungsart nutzt du am häufigsten?\n\n"
        "- Kreditkarte\n"
        "- PayPal\n"
        "- Lastschrift\n"
        "- Klarna\n"
        "- Andere\n\n"
        "Nimm einfach die, die am besten passt 🙂",
        options=["Kreditkarte", "PayPal", "Lastschrift", "Klarna"],
        allow_other=True,
        lang="de",
    ),
    C(
        S,
        "Würden Sie sagen, dass die Lieferung schnell, angemessen oder langsam war?",
        options=["schnell", "angemessen", "langsam"],
        lang="de",
    ),
    C(
        S,
        "Wie oft nutzt du die Lebensmittel-App?\n\n"
        "1. Mehrmals pro Woche\n\n"
        "2. Einmal pro Woche\n\n"
        "3. Ein paar Mal im Monat\n\n"
        "4. Seltener\n\n"
        "Antworte einfach mit der Nummer.",
        options=["Mehrmals pro Woche", "Einmal pro Woche", "Ein paar Mal im Monat", "Seltener"],
        lang="de",
    ),
    C(
        S,
        "Welches Abo haben Sie derzeit?\n\n"
        "**A)** Basis – mit Werbung\n"
        "**B)** Standard – werbefrei, HD\n"
        "**C)** Premium – 4K, vier Geräte\n\n"
        "Bitte nennen Sie den Buchstaben.",
        options=["Basis – mit Werbung", "Standard – werbefrei, HD", "Premium – 4K, vier Geräte"],
        lang="de",
    ),
    # multiple choice
    C(
        M,
        "**Welche dieser Funktionen haben Sie im letzten Monat genutzt?** Mehrfachauswahl "
        "möglich.\n\n"
        "- Live-Tracking\n"
        "- Gruppenbestellung\n"
        "- Gutscheincodes\n"
        "- Geplante Lieferung",
        options=["Live-Tracking", "Gruppenbestellung", "Gutscheincodes", "Geplante Lieferung"],
        lang="de",
    ),
    C(
        M,
        "Wofür nutzt du deinen Fitness-Tracker hauptsächlich? Du kannst gern mehreres "
        "auswählen:\n\n"
        "* Schritte zählen\n"
        "* Schlaf aufzeichnen\n"
        "* Puls messen\n"
        "* Workouts protokollieren",
        options=["Schritte zählen", "Schlaf aufzeichnen", "Puls messen", "Workouts protokollieren"],
        lang="de",
    ),
    C(
        M,
        "Welche Kategorien kaufen Sie am häufigsten in unserer App? Bitte höchstens drei "
        "auswählen.\n\n"
        "a. Obst & Gemüse\n"
        "b. Milchprodukte\n"
        "c. Tiefkühlkost\n"
        "d. Getränke\n"
        "e. Drogerieartikel\n\n"
        "Antworten Sie mit den Buchstaben, z. B. a, c",
        options=["Obst & Gemüse", "Milchprodukte", "Tiefkühlkost", "Getränke", "Drogerieartikel"],
        max_choices=3,
        lang="de",
    ),
    C(
        M,
        "Was buchst du bei einer Reise normalerweise dazu – Flug, Hotel, Mietwagen, "
        "Reiseversicherung? Nenn mir alles, was zutrifft.",
        options=["Flug", "Hotel", "Mietwagen", "Reiseversicherung"],
        lang="de",
    ),
    # ranking
    C(
        R,
        "**Bitte ordnen Sie diese Kriterien nach Wichtigkeit** (vom wichtigsten zum "
        "unwichtigsten):\n\n"
        "1. Preis\n"
        "2. Lieferzeit\n"
        "3. Bewertungen\n"
        "4. Liefergebühr",
        options=["Preis", "Lieferzeit", "Bewertungen", "Liefergebühr"],
        lang="de",
    ),
    C(
        R,
        "Bring diese Funktionen in eine Reihenfolge – 1 = am nützlichsten:\n\n"
        "- Echtzeitüberweisung\n"
        "- Ausgabenanalyse\n"
        "- Rechnungserinnerungen\n"
        "- Karte sperren",
        options=[
            "Echtzeitüberweisung",
            "Ausgabenanalyse",
            "Rechnungserinnerungen",
            "Karte sperren",
        ],
        lang="de",
    ),
    C(
        R,
        "**Prioritäten setzen** 🧭\n\n"
        "Sortieren Sie bitte, was Ihnen bei der Hotelbuchung am wichtigsten bis am "
        "wenigsten wichtig ist:\n\n"
        "• Lage\n\n"
        "• Preis pro Nacht\n\n"
        "• Kostenlose Stornierung\n\n"
        "• Frühstück inklusive",
        options=["Lage", "Preis pro Nacht", "Kostenlose Stornierung", "Frühstück inklusive"],
        lang="de",
    ),
    C(
        R,
        "Wenn du Streaming, Lebensmittellieferung und Essenslieferung danach ordnen "
        "müsstest, worauf du am wenigsten verzichten könntest – wie sähe deine Reihenfolge aus?",
        options=["Streaming", "Lebensmittellieferung", "Essenslieferung"],
        lang="de",
    ),
    # yes/no
    C(
        Y,
        "**Bist du bei euch zu Hause diejenige Person, die normalerweise die Lebensmittel "
        "bestellt?**",
        lang="de",
    ),
    C(
        Y,
        "Haben Sie schon einmal den Kundenservice über den Chat in der App kontaktiert?",
        lang="de",
    ),
    C(
        Y,
        "Wäre es in Ordnung, wenn wir uns in ein paar Wochen per E-Mail noch einmal bei dir "
        "melden?",
        lang="de",
    ),
    C(
        Y,
        "Wir würden gern wissen, ob Sie die Anmeldung per Fingerabdruck in Ihrer Banking-App "
        "aktiviert haben.",
        lang="de",
    ),
]

_PT: list[Case] = [
    # open-ended
    C(
        OE,
        "**Valeu!** O que você mudaria primeiro no processo de pagamento do app?",
        lang="pt",
    ),
    D(
        "O que você pediu da última vez — uma pizza, sushi, outra coisa? Me conta um pouco "
        "como foi.",
        lang="pt",
    ),
    D(
        "**Sua última viagem**\n\n"
        "Pode contar, por exemplo:\n"
        "- para onde foi\n"
        "- com quanta antecedência reservou\n"
        "- o que deu errado\n\n"
        "Escreva à vontade.",
        lang="pt",
    ),
    D(
        "Você deu nota 3 de 5 para o app do banco agora há pouco. O que faria essa nota "
        "chegar a 5?",
        lang="pt",
    ),
    D(
        "Muita gente gasta entre R$ 200 e R$ 400 por mês em mercado online. Como você "
        "planeja as suas compras do mês?",
        lang="pt",
    ),
    C(
        OE,
        "Poderia descrever, por palavras suas, o que o levou a cancelar a assinatura de streaming?",
        lang="pt",
    ),
    # scale
    C(
        SC,
        "**Quão satisfeito você está com o acompanhamento do pedido?**\n\n"
        "Numa escala de 1 a 5, em que 1 é *nada satisfeito* e 5 é *muito satisfeito*.",
        scale=(1, 5),
        labels={"lo": "nada satisfeito", "hi": "muito satisfeito"},
        lang="pt",
    ),
    C(
        SC,
        "De 0 a 10, qual a probabilidade de recomendar o nosso app de viagens a um amigo?",
        scale=(0, 10),
        lang="pt",
    ),
    C(
        SC,
        "Como avalia as sugestões de treino da app?\n\n1 (péssimas) – 5 (excelentes)",
        scale=(1, 5),
        labels={"lo": "péssimas", "hi": "excelentes"},
        lang="pt",
    ),
    C(
        SC,
        "**Dê uma nota para o catálogo de filmes**\n\n"
        "1 · 2 · 3 · 4 · 5 · 6 · 7 · 8 · 9 · 10\n\n"
        "É só responder com o número 🙂",
        scale=(1, 10),
        lang="pt",
    ),
    # single choice
    C(
        S,
        "**Pergunta rápida sobre pagamento**\n\n"
        "Qual forma de pagamento você mais usa no app?\n\n"
        "- Cartão de crédito\n"
        "- Pix\n"
        "- Vale-refeição\n"
        "- Dinheiro na entrega\n"
        "- Outro\n\n"
        "Escolha a que mais combina com você.",
        options=["Cartão de crédito", "Pix", "Vale-refeição", "Dinheiro na entrega"],
        allow_other=True,
        lang="pt",
    ),
    C(
        S,
        "Você diria que a entrega do seu último pedido foi rápida, dentro do esperado ou demorada?",
        options=["rápida", "dentro do esperado", "demorada"],
        lang="pt",
    ),
    C(
        S,
        "Com que frequência consulta o saldo na aplicação?\n\n"
        "1) Várias vezes por dia\n"
        "2) Uma vez por dia\n"
        "3) Algumas vezes por semana\n"
        "4) Raramente\n\n"
        "Responda só com o número.",
        options=[
            "Várias vezes por dia",
            "Uma vez por dia",
            "Algumas vezes por semana",
            "Raramente",
        ],
        lang="pt",
    ),
    C(
        S,
        "Qual plano você tem hoje?\n\n"
        "**A.** Básico — com anúncios\n\n"
        "**B.** Padrão — sem anúncios, HD\n\n"
        "**C.** Premium — 4K e quatro telas\n\n"
        "Responde com a letra 😉",
        options=[
            "Básico — com anúncios",
            "Padrão — sem anúncios, HD",
            "Premium — 4K e quatro telas",
        ],
        lang="pt",
    ),
    # multiple choice
    C(
        M,
        "**Quais destas funções você usou no último mês?** Marque todas que se aplicam.\n\n"
        "- Rastreio em tempo real\n"
        "- Pedido em grupo\n"
        "- Cupons de desconto\n"
        "- Entrega agendada",
        options=[
            "Rastreio em tempo real",
            "Pedido em grupo",
            "Cupons de desconto",
            "Entrega agendada",
        ],
        lang="pt",
    ),
    C(
        M,
        "Para que usas principalmente a tua pulseira de atividade? Podes escolher várias:\n\n"
        "* Contar passos\n"
        "* Monitorizar o sono\n"
        "* Medir a frequência cardíaca\n"
        "* Registar treinos\n"
        "* Outro",
        options=[
            "Contar passos",
            "Monitorizar o sono",
            "Medir a frequência cardíaca",
            "Registar treinos",
        ],
        allow_other=True,
        lang="pt",
    ),
    C(
        M,
        "Quais seções do app de mercado você mais visita? Escolha no máximo 2.\n\n"
        "a. Hortifrúti\n"
        "b. Laticínios\n"
        "c. Congelados\n"
        "d. Limpeza\n\n"
        "Responda com as letras, ex.: a, c",
        options=["Hortifrúti", "Laticínios", "Congelados", "Limpeza"],
        max_choices=2,
        lang="pt",
    ),
    C(
        M,
        "Quando reserva uma viagem, o que costuma incluir: voo, hotel, aluguel de carro, "
        "seguro viagem? Diga todos os que se aplicam.",
        options=["voo", "hotel", "aluguel de carro", "seguro viagem"],
        lang="pt",
    ),
    # ranking
    C(
        R,
        "**Ordene estes fatores do mais para o menos importante** na hora de escolher um "
        "restaurante:\n\n"
        "1. Preço\n"
        "2. Tempo de entrega\n"
        "3. Avaliações\n"
        "4. Taxa de entrega",
        options=["Preço", "Tempo de entrega", "Avaliações", "Taxa de entrega"],
        lang="pt",
    ),
    C(
        R,
        "Por favor, classifique as seguintes funcionalidades por utilidade "
        "(1 = a mais útil):\n\n"
        "- Transferências imediatas\n"
        "- Resumo de gastos\n"
        "- Alertas de pagamento\n"
        "- Bloqueio de cartão",
        options=[
            "Transferências imediatas",
            "Resumo de gastos",
            "Alertas de pagamento",
            "Bloqueio de cartão",
        ],
        lang="pt",
    ),
    C(
        R,
        "**Hora de priorizar!** 🧭\n\n"
        "Coloque em ordem, do que mais importa ao que menos importa pra você, ao reservar "
        "um hotel:\n\n"
        "• Localização\n\n"
        "• Preço da diária\n\n"
        "• Cancelamento grátis\n\n"
        "• Café da manhã incluso",
        options=["Localização", "Preço da diária", "Cancelamento grátis", "Café da manhã incluso"],
        lang="pt",
    ),
    C(
        R,
        "Se tivesse de ordenar o streaming, as compras de supermercado online e a entrega "
        "de refeições pelo quanto lhe fariam falta, qual seria a sua ordem?",
        options=["o streaming", "as compras de supermercado online", "a entrega de refeições"],
        lang="pt",
    ),
    # yes/no
    C(
        Y,
        "**É você quem normalmente faz as compras de mercado pelo app na sua casa?**",
        lang="pt",
    ),
    C(Y, "Você já falou com o suporte pelo chat do aplicativo alguma vez?", lang="pt"),
    C(Y, "Tudo bem se entrarmos em contato por e-mail daqui a algumas semanas?", lang="pt"),
    C(
        Y,
        "Gostaríamos de saber se o senhor ativou o login por impressão digital na aplicação "
        "do banco.",
        lang="pt",
    ),
]

HOLDOUT20: tuple[Case, ...] = (*_EN, *_ES, *_FR, *_DE, *_PT)
