"""Held-out corpus 22. Style: a voice-first interviewer told to write as it would speak, with no lists, no Markdown and no bullet points, so every question is fully inline and spoken: options are read out in sentences ("mostly for work, mostly for fun, or a bit of both", "the first one, the laptop; the second, the tablet"), trailed with ellipses or chained with "either ... or ... or"; scales are spoken with the numbers spelled out as words and the ends described in passing; multiple choice and ranking instructions are conversational ("name as many as you like", "which comes first, which second, and which last"); yes/no questions get a soft lead-in; most messages open with a filler or discourse marker (Okay, Right, Vale, Bueno, D'accord, Alors, Also, Gut, Tá, Então) and sometimes a quick recap. Open-ended questions deliberately carry spoken numbers, "or" alternatives and example lists as distractors. Formal and informal address are mixed in each of English, Spanish, French, German and Portuguese.

Written by a helper session from its own head, without seeing the detector or any other corpus. For measuring: its messages are never tuned on directly.

First run (scored once, by the lead of session 13, on the detector of commit 7e6d8b5; only the
summary was printed, no case read):
  88/130 exactly right (0.677); precision/recall per type:
    open_ended 0.492/0.967, scale 0.786/0.550, single_choice 0.500/0.250,
    multiple_choice 0.941/0.800, ranking 0.750/0.450, yes_no 1.000/0.900;
  1 of 30 open questions given a widget (1 of its 20 distractors); none of the misses only a
  writer's option style. The session's first detector (e2ce16f) scores the same unseen file
  alike.
Read in session 13 after that run: its families were written anew in corpus_spoken.py
(PAUSED_OPTIONS, OPTIONS_ARE, SPOKEN_SCALE, NAMED_RANK, CORRELATED, SPOKEN_MISC) and tuned on:
no longer unseen (130/130 after that work).
"""

from tests.questions.cases import OE, SC, C, Case, D, M, R, S, Y

_EN: list[Case] = [
    # open-ended
    C(
        OE,
        "Okay, thanks for that. So, tell me a bit about how your morning usually goes before you start work.",
        lang="en",
    ),
    C(
        OE,
        "Right. What would you say was the hardest part of moving over to the new system?",
        lang="en",
    ),
    D(
        "So you said two or three times a week — what usually gets in the way on the other days?",
        lang="en",
    ),
    D(
        "Tell me about the last time you used it, whether it was at home, at work or somewhere else.",
        lang="en",
    ),
    D(
        "Alright then. You gave it a seven out of ten earlier — what would it take to make that a nine or a ten?",
        lang="en",
    ),
    D(
        "Perfect. You mentioned a few things, like the price, the delivery and the customer service. "
        "In your own words, what actually happened with your last order?",
        lang="en",
    ),
    # scale
    C(
        SC,
        "Okay. On a scale from one to five, where one is not at all and five is very much, "
        "how much did the onboarding help you?",
        scale=(1, 5),
        labels={"lo": "not at all", "hi": "very much"},
        lang="en",
    ),
    C(
        SC,
        "So, give me a number between zero and ten for how likely you'd be to recommend us to a friend.",
        scale=(0, 10),
        lang="en",
    ),
    C(
        SC,
        "Right, and out of ten, with one being terrible and ten being perfect, how would you rate the checkout?",
        scale=(1, 10),
        labels={"lo": "terrible", "hi": "perfect"},
        lang="en",
    ),
    C(
        SC,
        "Just thinking about last week, how stressed did you feel, from one, hardly at all, up to seven, extremely?",
        scale=(1, 7),
        labels={"lo": "hardly at all", "hi": "extremely"},
        lang="en",
    ),
    # single choice
    C(
        S,
        "Got it. And is it mostly for work, mostly for fun, or a bit of both?",
        options=["mostly for work", "mostly for fun", "a bit of both"],
        lang="en",
    ),
    C(
        S,
        "Okay. How do you usually get in touch with us? The options are: the app, the website, or calling us.",
        options=["the app", "the website", "calling us"],
        lang="en",
    ),
    C(
        S,
        "Which device do you use the most? You can say the first one, the laptop; the second, the tablet; "
        "or the third, the phone. And if it's something else, just tell me.",
        options=["the laptop", "the tablet", "the phone"],
        allow_other=True,
        lang="en",
    ),
    C(
        S,
        "And how often do you shop with us? Would that be daily... weekly... monthly... or less often?",
        options=["daily", "weekly", "monthly", "less often"],
        lang="en",
    ),
    # multiple choice
    C(
        M,
        "Okay, which of these streaming services do you pay for: Netflix, Disney Plus, Prime Video or Apple TV? "
        "You can name as many as you like.",
        options=["Netflix", "Disney Plus", "Prime Video", "Apple TV"],
        lang="en",
    ),
    C(
        M,
        "So, what do you use the app for? Tell me all the ones that apply: checking your balance, paying bills, "
        "sending money to friends, or something else.",
        options=["checking your balance", "paying bills", "sending money to friends"],
        allow_other=True,
        lang="en",
    ),
    C(
        M,
        "Right. When you choose a hotel, what matters most to you — price, location, breakfast, the gym, "
        "or free cancellation? Pick up to two.",
        options=["price", "location", "breakfast", "the gym", "free cancellation"],
        max_choices=2,
        lang="en",
    ),
    C(
        M,
        "Perfect. Which days do you normally work from home? Monday, Tuesday, Wednesday, Thursday or Friday — "
        "just tell me every one that applies.",
        options=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
        lang="en",
    ),
    # ranking
    C(
        R,
        "Now, thinking about speed, price and quality, tell me which comes first for you, which second, and which last.",
        options=["speed", "price", "quality"],
        lang="en",
    ),
    C(
        R,
        "Alright then, imagine you could only keep some of these: the camera, the battery life, the screen "
        "and the storage. Put them in order for me, starting with the one you'd keep.",
        options=["the camera", "the battery life", "the screen", "the storage"],
        lang="en",
    ),
    C(
        R,
        "Okay, could you rank these from most to least important for me: friendly staff, short waiting times, "
        "and clear prices?",
        options=["friendly staff", "short waiting times", "clear prices"],
        lang="en",
    ),
    C(
        R,
        "So, if you had to order these by how often you do them — cooking, cleaning, grocery shopping and "
        "laundry — which would come first, then which next, and so on down to the last?",
        options=["cooking", "cleaning", "grocery shopping", "laundry"],
        lang="en",
    ),
    # yes/no
    C(Y, "Okay. So, have you ever cancelled a subscription because of the price?", lang="en"),
    C(Y, "Just quickly — are you the main account holder?", lang="en"),
    C(Y, "Can I ask whether you've used our support chat in the last month?", lang="en"),
    C(Y, "Right, thanks. And would you use that feature again?", lang="en"),
]

_ES: list[Case] = [
    # open-ended
    C(OE, "Bueno, cuéntame un poco cómo fue tu primera semana en el trabajo nuevo.", lang="es"),
    C(
        OE,
        "Vale. ¿Qué es lo que más le molesta cuando tiene que hacer un trámite por internet?",
        lang="es",
    ),
    D(
        "O sea, me dices que vas dos o tres veces por semana. ¿Qué es lo que te impide ir los otros días?",
        lang="es",
    ),
    D(
        "Cuénteme la última vez que tuvo un problema con un pedido, ya sea en casa, en la oficina o en otro sitio.",
        lang="es",
    ),
    D(
        "Vale, le has puesto un seis de diez. ¿Qué tendría que cambiar para que fuera un nueve o un diez?",
        lang="es",
    ),
    D(
        "Bueno, ha mencionado varias cosas: el precio, el envío, la atención al cliente... "
        "Explíqueme con sus propias palabras qué pasó exactamente.",
        lang="es",
    ),
    # scale
    C(
        SC,
        "Vale. En una escala del uno al cinco, donde uno es nada satisfecho y cinco es muy satisfecho, "
        "¿cómo valoras la atención que recibiste?",
        scale=(1, 5),
        labels={"lo": "nada satisfecho", "hi": "muy satisfecho"},
        lang="es",
    ),
    C(
        SC,
        "Bueno, dame un número entre cero y diez: ¿qué probabilidad hay de que nos recomiendes a un amigo?",
        scale=(0, 10),
        lang="es",
    ),
    C(
        SC,
        "¿Y del uno al diez, qué tan fácil le resultó encontrar lo que buscaba?",
        scale=(1, 10),
        lang="es",
    ),
    C(
        SC,
        "Perfecto. Del cero al cuatro, siendo cero nunca y cuatro siempre, "
        "¿con qué frecuencia se siente cansado al despertar?",
        scale=(0, 4),
        labels={"lo": "nunca", "hi": "siempre"},
        lang="es",
    ),
    # single choice
    C(
        S,
        "¿Y lo usas más que nada para el trabajo, más que nada por ocio, o un poco para las dos cosas?",
        options=[
            "más que nada para el trabajo",
            "más que nada por ocio",
            "un poco para las dos cosas",
        ],
        lang="es",
    ),
    C(
        S,
        "Vale. ¿Cómo prefiere que le contactemos? Las opciones son: por teléfono, por correo electrónico o por WhatsApp.",
        options=["por teléfono", "por correo electrónico", "por WhatsApp"],
        lang="es",
    ),
    C(
        S,
        "Bueno, ¿y con qué frecuencia come fuera de casa? ¿Sería a diario... una vez por semana... "
        "una vez al mes... o casi nunca?",
        options=["a diario", "una vez por semana", "una vez al mes", "casi nunca"],
        lang="es",
    ),
    C(
        S,
        "Entonces, ¿dónde compraste el producto: en la tienda física, en nuestra web o en otro sitio?",
        options=["en la tienda física", "en nuestra web"],
        allow_other=True,
        lang="es",
    ),
    # multiple choice
    C(
        M,
        "Vale. ¿Qué redes sociales usas? Puedes decirme todas las que quieras: Instagram, TikTok, Facebook, X o LinkedIn.",
        options=["Instagram", "TikTok", "Facebook", "X", "LinkedIn"],
        lang="es",
    ),
    C(
        M,
        "Bueno, ¿qué le gustaría que mejoráramos de la app? Dígame todas las que apliquen: la velocidad, "
        "el diseño, las notificaciones u otra cosa.",
        options=["la velocidad", "el diseño", "las notificaciones"],
        allow_other=True,
        lang="es",
    ),
    C(
        M,
        "De estos servicios, ¿cuáles le parecen más útiles: la entrega a domicilio, la recogida en tienda, "
        "la devolución gratuita o el chat de ayuda? Elija como máximo dos.",
        options=[
            "la entrega a domicilio",
            "la recogida en tienda",
            "la devolución gratuita",
            "el chat de ayuda",
        ],
        max_choices=2,
        lang="es",
    ),
    C(
        M,
        "Perfecto. ¿Y con quién sueles viajar? Puede ser con tu pareja, con amigos, con la familia o solo; "
        "dime todas las que te encajen.",
        options=["con tu pareja", "con amigos", "con la familia", "solo"],
        lang="es",
    ),
    # ranking
    C(
        R,
        "Vale, pensando en el precio, la calidad y la rapidez, dime cuál va primero para ti, cuál segundo y cuál último.",
        options=["el precio", "la calidad", "la rapidez"],
        lang="es",
    ),
    C(
        R,
        "Bueno, ordéneme estas cosas, empezando por la que más le importa: el sueldo, el horario, "
        "el ambiente de trabajo y la posibilidad de teletrabajar.",
        options=[
            "el sueldo",
            "el horario",
            "el ambiente de trabajo",
            "la posibilidad de teletrabajar",
        ],
        lang="es",
    ),
    C(
        R,
        "¿Podrías ordenar de más a menos importante estos tres aspectos: la limpieza, la ubicación y el desayuno?",
        options=["la limpieza", "la ubicación", "el desayuno"],
        lang="es",
    ),
    C(
        R,
        "Entonces, si tuviera que ordenar estas secciones del periódico según cuánto las lee —deportes, política, "
        "cultura y economía—, ¿cuál iría primero, cuál después, y así hasta la última?",
        options=["deportes", "política", "cultura", "economía"],
        lang="es",
    ),
    # yes/no
    C(Y, "Vale. O sea, ¿alguna vez ha cancelado una suscripción por el precio?", lang="es"),
    C(Y, "Una cosita rápida: ¿eres tú el titular de la cuenta?", lang="es"),
    C(Y, "¿Le puedo preguntar si ha usado nuestro chat de ayuda en el último mes?", lang="es"),
    C(Y, "Bueno, y dime, ¿volverías a comprar con nosotros?", lang="es"),
]

_FR: list[Case] = [
    # open-ended
    C(
        OE,
        "D'accord. Racontez-moi un peu comment se passe une journée type pour vous au bureau.",
        lang="fr",
    ),
    C(
        OE,
        "Alors, qu'est-ce qui t'a le plus surpris quand tu as commencé à utiliser l'application ?",
        lang="fr",
    ),
    D(
        "Vous disiez deux ou trois fois par semaine… qu'est-ce qui vous empêche d'y aller les autres jours ?",
        lang="fr",
    ),
    D(
        "Parlez-moi de la dernière fois où ça s'est mal passé, que ce soit chez vous, au travail ou ailleurs.",
        lang="fr",
    ),
    D(
        "D'accord, tu as mis sept sur dix. Qu'est-ce qu'il faudrait pour que ce soit un neuf ou un dix ?",
        lang="fr",
    ),
    D(
        "Alors, vous avez évoqué pas mal de choses, le prix, la livraison, le service client… "
        "Expliquez-moi avec vos mots ce qui s'est passé.",
        lang="fr",
    ),
    # scale
    C(
        SC,
        "D'accord. Sur une échelle de un à cinq, où un veut dire pas du tout et cinq veut dire tout à fait, "
        "dans quelle mesure êtes-vous satisfait du service ?",
        scale=(1, 5),
        labels={"lo": "pas du tout", "hi": "tout à fait"},
        lang="fr",
    ),
    C(
        SC,
        "Alors, donne-moi une note entre zéro et dix : à quel point tu recommanderais notre magasin à un proche ?",
        scale=(0, 10),
        lang="fr",
    ),
    C(
        SC,
        "Et de un à dix, comment noteriez-vous la clarté des explications ?",
        scale=(1, 10),
        lang="fr",
    ),
    C(
        SC,
        "Bon. De zéro à six, zéro étant très facile et six très difficile, comment avez-vous trouvé l'inscription ?",
        scale=(0, 6),
        labels={"lo": "très facile", "hi": "très difficile"},
        lang="fr",
    ),
    # single choice
    C(
        S,
        "Et c'est plutôt pour le travail, plutôt pour les loisirs, ou un peu des deux ?",
        options=["plutôt pour le travail", "plutôt pour les loisirs", "un peu des deux"],
        lang="fr",
    ),
    C(
        S,
        "D'accord. Comment préférez-vous qu'on vous recontacte ? Les options sont : par téléphone, par e-mail ou par SMS.",
        options=["par téléphone", "par e-mail", "par SMS"],
        lang="fr",
    ),
    C(
        S,
        "Alors, tu fais du sport à quelle fréquence ? Ce serait tous les jours… une fois par semaine… ou moins souvent ?",
        options=["tous les jours", "une fois par semaine", "moins souvent"],
        lang="fr",
    ),
    C(
        S,
        "Et vous avez connu notre marque comment : soit par un ami, soit par la publicité, "
        "soit par les réseaux sociaux, soit autrement ?",
        options=["par un ami", "par la publicité", "par les réseaux sociaux"],
        allow_other=True,
        lang="fr",
    ),
    # multiple choice
    C(
        M,
        "D'accord. Quels moyens de transport utilisez-vous pour venir au travail ? Vous pouvez en citer autant "
        "que vous voulez : la voiture, le vélo, le métro, le bus ou la marche.",
        options=["la voiture", "le vélo", "le métro", "le bus", "la marche"],
        lang="fr",
    ),
    C(
        M,
        "Alors, qu'est-ce que tu regardes sur ton téléphone le soir ? Dis-moi tout ce qui s'applique : "
        "des séries, des vidéos courtes, les actualités ou autre chose.",
        options=["des séries", "des vidéos courtes", "les actualités"],
        allow_other=True,
        lang="fr",
    ),
    C(
        M,
        "Parmi ces avantages, lesquels comptent le plus pour vous : les tickets resto, la mutuelle, "
        "le télétravail ou les primes ? Choisissez-en deux au maximum.",
        options=["les tickets resto", "la mutuelle", "le télétravail", "les primes"],
        max_choices=2,
        lang="fr",
    ),
    C(
        M,
        "Bon, quelles pièces de la maison avez-vous rénovées ces dernières années ? La cuisine, la salle de bain, "
        "le salon, les chambres… dites-moi toutes celles qui sont concernées.",
        options=["La cuisine", "la salle de bain", "le salon", "les chambres"],
        lang="fr",
    ),
    # ranking
    C(
        R,
        "D'accord, entre le prix, la qualité et la rapidité, dites-moi ce qui vient en premier pour vous, "
        "en deuxième et en dernier.",
        options=["le prix", "la qualité", "la rapidité"],
        lang="fr",
    ),
    C(
        R,
        "Alors, classe-moi ces quatre choses, en commençant par celle que tu garderais : le café du matin, "
        "ton téléphone, la musique et la télé.",
        options=["le café du matin", "ton téléphone", "la musique", "la télé"],
        lang="fr",
    ),
    C(
        R,
        "Pourriez-vous les classer du plus important au moins important : l'accueil, le temps d'attente "
        "et la clarté des tarifs ?",
        options=["l'accueil", "le temps d'attente", "la clarté des tarifs"],
        lang="fr",
    ),
    C(
        R,
        "Bon, si vous deviez mettre ces rayons dans l'ordre selon le temps que vous y passez — les fruits et "
        "légumes, la boulangerie, les surgelés et l'épicerie — lequel viendrait en premier, puis lequel, "
        "et ainsi de suite jusqu'au dernier ?",
        options=["les fruits et légumes", "la boulangerie", "les surgelés", "l'épicerie"],
        lang="fr",
    ),
    # yes/no
    C(Y, "D'accord. Alors, vous avez déjà résilié un abonnement à cause du prix ?", lang="fr"),
    C(Y, "Juste une petite question : c'est toi le titulaire du compte ?", lang="fr"),
    C(
        Y,
        "Est-ce que je peux vous demander si vous avez contacté notre service client ce mois-ci ?",
        lang="fr",
    ),
    C(Y, "Bon, et vous seriez prêt à réessayer cette fonctionnalité ?", lang="fr"),
]

_DE: list[Case] = [
    # open-ended
    C(
        OE,
        "Okay, danke. Erzählen Sie mir doch mal, wie ein typischer Arbeitstag bei Ihnen aussieht.",
        lang="de",
    ),
    C(OE, "Gut. Was hat dich beim Umzug eigentlich am meisten gestresst?", lang="de"),
    D(
        "Also, Sie sagten zwei- bis dreimal pro Woche – was hält Sie an den anderen Tagen davon ab?",
        lang="de",
    ),
    D(
        "Erzähl mir mal vom letzten Mal, egal ob das zu Hause, bei der Arbeit oder woanders war.",
        lang="de",
    ),
    D(
        "Alles klar, du hast eine Sieben von zehn gegeben. Was müsste passieren, damit daraus eine Neun oder Zehn wird?",
        lang="de",
    ),
    D(
        "Gut, Sie haben Preis, Lieferung und Kundenservice angesprochen. Beschreiben Sie mir bitte in Ihren "
        "eigenen Worten, was da genau passiert ist.",
        lang="de",
    ),
    # scale
    C(
        SC,
        "Okay. Auf einer Skala von eins bis fünf, wobei eins überhaupt nicht und fünf voll und ganz bedeutet, "
        "wie sehr hat Ihnen die Einführung geholfen?",
        scale=(1, 5),
        labels={"lo": "überhaupt nicht", "hi": "voll und ganz"},
        lang="de",
    ),
    C(
        SC,
        "Also, nenn mir eine Zahl zwischen null und zehn: Wie wahrscheinlich würdest du uns weiterempfehlen?",
        scale=(0, 10),
        lang="de",
    ),
    C(
        SC,
        "Und von eins bis zehn, wie zufrieden sind Sie mit der Wartezeit?",
        scale=(1, 10),
        lang="de",
    ),
    C(
        SC,
        "Gut. Von eins, sehr schlecht, bis sieben, sehr gut – wie fanden Sie die Beratung?",
        scale=(1, 7),
        labels={"lo": "sehr schlecht", "hi": "sehr gut"},
        lang="de",
    ),
    # single choice
    C(
        S,
        "Und nutzt du das eher beruflich, eher privat oder ein bisschen beides?",
        options=["eher beruflich", "eher privat", "ein bisschen beides"],
        lang="de",
    ),
    C(
        S,
        "Okay. Wie möchten Sie am liebsten kontaktiert werden? Die Möglichkeiten sind: per Telefon, "
        "per E-Mail oder per Post.",
        options=["per Telefon", "per E-Mail", "per Post"],
        lang="de",
    ),
    C(
        S,
        "Also, wie oft kochen Sie selbst? Wäre das täglich… wöchentlich… oder seltener?",
        options=["täglich", "wöchentlich", "seltener"],
        lang="de",
    ),
    C(
        S,
        "Und wo hast du das Gerät gekauft: entweder im Laden oder online oder irgendwo anders?",
        options=["im Laden", "online"],
        allow_other=True,
        lang="de",
    ),
    # multiple choice
    C(
        M,
        "Gut. Welche Verkehrsmittel nutzen Sie für den Weg zur Arbeit? Sie können so viele nennen, "
        "wie Sie möchten: das Auto, das Fahrrad, die Bahn oder den Bus.",
        options=["das Auto", "das Fahrrad", "die Bahn", "den Bus"],
        lang="de",
    ),
    C(
        M,
        "Also, wofür benutzt du die App? Sag mir alles, was zutrifft: Kontostand prüfen, Überweisungen, "
        "Daueraufträge oder etwas anderes.",
        options=["Kontostand prüfen", "Überweisungen", "Daueraufträge"],
        allow_other=True,
        lang="de",
    ),
    C(
        M,
        "Welche dieser Leistungen sind Ihnen am wichtigsten: kostenloser Versand, schnelle Lieferung, "
        "einfache Rücksendung oder Ratenzahlung? Wählen Sie bis zu zwei.",
        options=[
            "kostenloser Versand",
            "schnelle Lieferung",
            "einfache Rücksendung",
            "Ratenzahlung",
        ],
        max_choices=2,
        lang="de",
    ),
    C(
        M,
        "Okay, an welchen Tagen arbeitest du normalerweise im Homeoffice? Montag, Dienstag, Mittwoch, "
        "Donnerstag oder Freitag – nenn mir einfach alle, die passen.",
        options=["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"],
        lang="de",
    ),
    # ranking
    C(
        R,
        "Gut, wenn Sie an Preis, Qualität und Geschwindigkeit denken: Sagen Sie mir, was für Sie an erster "
        "Stelle steht, was an zweiter und was an letzter.",
        options=["Preis", "Qualität", "Geschwindigkeit"],
        lang="de",
    ),
    C(
        R,
        "Also, bring mir diese Dinge bitte in eine Reihenfolge, angefangen mit dem, was du behalten würdest: "
        "die Kamera, den Akku, den Bildschirm und den Speicher.",
        options=["die Kamera", "den Akku", "den Bildschirm", "den Speicher"],
        lang="de",
    ),
    C(
        R,
        "Könnten Sie diese drei Punkte nach Wichtigkeit ordnen, vom wichtigsten zum unwichtigsten: "
        "Freundlichkeit, kurze Wartezeiten und klare Preise?",
        options=["Freundlichkeit", "kurze Wartezeiten", "klare Preise"],
        lang="de",
    ),
    C(
        R,
        "Okay, und wenn du diese Hausarbeiten danach sortierst, wie oft du sie machst – Kochen, Putzen, "
        "Einkaufen und Wäschewaschen –, was käme zuerst, dann was, und so weiter bis zum Schluss?",
        options=["Kochen", "Putzen", "Einkaufen", "Wäschewaschen"],
        lang="de",
    ),
    # yes/no
    C(Y, "Okay. Also, haben Sie schon einmal ein Abo wegen des Preises gekündigt?", lang="de"),
    C(Y, "Nur kurz – bist du der Hauptkontoinhaber?", lang="de"),
    C(Y, "Darf ich fragen, ob Sie im letzten Monat unseren Support-Chat genutzt haben?", lang="de"),
    C(Y, "Gut. Würdest du die Funktion wieder nutzen?", lang="de"),
]

_PT: list[Case] = [
    # open-ended
    C(
        OE,
        "Tá, obrigado. Então me conta como foi a sua primeira semana no emprego novo.",
        lang="pt",
    ),
    C(
        OE,
        "Certo. O que é que mais o incomoda quando tem de tratar de alguma coisa pela internet?",
        lang="pt",
    ),
    D(
        "Então você disse duas ou três vezes por semana... o que costuma atrapalhar nos outros dias?",
        lang="pt",
    ),
    D(
        "Conte-me sobre a última vez que isso aconteceu, seja em casa, no trabalho ou em outro lugar.",
        lang="pt",
    ),
    D(
        "Beleza, você deu nota sete de dez. O que precisaria mudar pra virar um nove ou um dez?",
        lang="pt",
    ),
    D(
        "Então, você citou várias coisas, o preço, a entrega, o atendimento... "
        "Me explica com as suas palavras o que aconteceu.",
        lang="pt",
    ),
    # scale
    C(
        SC,
        "Tá. Numa escala de um a cinco, em que um é nada satisfeito e cinco é muito satisfeito, "
        "como você avalia o atendimento?",
        scale=(1, 5),
        labels={"lo": "nada satisfeito", "hi": "muito satisfeito"},
        lang="pt",
    ),
    C(
        SC,
        "Então, me dá um número entre zero e dez: qual a chance de você nos recomendar a um amigo?",
        scale=(0, 10),
        lang="pt",
    ),
    C(
        SC,
        "E de um a dez, quão fácil foi para si encontrar o que procurava?",
        scale=(1, 10),
        lang="pt",
    ),
    C(
        SC,
        "Certo. De um a sete, sendo um muito difícil e sete muito fácil, como foi fazer o cadastro?",
        scale=(1, 7),
        labels={"lo": "muito difícil", "hi": "muito fácil"},
        lang="pt",
    ),
    # single choice
    C(
        S,
        "E você usa mais pra trabalho, mais pra lazer, ou um pouco dos dois?",
        options=["mais pra trabalho", "mais pra lazer", "um pouco dos dois"],
        lang="pt",
    ),
    C(
        S,
        "Tá. Como prefere ser contactado? As opções são: por telefone, por e-mail ou por mensagem.",
        options=["por telefone", "por e-mail", "por mensagem"],
        lang="pt",
    ),
    C(
        S,
        "Então, com que frequência você pede comida por aplicativo? Seria todo dia... uma vez por semana... "
        "ou menos que isso?",
        options=["todo dia", "uma vez por semana", "menos que isso"],
        lang="pt",
    ),
    C(
        S,
        "E onde é que comprou o produto: ou na loja, ou no nosso site, ou noutro sítio?",
        options=["na loja", "no nosso site"],
        allow_other=True,
        lang="pt",
    ),
    # multiple choice
    C(
        M,
        "Certo. Quais desses streamings você assina? Netflix, Globoplay, Max ou Prime Video — pode falar quantos quiser.",
        options=["Netflix", "Globoplay", "Max", "Prime Video"],
        lang="pt",
    ),
    C(
        M,
        "Então, pra que você usa o aplicativo do banco? Me diz todos que se aplicam: ver o saldo, fazer Pix, "
        "pagar boletos ou outra coisa.",
        options=["ver o saldo", "fazer Pix", "pagar boletos"],
        allow_other=True,
        lang="pt",
    ),
    C(
        M,
        "Destes benefícios, quais são os mais importantes para si: o subsídio de refeição, o seguro de saúde, "
        "o teletrabalho ou o prémio anual? Escolha no máximo dois.",
        options=["o subsídio de refeição", "o seguro de saúde", "o teletrabalho", "o prémio anual"],
        max_choices=2,
        lang="pt",
    ),
    C(
        M,
        "Tá, e em quais dias você costuma trabalhar de casa? Segunda, terça, quarta, quinta ou sexta — "
        "me fala todos que valem.",
        options=["Segunda", "terça", "quarta", "quinta", "sexta"],
        lang="pt",
    ),
    # ranking
    C(
        R,
        "Beleza, pensando em preço, qualidade e rapidez, me diz o que vem primeiro pra você, "
        "o que vem em segundo e o que fica por último.",
        options=["preço", "qualidade", "rapidez"],
        lang="pt",
    ),
    C(
        R,
        "Então, coloca em ordem pra mim, começando pelo que você manteria: a câmera, a bateria, a tela e o armazenamento.",
        options=["a câmera", "a bateria", "a tela", "o armazenamento"],
        lang="pt",
    ),
    C(
        R,
        "Poderia ordenar do mais importante para o menos importante: a simpatia dos funcionários, "
        "o tempo de espera e a clareza dos preços?",
        options=["a simpatia dos funcionários", "o tempo de espera", "a clareza dos preços"],
        lang="pt",
    ),
    C(
        R,
        "Certo, e se tivesse de ordenar estas tarefas pela frequência com que as faz — cozinhar, limpar, "
        "fazer compras e lavar a roupa —, qual viria primeiro, depois qual, e assim até à última?",
        options=["cozinhar", "limpar", "fazer compras", "lavar a roupa"],
        lang="pt",
    ),
    # yes/no
    C(Y, "Tá. Então, você já cancelou alguma assinatura por causa do preço?", lang="pt"),
    C(Y, "Só uma coisa rápida — você é o titular da conta?", lang="pt"),
    C(Y, "Posso perguntar se o senhor usou o nosso chat de atendimento no último mês?", lang="pt"),
    C(Y, "Certo. E voltaria a comprar connosco?", lang="pt"),
]

HOLDOUT22: tuple[Case, ...] = (*_EN, *_ES, *_FR, *_DE, *_PT)
