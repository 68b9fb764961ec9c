"""Session 11's batches: families held-out 16 (the brisk interviewer) showed and session 10 did
not write, written anew in five languages, with open questions of the same shape beside them
that must stay open. Each batch's first score, on the detector before the change made for it,
is kept beside it (printed by tests/benchmarks/questions.py).

* RANK_TERSE: a ranking asked in a colloquial imperative, with a clitic or "du"/"tu"
  ("Ordénalas de la que más usas a la que menos: …", "Sortier die mal nach Vorliebe: …",
  "Classe-les de ton préféré au moins aimé : …", "Ordena-as da mais à menos usada: …", "Put
  them in order, favourite first: …");
* YN_CLITIC: a yes/no question that opens on a clitic pronoun or a bare "tu" verb ("¿Te llegó
  el pedido a tiempo?", "¿Le sirvió la guía?", "Ça t'a aidé ?", "Chegou-te a encomenda?",
  "Usas o MB WAY para pagar?", "Costumas …?");
* ALT_HEDGE: an alternative of three with a hedge and no instruction ("Vous voyagez plutôt
  seul, en couple ou en famille ?", "¿Viajas más bien solo, en pareja o en familia?", "Reist
  du eher allein, zu zweit oder mit der Familie?", "Você viaja mais sozinho, a dois ou em
  família?"): a single choice; a what- or why-question around the same options stays open;
* PAREN_TOLD: an instruction or a limit in parentheses between the question and its options
  ("(eine Auswahl) 1–5 · 6–20 · 21–100 · über 100", "(máximo tres) Pesas, cardio, … u otra
  (¿cuál?)", "(one answer) 0 · 1–2 · 3–5 · 6+").
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

S, M, R, Y = "single_choice", "multiple_choice", "ranking", "yes_no"

RANK_TERSE: list[Case] = [
    C(
        R,
        "Ordénalas de la que más te gusta a la que menos: Netflix · HBO · Disney+ · Filmin",
        options=["Netflix", "HBO", "Disney+", "Filmin"],
        lang="es",
    ),
    C(
        R,
        "Vale. Ordénalos según lo que más te importa al elegir piso:\n- precio\n- barrio\n- metros\n- luz",
        options=["precio", "barrio", "metros", "luz"],
        lang="es",
    ),
    C(
        R,
        "Ordénamelas de más a menos útil: el buscador, los filtros, el mapa y las alertas.",
        options=["el buscador", "los filtros", "el mapa", "las alertas"],
        lang="es",
    ),
    C(
        R,
        "Sortier die mal nach Wichtigkeit, das Wichtigste zuerst: Preis · Akku · Kamera · Display",
        options=["Preis", "Akku", "Kamera", "Display"],
        lang="de",
    ),
    C(
        R,
        "Bring die bitte in eine Reihenfolge, dein Favorit oben:\n1. Podcasts\n2. Hörbücher\n3. Musik\n4. Radio",
        options=["Podcasts", "Hörbücher", "Musik", "Radio"],
        lang="de",
    ),
    C(
        R,
        "Classe-les de ton préféré au moins aimé : vélo, trottinette, bus, métro.",
        options=["vélo", "trottinette", "bus", "métro"],
        lang="fr",
    ),
    C(
        R,
        "Top. Range-moi ça du plus au moins important :\n- le prix\n- la rapidité\n- le suivi\n- l'emballage",
        options=["le prix", "la rapidité", "le suivi", "l'emballage"],
        lang="fr",
    ),
    C(
        R,
        "Ordena-as da que mais usas para a que menos: MB WAY · multibanco · cartão · numerário",
        options=["MB WAY", "multibanco", "cartão", "numerário"],
        lang="pt",
    ),
    C(
        R,
        "Coloca-os por ordem de preferência, o favorito primeiro: praia, campo, cidade, montanha.",
        options=["praia", "campo", "cidade", "montanha"],
        lang="pt",
    ),
    C(
        R,
        "Put them in order, favourite first: podcasts · audiobooks · music · radio",
        options=["podcasts", "audiobooks", "music", "radio"],
    ),
    C(
        R,
        "Cool. Line these up from most to least annoying:\n- ads\n- slow loading\n- pop-ups\n- logins",
        options=["ads", "slow loading", "pop-ups", "logins"],
    ),
    D(
        "Si tuvieras que ordenarlas, Netflix, HBO o Filmin, ¿qué criterio usarías tú?",
        lang="es",
    ),
    D(
        "Wie würdest du die sortieren, Preis, Akku oder Kamera? Erzähl mal, was dir wichtig ist.",
        lang="de",
    ),
    D(
        "Tu les classerais comment, le prix, la rapidité, le suivi ? Explique-moi ta logique.",
        lang="fr",
    ),
]
RANK_TERSE_FIRST_SCORE = (
    "detector of 3a38a78: 12/14 exactly right; ranking 1.000/0.818 (two Spanish clitic "
    "imperatives read as single choices); 0 of 3 open questions given a widget"
)

YN_CLITIC: list[Case] = [
    C(Y, "Vale. ¿Te llegó el paquete en la fecha prevista?", lang="es"),
    C(Y, "¿Le sirvió la guía de inicio que le enviamos?", lang="es"),
    C(Y, "Entendido. ¿Os funcionó el código de descuento?", lang="es"),
    C(Y, "¿Se te cobró dos veces el mismo mes?", lang="es"),
    C(Y, "D'accord. Ça t'a aidé, le tutoriel du début ?", lang="fr"),
    C(Y, "Vous l'avez reçu à temps, votre colis ?", lang="fr"),
    C(Y, "Chegou-te a encomenda no dia previsto?", lang="pt"),
    C(Y, "Certo. Costumas pagar as compras com MB WAY?", lang="pt"),
    C(Y, "Tens conta em mais do que um banco?", lang="pt"),
    C(Y, "Percebo. Usas a app do banco todos os dias?", lang="pt"),
    C(Y, "Okay. Hat dir die Lieferung in die Packstation gepasst?", lang="de"),
    C(Y, "Got it. Did the reminder email reach you in time?"),
    D("¿Te llegó el paquete a tiempo o hubo algún problema? Cuéntame cómo fue.", lang="es"),
    D("Costumas pagar com MB WAY ou com cartão? Explica-me porquê.", lang="pt"),
    D("Ça t'a aidé, le tutoriel ? Qu'est-ce qui t'a manqué dedans ?", lang="fr"),
]
YN_CLITIC_FIRST_SCORE = (
    "detector of 3a38a78: 5/15 exactly right; yes_no 1.000/0.167 (ten read as open); 0 of 3 "
    "open questions given a widget"
)

ALT_HEDGE: list[Case] = [
    C(
        S,
        "D'accord. Vous voyagez plutôt seul, en couple ou entre amis ?",
        options=["seul", "en couple", "entre amis"],
        lang="fr",
    ),
    C(
        S,
        "Merci. Pour vos rendez-vous, vous passez surtout par le site, l'appli ou le téléphone ?",
        options=["le site", "l'appli", "le téléphone"],
        lang="fr",
    ),
    C(
        S,
        "Vale. ¿Viajas más bien solo, en pareja o en familia?",
        options=["solo", "en pareja", "en familia"],
        lang="es",
    ),
    C(
        S,
        "Y para la compra, ¿tiras sobre todo de la web, de la app o de la tienda física?",
        options=["de la web", "de la app", "de la tienda física"],
        lang="es",
    ),
    C(
        S,
        "Alles klar. Reist du eher allein, zu zweit oder mit der Familie?",
        options=["allein", "zu zweit", "mit der Familie"],
        lang="de",
    ),
    C(
        S,
        "Kaufen Sie Ihre Tickets vor allem am Automaten, in der App oder am Schalter?",
        options=["am Automaten", "in der App", "am Schalter"],
        lang="de",
    ),
    C(
        S,
        "Entendi. Você viaja mais sozinho, a dois ou em família?",
        options=["sozinho", "a dois", "em família"],
        lang="pt",
    ),
    C(
        S,
        "E no supermercado, pagas sobretudo com cartão, com MB WAY ou em numerário?",
        options=["com cartão", "com MB WAY", "em numerário"],
        lang="pt",
    ),
    C(
        S,
        "Thanks. So you mostly travel solo, as a couple or with family?",
        options=["solo", "as a couple", "with family"],
    ),
    C(
        S,
        "And you'd rather book on the website, in the app or over the phone?",
        options=["on the website", "in the app", "over the phone"],
    ),
    D(
        "Vous voyagez plutôt seul, en couple ou en famille : qu'est-ce qui décide, en général ?",
        lang="fr",
    ),
    D(
        "¿Por qué viajas más bien solo que en pareja o en familia?",
        lang="es",
    ),
    D(
        "Was gibt den Ausschlag, ob du eher allein, zu zweit oder mit der Familie reist?",
        lang="de",
    ),
]
ALT_HEDGE_FIRST_SCORE = (
    "detector of 3a38a78: 3/13 exactly right; single_choice 1.000/0.000 (all ten read as "
    "open); 0 of 3 open questions given a widget"
)

PAREN_TOLD: list[Case] = [
    C(
        S,
        "Verstanden. Wie viele Mitarbeitende hat Ihre Firma? (eine Auswahl) 1–9 · 10–49 · 50–249 · 250 oder mehr",
        options=["1–9", "10–49", "50–249", "250 oder mehr"],
        lang="de",
    ),
    C(
        S,
        "How often do you order takeaway? (one answer) never · monthly · weekly · daily",
        options=["never", "monthly", "weekly", "daily"],
    ),
    C(
        S,
        "Quel âge as-tu ? (une seule réponse) moins de 18 · 18–34 · 35–54 · 55 et plus",
        options=["moins de 18", "18–34", "35–54", "55 et plus"],
        lang="fr",
    ),
    C(
        M,
        "Vale. ¿Qué deportes practicas? (máximo dos) Pádel, running, natación, ciclismo u otro (¿cuál?)",
        options=["Pádel", "running", "natación", "ciclismo"],
        allow_other=True,
        max_choices=2,
        lang="es",
    ),
    C(
        M,
        "Which features do you use weekly? (as many as apply) search, filters, alerts, saved lists",
        options=["search", "filters", "alerts", "saved lists"],
    ),
    C(
        M,
        "Quais redes sociais usas? (até três) Instagram, TikTok, X, LinkedIn, outra (qual?)",
        options=["Instagram", "TikTok", "X", "LinkedIn"],
        allow_other=True,
        max_choices=3,
        lang="pt",
    ),
    C(
        M,
        "O que mais pesa na escolha de um ginásio? No máximo dois: preço, horário, localização, aulas, outro (qual?)",
        options=["preço", "horário", "localização", "aulas"],
        allow_other=True,
        max_choices=2,
        lang="pt",
    ),
    D(
        "Wie viele Leute arbeiten bei Ihnen? (ungefähr, eine Zahl reicht)",
        lang="de",
    ),
    D(
        "How often do you order takeaway? (roughly; never, monthly, weekly, whatever fits) And why?",
    ),
]
PAREN_TOLD_FIRST_SCORE = (
    "detector of 3a38a78: 4/9 exactly right; single_choice 1.000/0.333, multiple_choice "
    "1.000/0.250 (five read as open); 0 of 2 open questions given a widget"
)

#: written after ALT_HEDGE's fix, around what it must not take (not in its first score)
ALT_HEDGE_LATER: list[Case] = [
    C(
        S,
        "Tu préfères plutôt le matin, le midi ou le soir pour ça ?",
        options=["le matin", "le midi", "le soir"],
        lang="fr",
    ),
    C(
        S,
        "So you mostly travel solo, as a couple, or with family?",
        options=["solo", "as a couple", "with family"],
    ),
    D("Is it more of a cost issue or a time issue for your team?"),
    D("Is it mostly the price, the design or the support that made you switch? Tell me more."),
    D("Do you mostly use it at home, at work or on the go, and what changes between them?"),
]

#: written after PAREN_TOLD's fix, for the row of number bands it opened (not in its first score)
PAREN_TOLD_LATER: list[Case] = [
    C(
        S,
        "How many people work at your company? 1–9 · 10–49 · 50–249 · 250+",
        options=["1–9", "10–49", "50–249", "250+"],
    ),
    C(
        S,
        "Wie groß ist Ihr Team? Eine Auswahl: 1–5 / 6–20 / 21–100 / über 100",
        options=["1–5", "6–20", "21–100", "über 100"],
        lang="de",
    ),
    C(
        M,
        "Which apps do you use? (pick all that apply) Slack, Teams, Zoom, other (which one?)",
        options=["Slack", "Teams", "Zoom"],
        allow_other=True,
    ),
    D("How many people work there? Somewhere between 10–20 or 50 — what's your best guess?"),
    D(
        "¿Cuántas horas al día? 1 · 2 · 3 · 4 · 5 son respuestas típicas, cuéntame la tuya.",
        lang="es",
    ),
]

SESSION11: list[Case] = [
    *RANK_TERSE,
    *YN_CLITIC,
    *ALT_HEDGE,
    *ALT_HEDGE_LATER,
    *PAREN_TOLD,
    *PAREN_TOLD_LATER,
]
