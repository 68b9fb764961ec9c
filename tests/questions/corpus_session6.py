"""Session 6's batches: the families held-out 13 (mixed production logs of several vendors)
showed, written anew in five languages, with open questions of the same shape beside each that
must stay open. Each batch's first score, on the detector before the change made for it, is
kept beside it (printed by tests/benchmarks/questions.py).

* KEYED: SMS option lines ``1 Email`` / ``A Price`` (the key, a space, the option) under an
  instruction to answer with the numbers or the letters;
* REPLY_FOR: options told as "Reply 1 for X, 2 for Y, 3 for Z" in one sentence;
* SIGN_OFF: a letter's closing and signature after the question ("Regards,\\nTeam X");
* READ_OUT: options read out in a sentence of their own ("I'll read out three things: A, B
  and C."), then the ask that orders or picks them ("Say first, second and third");
* CONTEXT: sentences after the ask that say why it is asked or reassure ("This helps us …",
  "There are no right or wrong answers.", "Tus respuestas son anónimas.");
* ENDS: a scale's two ends in German "wobei" clauses (points in words, the verb last or after
  the first end) and on a legend line joined by an ellipsis;
* NAMED: options named by their number after a comma ("Option one, a monthly plan."), an
  instruction to pick by position after them ("Just say first, second or third").
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

S, M, R, Y, SC = "single_choice", "multiple_choice", "ranking", "yes_no", "scale"

# ---------------------------------------------------------------- KEYED: "1 Email" lines
KEYED: list[Case] = [
    C(
        S,
        "Which plan are you on? Reply with the number.\n1 Basic\n2 Plus\n3 Premium",
        options=["Basic", "Plus", "Premium"],
    ),
    C(
        M,
        "Which devices do you own? Text back every number that applies, e.g. 2,4.\n1 Laptop\n2 Tablet\n3 Smart TV\n4 Smartwatch",
        options=["Laptop", "Tablet", "Smart TV", "Smartwatch"],
    ),
    C(
        R,
        "Order these by importance. Send the letters in order, e.g. BA C.\nA Battery life\nB Camera\nC Storage",
        options=["Battery life", "Camera", "Storage"],
    ),
    C(
        S,
        "¿Con qué frecuencia compras en línea? Responde con el número.\n1 Cada semana\n2 Cada mes\n3 Casi nunca",
        options=["Cada semana", "Cada mes", "Casi nunca"],
        lang="es",
    ),
    C(
        R,
        "Ordena estas opciones de la más a la menos útil. Escribe las letras en orden.\nA Alertas\nB Informes\nC Exportar",
        options=["Alertas", "Informes", "Exportar"],
        lang="es",
    ),
    C(
        S,
        "Quel forfait avez-vous? Répondez avec le numéro.\n1 Mensuel\n2 Annuel\n3 Aucun",
        options=["Mensuel", "Annuel", "Aucun"],
        lang="fr",
    ),
    C(
        M,
        "Quels services utilisez-vous? Indiquez tous les numéros qui s'appliquent.\n1 Virement\n2 Épargne\n3 Crédit",
        options=["Virement", "Épargne", "Crédit"],
        lang="fr",
    ),
    C(
        S,
        "Wie oft nutzen Sie die App? Antworten Sie mit der Nummer.\n1 Täglich\n2 Wöchentlich\n3 Selten",
        options=["Täglich", "Wöchentlich", "Selten"],
        lang="de",
    ),
    C(
        M,
        "Welche Kanäle nutzen Sie? Antworten Sie mit allen passenden Zahlen.\n1 Telefon\n2 E-Mail\n3 Chat",
        options=["Telefon", "E-Mail", "Chat"],
        lang="de",
    ),
    C(
        R,
        "Coloque em ordem de preferência. Responda com as letras na ordem.\nA Preço\nB Prazo\nC Frete grátis",
        options=["Preço", "Prazo", "Frete grátis"],
        lang="pt",
    ),
    C(
        S,
        "Qual é a sua faixa etária? Responda com o número.\n1 18 a 29\n2 30 a 49\n3 50 ou mais",
        options=["18 a 29", "30 a 49", "50 ou mais"],
        lang="pt",
    ),
    # without an instruction on the keys, "1 day" lines keep their figures
    C(
        S,
        "How long did delivery take?\n1 day\n2 days\n3 days or more",
        options=["1 day", "2 days", "3 days or more"],
    ),
    D(
        "Thanks. Here's what we changed since your last visit:\n1 New search\n2 Faster checkout\n3 Dark mode\nWhat do you think of these changes?"
    ),
    D(
        "¿Qué te pareció cada uno? Responde con tus palabras, no con el número.\n1 Precio\n2 Envío\n3 Atención",
        lang="es",
    ),
    D(
        "Merci! Voici les trois points que vous avez cités :\nA Prix\nB Délai\nC Service\nPouvez-vous m'en dire plus sur le premier?",
        lang="fr",
    ),
    D(
        "Sie haben vorhin drei Dinge genannt:\n1 Preis\n2 Lieferung\n3 Service\nWas genau hat Sie am Preis gestört?",
        lang="de",
    ),
    D(
        "Anotei suas respostas:\nA Preço\nB Prazo\nC Frete\nO que mais pesou na sua decisão e por quê?",
        lang="pt",
    ),
]
KEYED_FIRST_SCORE = (
    "detector of 3f120c4: 5/17 exactly right; P/R open_ended 1.000/0.800, single_choice "
    "0.125/0.167, multiple_choice 0.000/0.000, ranking 0.000/0.000; 1 of 5 open questions "
    "given a widget ('¿Qué te pareció cada uno?' over keyed lines)"
)

# ---------------------------------------------------------------- REPLY_FOR: "Reply 1 for X"
REPLY_FOR: list[Case] = [
    C(
        S,
        "Quick one: how do you usually pay? Text 1 for card, 2 for cash, 3 for mobile wallet.",
        options=["card", "cash", "mobile wallet"],
    ),
    C(
        S,
        "Was your issue solved today? Reply 1 for fully, 2 for partly or 3 for not at all.",
        options=["fully", "partly", "not at all"],
    ),
    C(S, "Press 1 for English, 2 for Spanish.", options=["English", "Spanish"]),
    C(
        S,
        "¿Dónde compraste el producto? Envía 1 para tienda, 2 para página web, 3 para app.",
        options=["tienda", "página web", "app"],
        lang="es",
    ),
    C(
        S,
        "¿Qué horario te queda mejor? Responde 1 para mañana, 2 para tarde o 3 para noche.",
        options=["mañana", "tarde", "noche"],
        lang="es",
    ),
    C(
        S,
        "Quel moment vous convient? Répondez 1 pour matin, 2 pour après-midi, 3 pour soir.",
        options=["matin", "après-midi", "soir"],
        lang="fr",
    ),
    C(
        S,
        "Wo haben Sie von uns gehört? Antworten Sie 1 für Radio, 2 für Zeitung, 3 für Freunde.",
        options=["Radio", "Zeitung", "Freunde"],
        lang="de",
    ),
    C(
        S,
        "Qual canal você prefere? Digite 1 para SMS, 2 para e-mail ou 3 para WhatsApp.",
        options=["SMS", "e-mail", "WhatsApp"],
        lang="pt",
    ),
    D("Earlier you gave 1 for price and 2 for service. Why did service score lower?"),
    D("Last time you answered 1 for speed, 2 for price. What changed since then?"),
    D("Usted puso 1 para precio y 2 para calidad. ¿Qué le haría cambiar de opinión?", lang="es"),
    D("Vous avez mis 1 pour le prix et 2 pour le service. Pourquoi cet ordre?", lang="fr"),
    D("Sie hatten 1 für Preis und 2 für Service gewählt. Was war der Grund?", lang="de"),
    D("Você marcou 1 para preço e 2 para prazo. O que pesou mais?", lang="pt"),
]
REPLY_FOR_FIRST_SCORE = (
    "detector of 3f120c4: 6/14 exactly right; P/R open_ended 0.429/1.000, single_choice "
    "1.000/0.000; 0 of 6 open questions given a widget"
)

# ---------------------------------------------------------------- SIGN_OFF: letter closings
SIGN_OFF: list[Case] = [
    C(
        Y,
        "Hi Priya, thanks for signing up!\n\nHave you ever used a meal-kit service before?\n\nBest regards,\nThe Insights Team",
    ),
    C(Y, "Good morning! Is this your first time ordering from us?\n\nCheers,\nSam"),
    C(
        SC,
        "Thanks for visiting. How would you rate your stay from 1 to 5, where 1 is poor and 5 is excellent?\n\nKind regards,\nHotel Bellevue",
        scale=(1, 5),
        labels={"lo": "poor", "hi": "excellent"},
    ),
    C(
        Y,
        "¡Hola, Andrés! ¿Has comprado con nosotros en los últimos tres meses?\n\nUn saludo,\nEquipo de Clientes",
        lang="es",
    ),
    C(
        Y,
        "Bonjour Marc! Avez-vous déjà contacté notre service client?\n\nCordialement,\nL'équipe Qualité",
        lang="fr",
    ),
    C(
        Y,
        "Guten Tag Herr Huber! Nutzen Sie unsere App auch am Wochenende?\n\nViele Grüße\nIhr Service-Team",
        lang="de",
    ),
    C(
        Y,
        "Olá, Carla! Você já indicou o nosso banco para alguém?\n\nAtenciosamente,\nTime de Pesquisa",
        lang="pt",
    ),
    D("Hi Jo, thanks again!\n\nWhat would make you order from us more often?\n\nBest,\nThe Team"),
    D(
        "Gracias por tu tiempo. ¿Qué fue lo más difícil de la instalación?\n\nSaludos,\nLaura",
        lang="es",
    ),
    D("Merci! Qu'est-ce qui vous a fait choisir notre offre?\n\nBonne journée,\nJulie", lang="fr"),
    D("Danke! Was sollten wir als Nächstes verbessern?\n\nFreundliche Grüße\nIhr Team", lang="de"),
    D("Obrigado! O que você mudaria no aplicativo?\n\nAbraços,\nEquipe", lang="pt"),
]
SIGN_OFF_FIRST_SCORE = (
    "detector of 3f120c4: 5/12 exactly right; P/R open_ended 0.400/0.800, scale 1.000/0.000, "
    "yes_no 1.000/0.000; 1 of 5 open questions given a widget (a German closing and "
    "signature read as two options)"
)

# ---------------------------------------------------------------- READ_OUT: a list said aloud
# the options in a sentence of their own ("I'll read out three things: A, B and C."), then the
# ask that orders or picks them, maybe an instruction by positions ("Say first, second …")
READ_OUT: list[Case] = [
    C(
        R,
        "Here are four features: search, alerts, reports and exports. Please rank them from most to least useful. Say first, second, third and fourth.",
        options=["search", "alerts", "reports", "exports"],
    ),
    C(
        R,
        "I'll list three options: train, bus and car. Put them in order of preference, best first.",
        options=["train", "bus", "car"],
    ),
    C(
        S,
        "There are three plans: Basic, Plus and Pro. Which one would you choose?",
        options=["Basic", "Plus", "Pro"],
    ),
    C(
        R,
        "Sort these by importance, most important first: speed, price, support.",
        options=["speed", "price", "support"],
    ),
    C(
        R,
        "Le voy a nombrar cuatro cosas: envío, precio, garantía y atención. ¿Las puede ordenar de la más a la menos importante? Diga primero, segundo, tercero y cuarto.",
        options=["envío", "precio", "garantía", "atención"],
        lang="es",
    ),
    C(
        S,
        "Tenemos tres horarios: mañana, tarde y noche. ¿Cuál prefieres?",
        options=["mañana", "tarde", "noche"],
        lang="es",
    ),
    C(
        R,
        "Voici trois services : la livraison, le retour et le suivi. Classez-les du plus utile au moins utile. Dites premier, deuxième et troisième.",
        options=["la livraison", "le retour", "le suivi"],
        lang="fr",
    ),
    C(
        S,
        "Nous avons trois formules : mensuelle, annuelle et à vie. Laquelle choisiriez-vous?",
        options=["mensuelle", "annuelle", "à vie"],
        lang="fr",
    ),
    C(
        R,
        "Ich nenne Ihnen drei Punkte: Akku, Kamera und Display. Bitte ordnen Sie diese nach Wichtigkeit. Sagen Sie erstens, zweitens und drittens.",
        options=["Akku", "Kamera", "Display"],
        lang="de",
    ),
    C(
        S,
        "Es gibt drei Tarife: Basis, Komfort und Premium. Welchen würden Sie wählen?",
        options=["Basis", "Komfort", "Premium"],
        lang="de",
    ),
    C(
        R,
        "Vou citar três itens: preço, prazo e frete. Coloque em ordem de importância, do mais para o menos importante. Diga primeiro, segundo e terceiro.",
        options=["preço", "prazo", "frete"],
        lang="pt",
    ),
    C(
        S,
        "Temos três planos: mensal, anual e vitalício. Qual você escolheria?",
        options=["mensal", "anual", "vitalício"],
        lang="pt",
    ),
    D(
        "You mentioned three things: price, speed and support. Which of these matters most, and why?"
    ),
    D(
        "I noted three points: price, quality and support. Can you tell me more about the first one?"
    ),
    D("Earlier you listed: Slack, email and Teams. How do you decide which one to use?"),
    D(
        "Mencionaste tres cosas: precio, envío y atención. ¿Por qué el precio es lo más importante?",
        lang="es",
    ),
    D(
        "Vous avez cité trois éléments : le prix, le délai et le service. Pouvez-vous m'en dire plus sur le délai?",
        lang="fr",
    ),
    D(
        "Sie nannten drei Punkte: Preis, Lieferung und Service. Was meinen Sie genau mit Service?",
        lang="de",
    ),
    D("Você citou três coisas: preço, prazo e frete. Por que o frete pesa tanto?", lang="pt"),
]
READ_OUT_FIRST_SCORE = (
    "detector of 24ab517: 8/19 exactly right; P/R open_ended 0.412/1.000, single_choice "
    "1.000/0.000, ranking 0.500/0.143 (positions 'Diga primero, segundo …' read as the "
    "options); 0 of 7 open questions given a widget"
)

# ---------------------------------------------------------------- CONTEXT: why it is asked
# sentences after the ask that say why it is asked or reassure; after an open ask, still open
CONTEXT: list[Case] = [
    C(
        Y,
        "Have you contacted our support team in the last month? This helps us route your feedback. Your answers are anonymous.",
    ),
    C(
        SC,
        "How easy was the sign-up, from 1 (very hard) to 5 (very easy)? There are no right or wrong answers.",
        scale=(1, 5),
        labels={"lo": "very hard", "hi": "very easy"},
    ),
    C(
        S,
        "Which plan are you on?\n1. Free\n2. Pro\n3. Team\nWe ask everyone this question. It helps us compare answers.",
        options=["Free", "Pro", "Team"],
    ),
    C(
        Y,
        "Do you pay for the app yourself? Many people get it through work. We use this to size the next survey.",
    ),
    C(Y, "¿Usas la app más de una vez por semana? Esto nos ayuda a priorizar mejoras.", lang="es"),
    C(
        S,
        "¿Dónde compras más a menudo: en tienda, en línea o por teléfono? No hay respuestas correctas.",
        options=["en tienda", "en línea", "por teléfono"],
        lang="es",
    ),
    C(
        Y,
        "Avez-vous déjà annulé un abonnement chez nous? Cela nous aide à comprendre les départs.",
        lang="fr",
    ),
    C(
        M,
        "Quels appareils utilisez-vous? Choisissez tous ceux qui s'appliquent.\n- Ordinateur\n- Tablette\n- Téléphone\nVos réponses restent confidentielles.",
        options=["Ordinateur", "Tablette", "Téléphone"],
        lang="fr",
    ),
    C(
        Y,
        "Nutzen Sie die App auch unterwegs? Das hilft uns bei der Planung. Es gibt keine falschen Antworten.",
        lang="de",
    ),
    C(
        SC,
        "Wie zufrieden sind Sie mit dem Service, von 1 (gar nicht) bis 5 (sehr)? Ihre Antworten bleiben anonym.",
        scale=(1, 5),
        labels={"lo": "gar nicht", "hi": "sehr"},
        lang="de",
    ),
    C(
        Y,
        "Você já recomendou o app para alguém? Isso nos ajuda a entender o boca a boca.",
        lang="pt",
    ),
    C(
        S,
        "Com que frequência você pede delivery?\n1. Toda semana\n2. Todo mês\n3. Raramente\nSuas respostas são anônimas.",
        options=["Toda semana", "Todo mês", "Raramente"],
        lang="pt",
    ),
    D("What would you change about the checkout? This helps us plan the next release."),
    D("Which of these matters most to you, and why? There are no right or wrong answers."),
    D(
        "How did you first hear about us? Some people mention friends, others ads. It helps us plan."
    ),
    D(
        "¿Qué fue lo más difícil de la instalación? Esto nos ayuda a mejorar. Tus respuestas son anónimas.",
        lang="es",
    ),
    D("Qu'est-ce qui vous a fait hésiter? Cela nous aide à mieux comprendre.", lang="fr"),
    D("Was hat Sie an der App am meisten gestört? Das hilft uns sehr.", lang="de"),
    D("O que faria você usar o app todos os dias? Isso nos ajuda a priorizar.", lang="pt"),
]
CONTEXT_FIRST_SCORE = (
    "detector of f8e3332: 9/19 exactly right; P/R open_ended 0.412/1.000, single_choice "
    "1.000/0.000, multiple_choice 1.000/0.000, yes_no 1.000/0.000, scale 1.000/1.000; 0 of 7 "
    "open questions given a widget"
)

# ---------------------------------------------------------------- ENDS: a scale's two ends
# German "wobei" ends with the verb last or after the first end, points in words; a legend
# line whose two ends are joined by an ellipsis or an arrow
ENDS: list[Case] = [
    C(
        SC,
        "Wie einfach war die Anmeldung, von eins bis fünf, wobei eins sehr schwer und fünf sehr einfach heißt?",
        scale=(1, 5),
        labels={"lo": "sehr schwer", "hi": "sehr einfach"},
        lang="de",
    ),
    C(
        SC,
        "Bewerten Sie die Beratung von 1 bis 7, wobei 1 ungenügend ist und 7 hervorragend.",
        scale=(1, 7),
        labels={"lo": "ungenügend", "hi": "hervorragend"},
        lang="de",
    ),
    C(
        SC,
        "Auf einer Skala von 0 bis 10: Wie wahrscheinlich empfehlen Sie uns weiter? Wobei 0 gar nicht wahrscheinlich und 10 äußerst wahrscheinlich bedeutet.",
        scale=(0, 10),
        labels={"lo": "gar nicht wahrscheinlich", "hi": "äußerst wahrscheinlich"},
        lang="de",
    ),
    C(
        SC,
        "How clear was the invoice?\n1 = very unclear … 5 = very clear",
        scale=(1, 5),
        labels={"lo": "very unclear", "hi": "very clear"},
    ),
    C(
        SC,
        "How fast was the reply?\n1 = very slow ... 5 = very fast",
        scale=(1, 5),
        labels={"lo": "very slow", "hi": "very fast"},
    ),
    C(
        SC,
        "¿Qué tan útil fue la guía?\n1 = nada útil … 5 = muy útil",
        scale=(1, 5),
        labels={"lo": "nada útil", "hi": "muy útil"},
        lang="es",
    ),
    C(
        SC,
        "Comment évaluez-vous l'accueil?\n1 = très mauvais … 5 = excellent",
        scale=(1, 5),
        labels={"lo": "très mauvais", "hi": "excellent"},
        lang="fr",
    ),
    C(
        SC,
        "Como você avalia o atendimento?\n1 = péssimo … 5 = ótimo",
        scale=(1, 5),
        labels={"lo": "péssimo", "hi": "ótimo"},
        lang="pt",
    ),
    D(
        "Sie haben eine 2 gegeben, wobei 1 sehr schlecht und 5 sehr gut heißt. Was hätte es besser gemacht?",
        lang="de",
    ),
    D("You gave a 2, where 1 = very slow … 5 = very fast. What slowed things down?"),
    D("Usted puso un 3 (1 = nada útil … 5 = muy útil). ¿Qué le faltó a la guía?", lang="es"),
    D("Vous avez donné 2 sur 5. Qu'est-ce qui vous a déçu?", lang="fr"),
    D("Você deu nota 3, sendo 1 péssimo e 5 ótimo. O que faltou?", lang="pt"),
]
ENDS_FIRST_SCORE = (
    "detector of 1d74308: 6/13 exactly right; P/R scale 0.125/0.125 (every scale found, its "
    "ends missing or cut with the ellipsis), open_ended 1.000/1.000; 0 of 5 open questions "
    "given a widget"
)

# ---------------------------------------------------------------- NAMED: "Option one, X."
# options named by their number after a comma, as a voice reads them, and an instruction to
# pick by position after them ("Just say first, second or third": one, not a ranking)
NAMED: list[Case] = [
    C(
        S,
        "Which delivery slot works for you? Option one, morning. Option two, afternoon. Option three, evening. Just say first, second or third.",
        options=["morning", "afternoon", "evening"],
    ),
    C(
        S,
        "Which would you rather have? Option one, a discount. Option two, free shipping.",
        options=["a discount", "free shipping"],
    ),
    C(
        S,
        "¿Qué opción prefieres? Opción uno, pago mensual. Opción dos, pago anual. Opción tres, pago por uso. Di primera, segunda o tercera.",
        options=["pago mensual", "pago anual", "pago por uso"],
        lang="es",
    ),
    C(
        S,
        "Quelle formule préférez-vous? Option un, mensuelle. Option deux, annuelle. Dites premier ou deuxième.",
        options=["mensuelle", "annuelle"],
        lang="fr",
    ),
    C(
        S,
        "Welche Variante wäre Ihnen am liebsten? Option eins, monatlich. Option zwei, jährlich. Option drei, einmalig. Sagen Sie erstens, zweitens oder drittens.",
        options=["monatlich", "jährlich", "einmalig"],
        lang="de",
    ),
    C(
        S,
        "Qual opção você prefere? Opção um, plano mensal. Opção dois, plano anual. Diga primeiro ou segundo.",
        options=["plano mensal", "plano anual"],
        lang="pt",
    ),
    C(
        R,
        "I'll read three ideas: search, alerts and reports. Put them in order, best first. Say first, second and third.",
        options=["search", "alerts", "reports"],
    ),
    D("You chose option one, a monthly plan. What made you pick it over the annual one?"),
    D(
        "Option one, a discount. Option two, free shipping. Those were the offers last year. How did you feel about them?"
    ),
    D("Elegiste la opción uno, pago mensual. ¿Por qué?", lang="es"),
    D("Vous avez choisi l'option deux, annuelle. Qu'est-ce qui vous a convaincu?", lang="fr"),
    D("Sie hatten Option eins, monatlich, gewählt. Was sprach dafür?", lang="de"),
    D("Você escolheu a opção dois, plano anual. O que pesou nessa escolha?", lang="pt"),
]
NAMED_FIRST_SCORE = (
    "detector of 5b2eb37: 7/13 exactly right; P/R open_ended 0.857/1.000, single_choice "
    "0.000/0.000, ranking 1.000/1.000; 0 of 6 open questions given a widget"
)

SESSION6: list[Case] = [*KEYED, *REPLY_FOR, *SIGN_OFF, *READ_OUT, *CONTEXT, *ENDS, *NAMED]
