"""Held-out corpus 30. Style: an LLM interviewer told by its system prompt to "make the answer format obvious" whenever it asks a structured question, so it tacks ad-hoc format hints onto its messages in brackets, after a dash or after a colon ("(select one)", "[multiple answers allowed]", "— answer 1 to 7", "(drag to order: ...)", "Format: yes/no", "Options →", "(up to 2)", "(Scale: 0 = ... / 10 = ...)"), sometimes at the start of the message instead of the end and sometimes in Markdown italics or bold; options come as bullet, numbered or lettered lists or inline, separated by commas, slashes or middle dots. Open questions in the same style also carry hints ("(free text)", "(a few sentences is fine)", "(e.g. ..., ..., or ...)", "[optional]") and often mention numbers, ranges and alternatives. Products mixed: SaaS onboarding, a car-sharing service, an online grocery, a newspaper subscription and a travel insurance product.

Written by a helper session from its own head, without seeing the detector or any other corpus. For measuring: its messages are never tuned on directly.

First run (scored once, by the lead of session 14, on the detector of commit c2edf67; only the
summary was printed, no case read):
  106/130 exactly right (0.815);
  precision/recall per type: open_ended 0.750/1.000, scale 0.684/0.650, single_choice 0.882/0.750, multiple_choice 0.895/0.850, ranking 0.789/0.750, yes_no 1.000/0.800;
  0 of 30 open questions given a widget. Session 13's first detector (e2ce16f) scores the same unseen file 106/130 exactly right.
Read in session 14 after that run: its families were written anew in corpus_session14.py (FORMAT_HINTS) and tuned on: no longer unseen (130/130 after that work).
"""

from __future__ import annotations

from tests.questions.cases import OE, SC, C, Case, D, M, R, S, Y

_EN: list[Case] = [
    # open-ended
    C(
        OE,
        "Welcome aboard! To start: what was the very first thing you tried to do "
        "after creating your workspace? (free text)",
    ),
    D(
        "Think back to your last car-sharing trip — where were you going, and why did "
        "you pick a shared car over a taxi, the bus, or your own bike? "
        "(a few sentences is fine)"
    ),
    D(
        "When your grocery order arrives, what's the first thing you check? "
        "(e.g. expiry dates, whether anything was substituted, or the state of the fruit)"
    ),
    D(
        "You mentioned you cancelled the newspaper after 3 months. What would have had "
        "to be different for you to stay 6 months, or even a full year? [optional]"
    ),
    D(
        "*Open question:* Tell me about a time a travel insurance claim took longer "
        "than 2–3 weeks. What happened, step by step?"
    ),
    D(
        "Between steps 1 and 4 of the setup wizard (inviting teammates, connecting your "
        "calendar, importing contacts, choosing a plan), where did you hesitate the "
        "most, and why? Just describe it in your own words."
    ),
    # scale
    C(
        SC,
        "How easy was it to get your first project set up? — answer 1 to 7 "
        "(1 = very difficult, 7 = very easy)",
        scale=(1, 7),
        labels={"lo": "very difficult", "hi": "very easy"},
    ),
    C(
        SC,
        "How likely are you to recommend our car-sharing app to a friend or colleague? "
        "(Scale: 0 = not at all likely / 10 = extremely likely)",
        scale=(0, 10),
        labels={"lo": "not at all likely", "hi": "extremely likely"},
    ),
    C(
        SC,
        "**Rate 1–5:** how satisfied were you with the freshness of the produce in "
        "your last delivery?",
        scale=(1, 5),
    ),
    C(
        SC,
        "On a scale from 1 to 10, how confident are you that your travel insurance "
        "would actually cover a cancelled flight?\n"
        "_1 = not confident at all, 10 = completely confident_",
        scale=(1, 10),
        labels={"lo": "not confident at all", "hi": "completely confident"},
    ),
    # single choice
    C(
        S,
        "How did you first hear about our digital subscription? (select one)\n"
        "- A friend or family member\n"
        "- Social media\n"
        "- A paywall on an article\n"
        "- A print ad\n"
        "- Other (please specify)",
        options=[
            "A friend or family member",
            "Social media",
            "A paywall on an article",
            "A print ad",
        ],
        allow_other=True,
    ),
    C(
        S,
        "Got it, thanks. Which plan is your team on right now? "
        "Options → Free / Starter / Team / Enterprise",
        options=["Free", "Starter", "Team", "Enterprise"],
    ),
    C(
        S,
        "_Pick one:_ when you book a shared car, how far ahead do you usually reserve it?\n"
        "1. Less than an hour before\n"
        "2. The same day\n"
        "3. A day or two ahead\n"
        "4. A week or more ahead",
        options=[
            "Less than an hour before",
            "The same day",
            "A day or two ahead",
            "A week or more ahead",
        ],
    ),
    C(
        S,
        "What's your main reason for choosing one travel insurance policy over "
        "another? [one answer only]\n"
        "a) Lowest price\n"
        "b) Medical coverage limits\n"
        "c) Cancellation cover\n"
        "d) Brand reputation\n"
        "e) Don't know",
        options=[
            "Lowest price",
            "Medical coverage limits",
            "Cancellation cover",
            "Brand reputation",
            "Don't know",
        ],
    ),
    # multiple choice
    C(
        M,
        "Which of these features did you use during your first week? "
        "[multiple answers allowed]\n"
        "- Task templates\n"
        "- Calendar sync\n"
        "- Slack integration\n"
        "- Time tracking\n"
        "- None of these",
        options=[
            "Task templates",
            "Calendar sync",
            "Slack integration",
            "Time tracking",
            "None of these",
        ],
    ),
    C(
        M,
        "What do you usually buy from us online (select all that apply): fresh "
        "produce, dairy, frozen meals, household supplies, pet food, other",
        options=["fresh produce", "dairy", "frozen meals", "household supplies", "pet food"],
        allow_other=True,
    ),
    C(
        M,
        "Which sections of the paper do you read most often? (up to 2)\n"
        "• Politics\n"
        "• Business\n"
        "• Sport\n"
        "• Culture\n"
        "• Opinion",
        options=["Politics", "Business", "Sport", "Culture", "Opinion"],
        max_choices=2,
    ),
    C(
        M,
        "**Choose up to 3** — which problems have you run into with the car-sharing "
        "service?\n"
        "- Car not at the pickup spot\n"
        "- Dirty interior\n"
        "- Low fuel or battery\n"
        "- App crashed while unlocking\n"
        "- Unexpected fees",
        options=[
            "Car not at the pickup spot",
            "Dirty interior",
            "Low fuel or battery",
            "App crashed while unlocking",
            "Unexpected fees",
        ],
        max_choices=3,
    ),
    # ranking
    C(
        R,
        "What matters most to you when choosing a travel insurance plan? "
        "(drag to order: price, medical coverage, cancellation cover, customer "
        "service, claim speed)",
        options=[
            "price",
            "medical coverage",
            "cancellation cover",
            "customer service",
            "claim speed",
        ],
    ),
    C(
        R,
        "Please rank these from most to least important for your grocery deliveries "
        "— most important at the top:\n"
        "- Delivery time slot\n"
        "- Price\n"
        "- Product freshness\n"
        "- Substitution policy",
        options=["Delivery time slot", "Price", "Product freshness", "Substitution policy"],
    ),
    C(
        R,
        "Order these onboarding steps by how useful they were to you "
        "[ranking, most useful first]:\n"
        "- Welcome video\n"
        "- Interactive product tour\n"
        "- Sample project\n"
        "- Help center articles",
        options=[
            "Welcome video",
            "Interactive product tour",
            "Sample project",
            "Help center articles",
        ],
    ),
    C(
        R,
        "Ranking: put these reasons for keeping your subscription in order, top = "
        "biggest reason.\n"
        "Investigative journalism · Daily puzzles · Local news · Ad-free reading",
        options=[
            "Investigative journalism",
            "Daily puzzles",
            "Local news",
            "Ad-free reading",
        ],
    ),
    # yes / no
    C(Y, "Did you finish the onboarding checklist in your first session? Format: yes/no"),
    C(Y, "(Yes / No) Have you ever had to file a claim with your travel insurance?"),
    C(
        Y,
        "Would you pay a little extra for a guaranteed one-hour delivery window? — *yes or no*",
    ),
    C(Y, "Have you ever used the car-sharing app outside your home city? [Y/N]"),
]

_ES: list[Case] = [
    # open-ended
    C(
        OE,
        "¿Qué esperabas encontrar la primera vez que entraste en el panel de control? "
        "(respuesta libre)",
        lang="es",
    ),
    D(
        "Cuéntame cómo fue tu última compra en el súper online: ¿cuántos productos "
        "pediste, unos 10, 30 o más, y cómo elegiste la franja de entrega? "
        "(con un par de frases basta)",
        lang="es",
    ),
    D(
        "¿Qué te hizo dudar entre el plan mensual y el anual del periódico? (por "
        "ejemplo: el precio, la permanencia, o no saber si de verdad lo ibas a leer)",
        lang="es",
    ),
    D(
        "Si pudieras cambiar una o dos cosas del proceso de reserva del coche "
        "compartido, ¿cuáles serían y por qué? [opcional]",
        lang="es",
    ),
    D(
        "_Pregunta abierta:_ piensa en tu último viaje de 5 a 10 días al extranjero. "
        "¿Cómo decidiste si contratar un seguro de viaje o no?",
        lang="es",
    ),
    C(
        OE,
        "¿Cómo le explicarías a un compañero lo que hace nuestra herramienta, con tus "
        "propias palabras? (texto libre)",
        lang="es",
    ),
    # scale
    C(
        SC,
        "¿Qué tan fácil te resultó invitar a tu equipo? — responde del 1 al 5 "
        "(1 = muy difícil, 5 = muy fácil)",
        scale=(1, 5),
        labels={"lo": "muy difícil", "hi": "muy fácil"},
        lang="es",
    ),
    C(
        SC,
        "(Escala: 0 = nada probable / 10 = muy probable) ¿Con qué probabilidad "
        "recomendarías nuestro servicio de coche compartido a un amigo?",
        scale=(0, 10),
        labels={"lo": "nada probable", "hi": "muy probable"},
        lang="es",
    ),
    C(
        SC,
        "**Del 1 al 7**, ¿cuánto confías en que el seguro te reembolsaría los gastos "
        "médicos en el extranjero?",
        scale=(1, 7),
        lang="es",
    ),
    C(
        SC,
        "Gracias. En una escala del 1 al 10, ¿qué nota le pondrías a la fruta y la "
        "verdura de tu último pedido?",
        scale=(1, 10),
        lang="es",
    ),
    # single choice
    C(
        S,
        "¿Con qué frecuencia haces la compra online? (elige una)\n"
        "- Varias veces por semana\n"
        "- Una vez por semana\n"
        "- Cada dos semanas\n"
        "- Una vez al mes o menos",
        options=[
            "Varias veces por semana",
            "Una vez por semana",
            "Cada dos semanas",
            "Una vez al mes o menos",
        ],
        lang="es",
    ),
    C(
        S,
        "Opciones → Papel + digital / Solo digital / Solo fin de semana / Ninguna todavía\n"
        "¿Qué tipo de suscripción tienes ahora mismo?",
        options=["Papel + digital", "Solo digital", "Solo fin de semana", "Ninguna todavía"],
        lang="es",
    ),
    C(
        S,
        "¿Cuál fue el motivo principal para probar el coche compartido? "
        "[una sola respuesta]\n"
        "a) Ahorrar dinero\n"
        "b) No tengo coche propio\n"
        "c) Comodidad\n"
        "d) Motivos medioambientales\n"
        "e) Otro (especifica)",
        options=[
            "Ahorrar dinero",
            "No tengo coche propio",
            "Comodidad",
            "Motivos medioambientales",
        ],
        allow_other=True,
        lang="es",
    ),
    C(
        S,
        "_Selecciona una opción:_ ¿dónde contrataste tu último seguro de viaje?\n"
        "1. En la web de la aseguradora\n"
        "2. En la agencia de viajes\n"
        "3. Junto con el billete de avión\n"
        "4. A través de mi banco\n"
        "5. Prefiero no decirlo",
        options=[
            "En la web de la aseguradora",
            "En la agencia de viajes",
            "Junto con el billete de avión",
            "A través de mi banco",
            "Prefiero no decirlo",
        ],
        lang="es",
    ),
    # multiple choice
    C(
        M,
        "¿Qué funciones configuraste durante la primera semana? [puedes marcar varias]\n"
        "- Plantillas de proyecto\n"
        "- Integración con Google Drive\n"
        "- Notificaciones por correo\n"
        "- Permisos de usuario\n"
        "- Ninguna de estas",
        options=[
            "Plantillas de proyecto",
            "Integración con Google Drive",
            "Notificaciones por correo",
            "Permisos de usuario",
            "Ninguna de estas",
        ],
        lang="es",
    ),
    C(
        M,
        "¿Qué secciones del periódico lees habitualmente? (elige hasta 3): "
        "Actualidad, Economía, Deportes, Cultura, Opinión, Tecnología",
        options=["Actualidad", "Economía", "Deportes", "Cultura", "Opinión", "Tecnología"],
        max_choices=3,
        lang="es",
    ),
    C(
        M,
        "**Varias respuestas posibles** — ¿qué problemas has tenido con tus pedidos?\n"
        "• Productos que faltaban\n"
        "• Sustituciones que no pedí\n"
        "• Retrasos en la entrega\n"
        "• Envases dañados\n"
        "• Otro",
        options=[
            "Productos que faltaban",
            "Sustituciones que no pedí",
            "Retrasos en la entrega",
            "Envases dañados",
        ],
        allow_other=True,
        lang="es",
    ),
    C(
        M,
        "¿Qué coberturas te parecen imprescindibles en un seguro de viaje? (máximo 2)\n"
        "1. Asistencia médica\n"
        "2. Cancelación del viaje\n"
        "3. Pérdida de equipaje\n"
        "4. Retraso del vuelo",
        options=[
            "Asistencia médica",
            "Cancelación del viaje",
            "Pérdida de equipaje",
            "Retraso del vuelo",
        ],
        max_choices=2,
        lang="es",
    ),
    # ranking
    C(
        R,
        "Ordena de más a menos importante lo que valoras al alquilar un coche "
        "compartido (arrastra para ordenar: precio por minuto, cercanía del coche, "
        "limpieza, tipo de vehículo)",
        options=["precio por minuto", "cercanía del coche", "limpieza", "tipo de vehículo"],
        lang="es",
    ),
    C(
        R,
        "Clasifica estos pasos del alta según lo útiles que te resultaron — el "
        "primero, el más útil:\n"
        "- Vídeo de bienvenida\n"
        "- Tour guiado\n"
        "- Proyecto de ejemplo\n"
        "- Chat con soporte",
        options=["Vídeo de bienvenida", "Tour guiado", "Proyecto de ejemplo", "Chat con soporte"],
        lang="es",
    ),
    C(
        R,
        "[Ranking] Pon en orden estos motivos para mantener tu suscripción, del más "
        "al menos importante: periodismo de investigación / noticias locales / "
        "newsletter diaria / crucigramas",
        options=[
            "periodismo de investigación",
            "noticias locales",
            "newsletter diaria",
            "crucigramas",
        ],
        lang="es",
    ),
    C(
        R,
        "¿Qué pesa más para ti al elegir un súper online? Ordénalo del 1 (lo más "
        "importante) al 4:\n"
        "• Precio\n"
        "• Franjas horarias disponibles\n"
        "• Frescura\n"
        "• Gastos de envío",
        options=["Precio", "Franjas horarias disponibles", "Frescura", "Gastos de envío"],
        lang="es",
    ),
    # yes / no
    C(Y, "¿Completaste la configuración inicial en un solo día? Formato: sí/no", lang="es"),
    C(
        Y,
        "(Sí / No) ¿Alguna vez has tenido que reclamar algo a tu seguro de viaje?",
        lang="es",
    ),
    C(
        Y,
        "¿Pagarías un poco más por recibir el pedido en menos de una hora? — *responde sí o no*",
        lang="es",
    ),
    C(Y, "¿Has leído el periódico en la app esta semana? [S/N]", lang="es"),
]

_FR: list[Case] = [
    # open-ended
    C(
        OE,
        "Qu'est-ce qui vous a donné envie de vous inscrire à l'essai gratuit ? (réponse libre)",
        lang="fr",
    ),
    D(
        "Racontez-moi votre dernière location en autopartage : combien de temps "
        "avez-vous gardé la voiture – 1 heure, une journée, plus ? – et qu'est-ce qui "
        "s'est bien ou mal passé ? (quelques phrases suffisent)",
        lang="fr",
    ),
    D(
        "Qu'est-ce qui vous ferait passer de 1 à 2 commandes de courses en ligne par "
        "semaine ? (ex. des frais de livraison plus bas, plus de créneaux, ou des promos)",
        lang="fr",
    ),
    D(
        "*Question ouverte :* entre la version papier, le site et l'application, "
        "comment lisez-vous le journal au quotidien ?",
        lang="fr",
    ),
    D(
        "Si vous deviez expliquer à un ami la différence entre les formules Essentiel, "
        "Confort et Premium de votre assurance voyage, que lui diriez-vous ? [facultatif]",
        lang="fr",
    ),
    C(
        OE,
        "Décrivez le moment où vous avez compris à quoi servait vraiment l'outil "
        "(en quelques mots, comme ça vous vient).",
        lang="fr",
    ),
    # scale
    C(
        SC,
        "Sur une échelle de 1 à 5, la prise en main de l'outil vous a-t-elle paru "
        "simple ? (1 = pas du tout simple, 5 = très simple)",
        scale=(1, 5),
        labels={"lo": "pas du tout simple", "hi": "très simple"},
        lang="fr",
    ),
    C(
        SC,
        "**Note de 0 à 10** — Quelle est la probabilité que vous recommandiez notre "
        "service d'autopartage à un proche ? (0 = pas du tout probable / "
        "10 = très probable)",
        scale=(0, 10),
        labels={"lo": "pas du tout probable", "hi": "très probable"},
        lang="fr",
    ),
    C(
        SC,
        "(Échelle : 1 = très insatisfait / 7 = très satisfait) Quel est votre niveau "
        "de satisfaction concernant les produits frais reçus ?",
        scale=(1, 7),
        labels={"lo": "très insatisfait", "hi": "très satisfait"},
        lang="fr",
    ),
    C(
        SC,
        "À quel point vous sentez-vous bien informé sur ce que couvre votre assurance "
        "voyage ? — répondez de 1 à 10",
        scale=(1, 10),
        lang="fr",
    ),
    # single choice
    C(
        S,
        "Comment avez-vous découvert notre abonnement numérique ? (une seule réponse)\n"
        "- Bouche-à-oreille\n"
        "- Réseaux sociaux\n"
        "- Un article bloqué par le paywall\n"
        "- Une publicité\n"
        "- Autre (précisez)",
        options=[
            "Bouche-à-oreille",
            "Réseaux sociaux",
            "Un article bloqué par le paywall",
            "Une publicité",
        ],
        allow_other=True,
        lang="fr",
    ),
    C(
        S,
        "_Choisissez une option_ : à quelle fréquence utilisez-vous l'autopartage ?\n"
        "1. Plusieurs fois par semaine\n"
        "2. Environ une fois par semaine\n"
        "3. Une à deux fois par mois\n"
        "4. Plus rarement",
        options=[
            "Plusieurs fois par semaine",
            "Environ une fois par semaine",
            "Une à deux fois par mois",
            "Plus rarement",
        ],
        lang="fr",
    ),
    C(
        S,
        "Merci ! Quel est votre critère numéro un pour choisir une assurance voyage ? "
        "[un seul choix]\n"
        "a) Le prix\n"
        "b) Le plafond des frais médicaux\n"
        "c) La garantie annulation\n"
        "d) La réputation de l'assureur",
        options=[
            "Le prix",
            "Le plafond des frais médicaux",
            "La garantie annulation",
            "La réputation de l'assureur",
        ],
        lang="fr",
    ),
    C(
        S,
        "Options → Mensuelle / Annuelle / Offre étudiante / Je ne sais pas\n"
        "Quelle formule d'abonnement avez-vous choisie ?",
        options=["Mensuelle", "Annuelle", "Offre étudiante", "Je ne sais pas"],
        lang="fr",
    ),
    # multiple choice
    C(
        M,
        "Quelles intégrations avez-vous activées ? [plusieurs réponses possibles]\n"
        "- Google Agenda\n"
        "- Slack\n"
        "- Microsoft Teams\n"
        "- Zapier\n"
        "- Aucune",
        options=["Google Agenda", "Slack", "Microsoft Teams", "Zapier", "Aucune"],
        lang="fr",
    ),
    C(
        M,
        "Qu'achetez-vous le plus souvent chez nous en ligne ? (cochez tout ce qui "
        "s'applique) : fruits et légumes, produits laitiers, surgelés, épicerie, "
        "produits d'entretien",
        options=[
            "fruits et légumes",
            "produits laitiers",
            "surgelés",
            "épicerie",
            "produits d'entretien",
        ],
        lang="fr",
    ),
    C(
        M,
        "**Jusqu'à 2 réponses** — Quelles rubriques lisez-vous en priorité ?\n"
        "• Politique\n"
        "• Économie\n"
        "• International\n"
        "• Sport\n"
        "• Culture\n"
        "• Autre",
        options=["Politique", "Économie", "International", "Sport", "Culture"],
        allow_other=True,
        max_choices=2,
        lang="fr",
    ),
    C(
        M,
        "Quels désagréments avez-vous déjà rencontrés avec l'autopartage ? (3 maximum)\n"
        "- Voiture introuvable\n"
        "- Véhicule sale\n"
        "- Batterie presque vide\n"
        "- Problème de déverrouillage\n"
        "- Facturation incorrecte",
        options=[
            "Voiture introuvable",
            "Véhicule sale",
            "Batterie presque vide",
            "Problème de déverrouillage",
            "Facturation incorrecte",
        ],
        max_choices=3,
        lang="fr",
    ),
    # ranking
    C(
        R,
        "Classez ces critères du plus au moins important pour vous (glissez pour "
        "ordonner : prix, couverture médicale, rapidité de remboursement, assistance "
        "joignable 24 h sur 24)",
        options=[
            "prix",
            "couverture médicale",
            "rapidité de remboursement",
            "assistance joignable 24 h sur 24",
        ],
        lang="fr",
    ),
    C(
        R,
        "Pourriez-vous classer ces étapes d'accueil selon leur utilité, la plus utile "
        "en premier :\n"
        "- Vidéo de présentation\n"
        "- Visite guidée\n"
        "- Projet exemple\n"
        "- Webinaire de démarrage",
        options=[
            "Vidéo de présentation",
            "Visite guidée",
            "Projet exemple",
            "Webinaire de démarrage",
        ],
        lang="fr",
    ),
    C(
        R,
        "*Classement* : dans quel ordre ces éléments comptent-ils pour vos courses en "
        "ligne ?\n"
        "Prix · Fraîcheur · Créneau de livraison · Choix de produits",
        options=["Prix", "Fraîcheur", "Créneau de livraison", "Choix de produits"],
        lang="fr",
    ),
    C(
        R,
        "Mettez ces raisons de rester abonné dans l'ordre, de la plus forte à la plus "
        "faible (1 = la plus forte) :\n"
        "1. Les enquêtes\n"
        "2. L'actualité locale\n"
        "3. La newsletter du matin\n"
        "4. Les mots croisés",
        options=[
            "Les enquêtes",
            "L'actualité locale",
            "La newsletter du matin",
            "Les mots croisés",
        ],
        lang="fr",
    ),
    # yes / no
    C(
        Y,
        "Avez-vous terminé la checklist d'accueil dès votre première connexion ? Format : oui/non",
        lang="fr",
    ),
    C(
        Y,
        "(Oui / Non) Avez-vous déjà déclaré un sinistre auprès de votre assurance voyage ?",
        lang="fr",
    ),
    C(
        Y,
        "Seriez-vous prêt à payer un supplément pour être livré en moins d'une heure ? "
        "— *oui ou non*",
        lang="fr",
    ),
    C(
        Y,
        "Avez-vous déjà pris une voiture partagée en dehors de votre ville ? [O/N]",
        lang="fr",
    ),
]

_DE: list[Case] = [
    # open-ended
    C(
        OE,
        "Was wollten Sie als Allererstes erledigen, nachdem Sie Ihr Konto angelegt "
        "hatten? (Freitext)",
        lang="de",
    ),
    D(
        "Erzählen Sie mir von Ihrer letzten Carsharing-Fahrt: Wohin ging es, und wie "
        "lange hat sie gedauert – 20 Minuten, zwei Stunden, einen ganzen Tag? "
        "(ein paar Sätze reichen)",
        lang="de",
    ),
    D(
        "Was prüfen Sie zuerst, wenn die Lebensmittellieferung ankommt? (z. B. das "
        "Mindesthaltbarkeitsdatum, ob etwas ersetzt wurde oder ob das Obst Druckstellen "
        "hat)",
        lang="de",
    ),
    D(
        "Sie haben erwähnt, dass Sie Ihr Zeitungsabo nach 3 Monaten gekündigt haben. "
        "Was hätte anders sein müssen, damit Sie 6 oder 12 Monate geblieben wären? "
        "[optional]",
        lang="de",
    ),
    D(
        "**Offene Frage:** Welche Rolle haben Preis, Leistungsumfang oder Bewertungen "
        "gespielt, als Sie Ihre Reiseversicherung abgeschlossen haben? Beschreiben Sie "
        "es gern mit Ihren eigenen Worten.",
        lang="de",
    ),
    D(
        "Wie würden Sie einem neuen Kollegen die Schritte 1 bis 3 der Einrichtung "
        "erklären? (Freitext, Stichpunkte gehen auch)",
        lang="de",
    ),
    # scale
    C(
        SC,
        "Wie einfach war die Einrichtung Ihres ersten Projekts? — Antwort von 1 bis 7 "
        "(1 = sehr schwierig, 7 = sehr einfach)",
        scale=(1, 7),
        labels={"lo": "sehr schwierig", "hi": "sehr einfach"},
        lang="de",
    ),
    C(
        SC,
        "(Skala: 0 = überhaupt nicht wahrscheinlich / 10 = äußerst wahrscheinlich)\n"
        "Wie wahrscheinlich ist es, dass Sie unser Carsharing weiterempfehlen?",
        scale=(0, 10),
        labels={"lo": "überhaupt nicht wahrscheinlich", "hi": "äußerst wahrscheinlich"},
        lang="de",
    ),
    C(
        SC,
        "*Bewertung 1–5:* Wie zufrieden waren Sie mit der Pünktlichkeit Ihrer letzten Lieferung?",
        scale=(1, 5),
        lang="de",
    ),
    C(
        SC,
        "Danke! Auf einer Skala von 1 bis 10: Wie gut fühlen Sie sich über Ihren "
        "Versicherungsschutz im Ausland informiert?",
        scale=(1, 10),
        lang="de",
    ),
    # single choice
    C(
        S,
        "Wie sind Sie auf unser Digitalabo aufmerksam geworden? "
        "(bitte eine Antwort wählen)\n"
        "- Empfehlung von Freunden\n"
        "- Social Media\n"
        "- Bezahlschranke bei einem Artikel\n"
        "- Werbung\n"
        "- Andere (bitte angeben)",
        options=[
            "Empfehlung von Freunden",
            "Social Media",
            "Bezahlschranke bei einem Artikel",
            "Werbung",
        ],
        allow_other=True,
        lang="de",
    ),
    C(
        S,
        "Welchen Tarif nutzt Ihr Team derzeit? Optionen → Free / Basic / Business / Enterprise",
        options=["Free", "Basic", "Business", "Enterprise"],
        lang="de",
    ),
    C(
        S,
        "_Eine Antwort:_ Wie weit im Voraus buchen Sie normalerweise ein Auto?\n"
        "1. Weniger als eine Stunde vorher\n"
        "2. Am selben Tag\n"
        "3. Ein bis zwei Tage vorher\n"
        "4. Eine Woche oder länger vorher",
        options=[
            "Weniger als eine Stunde vorher",
            "Am selben Tag",
            "Ein bis zwei Tage vorher",
            "Eine Woche oder länger vorher",
        ],
        lang="de",
    ),
    C(
        S,
        "Was war bei der Wahl Ihrer Reiseversicherung das wichtigste Kriterium? "
        "[nur eine Antwort]\n"
        "a) Der Preis\n"
        "b) Die Deckungssumme für Arztkosten\n"
        "c) Der Reiserücktrittsschutz\n"
        "d) Weiß nicht",
        options=[
            "Der Preis",
            "Die Deckungssumme für Arztkosten",
            "Der Reiserücktrittsschutz",
            "Weiß nicht",
        ],
        lang="de",
    ),
    # multiple choice
    C(
        M,
        "Welche Funktionen haben Sie in der ersten Woche ausprobiert? "
        "[Mehrfachauswahl möglich]\n"
        "- Vorlagen\n"
        "- Kalender-Synchronisierung\n"
        "- Zeiterfassung\n"
        "- Berichte\n"
        "- Keine davon",
        options=[
            "Vorlagen",
            "Kalender-Synchronisierung",
            "Zeiterfassung",
            "Berichte",
            "Keine davon",
        ],
        lang="de",
    ),
    C(
        M,
        "Was kaufen Sie bei uns hauptsächlich ein (alles Zutreffende auswählen): "
        "Obst und Gemüse, Milchprodukte, Tiefkühlkost, Drogerieartikel, Getränke, "
        "Sonstiges",
        options=["Obst und Gemüse", "Milchprodukte", "Tiefkühlkost", "Drogerieartikel", "Getränke"],
        allow_other=True,
        lang="de",
    ),
    C(
        M,
        "**Bis zu 2 Antworten** — Welche Ressorts lesen Sie am liebsten?\n"
        "• Politik\n"
        "• Wirtschaft\n"
        "• Sport\n"
        "• Feuilleton\n"
        "• Lokales",
        options=["Politik", "Wirtschaft", "Sport", "Feuilleton", "Lokales"],
        max_choices=2,
        lang="de",
    ),
    C(
        M,
        "Welche Probleme hatten Sie schon mit dem Carsharing? (höchstens 3)\n"
        "- Auto nicht am Standort\n"
        "- Verschmutzter Innenraum\n"
        "- Wenig Akku oder Tank\n"
        "- App stürzte beim Entsperren ab\n"
        "- Unerwartete Gebühren",
        options=[
            "Auto nicht am Standort",
            "Verschmutzter Innenraum",
            "Wenig Akku oder Tank",
            "App stürzte beim Entsperren ab",
            "Unerwartete Gebühren",
        ],
        max_choices=3,
        lang="de",
    ),
    # ranking
    C(
        R,
        "Was ist Ihnen bei einer Reiseversicherung am wichtigsten? (zum Sortieren "
        "ziehen: Preis, Arztkosten, Stornoschutz, Kundenservice, schnelle Erstattung)",
        options=["Preis", "Arztkosten", "Stornoschutz", "Kundenservice", "schnelle Erstattung"],
        lang="de",
    ),
    C(
        R,
        "Bitte bringen Sie diese Punkte in eine Reihenfolge – das Wichtigste zuerst:\n"
        "- Lieferzeitfenster\n"
        "- Preis\n"
        "- Frische\n"
        "- Umgang mit Ersatzprodukten",
        options=["Lieferzeitfenster", "Preis", "Frische", "Umgang mit Ersatzprodukten"],
        lang="de",
    ),
    C(
        R,
        "[Rangfolge] Sortieren Sie die Onboarding-Schritte danach, wie hilfreich sie "
        "für Sie waren: Willkommensvideo / Produkttour / Beispielprojekt / Hilfeartikel",
        options=["Willkommensvideo", "Produkttour", "Beispielprojekt", "Hilfeartikel"],
        lang="de",
    ),
    C(
        R,
        "Reihen Sie diese Gründe für Ihr Abo nach Wichtigkeit (1 = wichtigster Grund):\n"
        "1. Investigative Recherchen\n"
        "2. Regionale Nachrichten\n"
        "3. Der Morgen-Newsletter\n"
        "4. Das Kreuzworträtsel",
        options=[
            "Investigative Recherchen",
            "Regionale Nachrichten",
            "Der Morgen-Newsletter",
            "Das Kreuzworträtsel",
        ],
        lang="de",
    ),
    # yes / no
    C(
        Y,
        "Haben Sie die Einführungs-Checkliste gleich in der ersten Sitzung "
        "abgeschlossen? Format: ja/nein",
        lang="de",
    ),
    C(
        Y,
        "**Ja / Nein:** Mussten Sie schon einmal einen Schaden bei Ihrer Reiseversicherung melden?",
        lang="de",
    ),
    C(
        Y,
        "Würden Sie für eine garantierte Lieferung innerhalb einer Stunde mehr "
        "bezahlen? — *ja oder nein*",
        lang="de",
    ),
    C(
        Y,
        "Haben Sie unser Carsharing schon einmal außerhalb Ihrer Heimatstadt genutzt? [J/N]",
        lang="de",
    ),
]

_PT: list[Case] = [
    # open-ended
    C(
        OE,
        "O que você esperava encontrar quando abriu o painel pela primeira vez? (resposta livre)",
        lang="pt",
    ),
    D(
        "Me conta como foi sua última compra no mercado online: quantos itens, uns 15, "
        "40 ou mais, e como você escolheu o horário de entrega? (pode ser em poucas "
        "frases)",
        lang="pt",
    ),
    D(
        "O que fez você ficar em dúvida entre o plano mensal e o anual do jornal? (por "
        "exemplo: o preço, a fidelidade, ou não saber se ia ler mesmo)",
        lang="pt",
    ),
    D(
        "Se você pudesse mudar uma ou duas coisas na reserva do carro compartilhado, "
        "quais seriam? [opcional]",
        lang="pt",
    ),
    D(
        "_Pergunta aberta:_ pense na sua última viagem internacional, de 7 a 15 dias. "
        "Como você decidiu se ia contratar seguro viagem ou não?",
        lang="pt",
    ),
    C(
        OE,
        "Como você explicaria para um colega o que a nossa ferramenta faz, com suas "
        "próprias palavras? (texto livre)",
        lang="pt",
    ),
    # scale
    C(
        SC,
        "De 1 a 5, quão fácil foi convidar sua equipe? (1 = muito difícil, 5 = muito fácil)",
        scale=(1, 5),
        labels={"lo": "muito difícil", "hi": "muito fácil"},
        lang="pt",
    ),
    C(
        SC,
        "**Escala: 0 = nada provável / 10 = extremamente provável** — Qual a "
        "probabilidade de você recomendar nosso carro compartilhado para um amigo?",
        scale=(0, 10),
        labels={"lo": "nada provável", "hi": "extremamente provável"},
        lang="pt",
    ),
    C(
        SC,
        "Quanto você confia que o seguro cobriria uma despesa médica no exterior? "
        "— responda de 1 a 7",
        scale=(1, 7),
        lang="pt",
    ),
    C(
        SC,
        "Legal, obrigado. Numa escala de 1 a 10, que nota você dá para as frutas e "
        "verduras que recebeu?",
        scale=(1, 10),
        lang="pt",
    ),
    # single choice
    C(
        S,
        "Com que frequência você faz compras no mercado online? (escolha uma)\n"
        "- Várias vezes por semana\n"
        "- Uma vez por semana\n"
        "- A cada 15 dias\n"
        "- Uma vez por mês ou menos",
        options=[
            "Várias vezes por semana",
            "Uma vez por semana",
            "A cada 15 dias",
            "Uma vez por mês ou menos",
        ],
        lang="pt",
    ),
    C(
        S,
        "Opções → Impresso + digital / Só digital / Só fim de semana / Nenhuma ainda\n"
        "Qual tipo de assinatura você tem hoje?",
        options=["Impresso + digital", "Só digital", "Só fim de semana", "Nenhuma ainda"],
        lang="pt",
    ),
    C(
        S,
        "Qual foi o principal motivo para experimentar o carro compartilhado? "
        "[apenas uma resposta]\n"
        "a) Economizar\n"
        "b) Não tenho carro próprio\n"
        "c) Praticidade\n"
        "d) Questões ambientais\n"
        "e) Outro (qual?)",
        options=["Economizar", "Não tenho carro próprio", "Praticidade", "Questões ambientais"],
        allow_other=True,
        lang="pt",
    ),
    C(
        S,
        "*Selecione uma opção:* onde você contratou seu último seguro viagem?\n"
        "1. No site da seguradora\n"
        "2. Na agência de viagens\n"
        "3. Junto com a passagem aérea\n"
        "4. Pelo banco\n"
        "5. Prefiro não dizer",
        options=[
            "No site da seguradora",
            "Na agência de viagens",
            "Junto com a passagem aérea",
            "Pelo banco",
            "Prefiro não dizer",
        ],
        lang="pt",
    ),
    # multiple choice
    C(
        M,
        "Quais recursos você configurou na primeira semana? [pode marcar mais de uma]\n"
        "- Modelos de projeto\n"
        "- Integração com Google Drive\n"
        "- Notificações por e-mail\n"
        "- Permissões de usuário\n"
        "- Nenhum desses",
        options=[
            "Modelos de projeto",
            "Integração com Google Drive",
            "Notificações por e-mail",
            "Permissões de usuário",
            "Nenhum desses",
        ],
        lang="pt",
    ),
    C(
        M,
        "Quais editorias você costuma ler? (até 3): Política, Economia, Esportes, "
        "Cultura, Opinião, Tecnologia",
        options=["Política", "Economia", "Esportes", "Cultura", "Opinião", "Tecnologia"],
        max_choices=3,
        lang="pt",
    ),
    C(
        M,
        "**Várias respostas possíveis** — Que problemas você já teve com os pedidos?\n"
        "• Itens faltando\n"
        "• Substituições que não pedi\n"
        "• Atraso na entrega\n"
        "• Embalagem danificada\n"
        "• Outro",
        options=[
            "Itens faltando",
            "Substituições que não pedi",
            "Atraso na entrega",
            "Embalagem danificada",
        ],
        allow_other=True,
        lang="pt",
    ),
    C(
        M,
        "Quais coberturas são indispensáveis para você num seguro viagem? "
        "(no máximo 2)\n"
        "- Assistência médica\n"
        "- Cancelamento da viagem\n"
        "- Extravio de bagagem\n"
        "- Atraso de voo",
        options=[
            "Assistência médica",
            "Cancelamento da viagem",
            "Extravio de bagagem",
            "Atraso de voo",
        ],
        max_choices=2,
        lang="pt",
    ),
    # ranking
    C(
        R,
        "Ordene do mais para o menos importante na hora de alugar um carro "
        "compartilhado (arraste para ordenar: preço por minuto, distância até o carro, "
        "limpeza, modelo do veículo)",
        options=["preço por minuto", "distância até o carro", "limpeza", "modelo do veículo"],
        lang="pt",
    ),
    C(
        R,
        "Classifique estas etapas do cadastro pela utilidade — a mais útil primeiro:\n"
        "- Vídeo de boas-vindas\n"
        "- Tour guiado\n"
        "- Projeto de exemplo\n"
        "- Chat com o suporte",
        options=[
            "Vídeo de boas-vindas",
            "Tour guiado",
            "Projeto de exemplo",
            "Chat com o suporte",
        ],
        lang="pt",
    ),
    C(
        R,
        "[Ranking] Coloque em ordem os motivos para manter sua assinatura: "
        "reportagens investigativas / notícias locais / newsletter diária / "
        "palavras cruzadas",
        options=[
            "reportagens investigativas",
            "notícias locais",
            "newsletter diária",
            "palavras cruzadas",
        ],
        lang="pt",
    ),
    C(
        R,
        "O que pesa mais na hora de escolher um mercado online? Ordene de 1 (mais "
        "importante) a 4:\n"
        "• Preço\n"
        "• Horários de entrega\n"
        "• Frescor dos produtos\n"
        "• Taxa de entrega",
        options=["Preço", "Horários de entrega", "Frescor dos produtos", "Taxa de entrega"],
        lang="pt",
    ),
    # yes / no
    C(Y, "Você concluiu a configuração inicial no mesmo dia? Formato: sim/não", lang="pt"),
    C(
        Y,
        "Responda com sim ou não: você já precisou acionar seu seguro viagem?",
        lang="pt",
    ),
    C(
        Y,
        "Você pagaria um pouco mais para receber as compras em menos de uma hora? — *sim ou não*",
        lang="pt",
    ),
    C(Y, "Você leu o jornal pelo aplicativo esta semana? [S/N]", lang="pt"),
]

HOLDOUT30: tuple[Case, ...] = (*_EN, *_ES, *_FR, *_DE, *_PT)
