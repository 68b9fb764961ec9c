"""Session 12's batches: the families held-out 17 (a UX researcher's moderator following a
discussion guide) showed, written anew in five languages, with open questions of the same shape
beside them that must stay open. Each batch's first score, on the detector before the change
made for it, is kept beside it (printed by tests/benchmarks/questions.py).

* ROOMY_LIST: an instruction to rank or to pick several, a colon, and options of six to eight
  words between commas ("Classez-les du plus utile au moins utile : …, la prise de rendez-vous
  à la CAF, …", "Ordene los trámites (1 = más urgente): …, reportar incidencias en la vía
  pública."); the same list after a question that asks why or how stays open;
* BARE_RANGE: a range with no "from" after a question that rates ("Wie viele Sterne … – 1 bis
  5?", "Quantas estrelas …, 1 até 5?"); a count asked the same way stays open ("Wie viele Tage
  …, 1 bis 5?");
* QUOTED_ENDS: the two ends' labels in quotes after "=" ("wobei 0 = „gar nicht“ und 10 =
  „sehr“", "‚…‘", "« … »", "“…”").

Then held-out 18's (a formal, reflective B2B interviewer's):

* CATCH_ALL: an inline list closed by a catch-all ("…, or someone else?", "u otros equipos",
  "ou d'autres équipes", "oder jemand anderes", "ou outra pessoa"): an Other;
* PAREN_COMMAS: an option with commas inside its parentheses ("chat tools (e.g., Slack,
  Teams), email, …"): one option;
* UNIT_MAXIMUM: a count, a unit, then the limit ("Two answers maximum.", "Deux réponses
  maximum.", "Duas respostas no máximo."): a multiple choice with that maximum;
* YN_SUBJECT: a yes/no question with its subject before the verb, in Portuguese ("O contrato
  foi renovado …?", "A sua equipa possui …?"), or with an impersonal "se" in Spanish ("¿Se
  firmó el contrato …?").

And two found by perturbing every tuning corpus (tests/questions/test_context.py keeps them):

* COURTESY_TAIL: a closing sentence that only reassures, says why it asks or that the question
  may be skipped ("Your answer stays confidential.", "Esta pergunta é opcional.", "Vous pouvez
  passer cette question.", "Antworten Sie ruhig spontan."): no part of the ask;
* QUOTED_ASK: a question the participant asked, quoted before the interviewer's ask ('You said
  "was it the form or the wait? both"'): not the ask.
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

S, M, R, SC, Y = "single_choice", "multiple_choice", "ranking", "scale", "yes_no"

ROOMY_LIST: list[Case] = [
    C(
        R,
        "Gracias. Ahora ordene estas mejoras de la más a la menos necesaria (1 = la más "
        "necesaria): ampliar el horario de atención, reducir el tiempo de espera en caja, "
        "mejorar la señalización dentro de la tienda, ofrecer aparcamiento gratuito.",
        options=[
            "ampliar el horario de atención",
            "reducir el tiempo de espera en caja",
            "mejorar la señalización dentro de la tienda",
            "ofrecer aparcamiento gratuito",
        ],
        lang="es",
    ),
    C(
        R,
        "Classez ces étapes de la plus pénible à la moins pénible : la création du compte "
        "sur le portail, l'envoi des justificatifs de domicile, le paiement en ligne par carte.",
        options=[
            "la création du compte sur le portail",
            "l'envoi des justificatifs de domicile",
            "le paiement en ligne par carte",
        ],
        lang="fr",
    ),
    C(
        R,
        "Bitte bringen Sie diese Punkte in eine Reihenfolge, der wichtigste zuerst: die "
        "Wartezeit bis zum ersten Termin, die Erreichbarkeit der Praxis am Telefon, die "
        "Parkmöglichkeiten direkt vor dem Haus.",
        options=[
            "die Wartezeit bis zum ersten Termin",
            "die Erreichbarkeit der Praxis am Telefon",
            "die Parkmöglichkeiten direkt vor dem Haus",
        ],
        lang="de",
    ),
    C(
        R,
        "Ordene estes pontos do mais ao menos importante para si: o tempo de espera pela "
        "primeira consulta, a marcação de consultas pelo telefone, o estacionamento junto ao "
        "centro de saúde.",
        options=[
            "o tempo de espera pela primeira consulta",
            "a marcação de consultas pelo telefone",
            "o estacionamento junto ao centro de saúde",
        ],
        lang="pt",
    ),
    C(
        R,
        "Please rank these from most to least annoying: waiting on hold for an agent, "
        "re-entering my details on every call, being transferred to the wrong department.",
        options=[
            "waiting on hold for an agent",
            "re-entering my details on every call",
            "being transferred to the wrong department",
        ],
    ),
    C(
        M,
        "Which of these have you done in the last month? Select all that apply: booked a "
        "table through the app, paid the bill from my phone, left a review after the meal.",
        options=[
            "booked a table through the app",
            "paid the bill from my phone",
            "left a review after the meal",
        ],
    ),
    C(
        M,
        "¿Cuáles de estas cosas ha hecho este mes? Marque todas las que correspondan: reservar "
        "mesa desde la aplicación, pagar la cuenta con el móvil, dejar una reseña del local.",
        options=[
            "reservar mesa desde la aplicación",
            "pagar la cuenta con el móvil",
            "dejar una reseña del local",
        ],
        lang="es",
    ),
    D(
        "Why would you rank them that way: waiting on hold for an agent, re-entering my "
        "details on every call, being transferred to the wrong department?"
    ),
    D(
        "¿Por qué las ordenó así: ampliar el horario de atención, reducir el tiempo de espera "
        "en caja, mejorar la señalización dentro de la tienda?",
        lang="es",
    ),
    D(
        "Vous avez cité plusieurs étapes : la création du compte sur le portail, l'envoi des "
        "justificatifs de domicile, le paiement en ligne. Laquelle vous a fait hésiter, et "
        "pourquoi ?",
        lang="fr",
    ),
]
ROOMY_LIST_FIRST_SCORE = (
    "detector of c47b81b: 3/10 exactly right; ranking 1.000/0.000, multiple_choice "
    "1.000/0.000 (options of six to eight words after a colon refused as a clause); 0 of 3 "
    "open questions given a widget"
)

BARE_RANGE: list[Case] = [
    C(SC, "Wie viele Sterne geben Sie der neuen Suche – 1 bis 5?", scale=(1, 5), lang="de"),
    C(SC, "Und wie zufrieden bist du mit dem Versand, 1 bis 10?", scale=(1, 10), lang="de"),
    C(SC, "Quantas estrelas daria à nova pesquisa, 1 até 5?", scale=(1, 5), lang="pt"),
    C(SC, "Wie bewerten Sie die Beratung insgesamt (1 bis 7)?", scale=(1, 7), lang="de"),
    D("Wie viele Tage pro Woche arbeiten Sie im Büro, 1 bis 5?", lang="de"),
    D("Quantos dias por semana trabalha no escritório, 1 até 5?", lang="pt"),
    D("Letztes Jahr waren es 1 bis 5 Besuche im Monat. Wie hat sich das verändert?", lang="de"),
]
BARE_RANGE_FIRST_SCORE = (
    'detector of c47b81b: 3/7 exactly right; scale 1.000/0.000 ("1 bis 5" and "1 até 5" '
    'with no "von" or "de" not read as a range); 0 of 3 open questions given a widget'
)

QUOTED_ENDS: list[Case] = [
    C(
        SC,
        "Auf einer Skala von 1 bis 5, wobei 1 = „gar nicht hilfreich“ und 5 = „sehr "
        "hilfreich“: Wie hilfreich war die Anleitung?",
        scale=(1, 5),
        labels={"lo": "gar nicht hilfreich", "hi": "sehr hilfreich"},
        lang="de",
    ),
    C(
        SC,
        "Wie leicht fiel Ihnen die Anmeldung? Skala von 0 bis 10, wobei 0 = ‚sehr schwer‘ "
        "und 10 = ‚sehr leicht‘.",
        scale=(0, 10),
        labels={"lo": "sehr schwer", "hi": "sehr leicht"},
        lang="de",
    ),
    C(
        SC,
        "Sur une échelle de 1 à 7, où 1 = « pas du tout clair » et 7 = « parfaitement clair », "
        "comment jugez-vous le devis ?",
        scale=(1, 7),
        labels={"lo": "pas du tout clair", "hi": "parfaitement clair"},
        lang="fr",
    ),
    C(
        SC,
        "En una escala del 1 al 5, donde 1 = «nada clara» y 5 = «muy clara», ¿cómo valora la "
        "factura?",
        scale=(1, 5),
        labels={"lo": "nada clara", "hi": "muy clara"},
        lang="es",
    ),
    C(
        SC,
        "Numa escala de 1 a 5, em que 1 = “nada útil” e 5 = “muito útil”, como avalia o "
        "relatório mensal?",
        scale=(1, 5),
        labels={"lo": "nada útil", "hi": "muito útil"},
        lang="pt",
    ),
    C(
        SC,
        'On a scale of 1 to 5, where 1 = "not clear at all" and 5 = "perfectly clear", how '
        "would you rate the invoice?",
        scale=(1, 5),
        labels={"lo": "not clear at all", "hi": "perfectly clear"},
    ),
]
QUOTED_ENDS_FIRST_SCORE = (
    "detector of c47b81b: 4/6 exactly right; scale 0.667/0.667 (German labels after "
    '"wobei 0 =" kept the "=" and the opening „ or ‚, the last one ran on past its '
    "closing quote)"
)

SESSION12: list[Case] = [*ROOMY_LIST, *BARE_RANGE, *QUOTED_ENDS]

# held-out 18 (a formal, reflective B2B interviewer) showed these; written anew here
CATCH_ALL: list[Case] = [
    C(
        S,
        "Who approves a new supplier in your team: the head of finance, the IT lead, the "
        "buying group, or someone else?",
        options=["the head of finance", "the IT lead", "the buying group"],
        allow_other=True,
    ),
    C(
        M,
        "Which teams use the dashboard today: sales, support, marketing, or other teams? "
        "Select all that apply.",
        options=["sales", "support", "marketing"],
        allow_other=True,
    ),
    C(
        S,
        "¿Quién aprueba un proveedor nuevo: el director financiero, el responsable de TI o "
        "alguien más?",
        options=["el director financiero", "el responsable de TI"],
        allow_other=True,
        lang="es",
    ),
    C(
        M,
        "¿Qué equipos usan hoy el panel: ventas, soporte, marketing u otros equipos? Puede "
        "marcar varios.",
        options=["ventas", "soporte", "marketing"],
        allow_other=True,
        lang="es",
    ),
    C(
        M,
        "Quelles équipes utilisent le tableau de bord : les ventes, le support, le marketing ou "
        "d'autres équipes ? Plusieurs réponses possibles.",
        options=["les ventes", "le support", "le marketing"],
        allow_other=True,
        lang="fr",
    ),
    C(
        S,
        "Qui valide un nouveau fournisseur : la direction financière, le responsable "
        "informatique ou quelqu'un d'autre ?",
        options=["la direction financière", "le responsable informatique"],
        allow_other=True,
        lang="fr",
    ),
    C(
        S,
        "Wer gibt einen neuen Lieferanten frei: die Finanzleitung, die IT-Leitung oder jemand "
        "anderes?",
        options=["die Finanzleitung", "die IT-Leitung"],
        allow_other=True,
        lang="de",
    ),
    C(
        M,
        "Welche Teams nutzen das Dashboard heute: Vertrieb, Support, Marketing oder andere "
        "Teams? Mehrfachnennungen möglich.",
        options=["Vertrieb", "Support", "Marketing"],
        allow_other=True,
        lang="de",
    ),
    C(
        S,
        "Quem aprova um novo fornecedor: o diretor financeiro, o responsável de TI ou outra "
        "pessoa?",
        options=["o diretor financeiro", "o responsável de TI"],
        allow_other=True,
        lang="pt",
    ),
    C(
        M,
        "Que equipas usam hoje o painel: vendas, suporte, marketing ou outras equipas? Pode "
        "marcar várias.",
        options=["vendas", "suporte", "marketing"],
        allow_other=True,
        lang="pt",
    ),
    D("Who else was involved in approving the supplier, and what did each of them care about?"),
    D(
        "Besides sales, support and marketing, which other teams would you like to see using "
        "the dashboard, and why?"
    ),
    D(
        "¿Usan el panel ventas, soporte o alguien más? Cuénteme cómo lo usa cada equipo.",
        lang="es",
    ),
]
CATCH_ALL_FIRST_SCORE = (
    "detector of ac33f44: 3/13 exactly right; single_choice 0.000/0.000, multiple_choice "
    "0.000/0.000 (the catch-all kept as an option, or the English 'else' read as an open "
    "invitation); 0 of 3 open questions given a widget"
)

PAREN_COMMAS: list[Case] = [
    C(
        R,
        "Please rank these channels by how often you use them: chat tools (e.g., Slack, "
        "Teams), email, phone calls, and video meetings.",
        options=["chat tools (e.g., Slack, Teams)", "email", "phone calls", "video meetings"],
    ),
    C(
        M,
        "Which of these do you pay for? Select all that apply: cloud storage (Dropbox, Drive), "
        "music, video streaming, news.",
        options=["cloud storage (Dropbox, Drive)", "music", "video streaming", "news"],
    ),
    C(
        R,
        "Ordene estos canales del más al menos usado: mensajería (WhatsApp, Telegram), correo, "
        "llamadas, videollamadas.",
        options=["mensajería (WhatsApp, Telegram)", "correo", "llamadas", "videollamadas"],
        lang="es",
    ),
    C(
        R,
        "Classez ces canaux du plus au moins utilisé : messageries (WhatsApp, Signal), e-mail, "
        "appels, visioconférences.",
        options=["messageries (WhatsApp, Signal)", "e-mail", "appels", "visioconférences"],
        lang="fr",
    ),
    C(
        M,
        "Welche davon nutzen Sie? Mehrfachnennungen möglich: Messenger (z. B. WhatsApp, "
        "Signal), E-Mail, Telefon, Videokonferenzen.",
        options=["Messenger (z. B. WhatsApp, Signal)", "E-Mail", "Telefon", "Videokonferenzen"],
        lang="de",
    ),
    C(
        R,
        "Ordene estes canais do mais ao menos usado: mensagens (WhatsApp, Telegram), e-mail, "
        "chamadas, videochamadas.",
        options=["mensagens (WhatsApp, Telegram)", "e-mail", "chamadas", "videochamadas"],
        lang="pt",
    ),
    D(
        "Which channels do you use most (e.g., Slack, Teams, email), and what do you use each "
        "one for?"
    ),
    D(
        "¿Qué herramientas usa (por ejemplo, WhatsApp, Telegram, correo) y para qué?",
        lang="es",
    ),
]
PAREN_COMMAS_FIRST_SCORE = (
    "detector of ac33f44: 2/8 exactly right; ranking 0.000/0.000, multiple_choice "
    "0.000/0.000 (options cut at the commas inside their parentheses); 0 of 2 open "
    "questions given a widget"
)

UNIT_MAXIMUM: list[Case] = [
    C(
        M,
        "Which of these matter most to you? Two answers maximum.\n1) Price\n2) Speed\n3) "
        "Support\n4) Design",
        options=["Price", "Speed", "Support", "Design"],
        max_choices=2,
    ),
    C(
        M,
        "Quels critères comptent le plus ? Deux réponses maximum.\n1) Prix\n2) Rapidité\n3) "
        "Support\n4) Design",
        options=["Prix", "Rapidité", "Support", "Design"],
        max_choices=2,
        lang="fr",
    ),
    C(
        M,
        "¿Qué criterios pesan más? Dos respuestas como máximo.\n1) Precio\n2) Rapidez\n3) "
        "Soporte\n4) Diseño",
        options=["Precio", "Rapidez", "Soporte", "Diseño"],
        max_choices=2,
        lang="es",
    ),
    C(
        M,
        "Quais critérios pesam mais? Duas respostas no máximo.\n1) Preço\n2) Rapidez\n3) "
        "Suporte\n4) Design",
        options=["Preço", "Rapidez", "Suporte", "Design"],
        max_choices=2,
        lang="pt",
    ),
    C(
        M,
        "Welche Kriterien zählen am meisten? Zwei Antworten höchstens.\n1) Preis\n2) Tempo\n3) "
        "Support\n4) Design",
        options=["Preis", "Tempo", "Support", "Design"],
        max_choices=2,
        lang="de",
    ),
    D("You gave two answers maximum last time. Which one would you drop today, and why?"),
]
UNIT_MAXIMUM_FIRST_SCORE = (
    "detector of ac33f44: 1/6 exactly right; multiple_choice 1.000/0.000 (a count, a unit, "
    "then 'maximum' read as single choice); 0 of 1 open question given a widget"
)

YN_SUBJECT: list[Case] = [
    C("yes_no", "Obrigado. O contrato foi renovado no ano passado?", lang="pt"),
    C("yes_no", "A sua equipa possui uma licença própria?", lang="pt"),
    C(
        "yes_no",
        "Independentemente do prazo, a migração para a nuvem já foi aprovada?",
        lang="pt",
    ),
    C("yes_no", "Entendido. ¿Se firmó el contrato antes del verano?", lang="es"),
    C(
        "yes_no",
        "Más allá del plazo exacto, ¿se llegó a aprobar la migración?",
        lang="es",
    ),
    D("O contrato foi renovado como, e quem conduziu a negociação?", lang="pt"),
    D("A sua equipa possui quantas licenças hoje?", lang="pt"),
    D("¿Se firmó el contrato? Cuénteme cómo fue la negociación.", lang="es"),
]
YN_SUBJECT_FIRST_SCORE = (
    "detector of ac33f44: 3/8 exactly right; yes_no 1.000/0.000 (a Portuguese subject "
    "before its verb, a Spanish impersonal 'se'); 0 of 3 open questions given a widget"
)

# found by perturbing every tuning corpus (a closing courtesy appended, a quoted question put
# before the ask), not by a held-out corpus; written anew here
COURTESY_TAIL: list[Case] = [
    C(
        S,
        "Which clinic do you usually visit?\n1. North\n2. Central\n3. South\n\nYour answer "
        "stays confidential.",
        options=["North", "Central", "South"],
    ),
    C(
        Y,
        "Have you used the online booking form before? This question is optional.",
    ),
    C(
        M,
        "¿Qué servicios ha usado este año?\n- Cita previa\n- Receta electrónica\n- "
        "Teleconsulta\n\nMarque todos los que correspondan. Lo preguntamos para mejorar la "
        "atención.",
        options=["Cita previa", "Receta electrónica", "Teleconsulta"],
        lang="es",
    ),
    C(Y, "¿Ha recibido la carta del ayuntamiento? Puede saltarse esta pregunta.", lang="es"),
    C(
        R,
        "Classez ces services du plus utile au moins utile :\n1. Prise de rendez-vous\n2. "
        "Paiement en ligne\n3. Suivi du dossier\n\nVotre réponse reste anonyme.",
        options=["Prise de rendez-vous", "Paiement en ligne", "Suivi du dossier"],
        lang="fr",
    ),
    C(
        SC,
        "Sur une échelle de 1 à 5, comment évaluez-vous l'accueil ? (1 = très mauvais, 5 = "
        "excellent) Vous pouvez passer cette question si vous préférez.",
        scale=(1, 5),
        labels={"lo": "très mauvais", "hi": "excellent"},
        lang="fr",
    ),
    C(
        S,
        "Wie sind Sie heute gekommen?\n- Bus\n- Bahn\n- Auto\n- Sonstiges (bitte angeben) "
        "Ihre Angaben bleiben anonym.",
        options=["Bus", "Bahn", "Auto"],
        allow_other=True,
        lang="de",
    ),
    C(Y, "Haben Sie schon einen Termin vereinbart? Antworten Sie ruhig spontan.", lang="de"),
    C(
        M,
        "Que serviços usou este ano? Pode marcar vários.\n- Marcação online\n- Receita "
        "eletrónica\n- Teleconsulta\n\nTodas as respostas são confidenciais.",
        options=["Marcação online", "Receita eletrónica", "Teleconsulta"],
        lang="pt",
    ),
    C(Y, "Já recebeu a carta da câmara? Esta pergunta é opcional.", lang="pt"),
    D(
        "What would make the waiting room better for you? Your answer stays anonymous, so be "
        "as honest as you like."
    ),
    D(
        "¿Qué fue lo más difícil del trámite: el formulario, la espera o la cita? Cuéntenos "
        "con sus palabras; su respuesta es confidencial.",
        lang="es",
    ),
    D(
        "Qu'est-ce qui vous a le plus gêné ? Cette question est facultative, mais votre avis "
        "compte.",
        lang="fr",
    ),
    D(
        "Was hat Sie beim Antrag am meisten gestört? Ihre Angaben bleiben anonym.",
        lang="de",
    ),
]
COURTESY_TAIL_FIRST_SCORE = (
    "detector of 2753f31: 8/14 exactly right; yes_no 1.000/0.000, ranking 1.000/0.000, "
    "multiple_choice 1.000/0.500 (a closing 'This question is optional.', 'Votre réponse reste "
    "anonyme.', 'Antworten Sie ruhig spontan.' read as more than a courtesy); 0 of 4 open "
    "questions given a widget. Perturbing every tuning corpus the same way (one courtesy "
    "sentence appended to each of 3,568 messages it reads right) changed 285 to 1,545 of them "
    "per sentence before, 6 after (a courtesy after a letter's signature)"
)

QUOTED_ASK: list[Case] = [
    C(
        SC,
        'You said "was it the form or the wait? both, honestly". Please rate the booking '
        "process from 1 to 5.",
        scale=(1, 5),
    ),
    C(
        R,
        "Usted comentó «¿para qué tantos papeles?». Ordene estos pasos del más al menos "
        "pesado: formulario, espera, pago.",
        options=["formulario", "espera", "pago"],
        lang="es",
    ),
    C(
        M,
        "Vous avez écrit « pourquoi autant d'étapes ? ». Cochez celles qui vous ont gêné : le "
        "formulaire, l'attente, le paiement.",
        options=["le formulaire", "l'attente", "le paiement"],
        lang="fr",
    ),
    C(
        SC,
        "Sie meinten „warum so kompliziert?“. Bewerten Sie den Antrag bitte von 1 bis 7.",
        scale=(1, 7),
        lang="de",
    ),
    C(
        R,
        'A senhora disse "para quê tanto papel?". Ordene estes passos do mais ao menos '
        "pesado: formulário, espera, pagamento.",
        options=["formulário", "espera", "pagamento"],
        lang="pt",
    ),
    D('You asked "why so many forms?". Tell me which step felt the most pointless, and why.'),
    D("Usted preguntó «¿por qué tantos papeles?». Cuénteme qué paso le sobró.", lang="es"),
]
QUOTED_ASK_FIRST_SCORE = (
    "detector of 2753f31: 6/7 exactly right; scale 1.000/0.500 (the participant's quoted "
    "question taken for the ask); 0 of 2 open questions given a widget. The same quote put "
    "before each of 3,568 tuning messages changed 87 before, 3 after"
)

SESSION12 += [*CATCH_ALL, *PAREN_COMMAS, *UNIT_MAXIMUM, *YN_SUBJECT, *COURTESY_TAIL, *QUOTED_ASK]

# held-out 19 (a careful public-service assistant) showed these; written anew here
COURTESY_MORE: list[Case] = [
    C(
        S,
        "Which reminder would suit you?\n• Text — a day before\n• Email — a week before\n• "
        "Call — the same morning\nYou can change this later in your settings.",
        options=["Text — a day before", "Email — a week before", "Call — the same morning"],
    ),
    C(
        M,
        "¿Qué le dificultó el trámite? Marque todas las que correspondan.\n- La web\n- Los "
        "horarios\n- La documentación\n\nSus respuestas no se compartirán con nadie.",
        options=["La web", "Los horarios", "La documentación"],
        lang="es",
    ),
    C(
        S,
        "Quel créneau vous convient ?\n1. Matin\n2. Midi\n3. Soir\nVous pourrez le modifier "
        "à tout moment.",
        options=["Matin", "Midi", "Soir"],
        lang="fr",
    ),
    C(
        R,
        "Ordnen Sie diese Punkte, das Wichtigste zuerst:\n- Preis\n- Service\n- Tempo\n\nIhre "
        "Angaben werden nicht weitergegeben.",
        options=["Preis", "Service", "Tempo"],
        lang="de",
    ),
    C(
        S,
        "Qual horário prefere?\n1. Manhã\n2. Tarde\n3. Noite\n\nSó usamos esta informação para "
        "marcar a sua visita.",
        options=["Manhã", "Tarde", "Noite"],
        lang="pt",
    ),
    D("What would you change about the reminders? You can change your settings later too."),
]
COURTESY_MORE_FIRST_SCORE = "detector of 35f8209: 2/6 exactly right; single_choice 1.000/0.333, multiple_choice 1.000/0.000, ranking 1.000/0.000 ('You can change this later', 'no se compartirán', 'Só usamos esta informação' not read as courtesies); 0 of 1 open question given a widget"

DRAG_ORDER: list[Case] = [
    C(
        R,
        "Arrastre para reordenar, con lo más útil arriba:\n- Cita online\n- Recetas\n- Chat",
        options=["Cita online", "Recetas", "Chat"],
        lang="es",
    ),
    C(
        R,
        "Faites glisser pour réordonner, le plus utile en haut :\n- Rendez-vous\n- "
        "Ordonnances\n- Messagerie",
        options=["Rendez-vous", "Ordonnances", "Messagerie"],
        lang="fr",
    ),
    C(
        R,
        "Arraste para reordenar, com o mais útil no topo:\n- Consultas\n- Receitas\n- Mensagens",
        options=["Consultas", "Receitas", "Mensagens"],
        lang="pt",
    ),
    C(
        R,
        "Drag to reorder, with the most useful at the top:\n- Appointments\n- Prescriptions\n- "
        "Messages",
        options=["Appointments", "Prescriptions", "Messages"],
    ),
    C(
        R,
        "Bitte per Ziehen neu anordnen, das Nützlichste oben:\n- Termine\n- Rezepte\n- Nachrichten",
        options=["Termine", "Rezepte", "Nachrichten"],
        lang="de",
    ),
]
DRAG_ORDER_FIRST_SCORE = "detector of 35f8209: 1/5 exactly right; ranking 1.000/0.200 ('Arrastre para reordenar, con lo más útil arriba': the drag and the top too far apart); no open question"

YN_INDIRECT: list[Case] = [
    C(Y, "Could you tell us whether you live alone? Your answer stays anonymous."),
    C(Y, "¿Podría decirnos si vive solo?", lang="es"),
    C(Y, "Pourriez-vous nous dire si vous vivez seul ?", lang="fr"),
    C(Y, "Könnten Sie uns sagen, ob Sie allein leben?", lang="de"),
    C(Y, "Poderia dizer-nos se vive sozinho?", lang="pt"),
    C(Y, "Est-ce la première fois que vous venez ?", lang="fr"),
    C(Y, "Concorda que os seus dados sejam usados no relatório?", lang="pt"),
    D("Could you tell us why you live alone, and whether that suits you?"),
    D("Pourriez-vous nous dire comment vous vivez cela ?", lang="fr"),
]
YN_INDIRECT_FIRST_SCORE = "detector of 35f8209: 4/9 exactly right; yes_no 1.000/0.286 ('Could you tell us whether …?' read as an invitation to tell; 'Est-ce la …?', 'Concorda que …?'); 0 of 2 open questions given a widget"

STARS_OF: list[Case] = [
    C(SC, "Quantas estrelas de 5 daria ao novo portal?", scale=(1, 5), lang="pt"),
    C(SC, "¿Cuántas estrellas de 5 le daría al portal?", scale=(1, 5), lang="es"),
    C(SC, "Combien d'étoiles sur 5 donneriez-vous au portail ?", scale=(1, 5), lang="fr"),
    C(SC, "Wie viele Sterne von 5 geben Sie dem Portal?", scale=(1, 5), lang="de"),
    D("Quantas estrelas viu no céu ontem? Conte-me como foi a noite.", lang="pt"),
]
STARS_OF_FIRST_SCORE = "detector of 35f8209: 2/5 exactly right; scale 1.000/0.250 ('estrelas de 5', 'estrellas de 5', 'Sterne von 5'); 0 of 1 open question given a widget"

AND_IN_LAST: list[Case] = [
    C(
        M,
        "Which should the council improve? You can pick up to 2: lighting, pavements, or "
        "parks and green spaces.",
        options=["lighting", "pavements", "parks and green spaces"],
        max_choices=2,
    ),
    C(
        S,
        "Which do you use most: buses, trams, or bikes and scooters?",
        options=["buses", "trams", "bikes and scooters"],
    ),
    C(
        S,
        "¿Qué usa más: el autobús, el tranvía o la bici y el patinete?",
        options=["el autobús", "el tranvía", "la bici y el patinete"],
        lang="es",
    ),
]
AND_IN_LAST_FIRST_SCORE = "detector of 35f8209: 0/3 exactly right; single_choice 1.000/0.000, multiple_choice 0.000/0.000 ('…, or parks and green spaces' cut at its 'and' or refused)"

REPEATED_PREPOSITION: list[Case] = [
    C(
        S,
        "Préférez-vous être contacté par téléphone, par SMS ou dans l'application ?",
        options=["par téléphone", "par SMS", "dans l'application"],
        lang="fr",
    ),
    C(
        S,
        "Möchten Sie lieber per Telefon, per SMS oder in der App kontaktiert werden?",
        options=["per Telefon", "per SMS", "in der App"],
        lang="de",
    ),
    C(
        S,
        "Prefere ser contactado por telefone, por SMS ou na aplicação?",
        options=["por telefone", "por SMS", "na aplicação"],
        lang="pt",
    ),
    C(
        S,
        "¿Prefiere que le contactemos por teléfono, por SMS o en la aplicación?",
        options=["por teléfono", "por SMS", "en la aplicación"],
        lang="es",
    ),
    C(
        S,
        "Would you rather be contacted by phone, by text, or in the app?",
        options=["by phone", "by text", "in the app"],
    ),
    D("Why do you prefer being contacted by phone rather than by text or in the app?"),
]
REPEATED_PREPOSITION_FIRST_SCORE = "detector of 35f8209: 1/6 exactly right; single_choice 0.000/0.000 ('recevoir … par téléphone, par SMS ou …': the first option lost in the head, or the verb kept on it); 0 of 1 open question given a widget"

SESSION12 += [*COURTESY_MORE, *DRAG_ORDER, *YN_INDIRECT, *STARS_OF]

#: written from held-out 19's misses in session 12, fixed in session 13
SESSION12 += [*AND_IN_LAST, *REPEATED_PREPOSITION]
