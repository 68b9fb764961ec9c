"""Tuning corpus, session 5's batches: the families held-out 9 and 10 showed, written anew.

Each family is written here with other words, other languages and other shapes than the
held-out cases that showed it (those were read; these were not taken from them), with open
questions beside each family that must stay open. Each batch's comment names its family; its
*_FIRST_SCORE is what it scored on the detector of the commit named there, before the change
made for it (each batch was written, then scored once, then the detector was changed):

* from held-out 10 (a qualitative researcher's prose): SEMI (options between semicolons,
  figures among them; "which of these … (A, B, C, D)?"), LEAD ("Of A, B and C, which …?",
  rankings asked by positions), WORDS (scales in words), ASIDE_YN (an aside after "whether",
  a possessive subject with a copula), FRAMED (a framing verb past a clause, a catch-all last
  option, options after a colon under any interrogative), WHO_ELSE (an inline "Other" under
  "who else" with an instruction);
* from held-out 9 (a chat-first mobile bot): TAP (touch-screen small print), DOTS (options
  between middle dots, thumbs), DRAWN (scales drawn as a row, stars), CONFIRM ("Is it true
  that …?"), LENGTH (small print on the answer's length: open), PREP (options after a
  repeated preposition);
* SECOND: the same families in new words, written after all of the above were fixed and
  scored once; OPEN5: open questions only, against this session's own rules; THIRD: the chat
  bot's shapes crossed with the five languages, written after SECOND was fixed; FOURTH: the
  researcher's prose crossed with the five languages, written after THIRD was scored; OPEN6:
  open questions only, against the rules FOURTH and the batches before it added; FIFTH:
  keycap rows, "out of seven", positions over a list, a lead-in over semicolons; SIXTH: ✅
  bullets, a star row with its range, positions with "cuál / lequel / qual", durations;
  BRACKET (from held-out 11): a scale spec in square brackets after the question; PIPES:
  options between pipes after a label ("Options: A | B | C"); ANSWER_YN: "répondre par oui
  ou par non" after a yes/no question; PLAIN: unmarked option lines under "(Select one)",
  figures with a unit, "Otro: ¿cuál?" last, small print under the lines; DESCRIBE (held-out
  3's regression): "which words would you use to describe …?" over options; OPEN7: open
  questions only, against the rules of BRACKET to DESCRIBE;
* from held-out 12 (a general-purpose chat LLM running an interview): WILLING (one's
  willingness or consent as a yes/no: "Would you be open to trying …?", "Accepteriez-vous
  qu'on …?"), BOTH_PREP (options after one short word, closed by "both": "en magasin, en
  ligne ou les deux"), LEGEND (a scale's two ends as dash lines under the ask).
"""

from __future__ import annotations

from tests.questions.cases import OE, SC, C, Case, D, M, R, S, Y  # noqa: F401

# ---------------------------------------------------------------------------- SEMI
# Options offered after a colon between semicolons, figures among them ("just you; 2–10;
# more than 50"), or in parentheses without "or" after a question that points back at them
# ("which of these best describes … (A, B, C, D)?"); beside semicolons that join clauses and
# parentheses that give examples.
SEMI: list[Case] = [
    C(
        S,
        "Thanks, that helps. How large is the company you work for: 1–9 employees; 10–99; 100–999; 1000 or more?",
        options=["1–9 employees", "10–99", "100–999", "1000 or more"],
    ),
    C(
        S,
        "Understood. Roughly how many surveys do you send each month: none; 1-5; 6-20; more than 20?",
        options=["none", "1-5", "6-20", "more than 20"],
    ),
    C(
        S,
        "Which of these comes closest to your job title (analyst, team lead, director, consultant)?",
        options=["analyst", "team lead", "director", "consultant"],
    ),
    C(
        M,
        "Which of these channels have you tried (email, SMS, push notifications, in-app banners)? Select all that apply.",
        options=["email", "SMS", "push notifications", "in-app banners"],
    ),
    C(
        S,
        "Gracias por el contexto. ¿Cuántas personas trabajan en su organización: menos de 10; de 10 a 49; de 50 a 249; 250 o más?",
        options=["menos de 10", "de 10 a 49", "de 50 a 249", "250 o más"],
        lang="es",
    ),
    C(
        S,
        "¿Cuál de estos perfiles se parece más al suyo (dirección, ventas, soporte, ingeniería)?",
        options=["dirección", "ventas", "soporte", "ingeniería"],
        lang="es",
    ),
    C(
        S,
        "Merci. Combien de personnes compte votre service : moins de 5 ; de 5 à 20 personnes ; de 21 à 100 personnes ; plus de 100 ?",
        options=["moins de 5", "de 5 à 20 personnes", "de 21 à 100 personnes", "plus de 100"],
        lang="fr",
    ),
    C(
        S,
        "Lequel de ces profils vous ressemble le plus (commercial, technicien, cadre, indépendant) ?",
        options=["commercial", "technicien", "cadre", "indépendant"],
        lang="fr",
    ),
    C(
        S,
        "Danke. Wie viele Mitarbeitende hat Ihr Unternehmen: unter 10; 10 bis 49; 50 bis 249; 250 und mehr?",
        options=["unter 10", "10 bis 49", "50 bis 249", "250 und mehr"],
        lang="de",
    ),
    C(
        S,
        "Welche dieser Beschreibungen passt am besten zu Ihrer Rolle (Geschäftsführung, Vertrieb, Entwicklung, Verwaltung)?",
        options=["Geschäftsführung", "Vertrieb", "Entwicklung", "Verwaltung"],
        lang="de",
    ),
    C(
        S,
        "Obrigado. Quantas pessoas trabalham na sua empresa: até 9; de 10 a 49 pessoas; de 50 a 249 pessoas; 250 ou mais?",
        options=["até 9", "de 10 a 49 pessoas", "de 50 a 249 pessoas", "250 ou mais"],
        lang="pt",
    ),
    C(
        S,
        "Qual destes perfis descreve melhor a sua função (gestão, vendas, suporte, tecnologia)?",
        options=["gestão", "vendas", "suporte", "tecnologia"],
        lang="pt",
    ),
    D("That's fair; 2024 was a hard year; many teams shrank by 10–20%. What changed for yours?"),
    D(
        "Which of these tools (Slack, Teams, email, Zoom) do you rely on most, and why?",
    ),
    D(
        "Tell me about the tools you tried (Slack, Teams, email, Zoom).",
    ),
    D(
        "Entiendo; pasaron de 5 a 12 personas; fue un cambio enorme. ¿Cómo lo vivió usted?",
        lang="es",
    ),
    D(
        "Parmi ces outils (Slack, Teams, e-mail, Zoom), lequel vous a le plus déçu, et pourquoi ?",
        lang="fr",
    ),
    D(
        "Verstehe; von 3 auf 40 Leute in zwei Jahren; das ist viel. Was war dabei am schwierigsten?",
        lang="de",
    ),
    D(
        "Desses canais (e-mail, SMS, WhatsApp, telefone), conte-me como cada um funciona para vocês.",
        lang="pt",
    ),
]
SEMI_FIRST_SCORE = (
    "detector of d6222d7: 8/19 exactly right; P/R open_ended 0.389/1.000, single_choice "
    "1.000/0.000, multiple_choice 1.000/1.000; 0 of 7 open questions given a widget"
)

# ---------------------------------------------------------------------------- LEAD
# Options named before the question in the same sentence ("Of A, B and C, which …?",
# "Entre A, B y C, ¿cuál …?", "Parmi A, B et C, lequel …?"), and rankings asked by their
# positions ("which comes first, which second?", "du premier au dernier", "vom ersten bis zum
# letzten"), beside lead-ins that name things without offering them and positions told.
LEAD: list[Case] = [
    C(
        S,
        "That's helpful. Of email, live chat and phone, which one do you reach for when something breaks?",
        options=["email", "live chat", "phone"],
    ),
    C(
        R,
        "Among price, speed of delivery and customer service, which matters most to you, which second, and which least?",
        options=["price", "speed of delivery", "customer service"],
    ),
    C(
        R,
        "Thinking about your evenings: between cooking, watching shows and reading, what do you usually do first and what second?",
        options=["cooking", "watching shows", "reading"],
    ),
    C(
        R,
        "Please order these steps from the first to the last one you did:\n\nDownloading the app\n\nCreating an account\n\nInviting a friend",
        options=["Downloading the app", "Creating an account", "Inviting a friend"],
    ),
    C(
        S,
        "Entre la web, la app móvil y la tableta, ¿cuál usa usted con más frecuencia?",
        options=["la web", "la app móvil", "la tableta"],
        lang="es",
    ),
    C(
        R,
        "Y de cara al lanzamiento, entre pagar facturas, revisar el correo y llamar a clientes, ¿qué haría en primer lugar, qué en segundo y qué en tercero?",
        options=["pagar facturas", "revisar el correo", "llamar a clientes"],
        lang="es",
    ),
    C(
        R,
        "Ordene estas tareas del primero al último paso que hizo: instalar la app, crear la cuenta, invitar al equipo.",
        options=["instalar la app", "crear la cuenta", "invitar al equipo"],
        lang="es",
    ),
    C(
        S,
        "Parmi le téléphone, le courriel et le chat, lequel préférez-vous pour joindre le service client ?",
        options=["le téléphone", "le courriel", "le chat"],
        lang="fr",
    ),
    C(
        R,
        "Entre lire vos messages, consulter l'agenda et planifier la journée, que faites-vous en premier, puis en second ?",
        options=["lire vos messages", "consulter l'agenda", "planifier la journée"],
        lang="fr",
    ),
    C(
        R,
        "Was erledigen Sie zuerst, was als zweites und was zuletzt: Rechnungen prüfen, Mails lesen oder Termine planen?",
        options=["Rechnungen prüfen", "Mails lesen", "Termine planen"],
        lang="de",
    ),
    C(
        S,
        "Zwischen Telefon, E-Mail und Chat, welchen Kanal nutzen Sie am liebsten?",
        options=["Telefon", "E-Mail", "Chat"],
        lang="de",
    ),
    C(
        R,
        "Bitte bringen Sie diese Schritte vom ersten bis zum letzten in eine Reihenfolge: Konto anlegen, Team einladen, Bericht exportieren.",
        options=["Konto anlegen", "Team einladen", "Bericht exportieren"],
        lang="de",
    ),
    C(
        S,
        "Dentre o site, o aplicativo e o WhatsApp, qual a senhora usa mais para falar conosco?",
        options=["o site", "o aplicativo", "o WhatsApp"],
        lang="pt",
    ),
    C(
        R,
        "Entre responder e-mails, revisar a agenda e planejar tarefas, o que o senhor faz primeiro e o que faz em segundo lugar?",
        options=["responder e-mails", "revisar a agenda", "planejar tarefas"],
        lang="pt",
    ),
    D("Of all the tools you mentioned, which one surprised you most, and why?"),
    D("What changed between the first and the second version of the report?"),
    D("First, I'd like to hear how your week went. What happened on Monday?"),
    D("Between March, April and May, what happened to your usage?"),
    D(
        "Entre el correo, el chat y el teléfono, ¿cómo se organiza su equipo para responder?",
        lang="es",
    ),
    D("Parmi tous ces outils, lequel vous a le plus marqué, et pourquoi ?", lang="fr"),
    D("Was war beim ersten und beim zweiten Versuch anders?", lang="de"),
    D("Entre o site e o aplicativo, conte-me como a senhora decide qual usar.", lang="pt"),
]
LEAD_FIRST_SCORE = (
    "detector of 31fd025: 11/22 exactly right; P/R open_ended 0.444/1.000, single_choice "
    "0.000/0.000, ranking 1.000/0.333; 0 of 8 open questions given a widget"
)

# ---------------------------------------------------------------------------- WORDS
# Scales in words: the range spelled out without the word "scale" ("from one to five", "de
# uno a siete"), the top alone ("out of five", "sur dix", "sobre diez"), ends named by number
# words ("where one is … and seven is …"), the verb before the points ("siendo 1 … y 5 …",
# "sendo 1 … e 5 …") or after the first only ("1 étant … et 5 …"); beside counts in words.
WORDS: list[Case] = [
    C(
        SC,
        "That makes sense. From one to five, how satisfied are you with the new billing page?",
        scale=(1, 5),
    ),
    C(
        SC,
        "How would you rate the onboarding out of five, where one is very poor and five is excellent?",
        scale=(1, 5),
        labels={"lo": "very poor", "hi": "excellent"},
    ),
    C(
        SC,
        "On a scale of one to ten, how confident do you feel using the reports, where one means not at all confident and ten means completely confident?",
        scale=(1, 10),
        labels={"lo": "not at all confident", "hi": "completely confident"},
    ),
    C(
        SC,
        "Entiendo. ¿Qué puntuación le daría al servicio sobre diez, siendo 1 pésimo y 10 excelente?",
        scale=(1, 10),
        labels={"lo": "pésimo", "hi": "excelente"},
        lang="es",
    ),
    C(
        SC,
        "¿Cómo valoraría la rapidez del soporte, de uno a siete, siendo 1 muy lenta y 7 muy rápida?",
        scale=(1, 7),
        labels={"lo": "muy lenta", "hi": "muy rápida"},
        lang="es",
    ),
    C(
        SC,
        "Sur dix, quelle note donneriez-vous à notre accompagnement, 1 étant très décevant et 10 excellent ?",
        scale=(1, 10),
        labels={"lo": "très décevant", "hi": "excellent"},
        lang="fr",
    ),
    C(
        SC,
        "Comment évalueriez-vous la clarté des factures, de un à cinq, où un signifie pas claires du tout et cinq très claires ?",
        scale=(1, 5),
        labels={"lo": "pas claires du tout", "hi": "très claires"},
        lang="fr",
    ),
    C(
        SC,
        "Wie zufrieden sind Sie mit der Suche, von eins bis fünf, wobei 1 für sehr unzufrieden und 5 für sehr zufrieden steht?",
        scale=(1, 5),
        labels={"lo": "sehr unzufrieden", "hi": "sehr zufrieden"},
        lang="de",
    ),
    C(
        SC,
        "Que nota você daria ao aplicativo, de zero a dez, sendo 0 péssimo e 10 excelente?",
        scale=(0, 10),
        labels={"lo": "péssimo", "hi": "excelente"},
        lang="pt",
    ),
    C(
        SC,
        "Numa escala de um a sete, o quanto a senhora confia nos relatórios, sendo 1 nada e 7 totalmente?",
        scale=(1, 7),
        labels={"lo": "nada", "hi": "totalmente"},
        lang="pt",
    ),
    D("It took from one to three weeks to get an answer. What did you do in the meantime?"),
    D("Two out of five people on your team stopped using it. What do you think happened?"),
    D(
        "¿Qué hizo durante los dos días que tardamos en responder, de uno a otro mensaje?",
        lang="es",
    ),
    D(
        "Vous avez noté l'appli 3 sur cinq la dernière fois. Qu'est-ce qui a changé depuis ?",
        lang="fr",
    ),
    D("Sie sagten, einer von fünf Berichten sei falsch. Welche Folgen hatte das?", lang="de"),
    D("Sendo assim, o que a senhora mudaria primeiro no painel?", lang="pt"),
]
WORDS_FIRST_SCORE = (
    "detector of 0a4c1a0: 6/16 exactly right; P/R open_ended 0.429/1.000, scale 0.000/0.000; "
    "0 of 6 open questions given a widget"
)

# ---------------------------------------------------------------------------- ASIDE_YN
# Yes/no questions in a formal voice: an indirect question with an aside between commas right
# after "whether" ("I'm curious whether, looking back, you'd …?", "quisiera saber si, en
# general, …"), and a subject-first question on a possessive subject with a copula ("O seu
# pedido foi entregue?", "¿Su reclamación fue atendida?"); beside the same shapes asking what.
ASIDE_YN: list[Case] = [
    C(
        Y,
        "Thank you for your patience with all of this. I'm curious whether, all things considered, you would renew next year?",
    ),
    C(Y, "I wanted to check whether, since the last update, you have had any more crashes?"),
    C(
        Y,
        "Quisiera saber si, después de todo lo que me ha contado, ¿usted seguiría con nosotros?",
        lang="es",
    ),
    C(Y, "Entiendo su frustración. Al final, ¿su reclamación fue atendida?", lang="es"),
    C(Y, "J'aimerais savoir si, avec le recul, vous referiez le même choix ?", lang="fr"),
    C(
        Y,
        "Ich würde gern wissen, ob, alles in allem, Sie das Tool weiterempfehlen würden?",
        lang="de",
    ),
    C(
        Y,
        "Gostaria de saber se, depois dessa experiência, a senhora voltaria a comprar conosco?",
        lang="pt",
    ),
    C(Y, "Obrigado pela paciência. E a sua entrega, foi feita no prazo?", lang="pt"),
    C(Y, "Depois de tudo isso, o seu pedido foi entregue?", lang="pt"),
    D("I'm curious whether, looking back, you'd change anything, and what it would be?"),
    D("I wonder whether, in your view, which part of the setup took the longest?"),
    D("Al final, ¿su reclamación fue atendida por quién?", lang="es"),
    D("Gostaria de saber se, depois dessa experiência, o que a senhora mudaria?", lang="pt"),
    D("No fim, o seu problema foi resolvido como?", lang="pt"),
]
ASIDE_YN_FIRST_SCORE = (
    "detector of c7f4419: 8/14 exactly right; P/R open_ended 0.455/1.000, yes_no "
    "1.000/0.333; 0 of 5 open questions given a widget"
)

# ---------------------------------------------------------------------------- FRAMED
# Options in prose after a framing verb in a formal voice: a "when/if" clause before the verb
# ("When you plan a trip, would you say …?"), the formal "¿diría que …?", a longer catch-all
# closing the options ("… or something you fit in whenever you can"); options after a colon
# under any interrogative ("Wann …: morgens, mittags oder abends?", "Where …: A, B or C?");
# beside framing verbs that ask for a story and colons that introduce a clause.
FRAMED: list[Case] = [
    C(
        S,
        "When you think about your Mondays, would you say they are calm, busy, or something you just try to survive?",
        options=["calm", "busy", "something you just try to survive"],
    ),
    C(
        S,
        "If you had to sum it up, would you describe the setup as smooth, a bit bumpy, or a real struggle?",
        options=["smooth", "a bit bumpy", "a real struggle"],
    ),
    C(
        S,
        "Where do you usually read our newsletter: on your phone, on a laptop or on paper?",
        options=["on your phone", "on a laptop", "on paper"],
    ),
    C(
        S,
        "Cuando revisa sus finanzas, ¿diría que lo hace cada día, cada mes o solo cuando surge un problema?",
        options=["cada día", "cada mes", "solo cuando surge un problema"],
        lang="es",
    ),
    C(
        S,
        "¿Dónde suele usar la aplicación: en casa, en la oficina o de camino al trabajo?",
        options=["en casa", "en la oficina", "de camino al trabajo"],
        lang="es",
    ),
    C(
        S,
        "Quand vous préparez un devis, diriez-vous que c'est rapide, laborieux ou quelque chose que vous repoussez toujours ?",
        options=["rapide", "laborieux", "quelque chose que vous repoussez toujours"],
        lang="fr",
    ),
    C(
        S,
        "Quand consultez-vous vos rapports le plus souvent : le matin, à midi ou le soir ?",
        options=["le matin", "à midi", "le soir"],
        lang="fr",
    ),
    C(
        S,
        "Wo arbeiten Sie meistens mit der App: im Büro, zu Hause oder unterwegs?",
        options=["im Büro", "zu Hause", "unterwegs"],
        lang="de",
    ),
    C(
        S,
        "Quando a senhora organiza a semana, diria que é no domingo, na segunda de manhã ou quando sobra um tempinho?",
        options=["no domingo", "na segunda de manhã", "quando sobra um tempinho"],
        lang="pt",
    ),
    C(
        S,
        "Onde o senhor costuma abrir o aplicativo: no celular, no computador ou no tablet?",
        options=["no celular", "no computador", "no tablet"],
        lang="pt",
    ),
    D("When you think about your Mondays, what would you say makes them so busy?"),
    D("Where did it go wrong: was it the setup, or something that happened later, and why?"),
    D("Cuando revisa sus finanzas, ¿diría que hay algo que le preocupa? Cuénteme.", lang="es"),
    D(
        "Quand vous préparez un devis, qu'est-ce qui vous prend le plus de temps, et pourquoi ?",
        lang="fr",
    ),
    D(
        "Wann haben Sie das bemerkt: war das gestern oder schon letzte Woche, und was ist passiert?",
        lang="de",
    ),
    D(
        "Quando a senhora organiza a semana, como decide o que vem primeiro? Conte-me um pouco.",
        lang="pt",
    ),
]
FRAMED_FIRST_SCORE = (
    "detector of be90958: 7/16 exactly right; P/R open_ended 0.400/1.000, single_choice "
    "1.000/0.100; 0 of 6 open questions given a widget"
)

# ---------------------------------------------------------------------------- WHO_ELSE
# Options between semicolons in parentheses, closed by an "Other" that asks for its text in
# the same breath ("…; someone else, just tell me who"), under an interrogative that sounds
# open ("Who else …?", "¿Quién más …?", "Qui d'autre …?") made a choice by an instruction
# after it ("Pick everyone who applies."); beside "who else" questions with no options.
WHO_ELSE: list[Case] = [
    C(
        M,
        "Who else signs off on purchases (your manager; finance; legal; the CEO; someone else, please say who)? Pick everyone who applies.",
        options=["your manager", "finance", "legal", "the CEO"],
        allow_other=True,
    ),
    C(
        M,
        "What else do you use it for (budgeting; invoicing; payroll; something else, tell me what)? Select all that apply.",
        options=["budgeting", "invoicing", "payroll"],
        allow_other=True,
    ),
    C(
        S,
        "Which of these describes your household (living alone; with a partner; with children; other, please specify)? Just one, please.",
        options=["living alone", "with a partner", "with children"],
        allow_other=True,
    ),
    C(
        M,
        "¿Quién más usa la cuenta (su pareja; sus hijos; sus padres; otra persona, dígame quién)? Puede elegir varios.",
        options=["su pareja", "sus hijos", "sus padres"],
        allow_other=True,
        lang="es",
    ),
    C(
        M,
        "Qui d'autre utilise le compte (votre conjoint ; vos enfants ; vos parents ; quelqu'un d'autre, précisez) ? Plusieurs réponses possibles.",
        options=["votre conjoint", "vos enfants", "vos parents"],
        allow_other=True,
        lang="fr",
    ),
    C(
        M,
        "Wer nutzt das Konto sonst noch (Ihr Partner; Ihre Kinder; Ihre Eltern; jemand anderes, bitte nennen)? Mehrfachauswahl möglich.",
        options=["Ihr Partner", "Ihre Kinder", "Ihre Eltern"],
        allow_other=True,
        lang="de",
    ),
    C(
        M,
        "Quem mais usa a conta (seu cônjuge; seus filhos; seus pais; outra pessoa, diga quem)? Pode escolher várias.",
        options=["seu cônjuge", "seus filhos", "seus pais"],
        allow_other=True,
        lang="pt",
    ),
    D("Who else in your home uses it, and how often?"),
    D("Who else should we talk to (a manager; someone in finance; anyone, really)? Tell me why."),
    D("What else happened that week; was it the move, or something at work?"),
    D("¿Quién más participó en la decisión? Cuénteme cómo fue.", lang="es"),
    D("Qui d'autre s'en sert chez vous ? Racontez-moi.", lang="fr"),
    D("Wer nutzt das Konto sonst noch, und wofür?", lang="de"),
    D("Quem mais usa a conta? Conte como vocês dividem.", lang="pt"),
]
WHO_ELSE_FIRST_SCORE = (
    "detector of 25b5479: 7/14 exactly right; P/R open_ended 0.500/1.000, single_choice "
    "1.000/0.000, multiple_choice 1.000/0.000; 0 of 7 open questions given a widget"
)

# ---------------------------------------------------------------------------- TAP
# A chat app's small print after the list, with touch-screen verbs: "(tap one)", "(press all
# that fit)", "(click the number)", "(drag them into order)", "(toca las que quieras)",
# "(cliquez sur une seule)", "(ziehen Sie Ihren Favoriten nach oben)", "(arraste para o
# topo)"; beside taps and drags that ask something else.
TAP: list[Case] = [
    C(
        S,
        "Which plan are you on right now?\n\n- Starter\n- Growth\n- Scale\n\n(tap one)",
        options=["Starter", "Growth", "Scale"],
    ),
    C(
        M,
        "Which reports do you open each week?\n\n• Revenue\n• Churn\n• Cohorts\n• Funnels\n\n(press all that fit)",
        options=["Revenue", "Churn", "Cohorts", "Funnels"],
    ),
    C(
        R,
        "How would you rank these?\n\n1. Price\n2. Support\n3. Speed\n\n(drag them into order, favourite on top)",
        options=["Price", "Support", "Speed"],
    ),
    C(
        S,
        "¿Con qué frecuencia usas la app?\n\n- A diario\n- Cada semana\n- Casi nunca\n\n(pulsa una opción)",
        options=["A diario", "Cada semana", "Casi nunca"],
        lang="es",
    ),
    C(
        R,
        "Ordena estas funciones:\n\n- Calendario\n- Chat\n- Informes\n\n(arrastra tu favorita hasta arriba)",
        options=["Calendario", "Chat", "Informes"],
        lang="es",
    ),
    C(
        S,
        "Quel canal préférez-vous ?\n\n- Courriel\n- Téléphone\n- Chat\n\n(cliquez sur une seule réponse)",
        options=["Courriel", "Téléphone", "Chat"],
        lang="fr",
    ),
    C(
        M,
        "Welche Funktionen nutzen Sie?\n\n- Export\n- Vorlagen\n- Erinnerungen\n\n(tippen Sie alle an, die zutreffen)",
        options=["Export", "Vorlagen", "Erinnerungen"],
        lang="de",
    ),
    C(
        R,
        "Was ist Ihnen am wichtigsten?\n\n- Preis\n- Service\n- Tempo\n\n(ziehen Sie das Wichtigste nach oben)",
        options=["Preis", "Service", "Tempo"],
        lang="de",
    ),
    C(
        M,
        "Quais recursos você usa?\n\n- Agenda\n- Relatórios\n- Chat\n\n(toque em todos que se aplicam)",
        options=["Agenda", "Relatórios", "Chat"],
        lang="pt",
    ),
    C(
        R,
        "Organize estes canais:\n\n- E-mail\n- Telefone\n- Chat\n\n(arraste o seu preferido para o topo)",
        options=["E-mail", "Telefone", "Chat"],
        lang="pt",
    ),
    D(
        "Here are the plans we offer:\n\n- Starter\n- Growth\n- Scale\n\nTap the link below to compare them, then tell me what you think."
    ),
    D("When you tap the export button, what happens next on your screen?"),
    D("What made you drag the old reports to the archive folder?"),
    D("¿Qué pasa cuando pulsas el botón de enviar? Cuéntamelo con detalle.", lang="es"),
    D("Qu'est-ce qui se passe quand vous cliquez sur « Exporter » ?", lang="fr"),
    D("Was passiert, wenn Sie die Karte nach oben ziehen?", lang="de"),
    D("O que acontece quando você arrasta um cartão para o topo da lista?", lang="pt"),
]
TAP_FIRST_SCORE = (
    "detector of e4d9747: 11/17 exactly right; P/R open_ended 0.538/1.000, single_choice "
    "1.000/0.333, multiple_choice 1.000/1.000, ranking 1.000/0.000; 0 of 7 open questions "
    "given a widget"
)

# ---------------------------------------------------------------------------- DOTS
# Options on one line between middle dots, in code spans or not ("`Phone` · `Laptop`"), on the
# question's own line after it, closed by small print in parentheses on the same line or the
# next ("(choose any)"); yes/no as thumbs ("👍 / 👎") or as two buttons ("`Sí` · `No`");
# beside dotted lines that are a recap and thumbs under an open question.
DOTS: list[Case] = [
    C(
        S,
        "What's your role? 👤\n\nFounder · Manager · Individual contributor · Student\n\n(choose one)",
        options=["Founder", "Manager", "Individual contributor", "Student"],
    ),
    C(
        M,
        "Which apps do you connect? `Gmail` · `Outlook` · `Calendar` (choose any)",
        options=["Gmail", "Outlook", "Calendar"],
    ),
    C(Y, "Did the fix work for you? 👍 / 👎"),
    C(Y, "Would you join our beta?\n\n`Yes` · `No`"),
    C(
        S,
        "¿Qué plan tienes? `Gratis` · `Plus` · `Empresa`\n\n(elige uno)",
        options=["Gratis", "Plus", "Empresa"],
        lang="es",
    ),
    C(Y, "¿Te llegó el correo de confirmación?\n\n`Sí` · `No`", lang="es"),
    C(
        M,
        "Quels réseaux utilisez-vous ? LinkedIn · Instagram · TikTok · X (plusieurs choix possibles)",
        options=["LinkedIn", "Instagram", "TikTok", "X"],
        lang="fr",
    ),
    C(Y, "Avez-vous reçu votre facture ? 👍 / 👎", lang="fr"),
    C(
        S,
        "Wie oft nutzen Sie die App?\n\n`Täglich` · `Wöchentlich` · `Selten`\n\n(bitte eine Antwort)",
        options=["Täglich", "Wöchentlich", "Selten"],
        lang="de",
    ),
    C(Y, "Hat die Lieferung geklappt?\n\n`Ja` · `Nein`", lang="de"),
    C(
        M,
        "Quais redes você usa? `Instagram` · `Facebook` · `LinkedIn` (pode marcar várias)",
        options=["Instagram", "Facebook", "LinkedIn"],
        lang="pt",
    ),
    C(Y, "O pagamento foi aprovado? 👍 / 👎", lang="pt"),
    D("So far we covered: onboarding · billing · exports. What should we look at next?"),
    D("What did you like about the call? 👍 / 👎 aside, tell me in your own words."),
    D("Recap: Slack · Teams · Email (as you said). Why did Teams win in the end?"),
    D("Hemos hablado de precio · soporte · rapidez. ¿Qué más le importa?", lang="es"),
    D("On a vu : tarifs · support · export. Qu'est-ce qui manque selon vous ?", lang="fr"),
    D("Bisher: Preis · Service · Tempo. Was fehlt Ihnen noch?", lang="de"),
    D("Até agora: preço · suporte · entrega. O que mais a senhora quer comentar?", lang="pt"),
]
DOTS_FIRST_SCORE = (
    "detector of db59038: 7/19 exactly right; P/R open_ended 0.412/1.000, single_choice "
    "0.000/0.000, multiple_choice 1.000/0.000, yes_no 1.000/0.000; 0 of 7 open questions "
    "given a widget"
)

# ---------------------------------------------------------------------------- DRAWN
# Scales drawn under the question: a row of points ("1 2 3 4 5", "0 · 1 · … · 10", "1 — 2 —
# 3 — 4", "🙁 1 2 3 4 5 🙂"), stars ("☆☆☆☆☆ → ★★★★★", "⭐ … ⭐⭐⭐⭐⭐"), ends labelled after
# the row between dots or arrows ("1 = hard · 5 = easy"), keycap points under "pick a number
# from 1 to 5"; beside rows that are a timeline and stars that were given.
DRAWN: list[Case] = [
    C(SC, "How easy was checkout today?\n\n🙁 1 2 3 4 5 🙂", scale=(1, 5)),
    C(
        SC,
        "How likely are you to use the planner again?\n\n0 · 1 · 2 · 3 · 4 · 5 · 6 · 7 · 8 · 9 · 10\n\n0 = not likely ▸ 10 = very likely",
        scale=(0, 10),
        labels={"lo": "not likely", "hi": "very likely"},
    ),
    C(SC, "Rate your delivery 🚚\n\n☆☆☆☆☆ → ★★★★★", scale=(1, 5)),
    C(
        SC,
        "How clear was the invoice? Choose a number from 1 to 4:\n\n1️⃣ Not clear\n2️⃣ Somewhat clear\n3️⃣ Clear\n4️⃣ Very clear",
        scale=(1, 4),
        labels={"lo": "Not clear", "hi": "Very clear"},
    ),
    C(
        SC,
        "¿Qué tan útil te resultó la guía?\n\n1 — 2 — 3 — 4 — 5\n(1 = nada útil · 5 = muy útil)",
        scale=(1, 5),
        labels={"lo": "nada útil", "hi": "muy útil"},
        lang="es",
    ),
    C(SC, "Puntúa la entrega 📦\n\n⭐ … ⭐⭐⭐⭐⭐", scale=(1, 5), lang="es"),
    C(SC, "Êtes-vous satisfait du support ?\n\n😕 1 2 3 4 5 😃", scale=(1, 5), lang="fr"),
    C(
        SC,
        "Évaluez la livraison 📦\n\n☆☆☆☆☆ → ★★★★★\n\n(touchez une étoile)",
        scale=(1, 5),
        lang="fr",
    ),
    C(
        SC,
        "Wie zufrieden sind Sie mit der Lieferung?\n\n1 · 2 · 3 · 4 · 5 · 6 · 7\n\n1 = gar nicht ▸ 7 = voll und ganz",
        scale=(1, 7),
        labels={"lo": "gar nicht", "hi": "voll und ganz"},
        lang="de",
    ),
    C(SC, "Bewerten Sie den Versand 📦\n\n☆☆☆☆☆ … ★★★★★", scale=(1, 5), lang="de"),
    C(SC, "O quanto você gostou do evento?\n\n😐 1 2 3 4 5 😍", scale=(1, 5), lang="pt"),
    C(
        SC,
        "Como você avalia o atendimento? Escolha um número de 1 a 5:\n\n1️⃣ Péssimo\n2️⃣ Ruim\n3️⃣ Regular\n4️⃣ Bom\n5️⃣ Ótimo",
        scale=(1, 5),
        labels={"lo": "Péssimo", "hi": "Ótimo"},
        lang="pt",
    ),
    D(
        "Here's the timeline you described:\n\n1 ─ 2 ─ 3 ─ 4\n\nWhat happened between steps 2 and 3?"
    ),
    D("You gave us ★★★★☆ last time. What would it take to earn the fifth star?"),
    D("Tell me about the three phases of the rollout.\n\n1 · 2 · 3"),
    D("Me dijiste que fueron ⭐⭐⭐. ¿Qué faltó para llegar a cinco?", lang="es"),
    D("Les étapes 1 · 2 · 3 sont terminées. Qu'est-ce qui vous a bloqué ensuite ?", lang="fr"),
    D("Sie hatten ★★☆☆☆ vergeben. Was hat Sie am meisten gestört?", lang="de"),
    D("Na etapa 1 · 2 · 3 você travou. O que aconteceu?", lang="pt"),
]
DRAWN_FIRST_SCORE = (
    "detector of 3161251: 7/19 exactly right; P/R open_ended 0.500/1.000, scale "
    "0.000/0.000; 0 of 7 open questions given a widget"
)

# ---------------------------------------------------------------------------- CONFIRM
# A statement put for confirmation whose clause holds a verb that elsewhere invites a story
# ("Is it true that your team SHARES one login?", "¿Es verdad que usted COMENTA …?", "Stimmt
# es, dass Sie … TEILEN?"); beside the same frames asking a story or offering choices.
CONFIRM: list[Case] = [
    C(Y, "Is it true that your whole family shares a single account? 👪"),
    C(Y, "Would it be fair to say that you mostly talk to support by phone?"),
    C(Y, "Am I right in thinking that your manager explains the reports to the team?"),
    C(Y, "¿Es verdad que su equipo comparte la misma contraseña? 🔑", lang="es"),
    C(Y, "Est-il vrai que vous partagez vos rapports avec vos clients ?", lang="fr"),
    C(Y, "Stimmt es, dass Sie Ihre Auswertungen mit dem Vorstand teilen?", lang="de"),
    C(Y, "É verdade que a senhora compartilha a conta com os seus filhos?", lang="pt"),
    D("Is it true that you shared it with the team, and how did they react?"),
    D("Would it be fair to say that it was slow? Tell me more about that."),
    D("Is it true that you use Slack, Teams or email for this?"),
    D("¿Es verdad que lo comparten? ¿Por qué lo hacen así?", lang="es"),
    D("Est-il vrai que vous en parlez souvent ? Racontez-moi comment.", lang="fr"),
    D("Stimmt es, dass Sie das teilen? Warum eigentlich?", lang="de"),
    D("É verdade que vocês compartilham a conta? Conte como funciona.", lang="pt"),
]
CONFIRM_FIRST_SCORE = (
    "detector of a9035a0: 7/14 exactly right; P/R open_ended 0.500/1.000, yes_no "
    "1.000/0.000; 0 of 7 open questions given a widget"
)

# ---------------------------------------------------------------------------- LENGTH
# Open questions whose small print says how long the answer may be ("(a sentence or two is
# perfect)", "(en pocas palabras)", "(en quelques mots)", "(ein, zwei Sätze reichen)", "(uma
# frase ou duas)"): the words look like alternatives joined by "or", they offer none; beside
# choices whose small print says how to pick.
LENGTH: list[Case] = [
    D(
        "**Quick one:** what's the best thing about the new editor? ✍️\n\n_(a sentence or two is plenty)_"
    ),
    D("What would you change first? (one or two sentences, or a few words)"),
    D("¿Qué es lo que más te gusta de la app? 📝\n\n_(una frase o dos es perfecto)_", lang="es"),
    D("Qu'est-ce qui vous a surpris ? (en quelques mots ou une phrase)", lang="fr"),
    D("Was hat Sie überrascht? 📝\n\n_(ein, zwei Sätze oder ein paar Worte reichen)_", lang="de"),
    D("O que a senhora mudaria primeiro? (uma frase ou duas, ou em poucas palavras)", lang="pt"),
    C(
        S,
        "What's your main use of the app?\n\n- Surveys\n- Interviews\n- Polls\n\n(one answer, a tap is enough)",
        options=["Surveys", "Interviews", "Polls"],
    ),
    C(
        S,
        "¿Cuál es tu plan actual? `Gratis` · `Plus` · `Empresa`\n\n(elige uno, basta un toque)",
        options=["Gratis", "Plus", "Empresa"],
        lang="es",
    ),
]
LENGTH_FIRST_SCORE = (
    "detector of b4356b3: 2/8 exactly right; P/R open_ended 1.000/0.000, single_choice "
    "0.250/1.000; 6 of 6 open questions given a widget"
)

# ---------------------------------------------------------------------------- PREP
# Options that each follow the same short preposition, the first still in the question's
# head, in code spans or not ("¿Prefieres recibirlos por `correo`, por `Slack` o por
# `WhatsApp`?", "Prefere por e-mail, por SMS ou por WhatsApp?"): the preposition is not part
# of the option; beside the same shape in an open question.
PREP: list[Case] = [
    C(
        S,
        "Prefer updates by `email`, by `SMS` or by `push`? 📬",
        options=["email", "SMS", "push"],
    ),
    C(
        S,
        "¿Prefiere que le contactemos por teléfono, por correo o por WhatsApp?",
        options=["teléfono", "correo", "WhatsApp"],
        lang="es",
    ),
    C(
        S,
        "Préférez-vous recevoir la facture par `e-mail`, par `courrier` ou par `SMS` ?",
        options=["e-mail", "courrier", "SMS"],
        lang="fr",
    ),
    C(
        S,
        "Bevorzugen Sie Rückmeldungen per `E-Mail`, per `Telefon` oder per `Chat`?",
        options=["E-Mail", "Telefon", "Chat"],
        lang="de",
    ),
    C(
        S,
        "Prefere receber o boleto por `e-mail`, por `SMS` ou por `WhatsApp`? 📬",
        options=["e-mail", "SMS", "WhatsApp"],
        lang="pt",
    ),
    D("You said you get reports by email, by Slack and by WhatsApp. Why so many channels?"),
    D(
        "¿Por qué prefiere que le escribamos por correo, por chat o por teléfono? Cuénteme.",
        lang="es",
    ),
    D("Pourquoi préférez-vous être contacté par téléphone plutôt que par e-mail ?", lang="fr"),
    D("Warum bevorzugen Sie Rückmeldungen per E-Mail statt per Telefon?", lang="de"),
    D("Por que prefere receber por e-mail e não por WhatsApp?", lang="pt"),
]
PREP_FIRST_SCORE = (
    "detector of fa603ba: 5/10 exactly right; P/R open_ended 0.833/1.000, single_choice "
    "0.000/0.000; 0 of 5 open questions given a widget"
)

# ---------------------------------------------------------------------------- SECOND
# Written after the batches above were fixed, before being scored (SECOND_FIRST_SCORE): the
# same families in new words and shapes, mixed with each other (a drawn scale after small
# print, a lead-in ranking in a chat voice, semicolons under a "how often", a confirmation in
# French, thumbs in German, stars with a heading), and open questions shaped alike.
SECOND: list[Case] = [
    C(
        S,
        "Got it 👍 How often do you export data: never; once a month; weekly; every day?",
        options=["never", "once a month", "weekly", "every day"],
    ),
    C(
        R,
        "Of speed, price and design, what should we fix first, what second, and what last? 🛠️",
        options=["speed", "price", "design"],
    ),
    C(
        SC,
        "### Your rating\n\nHow useful was today's session?\n\n1 · 2 · 3 · 4 · 5 · 6 · 7 · 8 · 9 · 10",
        scale=(1, 10),
    ),
    C(
        SC,
        "On a scale from zero to ten, how likely are you to renew, where zero is not at all likely and ten is extremely likely?",
        scale=(0, 10),
        labels={"lo": "not at all likely", "hi": "extremely likely"},
    ),
    C(
        M,
        "Which of these have you used (exports, dashboards, alerts, the API)? Tap all that apply.",
        options=["exports", "dashboards", "alerts", "the API"],
    ),
    C(Y, "Quick check 🔎 Is it correct that you pay for the team plan yourself?"),
    C(
        S,
        "¿Con qué frecuencia exporta datos: nunca; una vez al mes; cada semana; a diario?",
        options=["nunca", "una vez al mes", "cada semana", "a diario"],
        lang="es",
    ),
    C(
        SC,
        "¿Qué tan fácil fue configurar la cuenta, de uno a cinco, siendo 1 muy difícil y 5 muy fácil?",
        scale=(1, 5),
        labels={"lo": "muy difícil", "hi": "muy fácil"},
        lang="es",
    ),
    C(
        R,
        "Entre el precio, la rapidez y el diseño, ¿qué mejoraría usted primero y qué después?",
        options=["el precio", "la rapidez", "el diseño"],
        lang="es",
    ),
    C(Y, "Est-il exact que vous utilisez l'outil depuis plus d'un an ?", lang="fr"),
    C(
        SC,
        "Notez votre dernière commande 🛍️\n\n☆☆☆☆☆ → ★★★★★\n\n(une étoile = très déçu)",
        scale=(1, 5),
        lang="fr",
    ),
    C(
        S,
        "Où utilisez-vous le plus l'application : au bureau, à la maison ou en déplacement ?",
        options=["au bureau", "à la maison", "en déplacement"],
        lang="fr",
    ),
    C(Y, "Hat unser Support Ihr Problem gelöst? 👍 / 👎", lang="de"),
    C(
        M,
        "Welche Kanäle nutzen Sie? `E-Mail` · `Chat` · `Telefon` · `Forum`\n\n(mehrere Antworten möglich)",
        options=["E-Mail", "Chat", "Telefon", "Forum"],
        lang="de",
    ),
    C(
        SC,
        "Wie zufrieden sind Sie insgesamt, von eins bis sieben, wobei 1 für gar nicht und 7 für sehr zufrieden steht?",
        scale=(1, 7),
        labels={"lo": "gar nicht", "hi": "sehr zufrieden"},
        lang="de",
    ),
    C(
        R,
        "Entre preço, rapidez e atendimento, o que vem em primeiro lugar para você e o que vem em segundo?",
        options=["preço", "rapidez", "atendimento"],
        lang="pt",
    ),
    C(Y, "Depois da troca, o seu pedido chegou certinho?", lang="pt"),
    C(
        S,
        "Quantas pessoas usam a ferramenta: só eu; 2 a 5; 6 a 20; mais de 20?",
        options=["só eu", "2 a 5", "6 a 20", "mais de 20"],
        lang="pt",
    ),
    D("Of all the changes we shipped this year, which one mattered to you, and why? 🤔"),
    D("You rated us ★★★☆☆ last month. What would move that to five?"),
    D("Is it true that the export broke? Tell me what happened, step by step."),
    D("¿Con qué frecuencia exporta datos y para qué los usa después?", lang="es"),
    D(
        "Entre le prix et la rapidité, qu'est-ce qui compte le plus pour vous, et pourquoi ?",
        lang="fr",
    ),
    D("Wer nutzt das Dashboard sonst noch bei Ihnen, und wofür genau?", lang="de"),
    D("O que a senhora achou das etapas 1 · 2 · 3 do cadastro?", lang="pt"),
]
SECOND_FIRST_SCORE = (
    "detector of 5507450: 21/25 exactly right; P/R open_ended 0.636/1.000, scale 1.000/1.000, "
    "single_choice 1.000/1.000, multiple_choice 1.000/1.000, ranking 1.000/0.333, yes_no "
    "1.000/0.500; 0 of 7 open questions given a widget"
)

# ---------------------------------------------------------------------------- OPEN5
# Open questions only, written against this session's own rules (semicolons after a colon, a
# lead-in "of / entre / parmi", positions, scales in words, a drawn row, small print with a
# touch verb, middle dots, thumbs, a confirmation frame, a repeated preposition), before being
# scored (OPEN5_FIRST_SCORE).
OPEN5: list[Case] = [
    D(
        "Here's my summary: onboarding was slow; billing was confusing; support was great. What did I miss?"
    ),
    D("Of everything we discussed today, what stuck with you the most?"),
    D("Between the first and the second call, what changed in how you saw us?"),
    D("From one to the next, how did your opinion of the tool evolve? Walk me through it."),
    D("What happened when you tapped 'Export'? (tap by tap, if you remember)"),
    D("We've covered pricing · support · onboarding. Anything else you'd like to add?"),
    D("Is it true that the rollout was rushed? I'd love to hear your side of the story."),
    D("How do you usually reach us, by email or by phone, and what makes you choose one?"),
    D("You said 4 out of five earlier. What would make it a five?"),
    D("How was the webinar?\n\n👍 / 👎 are fine, but a sentence or two helps more."),
    D("Entre todo lo que hemos hablado, ¿qué es lo que más le ha marcado?", lang="es"),
    D("Resumo: el precio; el soporte; la rapidez. ¿Qué falta en esa lista?", lang="es"),
    D("¿Es cierto que el lanzamiento fue precipitado? Cuénteme cómo lo vivió.", lang="es"),
    D("Parmi tout ce dont on a parlé, qu'est-ce qui vous a le plus marqué ?", lang="fr"),
    D("Sur cinq réunions, combien ont été utiles, et pourquoi les autres non ?", lang="fr"),
    D("Zuerst kam die Einführung, danach die Schulung. Wie haben Sie beides erlebt?", lang="de"),
    D("Von allem, was wir besprochen haben: Was ist Ihnen am wichtigsten, und warum?", lang="de"),
    D("Entre tudo o que conversamos, o que mais ficou na sua memória?", lang="pt"),
    D(
        "Primeiro veio o cadastro, depois o pagamento. Como foi cada etapa para a senhora?",
        lang="pt",
    ),
]
OPEN5_FIRST_SCORE = (
    "detector of db34dfb: 19/19 exactly right; P/R open_ended 1.000/1.000; 0 of 19 open "
    "questions given a widget"
)

# ---------------------------------------------------------------------------- THIRD
# Written after SECOND was fixed, before being scored (THIRD_FIRST_SCORE): the chat bot's
# shapes crossed with the five languages (checkbox glyphs with small print, keycaps under a
# drag instruction, pipes with "best first", a bold lead-in before thumbs, a drawn row with
# its ends after it), and open questions with the same decoration.
THIRD: list[Case] = [
    C(
        M,
        "Which features would you pay extra for? 💸\n\n▢ Offline mode\n▢ Custom branding\n▢ Priority support\n\n_(select as many as you want)_",
        options=["Offline mode", "Custom branding", "Priority support"],
    ),
    C(
        R,
        "**Your top three** 🏆\n\n1️⃣ Reports\n2️⃣ Reminders\n3️⃣ Templates\n\n_(drag so your favourite is on top)_",
        options=["Reports", "Reminders", "Templates"],
    ),
    C(
        R,
        "Sort these plans by value for money, best first 👇\n\nBasic | Plus | Premium",
        options=["Basic", "Plus", "Premium"],
    ),
    C(Y, "**Last thing:** can we quote you in our newsletter? 👍 / 👎"),
    C(
        SC,
        "How confident are you with the new dashboard?\n\n1 — 2 — 3 — 4 — 5\n\n1 = not at all · 5 = completely",
        scale=(1, 5),
        labels={"lo": "not at all", "hi": "completely"},
    ),
    C(
        M,
        "¿Qué funciones usas? 🔧\n\n☐ Plantillas\n☐ Recordatorios\n☐ Informes\n☐ Otra (¿cuál?)\n\n_(toca todas las que quieras)_",
        options=["Plantillas", "Recordatorios", "Informes"],
        allow_other=True,
        lang="es",
    ),
    C(Y, "**Una última cosa:** ¿podemos citarte en el boletín? 👍 / 👎", lang="es"),
    C(
        R,
        "Classez ces options, la meilleure en premier 👇\n\nMensuel | Trimestriel | Annuel",
        options=["Mensuel", "Trimestriel", "Annuel"],
        lang="fr",
    ),
    C(
        S,
        "Quel appareil utilisez-vous le plus ? 📱\n\n[ ] Téléphone\n[ ] Tablette\n[ ] Ordinateur\n\n_(touchez une seule case)_",
        options=["Téléphone", "Tablette", "Ordinateur"],
        lang="fr",
    ),
    C(
        SC,
        "Wie hilfreich war die Anleitung?\n\n🙁 1 2 3 4 5 🙂",
        scale=(1, 5),
        lang="de",
    ),
    C(
        R,
        "Bringen Sie diese Punkte in Ihre Reihenfolge 👇\n\n1️⃣ Preis\n2️⃣ Qualität\n3️⃣ Lieferzeit\n\n_(ziehen Sie den wichtigsten nach oben)_",
        options=["Preis", "Qualität", "Lieferzeit"],
        lang="de",
    ),
    C(
        M,
        "Quais canais você usa? 📣\n\n☐ Instagram\n☐ WhatsApp\n☐ E-mail\n\n_(toque em quantos quiser)_",
        options=["Instagram", "WhatsApp", "E-mail"],
        lang="pt",
    ),
    C(
        SC,
        "Avalie a entrega 🚚\n\n⭐ … ⭐⭐⭐⭐⭐\n\n_(toque numa estrela)_",
        scale=(1, 5),
        lang="pt",
    ),
    D(
        "**Quick recap** 📝\n\n☑ Reports\n☑ Reminders\n☑ Templates\n\nWhich of these surprised you, and why?"
    ),
    D("Here's how others answered 👇\n\n👍 62% · 👎 38%\n\nWhat's behind your own answer?"),
    D("**Heads-up:** the survey has 1 · 2 · 3 parts. What should I call you?"),
    D("Ya vimos: ☐ precio ☐ soporte ☐ rapidez. ¿Qué más te importa? Cuéntame.", lang="es"),
    D("On a noté ★★★★☆ la dernière fois. Racontez-moi ce qui a changé depuis.", lang="fr"),
    D(
        "Zur Erinnerung 👇\n\n1️⃣ Preis\n2️⃣ Qualität\n\nErzählen Sie mir, wie Sie das abgewogen haben.",
        lang="de",
    ),
    D(
        "Resumo 📝 Instagram · WhatsApp · E-mail. Por que o WhatsApp funciona melhor para você?",
        lang="pt",
    ),
]
THIRD_FIRST_SCORE = (
    "detector of 7dfcff4: 20/20 exactly right; P/R open_ended 1.000/1.000, scale 1.000/1.000, "
    "single_choice 1.000/1.000, multiple_choice 1.000/1.000, ranking 1.000/1.000, yes_no "
    "1.000/1.000; 0 of 7 open questions given a widget"
)

# ---------------------------------------------------------------------------- FOURTH
# Written after THIRD was scored, before being scored (FOURTH_FIRST_SCORE): the researcher's
# formal prose crossed with the five languages: long preambles, options in prose after
# "would you say" past a clause, semicolons with figures in parentheses, rankings by position
# with a lead-in, scales in words with verb-first ends, indirect yes/no with an aside; open
# questions in the same voice.
FOURTH: list[Case] = [
    C(
        S,
        "Thank you, that is a very honest account, and I can hear how much the delays weighed on you. When you think back on the whole project, would you say it went better than expected, about as expected, or worse than you had feared?",
        options=["better than expected", "about as expected", "worse than you had feared"],
    ),
    C(
        S,
        "I appreciate you sharing that. Roughly how long have you been with us (less than a year; 1–3 years; 4–6 years; longer than that)?",
        options=["less than a year", "1–3 years", "4–6 years", "longer than that"],
    ),
    C(
        R,
        "That paints a vivid picture of your mornings. Of answering email, reviewing the numbers and meeting the team, which do you do first, which second, and which last?",
        options=["answering email", "reviewing the numbers", "meeting the team"],
    ),
    C(
        Y,
        "I'm curious whether, after everything you've described, you would still recommend us to a friend?",
    ),
    C(
        SC,
        "Le agradezco mucho la franqueza. Si tuviera que ponerle una nota al proceso, ¿qué nota le daría, sobre diez, siendo 1 muy malo y 10 excelente?",
        scale=(1, 10),
        labels={"lo": "muy malo", "hi": "excelente"},
        lang="es",
    ),
    C(
        S,
        "Entiendo perfectamente. Cuando prepara los informes del mes, ¿diría que le resulta sencillo, algo laborioso o una verdadera carga?",
        options=["sencillo", "algo laborioso", "una verdadera carga"],
        lang="es",
    ),
    C(
        R,
        "Je vous remercie pour ce témoignage. Parmi la formation, l'accompagnement et la documentation, qu'est-ce qui vient en premier pour vous, puis en deuxième ?",
        options=["la formation", "l'accompagnement", "la documentation"],
        lang="fr",
    ),
    C(
        SC,
        "Merci infiniment. Sur dix, quelle note donneriez-vous à la clarté de nos échanges, 1 étant très confus et 10 parfaitement clair ?",
        scale=(1, 10),
        labels={"lo": "très confus", "hi": "parfaitement clair"},
        lang="fr",
    ),
    C(
        S,
        "Vielen Dank für Ihre Offenheit; das hilft uns sehr. Wie viele Personen arbeiten in Ihrem Team: nur Sie; 2 bis 5; 6 bis 20; mehr als 20?",
        options=["nur Sie", "2 bis 5", "6 bis 20", "mehr als 20"],
        lang="de",
    ),
    C(
        Y,
        "Ich würde gern wissen, ob, rückblickend betrachtet, Sie sich wieder für uns entscheiden würden?",
        lang="de",
    ),
    C(
        SC,
        "Agradeço muito a sua sinceridade. Que nota a senhora daria ao atendimento, de um a sete, sendo 1 péssimo e 7 excelente?",
        scale=(1, 7),
        labels={"lo": "péssimo", "hi": "excelente"},
        lang="pt",
    ),
    C(Y, "Compreendo. No fim das contas, a sua reclamação foi atendida?", lang="pt"),
    D(
        "Thank you for trusting me with that. When you think back on the project, what would you say was the turning point, and why?"
    ),
    D(
        "I appreciate it. Of everything that went wrong (the delays; the budget; the staffing), which hurt the most, and how did the team cope?"
    ),
    D(
        "Le agradezco la sinceridad. Entre todo lo que me ha contado, ¿qué le gustaría que cambiáramos primero? Cuénteme con calma.",
        lang="es",
    ),
    D(
        "Je vous remercie. Sur dix projets, combien se passent ainsi, selon vous, et pourquoi ?",
        lang="fr",
    ),
    D(
        "Vielen Dank. Ich würde gern wissen, ob, und wenn ja wie, sich Ihre Arbeit dadurch verändert hat.",
        lang="de",
    ),
    D(
        "Compreendo perfeitamente. No fim das contas, o que a senhora aprendeu com tudo isso?",
        lang="pt",
    ),
]
FOURTH_FIRST_SCORE = (
    "detector of cf9ffe6: 16/18 exactly right; P/R open_ended 0.833/0.833, scale 1.000/1.000, "
    "single_choice 0.750/0.750, ranking 1.000/1.000, yes_no 1.000/1.000; 1 of 6 open "
    "questions given a widget"
)

# ---------------------------------------------------------------------------- OPEN6
# Open questions only, against the rules FOURTH and the batches before it added (a colon
# before an "or", semicolons in parentheses, a lead-in with a second question, a confirmation
# frame over a story, a catch-all after a framing verb, an emoji break), before being scored
# (OPEN6_FIRST_SCORE).
OPEN6: list[Case] = [
    D("Why did you switch: was it the price, or something about the support?"),
    D("How did the migration go (the export; the import; the clean-up), in your own words?"),
    D(
        "Among all the reports you mentioned, which ones do you actually read, and what do you do with them?"
    ),
    D(
        "When you think about it, would you say there's anything we could have done differently? Tell me."
    ),
    D("Is it true that you trained the team yourself? How did you go about it?"),
    D("Got it 👍 What made you pick the annual plan in the end?"),
    D("Who else was in the room when you decided, and what did they think?"),
    D("From one to five people joined each call. What was the dynamic like?"),
    D("¿Por qué cambió: fue el precio o algo del soporte? Cuénteme.", lang="es"),
    D(
        "¿Cómo fue la migración (la exportación; la importación; la limpieza)? Explíqueme un poco.",
        lang="es",
    ),
    D("Entre todo lo que probó, ¿qué le sorprendió más y por qué?", lang="es"),
    D("Pourquoi avez-vous changé : le prix, ou autre chose ? Expliquez-moi.", lang="fr"),
    D("Est-il vrai que vous avez formé l'équipe vous-même ? Comment avez-vous fait ?", lang="fr"),
    D(
        "Warum haben Sie gewechselt: wegen des Preises oder wegen etwas anderem? Erzählen Sie.",
        lang="de",
    ),
    D(
        "Unter allen Berichten, welche lesen Sie wirklich, und was machen Sie dann damit?",
        lang="de",
    ),
    D("Por que a senhora mudou: foi o preço ou outra coisa? Conte um pouco.", lang="pt"),
    D("Entre todos os relatórios, quais a senhora realmente lê, e o que faz com eles?", lang="pt"),
    D("É verdade que a senhora treinou a equipe sozinha? Como foi isso?", lang="pt"),
]
OPEN6_FIRST_SCORE = (
    "detector of bfbb1b9: 18/18 exactly right; P/R open_ended 1.000/1.000; 0 of 18 open "
    "questions given a widget"
)

# ---------------------------------------------------------------------------- FIFTH
# Written after OPEN6 was scored, before being scored (FIFTH_FIRST_SCORE): rows of keycaps as
# a drawn scale ("1️⃣ 2️⃣ 3️⃣ 4️⃣ 5️⃣", "0️⃣ … 🔟"), "out of seven" with its ends, positions asked
# over a list on lines, and a lead-in over semicolons; open questions beside them.
FIFTH: list[Case] = [
    C(SC, "How was your first week with us?\n\n1️⃣ 2️⃣ 3️⃣ 4️⃣ 5️⃣", scale=(1, 5)),
    C(
        SC,
        "How likely are you to recommend the app to a colleague?\n\n0️⃣ 1️⃣ 2️⃣ 3️⃣ 4️⃣ 5️⃣ 6️⃣ 7️⃣ 8️⃣ 9️⃣ 🔟",
        scale=(0, 10),
    ),
    C(
        SC,
        "Out of seven, how would you rate the checkout, where one is awful and seven is perfect?",
        scale=(1, 7),
        labels={"lo": "awful", "hi": "perfect"},
    ),
    C(
        R,
        "Which of these would you fix first, which second and which third?\n\n- Search\n- Filters\n- Exports",
        options=["Search", "Filters", "Exports"],
    ),
    C(SC, "¿Qué tal fue la instalación?\n\n1️⃣ 2️⃣ 3️⃣ 4️⃣ 5️⃣", scale=(1, 5), lang="es"),
    C(
        R,
        "¿Qué arreglaría primero, qué después y qué al final?\n\n- La búsqueda\n- Los filtros\n- Las exportaciones",
        options=["La búsqueda", "Los filtros", "Las exportaciones"],
        lang="es",
    ),
    C(SC, "Comment s'est passée l'installation ?\n\n1️⃣ 2️⃣ 3️⃣ 4️⃣ 5️⃣", scale=(1, 5), lang="fr"),
    C(
        R,
        "Was würden Sie zuerst verbessern, was danach und was zuletzt?\n\n- Suche\n- Filter\n- Export",
        options=["Suche", "Filter", "Export"],
        lang="de",
    ),
    C(SC, "Como foi a instalação?\n\n1️⃣ 2️⃣ 3️⃣ 4️⃣ 5️⃣", scale=(1, 5), lang="pt"),
    C(
        S,
        "Entre estas opções (só eu; 2 a 5 pessoas; mais de 5 pessoas), qual descreve a sua equipe?",
        options=["só eu", "2 a 5 pessoas", "mais de 5 pessoas"],
        lang="pt",
    ),
    D("Your last three scores were 1️⃣ 2️⃣ 3️⃣. What changed between them?"),
    D("Out of seven meetings last week, how many were useful, and why?"),
    D("What did you do first, and what happened after that? Walk me through it."),
    D("¿Qué hizo primero y qué pasó después? Cuéntemelo paso a paso.", lang="es"),
    D("Qu'avez-vous fait en premier, puis ensuite ? Racontez-moi.", lang="fr"),
    D("Was haben Sie zuerst gemacht, und was danach? Erzählen Sie bitte.", lang="de"),
]
FIFTH_FIRST_SCORE = (
    "detector of 534353f: 11/16 exactly right; P/R open_ended 0.545/1.000, scale 1.000/0.333, "
    "single_choice 1.000/0.000, ranking 1.000/1.000; 0 of 6 open questions given a widget"
)

# ---------------------------------------------------------------------------- SIXTH
# Written after FIFTH was fixed, before being scored (SIXTH_FIRST_SCORE): more shapes the
# held-outs did not have: ✅ and ☑ bullets, a star row with a range after it, positions asked
# with "cuál" / "lequel" / "welches" over lines, semicolons with figures under "wie lange" /
# "combien de temps", a confirmation frame in Portuguese with a habit verb; open questions
# beside them.
SIXTH: list[Case] = [
    C(
        M,
        "Which of these do you already do? ✨\n\n✅ Weekly reports\n✅ Team check-ins\n✅ Quarterly reviews\n\n(pick all that apply)",
        options=["Weekly reports", "Team check-ins", "Quarterly reviews"],
    ),
    C(
        SC,
        "How would you rate the new search?\n\n⭐⭐⭐⭐⭐ (1–5)",
        scale=(1, 5),
    ),
    C(
        R,
        "¿Cuál va primero para usted, cuál segundo y cuál tercero?\n\n- Precio\n- Calidad\n- Rapidez",
        options=["Precio", "Calidad", "Rapidez"],
        lang="es",
    ),
    C(
        S,
        "¿Cuánto tiempo lleva usando la herramienta: menos de 6 meses; de 6 a 12 meses; más de un año?",
        options=["menos de 6 meses", "de 6 a 12 meses", "más de un año"],
        lang="es",
    ),
    C(
        R,
        "Lequel placeriez-vous en premier, lequel en deuxième, lequel en troisième ?\n\n- Prix\n- Qualité\n- Délai",
        options=["Prix", "Qualité", "Délai"],
        lang="fr",
    ),
    C(
        S,
        "Depuis combien de temps utilisez-vous l'outil : moins de 6 mois ; de 6 à 12 mois ; plus d'un an ?",
        options=["moins de 6 mois", "de 6 à 12 mois", "plus d'un an"],
        lang="fr",
    ),
    C(
        M,
        "Welche Berichte lesen Sie? 📊\n\n☑ Umsatz\n☑ Kündigungen\n☑ Kohorten\n\n(mehrere möglich)",
        options=["Umsatz", "Kündigungen", "Kohorten"],
        lang="de",
    ),
    C(
        S,
        "Wie lange nutzen Sie das Tool schon: weniger als 6 Monate; 6 bis 12 Monate; länger als ein Jahr?",
        options=["weniger als 6 Monate", "6 bis 12 Monate", "länger als ein Jahr"],
        lang="de",
    ),
    C(Y, "É verdade que a sua equipe fala com os clientes pelo WhatsApp?", lang="pt"),
    C(
        R,
        "Qual vem primeiro para a senhora, qual vem depois e qual fica por último?\n\n- Preço\n- Qualidade\n- Prazo",
        options=["Preço", "Qualidade", "Prazo"],
        lang="pt",
    ),
    D(
        "Here's what you ticked last time:\n\n✅ Weekly reports\n✅ Team check-ins\n\nWhat made those two stick?"
    ),
    D("You gave the search ⭐⭐⭐⭐ (out of 5). What would earn the last star?"),
    D("¿Cuál fue primero, el problema con la factura o el retraso? Cuénteme cómo pasó.", lang="es"),
    D("Depuis combien de temps avez-vous ce problème, et qu'avez-vous essayé ?", lang="fr"),
    D("Wie lange hat das gedauert: Tage oder Wochen? Und was ist dann passiert?", lang="de"),
    D("É verdade que vocês falam com os clientes pelo WhatsApp? Conte como funciona.", lang="pt"),
]
SIXTH_FIRST_SCORE = (
    "detector of 3b75882: 14/16 exactly right; P/R open_ended 1.000/0.833, scale 0.500/1.000, "
    "single_choice 0.750/1.000, multiple_choice 1.000/1.000, ranking 1.000/0.667, yes_no "
    "1.000/1.000; 1 of 6 open questions given a widget (one the detector of session 5's start "
    "gave a widget too)"
)

# ---------------------------------------------------------------------------- BRACKET
# From held-out 11 (a platform's moderator model over a headless API): the scale spec in
# square brackets after the question ("[Scale: 1-5, 1 = X, 5 = Y]"), its end label closed by
# the bracket; written anew in five languages, beside open follow-ups that quote such a spec
# (BRACKET_FIRST_SCORE, scored before the change made for it).
BRACKET: list[Case] = [
    C(
        SC,
        "Thanks for that.\n\nHow clear were the setup instructions?\n[Rating: 1-5, 1 = Very unclear, 5 = Very clear]",
        scale=(1, 5),
        labels={"lo": "Very unclear", "hi": "Very clear"},
    ),
    C(
        SC,
        "Noted. How likely are you to renew next year? [Scale: 1-10, 1 = Very unlikely, 10 = Very likely] Reply with one number.",
        scale=(1, 10),
        labels={"lo": "Very unlikely", "hi": "Very likely"},
    ),
    C(
        SC,
        "Gracias.\n\n¿Qué tan útil le resulta el informe semanal?\n[Escala: 1-5, 1 = Nada útil, 5 = Muy útil]\nResponda con un número.",
        scale=(1, 5),
        labels={"lo": "Nada útil", "hi": "Muy útil"},
        lang="es",
    ),
    C(
        SC,
        "D'accord.\n\nComment évaluez-vous la rapidité de l'application ?\n[Échelle : 1-7, 1 = Très lente, 7 = Très rapide]",
        scale=(1, 7),
        labels={"lo": "Très lente", "hi": "Très rapide"},
        lang="fr",
    ),
    C(
        SC,
        "Danke.\n\nWie hilfreich war unser Support bei Ihrer letzten Anfrage?\n[Skala: 1-5, 1 = Gar nicht hilfreich, 5 = Sehr hilfreich]",
        scale=(1, 5),
        labels={"lo": "Gar nicht hilfreich", "hi": "Sehr hilfreich"},
        lang="de",
    ),
    C(
        SC,
        "Perfeito.\n\nQuão provável é que você continue usando o produto daqui a um ano?\n[Escala: 0-10, 0 = Nada provável, 10 = Muito provável]",
        scale=(0, 10),
        labels={"lo": "Nada provável", "hi": "Muito provável"},
        lang="pt",
    ),
    D(
        "Thanks. You picked 4 on the [Scale: 1-5, 1 = Poor, 5 = Excellent] item about search. What would make it a 5?"
    ),
    D(
        "Gracias. Antes marcó 2 en la pregunta [Escala: 1-5, 1 = Muy difícil, 5 = Muy fácil]. ¿Qué le costó más?",
        lang="es",
    ),
    D(
        "Merci. Vous avez répondu 3 à la question [Échelle : 1-5, 1 = Pas du tout, 5 = Tout à fait]. Pourquoi ce choix ?",
        lang="fr",
    ),
    D(
        "Danke. Sie haben bei [Skala: 1-5, 1 = Sehr schlecht, 5 = Sehr gut] eine 2 gewählt. Was hat Sie gestört?",
        lang="de",
    ),
    D(
        "Obrigado. Você deu 3 na pergunta [Escala: 1-5, 1 = Muito ruim, 5 = Muito bom]. O que faltou?",
        lang="pt",
    ),
]
BRACKET_FIRST_SCORE = (
    "detector of 9820b66: 1/11 exactly right; P/R open_ended 1.000/0.200, scale 0.000/0.000; 4 of 5 "
    "open questions given a widget (the end label kept its closing bracket)"
)

# ---------------------------------------------------------------------------- PIPES
# From held-out 11: options in a row between pipes after a label ("Options: A | B | C"), on
# a line of their own or after the question on its line, with "(Select one)" or a catch-all
# last; written anew in five languages, beside open questions that name a pipe-separated
# "Options:" row they do not ask from (PIPES_FIRST_SCORE, scored before the change for it).
PIPES: list[Case] = [
    C(
        S,
        "Thanks.\n\nWhich device do you mostly use for the dashboard?\nOptions: Laptop | Desktop | Tablet | Phone",
        options=["Laptop", "Desktop", "Tablet", "Phone"],
    ),
    C(
        S,
        "Okay. What is your team's main use case? (Select one) Choices: Research | Sales enablement | Product feedback | Other",
        options=["Research", "Sales enablement", "Product feedback"],
        allow_other=True,
    ),
    C(
        M,
        "Understood.\n\nWhich integrations do you rely on? (Select all that apply)\nOptions: Slack | Jira | HubSpot | Salesforce",
        options=["Slack", "Jira", "HubSpot", "Salesforce"],
    ),
    C(
        S,
        "Gracias. ¿Qué plan tiene contratado actualmente?\nOpciones: Básico | Profesional | Empresa",
        options=["Básico", "Profesional", "Empresa"],
        lang="es",
    ),
    C(
        S,
        "Merci. Quel canal préférez-vous pour être recontacté ? Options : E-mail | Téléphone | Visioconférence",
        options=["E-mail", "Téléphone", "Visioconférence"],
        lang="fr",
    ),
    C(
        S,
        "Danke.\n\nWelche Rolle haben Sie im Unternehmen?\nOptionen: Geschäftsführung | Vertrieb | IT | Sonstiges",
        options=["Geschäftsführung", "Vertrieb", "IT"],
        allow_other=True,
        lang="de",
    ),
    C(
        S,
        "Certo. Há quanto tempo você usa a plataforma?\nOpções: Menos de 6 meses | 6 a 12 meses | Mais de um ano",
        options=["Menos de 6 meses", "6 a 12 meses", "Mais de um ano"],
        lang="pt",
    ),
    D(
        "Thanks. Earlier you chose from Options: Laptop | Desktop | Phone. What made you switch devices last year?"
    ),
    D(
        "Gracias. La encuesta anterior decía Opciones: Básico | Profesional. ¿Qué echó en falta en esa lista?",
        lang="es",
    ),
    D(
        "Merci. Options : E-mail | Téléphone | Chat, c'est ce que vous avez vu. Qu'auriez-vous voulu y trouver ?",
        lang="fr",
    ),
    D(
        "Danke. Sie sahen vorhin Optionen: IT | Vertrieb | Marketing. Warum passte keine davon zu Ihnen?",
        lang="de",
    ),
    D(
        "Obrigado. Na tela apareciam Opções: Mensal | Anual. Como você decidiu entre as duas?",
        lang="pt",
    ),
]
PIPES_FIRST_SCORE = (
    "detector of 9b1085b: 6/12 exactly right; P/R open_ended 0.455/1.000, single_choice "
    "1.000/0.000, multiple_choice 1.000/1.000; 0 of 5 open questions given a widget"
)

# ---------------------------------------------------------------------------- ANSWER_YN
# From held-out 11: a yes/no question closed by how to answer it ("Veuillez répondre par oui
# ou par non."), the preposition said twice; written anew in five languages, beside open
# questions that ask for more than a yes or no (ANSWER_YN_FIRST_SCORE, before the change).
ANSWER_YN: list[Case] = [
    C(Y, "Thanks. Have you exported a report this month? Please answer with yes or no."),
    C(
        Y,
        "Gracias.\n\n¿Ha invitado ya a algún compañero a la plataforma?\nPor favor, responda con sí o con no.",
        lang="es",
    ),
    C(
        Y,
        "D'accord. Utilisez-vous le mode hors ligne ? Répondez par oui ou par non, s'il vous plaît.",
        lang="fr",
    ),
    C(
        Y,
        "Merci.\n\nAvez-vous déjà modifié vos paramètres de notification ?\nMerci de répondre par oui ou par non.",
        lang="fr",
    ),
    C(
        Y,
        "Danke.\n\nHaben Sie die neue Suchfunktion schon ausprobiert?\nBitte antworten Sie mit Ja oder Nein.",
        lang="de",
    ),
    C(
        Y,
        "Obrigado. Você já usou a integração com o calendário? Responda com sim ou com não.",
        lang="pt",
    ),
    D("Thanks. Not just a yes or no, please: how did the migration go for your team?"),
    D(
        "Merci. Au-delà d'un oui ou d'un non, qu'est-ce qui vous a fait hésiter ?",
        lang="fr",
    ),
    D(
        "Gracias. Más allá de un sí o un no, ¿qué le pareció el proceso de alta?",
        lang="es",
    ),
    D(
        "Danke. Mehr als ein Ja oder Nein: Was hat Sie an der Einrichtung gestört?",
        lang="de",
    ),
    D(
        "Obrigado. Mais do que um sim ou um não, o que você achou do suporte?",
        lang="pt",
    ),
]
ANSWER_YN_FIRST_SCORE = (
    "detector of 4088fe2: 5/11 exactly right; P/R open_ended 0.429/0.600, yes_no 0.500/0.333; 2 of "
    "5 open questions given a widget (a yes or no named before a wh-question after a colon)"
)

# ---------------------------------------------------------------------------- PLAIN
# From held-out 11: options one per line with no markers under a question closed by small
# print ("(Select one)", "(Seleccione una opción)"), figures with a unit as options ("1–10
# employees"), a closing "Other" that asks its text ("Otro: ¿cuál?"), small print under the
# lines ("(List them in order, 1 = most important)"); written anew in five languages, beside
# open questions over unmarked lines (PLAIN_FIRST_SCORE, scored before the change made for it).
PLAIN: list[Case] = [
    C(
        S,
        "Thanks.\n\nHow many people use the tool in your team? (Select one)\n1–5 people\n6–20 people\nMore than 20 people",
        options=["1–5 people", "6–20 people", "More than 20 people"],
    ),
    C(
        S,
        "Noted.\n\nHow long have you been a customer? (Choose one)\nLess than a year\nOne to three years\nLonger than that",
        options=["Less than a year", "One to three years", "Longer than that"],
    ),
    C(
        R,
        "Great.\n\nPlease rank these from most to least useful:\nTemplates\nShared inbox\nAutomations\n(Top = most useful)",
        options=["Templates", "Shared inbox", "Automations"],
    ),
    C(
        S,
        "Gracias.\n\n¿Cuántos empleados tiene su empresa? (Seleccione una opción)\n1–10 empleados\n11–50 empleados\nMás de 50 empleados",
        options=["1–10 empleados", "11–50 empleados", "Más de 50 empleados"],
        lang="es",
    ),
    C(
        S,
        "Merci.\n\nQuel est votre secteur d'activité ? (Une seule réponse)\nCommerce\nIndustrie\nServices\nAutre : lequel ?",
        options=["Commerce", "Industrie", "Services"],
        allow_other=True,
        lang="fr",
    ),
    C(
        S,
        "Danke.\n\nWie groß ist Ihr Team? (Bitte eine Option wählen)\n1–5 Personen\n6–15 Personen\nMehr als 15 Personen",
        options=["1–5 Personen", "6–15 Personen", "Mehr als 15 Personen"],
        lang="de",
    ),
    C(
        S,
        "Obrigado.\n\nQual é o seu cargo? (Selecione uma opção)\nAnalista\nGerente\nDiretor\nOutro: qual?",
        options=["Analista", "Gerente", "Diretor"],
        allow_other=True,
        lang="pt",
    ),
    D(
        "Thanks.\n\nYou listed these earlier:\n1–5 people\n6–20 people\nWhat changed when the team grew?"
    ),
    D(
        "Gracias.\n\nHabló de tres cosas:\nPrecio\nSoporte\nIntegraciones\n(lo anoto todo)",
        lang="es",
    ),
    D(
        "Merci.\n\nQu'est-ce qui a compté le plus pour vous, et pourquoi ?\nPrix\nSupport\n(Expliquez en quelques mots)",
        lang="fr",
    ),
    D(
        "Danke.\n\nSie nannten vorhin:\nPreis\nSupport\nWas genau hat Sie daran gestört?",
        lang="de",
    ),
    D(
        "Obrigado.\n\nO que aconteceu depois? (Conte com calma)\nAntes da migração\nDepois da migração",
        lang="pt",
    ),
]
PLAIN_FIRST_SCORE = (
    "detector of 316fbac: 5/12 exactly right; P/R open_ended 0.400/0.800, single_choice "
    "0.500/0.167, ranking 1.000/0.000; 1 of 5 open questions given a widget (one the detector "
    "gave a widget before this batch too: an open invitation in small print after the question)"
)

# ---------------------------------------------------------------------------- DESCRIBE
# The regression held-out 3 showed (it is a regression corpus): "which of these words would
# you use to describe …? (choose all that apply) A / B / C" offers the words; written anew in
# five languages, beside open questions that ask for one's own words (DESCRIBE_FIRST_SCORE).
DESCRIBE: list[Case] = [
    C(
        M,
        "Thanks! Which of these would you use to describe the new editor? (select all that apply) Fast / Cluttered / Intuitive / Buggy",
        options=["Fast", "Cluttered", "Intuitive", "Buggy"],
    ),
    C(
        M,
        "Gracias. ¿Qué palabras usaría para describir nuestro soporte? (elija todas las que correspondan) Amable / Lento / Eficaz",
        options=["Amable", "Lento", "Eficaz"],
        lang="es",
    ),
    C(
        M,
        "Merci. Quels mots utiliseriez-vous pour décrire notre application ? (plusieurs réponses possibles) Simple / Lente / Complète",
        options=["Simple", "Lente", "Complète"],
        lang="fr",
    ),
    C(
        M,
        "Danke. Welche Wörter würden Sie verwenden, um unseren Support zu beschreiben? (Mehrfachauswahl möglich) Freundlich / Langsam / Kompetent",
        options=["Freundlich", "Langsam", "Kompetent"],
        lang="de",
    ),
    C(
        M,
        "Obrigado. Que palavras você usaria para descrever o aplicativo? (marque todas que se aplicam) Rápido / Confuso / Bonito",
        options=["Rápido", "Confuso", "Bonito"],
        lang="pt",
    ),
    D("Thanks. What words would you use to describe the editor to a colleague, and why?"),
    D(
        "Gracias. ¿Qué palabras usaría para describir el soporte? Dígalo con sus palabras.",
        lang="es",
    ),
    D("Merci. Quels mots utiliseriez-vous pour décrire l'application, et pourquoi ?", lang="fr"),
    D(
        "Danke. Welche Wörter würden Sie verwenden, um den Support zu beschreiben, und warum?",
        lang="de",
    ),
    D(
        "Obrigado. Que palavras você usaria para descrever o app? Explique com suas palavras.",
        lang="pt",
    ),
]
DESCRIBE_FIRST_SCORE = (
    "detector of 1c43d84: 8/10 exactly right; P/R open_ended 0.714/1.000, multiple_choice "
    "1.000/0.600; 0 of 5 open questions given a widget"
)

# ---------------------------------------------------------------------------- OPEN7
# Open questions only, against the rules BRACKET, PIPES, ANSWER_YN, PLAIN and DESCRIBE added:
# quoted specs, labelled rows, yes/no small print, unmarked lines and "describe" asks that
# must stay open (OPEN7_FIRST_SCORE, scored once after those batches were fixed).
OPEN7: list[Case] = [
    D(
        "Thanks. The survey showed [Scale: 1-5, 1 = Poor, 5 = Great] last time. What should we ask instead?"
    ),
    D(
        "Got it. Options: Daily | Weekly | Monthly were on the old form. Which of those felt wrong to you, and why?"
    ),
    D(
        "Understood. How would you describe the onboarding in your own words? (Select one word if you like, then explain)"
    ),
    D("Thanks.\n\nWhat happened next? (Tell me in detail)\nBefore the launch\nAfter the launch"),
    D(
        "Gracias. ¿Qué palabras usaría para describir el soporte y por qué?\nAmable\nLento",
        lang="es",
    ),
    D(
        "Merci. Ne répondez pas seulement par oui ou par non : comment cela s'est-il passé ?",
        lang="fr",
    ),
    D(
        "Danke.\n\nWas ist danach passiert? (Erzählen Sie gern ausführlich)\nVor dem Umzug\nNach dem Umzug",
        lang="de",
    ),
    D(
        "Obrigado. Antes você viu Opções: Mensal | Anual. O que faltou nessa lista?",
        lang="pt",
    ),
    D(
        "Gracias. Usted marcó 4 en [Escala: 1-5, 1 = Nada útil, 5 = Muy útil]. ¿Qué lo haría más útil?",
        lang="es",
    ),
    D(
        "Merci.\n\nRacontez-moi votre première semaine :\nL'installation\nLa formation\n(Prenez votre temps)",
        lang="fr",
    ),
]
OPEN7_FIRST_SCORE = (
    "detector of fa55747: 10/10 exactly right; 0 of 10 open questions given a widget"
)

# ---------------------------------------------------------------------------- WILLING
# Held-out 12's yes/no misses, written anew in five languages: one's willingness or consent
# ("Would you be open to trying …?", "Accepteriez-vous qu'on vous recontacte ?", "Wären Sie
# offen dafür, … zu testen?"), beside the same forms that ask for a story (WILLING_FIRST_SCORE,
# scored before the change made for it).
WILLING: list[Case] = [
    C(Y, "That makes sense. Would you be open to testing the new checkout before launch?"),
    C(Y, "Thanks! Would you be open to joining a 20-minute follow-up call next week?"),
    C(Y, "¿Estaría dispuesta a probar la nueva versión antes del lanzamiento?", lang="es"),
    C(Y, "Gracias. ¿Aceptaría que le volvamos a contactar para la siguiente fase?", lang="es"),
    C(Y, "Merci ! Accepteriez-vous qu'on vous envoie une version bêta ?", lang="fr"),
    C(Y, "D'accord. Accepteriez-vous que nous vous rappelions dans un mois ?", lang="fr"),
    C(Y, "Danke! Wären Sie offen dafür, die neue Version vorab zu testen?", lang="de"),
    C(Y, "Verstehe. Wären Sie bereit, an einem kurzen Folgegespräch teilzunehmen?", lang="de"),
    C(Y, "Entendi. Você estaria aberto a testar a nova versão antes do lançamento?", lang="pt"),
    C(
        Y,
        "Obrigado! Você aceitaria que a gente entrasse em contato de novo no mês que vem?",
        lang="pt",
    ),
    D("Would you be open to sharing what made you cancel?"),
    D("Would you be open to telling me a bit about how your team plans meals?"),
    D("¿Estaría dispuesto a contarme qué pasó ese día?", lang="es"),
    D("Accepteriez-vous de nous expliquer ce qui vous a freiné ?", lang="fr"),
    D("Wären Sie offen dafür, mir zu erzählen, wie das ablief?", lang="de"),
    D("Você estaria aberto a contar como foi essa experiência?", lang="pt"),
]
WILLING_FIRST_SCORE = (
    "detector of 1e5d3c1: 12/16 exactly right; P/R open_ended 0.600/1.000, yes_no "
    "1.000/0.600; 0 of 6 open questions given a widget"
)

# ---------------------------------------------------------------------------- BOTH_PREP
# Held-out 12's inline misses, written anew: options that each start with the same short
# preposition, closed by a "both" that has none ("plutôt en magasin, en ligne ou les deux ?",
# "viajar a trabalho, a lazer ou os dois?"): each option keeps its preposition, the verb before
# the first is no part of it; beside open questions over the same options
# (BOTH_PREP_FIRST_SCORE, scored before the change made for it).
BOTH_PREP: list[Case] = [
    C(S, "Got it. Do you usually pay by card, by bank transfer, or both?", options=["by card", "by bank transfer", "both"]),
    C(S, "I see. Do you work mostly from home, from the office, or a mix of both?", options=["from home", "from the office", "a mix of both"]),
    C(S, "Entiendo. ¿Usted compra sobre todo en tienda, en línea o ambas?", options=["en tienda", "en línea", "ambas"], lang="es"),
    C(S, "¿Suele viajar por trabajo, por ocio o los dos?", options=["por trabajo", "por ocio", "los dos"], lang="es"),
    C(S, "D'accord. Vous utilisez l'application plutôt sur mobile, sur ordinateur ou les deux ?", options=["sur mobile", "sur ordinateur", "les deux"], lang="fr"),
    C(S, "Vous payez généralement par carte, par virement ou un peu les deux ?", options=["par carte", "par virement", "un peu les deux"], lang="fr"),
    C(S, "Verstehe. Arbeiten Sie eher im Büro, im Homeoffice oder beides?", options=["im Büro", "im Homeoffice", "beides"], lang="de"),
    C(S, "Kaufen Sie meistens im Laden, im Internet oder beides gleichermaßen?", options=["im Laden", "im Internet", "beides gleichermaßen"], lang="de"),
    C(S, "Entendi. Você usa o app no celular, no computador ou ambos?", options=["no celular", "no computador", "ambos"], lang="pt"),
    C(S, "Certo. Você paga geralmente com cartão, com Pix ou os dois?", options=["com cartão", "com Pix", "os dois"], lang="pt"),
    D("Why do you pay by card, by bank transfer, or both?"),
    D("You said you work from home, from the office, and sometimes both. How does that shape your week?"),
    D("¿Por qué compra en tienda, en línea o ambas? Cuénteme.", lang="es"),
    D("Pourquoi utilisez-vous l'application sur mobile, sur ordinateur ou les deux ?", lang="fr"),
    D("Warum arbeiten Sie eher im Büro, im Homeoffice oder beides?", lang="de"),
    D("Como você decide se viaja a trabalho, a lazer ou os dois?", lang="pt"),
]  # fmt: skip
BOTH_PREP_FIRST_SCORE = (
    "detector of 1e5d3c1: 8/16 exactly right; P/R open_ended 0.500/0.833, single_choice "
    "0.500/0.300; 1 of 6 open questions given a widget"
)

# ---------------------------------------------------------------------------- LEGEND
# Held-out 12's scale miss, written anew: the two ends as a legend on their own lines under
# the ask, a dash after each point ("1 – stimme überhaupt nicht zu\n7 – stimme voll und ganz
# zu"); beside open questions over the same legend (LEGEND_FIRST_SCORE, scored before the
# change made for it).
LEGEND: list[Case] = [
    C(SC, 'Thanks! How much do you agree with this statement: "Setting up the app was easy."\n\n1 – strongly disagree\n7 – strongly agree', scale=(1, 7), labels={"lo": "strongly disagree", "hi": "strongly agree"}),
    C(SC, "Got it. How satisfied are you with the search feature?\n\n1 - very dissatisfied\n5 - very satisfied", scale=(1, 5), labels={"lo": "very dissatisfied", "hi": "very satisfied"}),
    C(SC, "Gracias. ¿Qué tan de acuerdo está con esta afirmación: «El precio es justo»?\n\n1 – totalmente en desacuerdo\n5 – totalmente de acuerdo", scale=(1, 5), labels={"lo": "totalmente en desacuerdo", "hi": "totalmente de acuerdo"}, lang="es"),
    C(SC, "Merci ! Dans quelle mesure êtes-vous d'accord avec l'affirmation suivante : « L'application est intuitive. »\n\n1 — pas du tout d'accord\n7 — tout à fait d'accord", scale=(1, 7), labels={"lo": "pas du tout d'accord", "hi": "tout à fait d'accord"}, lang="fr"),
    C(SC, "Danke! Wie zufrieden sind Sie mit dem Kundenservice?\n\n1 – sehr unzufrieden\n5 – sehr zufrieden", scale=(1, 5), labels={"lo": "sehr unzufrieden", "hi": "sehr zufrieden"}, lang="de"),
    C(SC, "Wie sehr stimmen Sie folgender Aussage zu: „Die Preise sind fair.“\n\n0 – stimme gar nicht zu\n10 – stimme voll zu", scale=(0, 10), labels={"lo": "stimme gar nicht zu", "hi": "stimme voll zu"}, lang="de"),
    C(SC, "Obrigado! O quanto você concorda com a frase: “O app é fácil de usar.”\n\n1 – discordo totalmente\n5 – concordo totalmente", scale=(1, 5), labels={"lo": "discordo totalmente", "hi": "concordo totalmente"}, lang="pt"),
    D("Earlier you used this scale:\n\n1 – strongly disagree\n7 – strongly agree\n\nYou picked 3. What held you back?"),
    D("Gracias. Usted marcó 2 en esta escala:\n1 – nada satisfecho\n5 – muy satisfecho\n¿Qué podríamos mejorar?", lang="es"),
    D("Merci. Racontez-moi ce qui s'est passé à ces deux étapes :\n\n1 – l'installation\n2 – la formation", lang="fr"),
    D("Danke. Was müsste passieren, damit Sie Ihre Meinung ändern?\n\n1 – stimme gar nicht zu\n7 – stimme voll zu", lang="de"),
    D("Obrigado. Por que você discorda da frase?\n\n1 – discordo totalmente\n5 – concordo totalmente", lang="pt"),
]  # fmt: skip
LEGEND_FIRST_SCORE = (
    "detector of 1e5d3c1: 5/12 exactly right; P/R open_ended 0.417/1.000, scale "
    "1.000/0.000; 0 of 5 open questions given a widget"
)

SESSION5: list[Case] = [
    *SEMI,
    *LEAD,
    *WORDS,
    *ASIDE_YN,
    *FRAMED,
    *WHO_ELSE,
    *TAP,
    *DOTS,
    *DRAWN,
    *CONFIRM,
    *LENGTH,
    *PREP,
    *SECOND,
    *OPEN5,
    *THIRD,
    *FOURTH,
    *OPEN6,
    *FIFTH,
    *SIXTH,
    *BRACKET,
    *PIPES,
    *ANSWER_YN,
    *PLAIN,
    *DESCRIBE,
    *OPEN7,
    *WILLING,
    *BOTH_PREP,
]
