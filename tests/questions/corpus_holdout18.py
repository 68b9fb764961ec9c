"""Held-out corpus 18. Style: a formal, reflective AI interviewer in B2B/enterprise research (vendor selection, procurement, renewals, compliance, rollouts), writing in a formal register (usted, Sie, vous, o senhor/a senhora). Most messages open by reflecting back the participant's previous answer, often quoting it in quotation marks, and the quoted text itself may hold a question mark, the word "or", a comma list or a number; then a transition, then the question. Options come inline, as Markdown bullets, as "1)" or "a." lists, with short explanations after a dash or colon, with commas or parentheses inside, and often with a closing instruction line ("Please select all that apply.", "Bitte nur eine Antwort."). Scales use "1 to 7 where 1 means ...", "0 to 10", labelled endpoints, labelled point lists or a row of points. Messages run from one sentence to five.

Written by a helper session from its own head, without seeing the detector or any other corpus. For measuring: its messages are never tuned on directly.

Conventions assumed here: options are what a widget button should show, with the first letter
capitalised and a leading article dropped; a short explanation after a dash or colon is left
out of the option (the label before it is the option); parentheses that are part of the option
stay. An "Other (please specify)" / "or someone else" choice is not listed in ``options`` but
is recorded as ``allow_other=True``.

First run (scored once, by the lead of session 12, on the detector of commit c03d051, whose
detector is c47b81b's, and again on ac33f44 with the same figures; only the summary was
printed, no case read):
  101/130 exactly right (0.777); precision/recall per type:
    open_ended 0.882/1.000, scale 1.000/1.000, single_choice 0.500/0.500,
    multiple_choice 0.737/0.700, ranking 0.500/0.500, yes_no 1.000/0.850;
  0 of 30 open questions given a widget.
Only the figures above are held-out figures.

Read in session 12 after that run. 17 of the 29 misses were this writer's way of styling an
option: a capital first letter where the message wrote it in lower case ("licencia perpetua" ->
"Licencia perpetua"), a leading article dropped ("the CFO" -> "CFO"), an explanation after a
dash left out ("Monthly — billed each month" -> "Monthly"). Every other corpus but held-out 15
keeps the message's words, so the detector does too; questions.py prints these beside the
strict score ("styled alike"), never in it: 118/130 on the same detector counting them. The
other twelve were families, written anew in corpus_session12.py and tuned on (CATCH_ALL,
PAREN_COMMAS, UNIT_MAXIMUM, YN_SUBJECT): no longer unseen.
"""

from __future__ import annotations

from tests.questions.cases import OE, SC, C, Case, D, M, R, S, Y

# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

_EN: tuple[Case, ...] = (
    # open-ended
    D(
        'You mentioned "is it the price or the setup time? honestly both". That is a helpful '
        "distinction. Could you walk me through the last evaluation in which those two factors "
        "came up, and what happened as a result?"
    ),
    D(
        "Thank you. You noted that your team of 40 analysts moved from three separate tools to "
        "one platform within about 6 months. Looking back, what made that consolidation harder "
        "or easier than you had expected?"
    ),
    D(
        "I appreciate the detail on your procurement process. Some organisations describe it as "
        "centralised, others as decentralised, and many as somewhere in between. How would you "
        "describe, in your own words, the way purchasing decisions are actually made in your "
        "company?"
    ),
    D(
        'You said "we tried Salesforce, HubSpot, and a homegrown thing, none stuck". Could you '
        "tell me more about why each of those did not stick?"
    ),
    D(
        'You indicated that the rollout was, as you put it, "mostly fine". Was there a moment '
        "when it was not fine? If so, I would be grateful if you could describe what happened "
        "and how your team responded."
    ),
    C(
        OE,
        "Thank you for your candour about the renewal discussion. What, in your view, would a "
        "vendor need to do differently in the first quarter of a contract to earn your "
        "organisation's trust?",
    ),
    # scale
    C(
        SC,
        'You described the integration as "painful, but we got there". That resonates with what '
        "several other participants have told us. I would like to quantify it so that we can "
        "compare across organisations. On a scale from 1 to 7, where 1 means extremely "
        "difficult and 7 means extremely easy, how would you rate the overall integration "
        "effort?",
        scale=(1, 7),
        labels={"lo": "extremely difficult", "hi": "extremely easy"},
    ),
    C(
        SC,
        "Thank you. How likely would you be to recommend the platform to a peer in another "
        'organisation? Please answer on a 0–10 scale, where 0 is "not at all likely" and 10 is '
        '"extremely likely".',
        scale=(0, 10),
        labels={"lo": "not at all likely", "hi": "extremely likely"},
    ),
    C(
        SC,
        'Understood — you said that support response times "vary a lot, sometimes 2 hours, '
        'sometimes 2 days". Overall, how satisfied are you with the responsiveness of the '
        "vendor's support team?\n\n"
        "1 — Very dissatisfied\n"
        "2 — Dissatisfied\n"
        "3 — Neutral\n"
        "4 — Satisfied\n"
        "5 — Very satisfied",
        scale=(1, 5),
        labels={"1": "Very dissatisfied", "5": "Very satisfied"},
    ),
    C(
        SC,
        "I see. To what extent do you agree with the following statement: “Our current "
        "reporting tools give leadership the visibility it needs.” Please use a scale of 1 "
        "(strongly disagree) to 5 (strongly agree).",
        scale=(1, 5),
        labels={"lo": "strongly disagree", "hi": "strongly agree"},
    ),
    # single choice
    C(
        S,
        'You mentioned that contracts are "usually annual, or sometimes multi-year if '
        'procurement pushes". Which billing arrangement does your organisation currently use '
        "for its primary analytics platform?\n\n"
        "- Monthly — billed each month\n"
        "- Annual — billed once a year\n"
        "- Multi-year — committed for two or more years\n\n"
        "Please select one option.",
        ["Monthly", "Annual", "Multi-year"],
    ),
    C(
        S,
        "Thank you for clarifying. Which role holds final sign-off on software purchases above "
        "your discretionary threshold: the CFO, the CIO, a procurement committee, or someone "
        "else?",
        ["CFO", "CIO", "Procurement committee"],
        allow_other=True,
    ),
    C(
        S,
        "That is helpful context. Roughly how many employees does your organisation have?\n"
        "1) Fewer than 250\n"
        "2) 250–999\n"
        "3) 1,000–4,999\n"
        "4) 5,000 or more",
        ["Fewer than 250", "250–999", "1,000–4,999", "5,000 or more"],
    ),
    C(
        S,
        'You noted that deployment "had to go through security review, which took forever". '
        "Which deployment model best describes your current setup?\n"
        "a. Public cloud (vendor-hosted, multi-tenant)\n"
        "b. Private cloud (single-tenant, hosted by the vendor)\n"
        "c. On-premises, in our own data centre\n"
        "d. Hybrid\n"
        "Please choose the one that fits best.",
        [
            "Public cloud (vendor-hosted, multi-tenant)",
            "Private cloud (single-tenant, hosted by the vendor)",
            "On-premises, in our own data centre",
            "Hybrid",
        ],
    ),
    # multiple choice
    C(
        M,
        'You said your team relies on "spreadsheets, Slack, and a lot of goodwill" to '
        "coordinate. Which of the following tools are formally part of your reporting workflow "
        "today?\n\n"
        "- Excel or Google Sheets\n"
        "- Power BI\n"
        "- Tableau\n"
        "- Looker\n"
        "- In-house dashboard\n\n"
        "Please select all that apply.",
        ["Excel or Google Sheets", "Power BI", "Tableau", "Looker", "In-house dashboard"],
    ),
    C(
        M,
        "Thank you. Which of these factors most influenced your choice of vendor? Please select "
        "up to three.\n"
        "1) Total cost of ownership\n"
        "2) Security and compliance certifications\n"
        "3) Quality of customer support\n"
        "4) Ease of integration with existing systems\n"
        "5) Vendor reputation\n"
        "6) Product roadmap",
        [
            "Total cost of ownership",
            "Security and compliance certifications",
            "Quality of customer support",
            "Ease of integration with existing systems",
            "Vendor reputation",
            "Product roadmap",
        ],
        max_choices=3,
    ),
    C(
        M,
        "Understood. Which departments currently hold licences for the platform: finance, HR, "
        "sales, operations, or other departments? You may select more than one.",
        ["Finance", "HR", "Sales", "Operations"],
        allow_other=True,
    ),
    C(
        M,
        'You mentioned that compliance "is the whole ballgame for us". Which of the following '
        "frameworks does your organisation need to demonstrate compliance with?\n"
        "a. SOC 2\n"
        "b. ISO 27001\n"
        "c. GDPR\n"
        "d. HIPAA\n"
        "e. Other (please specify)\n"
        "Select all that apply.",
        ["SOC 2", "ISO 27001", "GDPR", "HIPAA"],
        allow_other=True,
    ),
    # ranking
    C(
        R,
        'You described your priorities as "speed, cost, then everything else". To make sure I '
        "capture that precisely, please order the following from most to least important for "
        "your next renewal:\n"
        "- Implementation speed\n"
        "- Licence cost\n"
        "- Data security\n"
        "- Vendor support",
        ["Implementation speed", "Licence cost", "Data security", "Vendor support"],
    ),
    C(
        R,
        "Thank you. Please rank these four sources of information by how much they influence "
        "your purchasing decisions, with 1 being the most influential: analyst reports (e.g., "
        "Gartner, Forrester), peer recommendations, vendor demos, and online reviews.",
        [
            "Analyst reports (e.g., Gartner, Forrester)",
            "Peer recommendations",
            "Vendor demos",
            "Online reviews",
        ],
    ),
    C(
        R,
        "I appreciate that. If you had to prioritise the following improvements for the coming "
        "year, how would you order them, from highest to lowest priority?\n"
        "1) Single sign-on across all modules\n"
        "2) Better audit logging\n"
        "3) Faster report generation\n"
        "4) Mobile app\n"
        "5) More granular user permissions",
        [
            "Single sign-on across all modules",
            "Better audit logging",
            "Faster report generation",
            "Mobile app",
            "More granular user permissions",
        ],
    ),
    C(
        R,
        "Please order the following stages of your buying process from the most time-consuming "
        "to the least: security review, legal review, budget approval, technical evaluation.",
        ["Security review", "Legal review", "Budget approval", "Technical evaluation"],
    ),
    # yes / no
    C(
        Y,
        'You said "we looked at it, or rather our IT team did, but nobody decided anything". '
        "Could you confirm whether your organisation has formally approved a budget for this "
        "initiative?",
    ),
    C(
        Y,
        "Does your organisation currently use single sign-on (SSO) for its business applications?",
    ),
    C(
        Y,
        "Thank you for that overview. You mentioned 3 regional offices, in London, Frankfurt and "
        "Singapore. Is it correct that all three offices use the same instance of the platform?",
    ),
    C(
        Y,
        'I understand the pilot "ran for 12 weeks and then just sort of stalled?". To make sure '
        "I record this accurately: has the pilot been formally concluded? A simple yes or no is "
        "fine.",
    ),
)

# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

_ES_L = "es"

_ES: tuple[Case, ...] = (
    # open-ended
    D(
        "Usted comentó: «¿el problema es el precio o el tiempo de implantación? sinceramente, "
        "ambos». Me resulta muy útil esa distinción. ¿Podría describirme la última ocasión en "
        "la que estos dos factores influyeron en una decisión de compra y qué ocurrió?",
        lang=_ES_L,
    ),
    D(
        "Gracias. Mencionó que su equipo pasó de 5 herramientas a 2 en menos de un año. ¿Qué "
        "aprendió su organización durante ese proceso de consolidación?",
        lang=_ES_L,
    ),
    D(
        "Entiendo. Algunas empresas describen su relación con los proveedores como "
        "transaccional, otras como una alianza estratégica y otras como algo intermedio. "
        "¿Cómo describiría usted, con sus propias palabras, la relación que mantiene su empresa "
        "con su proveedor principal?",
        lang=_ES_L,
    ),
    D(
        'Usted señaló que "SAP, Oracle o algo a medida" eran las alternativas que barajaron. '
        "¿Qué criterios pesaron más a la hora de descartar cada una de ellas?",
        lang=_ES_L,
    ),
    D(
        "¿Hubo algún momento durante la migración en que se planteara dar marcha atrás? Si fue "
        "así, le agradecería que me contara qué sucedió y cómo se resolvió.",
        lang=_ES_L,
    ),
    C(
        OE,
        "Le agradezco mucho su franqueza sobre el proceso de renovación. Desde su punto de "
        "vista, ¿qué debería hacer un proveedor para ganarse la confianza de su departamento de "
        "compras?",
        lang=_ES_L,
    ),
    # scale
    C(
        SC,
        "Usted describió la formación inicial como «correcta, aunque algo apresurada». En una "
        "escala del 1 al 7, donde 1 significa «nada útil» y 7 «extremadamente útil», ¿cómo "
        "valoraría la formación recibida?",
        scale=(1, 7),
        labels={"lo": "nada útil", "hi": "extremadamente útil"},
        lang=_ES_L,
    ),
    C(
        SC,
        "¿Con qué probabilidad recomendaría esta solución a un colega de otra empresa? Por "
        "favor, responda del 0 al 10.",
        scale=(0, 10),
        lang=_ES_L,
    ),
    C(
        SC,
        "Gracias por la aclaración. ¿Qué grado de confianza tiene usted en la calidad de los "
        "datos que ofrece actualmente la plataforma?\n\n"
        "1 · 2 · 3 · 4 · 5\n\n"
        "(1 = ninguna confianza, 5 = plena confianza)",
        scale=(1, 5),
        labels={"1": "ninguna confianza", "5": "plena confianza"},
        lang=_ES_L,
    ),
    C(
        SC,
        "Mencionó que el soporte técnico «a veces responde en 1 hora y a veces en 3 días». En "
        "general, ¿qué tan satisfecho está usted con el servicio de soporte, en una escala de 1 "
        "(muy insatisfecho) a 10 (muy satisfecho)?",
        scale=(1, 10),
        labels={"lo": "muy insatisfecho", "hi": "muy satisfecho"},
        lang=_ES_L,
    ),
    # single choice
    C(
        S,
        'Entiendo que la decisión "la tomó finalmente dirección, o eso creo". ¿Quién tiene la '
        "última palabra en las compras de software de más de 50.000 euros en su "
        "organización?\n\n"
        "- Director financiero\n"
        "- Director de sistemas\n"
        "- Comité de compras\n"
        "- Consejo de administración\n\n"
        "Por favor, seleccione una sola opción.",
        [
            "Director financiero",
            "Director de sistemas",
            "Comité de compras",
            "Consejo de administración",
        ],
        lang=_ES_L,
    ),
    C(
        S,
        "¿Qué modalidad de contratación prefiere su empresa: licencia perpetua, suscripción "
        "anual o pago por uso?",
        ["Licencia perpetua", "Suscripción anual", "Pago por uso"],
        lang=_ES_L,
    ),
    C(
        S,
        "Gracias. ¿Cuál de las siguientes opciones describe mejor la fase en la que se "
        "encuentra su proyecto?\n"
        "1) Exploración — todavía recopilando información\n"
        "2) Evaluación — comparando proveedores\n"
        "3) Negociación — en conversaciones contractuales\n"
        "4) Implantación — ya en despliegue",
        ["Exploración", "Evaluación", "Negociación", "Implantación"],
        lang=_ES_L,
    ),
    C(
        S,
        'Mencionó que su sede está "en Madrid, aunque la mitad del equipo trabaja en remoto". '
        "¿Aproximadamente cuántos empleados tiene su organización?\n"
        "a. Menos de 100\n"
        "b. Entre 100 y 499\n"
        "c. Entre 500 y 1.999\n"
        "d. 2.000 o más",
        ["Menos de 100", "Entre 100 y 499", "Entre 500 y 1.999", "2.000 o más"],
        lang=_ES_L,
    ),
    # multiple choice
    C(
        M,
        "¿Cuáles de los siguientes canales utiliza su empresa para comunicarse con los "
        "proveedores de software? Seleccione todas las opciones que correspondan.\n"
        "- Correo electrónico\n"
        "- Videollamadas\n"
        "- Portal del proveedor\n"
        "- Teléfono\n"
        "- Otro (especifique)",
        ["Correo electrónico", "Videollamadas", "Portal del proveedor", "Teléfono"],
        allow_other=True,
        lang=_ES_L,
    ),
    C(
        M,
        "Usted dijo que «la seguridad, la integración y el coste» fueron decisivos. Si tuviera "
        "que quedarse con un máximo de dos, ¿cuáles de los siguientes aspectos fueron los más "
        "determinantes?\n"
        "1) Seguridad\n"
        "2) Integración con sistemas existentes\n"
        "3) Coste total\n"
        "4) Experiencia de usuario\n"
        "5) Soporte en español",
        [
            "Seguridad",
            "Integración con sistemas existentes",
            "Coste total",
            "Experiencia de usuario",
            "Soporte en español",
        ],
        max_choices=2,
        lang=_ES_L,
    ),
    C(
        M,
        "¿Qué módulos de la plataforma utiliza actualmente su equipo: contabilidad, nóminas, "
        "inventario o CRM? Puede indicar varios.",
        ["Contabilidad", "Nóminas", "Inventario", "CRM"],
        lang=_ES_L,
    ),
    C(
        M,
        "Gracias por su detallada respuesta. ¿Cuáles de estas certificaciones exige su "
        "organización a sus proveedores?\n"
        "a. ISO 27001\n"
        "b. ENS (Esquema Nacional de Seguridad)\n"
        "c. SOC 2 Tipo II\n"
        "d. Cumplimiento del RGPD\n"
        "Marque todas las que apliquen.",
        [
            "ISO 27001",
            "ENS (Esquema Nacional de Seguridad)",
            "SOC 2 Tipo II",
            "Cumplimiento del RGPD",
        ],
        lang=_ES_L,
    ),
    # ranking
    C(
        R,
        "Ha mencionado «precio, plazos y, sobre todo, soporte». Para precisarlo mejor, le ruego "
        "que ordene los siguientes factores de mayor a menor importancia:\n"
        "- Precio\n"
        "- Plazos de implantación\n"
        "- Calidad del soporte\n"
        "- Funcionalidades",
        ["Precio", "Plazos de implantación", "Calidad del soporte", "Funcionalidades"],
        lang=_ES_L,
    ),
    C(
        R,
        "Por favor, ordene las siguientes fuentes de información según su influencia en sus "
        "decisiones de compra, siendo 1 la más influyente: informes de analistas, "
        "recomendaciones de colegas, demostraciones del proveedor y ferias del sector.",
        [
            "Informes de analistas",
            "Recomendaciones de colegas",
            "Demostraciones del proveedor",
            "Ferias del sector",
        ],
        lang=_ES_L,
    ),
    C(
        R,
        "¿Cómo priorizaría las siguientes mejoras para el próximo año? Ordénelas de la más a la "
        "menos urgente.\n"
        "1) Automatización de informes\n"
        "2) Acceso móvil\n"
        "3) Control de permisos más detallado\n"
        "4) Integración con Microsoft Teams",
        [
            "Automatización de informes",
            "Acceso móvil",
            "Control de permisos más detallado",
            "Integración con Microsoft Teams",
        ],
        lang=_ES_L,
    ),
    C(
        R,
        'Entiendo que el proceso "fue largo, unos 8 meses". Ordene, por favor, las siguientes '
        "etapas de la más lenta a la más rápida: revisión jurídica, aprobación presupuestaria, "
        "evaluación técnica, revisión de seguridad.",
        [
            "Revisión jurídica",
            "Aprobación presupuestaria",
            "Evaluación técnica",
            "Revisión de seguridad",
        ],
        lang=_ES_L,
    ),
    # yes / no
    C(
        Y,
        "¿Podría confirmarme si su organización dispone actualmente de un presupuesto aprobado "
        "para este proyecto?",
        lang=_ES_L,
    ),
    C(
        Y,
        'Usted indicó que trabajan con "dos o tres integradores, según el país". ¿Su empresa '
        "cuenta actualmente con un contrato marco con alguno de ellos?",
        lang=_ES_L,
    ),
    C(
        Y,
        "¿Es correcto que la plataforma se utiliza en todas sus filiales de Latinoamérica?",
        lang=_ES_L,
    ),
    C(
        Y,
        "Gracias por compartirlo. Mencionó que el piloto «duró 10 semanas, ¿o fueron 12?». Más "
        "allá de la duración exacta, ¿se llegó a aprobar el paso a producción tras el piloto?",
        lang=_ES_L,
    ),
)

# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

_FR_L = "fr"

_FR: tuple[Case, ...] = (
    # open-ended
    D(
        "Vous avez indiqué : « est-ce le coût ou la complexité ? franchement, un peu des deux ». "
        "Pourriez-vous me raconter une situation concrète où ces deux aspects ont freiné un "
        "projet dans votre entreprise ?",
        lang=_FR_L,
    ),
    D(
        "Merci. Vous avez mentionné une équipe de 25 personnes répartie sur 3 sites. Comment la "
        "collaboration entre ces sites s'organise-t-elle au quotidien ?",
        lang=_FR_L,
    ),
    D(
        "Certaines organisations privilégient un achat centralisé, d'autres laissent chaque "
        "direction choisir ses outils, d'autres encore combinent les deux. Comment les décisions "
        "d'achat se prennent-elles réellement chez vous ?",
        lang=_FR_L,
    ),
    D(
        "Vous avez cité « Sage, Cegid ou une solution maison » comme alternatives envisagées. "
        "Qu'est-ce qui vous a finalement conduit à écarter chacune d'entre elles ?",
        lang=_FR_L,
    ),
    D(
        "Y a-t-il eu un moment, au cours du déploiement, où vous avez douté du choix de la "
        "solution ? Si oui, je vous serais reconnaissant de me décrire ce qui s'est passé.",
        lang=_FR_L,
    ),
    C(
        OE,
        "Je vous remercie pour ces précisions sur le renouvellement. Selon vous, que devrait "
        "faire un éditeur pour mériter durablement la confiance de votre direction des achats ?",
        lang=_FR_L,
    ),
    # scale
    C(
        SC,
        "Vous avez décrit l'intégration comme « laborieuse, mais finalement réussie ». Sur une "
        "échelle de 1 à 7, où 1 signifie « très difficile » et 7 « très facile », comment "
        "évalueriez-vous l'effort d'intégration ?",
        scale=(1, 7),
        labels={"lo": "très difficile", "hi": "très facile"},
        lang=_FR_L,
    ),
    C(
        SC,
        "Quelle est la probabilité que vous recommandiez cette solution à un homologue d'une "
        "autre entreprise, sur une échelle de 0 à 10 ?",
        scale=(0, 10),
        lang=_FR_L,
    ),
    C(
        SC,
        "Merci. Dans quelle mesure êtes-vous d'accord avec l'affirmation suivante : « Nos outils "
        "actuels offrent à la direction une visibilité suffisante » ?\n\n"
        "1 – Pas du tout d'accord\n"
        "2 – Plutôt pas d'accord\n"
        "3 – Ni d'accord ni pas d'accord\n"
        "4 – Plutôt d'accord\n"
        "5 – Tout à fait d'accord",
        scale=(1, 5),
        labels={"1": "Pas du tout d'accord", "5": "Tout à fait d'accord"},
        lang=_FR_L,
    ),
    C(
        SC,
        "Vous avez précisé que le support répond « parfois en 2 heures, parfois en 2 jours ». "
        "Globalement, quel est votre niveau de satisfaction à l'égard du support, de 1 (très "
        "insatisfait) à 10 (très satisfait) ?",
        scale=(1, 10),
        labels={"lo": "très insatisfait", "hi": "très satisfait"},
        lang=_FR_L,
    ),
    # single choice
    C(
        S,
        "Vous avez dit que les contrats sont « en général annuels, ou pluriannuels si les achats "
        "insistent ». Quel mode de facturation votre organisation utilise-t-elle "
        "actuellement ?\n\n"
        "- Mensuel : facturé chaque mois\n"
        "- Annuel : facturé une fois par an\n"
        "- Pluriannuel : engagement sur deux ans ou plus\n\n"
        "Merci de ne choisir qu'une seule réponse.",
        ["Mensuel", "Annuel", "Pluriannuel"],
        lang=_FR_L,
    ),
    C(
        S,
        "Qui valide en dernier ressort les achats de logiciels dans votre entreprise : le "
        "directeur financier, le DSI ou un comité d'achats ?",
        ["Directeur financier", "DSI", "Comité d'achats"],
        lang=_FR_L,
    ),
    C(
        S,
        "Quelle est la taille approximative de votre organisation ?\n"
        "1) Moins de 250 salariés\n"
        "2) De 250 à 999 salariés\n"
        "3) De 1 000 à 4 999 salariés\n"
        "4) 5 000 salariés ou plus",
        [
            "Moins de 250 salariés",
            "De 250 à 999 salariés",
            "De 1 000 à 4 999 salariés",
            "5 000 salariés ou plus",
        ],
        lang=_FR_L,
    ),
    C(
        S,
        "Merci pour ces éléments. Quel modèle de déploiement correspond le mieux à votre "
        "configuration actuelle ?\n"
        "a. Cloud public (hébergé par l'éditeur, mutualisé)\n"
        "b. Cloud privé (instance dédiée)\n"
        "c. Sur site, dans notre propre centre de données\n"
        "d. Hybride",
        [
            "Cloud public (hébergé par l'éditeur, mutualisé)",
            "Cloud privé (instance dédiée)",
            "Sur site, dans notre propre centre de données",
            "Hybride",
        ],
        lang=_FR_L,
    ),
    # multiple choice
    C(
        M,
        "Vous avez mentionné « Excel, Teams et beaucoup de bonne volonté ». Parmi les outils "
        "suivants, lesquels font officiellement partie de votre processus de reporting ?\n"
        "- Excel\n"
        "- Power BI\n"
        "- Qlik\n"
        "- Tableau\n"
        "- Outil développé en interne\n"
        "Veuillez sélectionner toutes les réponses applicables.",
        ["Excel", "Power BI", "Qlik", "Tableau", "Outil développé en interne"],
        lang=_FR_L,
    ),
    C(
        M,
        "Parmi les critères suivants, lesquels ont le plus pesé dans le choix de votre "
        "prestataire ? Trois réponses maximum.\n"
        "1) Coût total de possession\n"
        "2) Certifications de sécurité\n"
        "3) Qualité du support\n"
        "4) Facilité d'intégration\n"
        "5) Réputation de l'éditeur\n"
        "6) Feuille de route produit",
        [
            "Coût total de possession",
            "Certifications de sécurité",
            "Qualité du support",
            "Facilité d'intégration",
            "Réputation de l'éditeur",
            "Feuille de route produit",
        ],
        max_choices=3,
        lang=_FR_L,
    ),
    C(
        M,
        "Quels services disposent actuellement de licences : la finance, les RH, les ventes, la "
        "logistique, ou d'autres services ? Plusieurs réponses possibles.",
        ["Finance", "RH", "Ventes", "Logistique"],
        allow_other=True,
        lang=_FR_L,
    ),
    C(
        M,
        "Vous avez souligné que la conformité est « absolument centrale ». Quels référentiels "
        "votre organisation doit-elle respecter ?\n"
        "a. RGPD\n"
        "b. ISO 27001\n"
        "c. HDS (hébergement de données de santé)\n"
        "d. SecNumCloud\n"
        "e. Autre (veuillez préciser)\n"
        "Cochez toutes les réponses qui s'appliquent.",
        ["RGPD", "ISO 27001", "HDS (hébergement de données de santé)", "SecNumCloud"],
        allow_other=True,
        lang=_FR_L,
    ),
    # ranking
    C(
        R,
        "Vous avez résumé vos priorités ainsi : « d'abord la sécurité, ensuite le prix ». "
        "Pourriez-vous classer les éléments suivants du plus important au moins important ?\n"
        "- Sécurité des données\n"
        "- Prix des licences\n"
        "- Rapidité de mise en œuvre\n"
        "- Qualité de l'accompagnement",
        [
            "Sécurité des données",
            "Prix des licences",
            "Rapidité de mise en œuvre",
            "Qualité de l'accompagnement",
        ],
        lang=_FR_L,
    ),
    C(
        R,
        "Veuillez classer les sources d'information suivantes selon leur influence sur vos "
        "décisions d'achat, 1 étant la plus influente : études d'analystes (Gartner, IDC), "
        "recommandations de pairs, démonstrations éditeur, salons professionnels.",
        [
            "Études d'analystes (Gartner, IDC)",
            "Recommandations de pairs",
            "Démonstrations éditeur",
            "Salons professionnels",
        ],
        lang=_FR_L,
    ),
    C(
        R,
        "Si vous deviez hiérarchiser les améliorations suivantes pour l'année à venir, dans quel "
        "ordre les placeriez-vous, de la plus prioritaire à la moins prioritaire ?\n"
        "1) Authentification unique\n"
        "2) Journalisation des accès\n"
        "3) Rapports plus rapides\n"
        "4) Application mobile",
        [
            "Authentification unique",
            "Journalisation des accès",
            "Rapports plus rapides",
            "Application mobile",
        ],
        lang=_FR_L,
    ),
    C(
        R,
        "Classez, s'il vous plaît, les étapes suivantes de la plus longue à la plus courte : "
        "revue juridique, validation budgétaire, évaluation technique, revue de sécurité.",
        ["Revue juridique", "Validation budgétaire", "Évaluation technique", "Revue de sécurité"],
        lang=_FR_L,
    ),
    # yes / no
    C(
        Y,
        "Vous avez dit : « on en a parlé, ou plutôt l'IT en a parlé, mais rien n'a été décidé ». "
        "Pourriez-vous me confirmer si un budget a été formellement approuvé pour ce projet ?",
        lang=_FR_L,
    ),
    C(
        Y,
        "Votre organisation utilise-t-elle actuellement une authentification unique (SSO) pour "
        "ses applications métier ?",
        lang=_FR_L,
    ),
    C(
        Y,
        "Merci. Vous avez mentionné trois filiales, à Lyon, Bruxelles et Genève. Est-il exact "
        "que ces trois filiales utilisent la même instance de la plateforme ?",
        lang=_FR_L,
    ),
    C(
        Y,
        "Le pilote a, selon vos mots, « duré 12 semaines puis s'est un peu essoufflé ? ». Afin "
        "de le consigner correctement : le pilote a-t-il été officiellement clôturé ?",
        lang=_FR_L,
    ),
)

# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

_DE_L = "de"

_DE: tuple[Case, ...] = (
    # open-ended
    D(
        "Sie sagten: „Liegt es am Preis oder an der Einführungszeit? Ehrlich gesagt an beidem.“ "
        "Könnten Sie mir schildern, in welcher konkreten Situation diese beiden Faktoren "
        "zuletzt eine Entscheidung beeinflusst haben?",
        lang=_DE_L,
    ),
    D(
        "Vielen Dank. Sie erwähnten, dass Ihr Team innerhalb von 9 Monaten von vier Systemen auf "
        "eines umgestiegen ist. Was hat diese Konsolidierung aus Ihrer Sicht erleichtert oder "
        "erschwert?",
        lang=_DE_L,
    ),
    D(
        "Manche Unternehmen beschreiben ihren Einkauf als zentral, andere als dezentral, viele "
        "als etwas dazwischen. Wie würden Sie in eigenen Worten beschreiben, wie "
        "Kaufentscheidungen in Ihrem Haus tatsächlich getroffen werden?",
        lang=_DE_L,
    ),
    D(
        "Sie nannten „SAP, Microsoft Dynamics oder eine Eigenentwicklung“ als Alternativen. Aus "
        "welchen Gründen wurden diese jeweils verworfen?",
        lang=_DE_L,
    ),
    D(
        "Gab es während der Migration einen Zeitpunkt, an dem ein Abbruch ernsthaft erwogen "
        "wurde? Falls ja, wäre ich Ihnen dankbar, wenn Sie mir beschreiben, wie es dazu kam und "
        "wie Sie damit umgegangen sind.",
        lang=_DE_L,
    ),
    C(
        OE,
        "Vielen Dank für Ihre offenen Worte zur Vertragsverlängerung. Was müsste ein Anbieter "
        "Ihrer Meinung nach tun, um das Vertrauen Ihrer Einkaufsabteilung dauerhaft zu "
        "gewinnen?",
        lang=_DE_L,
    ),
    # scale
    C(
        SC,
        "Sie beschrieben die Schulung als „solide, aber etwas knapp“. Auf einer Skala von 1 bis "
        "7, wobei 1 „überhaupt nicht hilfreich“ und 7 „äußerst hilfreich“ bedeutet: Wie "
        "bewerten Sie die Schulung insgesamt?",
        scale=(1, 7),
        labels={"lo": "überhaupt nicht hilfreich", "hi": "äußerst hilfreich"},
        lang=_DE_L,
    ),
    C(
        SC,
        "Wie wahrscheinlich ist es, dass Sie die Lösung einer Kollegin oder einem Kollegen in "
        "einem anderen Unternehmen empfehlen? Bitte antworten Sie auf einer Skala von 0 bis 10.",
        scale=(0, 10),
        lang=_DE_L,
    ),
    C(
        SC,
        "Vielen Dank. Wie hoch ist Ihr Vertrauen in die Datenqualität der Plattform?\n\n"
        "1 — 2 — 3 — 4 — 5 — 6 — 7 — 8 — 9 — 10\n\n"
        "(1 = sehr gering, 10 = sehr hoch)",
        scale=(1, 10),
        labels={"1": "sehr gering", "10": "sehr hoch"},
        lang=_DE_L,
    ),
    C(
        SC,
        "Sie erwähnten, dass der Support „mal in 2 Stunden, mal erst nach 3 Tagen“ reagiert. "
        "Wie zufrieden sind Sie insgesamt mit dem Support, von 1 (sehr unzufrieden) bis 5 "
        "(sehr zufrieden)?",
        scale=(1, 5),
        labels={"lo": "sehr unzufrieden", "hi": "sehr zufrieden"},
        lang=_DE_L,
    ),
    # single choice
    C(
        S,
        "Sie sagten, die Verträge seien „meist jährlich, manchmal mehrjährig, wenn der Einkauf "
        "drängt“. Welches Abrechnungsmodell nutzt Ihr Unternehmen derzeit?\n\n"
        "- Monatlich – monatliche Abrechnung\n"
        "- Jährlich – einmal pro Jahr\n"
        "- Mehrjährig – Bindung über zwei oder mehr Jahre\n\n"
        "Bitte nur eine Antwort.",
        ["Monatlich", "Jährlich", "Mehrjährig"],
        lang=_DE_L,
    ),
    C(
        S,
        "Wer trifft in Ihrem Unternehmen die finale Entscheidung über Softwarebeschaffungen: "
        "der CFO, der CIO, ein Einkaufsgremium oder jemand anderes?",
        ["CFO", "CIO", "Einkaufsgremium"],
        allow_other=True,
        lang=_DE_L,
    ),
    C(
        S,
        "Wie viele Mitarbeitende beschäftigt Ihr Unternehmen ungefähr?\n"
        "1) Weniger als 250\n"
        "2) 250 bis 999\n"
        "3) 1.000 bis 4.999\n"
        "4) 5.000 oder mehr",
        ["Weniger als 250", "250 bis 999", "1.000 bis 4.999", "5.000 oder mehr"],
        lang=_DE_L,
    ),
    C(
        S,
        "Danke für die Einordnung. Welches Betriebsmodell trifft auf Ihre aktuelle Installation "
        "am ehesten zu?\n"
        "a. Public Cloud (beim Anbieter gehostet, mandantenfähig)\n"
        "b. Private Cloud (dedizierte Instanz)\n"
        "c. On-Premises im eigenen Rechenzentrum\n"
        "d. Hybrid",
        [
            "Public Cloud (beim Anbieter gehostet, mandantenfähig)",
            "Private Cloud (dedizierte Instanz)",
            "On-Premises im eigenen Rechenzentrum",
            "Hybrid",
        ],
        lang=_DE_L,
    ),
    # multiple choice
    C(
        M,
        "Sie erwähnten „Excel, Teams und viel guten Willen“. Welche der folgenden Werkzeuge sind "
        "offiziell Teil Ihres Reporting-Prozesses?\n"
        "- Excel\n"
        "- Power BI\n"
        "- Qlik\n"
        "- Tableau\n"
        "- Eigenentwicklung\n"
        "Bitte wählen Sie alle zutreffenden Optionen aus.",
        ["Excel", "Power BI", "Qlik", "Tableau", "Eigenentwicklung"],
        lang=_DE_L,
    ),
    C(
        M,
        "Welche der folgenden Kriterien waren bei der Anbieterauswahl am wichtigsten? Bitte "
        "wählen Sie höchstens zwei aus.\n"
        "1) Gesamtkosten\n"
        "2) Sicherheitszertifizierungen\n"
        "3) Qualität des Supports\n"
        "4) Integrationsfähigkeit\n"
        "5) Referenzen im DACH-Raum",
        [
            "Gesamtkosten",
            "Sicherheitszertifizierungen",
            "Qualität des Supports",
            "Integrationsfähigkeit",
            "Referenzen im DACH-Raum",
        ],
        max_choices=2,
        lang=_DE_L,
    ),
    C(
        M,
        "In welchen Abteilungen wird die Plattform derzeit genutzt – etwa Finanzen, Personal, "
        "Vertrieb, Logistik oder in weiteren Bereichen? Mehrfachnennungen sind möglich.",
        ["Finanzen", "Personal", "Vertrieb", "Logistik"],
        allow_other=True,
        lang=_DE_L,
    ),
    C(
        M,
        "Sie betonten, Compliance sei „das A und O“. Welche Regelwerke muss Ihr Unternehmen "
        "nachweislich einhalten?\n"
        "a. DSGVO\n"
        "b. ISO 27001\n"
        "c. BSI C5\n"
        "d. NIS2\n"
        "e. Sonstige (bitte angeben)\n"
        "Mehrfachauswahl möglich.",
        ["DSGVO", "ISO 27001", "BSI C5", "NIS2"],
        allow_other=True,
        lang=_DE_L,
    ),
    # ranking
    C(
        R,
        "Sie fassten Ihre Prioritäten als „erst Sicherheit, dann Preis, dann der Rest“ zusammen. "
        "Bitte bringen Sie die folgenden Punkte in eine Reihenfolge, vom wichtigsten zum "
        "unwichtigsten:\n"
        "- Datensicherheit\n"
        "- Lizenzkosten\n"
        "- Einführungsdauer\n"
        "- Betreuung durch den Anbieter",
        ["Datensicherheit", "Lizenzkosten", "Einführungsdauer", "Betreuung durch den Anbieter"],
        lang=_DE_L,
    ),
    C(
        R,
        "Bitte ordnen Sie die folgenden Informationsquellen nach ihrem Einfluss auf Ihre "
        "Kaufentscheidungen, wobei 1 die einflussreichste ist: Analystenberichte (z. B. "
        "Gartner, Forrester), Empfehlungen von Kollegen, Produktdemos, Fachmessen.",
        [
            "Analystenberichte (z. B. Gartner, Forrester)",
            "Empfehlungen von Kollegen",
            "Produktdemos",
            "Fachmessen",
        ],
        lang=_DE_L,
    ),
    C(
        R,
        "Wie würden Sie die folgenden Verbesserungen für das kommende Jahr priorisieren? Bitte "
        "sortieren Sie sie von der höchsten zur niedrigsten Priorität.\n"
        "1) Single Sign-on\n"
        "2) Bessere Protokollierung\n"
        "3) Schnellere Berichte\n"
        "4) Mobile App",
        ["Single Sign-on", "Bessere Protokollierung", "Schnellere Berichte", "Mobile App"],
        lang=_DE_L,
    ),
    C(
        R,
        "Bitte sortieren Sie die folgenden Phasen nach ihrer Dauer, von der längsten zur "
        "kürzesten: Rechtsprüfung, Budgetfreigabe, technische Evaluierung, Sicherheitsprüfung.",
        ["Rechtsprüfung", "Budgetfreigabe", "Technische Evaluierung", "Sicherheitsprüfung"],
        lang=_DE_L,
    ),
    # yes / no
    C(
        Y,
        "Sie sagten: „Wir haben es uns angeschaut, bzw. die IT hat es, aber entschieden wurde "
        "nichts.“ Könnten Sie bestätigen, ob für dieses Vorhaben bereits ein Budget formell "
        "freigegeben wurde?",
        lang=_DE_L,
    ),
    C(
        Y,
        "Nutzt Ihr Unternehmen derzeit Single Sign-on (SSO) für seine Geschäftsanwendungen?",
        lang=_DE_L,
    ),
    C(
        Y,
        "Vielen Dank. Sie erwähnten drei Standorte – München, Wien und Zürich. Ist es richtig, "
        "dass alle drei Standorte dieselbe Instanz der Plattform nutzen?",
        lang=_DE_L,
    ),
    C(
        Y,
        "Der Pilot lief, wie Sie sagten, „12 Wochen oder so, dann ist er eingeschlafen“. Damit "
        "ich es korrekt festhalte: Wurde der Pilot offiziell abgeschlossen?",
        lang=_DE_L,
    ),
)

# --------------------------------------------------------------------------------------------
# Portuguese
# --------------------------------------------------------------------------------------------

_PT_L = "pt"

_PT: tuple[Case, ...] = (
    # open-ended
    D(
        'O senhor comentou: "é o preço ou o tempo de implantação? sinceramente, os dois". '
        "Poderia me descrever a última situação em que esses dois fatores pesaram em uma "
        "decisão de compra e o que aconteceu?",
        lang=_PT_L,
    ),
    D(
        "Obrigado. A senhora mencionou que a equipe passou de 6 ferramentas para 2 em cerca de "
        "um ano. O que a sua organização aprendeu ao longo dessa consolidação?",
        lang=_PT_L,
    ),
    D(
        "Algumas empresas descrevem a relação com fornecedores como transacional, outras como "
        "uma parceria estratégica e outras como algo intermediário. Como o senhor descreveria, "
        "com suas próprias palavras, a relação da sua empresa com o fornecedor principal?",
        lang=_PT_L,
    ),
    D(
        'O senhor citou "TOTVS, SAP ou algo desenvolvido internamente" como alternativas '
        "avaliadas. Quais foram os motivos para descartar cada uma delas?",
        lang=_PT_L,
    ),
    D(
        "Houve algum momento, durante a migração, em que se cogitou voltar atrás? Em caso "
        "afirmativo, eu agradeceria se a senhora pudesse contar o que aconteceu e como a "
        "situação foi resolvida.",
        lang=_PT_L,
    ),
    C(
        OE,
        "Agradeço a franqueza sobre o processo de renovação. Na sua visão, o que um fornecedor "
        "precisaria fazer para conquistar a confiança da área de compras da sua empresa?",
        lang=_PT_L,
    ),
    # scale
    C(
        SC,
        'O senhor descreveu o treinamento inicial como "adequado, mas um pouco corrido". Em uma '
        'escala de 1 a 7, em que 1 significa "nada útil" e 7 "extremamente útil", como '
        "avaliaria o treinamento recebido?",
        scale=(1, 7),
        labels={"lo": "nada útil", "hi": "extremamente útil"},
        lang=_PT_L,
    ),
    C(
        SC,
        "Em uma escala de 0 a 10, qual a probabilidade de a senhora recomendar esta solução a "
        "um colega de outra empresa?",
        scale=(0, 10),
        lang=_PT_L,
    ),
    C(
        SC,
        "Obrigado pelo esclarecimento. Em que medida o senhor concorda com a afirmação a "
        'seguir: "As ferramentas atuais dão à diretoria a visibilidade de que ela precisa"?\n\n'
        "1 – Discordo totalmente\n"
        "2 – Discordo\n"
        "3 – Neutro\n"
        "4 – Concordo\n"
        "5 – Concordo totalmente",
        scale=(1, 5),
        labels={"1": "Discordo totalmente", "5": "Concordo totalmente"},
        lang=_PT_L,
    ),
    C(
        SC,
        'A senhora mencionou que o suporte "às vezes responde em 1 hora, às vezes em 3 dias". '
        "De modo geral, qual o seu nível de satisfação com o suporte, de 1 (muito insatisfeita) "
        "a 10 (muito satisfeita)?",
        scale=(1, 10),
        labels={"lo": "muito insatisfeita", "hi": "muito satisfeita"},
        lang=_PT_L,
    ),
    # single choice
    C(
        S,
        'Entendo que a decisão "acabou ficando com a diretoria, ou pelo menos foi o que me '
        'disseram". Quem tem a palavra final sobre compras de software acima de R$ 200 mil na '
        "sua organização?\n\n"
        "- Diretor financeiro\n"
        "- Diretor de TI\n"
        "- Comitê de compras\n"
        "- Conselho de administração\n\n"
        "Por favor, selecione apenas uma opção.",
        ["Diretor financeiro", "Diretor de TI", "Comitê de compras", "Conselho de administração"],
        lang=_PT_L,
    ),
    C(
        S,
        "Qual modelo de contratação a sua empresa prefere: licença perpétua, assinatura anual "
        "ou pagamento por uso?",
        ["Licença perpétua", "Assinatura anual", "Pagamento por uso"],
        lang=_PT_L,
    ),
    C(
        S,
        "Qual das opções abaixo descreve melhor a fase atual do seu projeto?\n"
        "1) Exploração: ainda coletando informações\n"
        "2) Avaliação: comparando fornecedores\n"
        "3) Negociação: discutindo o contrato\n"
        "4) Implantação: já em andamento",
        ["Exploração", "Avaliação", "Negociação", "Implantação"],
        lang=_PT_L,
    ),
    C(
        S,
        "Aproximadamente quantos funcionários a sua organização tem?\n"
        "a. Menos de 100\n"
        "b. De 100 a 499\n"
        "c. De 500 a 1.999\n"
        "d. 2.000 ou mais",
        ["Menos de 100", "De 100 a 499", "De 500 a 1.999", "2.000 ou mais"],
        lang=_PT_L,
    ),
    # multiple choice
    C(
        M,
        "Quais dos canais a seguir a sua empresa utiliza para se comunicar com fornecedores de "
        "software? Selecione todas as opções aplicáveis.\n"
        "- E-mail\n"
        "- Videochamadas\n"
        "- Portal do fornecedor\n"
        "- Telefone\n"
        "- Outro (especifique)",
        ["E-mail", "Videochamadas", "Portal do fornecedor", "Telefone"],
        allow_other=True,
        lang=_PT_L,
    ),
    C(
        M,
        'O senhor disse que "segurança, integração e custo" foram decisivos. Se tivesse que '
        "escolher no máximo dois, quais dos aspectos abaixo foram mais determinantes?\n"
        "1) Segurança\n"
        "2) Integração com sistemas existentes\n"
        "3) Custo total\n"
        "4) Experiência do usuário\n"
        "5) Suporte em português",
        [
            "Segurança",
            "Integração com sistemas existentes",
            "Custo total",
            "Experiência do usuário",
            "Suporte em português",
        ],
        max_choices=2,
        lang=_PT_L,
    ),
    C(
        M,
        "Quais módulos da plataforma a sua equipe utiliza atualmente: contabilidade, folha de "
        "pagamento, estoque ou CRM? Pode indicar mais de um.",
        ["Contabilidade", "Folha de pagamento", "Estoque", "CRM"],
        lang=_PT_L,
    ),
    C(
        M,
        "Quais destas certificações a sua organização exige dos fornecedores?\n"
        "a. ISO 27001\n"
        "b. SOC 2 Tipo II\n"
        "c. LGPD (conformidade documentada)\n"
        "d. PCI DSS\n"
        "Marque todas as que se aplicam.",
        ["ISO 27001", "SOC 2 Tipo II", "LGPD (conformidade documentada)", "PCI DSS"],
        lang=_PT_L,
    ),
    # ranking
    C(
        R,
        'A senhora mencionou "preço, prazo e, principalmente, suporte". Para registrar com '
        "precisão, poderia ordenar os fatores abaixo do mais importante para o menos "
        "importante?\n"
        "- Preço\n"
        "- Prazo de implantação\n"
        "- Qualidade do suporte\n"
        "- Funcionalidades",
        ["Preço", "Prazo de implantação", "Qualidade do suporte", "Funcionalidades"],
        lang=_PT_L,
    ),
    C(
        R,
        "Por favor, ordene as seguintes fontes de informação de acordo com a influência que "
        "exercem nas suas decisões de compra, sendo 1 a mais influente: relatórios de "
        "analistas, indicações de colegas, demonstrações do fornecedor e feiras do setor.",
        [
            "Relatórios de analistas",
            "Indicações de colegas",
            "Demonstrações do fornecedor",
            "Feiras do setor",
        ],
        lang=_PT_L,
    ),
    C(
        R,
        "Como o senhor priorizaria as melhorias abaixo para o próximo ano? Ordene da mais "
        "urgente para a menos urgente.\n"
        "1) Automação de relatórios\n"
        "2) Acesso pelo celular\n"
        "3) Controle de permissões mais detalhado\n"
        "4) Integração com o Microsoft Teams",
        [
            "Automação de relatórios",
            "Acesso pelo celular",
            "Controle de permissões mais detalhado",
            "Integração com o Microsoft Teams",
        ],
        lang=_PT_L,
    ),
    C(
        R,
        'Entendo que o processo "levou uns 8 meses, talvez mais". Por favor, ordene as etapas a '
        "seguir da mais demorada para a mais rápida: revisão jurídica, aprovação de orçamento, "
        "avaliação técnica, revisão de segurança.",
        [
            "Revisão jurídica",
            "Aprovação de orçamento",
            "Avaliação técnica",
            "Revisão de segurança",
        ],
        lang=_PT_L,
    ),
    # yes / no
    C(
        Y,
        "O senhor poderia confirmar se a sua organização tem atualmente um orçamento aprovado "
        "para este projeto?",
        lang=_PT_L,
    ),
    C(
        Y,
        'A senhora disse que trabalham com "dois ou três integradores, dependendo do estado". '
        "A sua empresa possui atualmente um contrato-quadro com algum deles?",
        lang=_PT_L,
    ),
    C(
        Y,
        "É correto afirmar que a plataforma é utilizada em todas as filiais da empresa no Brasil?",
        lang=_PT_L,
    ),
    C(
        Y,
        'Obrigado por compartilhar. O senhor mencionou que o piloto "durou 10 semanas, ou foram '
        '12?". Independentemente da duração exata, a passagem para produção foi aprovada após o '
        "piloto?",
        lang=_PT_L,
    ),
)

HOLDOUT18: tuple[Case, ...] = _EN + _ES + _FR + _DE + _PT
