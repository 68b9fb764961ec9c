"""Session 13's fifth batches: the families held-out 24 (an interviewer answering in the
participant's language with translated, sloppy phrasing) showed, written anew in five languages,
with open questions of the same shape beside them that must stay open. Each batch's first score,
on the detector before the change made for it (commit db72bc2), is kept beside it (printed by
tests/benchmarks/questions.py).

* NUMBERED_INLINE: options numbered on the question's line ("… ? 1) Free 2) Pro 3) Business");
* DASHED: options between spaced hyphens ("SSO - audit logs - custom roles", "Elige hasta 2 …
  - velocidad - diseño - precio"); prose with dashes stays open;
* UNMARKED_ASK: a question whose "?" was left out, where the word order asks ("Würdest du …
  bezahlen", "Did you try the export", "Avez-vous essayé …"); statements and imperatives
  without a mark stay open ("You use the app every day", "Gracias por tu tiempo", "Nimm dir
  ruhig Zeit", "Sagen Sie uns gern mehr dazu"). Spanish and Portuguese questions without their
  marks are not read as questions: only the marks tell them from statements;
* ANGLICISMS: "Comment tu rates … de 1 à 7 ?", "Kannst du diese Features ranken …?".
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

S, M, R, SC, Y = "single_choice", "multiple_choice", "ranking", "scale", "yes_no"

NUMBERED_INLINE: list[Case] = [
    C(
        S,
        "Which plan are you on? 1) Starter 2) Team 3) Enterprise",
        options=["Starter", "Team", "Enterprise"],
    ),
    C(
        S,
        "Cuántas veces usas la app por semana? 1) Una 2) Dos o tres 3) Casi a diario",
        options=["Una", "Dos o tres", "Casi a diario"],
        lang="es",
    ),
    C(
        S,
        "Tu utilises quel navigateur? 1) Chrome 2) Firefox 3) Safari",
        options=["Chrome", "Firefox", "Safari"],
        lang="fr",
    ),
    C(
        S,
        "Wie oft exportierst du Daten? 1) Täglich 2) Wöchentlich 3) Selten",
        options=["Täglich", "Wöchentlich", "Selten"],
        lang="de",
    ),
    C(
        S,
        "Qual navegador voce usa? 1) Chrome 2) Firefox 3) Safari",
        options=["Chrome", "Firefox", "Safari"],
        lang="pt",
    ),
    D("What happened after step 1) and before step 2) of the setup?"),
]
NUMBERED_INLINE_FIRST_SCORE = "detector of db72bc2: 1/6 exactly right; single_choice 1.000/0.000 ('1) … 2) … 3) …' on the question's line read as no list); 0 of 1 open question given a widget"

DASHED: list[Case] = [
    C(
        R,
        "Rank these by priority (top = most needed): reports - alerts - exports - API",
        options=["reports", "alerts", "exports", "API"],
    ),
    C(
        M,
        "Elige hasta 2 cosas que quieras que cambiemos - menú - precios - horarios - envío",
        options=["menú", "precios", "horarios", "envío"],
        max_choices=2,
        lang="es",
    ),
    C(
        M,
        "Qu'est-ce que tu utilises ? (plusieurs réponses possibles) les filtres - la recherche "
        "- les favoris",
        options=["les filtres", "la recherche", "les favoris"],
        lang="fr",
    ),
    C(
        M,
        "Welche Funktionen fehlen dir? Wähle bis zu 2: Export - Kalender - Chat - Vorlagen",
        options=["Export", "Kalender", "Chat", "Vorlagen"],
        max_choices=2,
        lang="de",
    ),
    C(
        M,
        "Escolha até 2 coisas que você mudaria - cores - menus - notificações - preços",
        options=["cores", "menus", "notificações", "preços"],
        max_choices=2,
        lang="pt",
    ),
    D("Tell me about the trip - the flight - the hotel - whatever stood out."),
    D("How was your week - good or bad - and why?"),
]
DASHED_FIRST_SCORE = "detector of db72bc2: 2/7 exactly right; multiple_choice 1.000/0.000, ranking 1.000/0.000 (a spaced hyphen read as no separator); 0 of 2 open questions given a widget"

UNMARKED_ASK: list[Case] = [
    C(Y, "Did you try the new export feature"),
    C(Y, "Würden Sie die App einem Kollegen empfehlen", lang="de"),
    C(Y, "Hast du die neue Suche schon ausprobiert", lang="de"),
    C(Y, "Avez-vous déjà essayé le mode hors ligne", lang="fr"),
    D("You use the app every day"),
    D("Thanks! You are doing great"),
    D("Gracias por tu tiempo", lang="es"),
    D("Puedes saltarte esta pregunta", lang="es"),
    D("Nimm dir ruhig Zeit", lang="de"),
    D("Sagen Sie uns gern mehr dazu", lang="de"),
    D("Tu peux passer cette question", lang="fr"),
    D("Você pode pular esta pergunta", lang="pt"),
]
UNMARKED_ASK_FIRST_SCORE = "detector of db72bc2: 8/12 exactly right; yes_no 1.000/0.000 (a question without its '?' read as a statement); 0 of 8 open questions given a widget"

ANGLICISMS: list[Case] = [
    C(
        SC,
        "Comment tu rates le nouveau dashboard, de 1 à 5 ? 1 = nul, 5 = génial",
        scale=(1, 5),
        labels={"lo": "nul", "hi": "génial"},
        lang="fr",
    ),
    C(
        R,
        "Kannst du diese Tools ranken, von am meisten genutzt bis am wenigsten?\n1. Slack\n"
        "2. Jira\n3. Notion",
        options=["Slack", "Jira", "Notion"],
        lang="de",
    ),
]
ANGLICISMS_FIRST_SCORE = (
    "detector of db72bc2: 0/2 exactly right ('rates' and 'ranken' not read as rating and ranking)"
)

TRANSLATED: list[Case] = [*NUMBERED_INLINE, *DASHED, *UNMARKED_ASK, *ANGLICISMS]
