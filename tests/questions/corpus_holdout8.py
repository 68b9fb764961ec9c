"""Held-out corpus 8: written by a helper session from its own head, without seeing the
detector or any other corpus, and never to be tuned on. Style: interviews in specific research
domains, each message as the interviewer LLM would write it mid-interview: a hospital
patient-experience survey (formal, careful wording, 0-10 pain scales with faces described,
yes/no about symptoms), a B2B SaaS churn interview (seats, SSO, SLA, billing options), a
children's toy study asking parents (warm, simple), a bank's KYC-like onboarding feedback
(compliance tone, "Please confirm whether..."), a public-transport rider survey (times,
frequencies, lines) and a restaurant feedback chat (very short, emoji-heavy), in English,
Spanish, French, German and Portuguese. Open distractors mention numbers of times, prices,
durations and lists of things the respondent said.

First run (scored once, by the lead of session 4, on the detector of commit c678f9b, after
held-out 4 to 7 were tuned on; nothing tuned on this corpus, no case read; only the summary
was printed):
  106/124 exactly right; precision/recall per type:
    open_ended 0.644/1.000, scale 0.933/0.737, single_choice 0.941/0.800,
    multiple_choice 1.000/0.944, ranking 1.000/0.944, yes_no 1.000/0.650;
  0 of 29 open questions given a widget (0 of 21 distractors).
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

HOLDOUT8: list[Case] = [
    # ------------------------------------------------------------------ English: hospital
    C(
        "scale",
        "Thank you for sharing that. Using the pain scale below, how would you rate your pain on the first night after surgery?\n\n0 = no hurt (smiling face)\n2 = hurts a little bit\n4 = hurts a little more\n6 = hurts even more\n8 = hurts a whole lot\n10 = hurts worst (crying face)\n\nPlease reply with a single number from 0 to 10.",
        scale=(0, 10),
    ),
    C(
        "scale",
        'I appreciate your patience with these questions. On a scale of 0 to 10, where 0 means "no pain at all" and 10 means "the worst pain imaginable", how much pain are you experiencing right now?',
        scale=(0, 10),
        labels={"lo": "no pain at all", "hi": "the worst pain imaginable"},
    ),
    C("yes_no", "Thank you. Since your discharge, have you experienced any shortness of breath?"),
    C(
        "yes_no",
        "Understood. Did the nursing staff explain the side effects of your new medication before you went home?",
    ),
    C(
        "single_choice",
        "Thank you for explaining. How often did the nurses treat you with courtesy and respect during your stay?\n\n- Never\n- Sometimes\n- Usually\n- Always",
        options=["Never", "Sometimes", "Usually", "Always"],
        allow_other=False,
    ),
    C(
        "multiple_choice",
        "I'm sorry to hear the recovery has been difficult. Which of the following symptoms have you noticed since leaving the hospital? Please select all that apply.\n\n1. Fever above 38 °C\n2. Redness or swelling around the wound\n3. Nausea or vomiting\n4. Dizziness\n5. Other (please describe)",
        options=[
            "Fever above 38 °C",
            "Redness or swelling around the wound",
            "Nausea or vomiting",
            "Dizziness",
        ],
        allow_other=True,
    ),
    C(
        "ranking",
        "Thank you. To help us prioritise improvements, please rank the following aspects of your stay from most to least important to you:\n\n1. Cleanliness of the room\n2. Quietness at night\n3. Quality of the food\n4. Communication with doctors\n5. Waiting time for medication",
        options=[
            "Cleanliness of the room",
            "Quietness at night",
            "Quality of the food",
            "Communication with doctors",
            "Waiting time for medication",
        ],
    ),
    D(
        "You mentioned waiting about 45 minutes for pain relief on two occasions, and that the call button was answered within 5 minutes at other times. Could you describe what happened during those two longer waits?"
    ),
    D(
        "Thank you. You said your pain went from an 8 on the first night to around a 3 by day four. What do you think helped most with that improvement?"
    ),
    C(
        "open_ended",
        "Thank you for your honesty. Is there anything else about your care at the hospital that you would like us to know?",
    ),
    # ------------------------------------------------------------------ English: B2B SaaS churn
    C(
        "single_choice",
        "Thanks for walking me through the migration. Which billing plan were you on before you cancelled?\n\n1. Monthly (billed monthly)\n2. Annual (billed yearly)\n3. Enterprise (custom contract)",
        options=[
            "Monthly (billed monthly)",
            "Annual (billed yearly)",
            "Enterprise (custom contract)",
        ],
        allow_other=False,
    ),
    C(
        "multiple_choice",
        "That's really helpful context. Which of these factors contributed to your decision not to renew? Feel free to pick several.\n\n- Price per seat\n- Lack of SSO on our mid-tier plan\n- SLA didn't meet our uptime requirements\n- Missing integrations\n- Something else (tell me what)",
        options=[
            "Price per seat",
            "Lack of SSO on our mid-tier plan",
            "SLA didn't meet our uptime requirements",
            "Missing integrations",
        ],
        allow_other=True,
    ),
    C(
        "ranking",
        "Got it. If you were to evaluate us again, how would you rank these in order of importance? Put the most important first.\n\nA) SAML SSO\nB) 99.9% uptime SLA\nC) Per-seat pricing flexibility\nD) Admin audit logs",
        options=[
            "SAML SSO",
            "99.9% uptime SLA",
            "Per-seat pricing flexibility",
            "Admin audit logs",
        ],
    ),
    C(
        "scale",
        "Understood. How satisfied were you with our support response times overall, on a 1–5 scale (1 = very dissatisfied, 5 = very satisfied)?",
        scale=(1, 5),
        labels={"lo": "very dissatisfied", "hi": "very satisfied"},
    ),
    C("yes_no", "Makes sense. Did your account manager reach out to you before the renewal date?"),
    D(
        "You said you went from 120 seats down to 40 over about six months, and that the per-seat price was $18 on the Annual plan. Walk me through what drove those reductions."
    ),
    D(
        "You listed three things your new vendor does better: SCIM provisioning, a 99.95% SLA, and a cheaper tier for under 50 seats. Which of those was the deciding factor, and why?"
    ),
    C(
        "single_choice",
        "Thanks. Roughly how many seats did your team have at its peak? **Under 25** / **25–100** / **101–500** / **More than 500**",
        options=["Under 25", "25–100", "101–500", "More than 500"],
    ),
    C("open_ended", "That's clear. What would we have needed to change for you to stay?"),
    C(
        "ranking",
        "Understood. Please order these from what you would most want improved to least:\n\n1) Onboarding for new seats\n2) SSO setup documentation\n3) Billing portal\n4) Status page during incidents",
        options=[
            "Onboarding for new seats",
            "SSO setup documentation",
            "Billing portal",
            "Status page during incidents",
        ],
    ),
    # ------------------------------------------------------------------ English: toy study
    C(
        "scale",
        "Aww, that sounds like a lovely afternoon! How much did your little one enjoy playing with the stacking rainbow, from 1 to 5 stars? ⭐ = not much, ⭐⭐⭐⭐⭐ = loved it!",
        scale=(1, 5),
    ),
    C(
        "multiple_choice",
        "So sweet! Which parts of the toy did your child play with the most? You can pick as many as you like 😊\n\n- The big red ring\n- The squeaky yellow ring\n- The green rattle ring\n- The blue top cap",
        options=[
            "The big red ring",
            "The squeaky yellow ring",
            "The green rattle ring",
            "The blue top cap",
        ],
    ),
    C(
        "yes_no",
        "Thanks for telling me! Did your child try to put any of the pieces in their mouth?",
    ),
    C(
        "single_choice",
        "That's great to hear. How old is the child who played with the toy?\n\n• Under 1 year\n• 1–2 years\n• 3–4 years\n• 5 years or older",
        options=["Under 1 year", "1–2 years", "3–4 years", "5 years or older"],
        allow_other=False,
    ),
    D(
        "You mentioned she played with it 3 or 4 times a day for the first week, and then only once or twice after that. What do you think changed?"
    ),
    C(
        "ranking",
        "Lovely! When you choose a toy for your child, what matters most to you? Please put these in order, starting with the most important:\n\n- Safety\n- Price\n- How long it keeps them busy\n- Whether it teaches something\n- How easy it is to clean",
        options=[
            "Safety",
            "Price",
            "How long it keeps them busy",
            "Whether it teaches something",
            "How easy it is to clean",
        ],
    ),
    C(
        "open_ended",
        "That's so helpful, thank you! Can you tell me about the moment your son first opened the box?",
    ),
    # ------------------------------------------------------------------ English: bank onboarding
    C(
        "yes_no",
        "Thank you for the information. Please confirm whether you were asked to upload a photo of your identity document during account opening.",
    ),
    C(
        "yes_no",
        "Noted. Could you confirm that the identity verification step was completed on your first attempt?",
    ),
    C(
        "scale",
        'Thank you. How easy was it to complete the identity verification process? Please answer on a scale from 1 to 7, where 1 is "extremely difficult" and 7 is "extremely easy".',
        scale=(1, 7),
        labels={"lo": "extremely difficult", "hi": "extremely easy"},
    ),
    C(
        "single_choice",
        "Thank you. Which document did you use to verify your identity?\n\na. Passport\nb. National ID card\nc. Driving licence\nd. Residence permit",
        options=["Passport", "National ID card", "Driving licence", "Residence permit"],
    ),
    C(
        "multiple_choice",
        "Understood. Which of the following proofs of address were you asked to provide? Select all that apply.\n\n- Utility bill (less than 3 months old)\n- Bank statement\n- Tenancy agreement\n- Council tax letter\n- Other (please specify)",
        options=[
            "Utility bill (less than 3 months old)",
            "Bank statement",
            "Tenancy agreement",
            "Council tax letter",
        ],
        allow_other=True,
    ),
    D(
        "You indicated that the process took about 25 minutes and that you had to re-upload your passport twice. Please describe what the error messages said on those occasions."
    ),
    C(
        "ranking",
        "Thank you. Please rank the following onboarding steps from the most to the least burdensome:\n\n1. Entering personal details\n2. Uploading identity documents\n3. The selfie / liveness check\n4. Answering the source-of-funds questions",
        options=[
            "Entering personal details",
            "Uploading identity documents",
            "The selfie / liveness check",
            "Answering the source-of-funds questions",
        ],
    ),
    C(
        "ranking",
        "Thank you for confirming. For future improvements, please rank the following in order of importance to you: speed of approval, security of my data, clarity of the instructions.",
        options=["speed of approval", "security of my data", "clarity of the instructions"],
    ),
    # ------------------------------------------------------------------ English: transport
    C(
        "multiple_choice",
        "Thanks! Which line(s) do you ride in a typical week?\n\n- Red Line\n- Blue Line\n- Green Line\n- Route 14 bus\n- Route 22 bus\n- Other",
        options=["Red Line", "Blue Line", "Green Line", "Route 14 bus", "Route 22 bus"],
        allow_other=True,
    ),
    C(
        "single_choice",
        "Got it. How often do you ride the bus or train?\n\n1. Every day\n2. 3–5 days a week\n3. 1–2 days a week\n4. A few times a month\n5. Less often",
        options=[
            "Every day",
            "3–5 days a week",
            "1–2 days a week",
            "A few times a month",
            "Less often",
        ],
        allow_other=False,
    ),
    C(
        "single_choice",
        "Thanks. What time do you usually start your morning trip? (before 6:00 / 6:00–7:59 / 8:00–9:59 / after 10:00)",
        options=["before 6:00", "6:00–7:59", "8:00–9:59", "after 10:00"],
    ),
    C(
        "scale",
        "Understood. How reliable do you find the Blue Line, out of 10? (1 = never on time, 10 = always on time)",
        scale=(1, 10),
        labels={"lo": "never on time", "hi": "always on time"},
    ),
    D(
        "You said your 7:40 train was late 3 times last week and that the trip normally takes 35 minutes but took almost an hour on Tuesday. How did those delays affect your day?"
    ),
    D(
        "You mentioned paying $2.75 per ride and about $90 a month in total. Have you thought about the monthly pass, and what would make it worth it for you?"
    ),
    C(
        "ranking",
        "Thanks for that. Please rank these possible improvements, with 1 being the one you'd most like to see:\n\n• More frequent trains at rush hour\n• Real-time arrival screens at every stop\n• Cleaner stations\n• Later service on weekends",
        options=[
            "More frequent trains at rush hour",
            "Real-time arrival screens at every stop",
            "Cleaner stations",
            "Later service on weekends",
        ],
    ),
    C("yes_no", "OK! Have you ever missed a connection because your first bus was late?"),
    # ------------------------------------------------------------------ English: restaurant
    C("scale", "Yum 😋 How was your food tonight? Rate it 1–5 ⭐", scale=(1, 5)),
    C(
        "single_choice",
        "Thanks! 🙏 Dine-in 🍽️, takeaway 🥡, or delivery 🛵?",
        options=["Dine-in 🍽️", "takeaway 🥡", "delivery 🛵"],
    ),
    C(
        "multiple_choice",
        "Nice!! 🎉 What did you order? Pick all that apply 👇\n- Pizza 🍕\n- Pasta 🍝\n- Salad 🥗\n- Dessert 🍰\n- Drinks 🍷",
        options=["Pizza 🍕", "Pasta 🍝", "Salad 🥗", "Dessert 🍰", "Drinks 🍷"],
    ),
    C("yes_no", "Got it 👍 Would you come back? 😊"),
    D("Oh no 😬 you said the pizza came out after 40 min and was cold. What happened exactly?"),
    C(
        "ranking",
        "Last one! 🙌 Rank these from most to least important for you: 1️⃣ Taste 2️⃣ Speed 3️⃣ Price 4️⃣ Friendly staff",
        options=["Taste", "Speed", "Price", "Friendly staff"],
    ),
    C("open_ended", "Thanks so much 💛 Anything you'd love to see on the menu?"),
    # ------------------------------------------------------------------ Spanish
    C(
        "scale",
        "Gracias por contárnoslo. En una escala del 0 al 10, donde 0 es «sin dolor» y 10 es «el peor dolor imaginable», ¿cómo calificaría su dolor al despertar de la anestesia?",
        scale=(0, 10),
        labels={"lo": "sin dolor", "hi": "el peor dolor imaginable"},
        lang="es",
    ),
    C("yes_no", "Entendido. ¿Ha tenido fiebre desde que recibió el alta?", lang="es"),
    C(
        "single_choice",
        "Gracias. ¿Con qué frecuencia le explicaron los médicos las cosas de forma comprensible?\n\n1. Nunca\n2. A veces\n3. Casi siempre\n4. Siempre",
        options=["Nunca", "A veces", "Casi siempre", "Siempre"],
        allow_other=False,
        lang="es",
    ),
    D(
        "Nos comentó que esperó unas 3 horas en urgencias y que le atendieron 2 médicos distintos. ¿Cómo vivió esa espera?",
        lang="es",
    ),
    C(
        "multiple_choice",
        "Perfecto, gracias. ¿Qué motivos influyeron en la cancelación de su suscripción? Puede elegir hasta tres.\n\n- Coste por licencia (seat)\n- Falta de SSO\n- Incumplimientos del SLA\n- Soporte lento\n- Otro: ¿cuál?",
        options=[
            "Coste por licencia (seat)",
            "Falta de SSO",
            "Incumplimientos del SLA",
            "Soporte lento",
        ],
        allow_other=True,
        max_choices=3,
        lang="es",
    ),
    C(
        "single_choice",
        "Entiendo. ¿Qué modalidad de facturación tenían contratada? Mensual (facturación mensual), Anual (facturación anual) o Enterprise (contrato personalizado).",
        options=[
            "Mensual (facturación mensual)",
            "Anual (facturación anual)",
            "Enterprise (contrato personalizado)",
        ],
        lang="es",
    ),
    D(
        "Mencionó que pasaron de 80 a 30 licencias y que pagaban 15 € por usuario al mes. ¿Qué les llevó a reducir tanto el número de licencias?",
        lang="es",
    ),
    C(
        "scale",
        "¡Qué bonito! Del 1 al 5, ¿cuánto le gustó a su hija la muñeca de trapo? (1 = nada, 5 = muchísimo)",
        scale=(1, 5),
        labels={"lo": "nada", "hi": "muchísimo"},
        lang="es",
    ),
    C(
        "ranking",
        "¡Gracias! ¿Podría ordenar estas características del juguete de la más a la menos importante para usted?\n\na) Que sea seguro\nb) Que sea educativo\nc) Que sea duradero\nd) Que tenga buen precio",
        options=[
            "Que sea seguro",
            "Que sea educativo",
            "Que sea duradero",
            "Que tenga buen precio",
        ],
        lang="es",
    ),
    C(
        "yes_no",
        "Gracias por la información. Por favor, confirme si se le solicitó un documento de identidad vigente durante la apertura de la cuenta.",
        lang="es",
    ),
    C(
        "multiple_choice",
        "Entendido. ¿Qué documentos tuvo que aportar? Seleccione todos los que correspondan.\n\n• DNI o pasaporte\n• Justificante de domicilio\n• Última nómina\n• Declaración de la renta",
        options=[
            "DNI o pasaporte",
            "Justificante de domicilio",
            "Última nómina",
            "Declaración de la renta",
        ],
        lang="es",
    ),
    C(
        "ranking",
        "Gracias por su respuesta. Le pedimos que ordene los siguientes aspectos del alta de cliente, de mayor a menor claridad:\n\n- Instrucciones para la verificación de identidad\n- Preguntas sobre el origen de los fondos\n- Firma del contrato",
        options=[
            "Instrucciones para la verificación de identidad",
            "Preguntas sobre el origen de los fondos",
            "Firma del contrato",
        ],
        lang="es",
    ),
    C(
        "single_choice",
        "Gracias. ¿Cuántas veces a la semana utiliza el metro?\n\n- Todos los días\n- De 3 a 5 veces\n- 1 o 2 veces\n- Menos de una vez por semana",
        options=["Todos los días", "De 3 a 5 veces", "1 o 2 veces", "Menos de una vez por semana"],
        lang="es",
    ),
    C(
        "multiple_choice",
        "Perfecto. ¿Qué línea(s) utiliza habitualmente? Línea 1 / Línea 3 / Línea 5 / Línea 10 — puede marcar varias.",
        options=["Línea 1", "Línea 3", "Línea 5", "Línea 10"],
        lang="es",
    ),
    C(
        "ranking",
        "Gracias. Ordene estas mejoras según su prioridad (1 = la más urgente):\n\n1. Más frecuencia en hora punta\n2. Aire acondicionado en los vagones\n3. Más ascensores en las estaciones",
        options=[
            "Más frecuencia en hora punta",
            "Aire acondicionado en los vagones",
            "Más ascensores en las estaciones",
        ],
        lang="es",
    ),
    D(
        "Dijo que su trayecto de las 8:15 suele durar 25 minutos pero que esta semana tardó 50 dos días seguidos. ¿Qué cree que pasó?",
        lang="es",
    ),
    C(
        "scale",
        "¡Gracias! 😊 ¿Qué nota le das al servicio? Del 1 al 10 🌟",
        scale=(1, 10),
        lang="es",
    ),
    C("yes_no", "¿Nos recomendarías a tus amigos? 🙌", lang="es"),
    C("open_ended", "¡Genial! 🥳 ¿Qué fue lo que más te gustó de la cena?", lang="es"),
    # ------------------------------------------------------------------ French
    C(
        "scale",
        "Merci pour votre réponse. Sur une échelle de 0 à 10, 0 correspondant à « aucune douleur » et 10 à « douleur maximale imaginable », comment évalueriez-vous votre douleur aujourd'hui ?",
        scale=(0, 10),
        labels={"lo": "aucune douleur", "hi": "douleur maximale imaginable"},
        lang="fr",
    ),
    C(
        "yes_no",
        "Je vous remercie. Avez-vous ressenti des nausées après votre opération ?",
        lang="fr",
    ),
    C(
        "multiple_choice",
        "Merci. Parmi les éléments suivants, lesquels vous ont gêné pendant votre séjour ? Plusieurs réponses possibles.\n\n- Le bruit la nuit\n- La température de la chambre\n- Les horaires des repas\n- Le manque d'informations\n- Autre (précisez)",
        options=[
            "Le bruit la nuit",
            "La température de la chambre",
            "Les horaires des repas",
            "Le manque d'informations",
        ],
        allow_other=True,
        lang="fr",
    ),
    D(
        "Vous avez indiqué avoir été réveillé 4 ou 5 fois par nuit pour les prises de tension. Pouvez-vous me décrire comment cela s'est passé ?",
        lang="fr",
    ),
    C(
        "single_choice",
        "Très clair, merci. Quelle formule utilisiez-vous avant de résilier ?\n\n1. Mensuelle (facturée chaque mois)\n2. Annuelle (facturée une fois par an)\n3. Entreprise (contrat sur mesure)",
        options=[
            "Mensuelle (facturée chaque mois)",
            "Annuelle (facturée une fois par an)",
            "Entreprise (contrat sur mesure)",
        ],
        allow_other=False,
        lang="fr",
    ),
    C(
        "ranking",
        "D'accord. Pourriez-vous classer ces critères par ordre d'importance pour votre équipe, du plus au moins important ?\n\n- Authentification unique (SSO)\n- Engagement de disponibilité (SLA)\n- Prix par siège\n- Qualité du support",
        options=[
            "Authentification unique (SSO)",
            "Engagement de disponibilité (SLA)",
            "Prix par siège",
            "Qualité du support",
        ],
        lang="fr",
    ),
    D(
        "Vous avez cité trois incidents : la panne de mars, la lenteur de l'export et le SSO qui ne fonctionnait pas avec Azure AD. Lequel a le plus pesé dans votre décision, et pourquoi ?",
        lang="fr",
    ),
    C(
        "yes_no",
        "Merci ! Est-ce que votre enfant joue encore avec le petit train en bois ?",
        lang="fr",
    ),
    C(
        "multiple_choice",
        "Oh, c'est adorable ! Avec quelles pièces votre enfant a-t-il joué ? Vous pouvez en choisir jusqu'à deux.\n\n- La locomotive\n- Les wagons\n- Les rails\n- Le pont",
        options=["La locomotive", "Les wagons", "Les rails", "Le pont"],
        max_choices=2,
        lang="fr",
    ),
    C(
        "scale",
        "Merci beaucoup ! De 1 à 5, à quel point le jouet vous a-t-il semblé solide ? (1 = très fragile, 5 = très solide)",
        scale=(1, 5),
        labels={"lo": "très fragile", "hi": "très solide"},
        lang="fr",
    ),
    C(
        "yes_no",
        "Merci pour ces précisions. Pourriez-vous confirmer si vous avez reçu un e-mail de confirmation après la vérification de votre identité ?",
        lang="fr",
    ),
    C(
        "single_choice",
        "Bien noté. Par quel moyen avez-vous ouvert votre compte ? En agence, sur l'application mobile ou sur le site internet ?",
        options=["En agence", "sur l'application mobile", "sur le site internet"],
        lang="fr",
    ),
    C(
        "single_choice",
        "Merci. À quelle fréquence prenez-vous le tramway ?\n\na) Tous les jours\nb) Plusieurs fois par semaine\nc) Quelques fois par mois\nd) Rarement",
        options=[
            "Tous les jours",
            "Plusieurs fois par semaine",
            "Quelques fois par mois",
            "Rarement",
        ],
        lang="fr",
    ),
    C(
        "multiple_choice",
        "Entendu. Quelle(s) ligne(s) empruntez-vous ? Cochez toutes celles qui s'appliquent : T1 | T2 | Bus 31 | Bus 45",
        options=["T1", "T2", "Bus 31", "Bus 45"],
        lang="fr",
    ),
    C(
        "ranking",
        "Merci. Classez ces améliorations de la plus à la moins prioritaire :\n1. Des passages plus fréquents\n2. Des abris plus confortables\n3. Des informations en temps réel",
        options=[
            "Des passages plus fréquents",
            "Des abris plus confortables",
            "Des informations en temps réel",
        ],
        lang="fr",
    ),
    D(
        "Vous payez 1,90 € le ticket et vous faites environ 40 trajets par mois. Avez-vous déjà envisagé l'abonnement mensuel à 65 € ? Qu'est-ce qui vous en empêche ?",
        lang="fr",
    ),
    C("scale", "Merci ! 😋 Note du plat, de 1 à 5 ⭐ ?", scale=(1, 5), lang="fr"),
    C("open_ended", "Top 👌 Un petit mot pour le chef ? 👨‍🍳", lang="fr"),
    # ------------------------------------------------------------------ German
    C(
        "scale",
        "Vielen Dank für Ihre Schilderung. Wie stark waren Ihre Schmerzen am zweiten Tag nach der Operation? Bitte antworten Sie auf einer Skala von 0 bis 10, wobei 0 „keine Schmerzen“ und 10 „stärkste vorstellbare Schmerzen“ bedeutet.",
        scale=(0, 10),
        labels={"lo": "keine Schmerzen", "hi": "stärkste vorstellbare Schmerzen"},
        lang="de",
    ),
    C("yes_no", "Danke. Haben Sie seit Ihrer Entlassung Schwindel verspürt?", lang="de"),
    C(
        "single_choice",
        "Vielen Dank. Wie beurteilen Sie die Sauberkeit Ihres Zimmers?\n\n- Sehr gut\n- Gut\n- Befriedigend\n- Mangelhaft",
        options=["Sehr gut", "Gut", "Befriedigend", "Mangelhaft"],
        allow_other=False,
        lang="de",
    ),
    D(
        "Sie sagten, Sie hätten dreimal nach einem Schmerzmittel gefragt und jeweils etwa 30 Minuten gewartet. Wie haben Sie sich in dieser Zeit gefühlt?",
        lang="de",
    ),
    C(
        "multiple_choice",
        "Das hilft mir sehr. Welche Gründe waren für Ihre Kündigung ausschlaggebend? Wählen Sie bis zu zwei aus.\n\n1. Preis pro Seat\n2. Fehlendes SSO im Business-Tarif\n3. Nicht eingehaltene SLA\n4. Andere",
        options=["Preis pro Seat", "Fehlendes SSO im Business-Tarif", "Nicht eingehaltene SLA"],
        allow_other=True,
        max_choices=2,
        lang="de",
    ),
    C(
        "single_choice",
        "Verstanden. Welches Abrechnungsmodell hatten Sie zuletzt? **Monatlich (monatliche Abrechnung)**, **Jährlich (jährliche Abrechnung)** oder **Enterprise (individueller Vertrag)**?",
        options=[
            "Monatlich (monatliche Abrechnung)",
            "Jährlich (jährliche Abrechnung)",
            "Enterprise (individueller Vertrag)",
        ],
        lang="de",
    ),
    C(
        "ranking",
        "Danke. Bitte bringen Sie folgende Punkte in eine Reihenfolge nach Wichtigkeit für Ihr Team (das Wichtigste zuerst):\n\n- Verfügbarkeit laut SLA\n- SSO und SCIM\n- Preis pro Nutzer\n- Reaktionszeit des Supports",
        options=[
            "Verfügbarkeit laut SLA",
            "SSO und SCIM",
            "Preis pro Nutzer",
            "Reaktionszeit des Supports",
        ],
        lang="de",
    ),
    D(
        "Sie haben erwähnt, dass Sie 250 Seats hatten, davon aber nur etwa 90 aktiv genutzt wurden. Wie kam es zu dieser Lücke?",
        lang="de",
    ),
    C("yes_no", "Oh, wie schön! Hat Ihr Kind das Puzzle alleine zusammengesetzt?", lang="de"),
    C(
        "scale",
        "Danke Ihnen! Wie einfach war die Bauanleitung zu verstehen, von 1 (sehr schwer) bis 5 (sehr leicht)?",
        scale=(1, 5),
        labels={"lo": "sehr schwer", "hi": "sehr leicht"},
        lang="de",
    ),
    C(
        "multiple_choice",
        "Wie süß! Womit hat Ihr Kind am liebsten gespielt? Sie dürfen gerne mehrere auswählen:\n\n• Die Bausteine\n• Die Figuren\n• Das Fahrzeug\n• Die Aufkleber",
        options=["Die Bausteine", "Die Figuren", "Das Fahrzeug", "Die Aufkleber"],
        lang="de",
    ),
    C(
        "yes_no",
        "Vielen Dank für Ihre Angaben. Bitte bestätigen Sie, ob Sie im Rahmen der Kontoeröffnung nach der Herkunft Ihrer Mittel gefragt wurden.",
        lang="de",
    ),
    C(
        "single_choice",
        "Vielen Dank. Mit welchem Verfahren haben Sie sich legitimiert?\n\nA) Video-Ident\nB) Post-Ident in der Filiale\nC) Online-Ausweisfunktion (eID)",
        options=["Video-Ident", "Post-Ident in der Filiale", "Online-Ausweisfunktion (eID)"],
        lang="de",
    ),
    C(
        "multiple_choice",
        "Danke! Welche Linie(n) fahren Sie regelmäßig? Mehrfachnennungen möglich.\n\n- S1\n- S3\n- U2\n- Bus 100\n- Sonstige",
        options=["S1", "S3", "U2", "Bus 100"],
        allow_other=True,
        lang="de",
    ),
    C(
        "scale",
        "Danke. Wie zufrieden sind Sie insgesamt mit der Pünktlichkeit der S-Bahn? 1 = überhaupt nicht zufrieden, 7 = äußerst zufrieden.",
        scale=(1, 7),
        labels={"lo": "überhaupt nicht zufrieden", "hi": "äußerst zufrieden"},
        lang="de",
    ),
    C(
        "ranking",
        "Alles klar. Bitte ordnen Sie diese Verbesserungen nach Dringlichkeit:\n1. Dichterer Takt am Abend\n2. Mehr Sitzplätze\n3. Bessere Anschlüsse an den Bus",
        options=["Dichterer Takt am Abend", "Mehr Sitzplätze", "Bessere Anschlüsse an den Bus"],
        lang="de",
    ),
    D(
        "Sie zahlen 3,20 € pro Fahrt und fahren ungefähr 10-mal pro Woche. Warum haben Sie sich bisher gegen ein Deutschlandticket für 58 € entschieden?",
        lang="de",
    ),
    C("open_ended", "Danke 😊 Was hat Ihnen heute am besten geschmeckt? 🍲", lang="de"),
    # ------------------------------------------------------------------ Portuguese
    C(
        "scale",
        'Agradecemos o seu relato. Numa escala de 0 a 10, em que 0 significa "sem dor" e 10 significa "a pior dor possível", como classificaria a sua dor durante o curativo?',
        scale=(0, 10),
        labels={"lo": "sem dor", "hi": "a pior dor possível"},
        lang="pt",
    ),
    C("yes_no", "Obrigado. Você sentiu falta de ar depois de voltar para casa?", lang="pt"),
    C(
        "multiple_choice",
        "Compreendo. Quais destes sintomas você teve nos últimos 7 dias? Marque todos que se aplicam.\n\n- Febre\n- Dor no local da cirurgia\n- Inchaço nas pernas\n- Cansaço excessivo\n- Outro (qual?)",
        options=["Febre", "Dor no local da cirurgia", "Inchaço nas pernas", "Cansaço excessivo"],
        allow_other=True,
        lang="pt",
    ),
    D(
        "Você contou que tomou o analgésico 4 vezes por dia durante 10 dias e que a dor voltou no 11º dia. Pode me explicar como foi essa volta da dor?",
        lang="pt",
    ),
    C(
        "single_choice",
        "Perfeito. Qual plano vocês tinham antes do cancelamento?\n\n1. Mensal (cobrança mensal)\n2. Anual (cobrança anual)\n3. Enterprise (contrato personalizado)",
        options=[
            "Mensal (cobrança mensal)",
            "Anual (cobrança anual)",
            "Enterprise (contrato personalizado)",
        ],
        allow_other=False,
        lang="pt",
    ),
    C(
        "ranking",
        "Entendi. Por favor, ordene estes fatores do mais para o menos importante na escolha de um novo fornecedor:\n\n- SSO com o Google Workspace\n- SLA de 99,9%\n- Preço por licença\n- Suporte em português",
        options=[
            "SSO com o Google Workspace",
            "SLA de 99,9%",
            "Preço por licença",
            "Suporte em português",
        ],
        lang="pt",
    ),
    D(
        "Você citou três problemas: as quedas em agosto, o custo de R$ 45 por licença e a falta de relatórios. Qual deles pesou mais, e por quê?",
        lang="pt",
    ),
    C("yes_no", "Que fofo! Seu filho já brincou com o kit de massinha mais de uma vez?", lang="pt"),
    C(
        "scale",
        "Obrigada! De 1 a 5, quanto seu filho se divertiu com o brinquedo? (1 = nada, 5 = demais!)",
        scale=(1, 5),
        lang="pt",
    ),
    C(
        "multiple_choice",
        "Que legal! Quais cores de massinha foram as favoritas? Escolha até duas: vermelho, azul, amarelo ou verde.",
        options=["vermelho", "azul", "amarelo", "verde"],
        max_choices=2,
        lang="pt",
    ),
    C(
        "yes_no",
        "Agradecemos as informações. Poderia confirmar se foi solicitada uma selfie para validação da sua identidade?",
        lang="pt",
    ),
    C(
        "single_choice",
        "Obrigado. Quanto tempo levou para concluir o cadastro?\n\na) Menos de 5 minutos\nb) Entre 5 e 15 minutos\nc) Entre 15 e 30 minutos\nd) Mais de 30 minutos",
        options=[
            "Menos de 5 minutos",
            "Entre 5 e 15 minutos",
            "Entre 15 e 30 minutos",
            "Mais de 30 minutos",
        ],
        lang="pt",
    ),
    C(
        "ranking",
        "Agradecemos. Ordene, por favor, as etapas da abertura de conta da mais demorada para a menos demorada: envio de documentos, selfie de validação, questionário de perfil.",
        options=["envio de documentos", "selfie de validação", "questionário de perfil"],
        lang="pt",
    ),
    C(
        "multiple_choice",
        "Certo! Qual(is) linha(s) você usa no dia a dia? Pode marcar mais de uma.\n\n• Linha 1-Azul\n• Linha 2-Verde\n• Linha 3-Vermelha\n• Linha 4-Amarela",
        options=["Linha 1-Azul", "Linha 2-Verde", "Linha 3-Vermelha", "Linha 4-Amarela"],
        lang="pt",
    ),
    C(
        "single_choice",
        "Obrigado. Em que horário você costuma voltar para casa? Antes das 17h / Entre 17h e 19h / Depois das 19h",
        options=["Antes das 17h", "Entre 17h e 19h", "Depois das 19h"],
        lang="pt",
    ),
    C(
        "scale",
        "Entendido. Qual a probabilidade de você recomendar o metrô a um amigo, de 0 (nada provável) a 10 (extremamente provável)?",
        scale=(0, 10),
        labels={"lo": "nada provável", "hi": "extremamente provável"},
        lang="pt",
    ),
    C(
        "ranking",
        "Valeu! Coloque em ordem de prioridade o que mais te incomoda:\n1. Lotação\n2. Atrasos\n3. Calor nos vagões",
        options=["Lotação", "Atrasos", "Calor nos vagões"],
        lang="pt",
    ),
    D(
        "Você disse que espera o ônibus 15 a 20 minutos de manhã e que a viagem custa R$ 4,40. Como isso afeta a sua rotina?",
        lang="pt",
    ),
    C("open_ended", "Que bom! 😍 O que faltou pra ser nota 10? 🍔", lang="pt"),
]
