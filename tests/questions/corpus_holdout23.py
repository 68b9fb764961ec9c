"""Held-out corpus 23. Style: an AI interviewer that administers standardised questionnaires
conversationally -- employee-engagement and HR pulse items (eNPS, manager feedback, workload,
psychological safety), patient-reported outcome items (symptom frequency over the last two
weeks, pain, sleep, wellbeing), course evaluations and customer-effort / CSAT items. It keeps
the instruments' fixed answer sets (frequency words, agreement words, 0-10 and 1-5/1-7 ratings
with labelled ends) but wraps them in friendly chat, writing the answer set one per line, inline
with commas and "or", with slashes or pipes, in parentheses, or after "Your options:". Item
stems are often quoted statements, sometimes numbered ("Item 3 of 9"). Open-ended follow-ups
deliberately quote answer-set words, scores and ranges back to the participant. Formal and
informal address are mixed in every language.

Written by a helper session from its own head, without seeing the detector or any other corpus. For measuring: its messages are never tuned on directly.

First run (scored once, by the lead of session 13, on the detector of commit 9bacdf1; only the
summary was printed, no case read):
  120/130 exactly right (0.923); precision/recall per type:
    open_ended 0.811/1.000, scale 0.842/0.800, single_choice 1.000/0.750,
    multiple_choice 1.000/0.950, ranking 1.000/1.000, yes_no 1.000/1.000;
  0 of 30 open questions given a widget; none of the misses only a writer's option style. The
  session's first detector (e2ce16f) scores the same unseen file alike.
Read in session 13 after that run: 5 of its 10 misses are a convention this writer was told
and the project does not follow: agreement points given as words ("Strongly disagree / … /
Strongly agree") are expected as a single choice here, where the detector gives, in every
language, the 1–5 scale with its two ends labelled that every other corpus expects. The other
families were written anew in corpus_instruments.py (ANSWER_ROW, RATE_AFTER, OTHER_ASKS,
CORRESPOND) and tuned on: no longer unseen (125/130 after that work; the 5 are those).
"""

from tests.questions.cases import OE, SC, C, Case, D, M, R, S, Y

_EN: list[Case] = [
    # open-ended
    D(
        "You mentioned 'several days' for feeling down — what tends to happen on those days?",
        lang="en",
    ),
    D("Thanks! You gave us a 6 out of 10. What would move your score from a 6 to a 9?", lang="en"),
    D(
        "You said you 'agree' that your workload is manageable. Can you tell me about a week "
        "recently when it wasn't?",
        lang="en",
    ),
    D(
        "On the pain question you picked 7, and last month it was 3. What do you think has "
        "changed between then and now?",
        lang="en",
    ),
    C(
        OE,
        "What's one thing your manager could start doing that would make your work easier?",
        lang="en",
    ),
    C(
        OE,
        "In your own words, how has your sleep been since you started the new medication?",
        lang="en",
    ),
    # scale
    C(
        SC,
        "On a scale from 0 to 10, how likely are you to recommend this company as a place to "
        "work to a friend or family member? 0 = not at all likely, 10 = extremely likely.",
        scale=(0, 10),
        labels={"lo": "not at all likely", "hi": "extremely likely"},
        lang="en",
    ),
    C(
        SC,
        "Item 3 of 9: 'My manager gives me useful feedback.' Please rate it on a scale of 1 to 5, "
        "where 1 = strongly disagree and 5 = strongly agree.",
        scale=(1, 5),
        labels={"lo": "strongly disagree", "hi": "strongly agree"},
        lang="en",
    ),
    C(
        SC,
        "Over the past 24 hours, how would you rate your pain at its worst? Use a number from 0 "
        "to 10, where 0 is no pain and 10 is the worst pain imaginable.",
        scale=(0, 10),
        labels={"lo": "no pain", "hi": "the worst pain imaginable"},
        lang="en",
    ),
    C(
        SC,
        "Almost done! How easy was it to get your issue resolved today? Rate it 1–7 "
        "(1 = very difficult, 7 = very easy).",
        scale=(1, 7),
        labels={"lo": "very difficult", "hi": "very easy"},
        lang="en",
    ),
    # single choice
    C(
        S,
        "Over the last two weeks, how often have you been bothered by little interest or "
        "pleasure in doing things?\n\nNot at all\nSeveral days\nMore than half the days\n"
        "Nearly every day",
        options=["Not at all", "Several days", "More than half the days", "Nearly every day"],
        lang="en",
    ),
    C(
        S,
        "'I feel safe to speak up and take risks on my team.' How much do you agree?\n"
        "Your options: Strongly disagree / Disagree / Neither agree nor disagree / Agree / "
        "Strongly agree",
        options=[
            "Strongly disagree",
            "Disagree",
            "Neither agree nor disagree",
            "Agree",
            "Strongly agree",
        ],
        lang="en",
    ),
    C(
        S,
        "Overall, how satisfied were you with the support you received? (Very dissatisfied | "
        "Dissatisfied | Neutral | Satisfied | Very satisfied)",
        options=["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"],
        lang="en",
    ),
    C(
        S,
        "During the past week, how often did you feel you had too much work to do in the time "
        "available — never, rarely, sometimes, often, or always?",
        options=["never", "rarely", "sometimes", "often", "always"],
        lang="en",
    ),
    # multiple choice
    C(
        M,
        "Which of these have you experienced this month? Select all that apply.\n"
        "- Headaches\n- Trouble falling asleep\n- Loss of appetite\n- Difficulty concentrating\n"
        "- None of the above",
        options=[
            "Headaches",
            "Trouble falling asleep",
            "Loss of appetite",
            "Difficulty concentrating",
            "None of the above",
        ],
        lang="en",
    ),
    C(
        M,
        "Which course materials did you actually use this term? Tick all that apply: lecture "
        "recordings, slides, the textbook, practice quizzes, office hours, or other (tell me "
        "which).",
        options=[
            "lecture recordings",
            "slides",
            "the textbook",
            "practice quizzes",
            "office hours",
        ],
        allow_other=True,
        lang="en",
    ),
    C(
        M,
        "Which of the following would most improve your work week? Pick up to 3:\n"
        "1. Fewer meetings\n2. Clearer priorities\n3. More flexible hours\n4. Better tools\n"
        "5. More recognition\n6. Other",
        options=[
            "Fewer meetings",
            "Clearer priorities",
            "More flexible hours",
            "Better tools",
            "More recognition",
        ],
        allow_other=True,
        max_choices=3,
        lang="en",
    ),
    C(
        M,
        "In the last 7 days, which of these did you use to manage your pain? Choose as many as "
        "you like: Over-the-counter painkillers; Prescription medication; Heat or ice; "
        "Stretching or exercise; None of these",
        options=[
            "Over-the-counter painkillers",
            "Prescription medication",
            "Heat or ice",
            "Stretching or exercise",
            "None of these",
        ],
        lang="en",
    ),
    # ranking
    C(
        R,
        "Please rank these benefits from most to least valuable to you:\n- Health insurance\n"
        "- Pension contributions\n- Extra holiday days\n- Remote work allowance\n"
        "- Learning budget",
        options=[
            "Health insurance",
            "Pension contributions",
            "Extra holiday days",
            "Remote work allowance",
            "Learning budget",
        ],
        lang="en",
    ),
    C(
        R,
        "If you had to put these in order, what matters most to you for next quarter? Order "
        "them from 1 (most important) to 4 (least important): workload balance, career "
        "development, team communication, pay review.",
        options=["workload balance", "career development", "team communication", "pay review"],
        lang="en",
    ),
    C(
        R,
        "Rank the following parts of the course from most useful to least useful: lectures, "
        "tutorials, assignments, the online forum.",
        options=["lectures", "tutorials", "assignments", "the online forum"],
        lang="en",
    ),
    C(
        R,
        "Which of these would you like us to fix first? Please rank them, top priority first:\n"
        "1) Wait times on the phone\n2) Getting through to the right person\n"
        "3) Follow-up after the call\n4) Clarity of the information given",
        options=[
            "Wait times on the phone",
            "Getting through to the right person",
            "Follow-up after the call",
            "Clarity of the information given",
        ],
        lang="en",
    ),
    # yes / no
    C(Y, "In the past month, have you missed work because of this?", lang="en"),
    C(Y, "Just a quick screening item: do you currently smoke?", lang="en"),
    C(Y, "Have you taken any sick leave in the last 3 months?", lang="en"),
    C(Y, "Would you recommend this course to another student? Yes or no is fine.", lang="en"),
]

_ES: list[Case] = [
    # open-ended
    D("Me has dicho «varios días» — ¿qué suele pasar esos días?", lang="es"),
    D(
        "Le pusiste un 6 a tu responsable. ¿Qué tendría que cambiar para que fuera un 9?",
        lang="es",
    ),
    D(
        "Usted marcó «casi todos los días» en la pregunta sobre el sueño. ¿Podría contarme cómo "
        "es una noche típica?",
        lang="es",
    ),
    D(
        "Comentaste que tu carga de trabajo pasó de «a veces» a «siempre» en los últimos 3 "
        "meses. ¿A qué crees que se debe?",
        lang="es",
    ),
    C(OE, "¿Qué es lo que más valora de la forma en que trabaja su equipo?", lang="es"),
    C(
        OE,
        "Cuéntame con tus palabras cómo ha sido tu experiencia con el servicio de atención al "
        "cliente.",
        lang="es",
    ),
    # scale
    C(
        SC,
        "En una escala del 0 al 10, ¿qué probabilidad hay de que recomiendes nuestra empresa "
        "como lugar de trabajo a un amigo? (0 = nada probable, 10 = muy probable)",
        scale=(0, 10),
        labels={"lo": "nada probable", "hi": "muy probable"},
        lang="es",
    ),
    C(
        SC,
        "Pregunta 5 de 12: «Mi responsable me da retroalimentación útil». Valore del 1 al 5, "
        "donde 1 = totalmente en desacuerdo y 5 = totalmente de acuerdo.",
        scale=(1, 5),
        labels={"lo": "totalmente en desacuerdo", "hi": "totalmente de acuerdo"},
        lang="es",
    ),
    C(
        SC,
        "¿Cuánto dolor ha tenido hoy? Indíquelo con un número del 0 al 10, siendo 0 sin dolor y "
        "10 el peor dolor imaginable.",
        scale=(0, 10),
        labels={"lo": "sin dolor", "hi": "el peor dolor imaginable"},
        lang="es",
    ),
    C(
        SC,
        "¡Ya casi terminamos! Del 1 al 7, ¿qué tan fácil te resultó resolver tu trámite con "
        "nosotros? 1 es muy difícil y 7 es muy fácil.",
        scale=(1, 7),
        labels={"lo": "muy difícil", "hi": "muy fácil"},
        lang="es",
    ),
    # single choice
    C(
        S,
        "Durante las últimas dos semanas, ¿con qué frecuencia ha sentido poco interés o placer "
        "en hacer cosas?\nNunca\nVarios días\nMás de la mitad de los días\nCasi todos los días",
        options=["Nunca", "Varios días", "Más de la mitad de los días", "Casi todos los días"],
        lang="es",
    ),
    C(
        S,
        "«En mi equipo puedo dar mi opinión sin miedo». ¿Qué tan de acuerdo estás? Responde con "
        "una de estas: Totalmente en desacuerdo / En desacuerdo / Ni de acuerdo ni en "
        "desacuerdo / De acuerdo / Totalmente de acuerdo",
        options=[
            "Totalmente en desacuerdo",
            "En desacuerdo",
            "Ni de acuerdo ni en desacuerdo",
            "De acuerdo",
            "Totalmente de acuerdo",
        ],
        lang="es",
    ),
    C(
        S,
        "¿Con qué frecuencia te sientes agotado al final de la jornada: nunca, rara vez, a "
        "veces, a menudo o siempre?",
        options=["nunca", "rara vez", "a veces", "a menudo", "siempre"],
        lang="es",
    ),
    C(
        S,
        "En general, ¿cómo calificaría la calidad de la asignatura? (Excelente | Buena | "
        "Regular | Mala)",
        options=["Excelente", "Buena", "Regular", "Mala"],
        lang="es",
    ),
    # multiple choice
    C(
        M,
        "¿Cuáles de estos síntomas ha tenido este mes? Marque todos los que correspondan:\n"
        "- Dolor de cabeza\n- Problemas para dormir\n- Cansancio\n- Falta de apetito\n"
        "- Ninguno de los anteriores",
        options=[
            "Dolor de cabeza",
            "Problemas para dormir",
            "Cansancio",
            "Falta de apetito",
            "Ninguno de los anteriores",
        ],
        lang="es",
    ),
    C(
        M,
        "¿Qué recursos del curso usaste? Puedes elegir varios: las clases grabadas, las "
        "diapositivas, el foro, las tutorías u otro.",
        options=["las clases grabadas", "las diapositivas", "el foro", "las tutorías"],
        allow_other=True,
        lang="es",
    ),
    C(
        M,
        "¿Qué cambios mejorarían más tu día a día en el trabajo? Elige hasta 2:\n"
        "1. Menos reuniones\n2. Horario más flexible\n3. Objetivos más claros\n"
        "4. Mejores herramientas\n5. Otro",
        options=[
            "Menos reuniones",
            "Horario más flexible",
            "Objetivos más claros",
            "Mejores herramientas",
        ],
        allow_other=True,
        max_choices=2,
        lang="es",
    ),
    C(
        M,
        "¿Por qué canales se ha puesto en contacto con nosotros en los últimos 30 días? "
        "Seleccione todos los que apliquen: teléfono; correo electrónico; chat web; redes "
        "sociales; ninguno",
        options=["teléfono", "correo electrónico", "chat web", "redes sociales", "ninguno"],
        lang="es",
    ),
    # ranking
    C(
        R,
        "Ordena estos beneficios del más al menos valioso para ti:\n- Seguro médico\n"
        "- Plan de pensiones\n- Días libres adicionales\n- Ayuda para teletrabajo",
        options=[
            "Seguro médico",
            "Plan de pensiones",
            "Días libres adicionales",
            "Ayuda para teletrabajo",
        ],
        lang="es",
    ),
    C(
        R,
        "Por favor, clasifique los siguientes aspectos del curso según su utilidad, del más útil "
        "al menos útil: clases teóricas, prácticas, lecturas, exámenes parciales.",
        options=["clases teóricas", "prácticas", "lecturas", "exámenes parciales"],
        lang="es",
    ),
    C(
        R,
        "¿Qué deberíamos mejorar primero? Ordénalos por prioridad (1 = lo más urgente):\n"
        "1) El tiempo de espera\n2) La amabilidad del personal\n"
        "3) La claridad de la información\n4) El seguimiento posterior",
        options=[
            "El tiempo de espera",
            "La amabilidad del personal",
            "La claridad de la información",
            "El seguimiento posterior",
        ],
        lang="es",
    ),
    C(
        R,
        "Ponga en orden de importancia, de mayor a menor, lo que más influye en su bienestar en "
        "el trabajo: el salario, el ambiente de equipo, la flexibilidad horaria y las "
        "oportunidades de crecimiento.",
        options=[
            "el salario",
            "el ambiente de equipo",
            "la flexibilidad horaria",
            "las oportunidades de crecimiento",
        ],
        lang="es",
    ),
    # yes / no
    C(Y, "En el último mes, ¿ha faltado al trabajo por este motivo?", lang="es"),
    C(Y, "¿Fuma usted actualmente?", lang="es"),
    C(
        Y,
        "¿Has tenido una conversación de desarrollo profesional con tu responsable en los "
        "últimos seis meses?",
        lang="es",
    ),
    C(Y, "¿Recomendarías esta asignatura a otros estudiantes? Basta con sí o no.", lang="es"),
]

_FR: list[Case] = [
    # open-ended
    D(
        "Vous avez répondu « plusieurs jours » — que se passe-t-il généralement ces jours-là ?",
        lang="fr",
    ),
    D("Tu as donné un 6 sur 10. Qu'est-ce qui te ferait passer de 6 à 9 ?", lang="fr"),
    D(
        "Vous dites avoir décroché entre la 3e et la 8e semaine du cours. Que s'est-il passé à "
        "ce moment-là ?",
        lang="fr",
    ),
    D(
        "Tu as coché « souvent » pour la surcharge de travail. Tu peux me donner un exemple "
        "concret d'une journée comme ça ?",
        lang="fr",
    ),
    C(
        OE,
        "Qu'est-ce que votre manager pourrait faire différemment pour mieux vous soutenir ?",
        lang="fr",
    ),
    C(
        OE,
        "Décrivez avec vos propres mots comment votre sommeil a évolué depuis le début du "
        "traitement.",
        lang="fr",
    ),
    # scale
    C(
        SC,
        "Sur une échelle de 0 à 10, quelle est la probabilité que vous recommandiez notre "
        "entreprise comme employeur à un proche ? 0 = pas du tout probable, 10 = extrêmement "
        "probable.",
        scale=(0, 10),
        labels={"lo": "pas du tout probable", "hi": "extrêmement probable"},
        lang="fr",
    ),
    C(
        SC,
        "Question 2 sur 8 : « Mon manager me donne des retours utiles. » Notez de 1 à 5 "
        "(1 = pas du tout d'accord, 5 = tout à fait d'accord).",
        scale=(1, 5),
        labels={"lo": "pas du tout d'accord", "hi": "tout à fait d'accord"},
        lang="fr",
    ),
    C(
        SC,
        "Sur une échelle de 0 à 10, où 0 correspond à aucune douleur et 10 à la pire douleur "
        "imaginable, comment évaluez-vous votre douleur en ce moment ?",
        scale=(0, 10),
        labels={"lo": "aucune douleur", "hi": "la pire douleur imaginable"},
        lang="fr",
    ),
    C(
        SC,
        "Merci ! De 1 à 7, à quel point a-t-il été facile de résoudre ton problème aujourd'hui ? "
        "1 signifie très difficile et 7 très facile.",
        scale=(1, 7),
        labels={"lo": "très difficile", "hi": "très facile"},
        lang="fr",
    ),
    # single choice
    C(
        S,
        "Au cours des deux dernières semaines, à quelle fréquence avez-vous été gêné(e) par un "
        "peu d'intérêt ou de plaisir à faire les choses ?\nPas du tout\nPlusieurs jours\n"
        "Plus de la moitié du temps\nPresque tous les jours",
        options=[
            "Pas du tout",
            "Plusieurs jours",
            "Plus de la moitié du temps",
            "Presque tous les jours",
        ],
        lang="fr",
    ),
    C(
        S,
        "« Je me sens libre de prendre la parole dans mon équipe. » Dans quelle mesure êtes-vous "
        "d'accord ? Vos options : Pas du tout d'accord / Plutôt pas d'accord / Ni d'accord ni "
        "pas d'accord / Plutôt d'accord / Tout à fait d'accord",
        options=[
            "Pas du tout d'accord",
            "Plutôt pas d'accord",
            "Ni d'accord ni pas d'accord",
            "Plutôt d'accord",
            "Tout à fait d'accord",
        ],
        lang="fr",
    ),
    C(
        S,
        "À quelle fréquence te sens-tu épuisé(e) à la fin de ta journée de travail : jamais, "
        "rarement, parfois, souvent ou toujours ?",
        options=["jamais", "rarement", "parfois", "souvent", "toujours"],
        lang="fr",
    ),
    C(
        S,
        "Globalement, êtes-vous satisfait(e) de l'accompagnement reçu ? (Très insatisfait | "
        "Insatisfait | Neutre | Satisfait | Très satisfait)",
        options=["Très insatisfait", "Insatisfait", "Neutre", "Satisfait", "Très satisfait"],
        lang="fr",
    ),
    # multiple choice
    C(
        M,
        "Parmi les symptômes suivants, lesquels avez-vous ressentis ce mois-ci ? Plusieurs "
        "réponses possibles.\n- Maux de tête\n- Troubles du sommeil\n- Fatigue\n"
        "- Perte d'appétit\n- Aucun de ces symptômes",
        options=[
            "Maux de tête",
            "Troubles du sommeil",
            "Fatigue",
            "Perte d'appétit",
            "Aucun de ces symptômes",
        ],
        lang="fr",
    ),
    C(
        M,
        "Quels supports de cours as-tu utilisés ce semestre ? Coche tout ce qui s'applique : "
        "les vidéos, les polycopiés, les quiz en ligne, les permanences, ou autre.",
        options=["les vidéos", "les polycopiés", "les quiz en ligne", "les permanences"],
        allow_other=True,
        lang="fr",
    ),
    C(
        M,
        "Qu'est-ce qui améliorerait le plus votre quotidien au travail ? Choisissez jusqu'à "
        "3 réponses :\n1. Moins de réunions\n2. Des priorités plus claires\n"
        "3. Plus de télétravail\n4. De meilleurs outils\n5. Plus de reconnaissance\n6. Autre",
        options=[
            "Moins de réunions",
            "Des priorités plus claires",
            "Plus de télétravail",
            "De meilleurs outils",
            "Plus de reconnaissance",
        ],
        allow_other=True,
        max_choices=3,
        lang="fr",
    ),
    C(
        M,
        "Comment nous avez-vous contactés ces 30 derniers jours ? Sélectionnez toutes les "
        "réponses qui s'appliquent : téléphone ; e-mail ; chat en ligne ; en agence ; aucun de "
        "ces moyens",
        options=["téléphone", "e-mail", "chat en ligne", "en agence", "aucun de ces moyens"],
        lang="fr",
    ),
    # ranking
    C(
        R,
        "Classez ces avantages du plus important au moins important pour vous :\n- Mutuelle\n"
        "- Tickets-restaurant\n- Jours de congé supplémentaires\n- Prime de télétravail",
        options=[
            "Mutuelle",
            "Tickets-restaurant",
            "Jours de congé supplémentaires",
            "Prime de télétravail",
        ],
        lang="fr",
    ),
    C(
        R,
        "Range ces éléments du cours du plus utile au moins utile : les cours magistraux, les "
        "TD, les lectures, les examens blancs.",
        options=["les cours magistraux", "les TD", "les lectures", "les examens blancs"],
        lang="fr",
    ),
    C(
        R,
        "Que devrions-nous améliorer en priorité ? Merci de classer par ordre de priorité "
        "(1 = le plus urgent) :\n1) Le temps d'attente\n2) L'amabilité du personnel\n"
        "3) La clarté des informations\n4) Le suivi après l'appel",
        options=[
            "Le temps d'attente",
            "L'amabilité du personnel",
            "La clarté des informations",
            "Le suivi après l'appel",
        ],
        lang="fr",
    ),
    C(
        R,
        "Par ordre d'importance décroissante, classez ce qui compte le plus pour votre bien-être "
        "au travail : le salaire, l'ambiance d'équipe, la flexibilité des horaires, les "
        "perspectives d'évolution.",
        options=[
            "le salaire",
            "l'ambiance d'équipe",
            "la flexibilité des horaires",
            "les perspectives d'évolution",
        ],
        lang="fr",
    ),
    # yes / no
    C(
        Y,
        "Au cours du dernier mois, avez-vous dû vous absenter du travail à cause de cela ?",
        lang="fr",
    ),
    C(Y, "Fumez-vous actuellement ?", lang="fr"),
    C(
        Y,
        "As-tu eu un entretien individuel avec ton manager au cours des six derniers mois ?",
        lang="fr",
    ),
    C(
        Y,
        "Recommanderiez-vous ce cours à d'autres étudiants ? Répondez simplement par oui ou par "
        "non.",
        lang="fr",
    ),
]

_DE: list[Case] = [
    # open-ended
    D(
        "Sie haben „an einzelnen Tagen“ angegeben – was passiert an diesen Tagen typischerweise?",
        lang="de",
    ),
    D("Du hast eine 6 von 10 vergeben. Was müsste passieren, damit es eine 9 wird?", lang="de"),
    D(
        "Bei der Frage zur Arbeitsbelastung sind Sie von „manchmal“ auf „immer“ gesprungen. Was "
        "hat sich in den letzten 3 Monaten verändert?",
        lang="de",
    ),
    D(
        "Du hast deine Schmerzen gestern mit 7 und heute mit 3 bewertet. Woran liegt das deiner "
        "Meinung nach?",
        lang="de",
    ),
    C(OE, "Was schätzen Sie an der Zusammenarbeit in Ihrem Team am meisten?", lang="de"),
    C(
        OE,
        "Beschreib mal in deinen eigenen Worten, wie die Kommunikation mit der Kursleitung für "
        "dich war.",
        lang="de",
    ),
    # scale
    C(
        SC,
        "Auf einer Skala von 0 bis 10: Wie wahrscheinlich ist es, dass Sie unser Unternehmen "
        "einem Freund als Arbeitgeber empfehlen? 0 = überhaupt nicht wahrscheinlich, "
        "10 = äußerst wahrscheinlich.",
        scale=(0, 10),
        labels={"lo": "überhaupt nicht wahrscheinlich", "hi": "äußerst wahrscheinlich"},
        lang="de",
    ),
    C(
        SC,
        "Aussage 4 von 9: „Meine Führungskraft gibt mir hilfreiches Feedback.“ Bitte bewerte "
        "von 1 bis 5, wobei 1 = stimme überhaupt nicht zu und 5 = stimme voll und ganz zu.",
        scale=(1, 5),
        labels={"lo": "stimme überhaupt nicht zu", "hi": "stimme voll und ganz zu"},
        lang="de",
    ),
    C(
        SC,
        "Wie stark sind Ihre Schmerzen im Moment? Bitte geben Sie eine Zahl von 0 bis 10 an, "
        "wobei 0 keine Schmerzen und 10 die stärksten vorstellbaren Schmerzen bedeutet.",
        scale=(0, 10),
        labels={"lo": "keine Schmerzen", "hi": "die stärksten vorstellbaren Schmerzen"},
        lang="de",
    ),
    C(
        SC,
        "Fast geschafft! Wie einfach war es heute, dein Anliegen zu klären? Von 1 (sehr "
        "schwierig) bis 7 (sehr einfach).",
        scale=(1, 7),
        labels={"lo": "sehr schwierig", "hi": "sehr einfach"},
        lang="de",
    ),
    # single choice
    C(
        S,
        "Wie oft fühlten Sie sich im Verlauf der letzten 2 Wochen durch wenig Interesse oder "
        "Freude an Ihren Tätigkeiten beeinträchtigt?\nÜberhaupt nicht\nAn einzelnen Tagen\n"
        "An mehr als der Hälfte der Tage\nBeinahe jeden Tag",
        options=[
            "Überhaupt nicht",
            "An einzelnen Tagen",
            "An mehr als der Hälfte der Tage",
            "Beinahe jeden Tag",
        ],
        lang="de",
    ),
    C(
        S,
        "„In meinem Team kann ich offen Bedenken ansprechen.“ Wie sehr stimmst du zu? Antworte "
        "mit einer der folgenden Optionen: Stimme überhaupt nicht zu / Stimme eher nicht zu / "
        "Teils, teils / Stimme eher zu / Stimme voll und ganz zu",
        options=[
            "Stimme überhaupt nicht zu",
            "Stimme eher nicht zu",
            "Teils, teils",
            "Stimme eher zu",
            "Stimme voll und ganz zu",
        ],
        lang="de",
    ),
    C(
        S,
        "Wie häufig fühlen Sie sich nach der Arbeit erschöpft – nie, selten, manchmal, oft oder "
        "immer?",
        options=["nie", "selten", "manchmal", "oft", "immer"],
        lang="de",
    ),
    C(
        S,
        "Wie zufrieden warst du insgesamt mit der Lehrveranstaltung? (Sehr zufrieden | "
        "Zufrieden | Weder noch | Unzufrieden | Sehr unzufrieden)",
        options=["Sehr zufrieden", "Zufrieden", "Weder noch", "Unzufrieden", "Sehr unzufrieden"],
        lang="de",
    ),
    # multiple choice
    C(
        M,
        "Welche dieser Beschwerden hatten Sie in diesem Monat? Mehrfachnennungen möglich.\n"
        "- Kopfschmerzen\n- Schlafprobleme\n- Müdigkeit\n- Appetitlosigkeit\n"
        "- Keine der genannten",
        options=[
            "Kopfschmerzen",
            "Schlafprobleme",
            "Müdigkeit",
            "Appetitlosigkeit",
            "Keine der genannten",
        ],
        lang="de",
    ),
    C(
        M,
        "Welche Kursmaterialien hast du genutzt? Kreuz alles an, was zutrifft: "
        "Vorlesungsaufzeichnungen, Folien, Übungsblätter, Sprechstunden oder Andere.",
        options=["Vorlesungsaufzeichnungen", "Folien", "Übungsblätter", "Sprechstunden"],
        allow_other=True,
        lang="de",
    ),
    C(
        M,
        "Was würde Ihren Arbeitsalltag am meisten verbessern? Wählen Sie bis zu 2 aus:\n"
        "1. Weniger Meetings\n2. Klarere Prioritäten\n3. Flexiblere Arbeitszeiten\n"
        "4. Bessere Tools\n5. Andere",
        options=[
            "Weniger Meetings",
            "Klarere Prioritäten",
            "Flexiblere Arbeitszeiten",
            "Bessere Tools",
        ],
        allow_other=True,
        max_choices=2,
        lang="de",
    ),
    C(
        M,
        "Über welche Wege haben Sie uns in den letzten 30 Tagen kontaktiert? Bitte alle "
        "zutreffenden auswählen: Telefon; E-Mail; Live-Chat; Filiale; keinen davon",
        options=["Telefon", "E-Mail", "Live-Chat", "Filiale", "keinen davon"],
        lang="de",
    ),
    # ranking
    C(
        R,
        "Bitte bringen Sie diese Zusatzleistungen in eine Reihenfolge, von am wertvollsten bis "
        "am wenigsten wertvoll:\n- Betriebliche Altersvorsorge\n- Jobticket\n"
        "- Zusätzliche Urlaubstage\n- Homeoffice-Pauschale",
        options=[
            "Betriebliche Altersvorsorge",
            "Jobticket",
            "Zusätzliche Urlaubstage",
            "Homeoffice-Pauschale",
        ],
        lang="de",
    ),
    C(
        R,
        "Sortier bitte die Kursbestandteile nach Nützlichkeit, das Nützlichste zuerst: "
        "Vorlesung, Tutorium, Hausaufgaben, Probeklausur.",
        options=["Vorlesung", "Tutorium", "Hausaufgaben", "Probeklausur"],
        lang="de",
    ),
    C(
        R,
        "Was sollten wir zuerst verbessern? Bitte nach Priorität ordnen (1 = am dringendsten):\n"
        "1) Wartezeit am Telefon\n2) Freundlichkeit der Mitarbeitenden\n"
        "3) Verständlichkeit der Informationen\n4) Nachbetreuung",
        options=[
            "Wartezeit am Telefon",
            "Freundlichkeit der Mitarbeitenden",
            "Verständlichkeit der Informationen",
            "Nachbetreuung",
        ],
        lang="de",
    ),
    C(
        R,
        "Ordnen Sie nach Wichtigkeit, vom wichtigsten zum unwichtigsten, was Ihr Wohlbefinden "
        "bei der Arbeit am stärksten beeinflusst: Gehalt, Teamklima, flexible Arbeitszeiten, "
        "Entwicklungsmöglichkeiten.",
        options=["Gehalt", "Teamklima", "flexible Arbeitszeiten", "Entwicklungsmöglichkeiten"],
        lang="de",
    ),
    # yes / no
    C(Y, "Haben Sie im letzten Monat deswegen bei der Arbeit gefehlt?", lang="de"),
    C(Y, "Rauchen Sie derzeit?", lang="de"),
    C(
        Y,
        "Hattest du in den letzten sechs Monaten ein Entwicklungsgespräch mit deiner "
        "Führungskraft?",
        lang="de",
    ),
    C(
        Y,
        "Würden Sie diesen Kurs anderen Studierenden weiterempfehlen? Ein einfaches Ja oder Nein "
        "reicht.",
        lang="de",
    ),
]

_PT: list[Case] = [
    # open-ended
    D("Você disse “vários dias” — o que costuma acontecer nesses dias?", lang="pt"),
    D(
        "Você deu nota 6 para o seu gestor. O que faria essa nota subir de 6 para 9?",
        lang="pt",
    ),
    D(
        "O senhor marcou “quase todos os dias” na pergunta sobre o sono. Pode me contar como é "
        "uma noite típica?",
        lang="pt",
    ),
    D(
        "Entre a semana 2 e a semana 5 você disse que a carga de trabalho ficou pesada. O que "
        "aconteceu nesse período?",
        lang="pt",
    ),
    C(
        OE,
        "O que a sua liderança poderia fazer de diferente para te apoiar melhor?",
        lang="pt",
    ),
    C(
        OE,
        "Conte, com suas palavras, como foi a sua experiência com o nosso atendimento.",
        lang="pt",
    ),
    # scale
    C(
        SC,
        "Numa escala de 0 a 10, qual a probabilidade de você recomendar a nossa empresa como "
        "lugar para trabalhar a um amigo? (0 = nada provável, 10 = extremamente provável)",
        scale=(0, 10),
        labels={"lo": "nada provável", "hi": "extremamente provável"},
        lang="pt",
    ),
    C(
        SC,
        "Item 6 de 10: “Meu gestor me dá feedback útil.” Avalie de 1 a 5, sendo "
        "1 = discordo totalmente e 5 = concordo totalmente.",
        scale=(1, 5),
        labels={"lo": "discordo totalmente", "hi": "concordo totalmente"},
        lang="pt",
    ),
    C(
        SC,
        "Como está a sua dor agora? Indique um número de 0 a 10, em que 0 é sem dor e 10 é a "
        "pior dor imaginável.",
        scale=(0, 10),
        labels={"lo": "sem dor", "hi": "a pior dor imaginável"},
        lang="pt",
    ),
    C(
        SC,
        "Estamos quase no fim! De 1 a 7, quão fácil foi resolver a sua solicitação hoje? 1 é "
        "muito difícil e 7 é muito fácil.",
        scale=(1, 7),
        labels={"lo": "muito difícil", "hi": "muito fácil"},
        lang="pt",
    ),
    # single choice
    C(
        S,
        "Nas últimas duas semanas, com que frequência você foi incomodado(a) por pouco interesse "
        "ou pouco prazer em fazer as coisas?\nNenhuma vez\nVários dias\nMais da metade dos dias\n"
        "Quase todos os dias",
        options=["Nenhuma vez", "Vários dias", "Mais da metade dos dias", "Quase todos os dias"],
        lang="pt",
    ),
    C(
        S,
        "“Sinto que posso expor minhas ideias no time sem medo.” Quanto você concorda? Suas "
        "opções: Discordo totalmente / Discordo / Não concordo nem discordo / Concordo / "
        "Concordo totalmente",
        options=[
            "Discordo totalmente",
            "Discordo",
            "Não concordo nem discordo",
            "Concordo",
            "Concordo totalmente",
        ],
        lang="pt",
    ),
    C(
        S,
        "Com que frequência o senhor se sente esgotado no fim do expediente: nunca, raramente, "
        "às vezes, frequentemente ou sempre?",
        options=["nunca", "raramente", "às vezes", "frequentemente", "sempre"],
        lang="pt",
    ),
    C(
        S,
        "No geral, como você avalia a qualidade da disciplina? (Excelente | Boa | Regular | Ruim)",
        options=["Excelente", "Boa", "Regular", "Ruim"],
        lang="pt",
    ),
    # multiple choice
    C(
        M,
        "Quais destes sintomas você teve este mês? Marque todas as opções que se aplicam:\n"
        "- Dor de cabeça\n- Dificuldade para dormir\n- Cansaço\n- Falta de apetite\n"
        "- Nenhuma das anteriores",
        options=[
            "Dor de cabeça",
            "Dificuldade para dormir",
            "Cansaço",
            "Falta de apetite",
            "Nenhuma das anteriores",
        ],
        lang="pt",
    ),
    C(
        M,
        "Quais materiais do curso você usou? Pode escolher mais de um: videoaulas, slides, "
        "fórum, monitorias ou outro.",
        options=["videoaulas", "slides", "fórum", "monitorias"],
        allow_other=True,
        lang="pt",
    ),
    C(
        M,
        "O que mais melhoraria o seu dia a dia no trabalho? Escolha até 3:\n"
        "1. Menos reuniões\n2. Prioridades mais claras\n3. Horário flexível\n"
        "4. Ferramentas melhores\n5. Mais reconhecimento\n6. Outro",
        options=[
            "Menos reuniões",
            "Prioridades mais claras",
            "Horário flexível",
            "Ferramentas melhores",
            "Mais reconhecimento",
        ],
        allow_other=True,
        max_choices=3,
        lang="pt",
    ),
    C(
        M,
        "Por quais canais o senhor entrou em contato conosco nos últimos 30 dias? Selecione "
        "todos que se aplicam: telefone; e-mail; chat no site; redes sociais; nenhum deles",
        options=["telefone", "e-mail", "chat no site", "redes sociais", "nenhum deles"],
        lang="pt",
    ),
    # ranking
    C(
        R,
        "Ordene estes benefícios do mais para o menos valioso para você:\n- Plano de saúde\n"
        "- Vale-refeição\n- Previdência privada\n- Auxílio home office",
        options=["Plano de saúde", "Vale-refeição", "Previdência privada", "Auxílio home office"],
        lang="pt",
    ),
    C(
        R,
        "Por favor, classifique os seguintes aspectos da disciplina do mais útil ao menos útil: "
        "aulas expositivas, exercícios, leituras, provas simuladas.",
        options=["aulas expositivas", "exercícios", "leituras", "provas simuladas"],
        lang="pt",
    ),
    C(
        R,
        "O que devemos melhorar primeiro? Coloque em ordem de prioridade (1 = mais urgente):\n"
        "1) Tempo de espera\n2) Cordialidade da equipe\n3) Clareza das informações\n"
        "4) Acompanhamento depois do atendimento",
        options=[
            "Tempo de espera",
            "Cordialidade da equipe",
            "Clareza das informações",
            "Acompanhamento depois do atendimento",
        ],
        lang="pt",
    ),
    C(
        R,
        "Coloque em ordem de importância, da maior para a menor, o que mais pesa no seu "
        "bem-estar no trabalho: salário, clima da equipe, flexibilidade de horário e "
        "oportunidades de crescimento.",
        options=[
            "salário",
            "clima da equipe",
            "flexibilidade de horário",
            "oportunidades de crescimento",
        ],
        lang="pt",
    ),
    # yes / no
    C(Y, "No último mês, você faltou ao trabalho por causa disso?", lang="pt"),
    C(Y, "O senhor fuma atualmente?", lang="pt"),
    C(
        Y,
        "Você teve uma conversa de desenvolvimento de carreira com a sua liderança nos últimos "
        "seis meses?",
        lang="pt",
    ),
    C(
        Y,
        "Você recomendaria esta disciplina a outros alunos? Pode responder só sim ou não.",
        lang="pt",
    ),
]

HOLDOUT23: tuple[Case, ...] = (*_EN, *_ES, *_FR, *_DE, *_PT)
