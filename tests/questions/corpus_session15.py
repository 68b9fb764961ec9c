"""Session 15's batches: families written anew from the misses of held-out corpora, with
questions of the same shape beside them. Each batch's first score, on the detector before the
change made for it, is kept beside it (printed by tests/benchmarks/questions.py).

* STATED_ALTERNATIVES (from held-out 31, a production interviewer with no house format): the
  options of a choice at the end of a question asked with no interrogative word, each after
  the same short word ("Vous faites vos courses principalement en magasin, en drive ou en
  livraison ?", "Do you pay by card, by transfer or by cheque?"), or each one word with the
  same ending ("… mensalmente, quinzenalmente ou semanalmente?", "monthly, quarterly or
  yearly?"); a list under "You are:" / "Vous étiez plutôt :" / "Sie sind:" (a choice of what
  describes the participant). Open questions of the same shapes beside them: an interrogative
  before the options, an invitation to tell, a list of what someone said.
"""

from __future__ import annotations

from tests.questions.cases import OE, C, Case, D, S

STATED_ALTERNATIVES: list[Case] = [
    C(
        S,
        "Merci. Vous réglez vos achats plutôt par carte, par virement ou par chèque ?",
        options=["par carte", "par virement", "par chèque"],
        lang="fr",
    ),
    C(
        S,
        "Do you mostly pay by card, by bank transfer or by cash?",
        options=["by card", "by bank transfer", "by cash"],
    ),
    C(
        S,
        "¿Y usted viaja sobre todo en coche, en tren o en autobús?",
        options=["en coche", "en tren", "en autobús"],
        lang="es",
    ),
    C(
        S,
        "Você costuma estudar em casa, na biblioteca ou no trabalho?",
        options=["em casa", "na biblioteca", "no trabalho"],
        lang="pt",
    ),
    C(
        S,
        "Fahren Sie meistens mit dem Rad, mit dem Bus oder mit dem Auto zur Arbeit?",
        options=["mit dem Rad", "mit dem Bus", "mit dem Auto zur Arbeit"],
        lang="de",
    ),
    C(
        S,
        "Got it. Do you back up your files daily, weekly or monthly?",
        options=["daily", "weekly", "monthly"],
    ),
    C(
        S,
        "¿Revisa su saldo diariamente, semanalmente o mensualmente?",
        options=["diariamente", "semanalmente", "mensualmente"],
        lang="es",
    ),
    C(
        S,
        "Vous consultez l'application quotidiennement, hebdomadairement ou occasionnellement ?",
        options=["quotidiennement", "hebdomadairement", "occasionnellement"],
        lang="fr",
    ),
    C(
        S,
        "Bezahlen Sie die Rechnung monatlich, vierteljährlich oder jährlich?",
        options=["monatlich", "vierteljährlich", "jährlich"],
        lang="de",
    ),
    C(
        S,
        "Para este projeto, você era mais:\n\n- Comprador pela primeira vez\n- Investidor\n"
        "- Proprietário que vende para comprar outro",
        options=[
            "Comprador pela primeira vez",
            "Investidor",
            "Proprietário que vende para comprar outro",
        ],
        lang="pt",
    ),
    C(
        S,
        "Thanks! In your team, you are:\n\n- The one who buys the tools\n- A daily user\n- Both",
        options=["The one who buys the tools", "A daily user", "Both"],
    ),
    C(
        S,
        "Beruflich sind Sie eher:\n- angestellt\n- selbstständig\n- im Ruhestand",
        options=["angestellt", "selbstständig", "im Ruhestand"],
        lang="de",
    ),
    C(
        S,
        "En el momento de la compra, usted era:\n\n1. Estudiante\n2. Trabajador\n3. Jubilado",
        options=["Estudiante", "Trabajador", "Jubilado"],
        lang="es",
    ),
    D("How did it go with the card, the transfer or the cash payment, in the end?"),
    D("Why do you travel by car, by train or by bus most of the time?", lang="en"),
    D("Racontez-moi comment ça se passe en magasin, en drive ou en livraison ?", lang="fr"),
    D(
        "¿Qué le hizo pasar de revisarlo diariamente a hacerlo semanal o mensualmente?",
        lang="es",
    ),
    D(
        "Here is what you told me so far:\n\n- You pay monthly\n- You use the app daily\n"
        "- You share it with your partner",
    ),
    D(
        "Wie kam es dazu, dass Sie nicht mehr täglich, sondern wöchentlich oder monatlich zahlen?",
        lang="de",
    ),
    C(OE, "Você usa o app em casa, no trabalho ou na rua? Me conta um pouco de cada.", lang="pt"),
]

STATED_ALTERNATIVES_FIRST_SCORE = "detector of aaea8ba: 6/20 exactly right; open_ended 0.385/0.714, single_choice 0.143/0.077 (a shared preposition left out of the options, the options of a question with no interrogative and a list under 'You are:' unread); 2 of 6 open questions given a widget ('How did it go with the card, the transfer or the cash payment, in the end?', a list that sums up what the participant said). Two open questions first written were choices after all ('What is hardest: checking it daily, weekly or monthly?') and were replaced before the score was kept"

SESSION15: list[Case] = [*STATED_ALTERNATIVES]
