"""Held-out corpus 4: whole interviewer turns as a chatty language model writes them.

A third style: each message acknowledges the last answer, moves on, and asks, with Markdown
(bold, headings, emoji) and sometimes a closing line, in the five languages. Written after the
detector was tuned and before the misses of held-out corpora 2 and 3 were looked at, so that
nothing changed after that can have been made for it. Scored once (FIRST_SCORES, the figure
that counts); its two misses were then looked at and their rules added, in other words, as
batch 10 of corpus_families.py.
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

OE, S, M, R, Y, SC = "open_ended", "single_choice", "multiple_choice", "ranking", "yes_no", "scale"

CHATTY: list[Case] = [
    # single choice
    C(S, "Thanks so much for walking me through that — it sounds like the handover between sales and support is where things get lost. 🙏\n\nLet's switch gears a little. **Which of these best describes how your team hands over a new customer?**\n\n1. A call between both teams\n2. A shared document\n3. A ticket in our help desk\n4. There's no formal handover", options=["A call between both teams", "A shared document", "A ticket in our help desk", "There's no formal handover"]),
    C(S, "That's a really helpful picture, thank you!\n\n### Your setup\n\nWhere does most of your work happen day to day?\n\n- **In the browser**\n- **In the desktop app**\n- **On my phone**\n\nJust pick the one that's closest.", options=["In the browser", "In the desktop app", "On my phone"]),
    C(S, "Got it, so budget approval is the slow part. 😅 Quick follow-up: would you say the approval usually takes days, weeks, or months?", options=["days", "weeks", "months"]),
    C(S, "¡Gracias por contármelo! Tiene mucho sentido.\n\nAhora me gustaría saber un poco sobre tu equipo. ¿Cuántas personas lo forman?\n\na) Entre 1 y 5\nb) Entre 6 y 15\nc) Más de 15", options=["Entre 1 y 5", "Entre 6 y 15", "Más de 15"], lang="es"),
    C(S, "Merci, c'est très clair. 👍\n\nPour la suite, j'aimerais savoir comment vous avez découvert notre outil :\n\n1. Par le bouche-à-oreille\n2. Par une recherche sur Internet\n3. Par un salon professionnel\n4. Autre (précisez)", options=["Par le bouche-à-oreille", "Par une recherche sur Internet", "Par un salon professionnel"], allow_other=True, lang="fr"),
    C(S, "Danke, das hilft mir sehr weiter!\n\nWelche dieser Aussagen trifft am ehesten auf Sie zu?\n\n- Ich nutze das Tool täglich\n- Ich nutze es ein paar Mal pro Woche\n- Ich nutze es eher selten", options=["Ich nutze das Tool täglich", "Ich nutze es ein paar Mal pro Woche", "Ich nutze es eher selten"], lang="de"),
    C(S, "Perfeito, obrigado pela explicação! 😊\n\nE qual destes planos a sua empresa usa hoje?\n\n**1.** Gratuito\n**2.** Profissional\n**3.** Empresarial", options=["Gratuito", "Profissional", "Empresarial"], lang="pt"),
    # multiple choice
    C(M, "Love that example, thank you! It really shows how much time goes into reporting.\n\nWhich of the following reports do you build every month? Tick as many as you need:\n\n- Revenue\n- Churn\n- Pipeline\n- Support volume", options=["Revenue", "Churn", "Pipeline", "Support volume"]),
    C(M, "Thanks! Next, I'd like to understand your toolkit.\n\n**What do you use to talk to customers?**\n\n1. Email\n2. Live chat\n3. Phone\n4. WhatsApp\n\nSelect everything that applies. 🙂", options=["Email", "Live chat", "Phone", "WhatsApp"]),
    C(M, "Okay, that makes sense. If you could only keep **two** of these features, which would they be?\n\n1. Dashboards\n2. Alerts\n3. Exports\n4. Integrations\n\nPlease choose no more than two.", options=["Dashboards", "Alerts", "Exports", "Integrations"], max_choices=2),
    C(M, "¡Genial! Cuéntame cuáles de estas funciones has probado ya. Puedes marcar todas las que quieras:\n\n- Plantillas\n- Automatizaciones\n- Informes\n- Integraciones", options=["Plantillas", "Automatizaciones", "Informes", "Integraciones"], lang="es"),
    C(M, "Très intéressant ! Parmi ces fonctionnalités, lesquelles utilisez-vous régulièrement ? Plusieurs choix sont possibles.\n\n- Tableaux de bord\n- Alertes\n- Exports\n- Intégrations", options=["Tableaux de bord", "Alertes", "Exports", "Intégrations"], lang="fr"),
    C(M, "Verstehe, danke! Welche dieser Kanäle nutzen Sie für den Kundenkontakt?\n\n1. E-Mail\n2. Telefon\n3. Chat\n4. Soziale Medien\n\nSie können gerne mehrere ankreuzen.", options=["E-Mail", "Telefon", "Chat", "Soziale Medien"], lang="de"),
    C(M, "Ótimo! Quais destas integrações você já configurou? Escolha até três:\n\n1. Slack\n2. Google Drive\n3. Salesforce\n4. HubSpot\n5. Zapier", options=["Slack", "Google Drive", "Salesforce", "HubSpot", "Zapier"], lang="pt", max_choices=3),
    # ranking
    C(R, "Super useful, thanks. 🙌 Last one on priorities: could you rank these from most to least important for your team?\n\n1. Speed\n2. Reliability\n3. Price\n4. Support", options=["Speed", "Reliability", "Price", "Support"]),
    C(R, "Gracias. Para terminar este bloque, ordena estos aspectos según su importancia para ti, del más importante al menos importante:\n\n- Precio\n- Facilidad de uso\n- Soporte", options=["Precio", "Facilidad de uso", "Soporte"], lang="es"),
    C(R, "Danke! Könnten Sie diese Punkte in eine Reihenfolge bringen, das Wichtigste zuerst?\n\n1. Preis\n2. Datenschutz\n3. Bedienbarkeit", options=["Preis", "Datenschutz", "Bedienbarkeit"], lang="de"),
    # scale
    C(SC, "Thanks for being so candid! 💬\n\n**Quick rating:** on a scale of 1 to 5, how easy is it to find what you need in the app?", scale=(1, 5)),
    C(SC, "That's great to hear. One more number for me: how likely are you to recommend us to a friend or colleague? 0 means not at all, 10 means absolutely.", scale=(0, 10)),
    C(SC, "Merci beaucoup ! Sur une échelle de 1 à 10, dans quelle mesure êtes-vous satisfait de notre support ?", scale=(1, 10), lang="fr"),
    C(SC, "Muito obrigado! Numa escala de 0 a 10, qual a probabilidade de você recomendar a nossa plataforma?", scale=(0, 10), lang="pt"),
    C(SC, "Vielen Dank! Wie zufrieden sind Sie insgesamt mit der App, auf einer Skala von 1 bis 5?", scale=(1, 5), lang="de"),
    # yes / no
    C(Y, "Thanks, that's really clear. Before we move on — are you the person who signs the contract renewals?"),
    C(Y, "Appreciate it! 😊 One quick check: have you ever used our mobile app?"),
    C(Y, "Great, thank you. Would it be alright if we reached out in a few weeks to see how things are going?"),
    C(Y, "¡Perfecto! Una pregunta rápida: ¿has usado alguna vez la función de exportar?", lang="es"),
    C(Y, "Merci ! Petite question : avez-vous déjà contacté notre support ?", lang="fr"),
    C(Y, "Danke! Kurze Frage: Haben Sie die neue Version schon installiert?", lang="de"),
    C(Y, "Obrigado! Pergunta rápida: você já usou a versão para celular?", lang="pt"),
    C(Y, "Understood. And just to confirm — is your company based in the EU? (yes/no)"),
    # open-ended
    C(OE, "Thanks for sharing that, it's super helpful! 🙏\n\nI'm curious: what was going through your mind the first time you opened the dashboard?"),
    C(OE, "That makes a lot of sense. You mentioned three tools earlier:\n\n- Jira\n- Notion\n- Slack\n\nHow do they fit together in a normal week for you?"),
    C(OE, "Got it! Would you be up for telling me a bit about the last time the sync failed?"),
    C(OE, "Thanks! So you rated onboarding a 3 out of 5. What would have made it a 5?"),
    C(OE, "Interesting — you can pick any example that comes to mind: what's one thing you wish the app did differently?"),
    C(OE, "¡Qué interesante! ¿Y cómo reaccionó tu equipo cuando empezasteis a usarlo?", lang="es"),
    C(OE, "Entiendo. ¿Podrías contarme qué pasó la última vez que tuviste que exportar datos?", lang="es"),
    C(OE, "Merci ! Qu'est-ce qui vous a le plus surpris lors de la mise en place ?", lang="fr"),
    C(OE, "Je vois. Pourriez-vous me décrire une journée type avec l'outil ?", lang="fr"),
    C(OE, "Danke! Was hat Sie bei der Einführung am meisten überrascht?", lang="de"),
    C(OE, "Verstehe. Können Sie mir erzählen, wie Ihr Team das Tool heute nutzt?", lang="de"),
    C(OE, "Legal! O que fez você escolher a nossa ferramenta em vez de outras?", lang="pt"),
    C(OE, "Entendi. Pode me contar como foi a primeira semana de uso?", lang="pt"),
    D("Thanks! Just to recap what I've heard so far:\n\n1. Reporting takes too long\n2. Exports break on big files\n3. Support is great\n\nDid I miss anything, or is there more you'd add?"),
    D("Great. Between the 10 or so dashboards you have, which ones do you actually open every week, and why those?"),
    D("You said it took 2-3 weeks to get set up. Walk me through what happened in that time?"),
]  # fmt: skip

#: What this corpus scored, and when (a figure counts only if nothing was changed for it).
FIRST_SCORES: dict[str, str] = {
    "once, after all tuning (detector of commit 5891443, no miss looked at before)": (
        "44/46 exactly right; P/R open_ended 0.941/1.000, scale 1.000/1.000, "
        "single_choice 0.875/1.000, multiple_choice 1.000/0.857, ranking 1.000/1.000, "
        "yes_no 1.000/0.875; 0 of 16 open questions given a widget"
    ),
}
