"""Held-out corpus 24. Style: an LLM interviewer whose system prompt is English but which
replies in the participant's language, so the Spanish, French, German and Portuguese
messages read as slightly sloppy translations from English: anglicisms and code-switching
("le pricing", "das Feedback", "o checkout", "rank these", "Other (especifique)"), missing
opening marks and accents, lowercase starts, double or trailing spaces, missing question
marks, English scale-end labels inside non-English messages, options inline as "1) 2)",
"a) b)", "(a) (b)", "A / B / C", " - " separated or in lists with mixed markers, and
calqued instructions ("selecciona todas las que apliquen", "wählen Sie alle zutreffenden
aus"). Formal and informal address are mixed in every language. The English messages are
clean and terse, product-team style. Open-ended questions deliberately carry numbers,
ranges, example lists and "or" as distractors.

Written by a helper session from its own head, without seeing the detector or any other corpus. For measuring: its messages are never tuned on directly.

First run (scored once, by the lead of session 13, on the detector of commit c85c017; only the
summary was printed, no case read):
  115/130 exactly right (0.885); precision/recall per type:
    open_ended 0.682/1.000, scale 1.000/0.950, single_choice 0.941/0.800,
    multiple_choice 1.000/0.800, ranking 1.000/0.900, yes_no 1.000/0.800;
  0 of 30 open questions given a widget; none of the misses only a writer's option style. The
  session's first detector (e2ce16f) scores the same unseen file alike.
Read in session 13 after that run: its families were written anew in corpus_translated.py
(NUMBERED_INLINE, DASHED, UNMARKED_ASK, ANGLICISMS) and tuned on: no longer unseen (127/130
after that work). The 3 left are questions in Spanish, French and Portuguese written in the
order of a statement without a question mark ("Has probado …", "Tu utiliserais …", "Você
recomendaria …"): left open on purpose, since without the mark nothing tells them from the
statements beside them ("Has hecho un gran trabajo", "Tu peux passer cette question").
"""

from tests.questions.cases import OE, SC, C, Case, D, M, R, S, Y

_EN: list[Case] = [
    # open-ended
    C(OE, "What's the one thing you'd change about the onboarding flow?"),
    C(OE, "Walk me through the last time you exported a report. What happened?"),
    D(
        "Some people mention speed, others mention price or support. "
        "What made you pick us over the alternatives?"
    ),
    D("You said you use the app 2-3 times a week. What usually triggers a session?"),
    D("What would a 10/10 experience look like for you on the billing page?"),
    D("Anything about the mobile app, e.g. notifications, sync or offline mode, that bugs you?"),
    # scale
    C(
        SC,
        "On a scale of 1 to 5, how easy was setup? (1 = very hard, 5 = very easy)",
        scale=(1, 5),
        labels={"lo": "very hard", "hi": "very easy"},
    ),
    C(SC, "How likely are you to recommend us to a colleague, 0-10?", scale=(0, 10)),
    C(SC, "Rate the new search from 1 to 7.", scale=(1, 7)),
    C(
        SC,
        "How satisfied are you with support response times? 1 (not at all) to 10 (extremely)",
        scale=(1, 10),
        labels={"lo": "not at all", "hi": "extremely"},
    ),
    # single choice
    C(
        S,
        "Which plan are you on?\n1) Free\n2) Pro\n3) Team\n4) Enterprise",
        options=["Free", "Pro", "Team", "Enterprise"],
    ),
    C(
        S,
        "How often do you open the dashboard? Daily / Weekly / Monthly / Rarely",
        options=["Daily", "Weekly", "Monthly", "Rarely"],
    ),
    C(
        S,
        "What's your role? a) Engineer b) Designer c) PM d) Other",
        options=["Engineer", "Designer", "PM"],
        allow_other=True,
    ),
    C(
        S,
        "Main reason you signed up — pick one:\n- Replace spreadsheets\n"
        "- Team collaboration\n- Client reporting\n- None of these",
        options=[
            "Replace spreadsheets",
            "Team collaboration",
            "Client reporting",
            "None of these",
        ],
    ),
    # multiple choice
    C(
        M,
        "Which integrations do you use? Select all that apply:\n- Slack\n- Jira\n"
        "- GitHub\n- Google Drive\n- Other",
        options=["Slack", "Jira", "GitHub", "Google Drive"],
        allow_other=True,
    ),
    C(
        M,
        "Pick up to 2 features you'd want next: dark mode, bulk edit, API access, offline mode.",
        options=["dark mode", "bulk edit", "API access", "offline mode"],
        max_choices=2,
    ),
    C(
        M,
        "Which devices do you use the product on? (select all that apply) "
        "Laptop / Phone / Tablet / Desktop",
        options=["Laptop", "Phone", "Tablet", "Desktop"],
    ),
    C(
        M,
        "What slowed you down during setup? Check all that apply.\n"
        "1) Importing data\n2) Inviting teammates\n3) Configuring permissions\n4) None",
        options=[
            "Importing data",
            "Inviting teammates",
            "Configuring permissions",
            "None",
        ],
    ),
    # ranking
    C(
        R,
        "Rank these from most to least important: price, reliability, support, integrations.",
        options=["price", "reliability", "support", "integrations"],
    ),
    C(
        R,
        "Please rank the following by how often you use them:\n"
        "1. Reports\n2. Alerts\n3. Dashboards\n4. Exports",
        options=["Reports", "Alerts", "Dashboards", "Exports"],
    ),
    C(
        R,
        "Order these roadmap items by priority (top = most urgent): "
        "SSO - audit logs - custom roles - data retention controls",
        options=["SSO", "audit logs", "custom roles", "data retention controls"],
    ),
    C(
        R,
        "Rank your concerns when choosing a tool, biggest first:\n"
        "a) Security\nb) Cost\nc) Ease of use\nd) Vendor support",
        options=["Security", "Cost", "Ease of use", "Vendor support"],
    ),
    # yes/no
    C(Y, "Have you contacted support in the last 30 days?"),
    C(Y, "Did you finish the onboarding checklist?"),
    C(Y, "Is the weekly digest email useful to you?"),
    C(Y, "Would you pay for an annual plan if it came with a 20% discount?"),
]

_ES: list[Case] = [
    # open-ended
    C(OE, "Cuéntame un poco como usas el dashboard en tu día a día", lang="es"),
    C(OE, "¿Qué fue lo más frustrante del proceso de checkout?", lang="es"),
    D(
        "Que te gustaria mejorar del dashboard, por ejemplo los filtros o los reportes?",
        lang="es",
    ),
    D(
        "Mencionaste que tu equipo tiene entre 5 y 10 personas. "
        "¿Cómo se reparten el trabajo dentro de la App?",
        lang="es",
    ),
    D(
        "Si pudiera cambiar 1 o 2 cosas del pricing, ¿cuáles serían y por qué?",
        lang="es",
    ),
    D(
        "¿Qué esperaba usted encontrar en la sección de reportes: gráficos, tablas, "
        "exportar a Excel...? Descríbalo con sus palabras",
        lang="es",
    ),
    # scale
    C(SC, "¿Cómo rates el onboarding del 1 al 5?", scale=(1, 5), lang="es"),
    C(
        SC,
        "En una escala de 0 a 10, que tan probable es que recomiendes la App a un amigo?",
        scale=(0, 10),
        lang="es",
    ),
    C(
        SC,
        "Del 1 al 10,  ¿qué tan satisfecho está usted con el soporte? (1 = poor, 10 = excellent)",
        scale=(1, 10),
        labels={"lo": "poor", "hi": "excellent"},
        lang="es",
    ),
    C(
        SC,
        "Que tan facil fue configurar las notificaciones? de 1 a 7, donde 1 es "
        "muy difícil y 7 es muy fácil",
        scale=(1, 7),
        labels={"lo": "muy difícil", "hi": "muy fácil"},
        lang="es",
    ),
    # single choice
    C(
        S,
        "Qué plan tienes actualmente? 1) Free 2) Pro 3) Business",
        options=["Free", "Pro", "Business"],
        lang="es",
    ),
    C(
        S,
        "¿Con qué frecuencia usa el Dashboard?\na) Todos los días\n"
        "b) Varias veces por semana\nc) Una vez al mes\nd) Casi nunca",
        options=[
            "Todos los días",
            "Varias veces por semana",
            "Una vez al mes",
            "Casi nunca",
        ],
        lang="es",
    ),
    C(
        S,
        "Cual es tu rol en la empresa: Desarrollador / Diseñador / Product Manager / "
        "Other (especifique)",
        options=["Desarrollador", "Diseñador", "Product Manager"],
        allow_other=True,
        lang="es",
    ),
    C(
        S,
        "¿Cómo nos conociste?\n- Google\n- Redes sociales\n* Un colega\n- Otro",
        options=["Google", "Redes sociales", "Un colega"],
        allow_other=True,
        lang="es",
    ),
    # multiple choice
    C(
        M,
        "¿Qué features usas más? selecciona todas las que apliquen: reportes, "
        "alertas, integraciones, exportar datos",
        options=["reportes", "alertas", "integraciones", "exportar datos"],
        lang="es",
    ),
    C(
        M,
        "Qué dispositivos usa para acceder a la App? (selecciona todas las que "
        "apliquen)\n1) Laptop\n2) Celular\n3) Tablet\n4) Smart TV",
        options=["Laptop", "Celular", "Tablet", "Smart TV"],
        lang="es",
    ),
    C(
        M,
        "Elige hasta 2 cosas que te gustaría que mejoremos - velocidad - diseño - precio - soporte",
        options=["velocidad", "diseño", "precio", "soporte"],
        max_choices=2,
        lang="es",
    ),
    C(
        M,
        "¿Que problemas ha tenido con el checkout? Marque todas las que apliquen:\n"
        "a) Errores de pago\nb) Página lenta\nc) No encontré mi método de pago\n"
        "d) Ninguno",
        options=[
            "Errores de pago",
            "Página lenta",
            "No encontré mi método de pago",
            "Ninguno",
        ],
        lang="es",
    ),
    # ranking
    C(
        R,
        "Ordena del más al menos importante: precio, facilidad de uso, soporte, integraciones",
        options=["precio", "facilidad de uso", "soporte", "integraciones"],
        lang="es",
    ),
    C(
        R,
        "Por favor rank these según su prioridad para usted:\n1) Seguridad\n"
        "2) Velocidad\n3) Diseño\n4) Precio",
        options=["Seguridad", "Velocidad", "Diseño", "Precio"],
        lang="es",
    ),
    C(
        R,
        "ordena estas features de la que más usas a la que menos: "
        "Dashboard / Reportes / Alertas / API",
        options=["Dashboard", "Reportes", "Alertas", "API"],
        lang="es",
    ),
    C(
        R,
        "Podría ordenar las siguientes opciones por importancia (1 = más importante)?\n"
        "- Onboarding\n- Documentación\n- Soporte en vivo\n- Tutoriales en video",
        options=["Onboarding", "Documentación", "Soporte en vivo", "Tutoriales en video"],
        lang="es",
    ),
    # yes/no
    C(Y, "¿Has tenido algún problema con el login en las últimas 2 semanas?", lang="es"),
    C(Y, "Usted usa la App desde el celular?", lang="es"),
    C(Y, "¿Recomendarías el producto a un colega? ", lang="es"),
    C(Y, "Has probado la nueva feature de reportes automáticos", lang="es"),
]

_FR: list[Case] = [
    # open-ended
    C(
        OE,
        "Qu'est-ce qui vous a le plus surpris lors de votre première utilisation de l'App ?",
        lang="fr",
    ),
    C(
        OE,
        "Peux-tu me décrire comment ton équipe utilise le Dashboard au quotidien?",
        lang="fr",
    ),
    D(
        "Qu'est-ce que tu changerais dans le pricing, par exemple le prix mensuel "
        "ou les limites du plan gratuit ?",
        lang="fr",
    ),
    D(
        "Vous avez dit que vous utilisez l'outil 3 ou 4 fois par semaine. "
        "Dans quelles situations précisément ?",
        lang="fr",
    ),
    D(
        "Qu'est-ce qui ferait passer votre expérience de 7 à 10 ? Décrivez en quelques mots.",
        lang="fr",
    ),
    D(
        "le feedback qu'on reçoit parle souvent de vitesse, de design ou de prix. "
        "De ton côté, raconte-moi un moment où l'App t'a vraiment aidé(e).",
        lang="fr",
    ),
    # scale
    C(
        SC,
        "Sur une échelle de 1 à 5, comment évaluez-vous l'onboarding ?",
        scale=(1, 5),
        lang="fr",
    ),
    C(
        SC,
        "Sur 10, quelle note donnerais-tu au checkout (1 = poor, 10 = excellent) ?",
        scale=(1, 10),
        labels={"lo": "poor", "hi": "excellent"},
        lang="fr",
    ),
    C(
        SC,
        "De 0 à 10, quelle est la probabilité que vous recommandiez notre App à un collègue?",
        scale=(0, 10),
        lang="fr",
    ),
    C(
        SC,
        "Comment tu rates la nouvelle feature de recherche, de 1 à 7 ?  "
        "1 = pas du tout utile, 7 = très utile",
        scale=(1, 7),
        labels={"lo": "pas du tout utile", "hi": "très utile"},
        lang="fr",
    ),
    # single choice
    C(
        S,
        "Quel plan utilisez-vous actuellement ?\n(a) Gratuit\n(b) Pro\n(c) Entreprise",
        options=["Gratuit", "Pro", "Entreprise"],
        lang="fr",
    ),
    C(
        S,
        "À quelle fréquence tu utilises le Dashboard? 1) Tous les jours "
        "2) Quelques fois par semaine 3) Rarement 4) Jamais",
        options=["Tous les jours", "Quelques fois par semaine", "Rarement", "Jamais"],
        lang="fr",
    ),
    C(
        S,
        "Quel est votre rôle : Développeur / Designer / Chef de produit / Autre",
        options=["Développeur", "Designer", "Chef de produit"],
        allow_other=True,
        lang="fr",
    ),
    C(
        S,
        "Comment avez-vous entendu parler de nous ?\n- Bouche-à-oreille\n- LinkedIn\n"
        "- Une recherche Google\n- Un article de blog",
        options=[
            "Bouche-à-oreille",
            "LinkedIn",
            "Une recherche Google",
            "Un article de blog",
        ],
        lang="fr",
    ),
    # multiple choice
    C(
        M,
        "Quels outils utilisez-vous avec notre App ? Choisissez toutes les réponses "
        "qui s'appliquent :\na) Slack\nb) Notion\nc) Google Sheets\nd) Autre (précisez)",
        options=["Slack", "Notion", "Google Sheets"],
        allow_other=True,
        lang="fr",
    ),
    C(
        M,
        "Qu'est-ce qui t'a posé problème pendant l'inscription? (plusieurs réponses "
        "possibles) la vérification de l'email - le choix du plan - "
        "l'import des données - aucun",
        options=[
            "la vérification de l'email",
            "le choix du plan",
            "l'import des données",
            "aucun",
        ],
        lang="fr",
    ),
    C(
        M,
        "Choisissez jusqu'à 3 features que vous aimeriez voir en priorité :\n"
        "1) Mode sombre\n2) Export PDF\n3) Application mobile\n"
        "4) Intégration Salesforce\n5) SSO",
        options=[
            "Mode sombre",
            "Export PDF",
            "Application mobile",
            "Intégration Salesforce",
            "SSO",
        ],
        max_choices=3,
        lang="fr",
    ),
    C(
        M,
        "Sur quels appareils utilises-tu l'App ? choisis toutes les réponses qui "
        "s'appliquent : ordinateur, téléphone, tablette",
        options=["ordinateur", "téléphone", "tablette"],
        lang="fr",
    ),
    # ranking
    C(
        R,
        "Classez ces critères du plus important au moins important : prix, sécurité, "
        "facilité d'utilisation, support client",
        options=["prix", "sécurité", "facilité d'utilisation", "support client"],
        lang="fr",
    ),
    C(
        R,
        "Peux-tu rank these par ordre de préférence?\n1) Notifications par email\n"
        "2) Notifications push\n3) Résumé hebdomadaire",
        options=["Notifications par email", "Notifications push", "Résumé hebdomadaire"],
        lang="fr",
    ),
    C(
        R,
        "Merci de classer les fonctionnalités suivantes selon leur utilité pour vous "
        "(1 = la plus utile) :\n- Rapports\n- Alertes\n- Tableau de bord\n- Exports CSV",
        options=["Rapports", "Alertes", "Tableau de bord", "Exports CSV"],
        lang="fr",
    ),
    C(
        R,
        "ordonne ces améliorations de la plus urgente à la moins urgente : "
        "vitesse / design / documentation / stabilité",
        options=["vitesse", "design", "documentation", "stabilité"],
        lang="fr",
    ),
    # yes/no
    C(Y, "Est-ce que vous avez déjà contacté le support ?", lang="fr"),
    C(Y, "As-tu rencontré des bugs dans le checkout ce mois-ci?", lang="fr"),
    C(Y, "Est-ce que le nouveau Dashboard répond à vos besoins ?", lang="fr"),
    C(
        Y,
        "Tu utiliserais l'App sur mobile si on sortait une version native ",
        lang="fr",
    ),
]

_DE: list[Case] = [
    # open-ended
    C(OE, "Was hat Sie beim ersten Login am meisten überrascht?", lang="de"),
    C(OE, "Erzähl mal, wie dein Team das Dashboard im Alltag nutzt.", lang="de"),
    D(
        "Was würdest du am Pricing ändern, z.B. den Preis pro User oder die Limits im Free Plan?",
        lang="de",
    ),
    D(
        "Sie haben gesagt, Sie nutzen die App 2-3 Mal pro Woche. In welchen Situationen genau?",
        lang="de",
    ),
    D(
        "Was müsste passieren, damit Sie der App eine 10 statt einer 6 geben würden?",
        lang="de",
    ),
    D(
        'Beim Feedback hören wir oft "zu langsam", "zu teuer" oder "zu kompliziert". '
        "Was ist deine eigene Erfahrung damit? Beschreib das gerne ausführlich.",
        lang="de",
    ),
    # scale
    C(SC, "Wie bewerten Sie das Onboarding von 1-7?", scale=(1, 7), lang="de"),
    C(
        SC,
        "Auf einer Skala von 0 bis 10, wie wahrscheinlich ist es, dass du uns weiterempfiehlst?",
        scale=(0, 10),
        lang="de",
    ),
    C(
        SC,
        "Wie zufrieden sind Sie mit dem Support? Bitte von 1 bis 5 "
        "(1 = sehr unzufrieden, 5 = sehr zufrieden)",
        scale=(1, 5),
        labels={"lo": "sehr unzufrieden", "hi": "sehr zufrieden"},
        lang="de",
    ),
    C(
        SC,
        "wie einfach war der Checkout für dich, von 1 bis 10?  1 = poor, 10 = excellent",
        scale=(1, 10),
        labels={"lo": "poor", "hi": "excellent"},
        lang="de",
    ),
    # single choice
    C(
        S,
        "Welchen Plan nutzen Sie aktuell? 1) Free 2) Starter 3) Business 4) Enterprise",
        options=["Free", "Starter", "Business", "Enterprise"],
        lang="de",
    ),
    C(
        S,
        "Wie oft öffnest du das Dashboard?\na) Täglich\nb) Wöchentlich\nc) Monatlich\nd) Fast nie",
        options=["Täglich", "Wöchentlich", "Monatlich", "Fast nie"],
        lang="de",
    ),
    C(
        S,
        "Was ist Ihre Rolle im Unternehmen? Entwickler / Designer / Product Owner / Andere",
        options=["Entwickler", "Designer", "Product Owner"],
        allow_other=True,
        lang="de",
    ),
    C(
        S,
        "Wie bist du auf uns aufmerksam geworden?\n- Google-Suche\n"
        "* Empfehlung von Kollegen\n- LinkedIn\n- Messe oder Event",
        options=[
            "Google-Suche",
            "Empfehlung von Kollegen",
            "LinkedIn",
            "Messe oder Event",
        ],
        lang="de",
    ),
    # multiple choice
    C(
        M,
        "Welche Integrationen nutzen Sie? Wählen Sie alle zutreffenden aus:\n"
        "- Slack\n- Microsoft Teams\n- Jira\n- Andere",
        options=["Slack", "Microsoft Teams", "Jira"],
        allow_other=True,
        lang="de",
    ),
    C(
        M,
        "Welche Features würdest du gern als nächstes sehen? Wähle bis zu 2: "
        "Dark Mode - Offline-Modus - API-Zugang - Mehrsprachigkeit",
        options=["Dark Mode", "Offline-Modus", "API-Zugang", "Mehrsprachigkeit"],
        max_choices=2,
        lang="de",
    ),
    C(
        M,
        "Auf welchen Geräten nutzen Sie die App? (Mehrfachauswahl möglich) "
        "Laptop / Smartphone / Tablet",
        options=["Laptop", "Smartphone", "Tablet"],
        lang="de",
    ),
    C(
        M,
        "Was hat dich beim Setup gestört? wähl alle zutreffenden aus:\n"
        "1) Datenimport\n2) Nutzer einladen\n3) Berechtigungen einrichten\n"
        "4) Nichts davon",
        options=[
            "Datenimport",
            "Nutzer einladen",
            "Berechtigungen einrichten",
            "Nichts davon",
        ],
        lang="de",
    ),
    # ranking
    C(
        R,
        "Bitte ordnen Sie diese Punkte nach Wichtigkeit (wichtigster zuerst): "
        "Preis, Sicherheit, Benutzerfreundlichkeit, Support",
        options=["Preis", "Sicherheit", "Benutzerfreundlichkeit", "Support"],
        lang="de",
    ),
    C(
        R,
        "Kannst du diese Features ranken, von am meisten genutzt bis am wenigsten?\n"
        "1. Reports\n2. Alerts\n3. Dashboard\n4. Export",
        options=["Reports", "Alerts", "Dashboard", "Export"],
        lang="de",
    ),
    C(
        R,
        "Sortieren Sie bitte die folgenden Verbesserungen nach Priorität: "
        "(a) Performance (b) Design (c) Dokumentation (d) Stabilität",
        options=["Performance", "Design", "Dokumentation", "Stabilität"],
        lang="de",
    ),
    C(
        R,
        "rank these nach deiner Präferenz: E-Mail-Benachrichtigungen / "
        "Push-Benachrichtigungen / Wöchentliche Zusammenfassung",
        options=[
            "E-Mail-Benachrichtigungen",
            "Push-Benachrichtigungen",
            "Wöchentliche Zusammenfassung",
        ],
        lang="de",
    ),
    # yes/no
    C(Y, "Haben Sie jemals den Support kontaktiert?", lang="de"),
    C(Y, "Hast du die neue Suchfunktion schon ausprobiert?", lang="de"),
    C(Y, "Ist das Feedback-Formular für Sie leicht zu finden?", lang="de"),
    C(Y, "Würdest du für einen Jahresplan mit 20% Rabatt bezahlen", lang="de"),
]

_PT: list[Case] = [
    # open-ended
    C(OE, "Me conta como você usa o dashboard no dia a dia", lang="pt"),
    C(OE, "O que foi mais dificil no processo de checkout? ", lang="pt"),
    D(
        "O que voce mudaria no pricing, por exemplo o valor mensal ou os limites "
        "do plano gratuito?",
        lang="pt",
    ),
    D(
        "Você comentou que usa a App 3 ou 4 vezes por semana. Em que situações, exatamente?",
        lang="pt",
    ),
    D(
        "O que faria a sua nota subir de 7 para 10? Descreva com suas palavras.",
        lang="pt",
    ),
    D(
        "Muita gente fala de velocidade, design ou suporte no feedback.  "
        "Como tem sido a sua experiência com o app até agora? Conte um pouco.",
        lang="pt",
    ),
    # scale
    C(
        SC,
        "Numa escala de 0 a 10, qual a probabilidade de você recomendar a App para um amigo?",
        scale=(0, 10),
        lang="pt",
    ),
    C(SC, "Como você avalia o onboarding de 1 a 5?", scale=(1, 5), lang="pt"),
    C(
        SC,
        "De 1 a 10, quão satisfeito o senhor está com o suporte? (1 = poor, 10 = excellent)",
        scale=(1, 10),
        labels={"lo": "poor", "hi": "excellent"},
        lang="pt",
    ),
    C(
        SC,
        "Que nota voce da para o checkout, de 1 a 7, sendo 1 muito difícil e 7 muito fácil?",
        scale=(1, 7),
        labels={"lo": "muito difícil", "hi": "muito fácil"},
        lang="pt",
    ),
    # single choice
    C(
        S,
        "Qual plano você usa hoje? 1) Free 2) Pro 3) Business",
        options=["Free", "Pro", "Business"],
        lang="pt",
    ),
    C(
        S,
        "Com que frequência você acessa o Dashboard?\na) Todo dia\n"
        "b) Algumas vezes por semana\nc) Uma vez por mês\nd) Quase nunca",
        options=[
            "Todo dia",
            "Algumas vezes por semana",
            "Uma vez por mês",
            "Quase nunca",
        ],
        lang="pt",
    ),
    C(
        S,
        "Qual é o seu cargo: Desenvolvedor / Designer / Product Manager / Outro",
        options=["Desenvolvedor", "Designer", "Product Manager"],
        allow_other=True,
        lang="pt",
    ),
    C(
        S,
        "Como voce conheceu a gente?\n- Indicação de um amigo\n- Instagram\n"
        "* Pesquisa no Google\n- Evento",
        options=["Indicação de um amigo", "Instagram", "Pesquisa no Google", "Evento"],
        lang="pt",
    ),
    # multiple choice
    C(
        M,
        "Quais features você usa? selecione todas que se aplicam: relatórios, "
        "alertas, integrações, exportação de dados",
        options=["relatórios", "alertas", "integrações", "exportação de dados"],
        lang="pt",
    ),
    C(
        M,
        "Escolha até 2 melhorias que você gostaria de ver - modo escuro - app mobile "
        "- exportar em PDF - mais integrações",
        options=["modo escuro", "app mobile", "exportar em PDF", "mais integrações"],
        max_choices=2,
        lang="pt",
    ),
    C(
        M,
        "Em quais dispositivos a senhora usa o app? (selecione todas que se aplicam)\n"
        "1) Notebook\n2) Celular\n3) Tablet\n4) Outro",
        options=["Notebook", "Celular", "Tablet"],
        allow_other=True,
        lang="pt",
    ),
    C(
        M,
        "Quais problemas voce teve no cadastro? Marque todas as opções que se "
        "aplicam: a) Não recebi o email de confirmação b) Senha rejeitada "
        "c) Página travou d) Nenhum",
        options=[
            "Não recebi o email de confirmação",
            "Senha rejeitada",
            "Página travou",
            "Nenhum",
        ],
        lang="pt",
    ),
    # ranking
    C(
        R,
        "Ordene do mais importante para o menos importante: preço, segurança, "
        "facilidade de uso, suporte",
        options=["preço", "segurança", "facilidade de uso", "suporte"],
        lang="pt",
    ),
    C(
        R,
        "Por favor rank these de acordo com a sua preferência:\n"
        "1) Notificações por email\n2) Notificações push\n3) Resumo semanal",
        options=["Notificações por email", "Notificações push", "Resumo semanal"],
        lang="pt",
    ),
    C(
        R,
        "Classifique as funcionalidades abaixo por utilidade (1 = mais útil):\n"
        "- Relatórios\n- Alertas\n- Dashboard\n- Exportação CSV",
        options=["Relatórios", "Alertas", "Dashboard", "Exportação CSV"],
        lang="pt",
    ),
    C(
        R,
        "ordena essas melhorias da mais urgente pra menos urgente: "
        "velocidade / design / documentação / estabilidade",
        options=["velocidade", "design", "documentação", "estabilidade"],
        lang="pt",
    ),
    # yes/no
    C(Y, "Você já teve algum problema com o login?", lang="pt"),
    C(Y, "Voce usa a App pelo celular?", lang="pt"),
    C(
        Y,
        "O senhor já entrou em contato com o suporte nos últimos 30 dias?",
        lang="pt",
    ),
    C(Y, "Você recomendaria o produto para um colega ", lang="pt"),
]

HOLDOUT24: tuple[Case, ...] = (*_EN, *_ES, *_FR, *_DE, *_PT)
