"""Session 8's batches: families held-out 14 (house formats) showed, written anew in five
languages, with open questions of the same shape beside each that must stay open. Each batch's
first score, on the detector before the change made for it, is kept beside it (printed by
tests/benchmarks/questions.py).

* INLINE_KEYS: options on one line after the question, keyed "[A] … [B] …" (one to choose),
  or checkbox rows "[ ] … [ ] …" with an instruction to tick several;
* ROW_AFTER_ASK: a row of options after the ask on its line ("Which …? A / B / C"), the
  instruction on the next line ("Pick as many as you like.", "Puedes elegir hasta dos.");
* KEYED_ROW: the same with the row keyed "A) … B) …" or "(a) … (b) …", or ending in an
  "Other (please specify)";
* TABLE_ROW: the options as a Markdown table's one row ("| A | B | C |" over "|---|---|---|"),
  beside real tables (with rows of data) that open questions quote;
* LIKELIHOOD: a scale asked as a probability ("What is the probability that …? From 1 to
  10, …", "¿Qué probabilidad hay de que …?", "Quelle est la probabilité que …", "Wie hoch ist die
  Wahrscheinlichkeit, dass …", "Qual é a probabilidade de …");
* NUMBER_THEM: a ranking asked as "number these from 1 to 4", "numera del 1 al 3",
  "numérotez de 1 à 4", "nummerieren Sie von 1 bis 3", "numere de 1 a 4";
* STAR_ENDS: a star rating's ends named with their unit ("1 star = X, 5 stars = Y", "1 étoile
  = X", "1 Stern = X");
* YN_SHORT: a yes/no question marked with the one-letter pair of its language in parentheses
  ("(Y/N)", "(S/N)" sí/sim, "(O/N)" oui/non, "(J/N)" ja/nein), or told that "a yes or a no"
  is enough, with the article ("con un sí o un no", "un oui ou un non", "ein Ja oder ein
  Nein", "um sim ou um não").

Held-out 14's other families (a table's row before the ask, "Option 1 - …" inline, "a) …, b) …" in a
sentence, a legend "1 ⭐ = X · 5 ⭐ = Y", "exactement deux") were read but
not yet written anew: left for a later round.
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

Y = "yes_no"

YN_SHORT: list[Case] = [
    C(Y, "Good to hear it arrived on time.\n\nWould you order from us again? (Y/N)"),
    C(Y, "¿Recomendarías el curso a un compañero? (S/N)", lang="es"),
    C(
        Y,
        "Entiendo.\n\n¿Tuviste que llamar más de una vez? Con un sí o un no es suficiente.",
        lang="es",
    ),
    C(Y, "Avez-vous reçu la facture par e-mail ? (O/N)", lang="fr"),
    C(
        Y,
        "Merci !\n\nLe livreur vous a-t-il prévenu avant de passer ? Un oui ou un non suffit.",
        lang="fr",
    ),
    C(Y, "Haben Sie die Anleitung gelesen, bevor Sie angefangen haben? (J/N)", lang="de"),
    C(
        Y,
        "Verstehe.\n\nHat Ihnen jemand beim Einrichten geholfen? Ein Ja oder ein Nein reicht.",
        lang="de",
    ),
    C(Y, "Você já usou o aplicativo no computador? (S/N)", lang="pt"),
    C(Y, "Obrigado.\n\nO pedido chegou completo? Um sim ou um não já ajuda.", lang="pt"),
    D("Why did you cancel? Please don't just answer Y/N, tell me what happened."),
    D("¿Qué fue lo más difícil de la mudanza? No busco un sí o un no: cuéntamelo.", lang="es"),
    D(
        "Qu'est-ce qui vous a fait hésiter ? Pas besoin d'un oui ou d'un non, racontez-moi.",
        lang="fr",
    ),
    D("Wie lief die Einrichtung bei Ihnen ab? Bitte nicht nur ein Ja oder ein Nein.", lang="de"),
    D("Como foi a sua primeira semana com a ferramenta? Conte com suas palavras.", lang="pt"),
]
YN_SHORT_FIRST_SCORE = (
    "detector of 3147524, with the case below still in: 5/15 exactly right; P/R open_ended "
    "0.333/0.800, yes_no 1.000/0.100; 1 of 5 open questions given a widget (a single choice "
    "of 'Sí' and 'No')"
)
#: written for the batch and still wrong after its fix: "explain how" reads as an open
#: invitation even when a third party is its subject and a "(y/n)" follows; left, not tuned
YN_SHORT_LEFT: list[Case] = [C(Y, "Did the installer explain how to reset the router? (y/n)")]

S, M = "single_choice", "multiple_choice"

INLINE_KEYS: list[Case] = [
    C(
        S,
        "Thanks! Which device do you mostly read on?\n[A] Phone  [B] Tablet  [C] E-reader  [D] Laptop",
        options=["Phone", "Tablet", "E-reader", "Laptop"],
    ),
    C(
        M,
        "Which of these do you pack for a work trip?\n[ ] Laptop  [ ] Charger  [ ] Notebook  [ ] Headphones\n_Tick every one that applies._",
        options=["Laptop", "Charger", "Notebook", "Headphones"],
    ),
    C(
        S,
        "¿Cuál es tu horario de trabajo habitual?\n[A] Mañana [B] Tarde [C] Noche [D] Turnos rotativos",
        options=["Mañana", "Tarde", "Noche", "Turnos rotativos"],
        lang="es",
    ),
    C(
        M,
        "¿Qué comidas preparas en casa durante la semana?\n[ ] Desayuno  [ ] Almuerzo  [ ] Cena\n*Marca todas las que apliquen*",
        options=["Desayuno", "Almuerzo", "Cena"],
        lang="es",
    ),
    C(
        S,
        "Quelle taille d'entreprise est la vôtre ?\n[A] Moins de 10 personnes [B] 10 à 50 personnes [C] Plus de 50 personnes",
        options=["Moins de 10 personnes", "10 à 50 personnes", "Plus de 50 personnes"],
        lang="fr",
    ),
    C(
        M,
        "Quels appareils connectez-vous au Wi-Fi ?\n[ ] Ordinateur  [ ] Téléphone  [ ] Télévision  [ ] Console\n*Plusieurs réponses possibles*",
        options=["Ordinateur", "Téléphone", "Télévision", "Console"],
        lang="fr",
    ),
    C(
        S,
        "Wie kommen Sie meistens zum Training?\n[A] Mit dem Auto [B] Mit dem Fahrrad [C] Zu Fuß",
        options=["Mit dem Auto", "Mit dem Fahrrad", "Zu Fuß"],
        lang="de",
    ),
    C(
        M,
        "Welche Geräte nutzen Sie für Videokonferenzen?\n[ ] Laptop  [ ] Tablet  [ ] Smartphone\n*Mehrere Antworten möglich*",
        options=["Laptop", "Tablet", "Smartphone"],
        lang="de",
    ),
    C(
        S,
        "Com que frequência você pede delivery?\n[A] Toda semana [B] Todo mês [C] Raramente",
        options=["Toda semana", "Todo mês", "Raramente"],
        lang="pt",
    ),
    C(
        M,
        "Quais bebidas você costuma tomar no café da manhã?\n[ ] Café  [ ] Chá  [ ] Suco  [ ] Leite\n*Marque todas que se aplicam*",
        options=["Café", "Chá", "Suco", "Leite"],
        lang="pt",
    ),
    D("Last time you chose [B] Team. What made you move up from the free plan?"),
    D(
        "Gracias. En el formulario marcaste [x] Cena. ¿Cómo organizas esas cenas entre semana?",
        lang="es",
    ),
    D("Vous aviez coché [A] dans le questionnaire : pouvez-vous m'expliquer pourquoi ?", lang="fr"),
    D("Im Formular steht bei Ihnen [C] Zu Fuß. Wie lang ist Ihr Weg zum Training?", lang="de"),
    D("Você marcou [A] Toda semana. O que costuma pedir?", lang="pt"),
]
INLINE_KEYS_FIRST_SCORE = (
    "detector of d25d8f4 (YN_SHORT fixed): 5/15 exactly right; P/R open_ended 0.333/1.000, "
    "single_choice 1.000/0.000, multiple_choice 1.000/0.000; 0 of 5 open questions given a widget"
)

ROW_AFTER_ASK: list[Case] = [
    C(
        M,
        "Which streaming services do you pay for? Netflix / Disney+ / Prime Video / Apple TV+\nPick as many as you like.",
        options=["Netflix", "Disney+", "Prime Video", "Apple TV+"],
    ),
    C(
        S,
        "What size is your household? 1 person | 2 people | 3-4 people | 5 or more\nOne answer, please.",
        options=["1 person", "2 people", "3-4 people", "5 or more"],
    ),
    C(
        M,
        "¿Qué transportes usas para ir al trabajo? Metro / Autobús / Bicicleta / Coche\nPuedes elegir hasta dos.",
        options=["Metro", "Autobús", "Bicicleta", "Coche"],
        max_choices=2,
        lang="es",
    ),
    C(
        S,
        "¿Dónde sueles ver películas? En casa | En el cine | En el móvil\nElige solo una.",
        options=["En casa", "En el cine", "En el móvil"],
        lang="es",
    ),
    C(
        M,
        "Quels réseaux utilisez-vous pour le travail ? LinkedIn / Slack / WhatsApp / Teams\nVous pouvez en choisir plusieurs.",
        options=["LinkedIn", "Slack", "WhatsApp", "Teams"],
        lang="fr",
    ),
    C(
        S,
        "Quel est votre mode de paiement préféré ? Carte | Espèces | Virement\nUne seule réponse.",
        options=["Carte", "Espèces", "Virement"],
        lang="fr",
    ),
    C(
        M,
        "Welche Sportarten treiben Sie regelmäßig? Laufen / Schwimmen / Radfahren / Yoga\nMehrfachnennungen sind möglich.",
        options=["Laufen", "Schwimmen", "Radfahren", "Yoga"],
        lang="de",
    ),
    C(
        S,
        "Wie groß ist Ihr Team? 1–5 Personen | 6–20 Personen | mehr als 20 Personen\nBitte nur eine Antwort.",
        options=["1–5 Personen", "6–20 Personen", "mehr als 20 Personen"],
        lang="de",
    ),
    C(
        M,
        "Quais redes sociais você usa para vender? Instagram / Facebook / TikTok / WhatsApp\nPode marcar até duas.",
        options=["Instagram", "Facebook", "TikTok", "WhatsApp"],
        max_choices=2,
        lang="pt",
    ),
    C(
        S,
        "Qual é o seu turno de trabalho? Manhã | Tarde | Noite\nEscolha apenas uma opção.",
        options=["Manhã", "Tarde", "Noite"],
        lang="pt",
    ),
    D(
        "You mentioned Netflix / Disney+ / Prime Video earlier? Tell me how you decide what to watch."
    ),
    D(
        "¿Por qué dejaste de usar el metro? Metro / autobús / bici: cuéntame cómo lo combinas ahora.",
        lang="es",
    ),
    D(
        "Qu'est-ce qui a changé depuis l'an dernier ? Budget / équipe / outils : racontez-moi.",
        lang="fr",
    ),
    D(
        "Wie sieht Ihre Woche aus? Laufen / Schwimmen / Radfahren: erzählen Sie, wann Sie trainieren.",
        lang="de",
    ),
    D(
        "O que mudou nas suas vendas? Instagram / Facebook / TikTok: conte como cada um funciona para você.",
        lang="pt",
    ),
]
ROW_AFTER_ASK_FIRST_SCORE = (
    "detector of dab213f (INLINE_KEYS fixed): 5/15 exactly right; P/R open_ended 0.625/1.000, "
    "single_choice 0.000/0.000, multiple_choice 1.000/0.000; 0 of 5 open questions given a widget"
)

SC = "scale"

STAR_ENDS: list[Case] = [
    C(
        SC,
        "How would you rate the hotel breakfast, from 1 to 5 stars? (1 star = disappointing, 5 stars = outstanding)",
        scale=(1, 5),
        labels={"lo": "disappointing", "hi": "outstanding"},
    ),
    C(
        SC,
        "¿Cuántas estrellas le das a la entrega, de 1 a 5? (1 estrella = muy lenta, 5 estrellas = rapidísima)",
        scale=(1, 5),
        labels={"lo": "muy lenta", "hi": "rapidísima"},
        lang="es",
    ),
    C(
        SC,
        "Combien d'étoiles donneriez-vous au service client, de 1 à 5 ? (1 étoile = très déçu, 5 étoiles = ravi)",
        scale=(1, 5),
        labels={"lo": "très déçu", "hi": "ravi"},
        lang="fr",
    ),
    C(
        SC,
        "Wie viele Sterne geben Sie dem Kurs, von 1 bis 5? (1 Stern = enttäuschend, 5 Sterne = großartig)",
        scale=(1, 5),
        labels={"lo": "enttäuschend", "hi": "großartig"},
        lang="de",
    ),
    C(
        SC,
        "Quantas estrelas você dá para a entrega, de 1 a 5? (1 estrela = muito ruim, 5 estrelas = excelente)",
        scale=(1, 5),
        labels={"lo": "muito ruim", "hi": "excelente"},
        lang="pt",
    ),
    D("You gave us 4 stars last time (1 star = poor). What would make it 5?"),
    D("Nos diste 2 estrellas en la encuesta. ¿Qué pasó con el pedido?", lang="es"),
    D("Vous aviez mis 3 étoiles : qu'est-ce qui manquait pour en mettre 5 ?", lang="fr"),
    D("Sie haben 5 Sterne vergeben, danke! Was hat Ihnen am besten gefallen?", lang="de"),
    D("Você deu 1 estrela para o app. O que deu errado?", lang="pt"),
]
STAR_ENDS_FIRST_SCORE = (
    "detector of 98d39d4 (ROW_AFTER_ASK fixed): 5/10 exactly right; P/R open_ended "
    "1.000/1.000, scale 0.000/0.000 (the range right, the ends' labels wrong or missing); 0 of 5 "
    "open questions given a widget"
)

KEYED_ROW: list[Case] = [
    C(
        M,
        "Which of these have you cancelled this year? A) Gym B) Streaming C) Newspaper D) Meal kit\nSelect every one that applies.",
        options=["Gym", "Streaming", "Newspaper", "Meal kit"],
    ),
    C(
        S,
        "Where did you buy your last phone? Online shop | Carrier store | Second-hand | Other (please specify)\nJust one, please.",
        options=["Online shop", "Carrier store", "Second-hand"],
        allow_other=True,
    ),
    C(
        M,
        "¿Qué cursos has hecho con nosotros? (a) Excel (b) Inglés (c) Oratoria (d) Finanzas\nMarca todos los que hayas hecho.",
        options=["Excel", "Inglés", "Oratoria", "Finanzas"],
        lang="es",
    ),
    C(
        S,
        "¿Cómo nos conociste? Radio | Televisión | Redes sociales | Otro (indica cuál)\nElige una sola respuesta.",
        options=["Radio", "Televisión", "Redes sociales"],
        allow_other=True,
        lang="es",
    ),
    C(
        M,
        "Quels rayons visitez-vous le plus ? A) Frais B) Épicerie C) Boissons D) Hygiène\nPlusieurs réponses possibles.",
        options=["Frais", "Épicerie", "Boissons", "Hygiène"],
        lang="fr",
    ),
    C(
        S,
        "Comment réservez-vous vos vacances ? En agence | En ligne | Par téléphone | Autre (précisez)\nUne seule réponse, s'il vous plaît.",
        options=["En agence", "En ligne", "Par téléphone"],
        allow_other=True,
        lang="fr",
    ),
    C(
        M,
        "Welche Getränke bestellen Sie bei uns? (a) Kaffee (b) Tee (c) Saft (d) Wasser\nMehrfachauswahl möglich.",
        options=["Kaffee", "Tee", "Saft", "Wasser"],
        lang="de",
    ),
    C(
        S,
        "Wie haben Sie Ihre Wohnung gefunden? Makler | Internetportal | Freunde | Sonstiges (bitte angeben)\nBitte nur eine Antwort.",
        options=["Makler", "Internetportal", "Freunde"],
        allow_other=True,
        lang="de",
    ),
    C(
        M,
        "Quais serviços você já usou? A) Entrega B) Retirada na loja C) Troca D) Garantia estendida\nMarque todos que se aplicam.",
        options=["Entrega", "Retirada na loja", "Troca", "Garantia estendida"],
        lang="pt",
    ),
    C(
        S,
        "Como você paga a academia? Cartão | Boleto | Pix | Outro (qual?)\nEscolha só uma opção.",
        options=["Cartão", "Boleto", "Pix"],
        allow_other=True,
        lang="pt",
    ),
    D("You said A) Gym and B) Streaming. What made you cancel those two?"),
    D("Entre la radio (a) y la tele (b), ¿cuál te hizo venir? Cuéntame cómo fue.", lang="es"),
    D("Vous avez cité A) Frais et B) Épicerie. Pourquoi ces rayons-là ?", lang="fr"),
    D("Sie nannten (a) Kaffee und (b) Tee. Was bestellen Sie sonst noch gern?", lang="de"),
    D("Você falou de A) Entrega e B) Troca. Como foi cada experiência?", lang="pt"),
]
KEYED_ROW_FIRST_SCORE = (
    "detector of 1ab67fd (STAR_ENDS fixed): 7/15 exactly right; P/R open_ended "
    "0.625/1.000, single_choice 0.286/0.400, multiple_choice 1.000/0.000; 0 of 5 open "
    "questions given a widget"
)

TABLE_ROW: list[Case] = [
    C(
        S,
        "Which plan fits your team best?\n\n| Starter | Growth | Scale |\n|---|---|---|\n\nChoose one.",
        options=["Starter", "Growth", "Scale"],
    ),
    C(
        S,
        "¿Qué nivel de español tienes?\n\n| Básico | Intermedio | Avanzado |\n|---|---|---|\n\nElige uno.",
        options=["Básico", "Intermedio", "Avanzado"],
        lang="es",
    ),
    C(
        S,
        "Quelle formule préférez-vous ?\n\n| Mensuelle | Trimestrielle | Annuelle |\n| --- | --- | --- |\n\nUne seule réponse.",
        options=["Mensuelle", "Trimestrielle", "Annuelle"],
        lang="fr",
    ),
    C(
        M,
        "Welche Kanäle nutzen Sie?\n\n| Newsletter | Blog | Podcast | Webinar |\n|---|---|---|---|\n\nMehrfachauswahl möglich.",
        options=["Newsletter", "Blog", "Podcast", "Webinar"],
        lang="de",
    ),
    C(
        S,
        "Qual horário é melhor para você?\n\n| Manhã | Tarde | Noite |\n|---|---|---|\n\nEscolha uma opção.",
        options=["Manhã", "Tarde", "Noite"],
        lang="pt",
    ),
    D(
        "Here is what you told us last time:\n\n| Plan | Seats |\n|---|---|\n| Growth | 12 |\n\nWhat changed since then?"
    ),
    D(
        "Este es tu resumen:\n\n| Mes | Pedidos |\n|---|---|\n| Enero | 4 |\n| Febrero | 7 |\n\n¿Por qué subieron los pedidos en febrero?",
        lang="es",
    ),
    D(
        "Voici vos réponses :\n\n| Thème | Note |\n|---|---|\n| Accueil | 4 |\n\nQu'est-ce qui expliquerait cette note ?",
        lang="fr",
    ),
    D(
        "Ihre Angaben:\n\n| Kanal | Nutzung |\n|---|---|\n| Blog | oft |\n\nWarum lesen Sie den Blog so oft?",
        lang="de",
    ),
    D(
        "Seu histórico:\n\n| Mês | Compras |\n|---|---|\n| Março | 3 |\n\nO que mudou em março?",
        lang="pt",
    ),
]
TABLE_ROW_FIRST_SCORE = (
    "detector of c0ae5fc (KEYED_ROW fixed), with the case below still in: 5/11 exactly right; "
    "P/R open_ended 0.455/1.000, single_choice 1.000/0.000, multiple_choice 1.000/0.000; 0 of "
    "5 open questions given a widget"
)
#: written for the batch and still wrong after its fix: the table's row comes before the
#: question (a one-line row first in the message is not read as options); left, not tuned
TABLE_ROW_LEFT: list[Case] = [
    C(
        M,
        "| Email | Phone | Chat | Video call |\n|:---|:---|:---|:---|\nWhich ways of contacting us have you used? Tick all that apply.",
        options=["Email", "Phone", "Chat", "Video call"],
    )
]

R = "ranking"

NUMBER_THEM: list[Case] = [
    C(
        R,
        "Please number these from 1 to 4, 1 being the most useful to you:\nA) Reminders\nB) Reports\nC) Shared calendars\nD) Mobile app",
        options=["Reminders", "Reports", "Shared calendars", "Mobile app"],
    ),
    C(
        R,
        "Numera del 1 al 3 según lo que más valoras (1 = lo que más):\nA) Precio\nB) Calidad\nC) Rapidez",
        options=["Precio", "Calidad", "Rapidez"],
        lang="es",
    ),
    C(
        R,
        "Numérotez de 1 à 4 selon votre préférence (1 = votre préférée) :\nA) Cinéma\nB) Théâtre\nC) Concert\nD) Musée",
        options=["Cinéma", "Théâtre", "Concert", "Musée"],
        lang="fr",
    ),
    C(
        R,
        "Bitte nummerieren Sie von 1 bis 3 nach Wichtigkeit (1 = am wichtigsten):\nA) Gehalt\nB) Arbeitszeit\nC) Team",
        options=["Gehalt", "Arbeitszeit", "Team"],
        lang="de",
    ),
    C(
        R,
        "Numere de 1 a 4 conforme a sua preferência (1 = a favorita):\nA) Praia\nB) Montanha\nC) Cidade\nD) Campo",
        options=["Praia", "Montanha", "Cidade", "Campo"],
        lang="pt",
    ),
    D("How many tools do you use in a day? Give me a number, and tell me which ones."),
    D(
        "¿Cuántas veces al mes vas al cine? Dime un número aproximado y cuéntame con quién vas.",
        lang="es",
    ),
    D(
        "Vous avez noté 1 à 4 dans le questionnaire : qu'est-ce qui a guidé votre choix ?",
        lang="fr",
    ),
    D(
        "Sie hatten die Punkte nummeriert. Warum steht das Gehalt bei Ihnen an erster Stelle?",
        lang="de",
    ),
    D("Você numerou as opções de 1 a 4 na pesquisa. Por que a praia ficou em primeiro?", lang="pt"),
]
NUMBER_THEM_FIRST_SCORE = (
    "detector of 1bc3206 (TABLE_ROW fixed): 5/10 exactly right; P/R open_ended "
    "0.714/1.000, ranking 1.000/0.000 (three read as single choices); 0 of 5 open questions "
    "given a widget"
)

LIKELIHOOD: list[Case] = [
    C(
        SC,
        "What is the probability that you switch banks this year? From 1 to 10, where 1 is very unlikely and 10 is very likely.",
        scale=(1, 10),
        labels={"lo": "very unlikely", "hi": "very likely"},
    ),
    C(
        SC,
        "¿Qué probabilidad hay de que vuelvas a reservar con nosotros? De 0 a 10, donde 0 es ninguna y 10 es total.",
        scale=(0, 10),
        labels={"lo": "ninguna", "hi": "total"},
        lang="es",
    ),
    C(
        SC,
        "Quelle est la probabilité que vous changiez d'opérateur ? De 1 à 5, où 1 signifie très faible et 5 très forte.",
        scale=(1, 5),
        labels={"lo": "très faible", "hi": "très forte"},
        lang="fr",
    ),
    C(
        SC,
        "Wie hoch ist die Wahrscheinlichkeit, dass Sie wieder bei uns bestellen? Von 1 bis 10, wobei 1 sehr gering und 10 sehr hoch bedeutet.",
        scale=(1, 10),
        labels={"lo": "sehr gering", "hi": "sehr hoch"},
        lang="de",
    ),
    C(
        SC,
        "Qual é a probabilidade de você trocar de plano? De 1 a 5, onde 1 é muito baixa e 5 é muito alta.",
        scale=(1, 5),
        labels={"lo": "muito baixa", "hi": "muito alta"},
        lang="pt",
    ),
    D("You put the probability of renewing at 6 out of 10. What would it take to make it a 10?"),
    D("Dijiste que la probabilidad era de 3 sobre 10. ¿Qué te hace dudar?", lang="es"),
    D("Vous estimiez la probabilité à 2 sur 5 : qu'est-ce qui vous retient ?", lang="fr"),
    D(
        "Sie schätzten die Wahrscheinlichkeit auf 4 von 10. Was müsste passieren, damit es 10 werden?",
        lang="de",
    ),
    D("Você disse que a probabilidade era 2 de 5. O que faria você mudar de ideia?", lang="pt"),
]
LIKELIHOOD_FIRST_SCORE = (
    "detector of 49ffb06 (NUMBER_THEM fixed): 5/10 exactly right; P/R open_ended "
    "0.500/1.000, scale 1.000/0.000 (all five read as open); 0 of 5 open questions given a widget"
)

SESSION8: list[Case] = [
    *YN_SHORT,
    *INLINE_KEYS,
    *ROW_AFTER_ASK,
    *STAR_ENDS,
    *KEYED_ROW,
    *TABLE_ROW,
    *NUMBER_THEM,
    *LIKELIHOOD,
]
