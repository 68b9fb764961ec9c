"""Held-out corpus 27. Style: a terse, mobile-first chat interviewer that sends very short, casual messages (often a single line), frequently starting in lowercase, with minimal punctuation and sometimes no question mark; emoji appear as decoration or as option markers (keycap digits like 1️⃣, 👍 / 👎 for yes/no, 😞 … 😀 faces around a numeric scale whose meaning is stated); options are separated by slashes, pipes, " · ", commas or line breaks; abbreviations and chat shorthand are common ("pls", "e.g.", "vs", "u", "q", "vc", "stp"), and some prompts ask for SMS-style keyword replies ("reply YES or NO", "type 1-5"). Open-ended distractors are equally short but mention numbers, ranges, "or" alternatives or examples. Studies: food delivery, ride hailing, a streaming app, a telecom operator and an event ticketing app.

Written by a helper session from its own head, without seeing the detector or any other corpus. For measuring: its messages are never tuned on directly.

First run (scored once, by the lead of session 14, on the detector of commit 14e9665; only the
summary was printed, no case read):
  101/130 exactly right (0.777);
  precision/recall per type: open_ended 0.517/1.000, scale 1.000/0.600, single_choice 0.889/0.400, multiple_choice 1.000/0.700, ranking 1.000/0.900, yes_no 1.000/0.950;
  0 of 30 open questions given a widget. Session 13's first detector (e2ce16f) scores the same unseen file 101/130 exactly right (so does this session's first, c2edf67).
Read in session 14 after that run: its families were written anew in corpus_session14.py
(TERSE_CHAT) and tuned on: no longer unseen (117/130 after that work).
"""

from __future__ import annotations

from tests.questions.cases import OE, SC, C, Case, D, M, R, S, Y

_EN: list[Case] = [
    # open-ended
    C(OE, "hey 👋 what made u try the app in the first place?", lang="en"),
    C(OE, "tell me about ur last ride, anything stand out", lang="en"),
    D("what do u usually order on a friday night? e.g. pizza, sushi, whatever 🍕", lang="en"),
    D("how long did the driver take to show up, 5 min or more like 20? what happened", lang="en"),
    D("think about the last 2-3 shows u binged… what pulled u in", lang="en"),
    D(
        "if u could change 1 thing about ur phone plan (price, data, anything) what would it be & why?",
        lang="en",
    ),
    # scale
    C(
        SC,
        "how likely r u to recommend us to a friend? type 0-10 (0 = no way, 10 = def)",
        scale=(0, 10),
        labels={"lo": "no way", "hi": "def"},
        lang="en",
    ),
    C(SC, "rate the checkout 1-5 ⭐", scale=(1, 5), lang="en"),
    C(
        SC,
        "sound quality last night?\n1 = terrible · 5 = perfect",
        scale=(1, 5),
        labels={"lo": "terrible", "hi": "perfect"},
        lang="en",
    ),
    C(
        SC,
        "how was the gig overall\n1 😞 2 😐 3 😀\n(1 = meh, 3 = loved it)",
        scale=(1, 3),
        labels={"lo": "meh", "hi": "loved it"},
        lang="en",
    ),
    # single choice
    C(
        S,
        "how often do u order delivery\ndaily / weekly / monthly / rarely",
        ["daily", "weekly", "monthly", "rarely"],
        lang="en",
    ),
    C(
        S,
        "which plan r u on\nreply 1 prepaid, 2 monthly, 3 family, 4 not sure",
        ["prepaid", "monthly", "family", "not sure"],
        lang="en",
    ),
    C(
        S,
        "main reason u cancelled? price | content | tech issues | other",
        ["price", "content", "tech issues"],
        allow_other=True,
        lang="en",
    ),
    C(
        S,
        "where'd u hear about the event, pick one: instagram · a friend · email · tiktok",
        ["instagram", "a friend", "email", "tiktok"],
        lang="en",
    ),
    # multiple choice
    C(
        M,
        "which ride apps do u use? pick all that apply: Uber, Lyft, Bolt, local taxi",
        ["Uber", "Lyft", "Bolt", "local taxi"],
        lang="en",
    ),
    C(
        M,
        "what do u stream on? select all 📺\n- phone\n- tv\n- laptop\n- tablet",
        ["phone", "tv", "laptop", "tablet"],
        lang="en",
    ),
    C(
        M,
        "pick up to 2 that annoy u most: late food · cold food · wrong items · high fees",
        ["late food", "cold food", "wrong items", "high fees"],
        max_choices=2,
        lang="en",
    ),
    C(
        M,
        "any extras on ur tickets? choose as many as u like: parking / merch / VIP upgrade / other (pls specify)",
        ["parking", "merch", "VIP upgrade"],
        allow_other=True,
        lang="en",
    ),
    # ranking
    C(
        R,
        "rank these most → least important pls: price, pickup time, driver rating",
        ["price", "pickup time", "driver rating"],
        lang="en",
    ),
    C(
        R,
        "put these in order, 1 = fave\nmovies / series / docs / live sports",
        ["movies", "series", "docs", "live sports"],
        lang="en",
    ),
    C(
        R,
        "what matters most when picking a plan? order them 👇\n1️⃣ coverage\n2️⃣ price\n3️⃣ data\n4️⃣ customer service",
        ["coverage", "price", "data", "customer service"],
        lang="en",
    ),
    C(
        R,
        "rank what makes u buy tix fastest: the artist vs price vs venue vs friends going",
        ["the artist", "price", "venue", "friends going"],
        lang="en",
    ),
    # yes / no
    C(Y, "did ur order arrive on time? reply YES or NO", lang="en"),
    C(Y, "would u ride with us again 👍 / 👎", lang="en"),
    C(Y, "any dropped calls this week y/n", lang="en"),
    C(Y, "did u finish the season? yes or no 🙂", lang="en"),
]

_ES: list[Case] = [
    # open-ended
    C(OE, "oye, q fue lo último q pediste? cuéntame 🙂", lang="es"),
    C(OE, "cómo fue tu último viaje con nosotros, algo q destacar", lang="es"),
    D("q series estás viendo ahora? ej. Narcos, La Casa de Papel… por qué te enganchan", lang="es"),
    D(
        "más o menos cuánto pagas al mes por el móvil, 15€, 40€? y q te parece ese precio",
        lang="es",
    ),
    D(
        "piensa en los 2 o 3 últimos conciertos a los q fuiste: cómo sacaste las entradas",
        lang="es",
    ),
    D(
        "si el conductor tarda más de 10 min q haces? cancelas, esperas, abres otra app… cuéntame",
        lang="es",
    ),
    # scale
    C(
        SC,
        "del 1 al 5 qué tal la app? (1 = fatal, 5 = genial)",
        scale=(1, 5),
        labels={"lo": "fatal", "hi": "genial"},
        lang="es",
    ),
    C(SC, "q probabilidad hay de q nos recomiendes? escribe un nº 0-10", scale=(0, 10), lang="es"),
    C(SC, "puntúa al conductor ⭐ 1-5", scale=(1, 5), lang="es"),
    C(
        SC,
        "comprar la entrada fue fácil?\n😞 1 · 2 · 3 · 4 · 5 😀\n1 muy difícil, 5 muy fácil",
        scale=(1, 5),
        lang="es",
    ),
    # single choice
    C(
        S,
        "cada cuánto pides comida a domicilio\na diario / cada semana / cada mes / casi nunca",
        ["a diario", "cada semana", "cada mes", "casi nunca"],
        lang="es",
    ),
    C(
        S,
        "q tipo de línea tienes: prepago | contrato | no sé",
        ["prepago", "contrato", "no sé"],
        lang="es",
    ),
    C(
        S,
        "dónde ves más pelis\n1️⃣ móvil 2️⃣ tele 3️⃣ portátil",
        ["móvil", "tele", "portátil"],
        lang="es",
    ),
    C(
        S,
        "cómo pagaste el último viaje? efectivo, tarjeta, PayPal u otro",
        ["efectivo", "tarjeta", "PayPal"],
        allow_other=True,
        lang="es",
    ),
    # multiple choice
    C(
        M,
        "q plataformas tienes? marca todas 📺 Netflix · HBO Max · Disney+ · Prime Video",
        ["Netflix", "HBO Max", "Disney+", "Prime Video"],
        lang="es",
    ),
    C(
        M,
        "q te molesta de los pedidos? elige hasta 3\n- retrasos\n- comida fría\n- gastos de envío\n- pedidos incompletos",
        ["retrasos", "comida fría", "gastos de envío", "pedidos incompletos"],
        max_choices=3,
        lang="es",
    ),
    C(
        M,
        "para q usas los datos? puedes marcar varias: redes / vídeo / música / trabajo / otro (cuál?)",
        ["redes", "vídeo", "música", "trabajo"],
        allow_other=True,
        lang="es",
    ),
    C(
        M,
        "q eventos te molan, elige los q quieras: conciertos, teatro, fútbol, festivales",
        ["conciertos", "teatro", "fútbol", "festivales"],
        lang="es",
    ),
    # ranking
    C(
        R,
        "ordena de más a menos importante porfa: precio, rapidez, seguridad",
        ["precio", "rapidez", "seguridad"],
        lang="es",
    ),
    C(
        R,
        "pon en orden, 1 = lo q más te importa\ncobertura / precio / atención al cliente / velocidad",
        ["cobertura", "precio", "atención al cliente", "velocidad"],
        lang="es",
    ),
    C(
        R,
        "ordena estos géneros según cuánto los ves: comedia, drama, terror, documentales",
        ["comedia", "drama", "terror", "documentales"],
        lang="es",
    ),
    C(
        R,
        "al pedir q pesa más? ordénalos 👇\n1️⃣ precio\n2️⃣ tiempo de entrega\n3️⃣ variedad\n4️⃣ promos",
        ["precio", "tiempo de entrega", "variedad", "promos"],
        lang="es",
    ),
    # yes / no
    C(Y, "llegó tu pedido a tiempo? responde SÍ o NO", lang="es"),
    C(Y, "volverías a pedir un viaje con nosotros 👍 / 👎", lang="es"),
    C(Y, "se te cortó la señal esta semana? sí/no", lang="es"),
    C(Y, "has comprado entradas con nosotros este año? contesta si o no", lang="es"),
]

_FR: list[Case] = [
    # open-ended
    C(OE, "salut 👋 qu'est-ce qui t'a donné envie de tester l'appli ?", lang="fr"),
    C(OE, "raconte-moi ta dernière commande, ça s'est passé comment", lang="fr"),
    D("tu regardes quoi en ce moment ? ex. une série, un film, du sport… dis-m'en plus", lang="fr"),
    D("ton dernier trajet a duré combien, 10 min ou plus ? qu'est-ce qui t'a marqué", lang="fr"),
    D("si tu devais changer 1 ou 2 trucs dans ton forfait, ce serait quoi ?", lang="fr"),
    D(
        "depuis 2020 t'achètes tes billets de concert comment ? appli, site, guichet… raconte",
        lang="fr",
    ),
    # scale
    C(SC, "note la livraison de 1 à 5 ⭐", scale=(1, 5), lang="fr"),
    C(
        SC,
        "tu nous recommanderais ? tape 0-10 (0 = jamais, 10 = carrément)",
        scale=(0, 10),
        labels={"lo": "jamais", "hi": "carrément"},
        lang="fr",
    ),
    C(
        SC,
        "la qualité vidéo hier soir t'en dis quoi\n1 = nulle · 5 = parfaite",
        scale=(1, 5),
        labels={"lo": "nulle", "hi": "parfaite"},
        lang="fr",
    ),
    C(
        SC,
        "facile de trouver ton chauffeur ? 😞 1 2 3 4 5 😀 (1 = galère, 5 = trop facile)",
        scale=(1, 5),
        lang="fr",
    ),
    # single choice
    C(
        S,
        "tu commandes tous les combien ? tous les jours / chaque semaine / chaque mois / rarement",
        ["tous les jours", "chaque semaine", "chaque mois", "rarement"],
        lang="fr",
    ),
    C(
        S,
        "t'es chez quel opérateur : Orange | SFR | Bouygues | Free | autre",
        ["Orange", "SFR", "Bouygues", "Free"],
        allow_other=True,
        lang="fr",
    ),
    C(
        S,
        "tu regardes surtout sur\n1️⃣ téléphone 2️⃣ télé 3️⃣ ordi",
        ["téléphone", "télé", "ordi"],
        lang="fr",
    ),
    C(
        S,
        "t'as connu l'événement comment ? un seul choix : Insta · un pote · newsletter · affiche",
        ["Insta", "un pote", "newsletter", "affiche"],
        lang="fr",
    ),
    # multiple choice
    C(
        M,
        "quelles applis VTC t'utilises ? coche tout ce qui s'applique : Uber, Bolt, Heetch, FreeNow",
        ["Uber", "Bolt", "Heetch", "FreeNow"],
        lang="fr",
    ),
    C(
        M,
        "ce qui t'agace le plus ? 2 max 👇\n- les retards\n- les frais\n- les erreurs de commande\n- le service client",
        ["les retards", "les frais", "les erreurs de commande", "le service client"],
        max_choices=2,
        lang="fr",
    ),
    C(
        M,
        "tu regardes quoi comme contenus, plusieurs réponses possibles : films / séries / docus / animés",
        ["films", "séries", "docus", "animés"],
        lang="fr",
    ),
    C(
        M,
        "t'as pris quelles options avec ton billet : parking, vestiaire, pass VIP, autre (préciser)",
        ["parking", "vestiaire", "pass VIP"],
        allow_other=True,
        lang="fr",
    ),
    # ranking
    C(
        R,
        "classe du + au - important stp : prix, rapidité, propreté de la voiture",
        ["prix", "rapidité", "propreté de la voiture"],
        lang="fr",
    ),
    C(
        R,
        "mets dans l'ordre (1 = le plus important)\nréseau / prix / data / SAV",
        ["réseau", "prix", "data", "SAV"],
        lang="fr",
    ),
    C(
        R,
        "classe ces genres selon tes préférences : comédie, thriller, SF, romance",
        ["comédie", "thriller", "SF", "romance"],
        lang="fr",
    ),
    C(
        R,
        "pour choisir un resto sur l'appli, classe-les 👇\n1️⃣ les avis\n2️⃣ le prix\n3️⃣ le délai\n4️⃣ les promos",
        ["les avis", "le prix", "le délai", "les promos"],
        lang="fr",
    ),
    # yes / no
    C(Y, "ta commande est arrivée à l'heure ? réponds OUI ou NON", lang="fr"),
    C(Y, "tu reprendrais un trajet avec nous 👍 / 👎", lang="fr"),
    C(Y, "des coupures réseau cette semaine ? oui/non", lang="fr"),
    C(Y, "t'as fini la saison, oui ou non 😄", lang="fr"),
]

_DE: list[Case] = [
    # open-ended
    C(OE, "hey 👋 warum hast du dir die app eigentlich geholt?", lang="de"),
    C(OE, "erzähl mal von deiner letzten fahrt, was ist hängen geblieben", lang="de"),
    D("was bestellst du so am wochenende? z.B. pizza, sushi, burger… und warum", lang="de"),
    D(
        "wie lange hast du zuletzt auf den fahrer gewartet, 5 min oder eher 20? was war los",
        lang="de",
    ),
    D(
        "denk an die letzten 2-3 serien, die du durchgesuchtet hast – was hat dich gepackt?",
        lang="de",
    ),
    D(
        "was würdest du an deinem tarif ändern, z.B. preis oder datenvolumen? erzähl einfach",
        lang="de",
    ),
    # scale
    C(
        SC,
        "wie wahrscheinlich empfiehlst du uns weiter? tipp 0-10 (0 = gar nicht, 10 = auf jeden fall)",
        scale=(0, 10),
        labels={"lo": "gar nicht", "hi": "auf jeden fall"},
        lang="de",
    ),
    C(SC, "bewerte die lieferung kurz mit 1-5 ⭐", scale=(1, 5), lang="de"),
    C(
        SC,
        "bildqualität gestern abend?\n1 = mies · 5 = top",
        scale=(1, 5),
        labels={"lo": "mies", "hi": "top"},
        lang="de",
    ),
    C(SC, "wie easy war der ticketkauf 😞 1 2 3 4 5 😀", scale=(1, 5), lang="de"),
    # single choice
    C(
        S,
        "wie oft bestellst du essen? täglich / wöchentlich / monatlich / selten",
        ["täglich", "wöchentlich", "monatlich", "selten"],
        lang="de",
    ),
    C(
        S,
        "welchen tarif hast du\n1️⃣ prepaid 2️⃣ vertrag 3️⃣ weiß nicht",
        ["prepaid", "vertrag", "weiß nicht"],
        lang="de",
    ),
    C(
        S,
        "hauptgrund für die kündigung? preis | inhalte | technik | andere",
        ["preis", "inhalte", "technik"],
        allow_other=True,
        lang="de",
    ),
    C(
        S,
        "wie hast du vom konzert erfahren, nur eins: instagram · freunde · newsletter · plakat",
        ["instagram", "freunde", "newsletter", "plakat"],
        lang="de",
    ),
    # multiple choice
    C(
        M,
        "welche fahrdienste nutzt du? alles ankreuzen was passt: Uber, Bolt, FreeNow, Taxi",
        ["Uber", "Bolt", "FreeNow", "Taxi"],
        lang="de",
    ),
    C(
        M,
        "worauf streamst du? mehrfachauswahl ok 📺\n- handy\n- tv\n- laptop\n- tablet",
        ["handy", "tv", "laptop", "tablet"],
        lang="de",
    ),
    C(
        M,
        "was nervt am meisten? max. 2\nverspätung · kaltes essen · falsche bestellung · liefergebühr",
        ["verspätung", "kaltes essen", "falsche bestellung", "liefergebühr"],
        max_choices=2,
        lang="de",
    ),
    C(
        M,
        "welche extras hast du gebucht (mehrere möglich): parken, garderobe, vip-bereich, sonstiges",
        ["parken", "garderobe", "vip-bereich"],
        allow_other=True,
        lang="de",
    ),
    # ranking
    C(
        R,
        "sortier bitte nach wichtigkeit: preis, schnelligkeit, sicherheit",
        ["preis", "schnelligkeit", "sicherheit"],
        lang="de",
    ),
    C(
        R,
        "bring das in ne reihenfolge, 1 = am wichtigsten\nnetz / preis / datenvolumen / kundenservice",
        ["netz", "preis", "datenvolumen", "kundenservice"],
        lang="de",
    ),
    C(
        R,
        "ordne die genres danach wie gern du sie schaust: komödie, krimi, doku, anime",
        ["komödie", "krimi", "doku", "anime"],
        lang="de",
    ),
    C(
        R,
        "was zählt beim bestellen? rangfolge pls 👇\n1️⃣ preis\n2️⃣ lieferzeit\n3️⃣ auswahl\n4️⃣ bewertungen",
        ["preis", "lieferzeit", "auswahl", "bewertungen"],
        lang="de",
    ),
    # yes / no
    C(Y, "kam deine bestellung pünktlich? antworte JA oder NEIN", lang="de"),
    C(Y, "würdest du wieder mit uns fahren 👍 / 👎", lang="de"),
    C(Y, "hattest du diese woche funklöcher ja/nein", lang="de"),
    C(Y, "schon mal tickets über uns gekauft? ja oder nein", lang="de"),
]

_PT: list[Case] = [
    # open-ended
    C(OE, "oi 👋 o q te fez baixar o app?", lang="pt"),
    C(OE, "me conta como foi sua última corrida", lang="pt"),
    D("o q vc costuma pedir no fds? tipo pizza, açaí, hambúrguer… conta aí", lang="pt"),
    D("quanto tempo o motorista demorou, 5 min ou uns 20? o q rolou", lang="pt"),
    D("pensa nas últimas 2 ou 3 séries q vc maratonou, o q te prendeu", lang="pt"),
    D("se pudesse mudar 1 coisa no seu plano de celular, qual seria e pq?", lang="pt"),
    # scale
    C(
        SC,
        "de 0 a 10 qual a chance de indicar a gente pra um amigo? (0 = nenhuma, 10 = com certeza)",
        scale=(0, 10),
        labels={"lo": "nenhuma", "hi": "com certeza"},
        lang="pt",
    ),
    C(SC, "avalia o entregador, digita 1-5 ⭐", scale=(1, 5), lang="pt"),
    C(
        SC,
        "como tava o som ontem\n1 = péssimo · 5 = perfeito",
        scale=(1, 5),
        labels={"lo": "péssimo", "hi": "perfeito"},
        lang="pt",
    ),
    C(SC, "foi fácil comprar o ingresso? 😞 1 2 3 4 5 😀", scale=(1, 5), lang="pt"),
    # single choice
    C(
        S,
        "com q frequência vc pede delivery? todo dia / toda semana / todo mês / quase nunca",
        ["todo dia", "toda semana", "todo mês", "quase nunca"],
        lang="pt",
    ),
    C(
        S,
        "qual seu plano\nresponde 1 pré-pago, 2 controle, 3 pós-pago",
        ["pré-pago", "controle", "pós-pago"],
        lang="pt",
    ),
    C(
        S,
        "pq cancelou? preço | catálogo | problema técnico | outro",
        ["preço", "catálogo", "problema técnico"],
        allow_other=True,
        lang="pt",
    ),
    C(
        S,
        "como soube do show, escolhe só uma: insta · amigo · e-mail · tiktok",
        ["insta", "amigo", "e-mail", "tiktok"],
        lang="pt",
    ),
    # multiple choice
    C(
        M,
        "quais apps de corrida vc usa? marca todos: Uber, 99, inDrive, táxi",
        ["Uber", "99", "inDrive", "táxi"],
        lang="pt",
    ),
    C(
        M,
        "onde vc assiste? pode marcar vários 📺\n- celular\n- tv\n- notebook\n- tablet",
        ["celular", "tv", "notebook", "tablet"],
        lang="pt",
    ),
    C(
        M,
        "escolhe até 2 coisas q mais te irritam: atraso · comida fria · pedido errado · taxa de entrega",
        ["atraso", "comida fria", "pedido errado", "taxa de entrega"],
        max_choices=2,
        lang="pt",
    ),
    C(
        M,
        "q extras vc pegou com o ingresso: estacionamento, camiseta, área vip, outro (qual?)",
        ["estacionamento", "camiseta", "área vip"],
        allow_other=True,
        lang="pt",
    ),
    # ranking
    C(
        R,
        "ordena do mais pro menos importante pfv: preço, rapidez, segurança",
        ["preço", "rapidez", "segurança"],
        lang="pt",
    ),
    C(
        R,
        "coloca em ordem (1 = mais importante)\nsinal / preço / internet / atendimento",
        ["sinal", "preço", "internet", "atendimento"],
        lang="pt",
    ),
    C(
        R,
        "ranqueia esses gêneros pelo q vc mais assiste: comédia, drama, terror, documentário",
        ["comédia", "drama", "terror", "documentário"],
        lang="pt",
    ),
    C(
        R,
        "o q pesa mais na hora de pedir? ordena aí 👇\n1️⃣ preço\n2️⃣ tempo de entrega\n3️⃣ cupons\n4️⃣ avaliações",
        ["preço", "tempo de entrega", "cupons", "avaliações"],
        lang="pt",
    ),
    # yes / no
    C(Y, "seu pedido chegou no horário? responde SIM ou NÃO", lang="pt"),
    C(Y, "vc andaria com a gente de novo 👍 / 👎", lang="pt"),
    C(Y, "teve queda de sinal essa semana s/n", lang="pt"),
    C(Y, "já comprou ingresso com a gente? sim ou não", lang="pt"),
]

HOLDOUT27: tuple[Case, ...] = (*_EN, *_ES, *_FR, *_DE, *_PT)
