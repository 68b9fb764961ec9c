"""Held-out corpus 31. Style: messages as a production AI interviewer model writes them in real customer-research studies run through an API, with no house format. Each message opens with a warm one-line acknowledgment of the previous answer (varied wording, sometimes left out) and then asks exactly one question. Structured questions are formatted the way a modern chat model does it naturally: sometimes a Markdown numbered, dashed, starred or bold list after the question, sometimes the options inline in the sentence ("a, b, c or d"), sometimes a short second sentence explaining the answer format ("Just pick the one that fits best.", "Feel free to choose more than one.", placed before or after the list), sometimes no explanation at all so the options' shape carries it. Scales are given as "0 to 10" / "1-5" phrases, with or without end labels, or as a numbered ladder with labelled ends. Products: a video game launcher, a telehealth service, a payroll/HR SaaS, a supermarket loyalty app, a mortgage broker and a podcast app. Each language is written natively and idiomatically, with the form of address mixed by product (tu/vous, tú/usted, du/Sie, você/tu); open questions include distractors with numbers, ranges, example lists and alternatives joined by "or".

Written by a helper session from its own head, without seeing the detector or any other corpus. For measuring: its messages are never tuned on directly.

First run (scored once, by the lead of session 14, on the detector of commit 4fe3cfc; only the
summary was printed, no case read):
  122/130 exactly right (0.938);
  precision/recall per type: open_ended 0.824/0.933, scale 1.000/1.000, single_choice 0.941/0.800, multiple_choice 1.000/1.000, ranking 1.000/1.000, yes_no 0.947/0.900;
  2 of 30 open questions given a widget (2 of its 20 distractors). Session 13's first detector (e2ce16f) scores the same unseen file 122/130 exactly right, 2 open questions given a widget (so does this session's first, c2edf67).
Read in session 14 after that run: its open-widget and yes/no families were written anew in corpus_session14.py (SPELLED_OUT) and tuned on (127/130 after that work; left: two French and Portuguese statements with alternatives, 'Vous faites vos courses principalement en magasin, en drive ou …?', '… mensalmente, quinzenalmente ou semanalmente?', and a list after 'vous étiez plutôt :').
"""

from __future__ import annotations

from tests.questions.cases import OE, SC, C, Case, D, M, R, S, Y

_EN: list[Case] = [
    # open-ended
    C(
        OE,
        "Thanks, that's really helpful context. Can you walk me through the last time you launched a game through the launcher, from the moment you opened it?",
    ),
    C(
        OE,
        "That makes sense. What was going through your mind when you decided to book a video consultation instead of going in person?",
    ),
    D(
        "Interesting, you mentioned it took 2 or 3 tries to get payroll to run correctly. What was different about the attempt that finally worked?"
    ),
    D(
        "Got it. Between the weekly offers, the points balance and the digital receipts, what do you actually end up using in the supermarket app, and why?"
    ),
    D(
        "Thanks for sharing that. Some people tell us they compare 5–10 lenders before settling on one, others barely compare at all. How did you approach it when you were looking for your mortgage?"
    ),
    D(
        "Fair enough! If you had to describe your ideal podcast app in your own words, what would it do differently from the one you use today? For example:\n\n- how it finds new shows\n- how it handles downloads\n- anything else that comes to mind"
    ),
    # scale
    C(
        SC,
        "Thanks for that. On a scale of 0 to 10, how likely are you to recommend the launcher to a friend? 0 means not at all likely and 10 means extremely likely.",
        scale=(0, 10),
        labels={"lo": "not at all likely", "hi": "extremely likely"},
    ),
    C(
        SC,
        "Appreciate it. How easy was it to get a prescription renewed through the app?\n\n1 – Very difficult\n2\n3\n4\n5 – Very easy",
        scale=(1, 5),
        labels={"lo": "Very difficult", "hi": "Very easy"},
    ),
    C(
        SC,
        "How would you rate the onboarding experience for your HR team, from 1 (poor) to 7 (excellent)?",
        scale=(1, 7),
        labels={"lo": "poor", "hi": "excellent"},
    ),
    C(
        SC,
        "Great, thanks! Overall, how satisfied are you with the loyalty app right now? Please answer on a 1–5 scale.",
        scale=(1, 5),
    ),
    # single choice
    C(
        S,
        "Got it. How often do you listen to podcasts?\n\n1. Every day\n2. A few times a week\n3. About once a week\n4. Less often than that",
        ["Every day", "A few times a week", "About once a week", "Less often than that"],
    ),
    C(
        S,
        "Thanks! Which of these best describes your role at the company? Just pick the one that fits best.\n\n- HR manager\n- Payroll specialist\n- Business owner\n- Finance / accounting\n- Other (please specify)",
        ["HR manager", "Payroll specialist", "Business owner", "Finance / accounting"],
        allow_other=True,
    ),
    C(
        S,
        "How did you first find your mortgage broker: a recommendation from someone you know, an online search, your bank, or a real estate agent?",
        [
            "a recommendation from someone you know",
            "an online search",
            "your bank",
            "a real estate agent",
        ],
    ),
    C(
        S,
        "Which device do you mostly use to play games through the launcher?\n\n- **Desktop PC**\n- **Laptop**\n- **Handheld PC**",
        ["Desktop PC", "Laptop", "Handheld PC"],
    ),
    # multiple choice
    C(
        M,
        "That's useful to know. Which of the following features have you used in the telehealth app in the past 3 months? Feel free to choose more than one.\n\n- Video visits\n- Chat with a nurse\n- Prescription refills\n- Lab results\n- None of these",
        [
            "Video visits",
            "Chat with a nurse",
            "Prescription refills",
            "Lab results",
            "None of these",
        ],
    ),
    C(
        M,
        "Which of these would make you more likely to use the loyalty app at checkout? Pick up to 3.\n1. Personalized coupons\n2. Faster scanning at the till\n3. Fuel discounts\n4. Birthday rewards\n5. A clearer points balance",
        [
            "Personalized coupons",
            "Faster scanning at the till",
            "Fuel discounts",
            "Birthday rewards",
            "A clearer points balance",
        ],
        max_choices=3,
    ),
    C(
        M,
        "Thanks. What do you use the launcher for besides launching games: friends list, mod management, in-game overlay, screenshots, store browsing? Select all that apply.",
        [
            "friends list",
            "mod management",
            "in-game overlay",
            "screenshots",
            "store browsing",
        ],
    ),
    C(
        M,
        "Which payroll tasks take up most of your time each month? Choose any that apply.\n\n* Timesheet approvals\n* Tax filings\n* Benefits deductions\n* Expense reimbursements\n* Other (tell me which)",
        [
            "Timesheet approvals",
            "Tax filings",
            "Benefits deductions",
            "Expense reimbursements",
        ],
        allow_other=True,
    ),
    # ranking
    C(
        R,
        "Please rank the following from most to least important when choosing a mortgage broker:\n\n1. Lowest interest rate\n2. Speed of approval\n3. Clear communication\n4. Broker fees",
        [
            "Lowest interest rate",
            "Speed of approval",
            "Clear communication",
            "Broker fees",
        ],
    ),
    C(
        R,
        "If you had to order these podcast app features by how much you'd miss them, how would you rank them? Downloads for offline listening, playback speed control, smart playlists, sleep timer.",
        [
            "Downloads for offline listening",
            "playback speed control",
            "smart playlists",
            "sleep timer",
        ],
    ),
    C(
        R,
        "Thanks, super helpful. Could you rank these in order of priority for your next HR software, with 1 being the top priority?\n- Ease of use\n- Integrations with accounting tools\n- Customer support\n- Price",
        [
            "Ease of use",
            "Integrations with accounting tools",
            "Customer support",
            "Price",
        ],
    ),
    C(
        R,
        "Love that answer. Last one on this topic: put these in order from most to least annoying when a game won't launch.\n\n- Long update downloads\n- Login errors\n- Missing files\n- Crashes on startup",
        ["Long update downloads", "Login errors", "Missing files", "Crashes on startup"],
    ),
    # yes / no
    C(
        Y,
        "Thanks for explaining. Have you ever cancelled a telehealth appointment because of technical issues?",
    ),
    C(
        Y,
        "Got it. Would you switch podcast apps if your current one started showing ads between episodes? Yes or no is fine.",
    ),
    C(
        Y,
        "Did your mortgage broker explain all the fees to you before you signed anything?",
    ),
    C(
        Y,
        "Quick one: do you currently have the supermarket's app installed on your phone? (Yes/No)",
    ),
]

_ES: list[Case] = [
    # open-ended
    C(
        OE,
        "Gracias por contármelo. ¿Cómo fue la última vez que intentaste instalar un juego desde el launcher? Cuéntame con tus palabras qué pasó.",
        lang="es",
    ),
    C(
        OE,
        "Entiendo perfectamente. ¿Qué le llevó a buscar un bróker hipotecario en lugar de ir directamente a su banco?",
        lang="es",
    ),
    D(
        "Qué interesante. Comentaba que su equipo tarda entre 3 y 4 días en cerrar las nóminas cada mes. ¿En qué partes del proceso se les va más tiempo?",
        lang="es",
    ),
    D(
        "Vale, tiene sentido. Hay gente que usa la app del súper solo para los cupones, y otros para la lista de la compra o para ver los puntos. ¿Tú para qué la usas en el día a día?",
        lang="es",
    ),
    D(
        "Muy útil, gracias. Si pudieras cambiar 1 o 2 cosas de tu app de pódcasts mañana mismo, ¿cuáles serían y por qué?",
        lang="es",
    ),
    D(
        "Gracias. Piense en su última consulta por videollamada: ¿qué funcionó bien y qué no? Por ejemplo:\n\n1. La conexión\n2. La puntualidad del médico\n3. Cómo recibió la receta\n\nLo que le venga a la mente.",
        lang="es",
    ),
    # scale
    C(
        SC,
        "Gracias. Del 1 al 10, ¿qué probabilidad hay de que recomiendes el launcher a un amigo?",
        scale=(1, 10),
        lang="es",
    ),
    C(
        SC,
        "¿Qué tan satisfecho está con la atención que recibió en su última teleconsulta? Use una escala del 1 al 5, donde 1 es «nada satisfecho» y 5 es «muy satisfecho».",
        scale=(1, 5),
        labels={"lo": "nada satisfecho", "hi": "muy satisfecho"},
        lang="es",
    ),
    C(
        SC,
        "Perfecto. ¿Cómo valoraría la facilidad para generar las nóminas con la plataforma?\n\n1 - Muy difícil\n2 - Difícil\n3 - Normal\n4 - Fácil\n5 - Muy fácil",
        scale=(1, 5),
        labels={"lo": "Muy difícil", "hi": "Muy fácil"},
        lang="es",
    ),
    C(
        SC,
        "En una escala de 0 a 10, ¿cuánto confía en que su bróker le consiguió las mejores condiciones posibles?",
        scale=(0, 10),
        lang="es",
    ),
    # single choice
    C(
        S,
        "¡Genial! ¿Con qué frecuencia abres la app del supermercado?\n\n- Cada vez que hago la compra\n- Una vez por semana\n- De vez en cuando\n- Casi nunca",
        [
            "Cada vez que hago la compra",
            "Una vez por semana",
            "De vez en cuando",
            "Casi nunca",
        ],
        lang="es",
    ),
    C(
        S,
        "¿Qué tipo de hipoteca contrató finalmente: tipo fijo, tipo variable o mixta?",
        ["tipo fijo", "tipo variable", "mixta"],
        lang="es",
    ),
    C(
        S,
        "Vale. ¿Cuál es tu plataforma principal para jugar? Elige solo una.\n\n1. PC\n2. PlayStation\n3. Xbox\n4. Nintendo Switch\n5. Otra",
        ["PC", "PlayStation", "Xbox", "Nintendo Switch"],
        allow_other=True,
        lang="es",
    ),
    C(
        S,
        "Gracias por la respuesta. ¿Cuántos empleados tiene su empresa aproximadamente?\n- Menos de 10\n- Entre 10 y 49\n- Entre 50 y 249\n- 250 o más",
        ["Menos de 10", "Entre 10 y 49", "Entre 50 y 249", "250 o más"],
        lang="es",
    ),
    # multiple choice
    C(
        M,
        "¿Cuáles de estas funciones usas en tu app de pódcasts? Puedes elegir varias.\n\n- Descargas sin conexión\n- Velocidad de reproducción\n- Temporizador de apagado\n- Recomendaciones personalizadas\n- Ninguna de estas",
        [
            "Descargas sin conexión",
            "Velocidad de reproducción",
            "Temporizador de apagado",
            "Recomendaciones personalizadas",
            "Ninguna de estas",
        ],
        lang="es",
    ),
    C(
        M,
        "Entiendo. ¿Por qué motivos eligió la teleconsulta? Marque todas las opciones que correspondan: comodidad, rapidez, evitar desplazamientos, horarios más flexibles u otro motivo.",
        ["comodidad", "rapidez", "evitar desplazamientos", "horarios más flexibles"],
        allow_other=True,
        lang="es",
    ),
    C(
        M,
        "¿Qué es lo que más valoras de un programa de fidelización? Elige un máximo de 3.\n\n1. Descuentos directos\n2. Acumular puntos\n3. Ofertas personalizadas\n4. Sorteos y premios\n5. Envío gratis a domicilio",
        [
            "Descuentos directos",
            "Acumular puntos",
            "Ofertas personalizadas",
            "Sorteos y premios",
            "Envío gratis a domicilio",
        ],
        max_choices=3,
        lang="es",
    ),
    C(
        M,
        "Muy claro, gracias. ¿Qué módulos de la plataforma utiliza actualmente su equipo? Seleccione todos los que apliquen.\n- **Nóminas**\n- **Control horario**\n- **Vacaciones y ausencias**\n- **Gestión documental**",
        ["Nóminas", "Control horario", "Vacaciones y ausencias", "Gestión documental"],
        lang="es",
    ),
    # ranking
    C(
        R,
        "Ordena estos aspectos del launcher de más a menos importante para ti:\n\n1. Velocidad de descarga\n2. Precio de los juegos\n3. Funciones sociales\n4. Estabilidad",
        [
            "Velocidad de descarga",
            "Precio de los juegos",
            "Funciones sociales",
            "Estabilidad",
        ],
        lang="es",
    ),
    C(
        R,
        "Por favor, ordene de mayor a menor importancia los siguientes factores al elegir un bróker: comisiones, rapidez, trato personal, número de bancos con los que trabaja.",
        [
            "comisiones",
            "rapidez",
            "trato personal",
            "número de bancos con los que trabaja",
        ],
        lang="es",
    ),
    C(
        R,
        "¡Gracias! Ahora, ¿podrías ordenar estos géneros según cuánto los escuchas, del que más al que menos?\n- Noticias\n- Comedia\n- True crime\n- Divulgación",
        ["Noticias", "Comedia", "True crime", "Divulgación"],
        lang="es",
    ),
    C(
        R,
        "Clasifique estas mejoras según su prioridad para usted (1 = la más prioritaria):\n\n- Recordatorios de citas\n- Historial médico en la app\n- Chat con enfermería\n- Pago más sencillo",
        [
            "Recordatorios de citas",
            "Historial médico en la app",
            "Chat con enfermería",
            "Pago más sencillo",
        ],
        lang="es",
    ),
    # yes / no
    C(Y, "Vale. ¿Has canjeado alguna vez tus puntos en la app?", lang="es"),
    C(
        Y,
        "¿Tuvo que llamar al soporte técnico durante la implantación de la plataforma?",
        lang="es",
    ),
    C(
        Y,
        "Entendido. ¿Volvería a contratar una hipoteca a través de un bróker? Basta con un sí o un no.",
        lang="es",
    ),
    C(
        Y,
        "¿Pagas actualmente alguna suscripción premium de pódcasts? (sí/no)",
        lang="es",
    ),
]

_FR: list[Case] = [
    # open-ended
    C(
        OE,
        "Merci pour ce retour. Pouvez-vous me raconter comment s'est passée votre première téléconsultation ?",
        lang="fr",
    ),
    C(
        OE,
        "Je vois. Qu'est-ce qui te frustre le plus quand tu lances un jeu depuis le launcher ?",
        lang="fr",
    ),
    D(
        "D'accord. Vous disiez avoir comparé 3 ou 4 courtiers avant de vous décider. Qu'est-ce qui a fait la différence au final ?",
        lang="fr",
    ),
    D(
        "Intéressant ! Entre les podcasts d'actu, les fictions audio, les interviews… qu'est-ce qui te donne envie de lancer un nouvel épisode ?",
        lang="fr",
    ),
    D(
        "Merci. Sur les 12 derniers mois, comment la gestion de la paie a-t-elle évolué dans votre entreprise ? Vous pouvez parler par exemple :\n\n- du temps passé chaque mois\n- des erreurs éventuelles\n- de la relation avec votre expert-comptable",
        lang="fr",
    ),
    D(
        "C'est noté. Si l'appli de fidélité vous offrait 5 € ou 10 € de réduction, qu'est-ce que ça changerait concrètement à votre façon de faire les courses ?",
        lang="fr",
    ),
    # scale
    C(
        SC,
        "Merci ! Sur une échelle de 0 à 10, quelle est la probabilité que vous recommandiez ce service de téléconsultation à un proche ?",
        scale=(0, 10),
        lang="fr",
    ),
    C(
        SC,
        "Dans l'ensemble, comment évaluerais-tu la stabilité du launcher ?\n\n1 – Très instable\n2\n3\n4\n5 – Parfaitement stable",
        scale=(1, 5),
        labels={"lo": "Très instable", "hi": "Parfaitement stable"},
        lang="fr",
    ),
    C(
        SC,
        "De 1 à 7, à quel point l'outil de paie vous fait-il gagner du temps ? 1 signifie « pas du tout » et 7 « énormément ».",
        scale=(1, 7),
        labels={"lo": "pas du tout", "hi": "énormément"},
        lang="fr",
    ),
    C(
        SC,
        "Et sur une note de 1 à 5, à quel point êtes-vous satisfait(e) de l'accompagnement de votre courtier ?",
        scale=(1, 5),
        lang="fr",
    ),
    # single choice
    C(
        S,
        "Très bien. À quelle fréquence écoutes-tu des podcasts ?\n\n- Tous les jours\n- Plusieurs fois par semaine\n- Une fois par semaine\n- Rarement",
        [
            "Tous les jours",
            "Plusieurs fois par semaine",
            "Une fois par semaine",
            "Rarement",
        ],
        lang="fr",
    ),
    C(
        S,
        "Quelle est la taille de votre entreprise ? Choisissez la réponse qui correspond le mieux.\n1. 1 à 9 salariés\n2. 10 à 49 salariés\n3. 50 à 249 salariés\n4. 250 salariés ou plus",
        [
            "1 à 9 salariés",
            "10 à 49 salariés",
            "50 à 249 salariés",
            "250 salariés ou plus",
        ],
        lang="fr",
    ),
    C(
        S,
        "Merci. Vous faites vos courses principalement en magasin, en drive ou en livraison à domicile ?",
        ["en magasin", "en drive", "en livraison à domicile"],
        lang="fr",
    ),
    C(
        S,
        "Pour votre projet immobilier, vous étiez plutôt :\n\n- Primo-accédant\n- Propriétaire qui revend pour racheter\n- Investisseur locatif\n- Autre situation",
        [
            "Primo-accédant",
            "Propriétaire qui revend pour racheter",
            "Investisseur locatif",
        ],
        allow_other=True,
        lang="fr",
    ),
    # multiple choice
    C(
        M,
        "Parmi ces fonctionnalités du launcher, lesquelles utilises-tu ? Plusieurs réponses possibles.\n\n- La liste d'amis\n- Le chat vocal\n- Les succès\n- La gestion des mods\n- Aucune de celles-ci",
        [
            "La liste d'amis",
            "Le chat vocal",
            "Les succès",
            "La gestion des mods",
            "Aucune de celles-ci",
        ],
        lang="fr",
    ),
    C(
        M,
        "Quels canaux avez-vous utilisés pour contacter le service de téléconsultation ? Cochez tout ce qui s'applique : téléphone, chat dans l'appli, e-mail, formulaire sur le site.",
        ["téléphone", "chat dans l'appli", "e-mail", "formulaire sur le site"],
        lang="fr",
    ),
    C(
        M,
        "Super. Pour quelles raisons utilisez-vous surtout l'appli de fidélité ? Choisissez-en deux maximum.\n1. Les promos personnalisées\n2. Le cumul de points\n3. Les tickets dématérialisés\n4. La liste de courses\n5. Autre (précisez)",
        [
            "Les promos personnalisées",
            "Le cumul de points",
            "Les tickets dématérialisés",
            "La liste de courses",
        ],
        allow_other=True,
        max_choices=2,
        lang="fr",
    ),
    C(
        M,
        "Quels documents votre courtier vous a-t-il demandés ?\n- Avis d'imposition\n- Bulletins de salaire\n- Relevés bancaires\n- Justificatif de domicile\n\nVous pouvez en sélectionner plusieurs.",
        [
            "Avis d'imposition",
            "Bulletins de salaire",
            "Relevés bancaires",
            "Justificatif de domicile",
        ],
        lang="fr",
    ),
    # ranking
    C(
        R,
        "Pourriez-vous classer ces critères du plus important au moins important pour un logiciel de paie ?\n\n1. Conformité légale\n2. Simplicité d'utilisation\n3. Prix\n4. Qualité du support",
        [
            "Conformité légale",
            "Simplicité d'utilisation",
            "Prix",
            "Qualité du support",
        ],
        lang="fr",
    ),
    C(
        R,
        "Classe ces formats du plus au moins écouté : interviews, chroniques quotidiennes, fictions audio, débats.",
        ["interviews", "chroniques quotidiennes", "fictions audio", "débats"],
        lang="fr",
    ),
    C(
        R,
        "Merci beaucoup ! Si vous deviez hiérarchiser ces avantages, dans quel ordre les mettriez-vous (du plus utile au moins utile) ?\n- Réductions immédiates en caisse\n- Cagnotte en euros\n- Offres partenaires\n- Carburant moins cher",
        [
            "Réductions immédiates en caisse",
            "Cagnotte en euros",
            "Offres partenaires",
            "Carburant moins cher",
        ],
        lang="fr",
    ),
    C(
        R,
        "Dernière chose sur ce sujet : classe ces problèmes du plus gênant au moins gênant.\n\n- Les mises à jour forcées\n- Les pubs dans la boutique\n- La consommation de mémoire\n- Le temps de démarrage",
        [
            "Les mises à jour forcées",
            "Les pubs dans la boutique",
            "La consommation de mémoire",
            "Le temps de démarrage",
        ],
        lang="fr",
    ),
    # yes / no
    C(
        Y,
        "D'accord. Avez-vous déjà reçu une ordonnance à la suite d'une téléconsultation ?",
        lang="fr",
    ),
    C(
        Y,
        "As-tu déjà acheté un jeu directement depuis le launcher ? Oui ou non suffit.",
        lang="fr",
    ),
    C(
        Y,
        "Votre courtier vous a-t-il proposé une assurance emprunteur externe ?",
        lang="fr",
    ),
    C(
        Y,
        "Merci. Est-ce que vos salariés consultent leurs fiches de paie dans l'application ? (oui/non)",
        lang="fr",
    ),
]

_DE: list[Case] = [
    # open-ended
    C(
        OE,
        "Danke, das ist spannend. Wie sind Sie ursprünglich auf die Videosprechstunde aufmerksam geworden?",
        lang="de",
    ),
    C(
        OE,
        "Verstehe. Was müsste sich am Launcher ändern, damit du ihn lieber öffnest?",
        lang="de",
    ),
    D(
        "Sie haben erwähnt, dass die Lohnabrechnung früher 2 bis 3 Tage gedauert hat. Was genau hat sich seit der Umstellung verändert?",
        lang="de",
    ),
    D(
        "Alles klar. Ob Wochenangebote, Punkte oder digitale Kassenbons – was davon nutzt du in der App tatsächlich, und was ignorierst du eher?",
        lang="de",
    ),
    D(
        "Danke! Stell dir vor, du könntest an deiner Podcast-App drei Dinge ändern, zum Beispiel:\n\n1. die Suche\n2. die Startseite\n3. die Benachrichtigungen\n\nWas würdest du konkret anders machen?",
        lang="de",
    ),
    D(
        "Interessant. Sie sprachen von Zinsangeboten zwischen 3,2 % und 3,9 %. Wie haben Sie diese Angebote miteinander verglichen?",
        lang="de",
    ),
    # scale
    C(
        SC,
        "Wie wahrscheinlich ist es, dass du den Launcher einem Freund empfiehlst? Auf einer Skala von 0 bis 10, wobei 0 „überhaupt nicht wahrscheinlich“ und 10 „äußerst wahrscheinlich“ bedeutet.",
        scale=(0, 10),
        labels={"lo": "überhaupt nicht wahrscheinlich", "hi": "äußerst wahrscheinlich"},
        lang="de",
    ),
    C(
        SC,
        "Danke. Wie zufrieden waren Sie mit der Bildqualität während des Gesprächs mit der Ärztin? Bitte auf einer Skala von 1 bis 5.",
        scale=(1, 5),
        lang="de",
    ),
    C(
        SC,
        "Wie bewerten Sie die Übersichtlichkeit des HR-Dashboards?\n\n1 = sehr unübersichtlich\n2\n3\n4\n5 = sehr übersichtlich",
        scale=(1, 5),
        labels={"lo": "sehr unübersichtlich", "hi": "sehr übersichtlich"},
        lang="de",
    ),
    C(
        SC,
        "Auf einer Skala von 1 bis 10: Wie gut fühlten Sie sich von Ihrem Baufinanzierungsberater informiert?",
        scale=(1, 10),
        lang="de",
    ),
    # single choice
    C(
        S,
        "Super, danke. Wie oft kaufst du in dem Markt ein?\n\n- Mehrmals pro Woche\n- Einmal pro Woche\n- Alle zwei Wochen\n- Seltener",
        ["Mehrmals pro Woche", "Einmal pro Woche", "Alle zwei Wochen", "Seltener"],
        lang="de",
    ),
    C(
        S,
        "Über welches Gerät hörst du am häufigsten Podcasts – Smartphone, Tablet, Computer oder Smart Speaker?",
        ["Smartphone", "Tablet", "Computer", "Smart Speaker"],
        lang="de",
    ),
    C(
        S,
        "Welche Rolle haben Sie im Unternehmen? Bitte wählen Sie eine Antwort.\n1. Geschäftsführung\n2. Personalabteilung\n3. Buchhaltung\n4. Teamleitung\n5. Sonstiges",
        ["Geschäftsführung", "Personalabteilung", "Buchhaltung", "Teamleitung"],
        allow_other=True,
        lang="de",
    ),
    C(
        S,
        "Wie haben Sie Ihre Immobilie finanziert?\n\n- **Annuitätendarlehen**\n- **KfW-Förderkredit**\n- **Bausparvertrag**\n- **Noch nicht entschieden**",
        [
            "Annuitätendarlehen",
            "KfW-Förderkredit",
            "Bausparvertrag",
            "Noch nicht entschieden",
        ],
        lang="de",
    ),
    # multiple choice
    C(
        M,
        "Welche dieser Funktionen hast du schon genutzt? Mehrfachauswahl möglich.\n\n- Cloud-Speicherstände\n- Overlay im Spiel\n- Gruppen-Chat\n- Mod-Manager",
        ["Cloud-Speicherstände", "Overlay im Spiel", "Gruppen-Chat", "Mod-Manager"],
        lang="de",
    ),
    C(
        M,
        "Aus welchen Gründen nutzen Sie die Videosprechstunde? Sie können mehrere Antworten wählen: kürzere Wartezeit, kein Anfahrtsweg, flexible Termine, Folgerezepte.",
        ["kürzere Wartezeit", "kein Anfahrtsweg", "flexible Termine", "Folgerezepte"],
        lang="de",
    ),
    C(
        M,
        "Danke dir! Welche Arten von Angeboten interessieren dich am meisten? Wähle bis zu zwei aus.\n1. Rabatte auf frisches Obst und Gemüse\n2. Coupons für Markenprodukte\n3. Extra-Punkte am Wochenende\n4. Angebote für Bio-Produkte",
        [
            "Rabatte auf frisches Obst und Gemüse",
            "Coupons für Markenprodukte",
            "Extra-Punkte am Wochenende",
            "Angebote für Bio-Produkte",
        ],
        max_choices=2,
        lang="de",
    ),
    C(
        M,
        "Welche Systeme sind bei Ihnen an die Lohnabrechnung angebunden?\n- DATEV\n- Zeiterfassung\n- Bankkonto\n- Andere\n\nBitte alles Zutreffende auswählen.",
        ["DATEV", "Zeiterfassung", "Bankkonto"],
        allow_other=True,
        lang="de",
    ),
    # ranking
    C(
        R,
        "Bitte bringen Sie die folgenden Punkte in eine Reihenfolge, vom wichtigsten zum unwichtigsten:\n\n1. Niedriger Zinssatz\n2. Flexible Sondertilgung\n3. Persönliche Beratung\n4. Schnelle Zusage",
        [
            "Niedriger Zinssatz",
            "Flexible Sondertilgung",
            "Persönliche Beratung",
            "Schnelle Zusage",
        ],
        lang="de",
    ),
    C(
        R,
        "Sortiere diese Podcast-Kategorien danach, wie oft du sie hörst: Nachrichten, Wissen, Comedy, Sport.",
        ["Nachrichten", "Wissen", "Comedy", "Sport"],
        lang="de",
    ),
    C(
        R,
        "Vielen Dank! Wie würden Sie diese Verbesserungen priorisieren? Platz 1 ist für Sie am wichtigsten.\n- Online-Terminbuchung\n- Kürzere Wartezeiten\n- Rezept direkt in der App\n- Befunde einsehen",
        [
            "Online-Terminbuchung",
            "Kürzere Wartezeiten",
            "Rezept direkt in der App",
            "Befunde einsehen",
        ],
        lang="de",
    ),
    C(
        R,
        "Ordne bitte diese Gründe, warum du die App nutzt, nach Wichtigkeit:\n\n- Punkte sammeln\n- Coupons aktivieren\n- Einkaufsliste\n- Prospekt ansehen",
        ["Punkte sammeln", "Coupons aktivieren", "Einkaufsliste", "Prospekt ansehen"],
        lang="de",
    ),
    # yes / no
    C(Y, "Hast du schon mal einen Bug im Launcher gemeldet?", lang="de"),
    C(
        Y,
        "Verstehe. Würden Sie die Plattform einem anderen Unternehmen empfehlen? Ein einfaches Ja oder Nein genügt.",
        lang="de",
    ),
    C(
        Y,
        "Haben Sie vor der Videosprechstunde eine Anleitung erhalten?",
        lang="de",
    ),
    C(
        Y,
        "Danke. Nutzt du in der App die Funktion „Mein Rabatt“? (Ja/Nein)",
        lang="de",
    ),
]

_PT: list[Case] = [
    # open-ended
    C(
        OE,
        "Obrigado por compartilhar. Como foi a sua experiência na primeira consulta por vídeo?",
        lang="pt",
    ),
    C(
        OE,
        "Faz sentido. O que te levou a procurar um correspondente de crédito imobiliário em vez de ir direto ao banco?",
        lang="pt",
    ),
    D(
        "Interessante! Disseste que demoras 10 ou 15 minutos só para o launcher atualizar. Como é que isso afeta a tua vontade de jogar?",
        lang="pt",
    ),
    D(
        "Entendi. Muita gente usa o app de podcasts para notícias, outros para estudar ou para se distrair no trânsito. E você, em que momentos do dia costuma ouvir?",
        lang="pt",
    ),
    D(
        "Obrigada. Pensando nos últimos 6 meses, o que mudou na forma como sua equipe de RH lida com férias, ponto e folha de pagamento?",
        lang="pt",
    ),
    D(
        "Boa! Imagina que a aplicação do supermercado te dava, por exemplo:\n\n- descontos em combustível\n- cupões semanais\n- pontos a dobrar\n\nO que é que, na prática, te faria usá-la mais vezes?",
        lang="pt",
    ),
    # scale
    C(
        SC,
        "De 0 a 10, qual a probabilidade de você recomendar o nosso app de podcasts a um amigo?",
        scale=(0, 10),
        lang="pt",
    ),
    C(
        SC,
        "Numa escala de 1 a 5, como avalias a velocidade de download no launcher?\n\n1 – Muito lenta\n5 – Muito rápida",
        scale=(1, 5),
        labels={"lo": "Muito lenta", "hi": "Muito rápida"},
        lang="pt",
    ),
    C(
        SC,
        "Obrigado! Quão satisfeito você ficou com o atendimento do correspondente? Responda de 1 a 7, sendo 1 “nada satisfeito” e 7 “totalmente satisfeito”.",
        scale=(1, 7),
        labels={"lo": "nada satisfeito", "hi": "totalmente satisfeito"},
        lang="pt",
    ),
    C(
        SC,
        "Em uma escala de 1 a 10, quanto o sistema de folha de pagamento facilita o seu dia a dia?",
        scale=(1, 10),
        lang="pt",
    ),
    # single choice
    C(
        S,
        "Com que frequência usas a aplicação do supermercado?\n\n1. Em todas as compras\n2. Uma vez por semana\n3. Uma vez por mês\n4. Quase nunca",
        ["Em todas as compras", "Uma vez por semana", "Uma vez por mês", "Quase nunca"],
        lang="pt",
    ),
    C(
        S,
        "Certo. Qual foi o principal motivo para escolher a teleconsulta? Escolha só uma opção.\n- Evitar filas\n- Economizar tempo\n- Morar longe de uma clínica\n- Outro",
        ["Evitar filas", "Economizar tempo", "Morar longe de uma clínica"],
        allow_other=True,
        lang="pt",
    ),
    C(
        S,
        "Sua empresa processa a folha de pagamento mensalmente, quinzenalmente ou semanalmente?",
        ["mensalmente", "quinzenalmente", "semanalmente"],
        lang="pt",
    ),
    C(
        S,
        "Que tipo de imóvel você financiou?\n\n- Apartamento\n- Casa\n- Terreno\n- Imóvel comercial",
        ["Apartamento", "Casa", "Terreno", "Imóvel comercial"],
        lang="pt",
    ),
    # multiple choice
    C(
        M,
        "Quais destes recursos você já usou no app? Pode marcar mais de um.\n\n- Download de episódios\n- Fila de reprodução\n- Transcrições\n- Clipes para compartilhar\n- Nenhum desses",
        [
            "Download de episódios",
            "Fila de reprodução",
            "Transcrições",
            "Clipes para compartilhar",
            "Nenhum desses",
        ],
        lang="pt",
    ),
    C(
        M,
        "Em que plataformas jogas através do launcher? Seleciona todas as que se aplicam: PC com Windows, Mac, Linux, Steam Deck.",
        ["PC com Windows", "Mac", "Linux", "Steam Deck"],
        lang="pt",
    ),
    C(
        M,
        "Ótimo. Quais especialidades você já consultou por vídeo? Escolha até 3.\n1. Clínica geral\n2. Dermatologia\n3. Psicologia\n4. Pediatria\n5. Nutrição",
        ["Clínica geral", "Dermatologia", "Psicologia", "Pediatria", "Nutrição"],
        max_choices=3,
        lang="pt",
    ),
    C(
        M,
        "Quais documentos o correspondente pediu a você?\n- Comprovante de renda\n- Declaração de IR\n- Extrato do FGTS\n- Outros (quais?)\n\nMarque todos que se aplicam.",
        ["Comprovante de renda", "Declaração de IR", "Extrato do FGTS"],
        allow_other=True,
        lang="pt",
    ),
    # ranking
    C(
        R,
        "Ordene os itens abaixo do mais importante para o menos importante na escolha de um sistema de RH:\n\n1. Preço\n2. Suporte em português\n3. Integração com o eSocial\n4. Aplicativo para funcionários",
        [
            "Preço",
            "Suporte em português",
            "Integração com o eSocial",
            "Aplicativo para funcionários",
        ],
        lang="pt",
    ),
    C(
        R,
        "Podes ordenar estas funcionalidades do launcher por ordem de preferência? Biblioteca de jogos, loja, lista de amigos, conquistas.",
        ["Biblioteca de jogos", "loja", "lista de amigos", "conquistas"],
        lang="pt",
    ),
    C(
        R,
        "Muito obrigado! Coloque em ordem, do que mais pesa para o que menos pesa, na hora de escolher um correspondente:\n- Taxa de juros conseguida\n- Rapidez na aprovação\n- Indicação de conhecidos\n- Atendimento online",
        [
            "Taxa de juros conseguida",
            "Rapidez na aprovação",
            "Indicação de conhecidos",
            "Atendimento online",
        ],
        lang="pt",
    ),
    C(
        R,
        "Classifica estas vantagens do cartão de cliente da mais útil para a menos útil:\n\n- Descontos imediatos\n- Saldo acumulado\n- Promoções personalizadas\n- Sorteios",
        [
            "Descontos imediatos",
            "Saldo acumulado",
            "Promoções personalizadas",
            "Sorteios",
        ],
        lang="pt",
    ),
    # yes / no
    C(
        Y,
        "Você já precisou repetir uma consulta porque a chamada de vídeo caiu?",
        lang="pt",
    ),
    C(
        Y,
        "Entendi. Já resgataste algum vale de desconto na app? Basta responder sim ou não.",
        lang="pt",
    ),
    C(
        Y,
        "Você pagaria por um plano premium para ouvir podcasts sem anúncios?",
        lang="pt",
    ),
    C(
        Y,
        "Obrigado! A sua empresa já usava outro sistema de folha antes do nosso? (sim/não)",
        lang="pt",
    ),
]

HOLDOUT31: tuple[Case, ...] = (*_EN, *_ES, *_FR, *_DE, *_PT)
