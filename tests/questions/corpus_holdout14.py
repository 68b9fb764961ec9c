"""Held-out corpus 14.

Style: "house formats" - each message reads as if it came from a different research
team's LLM interviewer whose system prompt imposed its own layout: [A]/(a)/A) markers,
"Option 1 -" lines, checkbox rows, emoji bullets, pipes, slashes, parenthesised options,
Markdown table rows and bold inline lists, with the instruction placed before, after or in a
footnote, scales stated in many ways, and warm one-line reflections or closing notes.

Written by a helper session from its own head, without seeing the detector or any other
corpus. For measuring: its messages are never tuned on directly.

First run (scored once, by the lead of session 8, on the detector of commit 3147524; only the
summary was printed):
  94/130 exactly right; precision/recall per type:
    open_ended 0.490/1.000, scale 0.864/0.760, single_choice 0.650/0.520,
    multiple_choice 1.000/0.520, ranking 1.000/0.933, yes_no 1.000/0.667;
  0 of 25 open questions given a widget (0 of 20 distractors).
Since (session 8): its misses were read, and eight families written anew in
corpus_session8.py (YN_SHORT: "(S/N)", "(O/N)", "(J/N)", "con un sí o un no"; INLINE_KEYS:
"[A] … [B] …" and checkbox rows "[ ] Email  [ ] Phone" on one line; ROW_AFTER_ASK: "Which …?
A / B / C" with its instruction on the next line; STAR_ENDS: "1 star = X, 5 stars = Y";
KEYED_ROW: "Which …? A) X B) Y", rows ending in "Other (…)"; TABLE_ROW: a Markdown table's
one row under the ask; NUMBER_THEM: "Numera del 1 al 4" and its translations; LIKELIHOOD: "¿Qué probabilidad hay de
que …? De 1 a 10, …"); its other
families are not yet (a table's row before the ask, "Option 1 - …" inline, "a) …, b) …" in a
sentence, a legend "1 ⭐ = X · 5 ⭐ = Y", "exactement deux").
Only the figures above are held-out figures.
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

HOLDOUT14: list[Case] = [
    # ------------------------------------------------------------------ English
    C(
        "scale",
        "Thanks, that's really helpful context.\n\n**Rate it:** how easy was the checkout, on a scale of 0-10 (0 = very hard, 10 = very easy)?",
        scale=(0, 10),
        labels={"lo": "very hard", "hi": "very easy"},
    ),
    C(
        "scale",
        "📊 On a scale from 1 to 7, how confident do you feel using the new dashboard?\n_1 = not at all confident · 7 = completely confident_",
        scale=(1, 7),
        labels={"lo": "not at all confident", "hi": "completely confident"},
    ),
    C(
        "scale",
        "How many stars would you give the onboarding session, out of 5? ⭐ (1 star = poor, 5 stars = excellent)",
        scale=(1, 5),
        labels={"lo": "poor", "hi": "excellent"},
    ),
    C(
        "scale",
        "Got it, the weekly sync sounds draining.\n\nHow stressful is a typical release week for you?\n1 😌  2  3  4  5 😫\n(1 = not stressful, 5 = extremely stressful)",
        scale=(1, 5),
        labels={"lo": "not stressful", "hi": "extremely stressful"},
    ),
    C(
        "scale",
        "Quick pulse check: how likely are you to recommend Fieldnote to a colleague, 0 to 10?\nNo right or wrong answers.",
        scale=(0, 10),
    ),
    C(
        "single_choice",
        "Which plan are you on right now?\n[A] Free  [B] Team  [C] Business  [D] Enterprise",
        options=["Free", "Team", "Business", "Enterprise"],
    ),
    C(
        "single_choice",
        "Where did you first hear about us?\n🔹 Podcast\n🔹 A friend or colleague\n🔹 Search engine\n🔹 Social media\n🔹 Other (please specify)",
        options=["Podcast", "A friend or colleague", "Search engine", "Social media"],
        allow_other=True,
    ),
    C(
        "single_choice",
        "How often do you export reports? Option 1 - Daily, Option 2 - Weekly, Option 3 - Monthly, Option 4 - Rarely or never. Choose one.",
        options=["Daily", "Weekly", "Monthly", "Rarely or never"],
    ),
    C(
        "single_choice",
        "Which of these best describes your role?\n\n| Designer | Engineer | Product manager | Researcher |\n|---|---|---|---|\n\nPick the closest one.",
        options=["Designer", "Engineer", "Product manager", "Researcher"],
    ),
    C(
        "single_choice",
        "That makes sense, switching tools mid-project is rough.\n\nWhich device do you mostly use the app on: **phone**, **tablet** or **laptop**?",
        options=["phone", "tablet", "laptop"],
    ),
    C(
        "multiple_choice",
        "Which channels do you use to contact support?\n[ ] Email  [ ] Phone  [ ] Live chat  [ ] Community forum\n*Tick all that apply*",
        options=["Email", "Phone", "Live chat", "Community forum"],
    ),
    C(
        "multiple_choice",
        "Thanks for walking me through that.\n\nWhich of these features would you use every week? (a) Shared calendars (b) Time tracking (c) Invoicing (d) Client portal. You're welcome to pick several.",
        options=["Shared calendars", "Time tracking", "Invoicing", "Client portal"],
    ),
    C(
        "multiple_choice",
        "What are your top 2 frustrations with the current setup?\n👉 Slow load times\n👉 Confusing navigation\n👉 Missing integrations\n👉 Too many notifications\n👉 Other (please specify)\nChoose up to 2.",
        options=[
            "Slow load times",
            "Confusing navigation",
            "Missing integrations",
            "Too many notifications",
        ],
        allow_other=True,
        max_choices=2,
    ),
    C(
        "multiple_choice",
        "Which integrations matter to your team? Slack | Jira | GitHub | Notion | Google Drive (select any that apply)",
        options=["Slack", "Jira", "GitHub", "Notion", "Google Drive"],
    ),
    C(
        "multiple_choice",
        "Which of the following did you try before finding us? A) Spreadsheets B) Trello C) Asana D) Pen and paper\nNo more than three, please.",
        options=["Spreadsheets", "Trello", "Asana", "Pen and paper"],
        max_choices=3,
    ),
    C(
        "ranking",
        "Please put these in order of importance to you, most important first:\n• Price\n• Speed\n• Customer support\n• Security",
        options=["Price", "Speed", "Customer support", "Security"],
    ),
    C(
        "ranking",
        "Order these from most to least useful: search, tags, folders, favourites.",
        options=["search", "tags", "folders", "favourites"],
    ),
    C(
        "ranking",
        "Last one on priorities 🙂 Rank the following (1 = build it first):\n(a) Offline mode\n(b) Dark theme\n(c) API access\n(d) Bulk editing\n(e) Audit log",
        options=["Offline mode", "Dark theme", "API access", "Bulk editing", "Audit log"],
    ),
    C("yes_no", "Have you used the mobile app in the last month? (Y/N)"),
    C(
        "yes_no",
        "Understood, that sounds frustrating.\n\nDid the support team resolve your issue in the end? Just yes or no is fine.",
    ),
    C("yes_no", "Would you be open to a 20-minute follow-up call next week, yes or no?"),
    D(
        "You said you tried Slack, Teams and Zoom before settling on us. What made you stop using them?"
    ),
    D(
        "Earlier you mentioned paying around $49 a month, up from $29 last year. How did your team react to that price change?"
    ),
    D(
        "**Reflection:** you rated setup a 3 out of 10. What happened during setup that led to that score?"
    ),
    D(
        "Between January and March you ran 3 pilots (A, B and C). Walk me through what you learned from each one."
    ),
    C(
        "open_ended",
        "Thanks for being so candid. 🙏\n\nIn your own words, what does a good week at work look like for you?",
    ),
    # ------------------------------------------------------------------ Spanish
    C(
        "scale",
        "¿Qué tan satisfecho estás con el tiempo de entrega? Responde de 0 a 10 (0 = nada satisfecho, 10 = totalmente satisfecho).",
        scale=(0, 10),
        labels={"lo": "nada satisfecho", "hi": "totalmente satisfecho"},
        lang="es",
    ),
    C(
        "scale",
        "Gracias por contarlo con tanto detalle.\n\nEn una escala del 1 al 5, ¿qué tan fácil te resultó configurar tu cuenta?",
        scale=(1, 5),
        lang="es",
    ),
    C(
        "scale",
        "⭐ ¿Cuántas estrellas le darías a la app, del 1 al 5?\n1 ⭐ = muy mala · 5 ⭐ = excelente",
        scale=(1, 5),
        labels={"lo": "muy mala", "hi": "excelente"},
        lang="es",
    ),
    C(
        "scale",
        "**Escala 1–7:** ¿con qué frecuencia sientes que la herramienta te hace perder tiempo?\n_1 = nunca, 7 = constantemente_",
        scale=(1, 7),
        labels={"lo": "nunca", "hi": "constantemente"},
        lang="es",
    ),
    C(
        "scale",
        "¿Qué probabilidad hay de que renueves tu suscripción? De 1 a 10, donde 1 es nada probable y 10 es muy probable.",
        scale=(1, 10),
        labels={"lo": "nada probable", "hi": "muy probable"},
        lang="es",
    ),
    C(
        "single_choice",
        "¿Qué método de pago usas normalmente?\n[A] Tarjeta de crédito [B] Transferencia bancaria [C] PayPal [D] Efectivo",
        options=["Tarjeta de crédito", "Transferencia bancaria", "PayPal", "Efectivo"],
        lang="es",
    ),
    C(
        "single_choice",
        "Entiendo, cambiar de proveedor no es fácil.\n\n¿Cuál fue el motivo principal del cambio? (precio / calidad del servicio / atención al cliente / recomendación de alguien)",
        options=[
            "precio",
            "calidad del servicio",
            "atención al cliente",
            "recomendación de alguien",
        ],
        lang="es",
    ),
    C(
        "single_choice",
        "¿En qué franja de edad te encuentras?\n🔹 18–24\n🔹 25–34\n🔹 35–44\n🔹 45 o más",
        options=["18–24", "25–34", "35–44", "45 o más"],
        lang="es",
    ),
    C(
        "single_choice",
        "¿Desde dónde trabajas la mayor parte del tiempo? Oficina | Casa | Cafetería o coworking | Otro: ____\nElige solo una opción.",
        options=["Oficina", "Casa", "Cafetería o coworking"],
        allow_other=True,
        lang="es",
    ),
    C(
        "single_choice",
        "¿Con qué frecuencia pides comida a domicilio?\nOpción 1 - Casi todos los días\nOpción 2 - Una o dos veces por semana\nOpción 3 - Un par de veces al mes\nOpción 4 - Casi nunca",
        options=[
            "Casi todos los días",
            "Una o dos veces por semana",
            "Un par de veces al mes",
            "Casi nunca",
        ],
        lang="es",
    ),
    C(
        "multiple_choice",
        "¿Qué redes sociales usas a diario?\n[ ] Instagram  [ ] TikTok  [ ] X  [ ] Facebook  [ ] LinkedIn\n*Marca todas las que correspondan*",
        options=["Instagram", "TikTok", "X", "Facebook", "LinkedIn"],
        lang="es",
    ),
    C(
        "multiple_choice",
        "¿Qué te gustaría mejorar del proceso de reservas? Puedes elegir varias: (a) la velocidad, (b) los filtros de búsqueda, (c) las opciones de pago, (d) los avisos por correo.",
        options=[
            "la velocidad",
            "los filtros de búsqueda",
            "las opciones de pago",
            "los avisos por correo",
        ],
        lang="es",
    ),
    C(
        "multiple_choice",
        "¿Cuáles son tus 3 secciones favoritas del periódico?\n• Política\n• Deportes\n• Cultura\n• Economía\n• Tecnología\nElige como máximo tres.",
        options=["Política", "Deportes", "Cultura", "Economía", "Tecnología"],
        max_choices=3,
        lang="es",
    ),
    C(
        "multiple_choice",
        "Gracias, eso aclara mucho.\n\n¿En qué dispositivos ves series? **Televisor inteligente**, **portátil**, **móvil**, **tableta**: selecciona todos los que uses.",
        options=["Televisor inteligente", "portátil", "móvil", "tableta"],
        lang="es",
    ),
    C(
        "multiple_choice",
        "¿Qué idiomas se hablan en tu equipo? Español / Inglés / Portugués / Francés / Otro (especifica)\nPuedes marcar más de uno.",
        options=["Español", "Inglés", "Portugués", "Francés"],
        allow_other=True,
        lang="es",
    ),
    C(
        "ranking",
        "Ordena estos aspectos de más a menos importante para ti: precio, ubicación, tamaño, luz natural.",
        options=["precio", "ubicación", "tamaño", "luz natural"],
        lang="es",
    ),
    C(
        "ranking",
        "Por favor, pon en orden de prioridad lo que deberíamos mejorar primero:\n👉 Velocidad de la app\n👉 Diseño\n👉 Notificaciones\n👉 Soporte en español",
        options=["Velocidad de la app", "Diseño", "Notificaciones", "Soporte en español"],
        lang="es",
    ),
    C(
        "ranking",
        "Numera del 1 al 4 según tu preferencia (1 = la que más te gusta):\nA) Clases presenciales\nB) Clases en línea en directo\nC) Vídeos grabados\nD) Tutorías individuales",
        options=[
            "Clases presenciales",
            "Clases en línea en directo",
            "Vídeos grabados",
            "Tutorías individuales",
        ],
        lang="es",
    ),
    C("yes_no", "¿Has comprado algo en nuestra tienda online este año? Sí o no.", lang="es"),
    C("yes_no", "¿Volverías a contratar el servicio? (S/N)", lang="es"),
    C(
        "yes_no",
        "Qué bien que lo resolvieran rápido.\n\n¿Te llegó el reembolso a tiempo? Con un sí o un no me basta.",
        lang="es",
    ),
    D(
        "Mencionaste que probaste Glovo, Uber Eats y Just Eat. ¿Qué te hizo dejar de usarlas?",
        lang="es",
    ),
    D(
        "Dijiste que pagas unos 60 € al mes y que antes pagabas 45 €. ¿Cómo te afectó esa subida?",
        lang="es",
    ),
    D("Entre marzo y junio visitaste la tienda 4 o 5 veces. ¿Qué te hacía volver?", lang="es"),
    D("Antes le diste un 2 sobre 10 a la atención al cliente. ¿Qué pasó exactamente?", lang="es"),
    C(
        "open_ended",
        "Gracias por tu paciencia. 😊\n\n¿Cómo le describirías tu experiencia con nosotros a un amigo?",
        lang="es",
    ),
    # ------------------------------------------------------------------ French
    C(
        "scale",
        "Sur une échelle de 1 à 5, dans quelle mesure êtes-vous satisfait(e) de la livraison ?\n1 = pas du tout satisfait · 5 = très satisfait",
        scale=(1, 5),
        labels={"lo": "pas du tout satisfait", "hi": "très satisfait"},
        lang="fr",
    ),
    C(
        "scale",
        "Merci pour ce retour très précis.\n\nDe 0 à 10, quelle est la probabilité que vous recommandiez notre service à un proche ?",
        scale=(0, 10),
        lang="fr",
    ),
    C(
        "scale",
        "**Note :** combien d'étoiles donneriez-vous à l'atelier, sur 5 ? (1 étoile = décevant, 5 étoiles = excellent)",
        scale=(1, 5),
        labels={"lo": "décevant", "hi": "excellent"},
        lang="fr",
    ),
    C(
        "scale",
        "À quel point l'interface vous paraît-elle intuitive ? Répondez de 1 à 7.\nPas de bonne ou de mauvaise réponse.",
        scale=(1, 7),
        lang="fr",
    ),
    C(
        "scale",
        "Évaluez votre niveau de stress au travail cette semaine, de 1 à 10 😌➡️😣 (1 = très détendu, 10 = très stressé).",
        scale=(1, 10),
        labels={"lo": "très détendu", "hi": "très stressé"},
        lang="fr",
    ),
    C(
        "single_choice",
        "Quel moyen de transport utilisez-vous le plus pour venir au bureau ?\n[A] Voiture [B] Transports en commun [C] Vélo [D] À pied",
        options=["Voiture", "Transports en commun", "Vélo", "À pied"],
        lang="fr",
    ),
    C(
        "single_choice",
        "Quelle formule vous intéresse le plus ? (Mensuelle / Trimestrielle / Annuelle)",
        options=["Mensuelle", "Trimestrielle", "Annuelle"],
        lang="fr",
    ),
    C(
        "single_choice",
        "Je comprends, ce n'est pas évident.\n\nQuelle est votre situation professionnelle actuelle ?\n🔹 Salarié(e)\n🔹 Indépendant(e)\n🔹 Étudiant(e)\n🔹 En recherche d'emploi\n🔹 Autre (précisez)",
        options=["Salarié(e)", "Indépendant(e)", "Étudiant(e)", "En recherche d'emploi"],
        allow_other=True,
        lang="fr",
    ),
    C(
        "single_choice",
        "Vous lisez nos newsletters plutôt… a) le matin, b) à midi, c) le soir, d) le week-end ? Une seule réponse.",
        options=["le matin", "à midi", "le soir", "le week-end"],
        lang="fr",
    ),
    C(
        "single_choice",
        "| Débutant | Intermédiaire | Avancé | Expert |\n|---|---|---|---|\nLequel de ces niveaux correspond le mieux à votre maîtrise d'Excel ?",
        options=["Débutant", "Intermédiaire", "Avancé", "Expert"],
        lang="fr",
    ),
    C(
        "multiple_choice",
        "Quels services utilisez-vous sur notre site ? Cochez tout ce qui s'applique :\n[ ] Réservation  [ ] Paiement en ligne  [ ] Messagerie  [ ] Suivi de commande",
        options=["Réservation", "Paiement en ligne", "Messagerie", "Suivi de commande"],
        lang="fr",
    ),
    C(
        "multiple_choice",
        "Choisissez exactement deux thèmes pour le prochain atelier : Budget | Management | Négociation | Prise de parole | Gestion du temps",
        options=["Budget", "Management", "Négociation", "Prise de parole", "Gestion du temps"],
        max_choices=2,
        lang="fr",
    ),
    C(
        "multiple_choice",
        "Merci, c'est noté.\n\nQuelles plateformes de streaming avez-vous utilisées ce mois-ci ?\n👉 Netflix\n👉 Disney+\n👉 Prime Video\n👉 Canal+\n👉 Autre (précisez)\n*Plusieurs réponses possibles*",
        options=["Netflix", "Disney+", "Prime Video", "Canal+"],
        allow_other=True,
        lang="fr",
    ),
    C(
        "multiple_choice",
        "Parmi ces critères, lesquels comptent pour vous dans le choix d'une mutuelle ? (a) le prix (b) les remboursements optiques (c) le service client (d) l'application mobile. N'hésitez pas à en choisir plusieurs.",
        options=[
            "le prix",
            "les remboursements optiques",
            "le service client",
            "l'application mobile",
        ],
        lang="fr",
    ),
    C(
        "multiple_choice",
        "Quelles sont vos 2 activités préférées pendant les vacances ? **Randonnée**, **plage**, **musées**, **gastronomie**, **sport** (pas plus de deux).",
        options=["Randonnée", "plage", "musées", "gastronomie", "sport"],
        max_choices=2,
        lang="fr",
    ),
    C(
        "ranking",
        "Classez ces éléments du plus important au moins important : le salaire, l'ambiance d'équipe, le télétravail, les perspectives d'évolution.",
        options=[
            "le salaire",
            "l'ambiance d'équipe",
            "le télétravail",
            "les perspectives d'évolution",
        ],
        lang="fr",
    ),
    C(
        "ranking",
        "Numérotez de 1 à 4 par ordre de préférence :\n• Cours en présentiel\n• Webinaires\n• Modules en ligne\n• Coaching individuel",
        options=["Cours en présentiel", "Webinaires", "Modules en ligne", "Coaching individuel"],
        lang="fr",
    ),
    C(
        "ranking",
        "Dernière question sur les priorités 🙂 Mettez dans l'ordre ce que nous devrions améliorer en premier : A) Les délais B) Les prix C) L'emballage D) Le suivi du colis",
        options=["Les délais", "Les prix", "L'emballage", "Le suivi du colis"],
        lang="fr",
    ),
    C("yes_no", "Avez-vous déjà contacté notre service client ? Oui ou non ?", lang="fr"),
    C(
        "yes_no",
        "Merci pour votre franchise.\n\nSeriez-vous prêt(e) à participer à un second entretien ? (O/N)",
        lang="fr",
    ),
    C("yes_no", "Le produit est-il arrivé en bon état ? Un simple oui ou non suffit.", lang="fr"),
    D(
        "Vous avez cité Doctolib, Maiia et Qare. Qu'est-ce qui vous a déçu dans ces applications ?",
        lang="fr",
    ),
    D(
        "Vous disiez payer 12 € par mois, contre 8 € l'an dernier. Comment avez-vous vécu cette hausse ?",
        lang="fr",
    ),
    D(
        "Entre septembre et décembre, vous avez suivi 3 formations (Excel, anglais, management). Que vous ont-elles apporté concrètement ?",
        lang="fr",
    ),
    D(
        "Vous avez donné la note de 4 sur 10 à l'accueil. Racontez-moi ce qui s'est passé ce jour-là.",
        lang="fr",
    ),
    C(
        "open_ended",
        "Merci, c'est très éclairant.\n\nComment imaginez-vous votre quotidien professionnel dans cinq ans ?",
        lang="fr",
    ),
    # ------------------------------------------------------------------ German
    C(
        "scale",
        "Auf einer Skala von 1 bis 10: Wie zufrieden sind Sie mit der Beratung?\n(1 = überhaupt nicht zufrieden, 10 = voll und ganz zufrieden)",
        scale=(1, 10),
        labels={"lo": "überhaupt nicht zufrieden", "hi": "voll und ganz zufrieden"},
        lang="de",
    ),
    C(
        "scale",
        "Danke, das hilft mir sehr.\n\nWie wahrscheinlich ist es, dass Sie uns weiterempfehlen? Bitte von 0 bis 10.",
        scale=(0, 10),
        lang="de",
    ),
    C(
        "scale",
        "Wie viele Sterne von 5 würden Sie der App geben? ⭐ (1 Stern = schlecht, 5 Sterne = hervorragend)",
        scale=(1, 5),
        labels={"lo": "schlecht", "hi": "hervorragend"},
        lang="de",
    ),
    C(
        "scale",
        "**Bewertung (1–7):** Wie gut fühlen Sie sich über Änderungen im Team informiert?",
        scale=(1, 7),
        lang="de",
    ),
    C(
        "scale",
        "Wie anstrengend war der Umzug für Sie, von 1 bis 5?\n1 😌 · 2 · 3 · 4 · 5 😩\n1 = gar nicht anstrengend, 5 = extrem anstrengend",
        scale=(1, 5),
        labels={"lo": "gar nicht anstrengend", "hi": "extrem anstrengend"},
        lang="de",
    ),
    C(
        "single_choice",
        "Welchen Tarif nutzen Sie derzeit?\n[A] Basis [B] Plus [C] Premium",
        options=["Basis", "Plus", "Premium"],
        lang="de",
    ),
    C(
        "single_choice",
        "Wie sind Sie auf uns aufmerksam geworden?\n🔹 Suchmaschine\n🔹 Empfehlung\n🔹 Werbung\n🔹 Sonstiges\nBitte wählen Sie eine Antwort.",
        options=["Suchmaschine", "Empfehlung", "Werbung"],
        allow_other=True,
        lang="de",
    ),
    C(
        "single_choice",
        "Wie oft arbeiten Sie im Homeoffice? (nie / 1–2 Tage pro Woche / 3–4 Tage pro Woche / immer)",
        options=["nie", "1–2 Tage pro Woche", "3–4 Tage pro Woche", "immer"],
        lang="de",
    ),
    C(
        "single_choice",
        "Das klingt nach einer stressigen Zeit.\n\nWelches Verkehrsmittel nutzen Sie hauptsächlich? Auto | Bahn | Fahrrad | zu Fuß",
        options=["Auto", "Bahn", "Fahrrad", "zu Fuß"],
        lang="de",
    ),
    C(
        "single_choice",
        "Option 1 - Vormittags\nOption 2 - Nachmittags\nOption 3 - Abends\nZu welcher Tageszeit trainieren Sie am liebsten?",
        options=["Vormittags", "Nachmittags", "Abends"],
        lang="de",
    ),
    C(
        "multiple_choice",
        "Welche Funktionen nutzen Sie regelmäßig?\n[ ] Kalender  [ ] Aufgabenlisten  [ ] Notizen  [ ] Dateiablage\n*Mehrfachauswahl möglich*",
        options=["Kalender", "Aufgabenlisten", "Notizen", "Dateiablage"],
        lang="de",
    ),
    C(
        "multiple_choice",
        "Welche Zahlungsarten bieten Sie in Ihrem Shop an? (a) Kreditkarte (b) PayPal (c) Rechnung (d) Lastschrift (e) Sonstiges\nKreuzen Sie alles Zutreffende an.",
        options=["Kreditkarte", "PayPal", "Rechnung", "Lastschrift"],
        allow_other=True,
        lang="de",
    ),
    C(
        "multiple_choice",
        "Was sind Ihre 3 wichtigsten Kriterien beim Autokauf?\n• Preis\n• Verbrauch\n• Sicherheit\n• Design\n• Marke\n• Platzangebot\nBitte höchstens drei auswählen.",
        options=["Preis", "Verbrauch", "Sicherheit", "Design", "Marke", "Platzangebot"],
        max_choices=3,
        lang="de",
    ),
    C(
        "multiple_choice",
        "Danke für die Offenheit.\n\nWelche dieser Weiterbildungen würden Sie interessieren? **Projektmanagement**, **Datenanalyse**, **Führung**, **Englisch** (gern auch mehrere)",
        options=["Projektmanagement", "Datenanalyse", "Führung", "Englisch"],
        lang="de",
    ),
    C(
        "multiple_choice",
        "Über welche Kanäle möchten Sie Neuigkeiten erhalten? E-Mail / SMS / Push-Benachrichtigung / Post\nSie können bis zu zwei wählen.",
        options=["E-Mail", "SMS", "Push-Benachrichtigung", "Post"],
        max_choices=2,
        lang="de",
    ),
    C(
        "ranking",
        "Bitte sortieren Sie diese Punkte nach Wichtigkeit, das Wichtigste zuerst: Gehalt, Arbeitszeit, Kollegen, Weiterbildung.",
        options=["Gehalt", "Arbeitszeit", "Kollegen", "Weiterbildung"],
        lang="de",
    ),
    C(
        "ranking",
        "Bringen Sie die folgenden Verbesserungen in eine Reihenfolge (1 = zuerst umsetzen):\n👉 Schnellere Ladezeiten\n👉 Offline-Modus\n👉 Dunkles Design\n👉 Bessere Suche",
        options=["Schnellere Ladezeiten", "Offline-Modus", "Dunkles Design", "Bessere Suche"],
        lang="de",
    ),
    C(
        "ranking",
        "Ordnen Sie die Urlaubsziele von am liebsten bis am wenigsten gern: A) Berge B) Meer C) Stadt D) Land",
        options=["Berge", "Meer", "Stadt", "Land"],
        lang="de",
    ),
    C(
        "yes_no",
        "Haben Sie unseren Kundenservice schon einmal kontaktiert? Ja oder nein?",
        lang="de",
    ),
    C("yes_no", "Würden Sie das Produkt erneut kaufen? (J/N)", lang="de"),
    C(
        "yes_no",
        "Verstehe, das war sicher ärgerlich.\n\nWurde Ihr Problem am Ende gelöst? Ein einfaches Ja oder Nein genügt.",
        lang="de",
    ),
    D(
        "Sie erwähnten, dass Sie Asana, Trello und Monday ausprobiert haben. Warum haben Sie jeweils aufgehört?",
        lang="de",
    ),
    D(
        "Sie zahlen jetzt 39 € im Monat statt früher 25 €. Wie hat Ihr Team auf die Preiserhöhung reagiert?",
        lang="de",
    ),
    D(
        "Von Januar bis April hatten Sie 2–3 Ausfälle pro Monat. Wie sind Sie damit umgegangen?",
        lang="de",
    ),
    D(
        "Sie haben die Einrichtung mit 3 von 10 bewertet. Was genau ist dabei schiefgelaufen?",
        lang="de",
    ),
    C(
        "open_ended",
        "Vielen Dank, das ist sehr aufschlussreich.\n\nWas würde Ihnen den Arbeitsalltag spürbar erleichtern?",
        lang="de",
    ),
    # ------------------------------------------------------------------ Portuguese
    C(
        "scale",
        "Numa escala de 0 a 10, qual a probabilidade de você recomendar o app a um amigo?\n0 = nada provável, 10 = muito provável",
        scale=(0, 10),
        labels={"lo": "nada provável", "hi": "muito provável"},
        lang="pt",
    ),
    C(
        "scale",
        "Obrigado por compartilhar isso.\n\nDe 1 a 5, quão fácil foi encontrar o que você procurava?",
        scale=(1, 5),
        lang="pt",
    ),
    C(
        "scale",
        "Quantas estrelas você daria ao atendimento, de 1 a 5? ⭐\n(1 estrela = péssimo, 5 estrelas = ótimo)",
        scale=(1, 5),
        labels={"lo": "péssimo", "hi": "ótimo"},
        lang="pt",
    ),
    C(
        "scale",
        "**Escala de 1 a 7:** quanto você confia nas recomendações do sistema?\n_1 = não confio nada · 7 = confio totalmente_",
        scale=(1, 7),
        labels={"lo": "não confio nada", "hi": "confio totalmente"},
        lang="pt",
    ),
    C(
        "scale",
        "Como você avalia o seu nível de cansaço no fim do dia, de 1 a 10? 😊➡️😴\nNão há resposta certa ou errada.",
        scale=(1, 10),
        lang="pt",
    ),
    C(
        "single_choice",
        "Qual plano você assina atualmente?\n[A] Básico [B] Padrão [C] Premium [D] Família",
        options=["Básico", "Padrão", "Premium", "Família"],
        lang="pt",
    ),
    C(
        "single_choice",
        "Entendo, mudar de banco dá trabalho.\n\nQual foi o principal motivo da mudança? (tarifas / atendimento / aplicativo / indicação de alguém)",
        options=["tarifas", "atendimento", "aplicativo", "indicação de alguém"],
        lang="pt",
    ),
    C(
        "single_choice",
        "Com que frequência você cozinha em casa?\nOpção 1 - Todos os dias\nOpção 2 - Algumas vezes por semana\nOpção 3 - Raramente\nOpção 4 - Nunca",
        options=["Todos os dias", "Algumas vezes por semana", "Raramente", "Nunca"],
        lang="pt",
    ),
    C(
        "single_choice",
        "Onde você costuma fazer compras de supermercado? Loja física | Aplicativo | Site | Outro (especifique)\nEscolha só uma.",
        options=["Loja física", "Aplicativo", "Site"],
        allow_other=True,
        lang="pt",
    ),
    C(
        "single_choice",
        "Em qual região do Brasil você mora?\n🔹 Norte\n🔹 Nordeste\n🔹 Centro-Oeste\n🔹 Sudeste\n🔹 Sul",
        options=["Norte", "Nordeste", "Centro-Oeste", "Sudeste", "Sul"],
        lang="pt",
    ),
    C(
        "multiple_choice",
        "Quais destes aplicativos você usa para conversar com clientes?\n[ ] WhatsApp  [ ] Instagram  [ ] Telegram  [ ] E-mail\n*Marque todos que se aplicam*",
        options=["WhatsApp", "Instagram", "Telegram", "E-mail"],
        lang="pt",
    ),
    C(
        "multiple_choice",
        "Quais benefícios seriam mais valiosos para você? (a) Vale-refeição (b) Plano de saúde (c) Auxílio home office (d) Gympass. Pode escolher vários.",
        options=["Vale-refeição", "Plano de saúde", "Auxílio home office", "Gympass"],
        lang="pt",
    ),
    C(
        "multiple_choice",
        "Quais são os seus 2 principais desafios hoje?\n👉 Falta de tempo\n👉 Orçamento apertado\n👉 Equipe pequena\n👉 Ferramentas inadequadas\n👉 Outro\nEscolha no máximo dois.",
        options=[
            "Falta de tempo",
            "Orçamento apertado",
            "Equipe pequena",
            "Ferramentas inadequadas",
        ],
        allow_other=True,
        max_choices=2,
        lang="pt",
    ),
    C(
        "multiple_choice",
        "Que bom ouvir isso!\n\nQue tipos de conteúdo você gostaria de receber? **Dicas práticas**, **estudos de caso**, **novidades do produto**, **eventos** (selecione quantos quiser)",
        options=["Dicas práticas", "estudos de caso", "novidades do produto", "eventos"],
        lang="pt",
    ),
    C(
        "multiple_choice",
        "Em quais momentos você ouve podcasts? No trânsito / Na academia / Trabalhando / Antes de dormir\nMarque até três.",
        options=["No trânsito", "Na academia", "Trabalhando", "Antes de dormir"],
        max_choices=3,
        lang="pt",
    ),
    C(
        "ranking",
        "Ordene estes fatores do mais para o menos importante na escolha de um imóvel: preço, localização, segurança, tamanho.",
        options=["preço", "localização", "segurança", "tamanho"],
        lang="pt",
    ),
    C(
        "ranking",
        "Coloque em ordem de prioridade o que deveríamos melhorar primeiro:\n• Tempo de entrega\n• Preço do frete\n• Embalagem\n• Rastreamento",
        options=["Tempo de entrega", "Preço do frete", "Embalagem", "Rastreamento"],
        lang="pt",
    ),
    C(
        "ranking",
        "Numere de 1 a 4 por ordem de preferência, sendo 1 o seu esporte favorito:\nA) Futebol\nB) Vôlei\nC) Basquete\nD) Natação",
        options=["Futebol", "Vôlei", "Basquete", "Natação"],
        lang="pt",
    ),
    C("yes_no", "Você já usou o nosso aplicativo antes? Sim ou não?", lang="pt"),
    C("yes_no", "Você participaria de um teste beta do novo recurso? (S/N)", lang="pt"),
    C(
        "yes_no",
        "Poxa, sinto muito pelo transtorno.\n\nO seu pedido chegou no prazo? Basta responder sim ou não.",
        lang="pt",
    ),
    D("Você disse que já testou Nubank, Inter e C6. O que fez você desistir deles?", lang="pt"),
    D(
        "Você comentou que pagava R$ 79 por mês e agora paga R$ 99. Como isso afetou o seu orçamento?",
        lang="pt",
    ),
    D(
        "Entre janeiro e março você abriu 5 chamados (sobre login, pagamento e notificações). Como foi a sua experiência com o suporte?",
        lang="pt",
    ),
    D(
        "Você deu nota 6 de 10 para a entrega. O que teria feito essa nota ser mais alta?",
        lang="pt",
    ),
    C(
        "open_ended",
        "Obrigado pela paciência até aqui. 🙏\n\nComo seria, para você, o aplicativo ideal de finanças pessoais?",
        lang="pt",
    ),
]
