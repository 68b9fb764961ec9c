"""Held-out corpus 11: written by a helper agent in session 5 in the style of a production AI
interviewer platform whose moderator model sends structured prompts over a headless chat API in
a few consistent house formats: a short neutral acknowledgement ("Got it, thanks.",
"Understood.", "Merci pour cette précision."), then the question, then options one per line with
no markers, or "Options: A | B | C", with tags such as "(Select one)", "(Select all that apply)",
"(Choose up to 2)", "[Scale: 1-5, 1 = Very dissatisfied, 5 = Very satisfied]", "Rank the
following from most to least important:" and "Please answer yes or no.", translated by the
platform into es/fr/de/pt; free-form probes in between. Distractors are open probes that quote
earlier options, scales or rankings, and instructions with numbers that are not scales. It was
written without seeing the detector or any other corpus, and must never be tuned on: it is
scored once, at the end of the session, as the final unseen measurement.

First run (scored once, by the lead of session 5, on the detector of commit afb275f, after
held-out 9 and 10 were tuned on; only the summary was printed):
  118/154 exactly right; precision/recall per type:
    open_ended 0.774/0.976, scale 0.043/0.045, single_choice 0.938/0.600,
    multiple_choice 0.957/1.000, ranking 1.000/0.952, yes_no 1.000/0.864;
  1 of 42 open questions given a widget (1 of 28 distractors).
Tuned on since (session 5): its misses were read and their families written anew in
corpus_session5.py (BRACKET, PIPES, ANSWER_YN, PLAIN); 154/154 after that, no label changed.
Only the figures above are held-out figures.
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

HOLDOUT11: list[Case] = [
    # ------------------------------------------------------------------ en: scale
    C(
        "scale",
        "Got it, thanks.\n\nHow satisfied are you with the onboarding experience overall?\n"
        "[Scale: 1-5, 1 = Very dissatisfied, 5 = Very satisfied]",
        scale=(1, 5),
        labels={"lo": "Very dissatisfied", "hi": "Very satisfied"},
    ),
    C(
        "scale",
        "Understood.\n\nHow likely are you to recommend Fieldnote to a colleague?\n"
        "[Scale: 0-10, 0 = Not at all likely, 10 = Extremely likely]",
        scale=(0, 10),
        labels={"lo": "Not at all likely", "hi": "Extremely likely"},
    ),
    C(
        "scale",
        "Thanks for sharing that.\n\nHow easy was it to set up your first project?\n"
        "[Scale: 1-7, 1 = Very difficult, 7 = Very easy]",
        scale=(1, 7),
        labels={"lo": "Very difficult", "hi": "Very easy"},
    ),
    C(
        "scale",
        "Appreciate it.\n\nTo what extent do you agree with the following statement: "
        '"The reporting dashboard gives me what I need."\n'
        "[Scale: 1-5, 1 = Strongly disagree, 5 = Strongly agree]",
        scale=(1, 5),
        labels={"lo": "Strongly disagree", "hi": "Strongly agree"},
    ),
    C(
        "scale",
        "Okay, noted.\n\nOn a scale of 1 to 10, how would you rate the reliability of the mobile app?\n"
        "[Scale: 1-10]",
        scale=(1, 10),
    ),
    C(
        "scale",
        "Thank you.\n\nHow would you rate the speed of our customer support?\n"
        "[Scale: 1–5, 1 = Very slow, 5 = Very fast]",
        scale=(1, 5),
        labels={"lo": "Very slow", "hi": "Very fast"},
    ),
    C(
        "scale",
        "Got it. How confident do you feel using the export feature today? "
        "[Scale: 1-5, 1 = Not at all confident, 5 = Very confident]",
        scale=(1, 5),
        labels={"lo": "Not at all confident", "hi": "Very confident"},
    ),
    C(
        "scale",
        "Thanks, that's helpful.\n\nOverall, how valuable is the weekly digest email to you?\n"
        "[Scale: 1-5, 1 = Not valuable, 5 = Extremely valuable]\nJust reply with a number.",
        scale=(1, 5),
        labels={"lo": "Not valuable", "hi": "Extremely valuable"},
    ),
    C(
        "scale",
        "Understood, thank you.\n\nHow well does the current pricing match the value you get?\n"
        "[Scale: 0-10, 0 = Not at all, 10 = Perfectly]",
        scale=(0, 10),
        labels={"lo": "Not at all", "hi": "Perfectly"},
    ),
    # ------------------------------------------------------------------ en: single choice
    C(
        "single_choice",
        "Got it, thanks.\n\nWhich plan is your team currently on? (Select one)\n"
        "Starter\nGrowth\nEnterprise\nI'm not sure",
        options=["Starter", "Growth", "Enterprise", "I'm not sure"],
        allow_other=False,
    ),
    C(
        "single_choice",
        "Understood.\n\nHow often do you use the calendar integration?\n"
        "Options: Daily | Weekly | Monthly | Rarely | Never",
        options=["Daily", "Weekly", "Monthly", "Rarely", "Never"],
        allow_other=False,
    ),
    C(
        "single_choice",
        "Thanks.\n\nWhat is your primary role? (Select one)\n"
        "Product manager\nDesigner\nEngineer\nResearcher\nOther (please specify)",
        options=["Product manager", "Designer", "Engineer", "Researcher"],
        allow_other=True,
    ),
    C(
        "single_choice",
        "Got it.\n\nWhere did you first hear about us? (Select one)\n"
        "Options: Search engine | Social media | A friend or colleague | Conference or event | Other",
        options=["Search engine", "Social media", "A friend or colleague", "Conference or event"],
        allow_other=True,
    ),
    C(
        "single_choice",
        "Thanks for clarifying.\n\nWhich device do you mostly use to access the app?\n(Select one)\n\n"
        "Desktop browser\n\niPhone or iPad\n\nAndroid phone or tablet",
        options=["Desktop browser", "iPhone or iPad", "Android phone or tablet"],
        allow_other=False,
    ),
    C(
        "single_choice",
        "Understood.\n\nHow large is your company? (Select one)\n"
        "1–10 employees\n11–50 employees\n51–200 employees\n201–1,000 employees\n"
        "More than 1,000 employees",
        options=[
            "1–10 employees",
            "11–50 employees",
            "51–200 employees",
            "201–1,000 employees",
            "More than 1,000 employees",
        ],
        allow_other=False,
    ),
    C(
        "single_choice",
        "Noted, thanks. Which billing cycle do you prefer? Options: Monthly | Annual",
        options=["Monthly", "Annual"],
        allow_other=False,
    ),
    C(
        "single_choice",
        "Got it, thanks.\n\nWhich of these best describes how you found the checkout process? "
        "(Select one)\nSmooth – no issues at all\nMostly fine, with a minor hiccup\nFrustrating\n"
        "I gave up before finishing",
        options=[
            "Smooth – no issues at all",
            "Mostly fine, with a minor hiccup",
            "Frustrating",
            "I gave up before finishing",
        ],
        allow_other=False,
    ),
    C(
        "single_choice",
        "Understood.\n\nIf you could only keep one feature, which would it be? (Select one)\n"
        "Options: Shared inbox | Automations | Reporting | Mobile app",
        options=["Shared inbox", "Automations", "Reporting", "Mobile app"],
        allow_other=False,
    ),
    # ------------------------------------------------------------------ en: multiple choice
    C(
        "multiple_choice",
        "Got it, thanks.\n\nWhich of the following tools do you use alongside our product? "
        "(Select all that apply)\nSlack\nMicrosoft Teams\nJira\nNotion\nGoogle Workspace\n"
        "Other (please specify)",
        options=["Slack", "Microsoft Teams", "Jira", "Notion", "Google Workspace"],
        allow_other=True,
    ),
    C(
        "multiple_choice",
        "Understood.\n\nWhich features would you like to see improved? (Choose up to 2)\n"
        "Search\nNotifications\nPermissions\nIntegrations\nOffline mode",
        options=["Search", "Notifications", "Permissions", "Integrations", "Offline mode"],
        allow_other=False,
        max_choices=2,
    ),
    C(
        "multiple_choice",
        "Thanks.\n\nWhat were the main reasons you chose us over other vendors? (Select all that apply)\n"
        "Options: Price | Ease of use | Customer support | Integrations | Recommendation from a peer",
        options=[
            "Price",
            "Ease of use",
            "Customer support",
            "Integrations",
            "Recommendation from a peer",
        ],
        allow_other=False,
    ),
    C(
        "multiple_choice",
        "Okay, thank you.\n\nWhich channels would you like us to use to contact you? "
        "(Select all that apply)\nEmail\nSMS\nIn-app messages\nPhone call",
        options=["Email", "SMS", "In-app messages", "Phone call"],
        allow_other=False,
    ),
    C(
        "multiple_choice",
        "Got it.\n\nWhich of these problems have you run into in the last month? (Choose up to 3)\n"
        "Options: Slow loading | Sync errors | Login issues | Missing data | None of these",
        options=["Slow loading", "Sync errors", "Login issues", "Missing data", "None of these"],
        allow_other=False,
        max_choices=3,
    ),
    C(
        "multiple_choice",
        "Understood, thanks.\n\nWhat do you mainly use the reports for? (Select all that apply)\n\n"
        "Board updates\n\nTeam stand-ups\n\nClient billing\n\nPersonal tracking\n\nOther",
        options=["Board updates", "Team stand-ups", "Client billing", "Personal tracking"],
        allow_other=True,
    ),
    C(
        "multiple_choice",
        "Thanks for that.\n\nWhich of these would make you more likely to upgrade? "
        "Feel free to pick several.\nMore storage\nPriority support\nSSO\nAdvanced analytics",
        options=["More storage", "Priority support", "SSO", "Advanced analytics"],
        allow_other=False,
    ),
    C(
        "multiple_choice",
        "Got it. Which platforms do you publish to? (Select all that apply) "
        "Options: Instagram | TikTok | YouTube | LinkedIn | X",
        options=["Instagram", "TikTok", "YouTube", "LinkedIn", "X"],
        allow_other=False,
    ),
    C(
        "multiple_choice",
        "Understood.\n\nWhich factors matter most when you pick a project management tool? "
        "(Choose up to 2)\nOptions: Price | Speed | Security | Templates | Integrations",
        options=["Price", "Speed", "Security", "Templates", "Integrations"],
        allow_other=False,
        max_choices=2,
    ),
    # ------------------------------------------------------------------ en: ranking
    C(
        "ranking",
        "Got it, thanks.\n\nRank the following from most to least important:\n"
        "Price\nReliability\nCustomer support\nEase of use",
        options=["Price", "Reliability", "Customer support", "Ease of use"],
    ),
    C(
        "ranking",
        "Understood.\n\nWhen choosing a delivery service, rank the following from most to least "
        "important:\nOptions: Delivery speed | Cost | Tracking | Packaging quality",
        options=["Delivery speed", "Cost", "Tracking", "Packaging quality"],
    ),
    C(
        "ranking",
        "Thanks.\n\nRank the following from most to least important:\n\n"
        "Mobile app\n\nDesktop app\n\nBrowser extension",
        options=["Mobile app", "Desktop app", "Browser extension"],
    ),
    C(
        "ranking",
        "Thank you for that detail.\n\nPlease rank these upcoming features by how much you'd use "
        "them, starting with the one you'd use most:\n"
        "Dark mode\nBulk editing\nCustom fields\nAPI access\nAudit log",
        options=["Dark mode", "Bulk editing", "Custom fields", "API access", "Audit log"],
    ),
    C(
        "ranking",
        "Understood.\n\nRank the following from most to least important when you evaluate a new "
        "vendor:\nSecurity certifications\nReferences from similar companies\n"
        "Total cost of ownership\nImplementation time\n"
        "(List them in order, 1 = most important)",
        options=[
            "Security certifications",
            "References from similar companies",
            "Total cost of ownership",
            "Implementation time",
        ],
    ),
    C(
        "ranking",
        "Got it. Rank the following from most to least important: "
        "Battery life | Camera | Screen size | Price",
        options=["Battery life", "Camera", "Screen size", "Price"],
    ),
    C(
        "ranking",
        "Noted, thanks.\n\nRank the following from most to least important for your weekly "
        "planning:\nOptions: Deadlines | Team availability | Client priorities | Budget",
        options=["Deadlines", "Team availability", "Client priorities", "Budget"],
    ),
    C(
        "ranking",
        "Thanks for explaining.\n\nPlease order these onboarding steps from most to least helpful:\n"
        "Welcome video\nProduct tour\nSample project\nLive webinar",
        options=["Welcome video", "Product tour", "Sample project", "Live webinar"],
    ),
    C(
        "ranking",
        "Understood.\n\nRank the following from most to least important:\n"
        "1. Data privacy\n2. Price\n3. Performance",
        options=["Data privacy", "Price", "Performance"],
    ),
    # ------------------------------------------------------------------ en: yes / no
    C(
        "yes_no",
        "Got it, thanks.\n\nHave you contacted our support team in the past 30 days?\n"
        "Please answer yes or no.",
    ),
    C(
        "yes_no",
        "Understood.\n\nDid you complete the setup without help from a colleague? "
        "Please answer yes or no.",
    ),
    C(
        "yes_no",
        "Thanks.\n\nIs the current export format compatible with your accounting software?\n"
        "Please answer yes or no.",
    ),
    C(
        "yes_no",
        "Okay, noted.\n\nWould you be open to a 15-minute follow-up call next week?\n"
        "Please answer yes or no.",
    ),
    C("yes_no", "Thank you.\n\nDo you currently pay for any competing product?"),
    C(
        "yes_no",
        "Got it.\n\nHas your team grown since you started using Fieldnote? Please answer yes or no.",
    ),
    C(
        "yes_no",
        "Understood, thanks.\n\nIs it true that you mostly use the app on your phone?\n"
        "Please answer yes or no.",
    ),
    C(
        "yes_no",
        "Thanks for the context.\n\nYou're still using the legacy dashboard, right?\n"
        "Please answer yes or no.",
    ),
    C(
        "yes_no",
        "Got it.\n\nWould you renew your subscription if the price went up by 10%?\n"
        "Please answer yes or no.",
    ),
    # ------------------------------------------------------------------ en: open (free-form probes)
    C(
        "open_ended",
        "Got it, thanks.\n\nCan you tell me a bit more about what happened when the sync failed?",
    ),
    C("open_ended", "Understood.\n\nWhat was your first impression when you opened the dashboard?"),
    C(
        "open_ended",
        "Thanks for sharing that.\n\nCould you walk me through how you usually prepare a client "
        "report?",
    ),
    C(
        "open_ended",
        "That makes sense, thank you.\n\nWhat, if anything, would you change about the way "
        "invoices are sent?",
    ),
    C(
        "open_ended",
        "Got it. How did your team handle approvals before you switched to us?",
    ),
    C("open_ended", "Understood.\n\nWhat's the one thing that almost made you cancel?"),
    # ------------------------------------------------------------------ en: distractors
    D("Got it, thanks.\n\nYou picked 'Price' and 'Support' — what made those stand out?"),
    D(
        "Understood.\n\nYou rated onboarding a 2 out of 5. What would have made it a 4 or a 5?",
    ),
    D(
        "Thanks.\n\nYou ranked Reliability first and Price last. Can you tell me why reliability "
        "matters so much to you?",
    ),
    D(
        "Got it.\n\nIn a moment I'll ask you 3 short questions about reporting. Before that, how do "
        "you currently share reports with your team?",
    ),
    D(
        "Understood.\n\nEarlier you mentioned choosing between Starter, Growth and Enterprise. "
        "Which of those did you almost pick instead, and why?",
    ),
    D(
        "Thanks for that.\n\nYou said the app takes 10 to 15 seconds to load in the morning. What "
        "are you usually trying to do at that moment?",
    ),
    D(
        'Got it, thanks.\n\nYou selected "Sync errors" and "Missing data". Which one costs you '
        "more time, and why?",
    ),
    D(
        "Noted.\n\nThis interview has about 8 questions left and should take 5–10 minutes. To "
        "start, what does a typical Monday look like for you?",
    ),
    D("Understood.\n\nOn the 1-10 scale you gave the mobile app a 6. What's missing for you?"),
    D(
        "Thanks.\n\nYou mentioned Slack, Jira and Notion. How do these fit together in your "
        "working day?",
    ),
    D(
        "Got it, thanks.\n\nYou answered 2 on the [Scale: 1-5, 1 = Very dissatisfied, "
        "5 = Very satisfied] question about onboarding. What was behind that?",
    ),
    D(
        "Understood.\n\nYou chose Weekly from Daily | Weekly | Monthly. What keeps you from "
        "using it every day?",
    ),
    # ------------------------------------------------------------------ es: scale
    C(
        "scale",
        "Entendido, gracias.\n\n¿Qué tan satisfecho está con el proceso de incorporación?\n"
        "[Escala: 1-5, 1 = Muy insatisfecho, 5 = Muy satisfecho]",
        scale=(1, 5),
        labels={"lo": "Muy insatisfecho", "hi": "Muy satisfecho"},
        lang="es",
    ),
    C(
        "scale",
        "Gracias por su respuesta.\n\n¿Qué probabilidad hay de que recomiende nuestra plataforma "
        "a un colega?\n[Escala: 0-10, 0 = Nada probable, 10 = Muy probable]",
        scale=(0, 10),
        labels={"lo": "Nada probable", "hi": "Muy probable"},
        lang="es",
    ),
    C(
        "scale",
        "Perfecto, gracias.\n\n¿Qué tan fácil le resultó encontrar la función de exportar?\n"
        "[Escala: 1-7, 1 = Muy difícil, 7 = Muy fácil]",
        scale=(1, 7),
        labels={"lo": "Muy difícil", "hi": "Muy fácil"},
        lang="es",
    ),
    # ------------------------------------------------------------------ es: single choice
    C(
        "single_choice",
        "Entendido.\n\n¿Qué plan tiene contratado actualmente? (Seleccione una opción)\n"
        "Básico\nProfesional\nEmpresa\nNo lo sé",
        options=["Básico", "Profesional", "Empresa", "No lo sé"],
        allow_other=False,
        lang="es",
    ),
    C(
        "single_choice",
        "Gracias.\n\n¿Con qué frecuencia usa la aplicación móvil?\n"
        "Opciones: A diario | Semanalmente | Mensualmente | Casi nunca",
        options=["A diario", "Semanalmente", "Mensualmente", "Casi nunca"],
        allow_other=False,
        lang="es",
    ),
    C(
        "single_choice",
        "Muy bien, gracias.\n\n¿Cuál es su función principal en el equipo? (Seleccione una opción)\n"
        "Ventas\nMarketing\nAtención al cliente\nOtro: ¿cuál?",
        options=["Ventas", "Marketing", "Atención al cliente"],
        allow_other=True,
        lang="es",
    ),
    C(
        "single_choice",
        "Entendido, gracias. ¿Cómo prefiere recibir las facturas? (Seleccione una opción) "
        "Opciones: Por correo electrónico | En el portal | En papel",
        options=["Por correo electrónico", "En el portal", "En papel"],
        allow_other=False,
        lang="es",
    ),
    # ------------------------------------------------------------------ es: multiple choice
    C(
        "multiple_choice",
        "Gracias por la aclaración.\n\n¿Qué herramientas utiliza junto con nuestro producto? "
        "(Seleccione todas las que correspondan)\nSlack\nTrello\nHubSpot\nExcel\nOtra (especifique)",
        options=["Slack", "Trello", "HubSpot", "Excel"],
        allow_other=True,
        lang="es",
    ),
    C(
        "multiple_choice",
        "Entendido.\n\n¿Qué funciones le gustaría que mejoráramos? (Elija hasta 2)\n"
        "Búsqueda\nNotificaciones\nInformes\nIntegraciones",
        options=["Búsqueda", "Notificaciones", "Informes", "Integraciones"],
        allow_other=False,
        max_choices=2,
        lang="es",
    ),
    C(
        "multiple_choice",
        "Gracias.\n\n¿Por qué motivos eligió nuestra plataforma? "
        "(Seleccione todas las que correspondan)\n"
        "Opciones: Precio | Facilidad de uso | Soporte técnico | Recomendación de un colega",
        options=["Precio", "Facilidad de uso", "Soporte técnico", "Recomendación de un colega"],
        allow_other=False,
        lang="es",
    ),
    # ------------------------------------------------------------------ es: ranking
    C(
        "ranking",
        "Entendido, gracias.\n\nOrdene los siguientes aspectos de más a menos importante:\n"
        "Precio\nFiabilidad\nSoporte\nFacilidad de uso",
        options=["Precio", "Fiabilidad", "Soporte", "Facilidad de uso"],
        lang="es",
    ),
    C(
        "ranking",
        "Gracias.\n\nOrdene los siguientes aspectos de más a menos importante:\n"
        "Opciones: Rapidez de entrega | Coste del envío | Seguimiento del pedido",
        options=["Rapidez de entrega", "Coste del envío", "Seguimiento del pedido"],
        lang="es",
    ),
    C(
        "ranking",
        "Perfecto.\n\nAl elegir un proveedor, ordene los siguientes factores de más a menos "
        "importante:\n\nSeguridad\n\nPrecio\n\nTiempo de implementación\n\n"
        "Referencias de otros clientes",
        options=[
            "Seguridad",
            "Precio",
            "Tiempo de implementación",
            "Referencias de otros clientes",
        ],
        lang="es",
    ),
    # ------------------------------------------------------------------ es: yes / no
    C(
        "yes_no",
        "Entendido.\n\n¿Ha contactado con nuestro equipo de soporte en los últimos 30 días?\n"
        "Por favor, responda sí o no.",
        lang="es",
    ),
    C(
        "yes_no",
        "Gracias por contarlo.\n\n¿Usa la aplicación también fuera del horario laboral? "
        "Por favor, responda sí o no.",
        lang="es",
    ),
    C(
        "yes_no",
        "Muy bien.\n\n¿Estaría dispuesto a participar en una llamada de seguimiento de 20 minutos?\n"
        "Por favor, responda sí o no.",
        lang="es",
    ),
    # ------------------------------------------------------------------ es: open and distractors
    C(
        "open_ended",
        "Gracias por compartirlo.\n\n¿Podría contarme qué pasó exactamente cuando falló la "
        "sincronización?",
        lang="es",
    ),
    C(
        "open_ended",
        "Entendido.\n\n¿Cómo organizaba su equipo las aprobaciones antes de usar nuestra "
        "herramienta?",
        lang="es",
    ),
    D(
        "Gracias.\n\nEligió «Precio» y «Soporte técnico». ¿Qué hizo que esas dos destacaran para "
        "usted?",
        lang="es",
    ),
    D(
        "Entendido.\n\nValoró la incorporación con un 2 sobre 5. ¿Qué tendría que haber pasado "
        "para que fuera un 4 o un 5?",
        lang="es",
    ),
    D(
        "Perfecto, gracias.\n\nMencionó que la aplicación tarda entre 10 y 15 segundos en cargar. "
        "¿Qué intenta hacer normalmente en ese momento?",
        lang="es",
    ),
    D(
        "Gracias.\n\nDe los tres planes que mencionó (Básico, Profesional y Empresa), ¿cuál estuvo "
        "a punto de elegir en su lugar, y por qué?",
        lang="es",
    ),
    # ------------------------------------------------------------------ fr: scale
    C(
        "scale",
        "Merci pour cette précision.\n\nDans quelle mesure êtes-vous satisfait de l'accompagnement "
        "au démarrage ?\n[Échelle : 1-5, 1 = Très insatisfait, 5 = Très satisfait]",
        scale=(1, 5),
        labels={"lo": "Très insatisfait", "hi": "Très satisfait"},
        lang="fr",
    ),
    C(
        "scale",
        "Compris, merci.\n\nQuelle est la probabilité que vous recommandiez notre outil à un "
        "collègue ?\n[Échelle : 0-10, 0 = Pas du tout probable, 10 = Très probable]",
        scale=(0, 10),
        labels={"lo": "Pas du tout probable", "hi": "Très probable"},
        lang="fr",
    ),
    C(
        "scale",
        "Merci.\n\nÊtes-vous d'accord avec l'affirmation suivante : « Les rapports sont faciles à "
        "comprendre » ?\n[Échelle : 1-5, 1 = Pas du tout d'accord, 5 = Tout à fait d'accord]",
        scale=(1, 5),
        labels={"lo": "Pas du tout d'accord", "hi": "Tout à fait d'accord"},
        lang="fr",
    ),
    # ------------------------------------------------------------------ fr: single choice
    C(
        "single_choice",
        "Merci pour cette précision.\n\nQuelle formule utilisez-vous actuellement ? "
        "(Une seule réponse possible)\nEssentiel\nPro\nEntreprise\nJe ne sais pas",
        options=["Essentiel", "Pro", "Entreprise", "Je ne sais pas"],
        allow_other=False,
        lang="fr",
    ),
    C(
        "single_choice",
        "Compris.\n\nÀ quelle fréquence utilisez-vous l'application mobile ?\n"
        "Options : Tous les jours | Chaque semaine | Chaque mois | Rarement",
        options=["Tous les jours", "Chaque semaine", "Chaque mois", "Rarement"],
        allow_other=False,
        lang="fr",
    ),
    C(
        "single_choice",
        "Merci.\n\nQuel est votre poste ? (Une seule réponse possible)\n"
        "Direction\nMarketing\nService client\nAutre (précisez)",
        options=["Direction", "Marketing", "Service client"],
        allow_other=True,
        lang="fr",
    ),
    C(
        "single_choice",
        "D'accord, merci. Comment avez-vous connu notre service ? (Une seule réponse possible) "
        "Options : Moteur de recherche | Réseaux sociaux | Bouche-à-oreille | Salon professionnel",
        options=[
            "Moteur de recherche",
            "Réseaux sociaux",
            "Bouche-à-oreille",
            "Salon professionnel",
        ],
        allow_other=False,
        lang="fr",
    ),
    # ------------------------------------------------------------------ fr: multiple choice
    C(
        "multiple_choice",
        "Merci pour cette précision.\n\nQuels outils utilisez-vous en parallèle de notre produit ? "
        "(Plusieurs réponses possibles)\nSlack\nTeams\nAsana\nExcel\nAutre",
        options=["Slack", "Teams", "Asana", "Excel"],
        allow_other=True,
        lang="fr",
    ),
    C(
        "multiple_choice",
        "Compris.\n\nQuelles fonctionnalités aimeriez-vous voir améliorées ? (Jusqu'à 2 réponses)\n"
        "Recherche\nNotifications\nTableaux de bord\nIntégrations",
        options=["Recherche", "Notifications", "Tableaux de bord", "Intégrations"],
        allow_other=False,
        max_choices=2,
        lang="fr",
    ),
    C(
        "multiple_choice",
        "Merci.\n\nPour quelles raisons avez-vous choisi notre solution ? "
        "(Plusieurs réponses possibles)\n"
        "Options : Prix | Simplicité | Support | Recommandation d'un collègue",
        options=["Prix", "Simplicité", "Support", "Recommandation d'un collègue"],
        allow_other=False,
        lang="fr",
    ),
    C(
        "multiple_choice",
        "Très bien, merci.\n\nQuels canaux préférez-vous pour recevoir nos actualités ? "
        "(Choisissez jusqu'à 3 réponses)\n\nE-mail\n\nSMS\n\nNotifications dans l'application\n\n"
        "Courrier postal",
        options=["E-mail", "SMS", "Notifications dans l'application", "Courrier postal"],
        allow_other=False,
        max_choices=3,
        lang="fr",
    ),
    # ------------------------------------------------------------------ fr: ranking
    C(
        "ranking",
        "Merci pour cette précision.\n\nClassez les éléments suivants du plus important au moins "
        "important :\nPrix\nFiabilité\nService client\nFacilité d'utilisation",
        options=["Prix", "Fiabilité", "Service client", "Facilité d'utilisation"],
        lang="fr",
    ),
    C(
        "ranking",
        "Compris.\n\nClassez les éléments suivants du plus important au moins important :\n"
        "Options : Rapidité de livraison | Frais de port | Suivi de commande",
        options=["Rapidité de livraison", "Frais de port", "Suivi de commande"],
        lang="fr",
    ),
    C(
        "ranking",
        "Merci. Classez les critères suivants du plus important au moins important pour choisir "
        "un fournisseur : Sécurité | Prix | Délai de mise en place",
        options=["Sécurité", "Prix", "Délai de mise en place"],
        lang="fr",
    ),
    # ------------------------------------------------------------------ fr: yes / no
    C(
        "yes_no",
        "Merci pour cette précision.\n\nAvez-vous contacté notre support au cours des 30 derniers "
        "jours ?\nVeuillez répondre par oui ou par non.",
        lang="fr",
    ),
    C(
        "yes_no",
        "Compris.\n\nEst-ce que vous utilisez l'application en dehors des heures de bureau ? "
        "Veuillez répondre par oui ou par non.",
        lang="fr",
    ),
    C(
        "yes_no",
        "Merci.\n\nSeriez-vous disponible pour un appel de suivi de 15 minutes la semaine "
        "prochaine ?\nVeuillez répondre par oui ou par non.",
        lang="fr",
    ),
    C(
        "yes_no",
        "D'accord.\n\nVous utilisez toujours l'ancien tableau de bord, n'est-ce pas ?",
        lang="fr",
    ),
    # ------------------------------------------------------------------ fr: open and distractors
    C(
        "open_ended",
        "Merci pour cette précision.\n\nPourriez-vous me raconter ce qui s'est passé lors de "
        "l'échec de la synchronisation ?",
        lang="fr",
    ),
    C(
        "open_ended",
        "Compris.\n\nQu'est-ce qui vous a le plus surpris lors de votre première utilisation ?",
        lang="fr",
    ),
    D(
        "Merci.\n\nVous avez choisi « Prix » et « Support ». Qu'est-ce qui a fait ressortir ces "
        "deux critères ?",
        lang="fr",
    ),
    D(
        "Compris, merci.\n\nVous avez donné une note de 3 sur 5 à l'accompagnement. Que faudrait-il "
        "pour atteindre 5 ?",
        lang="fr",
    ),
    D(
        "Merci pour cette précision.\n\nVous avez classé la fiabilité en premier et le prix en "
        "dernier. Pouvez-vous m'expliquer pourquoi ?",
        lang="fr",
    ),
    D(
        "D'accord.\n\nIl nous reste environ 6 questions, soit 5 à 10 minutes. Pour commencer, "
        "comment se déroule une semaine type pour vous ?",
        lang="fr",
    ),
    # ------------------------------------------------------------------ de: scale
    C(
        "scale",
        "Danke für die Rückmeldung.\n\nWie zufrieden sind Sie insgesamt mit dem Onboarding?\n"
        "[Skala: 1-5, 1 = Sehr unzufrieden, 5 = Sehr zufrieden]",
        scale=(1, 5),
        labels={"lo": "Sehr unzufrieden", "hi": "Sehr zufrieden"},
        lang="de",
    ),
    C(
        "scale",
        "Verstanden.\n\nWie wahrscheinlich ist es, dass Sie uns einem Kollegen empfehlen?\n"
        "[Skala: 0-10, 0 = Überhaupt nicht wahrscheinlich, 10 = Äußerst wahrscheinlich]",
        scale=(0, 10),
        labels={"lo": "Überhaupt nicht wahrscheinlich", "hi": "Äußerst wahrscheinlich"},
        lang="de",
    ),
    C(
        "scale",
        "Alles klar, danke.\n\nWie einfach war die Einrichtung Ihres ersten Projekts?\n"
        "[Skala: 1-7, 1 = Sehr schwierig, 7 = Sehr einfach]",
        scale=(1, 7),
        labels={"lo": "Sehr schwierig", "hi": "Sehr einfach"},
        lang="de",
    ),
    # ------------------------------------------------------------------ de: single choice
    C(
        "single_choice",
        "Danke.\n\nWelchen Tarif nutzen Sie derzeit? (Bitte eine Option wählen)\n"
        "Basis\nPlus\nBusiness\nWeiß ich nicht",
        options=["Basis", "Plus", "Business", "Weiß ich nicht"],
        allow_other=False,
        lang="de",
    ),
    C(
        "single_choice",
        "Verstanden.\n\nWie oft nutzen Sie die mobile App?\n"
        "Optionen: Täglich | Wöchentlich | Monatlich | Selten",
        options=["Täglich", "Wöchentlich", "Monatlich", "Selten"],
        allow_other=False,
        lang="de",
    ),
    C(
        "single_choice",
        "Danke für die Info.\n\nWas ist Ihre Rolle im Unternehmen? (Bitte eine Option wählen)\n"
        "Geschäftsführung\nVertrieb\nIT\nAndere (bitte angeben)",
        options=["Geschäftsführung", "Vertrieb", "IT"],
        allow_other=True,
        lang="de",
    ),
    C(
        "single_choice",
        "Alles klar. Wie möchten Sie Ihre Rechnungen erhalten? (Bitte eine Option wählen) "
        "Optionen: Per E-Mail | Im Kundenportal | Per Post",
        options=["Per E-Mail", "Im Kundenportal", "Per Post"],
        allow_other=False,
        lang="de",
    ),
    # ------------------------------------------------------------------ de: multiple choice
    C(
        "multiple_choice",
        "Danke für die Rückmeldung.\n\nWelche Tools verwenden Sie zusätzlich zu unserem Produkt? "
        "(Mehrfachauswahl möglich)\nSlack\nTeams\nConfluence\nSAP\nAndere",
        options=["Slack", "Teams", "Confluence", "SAP"],
        allow_other=True,
        lang="de",
    ),
    C(
        "multiple_choice",
        "Verstanden.\n\nWelche Funktionen sollten wir verbessern? (Bis zu 2 Antworten)\n"
        "Suche\nBenachrichtigungen\nBerichte\nSchnittstellen",
        options=["Suche", "Benachrichtigungen", "Berichte", "Schnittstellen"],
        allow_other=False,
        max_choices=2,
        lang="de",
    ),
    C(
        "multiple_choice",
        "Danke.\n\nAus welchen Gründen haben Sie sich für uns entschieden? "
        "(Mehrfachauswahl möglich)\nOptionen: Preis | Bedienbarkeit | Support | Empfehlung",
        options=["Preis", "Bedienbarkeit", "Support", "Empfehlung"],
        allow_other=False,
        lang="de",
    ),
    # ------------------------------------------------------------------ de: ranking
    C(
        "ranking",
        "Danke für die Rückmeldung.\n\nBitte ordnen Sie die folgenden Punkte von am wichtigsten "
        "bis am wenigsten wichtig:\nPreis\nZuverlässigkeit\nKundenservice\nBedienbarkeit",
        options=["Preis", "Zuverlässigkeit", "Kundenservice", "Bedienbarkeit"],
        lang="de",
    ),
    C(
        "ranking",
        "Verstanden.\n\nBitte ordnen Sie die folgenden Punkte von am wichtigsten bis am wenigsten "
        "wichtig:\nOptionen: Liefergeschwindigkeit | Versandkosten | Sendungsverfolgung",
        options=["Liefergeschwindigkeit", "Versandkosten", "Sendungsverfolgung"],
        lang="de",
    ),
    C(
        "ranking",
        "Danke. Bitte ordnen Sie diese Kriterien bei der Auswahl eines Anbieters nach Wichtigkeit "
        "(wichtigstes zuerst): Datenschutz | Preis | Einführungsdauer | Referenzen",
        options=["Datenschutz", "Preis", "Einführungsdauer", "Referenzen"],
        lang="de",
    ),
    # ------------------------------------------------------------------ de: yes / no
    C(
        "yes_no",
        "Danke für die Rückmeldung.\n\nHaben Sie in den letzten 30 Tagen unseren Support "
        "kontaktiert?\nBitte antworten Sie mit Ja oder Nein.",
        lang="de",
    ),
    C(
        "yes_no",
        "Verstanden.\n\nNutzen Sie die App auch außerhalb der Arbeitszeit? "
        "Bitte antworten Sie mit Ja oder Nein.",
        lang="de",
    ),
    C(
        "yes_no",
        "Alles klar.\n\nWären Sie zu einem 15-minütigen Folgegespräch bereit?\n"
        "Bitte antworten Sie mit Ja oder Nein.",
        lang="de",
    ),
    # ------------------------------------------------------------------ de: open and distractors
    C(
        "open_ended",
        "Danke für die Rückmeldung.\n\nKönnen Sie mir genauer schildern, was beim Fehlschlagen der "
        "Synchronisierung passiert ist?",
        lang="de",
    ),
    C(
        "open_ended",
        "Verstanden.\n\nWie hat Ihr Team Freigaben organisiert, bevor Sie zu uns gewechselt sind?",
        lang="de",
    ),
    D(
        "Danke.\n\nSie haben „Preis“ und „Support“ gewählt. Was hat diese beiden für Sie "
        "hervorgehoben?",
        lang="de",
    ),
    D(
        "Verstanden.\n\nSie haben das Onboarding mit 2 von 5 bewertet. Was hätte passieren müssen, "
        "damit es eine 4 oder 5 wird?",
        lang="de",
    ),
    D(
        "Alles klar, danke.\n\nSie sagten, die App braucht morgens 10 bis 15 Sekunden zum Laden. "
        "Was möchten Sie in diesem Moment normalerweise erledigen?",
        lang="de",
    ),
    D(
        "Danke.\n\nVon den drei Tarifen, die Sie erwähnt haben (Basis, Plus und Business): Welchen "
        "hätten Sie beinahe gewählt, und warum?",
        lang="de",
    ),
    # ------------------------------------------------------------------ pt: scale
    C(
        "scale",
        "Obrigado pela resposta.\n\nQual é o seu nível de satisfação com o processo de integração?\n"
        "[Escala: 1-5, 1 = Muito insatisfeito, 5 = Muito satisfeito]",
        scale=(1, 5),
        labels={"lo": "Muito insatisfeito", "hi": "Muito satisfeito"},
        lang="pt",
    ),
    C(
        "scale",
        "Entendi.\n\nQual a probabilidade de você recomendar nossa plataforma a um colega?\n"
        "[Escala: 0-10, 0 = Nada provável, 10 = Extremamente provável]",
        scale=(0, 10),
        labels={"lo": "Nada provável", "hi": "Extremamente provável"},
        lang="pt",
    ),
    C(
        "scale",
        "Certo, obrigado.\n\nQuão fácil foi configurar o seu primeiro projeto?\n"
        "[Escala: 1-7, 1 = Muito difícil, 7 = Muito fácil]",
        scale=(1, 7),
        labels={"lo": "Muito difícil", "hi": "Muito fácil"},
        lang="pt",
    ),
    C(
        "scale",
        'Obrigado. Em que medida você concorda com a frase "Os relatórios me ajudam a decidir '
        'mais rápido"? [Escala: 1-5, 1 = Discordo totalmente, 5 = Concordo totalmente]',
        scale=(1, 5),
        labels={"lo": "Discordo totalmente", "hi": "Concordo totalmente"},
        lang="pt",
    ),
    # ------------------------------------------------------------------ pt: single choice
    C(
        "single_choice",
        "Obrigado pela resposta.\n\nQual plano você usa atualmente? (Escolha uma opção)\n"
        "Básico\nPro\nEmpresarial\nNão sei",
        options=["Básico", "Pro", "Empresarial", "Não sei"],
        allow_other=False,
        lang="pt",
    ),
    C(
        "single_choice",
        "Entendi.\n\nCom que frequência você usa o aplicativo no celular?\n"
        "Opções: Diariamente | Semanalmente | Mensalmente | Raramente",
        options=["Diariamente", "Semanalmente", "Mensalmente", "Raramente"],
        allow_other=False,
        lang="pt",
    ),
    C(
        "single_choice",
        "Certo.\n\nQual é a sua função principal? (Escolha uma opção)\n"
        "Vendas\nMarketing\nAtendimento\nOutro (especifique)",
        options=["Vendas", "Marketing", "Atendimento"],
        allow_other=True,
        lang="pt",
    ),
    C(
        "single_choice",
        "Obrigado. Como você prefere receber as faturas? (Escolha uma opção) "
        "Opções: Por e-mail | No portal | Pelo correio",
        options=["Por e-mail", "No portal", "Pelo correio"],
        allow_other=False,
        lang="pt",
    ),
    # ------------------------------------------------------------------ pt: multiple choice
    C(
        "multiple_choice",
        "Obrigado pela resposta.\n\nQuais ferramentas você usa junto com o nosso produto? "
        "(Selecione todas as que se aplicam)\nSlack\nTrello\nRD Station\nPlanilhas\nOutro",
        options=["Slack", "Trello", "RD Station", "Planilhas"],
        allow_other=True,
        lang="pt",
    ),
    C(
        "multiple_choice",
        "Entendi.\n\nQuais funcionalidades você gostaria que melhorássemos? (Escolha até 2)\n"
        "Busca\nNotificações\nRelatórios\nIntegrações",
        options=["Busca", "Notificações", "Relatórios", "Integrações"],
        allow_other=False,
        max_choices=2,
        lang="pt",
    ),
    C(
        "multiple_choice",
        "Certo, obrigado.\n\nPor que você escolheu a nossa plataforma? "
        "(Selecione todas as que se aplicam)\n"
        "Opções: Preço | Facilidade de uso | Suporte | Indicação de um colega",
        options=["Preço", "Facilidade de uso", "Suporte", "Indicação de um colega"],
        allow_other=False,
        lang="pt",
    ),
    # ------------------------------------------------------------------ pt: ranking
    C(
        "ranking",
        "Obrigado pela resposta.\n\nOrdene os itens a seguir do mais importante para o menos "
        "importante:\nPreço\nConfiabilidade\nAtendimento\nFacilidade de uso",
        options=["Preço", "Confiabilidade", "Atendimento", "Facilidade de uso"],
        lang="pt",
    ),
    C(
        "ranking",
        "Entendi.\n\nOrdene os itens a seguir do mais importante para o menos importante:\n"
        "Opções: Prazo de entrega | Valor do frete | Rastreamento",
        options=["Prazo de entrega", "Valor do frete", "Rastreamento"],
        lang="pt",
    ),
    C(
        "ranking",
        "Certo. Ordene os critérios a seguir do mais importante para o menos importante na escolha "
        "de um fornecedor: Segurança | Preço | Tempo de implantação | Referências",
        options=["Segurança", "Preço", "Tempo de implantação", "Referências"],
        lang="pt",
    ),
    # ------------------------------------------------------------------ pt: yes / no
    C(
        "yes_no",
        "Obrigado pela resposta.\n\nVocê já entrou em contato com o nosso suporte nos últimos "
        "30 dias?\nPor favor, responda sim ou não.",
        lang="pt",
    ),
    C(
        "yes_no",
        "Entendi.\n\nVocê usa o aplicativo fora do horário de trabalho? "
        "Por favor, responda sim ou não.",
        lang="pt",
    ),
    C(
        "yes_no",
        "Certo.\n\nVocê toparia participar de uma conversa de acompanhamento de 15 minutos?\n"
        "Por favor, responda sim ou não.",
        lang="pt",
    ),
    # ------------------------------------------------------------------ pt: open and distractors
    C(
        "open_ended",
        "Obrigado por compartilhar.\n\nVocê pode me contar o que aconteceu quando a sincronização "
        "falhou?",
        lang="pt",
    ),
    C(
        "open_ended",
        "Entendi.\n\nComo a sua equipe organizava as aprovações antes de usar a nossa ferramenta?",
        lang="pt",
    ),
    D(
        'Obrigado.\n\nVocê escolheu "Preço" e "Suporte". O que fez esses dois se destacarem?',
        lang="pt",
    ),
    D(
        "Entendi.\n\nVocê deu nota 2 de 5 para a integração. O que teria feito ser um 4 ou um 5?",
        lang="pt",
    ),
    D(
        "Certo, obrigado.\n\nVocê disse que o aplicativo leva de 10 a 15 segundos para abrir. O que "
        "você normalmente está tentando fazer nesse momento?",
        lang="pt",
    ),
    D(
        "Obrigado.\n\nVocê classificou a confiabilidade em primeiro lugar e o preço em último. Por "
        "que a confiabilidade pesa tanto para você?",
        lang="pt",
    ),
]
