"""Held-out corpus 39. Style: messages as they arrive from different chat front-ends and model versions, each with its own formatting habits: options lettered 'A)', '(a)', 'a.', 'A -', numbered '1)', '1.', '(1)', '1 -', circled digits, emoji digits, bullets ('•', '▪', '–', '→', '✔'), checkbox-style '[ ]' or '☐', options laid out in a one-row Markdown table or separated by ' | ', scales drawn as '1 ─ 2 ─ 3' or '[1] [2] [3]' with end labels under or beside them, bold or italic option names, headers like '**Question**' or '### Your choice', and trailing instructions in italics or parentheses; formatting varies within each language, and the content is ordinary consumer research (streaming, groceries, banking apps, travel, fitness).

Written by a helper session from its own head, without seeing the detector or any other corpus. For measuring: its messages are never tuned on directly.

First run (scored once, by the lead of session 15, on the detector of commit aaea8ba; only the
summary was printed, no case read):
  119/130 exactly right (0.915);
  precision/recall per type: open_ended 0.909/1.000, scale 0.895/0.850, single_choice 0.900/0.900, multiple_choice 0.950/0.950, ranking 0.842/0.800, yes_no 1.000/0.950;
  0 of 30 open questions given a widget (0 of its 24 distractors). Session 13's first detector (e2ce16f) scores the same unseen file 118/130 exactly right, 0 open questions given a widget; session 16's
  first commit (da904b7) scores it as aaea8ba does.
Read after that run: not read: it stays unseen.
"""

from tests.questions.cases import OE, SC, C, Case, D, M, R, S, Y

_EN: list[Case] = [
    # --- open-ended ---
    C(
        OE,
        "**Question**\n\nThinking back to the last time you cancelled a streaming "
        "subscription, what was going through your mind at that moment?",
        lang="en",
    ),
    D(
        "You mentioned you switch between 2 or 3 grocery apps each week. Walk me "
        "through a typical week — which app do you open first, and what makes you "
        "jump to another one?",
        lang="en",
    ),
    D(
        "Some people tell us they check their banking app 5–10 times a day, others "
        "once a month. Where do you land, and why do you think that is?",
        lang="en",
    ),
    D(
        "### Tell me more\n\nWhen you planned your last trip, you said you compared:\n"
        "• flights\n• hotels\n• car rentals\n\nHow did you go about comparing them — "
        "what did you look at first, and what made you trust one offer over another? "
        "*(Feel free to answer in your own words.)*",
        lang="en",
    ),
    D(
        "On a scale of 1 to 10 you gave the fitness app a 4 earlier. What would "
        "need to change for that to become an 8?",
        lang="en",
    ),
    D(
        "Was it the price, the catalogue, or something else entirely that made you "
        "pick Netflix over Disney+? Tell me the story in your own words.",
        lang="en",
    ),
    # --- scale ---
    C(
        SC,
        "**How likely are you to recommend the app to a friend?**\n\n"
        "0 ─ 1 ─ 2 ─ 3 ─ 4 ─ 5 ─ 6 ─ 7 ─ 8 ─ 9 ─ 10\n"
        "*0 = Not at all likely · 10 = Extremely likely*",
        scale=(0, 10),
        labels={"lo": "Not at all likely", "hi": "Extremely likely"},
        lang="en",
    ),
    C(
        SC,
        "How satisfied were you with your most recent grocery delivery?\n\n"
        "[1] [2] [3] [4] [5]\n"
        "Very dissatisfied          Very satisfied",
        scale=(1, 5),
        labels={"lo": "Very dissatisfied", "hi": "Very satisfied"},
        lang="en",
    ),
    C(
        SC,
        "### Rate it\nHow easy was it to set up a transfer in the banking app?\n\n"
        "Very difficult  1 ─ 2 ─ 3 ─ 4 ─ 5 ─ 6 ─ 7  Very easy",
        scale=(1, 7),
        labels={"lo": "Very difficult", "hi": "Very easy"},
        lang="en",
    ),
    C(
        SC,
        "On a scale of 1–10, how much do you trust the workout recommendations the "
        "app gives you? _(1 = not at all, 10 = completely)_",
        scale=(1, 10),
        labels={"lo": "not at all", "hi": "completely"},
        lang="en",
    ),
    # --- single choice ---
    C(
        S,
        "Which streaming service do you use most often?\n\n"
        "A) Netflix\nB) Disney+\nC) Prime Video\nD) Max\nE) Other (please specify)",
        options=["Netflix", "Disney+", "Prime Video", "Max"],
        allow_other=True,
        lang="en",
    ),
    C(
        S,
        "How often do you order groceries online?\n\n"
        "(a) Every week\n(b) A couple of times a month\n(c) About once a month\n"
        "(d) Less often than that\n(e) Never\n\n*Choose one.*",
        options=[
            "Every week",
            "A couple of times a month",
            "About once a month",
            "Less often than that",
            "Never",
        ],
        lang="en",
    ),
    C(
        S,
        "When you book a hotel, what usually decides it for you? "
        "(pick the one that matters most)\n\n"
        "| Price | Location | Reviews | Loyalty points |\n|---|---|---|---|",
        options=["Price", "Location", "Reviews", "Loyalty points"],
        lang="en",
    ),
    C(
        S,
        "**Your choice**\nWhat's your main reason for using a fitness tracker?\n"
        "① Counting steps\n② Tracking sleep\n③ Monitoring heart rate\n"
        "④ Staying motivated for workouts",
        options=[
            "Counting steps",
            "Tracking sleep",
            "Monitoring heart rate",
            "Staying motivated for workouts",
        ],
        lang="en",
    ),
    # --- multiple choice ---
    C(
        M,
        "Which of these features have you used in the banking app in the last 30 "
        "days? Select all that apply.\n\n[ ] Mobile check deposit\n"
        "[ ] Peer-to-peer payments\n[ ] Budgeting insights\n[ ] Card freeze/unfreeze\n"
        "[ ] None of these",
        options=[
            "Mobile check deposit",
            "Peer-to-peer payments",
            "Budgeting insights",
            "Card freeze/unfreeze",
            "None of these",
        ],
        lang="en",
    ),
    C(
        M,
        "What do you usually stream on weekends? (choose all that apply)\n"
        "• **Movies**\n• **Series**\n• **Live sports**\n• **Documentaries**\n"
        "• Other – tell me what",
        options=["Movies", "Series", "Live sports", "Documentaries"],
        allow_other=True,
        lang="en",
    ),
    C(
        M,
        "Pick up to 3 things that would make you switch grocery apps:\n"
        "1️⃣ Lower delivery fees\n2️⃣ Faster delivery slots\n3️⃣ Better fresh produce\n"
        "4️⃣ More discounts and coupons\n5️⃣ Easier substitutions",
        options=[
            "Lower delivery fees",
            "Faster delivery slots",
            "Better fresh produce",
            "More discounts and coupons",
            "Easier substitutions",
        ],
        max_choices=3,
        lang="en",
    ),
    C(
        M,
        "When you travel, which of these do you usually book yourself online?\n"
        "☐ Flights ☐ Hotels ☐ Trains ☐ Rental cars ☐ Activities and tours\n"
        "_Tick as many as you like._",
        options=["Flights", "Hotels", "Trains", "Rental cars", "Activities and tours"],
        lang="en",
    ),
    # --- ranking ---
    C(
        R,
        "Please rank these from most to least important when choosing a streaming "
        "service:\n1. Price\n2. Content library\n3. Video quality\n"
        "4. Ad-free viewing\n\n(1 = most important)",
        options=["Price", "Content library", "Video quality", "Ad-free viewing"],
        lang="en",
    ),
    C(
        R,
        "### Put them in order\nHow would you rank these grocery store factors, "
        "from the one you care about most to the one you care about least?\n"
        "– Freshness\n– Price\n– Distance from home\n– Opening hours",
        options=["Freshness", "Price", "Distance from home", "Opening hours"],
        lang="en",
    ),
    C(
        R,
        "Order these banking app features by how often you use them "
        "(most used first):\n→ Checking balance\n→ Paying bills\n"
        "→ Transferring money\n→ Viewing statements",
        options=[
            "Checking balance",
            "Paying bills",
            "Transferring money",
            "Viewing statements",
        ],
        lang="en",
    ),
    C(
        R,
        "Rank the following from 1 to 5 based on what motivates you to work out:\n"
        "(1) Health\n(2) Appearance\n(3) Stress relief\n"
        "(4) Social time with friends\n(5) Competition",
        options=[
            "Health",
            "Appearance",
            "Stress relief",
            "Social time with friends",
            "Competition",
        ],
        lang="en",
    ),
    # --- yes / no ---
    C(
        Y,
        "Have you ever paid for a streaming service you weren't actually using? (Yes / No)",
        lang="en",
    ),
    C(
        Y,
        "**Quick check:** Do you currently have a loyalty card with your main supermarket?",
        lang="en",
    ),
    C(
        Y,
        "Did you use the airline's app to check in on your last flight?\n\nYes | No",
        lang="en",
    ),
    C(
        Y,
        "Would you be comfortable letting a fitness app share your workout data with "
        "your health insurer? _Just a yes or no is fine._",
        lang="en",
    ),
]

_ES: list[Case] = [
    # --- abiertas ---
    C(
        OE,
        "Cuéntame cómo fue la última vez que hiciste la compra del súper por "
        "internet. ¿Qué te gustó y qué te sacó de quicio?",
        lang="es",
    ),
    D(
        "Antes me dijiste que pagas unos 15 o 20 euros al mes en plataformas de "
        "streaming. ¿Cómo decides cuáles mantener y cuáles dar de baja?",
        lang="es",
    ),
    D(
        "**Pregunta**\nMucha gente usa la app del banco para cosas como:\n"
        "– consultar el saldo\n– hacer Bizums\n– pagar recibos\n\n"
        "¿Y tú? Cuéntame con tus palabras cómo la usas en el día a día.",
        lang="es",
    ),
    D(
        "Si tuvieras que explicarle a un amigo por qué elegiste el gimnasio de "
        "29,99 € en vez del de 45 €, ¿qué le dirías?",
        lang="es",
    ),
    D(
        "En tu último viaje estuviste fuera entre 3 y 5 días, ¿verdad? ¿Cómo "
        "organizaste el transporte y el alojamiento, y qué harías diferente la "
        "próxima vez?",
        lang="es",
    ),
    D(
        "Del 1 al 10 le pusiste un 6 a la app. ¿Qué le falta para llegar al 9 o al 10?",
        lang="es",
    ),
    # --- escala ---
    C(
        SC,
        "¿Qué probabilidad hay de que recomiendes nuestra app de entrenamiento a un "
        "amigo?\n\n0 ─ 1 ─ 2 ─ 3 ─ 4 ─ 5 ─ 6 ─ 7 ─ 8 ─ 9 ─ 10\n"
        "(0 = Nada probable, 10 = Muy probable)",
        scale=(0, 10),
        labels={"lo": "Nada probable", "hi": "Muy probable"},
        lang="es",
    ),
    C(
        SC,
        "### Valoración\n¿Cómo de satisfecho estás con el servicio de atención al "
        "cliente de tu banco?\n[1] [2] [3] [4] [5]\n"
        "1 = Nada satisfecho · 5 = Totalmente satisfecho",
        scale=(1, 5),
        labels={"lo": "Nada satisfecho", "hi": "Totalmente satisfecho"},
        lang="es",
    ),
    C(
        SC,
        "En una escala del 1 al 7, ¿qué tan fácil te resultó encontrar una serie "
        "nueva para ver? _1 es muy difícil y 7 es muy fácil._",
        scale=(1, 7),
        labels={"lo": "muy difícil", "hi": "muy fácil"},
        lang="es",
    ),
    C(
        SC,
        "Puntúa del 1 al 10 la calidad de la fruta y la verdura que te llegaron en "
        "tu último pedido.",
        scale=(1, 10),
        lang="es",
    ),
    # --- opción única ---
    C(
        S,
        "¿Con qué frecuencia ves contenido en streaming?\nA) Todos los días\n"
        "B) Varias veces por semana\nC) Una vez por semana\nD) Casi nunca",
        options=[
            "Todos los días",
            "Varias veces por semana",
            "Una vez por semana",
            "Casi nunca",
        ],
        lang="es",
    ),
    C(
        S,
        "**Tu elección**\n¿Dónde haces la mayor parte de la compra semanal?\n"
        "• Supermercado de barrio\n• Hipermercado\n• App de reparto a domicilio\n"
        "• Mercado municipal\n• Otro (especifica)",
        options=[
            "Supermercado de barrio",
            "Hipermercado",
            "App de reparto a domicilio",
            "Mercado municipal",
        ],
        allow_other=True,
        lang="es",
    ),
    C(
        S,
        "¿Qué tipo de alojamiento elegiste en tus últimas vacaciones? (elige solo "
        "una)\nApartamento turístico | Hotel | Casa de familiares o amigos | Camping",
        options=[
            "Apartamento turístico",
            "Hotel",
            "Casa de familiares o amigos",
            "Camping",
        ],
        lang="es",
    ),
    C(
        S,
        "¿Cuál es tu banco principal?\n1) Un banco tradicional\n"
        "2) Un banco solo online\n3) Una fintech tipo Revolut o N26\n"
        "4) Prefiero no decirlo",
        options=[
            "Un banco tradicional",
            "Un banco solo online",
            "Una fintech tipo Revolut o N26",
            "Prefiero no decirlo",
        ],
        lang="es",
    ),
    # --- opción múltiple ---
    C(
        M,
        "¿Qué plataformas tienes contratadas ahora mismo? Marca todas las que "
        "correspondan:\n☐ Netflix\n☐ HBO Max\n☐ Disney+\n☐ Movistar Plus+\n"
        "☐ Filmin\n☐ Ninguna",
        options=["Netflix", "HBO Max", "Disney+", "Movistar Plus+", "Filmin", "Ninguna"],
        lang="es",
    ),
    C(
        M,
        "Elige como máximo dos motivos por los que dejaste de ir al gimnasio:\n"
        "a. Falta de tiempo\nb. Precio de la cuota\nc. Me aburría\n"
        "d. Lesión o problema de salud\ne. Otro motivo",
        options=[
            "Falta de tiempo",
            "Precio de la cuota",
            "Me aburría",
            "Lesión o problema de salud",
        ],
        allow_other=True,
        max_choices=2,
        lang="es",
    ),
    C(
        M,
        "¿Qué funciones de la app del banco te gustaría que mejoraran? "
        "_(puedes marcar varias)_\n▪ Notificaciones de gastos\n"
        "▪ Categorías del presupuesto\n▪ Pagos con el móvil\n▪ Chat con un gestor",
        options=[
            "Notificaciones de gastos",
            "Categorías del presupuesto",
            "Pagos con el móvil",
            "Chat con un gestor",
        ],
        lang="es",
    ),
    C(
        M,
        "Cuando planeas un viaje, ¿qué webs o apps sueles consultar?\n\n"
        "| Booking | Airbnb | Skyscanner | Google Maps | TripAdvisor |\n"
        "|---|---|---|---|---|\n\n*Selecciona todas las que uses.*",
        options=["Booking", "Airbnb", "Skyscanner", "Google Maps", "TripAdvisor"],
        lang="es",
    ),
    # --- ranking ---
    C(
        R,
        "Ordena estos aspectos de más a menos importante a la hora de elegir "
        "supermercado:\n① Precio\n② Calidad de los productos frescos\n③ Cercanía\n"
        "④ Variedad de marcas",
        options=[
            "Precio",
            "Calidad de los productos frescos",
            "Cercanía",
            "Variedad de marcas",
        ],
        lang="es",
    ),
    C(
        R,
        "Por favor, clasifica del 1 al 4 lo que más valoras de una plataforma de "
        "streaming (1 = lo que más):\n1 - Catálogo de películas\n"
        "2 - Series propias\n3 - Precio\n4 - Poder descargar contenido",
        options=[
            "Catálogo de películas",
            "Series propias",
            "Precio",
            "Poder descargar contenido",
        ],
        lang="es",
    ),
    C(
        R,
        "**Ranking**\n¿Cómo ordenarías estos factores al reservar un vuelo, del más "
        "al menos decisivo?\n→ Precio del billete\n→ Horario\n→ Equipaje incluido\n"
        "→ Aerolínea",
        options=["Precio del billete", "Horario", "Equipaje incluido", "Aerolínea"],
        lang="es",
    ),
    C(
        R,
        "Pon en orden, de la que más usas a la que menos, estas funciones de tu "
        "reloj deportivo: pasos, sueño, frecuencia cardiaca, GPS.",
        options=["pasos", "sueño", "frecuencia cardiaca", "GPS"],
        lang="es",
    ),
    # --- sí / no ---
    C(
        Y,
        "¿Has cancelado alguna suscripción de streaming en los últimos seis meses? (Sí / No)",
        lang="es",
    ),
    C(
        Y,
        "¿Usas la app de tu banco para pagar con el móvil en las tiendas?",
        lang="es",
    ),
    C(
        Y,
        "### Pregunta rápida\n¿Volverías a reservar con la misma agencia de viajes?\n\nSí | No",
        lang="es",
    ),
    C(
        Y,
        "¿Alguna vez has pedido la compra a domicilio y te ha faltado algún "
        "producto? Responde sí o no.",
        lang="es",
    ),
]

_FR: list[Case] = [
    # --- ouvertes ---
    C(
        OE,
        "Racontez-moi une journée type où vous utilisez votre application de "
        "fitness. À quel moment l'ouvrez-vous, et pourquoi ?",
        lang="fr",
    ),
    D(
        "Vous m'avez dit regarder entre 2 et 3 épisodes par soir. Qu'est-ce qui vous "
        "pousse à lancer « encore un épisode » ?",
        lang="fr",
    ),
    D(
        "**Question**\nCertaines personnes font leurs courses en drive, d'autres en "
        "livraison, d'autres encore en magasin. Comment vous êtes-vous organisé ces "
        "derniers mois, et qu'est-ce qui a fait évoluer vos habitudes ?",
        lang="fr",
    ),
    D(
        "Vous avez mentionné trois comptes : (1) votre banque historique, (2) une "
        "néobanque et (3) un livret en ligne. Comment répartissez-vous votre argent "
        "entre eux, et pourquoi ?",
        lang="fr",
    ),
    D(
        "Pour un week-end de 2 à 4 jours, comment choisissez-vous entre le train et "
        "la voiture ? Décrivez-moi votre raisonnement.",
        lang="fr",
    ),
    D(
        "Vous avez noté l'appli 3 sur 5 tout à l'heure. Qu'est-ce qui vous a "
        "empêché de mettre 4 ou 5 ?",
        lang="fr",
    ),
    # --- échelle ---
    C(
        SC,
        "Sur une échelle de 0 à 10, quelle est la probabilité que vous recommandiez "
        "ce service de streaming à un proche ?\n\n"
        "0 ─ 1 ─ 2 ─ 3 ─ 4 ─ 5 ─ 6 ─ 7 ─ 8 ─ 9 ─ 10\n"
        "*0 : pas du tout probable — 10 : très probable*",
        scale=(0, 10),
        labels={"lo": "pas du tout probable", "hi": "très probable"},
        lang="fr",
    ),
    C(
        SC,
        "### Votre avis\nDans quelle mesure êtes-vous satisfait(e) de la livraison "
        "de vos courses ?\n[1] [2] [3] [4] [5]\n"
        "(1 = pas du tout satisfait, 5 = très satisfait)",
        scale=(1, 5),
        labels={"lo": "pas du tout satisfait", "hi": "très satisfait"},
        lang="fr",
    ),
    C(
        SC,
        "Sur une échelle de 1 à 7, à quel point vous sentez-vous en confiance "
        "quand vous faites un virement depuis l'appli ?",
        scale=(1, 7),
        lang="fr",
    ),
    C(
        SC,
        "Comment évalueriez-vous la facilité de réservation sur le site de la "
        "compagnie aérienne ?\n1 - Très difficile\n2\n3\n4\n5 - Très facile",
        scale=(1, 5),
        labels={"lo": "Très difficile", "hi": "Très facile"},
        lang="fr",
    ),
    # --- choix unique ---
    C(
        S,
        "Quel est votre principal moyen de paiement en magasin ?\n"
        "a. Carte bancaire physique\nb. Paiement mobile (Apple Pay, Google Pay…)\n"
        "c. Espèces\nd. Chèque",
        options=[
            "Carte bancaire physique",
            "Paiement mobile (Apple Pay, Google Pay…)",
            "Espèces",
            "Chèque",
        ],
        lang="fr",
    ),
    C(
        S,
        "**Votre choix**\nÀ quelle fréquence allez-vous à la salle de sport ?\n"
        "1️⃣ Plus de 3 fois par semaine\n2️⃣ 1 à 2 fois par semaine\n"
        "3️⃣ Quelques fois par mois\n4️⃣ Rarement ou jamais",
        options=[
            "Plus de 3 fois par semaine",
            "1 à 2 fois par semaine",
            "Quelques fois par mois",
            "Rarement ou jamais",
        ],
        lang="fr",
    ),
    C(
        S,
        "Pour vos dernières vacances, comment vous êtes-vous rendu sur place ?\n"
        "Train | Avion | Voiture | Car | Autre\n_(une seule réponse)_",
        options=["Train", "Avion", "Voiture", "Car"],
        allow_other=True,
        lang="fr",
    ),
    C(
        S,
        "Quelle plateforme regardez-vous le plus ?\n(a) Netflix\n(b) Canal+\n"
        "(c) Prime Video\n(d) Disney+\n(e) Je ne sais pas",
        options=["Netflix", "Canal+", "Prime Video", "Disney+", "Je ne sais pas"],
        lang="fr",
    ),
    # --- choix multiple ---
    C(
        M,
        "Parmi ces enseignes, lesquelles avez-vous fréquentées ce mois-ci ? "
        "(plusieurs réponses possibles)\n• Carrefour\n• Leclerc\n• Lidl\n"
        "• Monoprix\n• Aucune de celles-ci",
        options=["Carrefour", "Leclerc", "Lidl", "Monoprix", "Aucune de celles-ci"],
        lang="fr",
    ),
    C(
        M,
        "Quelles fonctionnalités aimeriez-vous voir dans votre appli bancaire ? "
        "Choisissez-en trois au maximum.\n▪ Arrondi automatique pour l'épargne\n"
        "▪ Alertes de dépenses en temps réel\n▪ Partage de frais entre amis\n"
        "▪ Cartes virtuelles\n▪ Conseiller par chat",
        options=[
            "Arrondi automatique pour l'épargne",
            "Alertes de dépenses en temps réel",
            "Partage de frais entre amis",
            "Cartes virtuelles",
            "Conseiller par chat",
        ],
        max_choices=3,
        lang="fr",
    ),
    C(
        M,
        "Qu'est-ce que vous regardez en streaming ? Cochez tout ce qui s'applique :\n"
        "[ ] Films\n[ ] Séries\n[ ] Documentaires\n[ ] Émissions de télé-réalité\n"
        "[ ] Autre (précisez)",
        options=["Films", "Séries", "Documentaires", "Émissions de télé-réalité"],
        allow_other=True,
        lang="fr",
    ),
    C(
        M,
        "Quelles activités pratiquez-vous au moins une fois par mois ?\n\n"
        "| Course à pied | Musculation | Yoga | Vélo | Natation |\n"
        "|---|---|---|---|---|\n\n*Vous pouvez en choisir plusieurs.*",
        options=["Course à pied", "Musculation", "Yoga", "Vélo", "Natation"],
        lang="fr",
    ),
    # --- classement ---
    C(
        R,
        "Classez ces critères du plus important au moins important pour choisir un "
        "hôtel :\nA - Prix\nB - Emplacement\nC - Avis des clients\n"
        "D - Petit-déjeuner inclus",
        options=["Prix", "Emplacement", "Avis des clients", "Petit-déjeuner inclus"],
        lang="fr",
    ),
    C(
        R,
        "Merci de classer ces services de streaming selon votre préférence "
        "(1 = votre préféré) :\n– Netflix\n– Prime Video\n– Disney+\n– Canal+",
        options=["Netflix", "Prime Video", "Disney+", "Canal+"],
        lang="fr",
    ),
    C(
        R,
        "### Classement\nOrdonnez ces raisons de faire vos courses en ligne, de la "
        "plus à la moins importante :\n① Gagner du temps\n② Éviter la foule\n"
        "③ Comparer les prix\n④ Ne pas porter les sacs",
        options=[
            "Gagner du temps",
            "Éviter la foule",
            "Comparer les prix",
            "Ne pas porter les sacs",
        ],
        lang="fr",
    ),
    C(
        R,
        "Pouvez-vous classer par ordre de priorité ce qui compte dans une appli "
        "bancaire : la sécurité, la simplicité, les frais, le service client ?",
        options=["la sécurité", "la simplicité", "les frais", "le service client"],
        lang="fr",
    ),
    # --- oui / non ---
    C(
        Y,
        "Avez-vous déjà résilié un abonnement de streaming à cause d'une hausse de "
        "prix ? (Oui / Non)",
        lang="fr",
    ),
    C(
        Y,
        "**Question rapide** : possédez-vous une montre connectée ?",
        lang="fr",
    ),
    C(
        Y,
        "Seriez-vous prêt(e) à payer un supplément pour une livraison en moins "
        "d'une heure ?\n\nOui | Non",
        lang="fr",
    ),
    C(
        Y,
        "Avez-vous utilisé une application de voyage pendant votre dernier séjour à "
        "l'étranger ? _Répondez simplement par oui ou non._",
        lang="fr",
    ),
]

_DE: list[Case] = [
    # --- offen ---
    C(
        OE,
        "Erzählen Sie mir doch mal, wie Ihr letzter Wocheneinkauf abgelaufen ist – "
        "vom Einkaufszettel bis zur Kasse.",
        lang="de",
    ),
    D(
        "Sie haben gesagt, Sie zahlen etwa 30 bis 40 Euro im Monat für Streaming. "
        "Wie fühlt sich dieser Betrag für Sie an, und woran machen Sie das fest?",
        lang="de",
    ),
    D(
        "**Frage**\nViele nutzen ihre Banking-App für Dinge wie\n"
        "• Kontostand prüfen\n• Überweisungen\n• Daueraufträge\n\n"
        "Wie sieht das bei Ihnen aus – wann greifen Sie zur App und wann lieber "
        "zum Laptop? Beschreiben Sie es gern ausführlich.",
        lang="de",
    ),
    D(
        "Bei Ihrer letzten Reise waren Sie 2 Wochen unterwegs und haben "
        "3 Unterkünfte gebucht. Wie sind Sie bei der Suche vorgegangen?",
        lang="de",
    ),
    D(
        "Auf einer Skala von 1 bis 10 haben Sie Ihrem Fitnessstudio vorhin eine 5 "
        "gegeben. Was müsste passieren, damit daraus eine 8 wird?",
        lang="de",
    ),
    C(
        OE,
        "Was war der Moment, in dem Sie gedacht haben: Diese App lösche ich jetzt?",
        lang="de",
    ),
    # --- Skala ---
    C(
        SC,
        "Wie wahrscheinlich ist es, dass Sie unseren Lieferdienst einem Freund "
        "empfehlen?\n\n0 ─ 1 ─ 2 ─ 3 ─ 4 ─ 5 ─ 6 ─ 7 ─ 8 ─ 9 ─ 10\n"
        "0 = sehr unwahrscheinlich | 10 = sehr wahrscheinlich",
        scale=(0, 10),
        labels={"lo": "sehr unwahrscheinlich", "hi": "sehr wahrscheinlich"},
        lang="de",
    ),
    C(
        SC,
        "### Ihre Bewertung\nWie zufrieden sind Sie mit der Auswahl an Filmen und "
        "Serien?\n[1] [2] [3] [4] [5]\n"
        "_(1 = überhaupt nicht zufrieden, 5 = sehr zufrieden)_",
        scale=(1, 5),
        labels={"lo": "überhaupt nicht zufrieden", "hi": "sehr zufrieden"},
        lang="de",
    ),
    C(
        SC,
        "Auf einer Skala von 1 bis 7: Wie sicher fühlen Sie sich beim Bezahlen mit dem Smartphone?",
        scale=(1, 7),
        lang="de",
    ),
    C(
        SC,
        "Bitte bewerten Sie die Übersichtlichkeit der Fitness-App von 1 (sehr "
        "unübersichtlich) bis 10 (sehr übersichtlich).",
        scale=(1, 10),
        labels={"lo": "sehr unübersichtlich", "hi": "sehr übersichtlich"},
        lang="de",
    ),
    # --- Einfachauswahl ---
    C(
        S,
        "Wie oft bestellen Sie Lebensmittel online?\nA) Mehrmals pro Woche\n"
        "B) Etwa einmal pro Woche\nC) Ein paar Mal im Monat\nD) Seltener\nE) Nie",
        options=[
            "Mehrmals pro Woche",
            "Etwa einmal pro Woche",
            "Ein paar Mal im Monat",
            "Seltener",
            "Nie",
        ],
        lang="de",
    ),
    C(
        S,
        "**Ihre Auswahl**\nWelches Verkehrsmittel nutzen Sie für Urlaubsreisen am "
        "häufigsten?\n(1) Auto\n(2) Bahn\n(3) Flugzeug\n(4) Fernbus\n(5) Sonstiges",
        options=["Auto", "Bahn", "Flugzeug", "Fernbus"],
        allow_other=True,
        lang="de",
    ),
    C(
        S,
        "Welche Art von Konto ist Ihr Hauptkonto?\n"
        "Girokonto bei einer Filialbank | Konto bei einer Direktbank | "
        "Konto bei einer Smartphone-Bank | Weiß nicht",
        options=[
            "Girokonto bei einer Filialbank",
            "Konto bei einer Direktbank",
            "Konto bei einer Smartphone-Bank",
            "Weiß nicht",
        ],
        lang="de",
    ),
    C(
        S,
        "Was ist Ihr wichtigster Grund für ein Streaming-Abo?\n✔ Serien\n✔ Filme\n"
        "✔ Sport\n✔ Kinderprogramm\n\n*Bitte nur eine Antwort.*",
        options=["Serien", "Filme", "Sport", "Kinderprogramm"],
        lang="de",
    ),
    # --- Mehrfachauswahl ---
    C(
        M,
        "Welche dieser Streamingdienste haben Sie in den letzten 12 Monaten "
        "genutzt? (Mehrfachauswahl möglich)\n☐ Netflix\n☐ Amazon Prime Video\n"
        "☐ Disney+\n☐ RTL+\n☐ Joyn\n☐ Keinen davon",
        options=[
            "Netflix",
            "Amazon Prime Video",
            "Disney+",
            "RTL+",
            "Joyn",
            "Keinen davon",
        ],
        lang="de",
    ),
    C(
        M,
        "Wählen Sie bis zu zwei Dinge, die Sie an Ihrer Banking-App am meisten "
        "stören:\na) Häufige Abmeldungen\nb) Langsame Ladezeiten\n"
        "c) Unübersichtliches Menü\nd) Fehlende Funktionen\ne) Andere",
        options=[
            "Häufige Abmeldungen",
            "Langsame Ladezeiten",
            "Unübersichtliches Menü",
            "Fehlende Funktionen",
        ],
        allow_other=True,
        max_choices=2,
        lang="de",
    ),
    C(
        M,
        "Worauf achten Sie beim Kauf von Lebensmitteln? Kreuzen Sie alles "
        "Zutreffende an:\n[ ] Bio-Siegel\n[ ] Regionale Herkunft\n[ ] Preis\n"
        "[ ] Verpackung\n[ ] Marke",
        options=["Bio-Siegel", "Regionale Herkunft", "Preis", "Verpackung", "Marke"],
        lang="de",
    ),
    C(
        M,
        "Welche Trainingsarten machen Sie regelmäßig?\n• **Laufen**\n"
        "• **Krafttraining**\n• **Radfahren**\n• **Yoga**\n• **Schwimmen**\n"
        "_Mehrere Antworten möglich._",
        options=["Laufen", "Krafttraining", "Radfahren", "Yoga", "Schwimmen"],
        lang="de",
    ),
    # --- Rangfolge ---
    C(
        R,
        "Bitte bringen Sie diese Kriterien bei der Hotelbuchung in eine "
        "Reihenfolge – vom wichtigsten zum unwichtigsten:\n1. Preis\n2. Lage\n"
        "3. Bewertungen\n4. Stornierungsbedingungen",
        options=["Preis", "Lage", "Bewertungen", "Stornierungsbedingungen"],
        lang="de",
    ),
    C(
        R,
        "### Rangfolge\nOrdnen Sie die folgenden Supermärkte nach Ihrer Vorliebe "
        "(1 = am liebsten):\n▪ Rewe\n▪ Edeka\n▪ Aldi\n▪ Lidl\n▪ Kaufland",
        options=["Rewe", "Edeka", "Aldi", "Lidl", "Kaufland"],
        lang="de",
    ),
    C(
        R,
        "Sortieren Sie bitte absteigend, was Ihnen bei einer Fitness-App am "
        "wichtigsten ist: 1️⃣ Trainingspläne 2️⃣ Fortschrittsanzeige 3️⃣ Community "
        "4️⃣ Ernährungstipps",
        options=[
            "Trainingspläne",
            "Fortschrittsanzeige",
            "Community",
            "Ernährungstipps",
        ],
        lang="de",
    ),
    C(
        R,
        "In welche Reihenfolge würden Sie diese Funktionen nach Häufigkeit der "
        "Nutzung bringen?\n– Kontostand\n– Überweisung\n– Umsatzsuche\n"
        "– Kartensperre",
        options=["Kontostand", "Überweisung", "Umsatzsuche", "Kartensperre"],
        lang="de",
    ),
    # --- Ja / Nein ---
    C(
        Y,
        "Haben Sie schon einmal ein Streaming-Abo nur für eine einzige Serie "
        "abgeschlossen? (Ja / Nein)",
        lang="de",
    ),
    C(
        Y,
        "Nutzen Sie beim Einkaufen eine Kundenkarte oder eine App wie Payback?",
        lang="de",
    ),
    C(
        Y,
        "**Kurze Frage:** Haben Sie Ihre letzte Reise komplett online gebucht?\n\nJa | Nein",
        lang="de",
    ),
    C(
        Y,
        "Würden Sie Ihrer Bank erlauben, Ihre Ausgaben automatisch zu "
        "kategorisieren? Bitte antworten Sie mit Ja oder Nein.",
        lang="de",
    ),
]

_PT: list[Case] = [
    # --- abertas ---
    C(
        OE,
        "Me conta como foi a última vez que você tentou cancelar uma assinatura de "
        "streaming. Como foi essa experiência?",
        lang="pt",
    ),
    D(
        "Você comentou que vai ao mercado 2 ou 3 vezes por semana. Por que prefere "
        "ir tantas vezes em vez de fazer uma compra grande no mês?",
        lang="pt",
    ),
    D(
        "**Pergunta**\nMuita gente usa o app do banco para:\n– Pix\n"
        "– pagar boletos\n– ver o extrato\n\nComo é o seu uso no dia a dia? Fique "
        "à vontade para contar com detalhes.",
        lang="pt",
    ),
    D(
        "Numa viagem de 5 a 7 dias, quanto você costuma gastar e como organiza esse orçamento?",
        lang="pt",
    ),
    D(
        "Você deu nota 7 de 10 para o app de treino. O que faria essa nota subir para 9 ou 10?",
        lang="pt",
    ),
    D(
        "Entre academia, corrida na rua ou treino em casa, você já passou por "
        "várias fases. O que fez você mudar de uma para outra?",
        lang="pt",
    ),
    # --- escala ---
    C(
        SC,
        "De 0 a 10, qual a chance de você recomendar o nosso app de delivery para "
        "um amigo?\n\n0 ─ 1 ─ 2 ─ 3 ─ 4 ─ 5 ─ 6 ─ 7 ─ 8 ─ 9 ─ 10\n"
        "(0 = nenhuma chance, 10 = com certeza recomendaria)",
        scale=(0, 10),
        labels={"lo": "nenhuma chance", "hi": "com certeza recomendaria"},
        lang="pt",
    ),
    C(
        SC,
        "### Avaliação\nQuão satisfeito você está com o atendimento do seu banco "
        "digital?\n[1] [2] [3] [4] [5]\n*1 = muito insatisfeito · 5 = muito "
        "satisfeito*",
        scale=(1, 5),
        labels={"lo": "muito insatisfeito", "hi": "muito satisfeito"},
        lang="pt",
    ),
    C(
        SC,
        "Numa escala de 1 a 7, o quanto você confia nas recomendações de séries da plataforma?",
        scale=(1, 7),
        lang="pt",
    ),
    C(
        SC,
        "Como você avalia o conforto da sua última viagem de ônibus?\n"
        "1 ─ 2 ─ 3 ─ 4 ─ 5\nPéssimo            Excelente",
        scale=(1, 5),
        labels={"lo": "Péssimo", "hi": "Excelente"},
        lang="pt",
    ),
    # --- escolha única ---
    C(
        S,
        "Qual serviço de streaming você mais usa hoje?\nA) Netflix\nB) Globoplay\n"
        "C) Prime Video\nD) Max\nE) Outro (qual?)",
        options=["Netflix", "Globoplay", "Prime Video", "Max"],
        allow_other=True,
        lang="pt",
    ),
    C(
        S,
        "**Sua escolha**\nOnde você faz a maior parte das compras do mês?\n"
        "• Supermercado grande\n• Atacarejo\n• Mercadinho do bairro\n"
        "• Aplicativo de entrega",
        options=[
            "Supermercado grande",
            "Atacarejo",
            "Mercadinho do bairro",
            "Aplicativo de entrega",
        ],
        lang="pt",
    ),
    C(
        S,
        "Com que frequência você viaja a lazer?\nMais de 3 vezes por ano | "
        "1 a 3 vezes por ano | Menos de uma vez por ano | Prefiro não responder",
        options=[
            "Mais de 3 vezes por ano",
            "1 a 3 vezes por ano",
            "Menos de uma vez por ano",
            "Prefiro não responder",
        ],
        lang="pt",
    ),
    C(
        S,
        "Qual é o seu principal objetivo com os treinos?\n① Perder peso\n"
        "② Ganhar massa muscular\n③ Melhorar o condicionamento\n"
        "④ Aliviar o estresse\n\n_(escolha apenas uma opção)_",
        options=[
            "Perder peso",
            "Ganhar massa muscular",
            "Melhorar o condicionamento",
            "Aliviar o estresse",
        ],
        lang="pt",
    ),
    # --- múltipla escolha ---
    C(
        M,
        "Quais destes recursos você já usou no app do banco? Marque todos que se "
        "aplicam:\n[ ] Pix agendado\n[ ] Cartão virtual\n[ ] Investimentos\n"
        "[ ] Empréstimo pessoal\n[ ] Nenhum desses",
        options=[
            "Pix agendado",
            "Cartão virtual",
            "Investimentos",
            "Empréstimo pessoal",
            "Nenhum desses",
        ],
        lang="pt",
    ),
    C(
        M,
        "Escolha até 3 motivos que fariam você trocar de plataforma de streaming:\n"
        "1) Preço mais baixo\n2) Mais filmes nacionais\n3) Esportes ao vivo\n"
        "4) Menos anúncios\n5) Outro",
        options=[
            "Preço mais baixo",
            "Mais filmes nacionais",
            "Esportes ao vivo",
            "Menos anúncios",
        ],
        allow_other=True,
        max_choices=3,
        lang="pt",
    ),
    C(
        M,
        "Na sua última viagem, o que você reservou pela internet?\n"
        "☐ Passagem aérea\n☐ Hospedagem\n☐ Aluguel de carro\n☐ Passeios\n"
        "*Pode marcar mais de um.*",
        options=["Passagem aérea", "Hospedagem", "Aluguel de carro", "Passeios"],
        lang="pt",
    ),
    C(
        M,
        "Quais desses itens você costuma comprar pelo aplicativo? (pode escolher "
        "vários)\n\n| Frutas | Verduras | Carnes | Laticínios | Produtos de limpeza |\n"
        "|---|---|---|---|---|",
        options=["Frutas", "Verduras", "Carnes", "Laticínios", "Produtos de limpeza"],
        lang="pt",
    ),
    # --- ranking ---
    C(
        R,
        "Ordene do mais importante para o menos importante o que você considera ao "
        "escolher um banco:\n1 - Taxas\n2 - Segurança\n3 - Atendimento\n"
        "4 - Facilidade do app",
        options=["Taxas", "Segurança", "Atendimento", "Facilidade do app"],
        lang="pt",
    ),
    C(
        R,
        "### Ranking\nColoque em ordem de preferência estes destinos para as "
        "próximas férias (1 = o que mais te atrai):\n→ Praia\n→ Montanha\n"
        "→ Cidade grande\n→ Interior",
        options=["Praia", "Montanha", "Cidade grande", "Interior"],
        lang="pt",
    ),
    C(
        R,
        "Classifique de 1 a 4 os fatores que mais pesam na hora de escolher uma "
        "academia:\n(a) Preço da mensalidade\n(b) Localização\n(c) Equipamentos\n"
        "(d) Horário de funcionamento",
        options=[
            "Preço da mensalidade",
            "Localização",
            "Equipamentos",
            "Horário de funcionamento",
        ],
        lang="pt",
    ),
    C(
        R,
        "Você poderia ordenar estes gêneros, do que você mais assiste ao que menos "
        "assiste: *comédia*, *drama*, *ação*, *documentário*?",
        options=["comédia", "drama", "ação", "documentário"],
        lang="pt",
    ),
    # --- sim / não ---
    C(
        Y,
        "Você já desistiu de uma compra online por causa do valor do frete? (Sim / Não)",
        lang="pt",
    ),
    C(
        Y,
        "Você tem conta em mais de um banco digital?",
        lang="pt",
    ),
    C(
        Y,
        "**Pergunta rápida:** você usa relógio ou pulseira inteligente durante os "
        "treinos?\n\nSim | Não",
        lang="pt",
    ),
    C(
        Y,
        "Você compartilha a senha do streaming com alguém de fora de casa? "
        "_Pode responder só sim ou não._",
        lang="pt",
    ),
]

HOLDOUT39: tuple[Case, ...] = (*_EN, *_ES, *_FR, *_DE, *_PT)
