"""Held-out corpus 28. Style: a formal research interviewer for employee-experience (HR)
and patient-experience (healthcare) studies. It uses polite, formal address (Sie, usted,
vous, o senhor/a senhora) and longer messages that often open with a context sentence
about confidentiality, anonymity or the purpose of the question before asking it. It
asks consent and eligibility yes/no questions (sometimes with a trailing "(Yes / No)"),
frequency and agreement scales stated as ranges with labelled ends ("where 1 means never
and 5 means always", "1 (strongly disagree) to 7 (strongly agree)", "1 = very poor, 10 =
excellent"), single and multiple choice questions whose options are full sentences or
contain commas, slashes and parentheses, listed with numbers, letters, dashes or bullets
or given inline after a colon and joined by "or"/"and", with "Other (please specify)"
and "None of these"/"Prefer not to say" options and limits such as "up to three", and
ranking of priorities from most to least important. Open distractors mention time
periods, numbers of visits or days, ranges, examples in parentheses, or alternatives
joined by "or".

Written by a helper session from its own head, without seeing the detector or any other
corpus. For measuring: its messages are never tuned on directly.

First run (scored once, by the lead of session 14, on the detector of commit 4fe3cfc; only the
summary was printed, no case read):
  114/130 exactly right (0.877);
  precision/recall per type: open_ended 0.714/1.000, scale 1.000/1.000, single_choice 0.938/0.750, multiple_choice 0.900/0.900, ranking 0.950/0.950, yes_no 1.000/0.600;
  0 of 30 open questions given a widget. Session 13's first detector (e2ce16f) scores the same unseen file 115/130 exactly right (so does this session's first, c2edf67).
Read in session 14 after that run: its families were written anew in corpus_session14.py (SPELLED_OUT) and tuned on: no longer unseen (130/130 after that work).
"""

from tests.questions.cases import OE, SC, C, Case, D, M, R, S, Y

_EN: list[Case] = [
    C(
        OE,
        (
            "Thank you for taking part in this study. Everything you share "
            "will be reported only in aggregated form and will not be "
            "attributed to you. To begin, could you describe in your own words "
            "what a typical working day looks like for you at the moment?"
        ),
        lang="en",
    ),
    D(
        (
            "Thinking about the last 12 months, roughly how many times have "
            "you spoken with your line manager about your career development, "
            "and what, if anything, came out of those conversations?"
        ),
        lang="en",
    ),
    D(
        (
            "Please take your time with this one. Over your last two or three "
            "visits to the clinic (for example, a routine check-up or a "
            "follow-up appointment), what made you feel rushed or unheard, if "
            "anything?"
        ),
        lang="en",
    ),
    D(
        (
            "Your answers remain confidential. If you could change one or two "
            "things about how shifts are scheduled, say the notice period, the "
            "length of shifts or how swaps are handled, what would you change, "
            "and why?"
        ),
        lang="en",
    ),
    D(
        (
            "Between one and three weeks after your discharge, what happened "
            "with your medication or follow-up care that you feel we should "
            "know about? Please describe it in as much detail as you are "
            "comfortable with."
        ),
        lang="en",
    ),
    D(
        (
            "In your view, what is the biggest factor affecting your "
            "motivation at work at present, whether that is workload, "
            "recognition, flexible hours or something else entirely? Please "
            "explain in a few sentences."
        ),
        lang="en",
    ),
    C(
        SC,
        (
            "The following questions are about your experience with the "
            "nursing staff. On a scale from 1 to 5, where 1 means never and 5 "
            "means always, how often did the nurses explain things in a way "
            "you could understand?"
        ),
        scale=(1, 5),
        labels={"lo": "never", "hi": "always"},
        lang="en",
    ),
    C(
        SC,
        (
            "How likely are you to recommend this organisation as a place to "
            "work to a friend or relative? Please answer on a scale of 0 to "
            "10, where 0 means not at all likely and 10 means extremely likely."
        ),
        scale=(0, 10),
        labels={"lo": "not at all likely", "hi": "extremely likely"},
        lang="en",
    ),
    C(
        SC,
        (
            'To what extent do you agree with the following statement: "I have '
            'the tools and resources I need to do my job well." Please use a '
            "scale from 1 (strongly disagree) to 7 (strongly agree)."
        ),
        scale=(1, 7),
        labels={"lo": "strongly disagree", "hi": "strongly agree"},
        lang="en",
    ),
    C(
        SC,
        (
            "Your individual rating will not be shared with your department. "
            "Overall, how would you rate the communication you received before "
            "your surgery, on a scale from 1 to 10 (1 = very poor, 10 = "
            "excellent)?"
        ),
        scale=(1, 10),
        labels={"lo": "very poor", "hi": "excellent"},
        lang="en",
    ),
    C(
        S,
        (
            "For classification purposes only, which of the following best "
            "describes your current employment arrangement?\n"
            "\n"
            "1. Full-time, permanent contract\n"
            "2. Part-time, permanent contract\n"
            "3. Fixed-term or temporary contract (including agency staff)\n"
            "4. Other (please specify)"
        ),
        options=[
            "Full-time, permanent contract",
            "Part-time, permanent contract",
            "Fixed-term or temporary contract (including agency staff)",
        ],
        allow_other=True,
        lang="en",
    ),
    C(
        S,
        (
            "Thinking about your most recent appointment, how long did you "
            "wait after your scheduled time before being seen?\n"
            "- Less than 15 minutes\n"
            "- Between 15 and 30 minutes\n"
            "- Between 31 and 60 minutes\n"
            "- More than an hour\n"
            "- I don't remember"
        ),
        options=[
            "Less than 15 minutes",
            "Between 15 and 30 minutes",
            "Between 31 and 60 minutes",
            "More than an hour",
            "I don't remember",
        ],
        lang="en",
    ),
    C(
        S,
        (
            "Which statement comes closest to your view? Please choose one.\n"
            "a) I feel well informed about decisions that affect my team, and "
            "I understand the reasons behind them.\n"
            "b) I am usually informed, but the reasons are not always "
            "explained.\n"
            "c) I often learn about decisions only after they have been made.\n"
            "d) I rarely or never feel informed."
        ),
        options=[
            "I feel well informed about decisions that affect my team, and I understand the reasons behind them",
            "I am usually informed, but the reasons are not always explained",
            "I often learn about decisions only after they have been made",
            "I rarely or never feel informed",
        ],
        lang="en",
    ),
    C(
        S,
        (
            "How did you mainly book your last appointment with us? Please "
            "select one option: by telephone, through the online patient "
            "portal, in person at the reception desk, or via a referral from "
            "your GP."
        ),
        options=[
            "by telephone",
            "through the online patient portal",
            "in person at the reception desk",
            "via a referral from your GP",
        ],
        lang="en",
    ),
    C(
        M,
        (
            "Which of the following benefits have you used in the past year? "
            "Please select all that apply.\n"
            "- Flexible working hours\n"
            "- Remote or hybrid working\n"
            "- Employee assistance programme (counselling, legal advice)\n"
            "- Training budget or paid study leave\n"
            "- None of these"
        ),
        options=[
            "Flexible working hours",
            "Remote or hybrid working",
            "Employee assistance programme (counselling, legal advice)",
            "Training budget or paid study leave",
            "None of these",
        ],
        lang="en",
    ),
    C(
        M,
        (
            "Please select up to three factors that most influenced your "
            "choice of this hospital:\n"
            "• Distance from home\n"
            "• Reputation of the specialists\n"
            "• Recommendation from a family member, friend or doctor\n"
            "• Waiting times\n"
            "• Parking and public transport access\n"
            "• Other (please describe)"
        ),
        options=[
            "Distance from home",
            "Reputation of the specialists",
            "Recommendation from a family member, friend or doctor",
            "Waiting times",
            "Parking and public transport access",
        ],
        allow_other=True,
        max_choices=3,
        lang="en",
    ),
    C(
        M,
        (
            "This information helps us direct improvements to where they are "
            "needed most. During your stay, which of these areas, if any, "
            "caused you difficulties? You can tick more than one.\n"
            "1) Noise at night\n"
            "2) Quality of food (taste, temperature, choice)\n"
            "3) Cleanliness of the room or bathroom\n"
            "4) Information about visiting hours\n"
            "5) None of the above"
        ),
        options=[
            "Noise at night",
            "Quality of food (taste, temperature, choice)",
            "Cleanliness of the room or bathroom",
            "Information about visiting hours",
            "None of the above",
        ],
        lang="en",
    ),
    C(
        M,
        (
            "Which communication channels do you rely on to stay informed "
            "about company news? Choose all that apply: the intranet, team "
            "meetings, e-mail newsletters, the internal chat app (e.g. Teams "
            "or Slack), or informal conversations with colleagues."
        ),
        options=[
            "the intranet",
            "team meetings",
            "e-mail newsletters",
            "the internal chat app (e.g. Teams or Slack)",
            "informal conversations with colleagues",
        ],
        lang="en",
    ),
    C(
        R,
        (
            "We would like to understand your priorities. Please rank the "
            "following aspects of your job from most important (1) to least "
            "important (5):\n"
            "- Salary and benefits\n"
            "- Job security\n"
            "- Work-life balance\n"
            "- Opportunities for promotion\n"
            "- Relationship with your manager"
        ),
        options=[
            "Salary and benefits",
            "Job security",
            "Work-life balance",
            "Opportunities for promotion",
            "Relationship with your manager",
        ],
        lang="en",
    ),
    C(
        R,
        (
            "If the hospital could improve only a few things next year, in "
            "which order would you prioritise them? Please put them in order, "
            "starting with the most important.\n"
            "1. Shorter waiting times in the emergency department\n"
            "2. More time with the doctor during consultations\n"
            "3. Clearer information at discharge (medication, next steps)\n"
            "4. Easier access to test results online"
        ),
        options=[
            "Shorter waiting times in the emergency department",
            "More time with the doctor during consultations",
            "Clearer information at discharge (medication, next steps)",
            "Easier access to test results online",
        ],
        lang="en",
    ),
    C(
        R,
        (
            "Please order these support measures according to how helpful they "
            "would be to you personally, from most to least helpful: mentoring "
            "by a senior colleague, a reduced workload during induction, "
            "regular check-ins with HR, and access to online learning."
        ),
        options=[
            "mentoring by a senior colleague",
            "a reduced workload during induction",
            "regular check-ins with HR",
            "access to online learning",
        ],
        lang="en",
    ),
    C(
        R,
        (
            "Thinking about the information you receive before a procedure, "
            "please rank the following from 1 (most important) to 4 (least "
            "important):\n"
            "a) Risks and possible side effects\n"
            "b) What to expect on the day itself\n"
            "c) Recovery time and aftercare\n"
            "d) Costs, if any, and insurance coverage"
        ),
        options=[
            "Risks and possible side effects",
            "What to expect on the day itself",
            "Recovery time and aftercare",
            "Costs, if any, and insurance coverage",
        ],
        lang="en",
    ),
    C(
        Y,
        (
            "Before we begin, I need to confirm your consent. Your responses "
            "will be stored securely and reported only in anonymised form. Do "
            "you agree to take part in this interview? (Yes / No)"
        ),
        lang="en",
    ),
    C(
        Y,
        (
            "To make sure this study is relevant to you: have you been an "
            "inpatient at one of our hospitals within the last six months? "
            "Please answer yes or no."
        ),
        lang="en",
    ),
    C(
        Y,
        (
            "Are you currently responsible for managing at least one other "
            "person, either directly or indirectly?"
        ),
        lang="en",
    ),
    C(
        Y,
        (
            "Your answer will not be linked to your name. In the past 12 "
            "months, have you ever seriously considered leaving the "
            "organisation?"
        ),
        lang="en",
    ),
]

_ES: list[Case] = [
    C(
        OE,
        (
            "Muchas gracias por participar. Le recuerdo que sus respuestas son "
            "confidenciales y se analizarán únicamente de forma agregada. Para "
            "empezar, ¿podría contarme cómo ha sido su experiencia desde que "
            "se incorporó a la empresa?"
        ),
        lang="es",
    ),
    D(
        (
            "Pensando en sus últimas tres o cuatro consultas en el centro de "
            "salud, ¿qué aspectos de la atención le resultaron más útiles y "
            "cuáles le parecieron mejorables?"
        ),
        lang="es",
    ),
    D(
        (
            "En los últimos 6 meses, ¿en qué situaciones concretas (por "
            "ejemplo, reuniones de equipo, evaluaciones de desempeño o "
            "conversaciones informales) ha sentido que su opinión se tenía en "
            "cuenta?"
        ),
        lang="es",
    ),
    D(
        (
            "Si pudiera trabajar desde casa dos o tres días a la semana, ¿cómo "
            "cree que cambiaría su día a día, tanto en lo personal como en lo "
            "profesional? Explíquelo con sus propias palabras."
        ),
        lang="es",
    ),
    D(
        (
            "Según nuestros registros, su ingreso duró entre 5 y 10 días. "
            "¿Cómo describiría usted la comunicación entre el personal de "
            "enfermería y su familia durante ese periodo?"
        ),
        lang="es",
    ),
    D(
        (
            "Respecto al proceso de acogida de nuevos empleados (la "
            "documentación, la formación inicial, la asignación de un mentor u "
            "otros aspectos), ¿qué cambiaría usted y por qué? Cuénteme con el "
            "detalle que desee."
        ),
        lang="es",
    ),
    C(
        SC,
        (
            "Las siguientes preguntas se refieren a su relación con el equipo "
            "médico. En una escala del 1 al 5, donde 1 significa nunca y 5 "
            "significa siempre, ¿con qué frecuencia los médicos le escucharon "
            "con atención?"
        ),
        scale=(1, 5),
        labels={"lo": "nunca", "hi": "siempre"},
        lang="es",
    ),
    C(
        SC,
        (
            "¿Hasta qué punto está de acuerdo con la siguiente afirmación? «Mi "
            "responsable directo reconoce mi trabajo cuando lo hago bien.» "
            "Responda del 1 al 7, siendo 1 totalmente en desacuerdo y 7 "
            "totalmente de acuerdo."
        ),
        scale=(1, 7),
        labels={"lo": "totalmente en desacuerdo", "hi": "totalmente de acuerdo"},
        lang="es",
    ),
    C(
        SC,
        (
            "Del 0 al 10, ¿qué probabilidad hay de que recomiende nuestro "
            "hospital a un familiar o amigo? (0 = nada probable, 10 = muy "
            "probable)"
        ),
        scale=(0, 10),
        labels={"lo": "nada probable", "hi": "muy probable"},
        lang="es",
    ),
    C(
        SC,
        (
            "Le recordamos que esta valoración es anónima. ¿Cómo valoraría, en "
            "general, el equilibrio entre su vida laboral y personal durante "
            "el último trimestre, en una escala de 1 a 10, donde 1 es muy malo "
            "y 10 es excelente?"
        ),
        scale=(1, 10),
        labels={"lo": "muy malo", "hi": "excelente"},
        lang="es",
    ),
    C(
        S,
        (
            "¿Cuál de las siguientes opciones describe mejor su antigüedad en "
            "la organización?\n"
            "- Menos de un año\n"
            "- Entre 1 y 3 años\n"
            "- Entre 4 y 10 años\n"
            "- Más de 10 años\n"
            "- Prefiero no contestar"
        ),
        options=[
            "Menos de un año",
            "Entre 1 y 3 años",
            "Entre 4 y 10 años",
            "Más de 10 años",
            "Prefiero no contestar",
        ],
        lang="es",
    ),
    C(
        S,
        (
            "En su última visita a urgencias, ¿quién le acompañaba? Seleccione "
            "una sola respuesta:\n"
            "1. Nadie, acudí solo/a\n"
            "2. Un familiar (pareja, hijo/a, padre o madre)\n"
            "3. Un amigo o vecino\n"
            "4. Otro (por favor, especifique)"
        ),
        options=[
            "Nadie, acudí solo/a",
            "Un familiar (pareja, hijo/a, padre o madre)",
            "Un amigo o vecino",
        ],
        allow_other=True,
        lang="es",
    ),
    C(
        S,
        (
            "¿Con cuál de estas afirmaciones se identifica más?\n"
            "a) Me siento valorado/a y veo un futuro claro en la empresa.\n"
            "b) Me siento valorado/a, aunque no tengo claro mi desarrollo "
            "profesional.\n"
            "c) No me siento especialmente valorado/a, pero estoy a gusto con "
            "mi equipo.\n"
            "d) No me siento valorado/a y estoy pensando en cambiar de trabajo."
        ),
        options=[
            "Me siento valorado/a y veo un futuro claro en la empresa",
            "Me siento valorado/a, aunque no tengo claro mi desarrollo profesional",
            "No me siento especialmente valorado/a, pero estoy a gusto con mi equipo",
            "No me siento valorado/a y estoy pensando en cambiar de trabajo",
        ],
        lang="es",
    ),
    C(
        S,
        (
            "¿Cómo recibió los resultados de sus análisis más recientes: por "
            "correo postal, a través de la aplicación del paciente, en una "
            "consulta presencial o por teléfono? Elija una opción, por favor."
        ),
        options=[
            "por correo postal",
            "a través de la aplicación del paciente",
            "en una consulta presencial",
            "por teléfono",
        ],
        lang="es",
    ),
    C(
        M,
        (
            "¿Cuáles de los siguientes recursos de bienestar conoce usted? "
            "Puede marcar todas las opciones que correspondan.\n"
            "- Programa de apoyo psicológico\n"
            "- Seguro médico complementario\n"
            "- Clases de yoga o pilates en la oficina\n"
            "- Días adicionales de asuntos propios\n"
            "- Ninguno de ellos"
        ),
        options=[
            "Programa de apoyo psicológico",
            "Seguro médico complementario",
            "Clases de yoga o pilates en la oficina",
            "Días adicionales de asuntos propios",
            "Ninguno de ellos",
        ],
        lang="es",
    ),
    C(
        M,
        (
            "Durante su estancia en planta, ¿qué aspectos le resultaron "
            "molestos? Seleccione como máximo dos:\n"
            "• El ruido, sobre todo por la noche\n"
            "• La temperatura de la habitación\n"
            "• Los horarios de las comidas\n"
            "• Las interrupciones frecuentes (tomas de constantes, limpieza)\n"
            "• Otro (especifique)"
        ),
        options=[
            "El ruido, sobre todo por la noche",
            "La temperatura de la habitación",
            "Los horarios de las comidas",
            "Las interrupciones frecuentes (tomas de constantes, limpieza)",
        ],
        allow_other=True,
        max_choices=2,
        lang="es",
    ),
    C(
        M,
        (
            "Esta información nos ayuda a planificar la formación del próximo "
            "año. ¿En qué áreas le gustaría recibir formación? Marque todas "
            "las que le interesen: idiomas, herramientas digitales, liderazgo "
            "y gestión de equipos, prevención de riesgos laborales."
        ),
        options=[
            "idiomas",
            "herramientas digitales",
            "liderazgo y gestión de equipos",
            "prevención de riesgos laborales",
        ],
        lang="es",
    ),
    C(
        M,
        (
            "¿Qué profesionales le atendieron durante su última visita? Puede "
            "elegir varias respuestas.\n"
            "1) Médico/a de familia\n"
            "2) Enfermero/a\n"
            "3) Especialista (cardiología, traumatología, etc.)\n"
            "4) Personal administrativo\n"
            "5) No lo recuerdo"
        ),
        options=[
            "Médico/a de familia",
            "Enfermero/a",
            "Especialista (cardiología, traumatología, etc.)",
            "Personal administrativo",
            "No lo recuerdo",
        ],
        lang="es",
    ),
    C(
        R,
        (
            "Ordene, por favor, las siguientes prioridades de la 1 (más "
            "importante) a la 5 (menos importante):\n"
            "- Aumento salarial\n"
            "- Más días de teletrabajo\n"
            "- Formación y desarrollo\n"
            "- Estabilidad del puesto\n"
            "- Mejor ambiente de trabajo"
        ),
        options=[
            "Aumento salarial",
            "Más días de teletrabajo",
            "Formación y desarrollo",
            "Estabilidad del puesto",
            "Mejor ambiente de trabajo",
        ],
        lang="es",
    ),
    C(
        R,
        (
            "Si el centro de salud solo pudiera mejorar algunas cosas este "
            "año, ¿en qué orden las priorizaría usted? Empiece por la que "
            "considere más urgente.\n"
            "1. Reducir el tiempo de espera para obtener cita\n"
            "2. Ampliar el horario de atención (tardes y sábados)\n"
            "3. Mejorar la información sobre los tratamientos\n"
            "4. Facilitar las gestiones por internet"
        ),
        options=[
            "Reducir el tiempo de espera para obtener cita",
            "Ampliar el horario de atención (tardes y sábados)",
            "Mejorar la información sobre los tratamientos",
            "Facilitar las gestiones por internet",
        ],
        lang="es",
    ),
    C(
        R,
        (
            "Clasifique estos aspectos de su puesto según la importancia que "
            "tienen para usted, de mayor a menor: la autonomía, el "
            "reconocimiento, la flexibilidad horaria y las posibilidades de "
            "promoción."
        ),
        options=[
            "la autonomía",
            "el reconocimiento",
            "la flexibilidad horaria",
            "las posibilidades de promoción",
        ],
        lang="es",
    ),
    C(
        R,
        (
            "A la hora de elegir un hospital, ¿cómo ordenaría estos criterios "
            "de más a menos importante?\n"
            "a) Cercanía al domicilio\n"
            "b) Prestigio de los especialistas\n"
            "c) Tiempo de espera para la intervención\n"
            "d) Opiniones de otros pacientes"
        ),
        options=[
            "Cercanía al domicilio",
            "Prestigio de los especialistas",
            "Tiempo de espera para la intervención",
            "Opiniones de otros pacientes",
        ],
        lang="es",
    ),
    C(
        Y,
        (
            "Antes de comenzar, necesitamos su consentimiento. Sus respuestas "
            "se tratarán de forma confidencial y solo se usarán con fines de "
            "investigación. ¿Acepta usted participar en esta entrevista? (Sí / "
            "No)"
        ),
        lang="es",
    ),
    C(
        Y,
        (
            "Para comprobar que cumple los requisitos del estudio: ¿ha sido "
            "atendido/a en nuestras consultas externas en los últimos tres "
            "meses? Responda sí o no, por favor."
        ),
        lang="es",
    ),
    C(
        Y,
        ("¿Trabaja usted actualmente en turno de noche, ya sea de forma fija o rotativa?"),
        lang="es",
    ),
    C(
        Y,
        (
            "Sus respuestas no se vincularán a su nombre. ¿Ha sufrido usted "
            "alguna situación de acoso o trato inadecuado en el trabajo "
            "durante el último año?"
        ),
        lang="es",
    ),
]

_FR: list[Case] = [
    C(
        OE,
        (
            "Merci d'avoir accepté de participer à cette étude. Vos réponses "
            "resteront strictement confidentielles. Pour commencer, "
            "pourriez-vous me décrire ce qui vous motive le plus dans votre "
            "travail au quotidien ?"
        ),
        lang="fr",
    ),
    D(
        (
            "Au cours de vos deux ou trois dernières consultations (par "
            "exemple un suivi, un bilan ou une urgence), qu'est-ce qui vous a "
            "semblé le plus rassurant, ou au contraire le plus inquiétant ?"
        ),
        lang="fr",
    ),
    D(
        (
            "Depuis votre arrivée il y a 1 à 2 ans, comment votre charge de "
            "travail a-t-elle évolué, et quelles en sont selon vous les "
            "principales raisons ?"
        ),
        lang="fr",
    ),
    D(
        (
            "Si vous deviez conseiller la direction sur trois points à "
            "améliorer, par exemple la communication, la reconnaissance ou "
            "l'organisation des horaires, que lui diriez-vous ?"
        ),
        lang="fr",
    ),
    D(
        (
            "Lors de votre sortie de l'hôpital, entre le jour même et la "
            "semaine suivante, comment avez-vous été informé(e) de la suite de "
            "votre traitement ? Décrivez-le librement, s'il vous plaît."
        ),
        lang="fr",
    ),
    C(
        OE,
        (
            "Pouvez-vous me raconter une situation récente où vous vous êtes "
            "senti(e) soutenu(e) par votre équipe, ou au contraire isolé(e) ?"
        ),
        lang="fr",
    ),
    C(
        SC,
        (
            "Sur une échelle de 1 à 5, où 1 signifie jamais et 5 signifie "
            "toujours, à quelle fréquence le personnel soignant s'est-il "
            "présenté avant de vous prodiguer des soins ?"
        ),
        scale=(1, 5),
        labels={"lo": "jamais", "hi": "toujours"},
        lang="fr",
    ),
    C(
        SC,
        (
            "Dans quelle mesure êtes-vous d'accord avec l'affirmation suivante "
            ": « Je peux concilier facilement ma vie professionnelle et ma vie "
            "personnelle » ? Veuillez répondre de 1 (pas du tout d'accord) à 5 "
            "(tout à fait d'accord)."
        ),
        scale=(1, 5),
        labels={"lo": "pas du tout d'accord", "hi": "tout à fait d'accord"},
        lang="fr",
    ),
    C(
        SC,
        (
            "Sur une échelle de 0 à 10, quelle est la probabilité que vous "
            "recommandiez notre établissement comme employeur à l'un de vos "
            "proches ? 0 correspond à « pas du tout probable » et 10 à « "
            "extrêmement probable »."
        ),
        scale=(0, 10),
        lang="fr",
    ),
    C(
        SC,
        (
            "Votre note restera anonyme. Globalement, comment évalueriez-vous "
            "la prise en charge de votre douleur pendant votre séjour, de 1 à "
            "10 (1 = très insatisfaisante, 10 = excellente) ?"
        ),
        scale=(1, 10),
        labels={"lo": "très insatisfaisante", "hi": "excellente"},
        lang="fr",
    ),
    C(
        S,
        (
            "À des fins statistiques uniquement, quelle est votre catégorie "
            "professionnelle ?\n"
            "- Employé(e) ou ouvrier(ère)\n"
            "- Technicien(ne) ou agent de maîtrise\n"
            "- Cadre ou ingénieur(e)\n"
            "- Autre (veuillez préciser)"
        ),
        options=[
            "Employé(e) ou ouvrier(ère)",
            "Technicien(ne) ou agent de maîtrise",
            "Cadre ou ingénieur(e)",
        ],
        allow_other=True,
        lang="fr",
    ),
    C(
        S,
        (
            "Combien de temps avez-vous attendu avant d'obtenir votre "
            "rendez-vous ? Veuillez choisir une seule réponse.\n"
            "1. Moins d'une semaine\n"
            "2. Entre une et quatre semaines\n"
            "3. Entre un et trois mois\n"
            "4. Plus de trois mois\n"
            "5. Je ne sais pas"
        ),
        options=[
            "Moins d'une semaine",
            "Entre une et quatre semaines",
            "Entre un et trois mois",
            "Plus de trois mois",
            "Je ne sais pas",
        ],
        lang="fr",
    ),
    C(
        S,
        (
            "Laquelle de ces affirmations correspond le mieux à votre "
            "situation ?\n"
            "a) Je connais bien les objectifs de mon service, et je sais "
            "comment y contribuer.\n"
            "b) Je connais les objectifs, mais je ne vois pas toujours mon "
            "rôle.\n"
            "c) Les objectifs de mon service ne me sont pas clairs.\n"
            "d) Je préfère ne pas répondre."
        ),
        options=[
            "Je connais bien les objectifs de mon service, et je sais comment y contribuer",
            "Je connais les objectifs, mais je ne vois pas toujours mon rôle",
            "Les objectifs de mon service ne me sont pas clairs",
            "Je préfère ne pas répondre",
        ],
        lang="fr",
    ),
    C(
        S,
        (
            "Par quel moyen avez-vous principalement connu nos services : par "
            "votre médecin traitant, par le site internet de l'hôpital, par le "
            "bouche-à-oreille ou par une brochure d'information ? Une seule "
            "réponse possible."
        ),
        options=[
            "par votre médecin traitant",
            "par le site internet de l'hôpital",
            "par le bouche-à-oreille",
            "par une brochure d'information",
        ],
        lang="fr",
    ),
    C(
        M,
        (
            "Parmi les dispositifs suivants, lesquels avez-vous déjà utilisés "
            "? Plusieurs réponses possibles.\n"
            "- Télétravail (partiel ou total)\n"
            "- Compte épargne-temps\n"
            "- Formation continue financée par l'entreprise\n"
            "- Service d'écoute psychologique\n"
            "- Aucun de ces dispositifs"
        ),
        options=[
            "Télétravail (partiel ou total)",
            "Compte épargne-temps",
            "Formation continue financée par l'entreprise",
            "Service d'écoute psychologique",
            "Aucun de ces dispositifs",
        ],
        lang="fr",
    ),
    C(
        M,
        (
            "Cette question nous aide à mieux cibler nos actions. Quelles "
            "difficultés avez-vous rencontrées pour accéder à l'hôpital ? "
            "Cochez toutes les réponses qui s'appliquent :\n"
            "• Stationnement difficile ou payant\n"
            "• Signalétique peu claire à l'intérieur du bâtiment\n"
            "• Horaires d'accueil trop restreints\n"
            "• Accès peu adapté aux personnes à mobilité réduite\n"
            "• Autre (précisez)"
        ),
        options=[
            "Stationnement difficile ou payant",
            "Signalétique peu claire à l'intérieur du bâtiment",
            "Horaires d'accueil trop restreints",
            "Accès peu adapté aux personnes à mobilité réduite",
        ],
        allow_other=True,
        lang="fr",
    ),
    C(
        M,
        (
            "Quels sont, selon vous, les principaux freins à votre évolution "
            "professionnelle ? Choisissez-en deux au maximum parmi : le manque "
            "de formation, le manque de postes disponibles, l'absence "
            "d'entretien de carrière, des critères de promotion peu "
            "transparents."
        ),
        options=[
            "le manque de formation",
            "le manque de postes disponibles",
            "l'absence d'entretien de carrière",
            "des critères de promotion peu transparents",
        ],
        max_choices=2,
        lang="fr",
    ),
    C(
        M,
        (
            "Quels professionnels avez-vous rencontrés pendant votre "
            "hospitalisation ? Vous pouvez sélectionner plusieurs réponses.\n"
            "1) Médecin ou chirurgien\n"
            "2) Infirmier(ère)\n"
            "3) Kinésithérapeute\n"
            "4) Assistant(e) social(e)\n"
            "5) Diététicien(ne)"
        ),
        options=[
            "Médecin ou chirurgien",
            "Infirmier(ère)",
            "Kinésithérapeute",
            "Assistant(e) social(e)",
            "Diététicien(ne)",
        ],
        lang="fr",
    ),
    C(
        R,
        (
            "Merci de classer les éléments suivants par ordre d'importance "
            "pour vous, du plus important (1) au moins important (4) :\n"
            "- La rémunération\n"
            "- L'ambiance au sein de l'équipe\n"
            "- La flexibilité des horaires\n"
            "- Les perspectives d'évolution"
        ),
        options=[
            "La rémunération",
            "L'ambiance au sein de l'équipe",
            "La flexibilité des horaires",
            "Les perspectives d'évolution",
        ],
        lang="fr",
    ),
    C(
        R,
        (
            "Si l'hôpital ne pouvait améliorer que quelques aspects cette "
            "année, dans quel ordre les classeriez-vous ? Commencez par le "
            "plus prioritaire.\n"
            "1. L'accueil aux urgences\n"
            "2. La qualité des repas\n"
            "3. Le temps d'attente en consultation\n"
            "4. L'information donnée aux familles"
        ),
        options=[
            "L'accueil aux urgences",
            "La qualité des repas",
            "Le temps d'attente en consultation",
            "L'information donnée aux familles",
        ],
        lang="fr",
    ),
    C(
        R,
        (
            "Veuillez classer ces modes de communication interne, du plus "
            "utile au moins utile pour vous : les réunions d'équipe, la lettre "
            "d'information mensuelle, l'intranet et les échanges informels "
            "avec votre responsable."
        ),
        options=[
            "les réunions d'équipe",
            "la lettre d'information mensuelle",
            "l'intranet",
            "les échanges informels avec votre responsable",
        ],
        lang="fr",
    ),
    C(
        R,
        (
            "Pour préparer votre retour à domicile, quelles informations "
            "jugez-vous les plus importantes ? Classez-les de 1 à 4, 1 étant "
            "la plus importante :\n"
            "a) Les médicaments à prendre (doses, horaires)\n"
            "b) Les signes qui doivent vous alerter\n"
            "c) Les prochains rendez-vous\n"
            "d) Les activités autorisées ou déconseillées"
        ),
        options=[
            "Les médicaments à prendre (doses, horaires)",
            "Les signes qui doivent vous alerter",
            "Les prochains rendez-vous",
            "Les activités autorisées ou déconseillées",
        ],
        lang="fr",
    ),
    C(
        Y,
        (
            "Avant de commencer, nous avons besoin de votre accord. Vos "
            "réponses seront traitées de manière anonyme et uniquement à des "
            "fins de recherche. Acceptez-vous de participer à cet entretien ? "
            "(Oui / Non)"
        ),
        lang="fr",
    ),
    C(
        Y,
        (
            "Afin de vérifier votre éligibilité : avez-vous été hospitalisé(e) "
            "dans notre établissement au cours des douze derniers mois ? Merci "
            "de répondre par oui ou par non."
        ),
        lang="fr",
    ),
    C(
        Y,
        (
            "Occupez-vous actuellement un poste à temps partiel, que ce soit "
            "par choix ou par contrainte ?"
        ),
        lang="fr",
    ),
    C(
        Y,
        (
            "Cette information restera confidentielle. Avez-vous déjà signalé "
            "un incident ou un problème de sécurité à votre hiérarchie ?"
        ),
        lang="fr",
    ),
]

_DE: list[Case] = [
    C(
        OE,
        (
            "Vielen Dank, dass Sie sich Zeit für dieses Gespräch nehmen. Ihre "
            "Angaben werden vertraulich behandelt und nur zusammengefasst "
            "ausgewertet. Wie würden Sie die Zusammenarbeit in Ihrem Team "
            "derzeit beschreiben?"
        ),
        lang="de",
    ),
    D(
        (
            "Wenn Sie an Ihre letzten zwei bis drei Arztbesuche bei uns denken "
            "(z. B. Vorsorge, Kontrolle oder Akutbehandlung): Was ist Ihnen "
            "besonders positiv oder negativ in Erinnerung geblieben?"
        ),
        lang="de",
    ),
    D(
        (
            "In den vergangenen 12 Monaten gab es mehrere organisatorische "
            "Veränderungen. Wie haben sich diese auf Ihren Arbeitsalltag "
            "ausgewirkt, und was hätten Sie sich anders gewünscht?"
        ),
        lang="de",
    ),
    D(
        (
            "Was müsste sich aus Ihrer Sicht bei Themen wie Schichtplanung, "
            "Pausenregelung oder Urlaubsplanung ändern, damit Sie spürbar "
            "entlastet werden? Bitte schildern Sie das ruhig ausführlich."
        ),
        lang="de",
    ),
    D(
        (
            "Laut unseren Unterlagen waren Sie zwischen 3 und 5 Tagen "
            "stationär bei uns. Wie haben Sie die Informationen zu Ihrer "
            "Entlassung und zur weiteren Behandlung erlebt?"
        ),
        lang="de",
    ),
    D(
        (
            "Bitte beschreiben Sie eine Situation aus den letzten vier Wochen, "
            "in der Sie sich von Ihrer Führungskraft unterstützt, oder eben "
            "nicht unterstützt, gefühlt haben."
        ),
        lang="de",
    ),
    C(
        SC,
        (
            "Wie häufig hatten Sie das Gefühl, dass das Pflegepersonal auf "
            "Ihre Bedürfnisse eingegangen ist? Bitte antworten Sie auf einer "
            "Skala von 1 bis 5 (1 = nie, 5 = immer)."
        ),
        scale=(1, 5),
        labels={"lo": "nie", "hi": "immer"},
        lang="de",
    ),
    C(
        SC,
        (
            "Inwieweit stimmen Sie der folgenden Aussage zu: „Ich erhalte "
            "regelmäßig konstruktives Feedback zu meiner Arbeit.“ Bitte nutzen "
            "Sie eine Skala von 1 (stimme überhaupt nicht zu) bis 6 (stimme "
            "voll und ganz zu)."
        ),
        scale=(1, 6),
        labels={"lo": "stimme überhaupt nicht zu", "hi": "stimme voll und ganz zu"},
        lang="de",
    ),
    C(
        SC,
        (
            "Wie wahrscheinlich ist es, dass Sie unsere Klinik Freunden oder "
            "Angehörigen weiterempfehlen? Bitte geben Sie einen Wert zwischen "
            "0 und 10 an, wobei 0 für sehr unwahrscheinlich und 10 für sehr "
            "wahrscheinlich steht."
        ),
        scale=(0, 10),
        labels={"lo": "sehr unwahrscheinlich", "hi": "sehr wahrscheinlich"},
        lang="de",
    ),
    C(
        SC,
        (
            "Ihre Bewertung bleibt anonym. Wie zufrieden sind Sie insgesamt "
            "mit Ihrer derzeitigen Arbeitssituation? Bitte vergeben Sie einen "
            "Wert von 1 bis 10."
        ),
        scale=(1, 10),
        lang="de",
    ),
    C(
        S,
        (
            "Zur statistischen Einordnung: Wie lange sind Sie bereits in "
            "unserem Unternehmen beschäftigt?\n"
            "- Weniger als 1 Jahr\n"
            "- 1 bis 5 Jahre\n"
            "- 6 bis 15 Jahre\n"
            "- Mehr als 15 Jahre"
        ),
        options=["Weniger als 1 Jahr", "1 bis 5 Jahre", "6 bis 15 Jahre", "Mehr als 15 Jahre"],
        lang="de",
    ),
    C(
        S,
        (
            "Wie sind Sie zu Ihrem letzten Termin in unserer Praxis gekommen? "
            "Bitte wählen Sie eine Antwort:\n"
            "1. Mit dem eigenen Auto\n"
            "2. Mit öffentlichen Verkehrsmitteln (Bus, Bahn)\n"
            "3. Zu Fuß oder mit dem Fahrrad\n"
            "4. Mit einem Fahrdienst oder Taxi\n"
            "5. Andere (bitte angeben)"
        ),
        options=[
            "Mit dem eigenen Auto",
            "Mit öffentlichen Verkehrsmitteln (Bus, Bahn)",
            "Zu Fuß oder mit dem Fahrrad",
            "Mit einem Fahrdienst oder Taxi",
        ],
        allow_other=True,
        lang="de",
    ),
    C(
        S,
        (
            "Welche der folgenden Aussagen trifft am ehesten auf Sie zu?\n"
            "a) Ich kann meine Arbeitszeit weitgehend selbst einteilen.\n"
            "b) Ich habe feste Arbeitszeiten, kann aber bei Bedarf tauschen.\n"
            "c) Meine Arbeitszeiten werden vollständig vorgegeben, ohne "
            "Mitsprache.\n"
            "d) Keine dieser Aussagen trifft zu."
        ),
        options=[
            "Ich kann meine Arbeitszeit weitgehend selbst einteilen",
            "Ich habe feste Arbeitszeiten, kann aber bei Bedarf tauschen",
            "Meine Arbeitszeiten werden vollständig vorgegeben, ohne Mitsprache",
            "Keine dieser Aussagen trifft zu",
        ],
        lang="de",
    ),
    C(
        S,
        (
            "Wie haben Sie Ihren Termin vereinbart: telefonisch, über das "
            "Online-Portal, persönlich am Empfang oder über eine Überweisung "
            "Ihres Hausarztes? Bitte wählen Sie eine Möglichkeit."
        ),
        options=[
            "telefonisch",
            "über das Online-Portal",
            "persönlich am Empfang",
            "über eine Überweisung Ihres Hausarztes",
        ],
        lang="de",
    ),
    C(
        M,
        (
            "Welche der folgenden Angebote zur Gesundheitsförderung haben Sie "
            "im letzten Jahr genutzt? Mehrfachnennungen sind möglich.\n"
            "- Betriebssport oder Fitnesskurse\n"
            "- Ergonomische Arbeitsplatzberatung\n"
            "- Psychosoziale Beratung (telefonisch oder vor Ort)\n"
            "- Gesundheitstage oder Vorsorgeuntersuchungen\n"
            "- Keines davon"
        ),
        options=[
            "Betriebssport oder Fitnesskurse",
            "Ergonomische Arbeitsplatzberatung",
            "Psychosoziale Beratung (telefonisch oder vor Ort)",
            "Gesundheitstage oder Vorsorgeuntersuchungen",
            "Keines davon",
        ],
        lang="de",
    ),
    C(
        M,
        (
            "Diese Angaben helfen uns, gezielt nachzubessern. Welche Punkte "
            "haben Sie während Ihres Aufenthalts gestört? Bitte wählen Sie "
            "höchstens drei aus:\n"
            "• Lärm auf dem Flur\n"
            "• Wartezeiten bei Untersuchungen\n"
            "• Unklare Zuständigkeiten des Personals\n"
            "• Essen (Auswahl, Temperatur)\n"
            "• Sauberkeit der Sanitäranlagen\n"
            "• Andere (bitte nennen)"
        ),
        options=[
            "Lärm auf dem Flur",
            "Wartezeiten bei Untersuchungen",
            "Unklare Zuständigkeiten des Personals",
            "Essen (Auswahl, Temperatur)",
            "Sauberkeit der Sanitäranlagen",
        ],
        allow_other=True,
        max_choices=3,
        lang="de",
    ),
    C(
        M,
        (
            "Über welche Kanäle möchten Sie künftig über Neuigkeiten aus dem "
            "Unternehmen informiert werden? Sie können mehrere auswählen: "
            "E-Mail, Intranet, Aushang am Schwarzen Brett, Teambesprechungen."
        ),
        options=["E-Mail", "Intranet", "Aushang am Schwarzen Brett", "Teambesprechungen"],
        lang="de",
    ),
    C(
        M,
        (
            "Welche Personen waren an Ihrer Behandlung beteiligt? Kreuzen Sie "
            "bitte alle zutreffenden an.\n"
            "1) Ärztin oder Arzt\n"
            "2) Pflegefachkraft\n"
            "3) Physiotherapeutin oder Physiotherapeut\n"
            "4) Sozialdienst\n"
            "5) Weiß ich nicht"
        ),
        options=[
            "Ärztin oder Arzt",
            "Pflegefachkraft",
            "Physiotherapeutin oder Physiotherapeut",
            "Sozialdienst",
            "Weiß ich nicht",
        ],
        lang="de",
    ),
    C(
        R,
        (
            "Bitte bringen Sie die folgenden Aspekte nach ihrer Wichtigkeit "
            "für Sie in eine Reihenfolge (1 = am wichtigsten):\n"
            "- Gehalt\n"
            "- Arbeitsplatzsicherheit\n"
            "- Vereinbarkeit von Beruf und Familie\n"
            "- Weiterbildungsmöglichkeiten\n"
            "- Wertschätzung durch Vorgesetzte"
        ),
        options=[
            "Gehalt",
            "Arbeitsplatzsicherheit",
            "Vereinbarkeit von Beruf und Familie",
            "Weiterbildungsmöglichkeiten",
            "Wertschätzung durch Vorgesetzte",
        ],
        lang="de",
    ),
    C(
        R,
        (
            "Angenommen, die Klinik könnte im kommenden Jahr nur wenige Dinge "
            "verbessern: In welcher Reihenfolge würden Sie diese priorisieren? "
            "Beginnen Sie mit dem dringendsten Punkt.\n"
            "1. Kürzere Wartezeiten in der Notaufnahme\n"
            "2. Mehr Zeit für Arztgespräche\n"
            "3. Bessere Erreichbarkeit per Telefon\n"
            "4. Verständlichere Entlassungsunterlagen"
        ),
        options=[
            "Kürzere Wartezeiten in der Notaufnahme",
            "Mehr Zeit für Arztgespräche",
            "Bessere Erreichbarkeit per Telefon",
            "Verständlichere Entlassungsunterlagen",
        ],
        lang="de",
    ),
    C(
        R,
        (
            "Ordnen Sie bitte diese Maßnahmen danach, wie sehr sie Sie "
            "entlasten würden, von am meisten bis am wenigsten: zusätzliche "
            "Stellen im Team, flexiblere Dienstpläne, weniger "
            "Dokumentationsaufwand und bessere technische Ausstattung."
        ),
        options=[
            "zusätzliche Stellen im Team",
            "flexiblere Dienstpläne",
            "weniger Dokumentationsaufwand",
            "bessere technische Ausstattung",
        ],
        lang="de",
    ),
    C(
        R,
        (
            "Was ist Ihnen bei der Wahl einer Hausarztpraxis am wichtigsten? "
            "Bitte ordnen Sie die folgenden Kriterien von 1 (sehr wichtig) bis "
            "4 (weniger wichtig):\n"
            "a) Kurze Wartezeiten auf einen Termin\n"
            "b) Nähe zum Wohnort\n"
            "c) Freundlichkeit des Praxisteams\n"
            "d) Angebot von Videosprechstunden"
        ),
        options=[
            "Kurze Wartezeiten auf einen Termin",
            "Nähe zum Wohnort",
            "Freundlichkeit des Praxisteams",
            "Angebot von Videosprechstunden",
        ],
        lang="de",
    ),
    C(
        Y,
        (
            "Bevor wir beginnen, benötige ich Ihr Einverständnis. Ihre "
            "Antworten werden pseudonymisiert gespeichert und ausschließlich "
            "zu Forschungszwecken verwendet. Sind Sie mit der Teilnahme an "
            "diesem Interview einverstanden? (Ja / Nein)"
        ),
        lang="de",
    ),
    C(
        Y,
        (
            "Zur Prüfung der Teilnahmevoraussetzungen: Waren Sie in den "
            "letzten sechs Monaten mindestens einmal in unserer Ambulanz in "
            "Behandlung? Bitte antworten Sie mit Ja oder Nein."
        ),
        lang="de",
    ),
    C(
        Y,
        ("Haben Sie derzeit Personalverantwortung, sei es disziplinarisch oder fachlich?"),
        lang="de",
    ),
    C(
        Y,
        (
            "Diese Frage ist freiwillig und wird vertraulich behandelt. Haben "
            "Sie in den vergangenen zwölf Monaten trotz Krankheit gearbeitet?"
        ),
        lang="de",
    ),
]

_PT: list[Case] = [
    C(
        OE,
        (
            "Agradecemos a sua participação neste estudo. Todas as respostas "
            "são confidenciais e serão analisadas apenas de forma agregada. "
            "Para começar, poderia descrever como se sente, de modo geral, em "
            "relação ao seu trabalho atualmente?"
        ),
        lang="pt",
    ),
    D(
        (
            "Pensando nas suas últimas duas ou três consultas no nosso centro "
            "(por exemplo, uma consulta de rotina ou de acompanhamento), o que "
            "mais contribuiu para que se sentisse bem acolhido, ou mal "
            "acolhido?"
        ),
        lang="pt",
    ),
    D(
        (
            "Nos últimos 6 meses, de que forma mudou a sua carga de trabalho, "
            "e quais acha que foram os principais motivos?"
        ),
        lang="pt",
    ),
    D(
        (
            "Se o senhor ou a senhora pudesse mudar uma ou duas coisas na "
            "forma como as escalas são organizadas, por exemplo o aviso "
            "prévio, a duração dos turnos ou as trocas entre colegas, o que "
            "mudaria e porquê?"
        ),
        lang="pt",
    ),
    D(
        (
            "Entre 1 e 2 semanas após a sua alta, como decorreu o "
            "acompanhamento por parte da equipa de saúde? Descreva, por favor, "
            "o que correu bem e o que poderia ter corrido melhor."
        ),
        lang="pt",
    ),
    C(
        OE,
        (
            "Poderia contar-me uma situação concreta em que sentiu que o seu "
            "trabalho foi reconhecido pela sua chefia, ou, pelo contrário, "
            "ignorado?"
        ),
        lang="pt",
    ),
    C(
        SC,
        (
            "Numa escala de 1 a 5, em que 1 significa nunca e 5 significa "
            "sempre, com que frequência os profissionais de saúde lhe "
            "explicaram os procedimentos antes de os realizar?"
        ),
        scale=(1, 5),
        labels={"lo": "nunca", "hi": "sempre"},
        lang="pt",
    ),
    C(
        SC,
        (
            "Em que medida concorda com a seguinte afirmação: “Sinto que posso "
            "expressar a minha opinião sem receio de consequências.” Responda, "
            "por favor, de 1 (discordo totalmente) a 5 (concordo totalmente)."
        ),
        scale=(1, 5),
        labels={"lo": "discordo totalmente", "hi": "concordo totalmente"},
        lang="pt",
    ),
    C(
        SC,
        (
            "De 0 a 10, qual a probabilidade de o(a) senhor(a) recomendar o "
            "nosso hospital a um familiar ou amigo, sendo 0 nada provável e 10 "
            "extremamente provável?"
        ),
        scale=(0, 10),
        labels={"lo": "nada provável", "hi": "extremamente provável"},
        lang="pt",
    ),
    C(
        SC,
        (
            "A sua avaliação é anónima. Como classificaria a sua satisfação "
            "global com a formação que recebeu no último ano, numa escala de 1 "
            "a 7?"
        ),
        scale=(1, 7),
        lang="pt",
    ),
    C(
        S,
        (
            "Apenas para fins estatísticos, qual é o seu tipo de vínculo "
            "laboral?\n"
            "- Contrato sem termo (efetivo)\n"
            "- Contrato a termo ou temporário\n"
            "- Prestação de serviços (recibos verdes)\n"
            "- Outro (por favor, especifique)"
        ),
        options=[
            "Contrato sem termo (efetivo)",
            "Contrato a termo ou temporário",
            "Prestação de serviços (recibos verdes)",
        ],
        allow_other=True,
        lang="pt",
    ),
    C(
        S,
        (
            "Quanto tempo esperou, aproximadamente, desde a hora marcada até "
            "ser atendido(a)? Escolha apenas uma opção.\n"
            "1. Menos de 15 minutos\n"
            "2. Entre 15 e 30 minutos\n"
            "3. Entre 30 minutos e 1 hora\n"
            "4. Mais de 1 hora\n"
            "5. Não me lembro"
        ),
        options=[
            "Menos de 15 minutos",
            "Entre 15 e 30 minutos",
            "Entre 30 minutos e 1 hora",
            "Mais de 1 hora",
            "Não me lembro",
        ],
        lang="pt",
    ),
    C(
        S,
        (
            "Qual das seguintes frases descreve melhor a sua situação?\n"
            "a) Conheço bem as minhas funções e sei a quem recorrer quando "
            "tenho dúvidas.\n"
            "b) Conheço as minhas funções, mas nem sempre sei a quem recorrer.\n"
            "c) As minhas funções não estão claramente definidas.\n"
            "d) Prefiro não responder."
        ),
        options=[
            "Conheço bem as minhas funções e sei a quem recorrer quando tenho dúvidas",
            "Conheço as minhas funções, mas nem sempre sei a quem recorrer",
            "As minhas funções não estão claramente definidas",
            "Prefiro não responder",
        ],
        lang="pt",
    ),
    C(
        S,
        (
            "Como marcou a sua última consulta connosco: por telefone, através "
            "da aplicação móvel, presencialmente no balcão de atendimento ou "
            "por encaminhamento do seu médico de família? Indique apenas uma "
            "opção."
        ),
        options=[
            "por telefone",
            "através da aplicação móvel",
            "presencialmente no balcão de atendimento",
            "por encaminhamento do seu médico de família",
        ],
        lang="pt",
    ),
    C(
        M,
        (
            "Quais dos seguintes benefícios utilizou no último ano? Pode "
            "selecionar todas as opções que se aplicam.\n"
            "- Horário flexível\n"
            "- Teletrabalho (parcial ou total)\n"
            "- Seguro de saúde\n"
            "- Apoio para formação académica\n"
            "- Nenhum destes"
        ),
        options=[
            "Horário flexível",
            "Teletrabalho (parcial ou total)",
            "Seguro de saúde",
            "Apoio para formação académica",
            "Nenhum destes",
        ],
        lang="pt",
    ),
    C(
        M,
        (
            "Esta informação ajuda-nos a definir prioridades de melhoria. "
            "Durante o internamento, o que lhe causou mais desconforto? "
            "Escolha no máximo duas opções:\n"
            "• Ruído durante a noite\n"
            "• Temperatura do quarto\n"
            "• Qualidade das refeições (sabor, variedade)\n"
            "• Falta de privacidade\n"
            "• Outro (especifique)"
        ),
        options=[
            "Ruído durante a noite",
            "Temperatura do quarto",
            "Qualidade das refeições (sabor, variedade)",
            "Falta de privacidade",
        ],
        allow_other=True,
        max_choices=2,
        lang="pt",
    ),
    C(
        M,
        (
            "Em que temas gostaria de receber formação no próximo ano? Pode "
            "escolher vários: gestão do tempo, comunicação com clientes, "
            "ferramentas informáticas, liderança de equipas."
        ),
        options=[
            "gestão do tempo",
            "comunicação com clientes",
            "ferramentas informáticas",
            "liderança de equipas",
        ],
        lang="pt",
    ),
    C(
        M,
        (
            "Que profissionais o(a) atenderam durante a sua última visita? "
            "Pode indicar mais do que um.\n"
            "1) Médico(a)\n"
            "2) Enfermeiro(a)\n"
            "3) Técnico(a) de diagnóstico\n"
            "4) Administrativo(a)\n"
            "5) Não sei"
        ),
        options=[
            "Médico(a)",
            "Enfermeiro(a)",
            "Técnico(a) de diagnóstico",
            "Administrativo(a)",
            "Não sei",
        ],
        lang="pt",
    ),
    C(
        R,
        (
            "Por favor, ordene os seguintes aspetos do seu trabalho do mais "
            "importante (1) para o menos importante (5):\n"
            "- Remuneração\n"
            "- Estabilidade\n"
            "- Equilíbrio entre vida pessoal e profissional\n"
            "- Progressão na carreira\n"
            "- Relação com a chefia"
        ),
        options=[
            "Remuneração",
            "Estabilidade",
            "Equilíbrio entre vida pessoal e profissional",
            "Progressão na carreira",
            "Relação com a chefia",
        ],
        lang="pt",
    ),
    C(
        R,
        (
            "Se o hospital só pudesse melhorar alguns aspetos este ano, por "
            "que ordem os priorizaria? Comece pelo mais urgente.\n"
            "1. Tempo de espera nas urgências\n"
            "2. Tempo de espera para cirurgia\n"
            "3. Informação prestada aos familiares\n"
            "4. Conforto das salas de espera"
        ),
        options=[
            "Tempo de espera nas urgências",
            "Tempo de espera para cirurgia",
            "Informação prestada aos familiares",
            "Conforto das salas de espera",
        ],
        lang="pt",
    ),
    C(
        R,
        (
            "Ordene estas medidas de apoio da mais útil para a menos útil para "
            "si: acompanhamento por um mentor, redução da carga de trabalho "
            "nas primeiras semanas, reuniões regulares com os recursos humanos "
            "e acesso a formação online."
        ),
        options=[
            "acompanhamento por um mentor",
            "redução da carga de trabalho nas primeiras semanas",
            "reuniões regulares com os recursos humanos",
            "acesso a formação online",
        ],
        lang="pt",
    ),
    C(
        R,
        (
            "Ao escolher um centro de saúde, como ordenaria estes critérios, "
            "de 1 (mais importante) a 4 (menos importante)?\n"
            "a) Proximidade de casa\n"
            "b) Facilidade em marcar consulta\n"
            "c) Simpatia dos profissionais\n"
            "d) Horário de funcionamento alargado"
        ),
        options=[
            "Proximidade de casa",
            "Facilidade em marcar consulta",
            "Simpatia dos profissionais",
            "Horário de funcionamento alargado",
        ],
        lang="pt",
    ),
    C(
        Y,
        (
            "Antes de começarmos, precisamos do seu consentimento. As suas "
            "respostas serão tratadas de forma confidencial e utilizadas "
            "apenas para fins de investigação. Aceita participar nesta "
            "entrevista? (Sim / Não)"
        ),
        lang="pt",
    ),
    C(
        Y,
        (
            "Para confirmar a sua elegibilidade: foi atendido(a) nas nossas "
            "consultas externas nos últimos três meses? Responda sim ou não, "
            "por favor."
        ),
        lang="pt",
    ),
    C(
        Y,
        "Trabalha atualmente por turnos, seja em regime fixo ou rotativo?",
        lang="pt",
    ),
    C(
        Y,
        (
            "Esta resposta não será associada ao seu nome. No último ano, "
            "pensou alguma vez em deixar a organização?"
        ),
        lang="pt",
    ),
]

HOLDOUT28: tuple[Case, ...] = (*_EN, *_ES, *_FR, *_DE, *_PT)
