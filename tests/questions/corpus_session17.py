"""Session 17's batches: families written anew, with questions of the same shape beside them.
Each batch's first score, on the detector before the change made for it, is kept beside it
(printed by tests/benchmarks/questions.py).

* COMMENT_INVITED (the family held-out 38's docstring names, "a structured question with an
  invitation to comment"; written from scratch, none of held-out 38's cases read): a choice,
  a scale, a ranking or a yes/no answered explicitly, followed by an optional invitation to
  say why ("Feel free to tell me why.", "Si quiere, cuénteme por qué.", "gerne auch mit kurzer
  Begründung", "N'hésitez pas à commenter votre choix."), in its own sentence or a clause of
  the instruction ("Pick one, and tell me why if you like."). The participant answers with the
  widget and can still type a comment in the composer beside it. Open questions of the same
  words beside them: the invitation is the ask ("Tell me more about why you chose Pro over
  Basic or Enterprise."), a "which …, and why?" asked in one sentence (the corpora's
  convention: answered in one's own words), a yes/no with no stated answers followed by a
  request for the story ("Did anything surprise you? Feel free to tell me what happened."),
  and a summary of what was said followed by an invitation.
* FROM_HELDOUT38 (held-out 38's families, written anew after its misses were read in session
  17): talk or context invited after a choice, optional or conditional ("Happy to hear the
  context as well.", "Si algo le costó, cuéntemelo.", "— and mention anything you'd change",
  "Comente à vontade."); a thanks for the last answer that names a rank or a choice ("Thanks
  for ranking those.", "Merci d'avoir choisi plusieurs réponses."); trust asked as a scale
  ("Quelle confiance accordez-vous …, de 0 à 10 ?", "¿Cuánto se fía …? Puntúe de 1 a 10.");
  "keep only one" as the instruction of a single choice; a German count before its verb
  ("Bitte zwei auswählen"); an instruction after a colon whose options follow a dash ("Para
  terminar: ordena lo que más te importa, de más a menos — A, B, C"). Open questions of the
  same words beside them: a story asked for, an open question after a thanks, trust asked
  with a story, "ausführlich", a summary and an invitation.
"""

from __future__ import annotations

from tests.questions.cases import OE, SC, C, Case, M, R, S, Y

COMMENT_INVITED: list[Case] = [
    # -------------------------------------------------------------- choices, then a comment
    C(
        S,
        "Which plan are you on today: Basic, Pro or Enterprise? Feel free to add a comment "
        "on why you chose it.",
        options=["Basic", "Pro", "Enterprise"],
    ),
    C(
        S,
        "Which plan are you on?\n\n- Basic\n- Pro\n- Enterprise\n\nPick one, and tell me a bit "
        "about why if you like.",
        options=["Basic", "Pro", "Enterprise"],
    ),
    C(
        S,
        "¿Qué plan usa actualmente: Básico, Pro o Empresa? Si quiere, cuénteme por qué lo eligió.",
        options=["Básico", "Pro", "Empresa"],
        lang="es",
    ),
    C(
        S,
        "Par quel canal nous avez-vous contactés la dernière fois ?\n- E-mail\n- Téléphone\n"
        "- Chat\n\nN'hésitez pas à commenter votre choix.",
        options=["E-mail", "Téléphone", "Chat"],
        lang="fr",
    ),
    C(
        S,
        "Wie oft nutzen Sie die App?\n1. Täglich\n2. Wöchentlich\n3. Seltener\n\nGerne können "
        "Sie Ihre Antwort auch kurz begründen.",
        options=["Täglich", "Wöchentlich", "Seltener"],
        lang="de",
    ),
    C(
        S,
        "Qual destes planos você usa?\n1. Básico\n2. Pro\n3. Empresarial\nSe quiser, comente o "
        "motivo da escolha.",
        options=["Básico", "Pro", "Empresarial"],
        lang="pt",
    ),
    C(
        S,
        "Would you say the new checkout is faster, slower or about the same? Feel free to "
        "tell me why.",
        options=["faster", "slower", "about the same"],
    ),
    C(
        M,
        "Which of these did you use this month?\n\n- Reports\n- Dashboards\n- Alerts\n\n"
        "Select all that apply, and feel free to explain your choices.",
        options=["Reports", "Dashboards", "Alerts"],
    ),
    C(
        M,
        "¿Qué medios de pago ha usado este año?\n• Tarjeta\n• Transferencia\n• Efectivo\n"
        "Puede marcar varios y, si lo desea, comentar por qué.",
        options=["Tarjeta", "Transferencia", "Efectivo"],
        lang="es",
    ),
    C(
        M,
        "Welche Kanäle nutzen Sie für Rückfragen?\n- E-Mail\n- Telefon\n- Chat\n"
        "Mehrfachnennungen möglich – gerne auch mit kurzer Begründung.",
        options=["E-Mail", "Telefon", "Chat"],
        lang="de",
    ),
    C(
        M,
        "Which tools does your team use for planning?\n- Jira\n- Trello\n- Asana\n- Other\n\n"
        "Pick as many as you like. If you want, say why in a sentence.",
        options=["Jira", "Trello", "Asana"],
        allow_other=True,
    ),
    C(
        M,
        "Quais redes sociais você usa para acompanhar marcas?\n- Instagram\n- TikTok\n"
        "- YouTube\n\nPode escolher mais de uma. Fique à vontade para explicar por quê.",
        options=["Instagram", "TikTok", "YouTube"],
        lang="pt",
    ),
    # -------------------------------------------------------------- scales and rankings
    C(
        SC,
        "On a scale of 1 to 5, how easy was the setup? Feel free to explain your score.",
        scale=(1, 5),
    ),
    C(
        SC,
        "Del 0 al 10, ¿qué probabilidad hay de que nos recomiende a un amigo? Si quiere, "
        "explíquenos su nota.",
        scale=(0, 10),
        lang="es",
    ),
    C(
        SC,
        "Sur une échelle de 1 à 5, quelle note donnez-vous au service client ? Vous pouvez "
        "commenter votre note si vous le souhaitez.",
        scale=(1, 5),
        lang="fr",
    ),
    C(
        R,
        "Rank these from most to least important:\n1. Price\n2. Support\n3. Speed\n\n"
        "If you'd like, explain your first choice too.",
        options=["Price", "Support", "Speed"],
    ),
    C(
        R,
        "Ordnen Sie diese Punkte nach Wichtigkeit, das Wichtigste zuerst:\n- Preis\n"
        "- Service\n- Lieferzeit\nWenn Sie möchten, erklären Sie kurz Ihre Reihenfolge.",
        options=["Preis", "Service", "Lieferzeit"],
        lang="de",
    ),
    # -------------------------------------------------------------- yes/no, answers stated
    C(
        Y,
        "Você recomendaria o produto a um colega? Sim ou não, e se quiser, me conta por quê.",
        lang="pt",
    ),
    C(
        Y,
        "Would you renew your contract next year? Yes or no is fine, and feel free to say why.",
    ),
    C(
        Y,
        "Avez-vous déjà utilisé notre application mobile ? Oui ou non. N'hésitez pas à dire "
        "pourquoi.",
        lang="fr",
    ),
    C(
        Y,
        "¿Volvería a comprar con nosotros? Responda sí o no; si le apetece, cuénteme el motivo.",
        lang="es",
    ),
    C(
        Y,
        "Haben Sie unseren Support schon einmal kontaktiert? (Ja/Nein) Gerne können Sie Ihre "
        "Antwort begründen.",
        lang="de",
    ),
    # -------------------------------------------------------------- open: the same words
    C(OE, "Tell me more about why you chose Pro over Basic or Enterprise."),
    C(
        OE,
        "You said you use Reports, Dashboards and Alerts. Feel free to tell me why those three.",
    ),
    C(
        OE,
        "Cuénteme por qué eligió el plan Pro y no el Básico o el Empresa.",
        lang="es",
    ),
    C(
        OE,
        "Vous avez choisi le téléphone plutôt que l'e-mail ou le chat. N'hésitez pas à "
        "m'expliquer pourquoi.",
        lang="fr",
    ),
    C(
        OE,
        "Sie nutzen E-Mail, Telefon und Chat. Warum gerade diese drei? Erzählen Sie gerne.",
        lang="de",
    ),
    C(
        OE,
        "Por que você escolheu o plano Pro e não o Básico? Fique à vontade para comentar o que "
        "pesou na decisão.",
        lang="pt",
    ),
    C(OE, "Did anything surprise you during the setup? Feel free to tell me what happened."),
    C(
        OE,
        "¿Ha tenido algún problema con la entrega? Si quiere, cuénteme qué pasó.",
        lang="es",
    ),
    C(
        OE,
        "Here's the order you gave: Speed, then Price, then Support. Feel free to explain why.",
    ),
    C(
        OE,
        "Parmi l'e-mail, le téléphone et le chat, lequel préférez-vous, et pourquoi ?",
        lang="fr",
    ),
    C(
        OE,
        "Which of these matters most to you, and why?\n- Price\n- Support\n- Speed",
    ),
    C(
        OE,
        "Was hat Sie bei der Einrichtung überrascht? Gerne auch mit Beispielen.",
        lang="de",
    ),
    # -------------------------------------------------------------- written after the first
    # version of the change (see COMMENT_INVITED_FIRST_SCORE): a word before the lead, the
    # invitation in brackets, a comment "welcome", an implicit yes/no
    C(
        S,
        "Which plan are you on: Basic, Pro or Enterprise? And if you like, tell me why.",
        options=["Basic", "Pro", "Enterprise"],
    ),
    C(
        S,
        "Welchen Tarif nutzen Sie: Basis, Pro oder Business? Bitte gerne mit Begründung.",
        options=["Basis", "Pro", "Business"],
        lang="de",
    ),
    C(
        M,
        "¿Qué aplicaciones de mensajería usa?\n- WhatsApp\n- Telegram\n- Signal\n"
        "Marque todas las que use. Comentarios bienvenidos.",
        options=["WhatsApp", "Telegram", "Signal"],
        lang="es",
    ),
    C(
        SC,
        "De 1 à 10, à quel point êtes-vous satisfait de la livraison ? (N'hésitez pas à "
        "expliquer votre note.)",
        scale=(1, 10),
        lang="fr",
    ),
    C(Y, "Would you buy from us again? Feel free to tell me why."),
    C(
        Y,
        "Você voltaria a usar o aplicativo? E, se quiser, conte o motivo.",
        lang="pt",
    ),
    C(
        OE,
        "Did anything go wrong with the delivery? (Feel free to tell me what happened.)",
    ),
    C(
        OE,
        "Et si vous le souhaitez, dites-nous pourquoi vous avez quitté l'ancienne formule.",
        lang="fr",
    ),
]

FROM_HELDOUT38: list[Case] = [
    # -------------------------------------------------------------- talk invited, optional
    C(
        S,
        "How do you usually get to the office: by car, by bike or by train? Happy to hear the "
        "context as well.",
        options=["by car", "by bike", "by train"],
    ),
    C(
        S,
        "¿Cada cuánto pide comida a domicilio: cada semana, cada mes o casi nunca? Puede darme "
        "algo de contexto si quiere.",
        options=["cada semana", "cada mes", "casi nunca"],
        lang="es",
    ),
    C(
        S,
        "Welches Gerät nutzen Sie am häufigsten?\n- Smartphone\n- Tablet\n- Laptop\n\nBehalten Sie "
        "nur eines und erzählen Sie gern, was Ihnen an den anderen fehlen würde.",
        options=["Smartphone", "Tablet", "Laptop"],
        lang="de",
    ),
    C(
        S,
        "Se só pudesse manter um destes serviços, qual seria?\n1. Streaming de música\n"
        "2. Streaming de vídeo\n3. Armazenamento na nuvem\n\nFique com um e, se quiser, diga do "
        "que sentiria falta.",
        options=["Streaming de música", "Streaming de vídeo", "Armazenamento na nuvem"],
        lang="pt",
    ),
    C(
        M,
        "Which newsletters do you actually open? Tick all that apply — product news, tips, "
        "events, offers — and mention anything you'd change about them.",
        options=["product news", "tips", "events", "offers"],
    ),
    C(
        M,
        "Quels services de livraison avez-vous déjà utilisés ? Cochez tout ce qui s'applique — "
        "Deliveroo, Uber Eats, Just Eat — et dites-moi si l'un d'eux vous a déçu.",
        options=["Deliveroo", "Uber Eats", "Just Eat"],
        lang="fr",
    ),
    C(
        R,
        "Sort these by how much they matter to you, top first: price, delivery time, packaging. "
        "Comment as much as you like.",
        options=["price", "delivery time", "packaging"],
    ),
    C(
        R,
        "Ordene estas prioridades, da mais para a menos importante: preço, prazo, suporte. "
        "Comente à vontade.",
        options=["preço", "prazo", "suporte"],
        lang="pt",
    ),
    C(
        Y,
        "Was the checkout page clear to you, yes or no? If anything confused you, tell me.",
    ),
    C(
        Y,
        "¿Le resultó fácil cancelar la suscripción, sí o no? Si algo le costó, cuéntemelo.",
        lang="es",
    ),
    C(
        SC,
        "Wie zufrieden sind Sie mit der Lieferung, von 1 bis 5? Kommentieren Sie gern so viel "
        "Sie möchten.",
        scale=(1, 5),
        lang="de",
    ),
    # -------------------------------------------------------------- thanks, then the ask
    C(
        S,
        "Thanks for ranking those. Which plan are you on right now: Free, Plus or Team?",
        options=["Free", "Plus", "Team"],
    ),
    C(
        S,
        "Merci d'avoir choisi plusieurs réponses. Et quel est votre forfait actuel : Essentiel, "
        "Confort ou Premium ?",
        options=["Essentiel", "Confort", "Premium"],
        lang="fr",
    ),
    C(
        SC,
        "Gracias por ordenar esas opciones. ¿Qué tan fácil fue registrarse, del 1 al 7?",
        scale=(1, 7),
        lang="es",
    ),
    # -------------------------------------------------------------- trust as a scale
    C(
        SC,
        "How much do you trust the price comparisons shown in the app, from 1 to 10?",
        scale=(1, 10),
    ),
    C(
        SC,
        "Quelle confiance accordez-vous aux avis clients affichés, de 0 à 10 ?",
        scale=(0, 10),
        lang="fr",
    ),
    C(
        SC,
        "Quanta confiança você tem nas recomendações do aplicativo, de 1 a 5?",
        scale=(1, 5),
        lang="pt",
    ),
    C(
        SC,
        "¿Cuánto se fía de las reseñas de otros clientes? Puntúe de 1 a 10.",
        scale=(1, 10),
        lang="es",
    ),
    # -------------------------------------------------------------- a count, then its verb
    C(
        M,
        "Welche zwei Themen sollen wir zuerst angehen? Bitte zwei auswählen:\n- Preise\n"
        "- Lieferzeiten\n- Kundenservice\n- App",
        options=["Preise", "Lieferzeiten", "Kundenservice", "App"],
        max_choices=2,
        lang="de",
    ),
    C(
        M,
        "Was ist Ihnen bei einem Hotel wichtig? Höchstens drei ankreuzen:\n- Lage\n- Preis\n"
        "- Frühstück\n- WLAN\n- Parkplatz",
        options=["Lage", "Preis", "Frühstück", "WLAN", "Parkplatz"],
        max_choices=3,
        lang="de",
    ),
    # -------------------------------------------------------------- an instruction, a dash
    C(
        R,
        "Zum Schluss: Sortieren Sie nach Wichtigkeit, das Wichtigste zuerst – Preis, Qualität, "
        "Service.",
        options=["Preis", "Qualität", "Service"],
        lang="de",
    ),
    C(
        R,
        "Para terminar: ordena lo que más te importa, de más a menos — el precio, la calidad, "
        "la rapidez.",
        options=["el precio", "la calidad", "la rapidez"],
        lang="es",
    ),
    # -------------------------------------------------------------- open: the same words
    C(
        OE,
        "Which of those matters most to you? Tell me the story behind it, if you like.",
    ),
    C(
        OE,
        "Gracias por ordenar esas opciones. ¿Qué le llevó a poner el precio en primer lugar?",
        lang="es",
    ),
    C(
        OE,
        "Merci de nous avoir fait confiance. Qu'est-ce qui vous a convaincu de rester ?",
        lang="fr",
    ),
    C(
        OE,
        "How much do you trust online reviews in general? Tell me about a time one misled you.",
    ),
    C(
        OE,
        "Sie haben zwei Themen ausgewählt: Preise und Lieferzeiten. Was genau stört Sie daran? "
        "Erzählen Sie gern ausführlich.",
        lang="de",
    ),
    C(
        OE,
        "Você disse que usa streaming de música e de vídeo. Fique à vontade para contar como "
        "eles entram na sua rotina.",
        lang="pt",
    ),
]

SESSION17: list[Case] = [*COMMENT_INVITED, *FROM_HELDOUT38]

COMMENT_INVITED_FIRST_SCORE = "detector of 8f86f90: 20/34 exactly right on the batch as first written (24/42 with the eight cases added after the first version of the change); open_ended 0.438/1.000, single_choice 1.000/0.222, multiple_choice 1.000/0.333, ranking 1.000/0.000, yes_no 1.000/0.286, scale 1.000/1.000 (every optional invitation to say why vetoed the widget); 0 of 14 open questions given a widget"

FROM_HELDOUT38_FIRST_SCORE = "detector of 0c3f8e6: 14/28 exactly right; open_ended 0.375/1.000, scale 1.000/0.667, single_choice 1.000/0.000, multiple_choice 0.667/0.500, ranking 0.250/0.250, yes_no 1.000/0.500 (talk or context invited after the options vetoed the widget, a thanks that names a rank or a choice set the type, trust asked as a scale and a German count before its verb went unread, and the options of an instruction after a colon began at the colon); 0 of 6 open questions given a widget"
