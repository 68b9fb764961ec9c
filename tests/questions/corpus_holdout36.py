"""Held-out corpus 36. Style: a QA engineer's generalisation benchmark of warm, moderator-like interviewer messages that deliberately spread over the realistic space of phrasings and layouts: multiple choice announced by an instruction, a permission ("feel free to pick several", "puedes marcar varias"), a limit ("up to three"), a count ("your two favourites") or only implied ("all that apply", "todas las que"); single choice as a Markdown list, inline after a framing verb ("Would you say it was A, B or C?", "Diriez-vous plutôt A ou B ?") or as lettered lines; yes/no questions opening with a role, a permission, a modal or ending in a tag question, never saying "yes or no"; scales stated in words, with or without end labels, over 0-10, 1-5, 1-7 and 1-10; rankings asked as order / rank / sort from most to least / put in order of priority; options separated by blank lines and followed by a closing instruction line; and open questions that mention numbers, time spans, examples and alternatives.

Written by a helper session from its own head, without seeing the detector or any other corpus. For measuring: its messages are never tuned on directly.

First run (scored once, by the lead of session 15, on the detector of commit aaea8ba; only the
summary was printed, no case read):
  114/130 exactly right (0.877);
  precision/recall per type: open_ended 0.769/1.000, scale 0.833/0.750, single_choice 0.818/0.900, multiple_choice 1.000/0.750, ranking 1.000/0.850, yes_no 1.000/0.950;
  0 of 30 open questions given a widget (0 of its 20 distractors). Session 13's first detector (e2ce16f) scores the same unseen file 110/130 exactly right, 0 open questions given a widget; session 16's
  first commit (da904b7) scores it as aaea8ba does.
Read after that run: not read: it stays unseen.
"""

from tests.questions.cases import OE, SC, C, Case, D, M, R, S, Y

_EN: list[Case] = [
    # open-ended
    C(
        OE,
        "Thanks, that's really helpful context. What made you start looking for a new budgeting tool in the first place?",
    ),
    C(
        OE,
        "I'd love to hear more about that. Can you walk me through what a typical Monday morning looks like when you open the dashboard?",
    ),
    D(
        "Think back over the last 2–3 months. What's one moment where the app either saved you time or cost you time? It could be anything: booking, paying, searching for a receipt."
    ),
    D(
        "You mentioned you tried three other tools before us — Notion, Trello and a spreadsheet, I think. What did each of them get wrong for you?"
    ),
    D(
        'When you say it\'s "too expensive", what would feel fair to you — are we talking $10 a month, $50, or is it more about what you get for the price? Tell me in your own words.'
    ),
    D(
        "Interesting! Some people tell us they use the app for 5 minutes a day, others for a couple of hours a week. How would you describe your own rhythm, and what drives it?"
    ),
    # scale
    C(
        SC,
        "On a scale from 0 to 10, how likely are you to recommend Fernway to a friend or colleague, where 0 is not at all likely and 10 is extremely likely?",
        scale=(0, 10),
        labels={"lo": "not at all likely", "hi": "extremely likely"},
    ),
    C(
        SC,
        "Thanks for sticking with me! How easy was it to set up your first project? Please answer from 1 to 5, 1 being very difficult and 5 being very easy.",
        scale=(1, 5),
        labels={"lo": "very difficult", "hi": "very easy"},
    ),
    C(
        SC,
        "I'm curious how confident you felt at the checkout step. If you had to put a number on it between one and seven, what would it be?",
        scale=(1, 7),
    ),
    C(
        SC,
        "Overall, how satisfied are you with our delivery times lately?\n\n1 = Very dissatisfied\n10 = Very satisfied\n\nJust pick the number that feels right.",
        scale=(1, 10),
        labels={"lo": "Very dissatisfied", "hi": "Very satisfied"},
    ),
    # single choice
    C(
        S,
        "Got it. Which of these best describes how you first heard about us?\n\n- A friend or colleague\n- A search engine\n- Social media\n- A podcast or newsletter\n- Other (please tell me)",
        options=[
            "A friend or colleague",
            "A search engine",
            "Social media",
            "A podcast or newsletter",
        ],
        allow_other=True,
    ),
    C(
        S,
        "And thinking about the onboarding call, would you say it was too long, about right or too short?",
        options=["too long", "about right", "too short"],
    ),
    C(
        S,
        "Which plan are you on at the moment?\n\nA) Free\nB) Starter\nC) Team\nD) Enterprise",
        options=["Free", "Starter", "Team", "Enterprise"],
    ),
    C(
        S,
        "When you need help with the product, where do you usually go first?\n\nThe in-app help center\n\nOur community forum\n\nEmailing support\n\nAsking a teammate\n\nPlease choose the one you rely on most.",
        options=[
            "The in-app help center",
            "Our community forum",
            "Emailing support",
            "Asking a teammate",
        ],
    ),
    # multiple choice
    C(
        M,
        "Which of the following features have you used in the past month? Select all that apply.\n\n- Shared calendars\n- Recurring tasks\n- Time tracking\n- Client invoicing\n- None of these",
        options=[
            "Shared calendars",
            "Recurring tasks",
            "Time tracking",
            "Client invoicing",
            "None of these",
        ],
    ),
    C(
        M,
        "Lovely. What do you mainly use the mobile app for? Feel free to pick several:\n\n* Checking balances\n* Sending transfers\n* Paying bills\n* Investing\n* Other",
        options=["Checking balances", "Sending transfers", "Paying bills", "Investing"],
        allow_other=True,
    ),
    C(
        M,
        "If we could improve only a few things next quarter, which would matter most to you? Choose up to three.\n\n1. Faster search\n2. Offline mode\n3. Better notifications\n4. Dark mode\n5. More integrations\n6. Cheaper pricing",
        options=[
            "Faster search",
            "Offline mode",
            "Better notifications",
            "Dark mode",
            "More integrations",
            "Cheaper pricing",
        ],
        max_choices=3,
    ),
    C(
        M,
        "Of the snacks in this month's box, which were your two favourites? Granola bites, chili crackers, dried mango, dark chocolate squares or seaweed chips.",
        options=[
            "Granola bites",
            "chili crackers",
            "dried mango",
            "dark chocolate squares",
            "seaweed chips",
        ],
        max_choices=2,
    ),
    # ranking
    C(
        R,
        "Here's a fun one. Could you rank these from most to least important when you choose a coffee subscription?\n\n- Price\n- Bean quality\n- Delivery flexibility\n- Sustainability",
        options=["Price", "Bean quality", "Delivery flexibility", "Sustainability"],
    ),
    C(
        R,
        "Please put the following in order of priority for your team, starting with the most urgent:\n\n1. Single sign-on\n2. Audit logs\n3. Custom roles\n4. API access",
        options=["Single sign-on", "Audit logs", "Custom roles", "API access"],
    ),
    C(
        R,
        "If you had to sort these from most to least frustrating, how would they line up? Long hold times, repeating my details, being transferred, unclear answers.",
        options=["Long hold times", "repeating my details", "being transferred", "unclear answers"],
    ),
    C(
        R,
        "Last one on this topic: how would you order these moments of the trip, from the one you enjoyed most to the one you enjoyed least?\n\nBooking the flight\n\nChecking in at the hotel\n\nThe guided tour\n\nGetting back home\n\nJust list them in your order.",
        options=[
            "Booking the flight",
            "Checking in at the hotel",
            "The guided tour",
            "Getting back home",
        ],
    ),
    # yes/no
    C(Y, "Are you the person who usually places the grocery order for your household?"),
    C(Y, "May I follow up with you by email once we ship the export feature?"),
    C(Y, "Would you be willing to try a beta version of the new editor before it launches?"),
    C(Y, "So you switched to the annual plan back in the spring, right?"),
]

_ES: list[Case] = [
    # open-ended
    C(
        OE,
        "¡Gracias por contarlo con tanto detalle! ¿Qué fue lo que te llevó a cancelar la suscripción anterior?",
        lang="es",
    ),
    D(
        "Me dijiste que pides comida a domicilio unas 3 o 4 veces por semana. ¿Qué tiene que pasar para que elijas una app y no otra?",
        lang="es",
    ),
    D(
        "Piensa en los últimos 6 meses: ¿en qué momento, por ejemplo al pagar, al devolver un producto o al hablar con soporte, te sentiste más frustrado? Cuéntame qué pasó.",
        lang="es",
    ),
    D(
        "Hay quien usa la plataforma a diario y hay quien entra una vez al mes. ¿Cómo la usas tú y por qué?",
        lang="es",
    ),
    D(
        "Si tuvieras que explicarle el producto a alguien en 2 frases, ¿qué le dirías?",
        lang="es",
    ),
    C(
        OE,
        "Qué interesante lo que comentas sobre tu equipo. ¿Cómo decidís entre vosotros qué herramientas adoptar?",
        lang="es",
    ),
    # scale
    C(
        SC,
        "Del 0 al 10, ¿qué probabilidad hay de que recomiendes Lumo a un amigo? El 0 significa nada probable y el 10, muy probable.",
        scale=(0, 10),
        labels={"lo": "nada probable", "hi": "muy probable"},
        lang="es",
    ),
    C(
        SC,
        "¿Qué tan fácil te resultó encontrar lo que buscabas en la web? Puntúalo del uno al cinco.",
        scale=(1, 5),
        lang="es",
    ),
    C(
        SC,
        "En una escala de 1 a 7, donde 1 es «nada satisfecho» y 7 es «totalmente satisfecho», ¿cómo valorarías la atención que recibiste?",
        scale=(1, 7),
        labels={"lo": "nada satisfecho", "hi": "totalmente satisfecho"},
        lang="es",
    ),
    C(
        SC,
        "Y pensando en el precio actual, ¿cómo de justo te parece, de 1 a 10?",
        scale=(1, 10),
        lang="es",
    ),
    # single choice
    C(
        S,
        "¿Con qué frecuencia usas la app para hacer la compra?\n\n- Varias veces por semana\n- Una vez por semana\n- Un par de veces al mes\n- Casi nunca",
        options=[
            "Varias veces por semana",
            "Una vez por semana",
            "Un par de veces al mes",
            "Casi nunca",
        ],
        lang="es",
    ),
    C(
        S,
        "¿Dirías que el proceso de alta fue sencillo, normal o complicado?",
        options=["sencillo", "normal", "complicado"],
        lang="es",
    ),
    C(
        S,
        "¿Cuál de estas opciones describe mejor tu puesto?\n\na) Dirección\nb) Mando intermedio\nc) Técnico/a\nd) Otro (indica cuál)",
        options=["Dirección", "Mando intermedio", "Técnico/a"],
        allow_other=True,
        lang="es",
    ),
    C(
        S,
        "¿Cómo prefieres recibir las facturas?\n\nPor correo electrónico\n\nDescargándolas desde el área de cliente\n\nEn papel, por correo postal\n\nElige la que mejor encaje contigo.",
        options=[
            "Por correo electrónico",
            "Descargándolas desde el área de cliente",
            "En papel, por correo postal",
        ],
        lang="es",
    ),
    # multiple choice
    C(
        M,
        "¿Qué plataformas usas para ver series? Cuéntame todas las que uses:\n\n- Netflix\n- HBO Max\n- Disney+\n- Prime Video\n- Ninguna de estas",
        options=["Netflix", "HBO Max", "Disney+", "Prime Video", "Ninguna de estas"],
        lang="es",
    ),
    C(
        M,
        "¿Qué te gustaría que mejoráramos en la próxima versión? Puedes marcar varias:\n\n- La velocidad de carga\n- El diseño de la pantalla de inicio\n- Las notificaciones\n- La sincronización con el calendario\n- Otra (cuéntame cuál)",
        options=[
            "La velocidad de carga",
            "El diseño de la pantalla de inicio",
            "Las notificaciones",
            "La sincronización con el calendario",
        ],
        allow_other=True,
        lang="es",
    ),
    C(
        M,
        "De estos beneficios, ¿cuáles te harían quedarte con nosotros? Elige como máximo dos: envío gratis, descuentos exclusivos, acceso anticipado a rebajas o atención prioritaria.",
        options=[
            "envío gratis",
            "descuentos exclusivos",
            "acceso anticipado a rebajas",
            "atención prioritaria",
        ],
        max_choices=2,
        lang="es",
    ),
    C(
        M,
        "Para ir cerrando este bloque: de los siguientes talleres, ¿cuáles serían tus tres preferidos?\n\n1. Fotografía con el móvil\n2. Finanzas personales\n3. Cocina saludable\n4. Inglés para viajar\n5. Jardinería urbana",
        options=[
            "Fotografía con el móvil",
            "Finanzas personales",
            "Cocina saludable",
            "Inglés para viajar",
            "Jardinería urbana",
        ],
        max_choices=3,
        lang="es",
    ),
    # ranking
    C(
        R,
        "Ordena estos aspectos de más a menos importante a la hora de elegir un gimnasio:\n\n- Precio\n- Cercanía a casa\n- Horario\n- Variedad de clases",
        options=["Precio", "Cercanía a casa", "Horario", "Variedad de clases"],
        lang="es",
    ),
    C(
        R,
        "¿Podrías clasificar estas funciones según lo mucho que las usas, de la que más a la que menos? Chat, videollamadas, calendario compartido y gestor de tareas.",
        options=["Chat", "videollamadas", "calendario compartido", "gestor de tareas"],
        lang="es",
    ),
    C(
        R,
        "Imagina que solo pudiéramos abordar una cosa cada trimestre. ¿En qué orden de prioridad pondrías estas?\n\n1. Reducir los tiempos de entrega\n2. Ampliar el catálogo\n3. Mejorar la app\n4. Bajar los gastos de envío",
        options=[
            "Reducir los tiempos de entrega",
            "Ampliar el catálogo",
            "Mejorar la app",
            "Bajar los gastos de envío",
        ],
        lang="es",
    ),
    C(
        R,
        "Me encantaría saber qué pesa más para ti al reservar un alojamiento.\n\nLas opiniones de otros huéspedes\n\nLas fotos\n\nLa ubicación\n\nLa política de cancelación\n\nOrdénalas de la más importante a la menos importante, por favor.",
        options=[
            "Las opiniones de otros huéspedes",
            "Las fotos",
            "La ubicación",
            "La política de cancelación",
        ],
        lang="es",
    ),
    # yes/no
    C(Y, "¿Eres tú quien se encarga de gestionar las facturas en tu empresa?", lang="es"),
    C(
        Y,
        "¿Te parece bien si te escribo dentro de unas semanas para enseñarte el nuevo diseño?",
        lang="es",
    ),
    C(
        Y,
        "¿Estarías dispuesto a probar la nueva versión antes de que salga al público?",
        lang="es",
    ),
    C(Y, "Entonces empezaste a usar el plan familiar el año pasado, ¿verdad?", lang="es"),
]

_FR: list[Case] = [
    # open-ended
    C(
        OE,
        "Merci beaucoup, c'est très éclairant. Qu'est-ce qui vous a donné envie d'essayer notre service au départ ?",
        lang="fr",
    ),
    D(
        "Vous avez évoqué 2 ou 3 moments difficiles lors de votre dernier déménagement. Pourriez-vous m'en raconter un en détail ?",
        lang="fr",
    ),
    D(
        "Certains clients nous disent qu'ils préparent leurs repas le dimanche, d'autres au jour le jour. Et chez vous, comment ça se passe ?",
        lang="fr",
    ),
    D(
        "Sur les 12 derniers mois, combien de fois environ avez-vous contacté notre service client, et pour quelles raisons ? Une estimation suffit.",
        lang="fr",
    ),
    D(
        "Quand vous comparez des offres — par exemple Free, Orange ou SFR — sur quels critères vous basez-vous ? Racontez-moi comment vous procédez.",
        lang="fr",
    ),
    C(
        OE,
        "Je vous écoute : qu'est-ce qui, selon vous, manque le plus à l'application aujourd'hui ?",
        lang="fr",
    ),
    # scale
    C(
        SC,
        "Sur une échelle de 0 à 10, quelle est la probabilité que vous recommandiez Opaline à un proche ? 0 = pas du tout probable, 10 = très probable.",
        scale=(0, 10),
        labels={"lo": "pas du tout probable", "hi": "très probable"},
        lang="fr",
    ),
    C(
        SC,
        "Dans l'ensemble, à quel point êtes-vous satisfait de la livraison ? Donnez-moi une note de un à cinq.",
        scale=(1, 5),
        lang="fr",
    ),
    C(
        SC,
        "Comment évalueriez-vous la clarté de nos tarifs, de 1 (très confus) à 7 (parfaitement clair) ?",
        scale=(1, 7),
        labels={"lo": "très confus", "hi": "parfaitement clair"},
        lang="fr",
    ),
    C(
        SC,
        "Et si vous deviez noter votre expérience globale avec notre conseiller entre 1 et 10, quelle note lui donneriez-vous ?",
        scale=(1, 10),
        lang="fr",
    ),
    # single choice
    C(
        S,
        "Diriez-vous plutôt que l'application est indispensable ou simplement pratique ?",
        options=["indispensable", "simplement pratique"],
        lang="fr",
    ),
    C(
        S,
        "Quel est votre mode de transport principal pour aller au travail ?\n\n- **Voiture**\n- **Transports en commun**\n- **Vélo**\n- **À pied**\n- **Autre**",
        options=["Voiture", "Transports en commun", "Vélo", "À pied"],
        allow_other=True,
        lang="fr",
    ),
    C(
        S,
        "Lequel de ces formats préférez-vous pour nos formations ?\n\nA. En présentiel\nB. En ligne, en direct\nC. En ligne, à la demande",
        options=["En présentiel", "En ligne, en direct", "En ligne, à la demande"],
        lang="fr",
    ),
    C(
        S,
        "À quel moment de la journée faites-vous généralement vos courses en ligne ?\n\nLe matin\n\nÀ midi\n\nEn soirée\n\nLe week-end uniquement\n\nChoisissez la réponse qui vous correspond le mieux.",
        options=["Le matin", "À midi", "En soirée", "Le week-end uniquement"],
        lang="fr",
    ),
    # multiple choice
    C(
        M,
        "Quelles fonctionnalités utilisez-vous régulièrement ? Cochez toutes celles qui s'appliquent.\n\n- Les listes partagées\n- Les rappels\n- Le scanner de tickets\n- L'export PDF",
        options=["Les listes partagées", "Les rappels", "Le scanner de tickets", "L'export PDF"],
        lang="fr",
    ),
    C(
        M,
        "Qu'est-ce qui vous a plu dans notre boutique ? N'hésitez pas à en choisir plusieurs :\n\n- L'accueil\n- Le choix des produits\n- Les prix\n- La décoration\n- Aucun de ces éléments",
        options=[
            "L'accueil",
            "Le choix des produits",
            "Les prix",
            "La décoration",
            "Aucun de ces éléments",
        ],
        lang="fr",
    ),
    C(
        M,
        "Parmi ces thèmes, lesquels aimeriez-vous retrouver dans notre prochaine newsletter ? Jusqu'à trois choix possibles :\n\n1. Recettes de saison\n2. Conseils zéro déchet\n3. Portraits de producteurs\n4. Bons plans\n5. Actualités de l'entreprise",
        options=[
            "Recettes de saison",
            "Conseils zéro déchet",
            "Portraits de producteurs",
            "Bons plans",
            "Actualités de l'entreprise",
        ],
        max_choices=3,
        lang="fr",
    ),
    C(
        M,
        "Quels sont vos deux canaux préférés pour nous joindre : le téléphone, le chat, l'e-mail ou les réseaux sociaux ?",
        options=["le téléphone", "le chat", "l'e-mail", "les réseaux sociaux"],
        max_choices=2,
        lang="fr",
    ),
    # ranking
    C(
        R,
        "Pourriez-vous classer ces critères du plus important au moins important pour vous ?\n\n- Le prix\n- La qualité du service\n- La rapidité\n- L'impact environnemental",
        options=["Le prix", "La qualité du service", "La rapidité", "L'impact environnemental"],
        lang="fr",
    ),
    C(
        R,
        "Mettez ces projets par ordre de priorité, en commençant par celui qui compte le plus pour votre équipe : refonte du site, application mobile, programme de fidélité, nouveau CRM.",
        options=["refonte du site", "application mobile", "programme de fidélité", "nouveau CRM"],
        lang="fr",
    ),
    C(
        R,
        "J'aimerais comprendre ce qui vous freine le plus. Triez ces obstacles du plus gênant au moins gênant :\n\n1. Le manque de temps\n2. Le coût\n3. La complexité de l'outil\n4. Le manque de formation",
        options=[
            "Le manque de temps",
            "Le coût",
            "La complexité de l'outil",
            "Le manque de formation",
        ],
        lang="fr",
    ),
    C(
        R,
        "Voici quatre améliorations que nous envisageons.\n\nUn mode hors ligne\n\nDes tableaux de bord personnalisables\n\nUne intégration avec Slack\n\nUne application pour tablette\n\nDans quel ordre les voudriez-vous, de la plus attendue à la moins attendue ?",
        options=[
            "Un mode hors ligne",
            "Des tableaux de bord personnalisables",
            "Une intégration avec Slack",
            "Une application pour tablette",
        ],
        lang="fr",
    ),
    # yes/no
    C(Y, "Êtes-vous la personne qui choisit les fournisseurs dans votre service ?", lang="fr"),
    C(
        Y,
        "Puis-je vous recontacter dans un mois pour savoir comment se passe la migration ?",
        lang="fr",
    ),
    C(Y, "Seriez-vous prêt à payer un peu plus pour une livraison le jour même ?", lang="fr"),
    C(Y, "Vous utilisez toujours la version gratuite, n'est-ce pas ?", lang="fr"),
]

_DE: list[Case] = [
    # open-ended
    C(
        OE,
        "Vielen Dank, das hilft mir sehr. Was hat Sie ursprünglich dazu bewogen, nach einer neuen Lösung zu suchen?",
        lang="de",
    ),
    D(
        "Sie haben erwähnt, dass Sie die App etwa 2- bis 3-mal pro Woche nutzen. In welchen Situationen greifen Sie am ehesten zu ihr?",
        lang="de",
    ),
    D(
        "Manche Kundinnen und Kunden planen ihre Reisen Monate im Voraus, andere buchen spontan am Wochenende. Wie gehen Sie da typischerweise vor?",
        lang="de",
    ),
    D(
        "Denken Sie an die letzten 30 Tage: Was lief – etwa beim Bezahlen, bei der Lieferung oder bei einer Rückgabe – nicht so, wie Sie es erwartet hatten?",
        lang="de",
    ),
    D(
        "Wenn Sie zwischen uns und einem Anbieter wie Lidl Plus oder Payback wählen müssten, was würde für Sie den Ausschlag geben?",
        lang="de",
    ),
    C(
        OE,
        "Das klingt spannend. Wie sieht denn Ihr Arbeitsalltag mit dem Tool ganz konkret aus?",
        lang="de",
    ),
    # scale
    C(
        SC,
        "Auf einer Skala von 0 bis 10: Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen? 0 bedeutet „überhaupt nicht wahrscheinlich“, 10 „äußerst wahrscheinlich“.",
        scale=(0, 10),
        labels={"lo": "überhaupt nicht wahrscheinlich", "hi": "äußerst wahrscheinlich"},
        lang="de",
    ),
    C(
        SC,
        "Wie zufrieden sind Sie insgesamt mit der Beratung? Bitte vergeben Sie eine Zahl von eins bis fünf.",
        scale=(1, 5),
        lang="de",
    ),
    C(
        SC,
        "Wie einfach fanden Sie die Einrichtung?\n\n1 – sehr schwierig\n7 – sehr einfach\n\nNennen Sie mir einfach die passende Zahl.",
        scale=(1, 7),
        labels={"lo": "sehr schwierig", "hi": "sehr einfach"},
        lang="de",
    ),
    C(
        SC,
        "Und wie gut passt der Preis zur Leistung, wenn Sie das mit einer Zahl zwischen 1 und 10 ausdrücken müssten?",
        scale=(1, 10),
        lang="de",
    ),
    # single choice
    C(
        S,
        "Wie haben Sie zuletzt bei uns bestellt?\n\n- Über die App\n- Über die Website\n- Telefonisch\n- Im Laden",
        options=["Über die App", "Über die Website", "Telefonisch", "Im Laden"],
        lang="de",
    ),
    C(
        S,
        "Würden Sie sagen, die Lieferung kam zu früh, pünktlich oder zu spät?",
        options=["zu früh", "pünktlich", "zu spät"],
        lang="de",
    ),
    C(
        S,
        "Welche Unternehmensgröße trifft auf Sie zu?\n\na) 1–10 Mitarbeitende\nb) 11–50 Mitarbeitende\nc) 51–250 Mitarbeitende\nd) Mehr als 250 Mitarbeitende",
        options=[
            "1–10 Mitarbeitende",
            "11–50 Mitarbeitende",
            "51–250 Mitarbeitende",
            "Mehr als 250 Mitarbeitende",
        ],
        lang="de",
    ),
    C(
        S,
        "Welches Abo-Modell wäre für Sie am attraktivsten?\n\nMonatlich kündbar\n\nJahresabo mit Rabatt\n\nPay-per-Use\n\nSonstiges\n\nBitte wählen Sie eine Option.",
        options=["Monatlich kündbar", "Jahresabo mit Rabatt", "Pay-per-Use"],
        allow_other=True,
        lang="de",
    ),
    # multiple choice
    C(
        M,
        "Welche dieser Zahlungsmethoden nutzen Sie? Mehrfachauswahl ist möglich.\n\n- Kreditkarte\n- PayPal\n- Klarna\n- Lastschrift\n- Andere",
        options=["Kreditkarte", "PayPal", "Klarna", "Lastschrift"],
        allow_other=True,
        lang="de",
    ),
    C(
        M,
        "Wofür nutzen Sie unsere Cloud-Ablage (alle zutreffenden)?\n\n- Fotos sichern\n- Dokumente teilen\n- Backups vom Laptop\n- Zusammenarbeit im Team",
        options=[
            "Fotos sichern",
            "Dokumente teilen",
            "Backups vom Laptop",
            "Zusammenarbeit im Team",
        ],
        lang="de",
    ),
    C(
        M,
        "Welche Themen sollen wir im nächsten Workshop unbedingt behandeln? Wählen Sie bis zu zwei aus: Datenschutz, Automatisierung, Reporting, Teamrechte.",
        options=["Datenschutz", "Automatisierung", "Reporting", "Teamrechte"],
        max_choices=2,
        lang="de",
    ),
    C(
        M,
        "Welche drei Eigenschaften beschreiben unseren Kundenservice für Sie am besten?\n\n1. Freundlich\n2. Schnell\n3. Kompetent\n4. Umständlich\n5. Schwer erreichbar\n6. Hilfsbereit",
        options=[
            "Freundlich",
            "Schnell",
            "Kompetent",
            "Umständlich",
            "Schwer erreichbar",
            "Hilfsbereit",
        ],
        max_choices=3,
        lang="de",
    ),
    # ranking
    C(
        R,
        "Bitte bringen Sie diese Punkte in eine Reihenfolge, vom wichtigsten zum unwichtigsten:\n\n- Akkulaufzeit\n- Kamera\n- Preis\n- Design",
        options=["Akkulaufzeit", "Kamera", "Preis", "Design"],
        lang="de",
    ),
    C(
        R,
        "Wenn Sie priorisieren müssten: Wie würden Sie folgende Verbesserungen ordnen? Schnellere Ladezeiten, mehr Filter, bessere Suche, Dunkelmodus.",
        options=["Schnellere Ladezeiten", "mehr Filter", "bessere Suche", "Dunkelmodus"],
        lang="de",
    ),
    C(
        R,
        "Sortieren Sie bitte die folgenden Kanäle danach, wie oft Sie sie nutzen – vom häufigsten zum seltensten:\n\n1. E-Mail\n2. Telefon\n3. Chat\n4. Social Media",
        options=["E-Mail", "Telefon", "Chat", "Social Media"],
        lang="de",
    ),
    C(
        R,
        "Was ist Ihnen bei einem Hotel am wichtigsten?\n\nSauberkeit\n\nLage\n\nFrühstück\n\nFreundliches Personal\n\nOrdnen Sie die Punkte bitte nach Ihrer persönlichen Priorität.",
        options=["Sauberkeit", "Lage", "Frühstück", "Freundliches Personal"],
        lang="de",
    ),
    # yes/no
    C(
        Y,
        "Sind Sie diejenige Person, die in Ihrem Team über neue Software entscheidet?",
        lang="de",
    ),
    C(
        Y,
        "Dürfen wir Sie für ein kurzes Folgegespräch in etwa zwei Wochen noch einmal kontaktieren?",
        lang="de",
    ),
    C(
        Y,
        "Könnten Sie sich vorstellen, die Premium-Version einen Monat lang kostenlos zu testen?",
        lang="de",
    ),
    C(Y, "Sie hatten den Vertrag ja erst im März verlängert, oder?", lang="de"),
]

_PT: list[Case] = [
    # open-ended
    C(
        OE,
        "Muito obrigado por compartilhar. O que fez você procurar uma alternativa ao seu banco atual?",
        lang="pt",
    ),
    D(
        "Você comentou que pede delivery umas 2 ou 3 vezes por semana. O que faz você escolher um restaurante em vez de outro?",
        lang="pt",
    ),
    D(
        "Pensando nos últimos 6 meses, qual situação — por exemplo no pagamento, na entrega ou na troca de um produto — mais te deixou frustrado? Me conta como foi.",
        lang="pt",
    ),
    D(
        "Tem gente que usa o app todo dia e tem gente que abre só no fim do mês. Como é o seu caso, e por quê?",
        lang="pt",
    ),
    D(
        "Se você tivesse R$ 100 por mês para gastar com assinaturas, como dividiria esse valor? Pode citar exemplos, tipo streaming, música ou academia.",
        lang="pt",
    ),
    C(
        OE,
        "Que legal ouvir isso! Como foi a sua primeira semana usando a plataforma?",
        lang="pt",
    ),
    # scale
    C(
        SC,
        "De 0 a 10, qual a chance de você recomendar a Vela para um amigo? Considere 0 como nada provável e 10 como extremamente provável.",
        scale=(0, 10),
        labels={"lo": "nada provável", "hi": "extremamente provável"},
        lang="pt",
    ),
    C(
        SC,
        "Em uma escala de um a cinco, quão fácil foi concluir o cadastro?",
        scale=(1, 5),
        lang="pt",
    ),
    C(
        SC,
        "Como você avaliaria a qualidade das entregas, de 1 a 7, sendo 1 péssima e 7 excelente?",
        scale=(1, 7),
        labels={"lo": "péssima", "hi": "excelente"},
        lang="pt",
    ),
    C(
        SC,
        "No geral, que nota você daria para o atendimento que recebeu, numa escala de 1 a 10?",
        scale=(1, 10),
        lang="pt",
    ),
    # single choice
    C(
        S,
        "Com que frequência você compra roupas online?\n\n- Toda semana\n- Uma vez por mês\n- A cada poucos meses\n- Raramente",
        options=["Toda semana", "Uma vez por mês", "A cada poucos meses", "Raramente"],
        lang="pt",
    ),
    C(
        S,
        "Você diria que o preço do plano é barato, justo ou caro?",
        options=["barato", "justo", "caro"],
        lang="pt",
    ),
    C(
        S,
        "Qual dessas opções descreve melhor o seu uso do cartão?\n\n(a) Só para compras do dia a dia\n(b) Principalmente para viagens\n(c) Para compras parceladas\n(d) Outro",
        options=[
            "Só para compras do dia a dia",
            "Principalmente para viagens",
            "Para compras parceladas",
        ],
        allow_other=True,
        lang="pt",
    ),
    C(
        S,
        "Qual canal você prefere para receber nossas promoções?\n\nE-mail\n\nWhatsApp\n\nSMS\n\nNotificações no app\n\nEscolha só uma, tá?",
        options=["E-mail", "WhatsApp", "SMS", "Notificações no app"],
        lang="pt",
    ),
    # multiple choice
    C(
        M,
        "Quais destes serviços você já usou com a gente? Marque todas as opções que se aplicam.\n\n- Pix\n- Empréstimo pessoal\n- Seguro de celular\n- Investimentos\n- Nenhum destes",
        options=[
            "Pix",
            "Empréstimo pessoal",
            "Seguro de celular",
            "Investimentos",
            "Nenhum destes",
        ],
        lang="pt",
    ),
    C(
        M,
        "O que você mais gosta no nosso clube de vinhos? Pode escolher mais de uma:\n\n* A curadoria dos rótulos\n* O preço\n* As fichas de harmonização\n* A entrega em casa",
        options=[
            "A curadoria dos rótulos",
            "O preço",
            "As fichas de harmonização",
            "A entrega em casa",
        ],
        lang="pt",
    ),
    C(
        M,
        "Quais recursos novos você gostaria de ver primeiro? Escolha no máximo três: modo escuro, widgets, metas de economia, relatórios mensais, integração com o Google Agenda.",
        options=[
            "modo escuro",
            "widgets",
            "metas de economia",
            "relatórios mensais",
            "integração com o Google Agenda",
        ],
        max_choices=3,
        lang="pt",
    ),
    C(
        M,
        "Em quais destes lugares você costuma usar o app? Todos os que valerem pra você:\n\n- Em casa\n- No trabalho\n- No transporte\n- Na academia",
        options=["Em casa", "No trabalho", "No transporte", "Na academia"],
        lang="pt",
    ),
    # ranking
    C(
        R,
        "Você poderia ordenar estes fatores do mais importante para o menos importante na hora de escolher um plano de saúde?\n\n- Preço da mensalidade\n- Rede credenciada\n- Cobertura\n- Atendimento",
        options=["Preço da mensalidade", "Rede credenciada", "Cobertura", "Atendimento"],
        lang="pt",
    ),
    C(
        R,
        "Coloque em ordem de prioridade, por favor: frete grátis, entrega rápida, troca fácil, pagamento parcelado.",
        options=["frete grátis", "entrega rápida", "troca fácil", "pagamento parcelado"],
        lang="pt",
    ),
    C(
        R,
        "Classifique os itens abaixo de 1 a 4, sendo 1 o que mais pesa na sua decisão de compra:\n\n1. Marca\n2. Avaliações de outros clientes\n3. Preço\n4. Garantia",
        options=["Marca", "Avaliações de outros clientes", "Preço", "Garantia"],
        lang="pt",
    ),
    C(
        R,
        "Vamos pensar na sua rotina de estudos.\n\nVideoaulas\n\nExercícios práticos\n\nResumos em PDF\n\nFórum de dúvidas\n\nOrganize esses itens do que você mais usa para o que menos usa.",
        options=["Videoaulas", "Exercícios práticos", "Resumos em PDF", "Fórum de dúvidas"],
        lang="pt",
    ),
    # yes/no
    C(
        Y,
        "Você é a pessoa responsável pelas compras de material aqui no escritório?",
        lang="pt",
    ),
    C(
        Y,
        "Posso te mandar uma mensagem daqui a uns dias para saber como foi a instalação?",
        lang="pt",
    ),
    C(
        Y,
        "Você toparia participar de um teste da nova versão antes do lançamento?",
        lang="pt",
    ),
    C(Y, "Você já tinha usado um serviço parecido antes, não é?", lang="pt"),
]

HOLDOUT36: tuple[Case, ...] = (*_EN, *_ES, *_FR, *_DE, *_PT)
