"""Tuning corpus: real-looking interviewer messages with the widget a careful reader would expect.

Written before the detector was tuned, from how AI interviewers (and the sandbox) phrase questions.
The held-out corpus (corpus_holdout.py) was written at the same time and is never used for tuning.
"""

from __future__ import annotations

from tests.questions.cases import OE, SC, C, Case, D, M, R, S, Y

CASES: list[Case] = [
    # ------------------------------------------------------------------ open-ended (plain)
    C(
        OE,
        "Hi Jane! Thanks for taking the time to chat with me today. To start, could you tell me a bit about your role and what a typical day looks like?",
    ),
    C(
        OE,
        "That's really interesting. What made you start looking for a new tool in the first place?",
    ),
    C(OE, "Could you tell me more about that?"),
    C(
        OE,
        "Can you describe the last time you used the dashboard? Walk me through what you did step by step.",
    ),
    C(OE, "Thanks for sharing! 😊 How did your team react when you rolled it out?"),
    C(OE, "Got it. Why do you think that happened?"),
    C(OE, "What, if anything, would you change about the checkout experience?"),
    C(
        OE,
        "I'd love to hear more. What's the **biggest frustration** you have with your current setup?",
    ),
    C(OE, "Is there anything else you'd like to share before we wrap up?"),
    C(OE, "Do you have any other thoughts on the onboarding that we haven't covered?"),
    C(OE, "How do you usually decide which tasks to tackle first in the morning?"),
    C(OE, "Would you mind walking me through how you set that up?"),
    C(OE, "Could you give me an example of a time when the reports saved you time?"),
    C(OE, "Would you use it again? Why or why not?"),
    C(OE, "Have you ever tried a competitor's product? If so, what was that experience like?"),
    C(OE, "Did anything surprise you during setup, and how did you work around it?"),
    C(OE, "Can you tell me what you were trying to accomplish when that happened?"),
    C(OE, "That makes sense. What does success look like for you six months from now?"),
    C(OE, "Interesting! Which part of the workflow takes you the most time, and why?"),
    C(
        OE,
        "Thank you so much for your time today — this has been incredibly helpful. Is there anything you'd like to ask me?",
    ),
    C(OE, "Cuéntame un poco sobre tu trabajo. ¿Cómo es un día normal para ti?", lang="es"),
    C(OE, "¿Podrías contarme más sobre eso?", lang="es"),
    C(
        OE,
        "Merci pour votre réponse ! Pouvez-vous me décrire la dernière fois que vous avez utilisé l'application ?",
        lang="fr",
    ),
    C(OE, "Qu'est-ce qui vous a poussé à chercher une nouvelle solution ?", lang="fr"),
    C(
        OE,
        "Danke! Können Sie mir mehr darüber erzählen, wie Ihr Team die Berichte nutzt?",
        lang="de",
    ),
    C(OE, "Was war für Sie die größte Herausforderung bei der Einführung?", lang="de"),
    C(
        OE,
        "Obrigado! Pode me contar um pouco mais sobre como você usa o aplicativo no dia a dia?",
        lang="pt",
    ),
    C(OE, "O que você mudaria no processo de pagamento?", lang="pt"),
    # ------------------------------------------------------------------ open-ended distractors
    D("In the last 3 months, what has been the most frustrating part of using the app?"),
    D("Tell me about the 2 or 3 tools you use most in a typical week."),
    D(
        "Here's a recap of what you've told me so far:\n\n1. You switched from spreadsheets last year\n2. Reporting is the main pain point\n3. Your team has 12 people\n\nWhat else should I know?"
    ),
    D(
        "You mentioned the price went from $49 to $79 per month. How did that change affect your decision?"
    ),
    D("Since version 2.3 we changed the editor. What do you think of the new toolbar?"),
    D("Last time you rated us 3 out of 5. What, if anything, has changed since then?"),
    D("You said you joined on 12/03/2024 — what were you hoping to get out of it back then?"),
    D("What happens between 9 and 5 on a typical Monday for you?"),
    D(
        "Thanks! So far I've noted:\n- onboarding was slow\n- the mobile app crashes\n- support was great\n\nCan you tell me more about the crashes?"
    ),
    D("You use it about 10 to 15 times a day — what are you usually doing in those moments?"),
    D(
        "Of the three features you mentioned (export, sharing, and comments), which one matters most to you and why?"
    ),
    D(
        "It sounds like you've been a customer for 4 years. How has your use of the product evolved over that time?"
    ),
    D("Great. Imagine it's 2027 and the product is perfect: what does it do for you?"),
    D(
        "On a typical day, how many of the 20 or so reports do you actually open, and what are you looking for?"
    ),
    D(
        "I see you have **5 team members** on the Pro plan (€25/user). How did you decide on that plan?"
    ),
    D(
        "You mentioned two options earlier: either building it in-house or buying a tool. How did you weigh those?"
    ),
    D("Hmm, 1 to 2 hours sounds like a lot! What takes up most of that time?"),
    D("When you say it's a 7, what would it take to make it a 10?"),
    D("Step 1 was signing up and step 2 was inviting your team. What happened at step 3?"),
    D("Got it — so your top priorities are speed, price and support. Why is speed at the top?"),
    D("Hace 3 meses cambiaron el precio de 10 a 15 euros. ¿Qué te pareció ese cambio?", lang="es"),
    D(
        "Vous avez mentionné 2 ou 3 outils. Lesquels utilisez-vous le plus, et pour quoi faire ?",
        lang="fr",
    ),
    D("Seit Version 4.1 gibt es den neuen Editor. Wie gefällt er Ihnen bisher?", lang="de"),
    D("Você disse que usa o app de 3 a 4 vezes por semana. Em que situações?", lang="pt"),
    D(
        "Can you rank for me, in your own words, why those things matter? I'm curious about your reasoning."
    ),
    # ------------------------------------------------------------------ scale
    C(SC, "On a scale of 1 to 10, how satisfied are you with the product overall?", scale=(1, 10)),
    C(
        SC,
        "On a scale of 0 to 10, where 0 means not at all likely and 10 means extremely likely, how likely are you to keep using Acme next year?",
        scale=(0, 10),
        labels={"0": "not at all likely", "10": "extremely likely"},
    ),
    C(SC, "How likely are you to recommend Acme to a friend or colleague?", scale=(0, 10)),
    C(
        SC,
        "Thanks! 🙏 Next one: how likely is it that you would recommend our app to a friend?",
        scale=(0, 10),
    ),
    C(SC, "How would you rate the onboarding experience from 1-5?", scale=(1, 5)),
    C(
        SC,
        "Please rate the quality of our support on a scale from 1 (poor) to 5 (excellent).",
        scale=(1, 5),
        labels={"1": "poor", "5": "excellent"},
    ),
    C(SC, "Out of 10, how would you score the new dashboard?", scale=(0, 10)),
    C(
        SC,
        "How easy was it to find what you needed? Please answer on a scale of 1 to 7, where 1 is very difficult and 7 is very easy.",
        scale=(1, 7),
        labels={"1": "very difficult", "7": "very easy"},
    ),
    C(SC, "Rate your confidence in the data, 1-5.", scale=(1, 5)),
    C(SC, "**Quick rating:** on a 1–5 scale, how clear were the pricing pages?", scale=(1, 5)),
    C(
        SC,
        "How satisfied are you with the speed of the app?\n\n1 = Very dissatisfied\n2 = Dissatisfied\n3 = Neutral\n4 = Satisfied\n5 = Very satisfied",
        scale=(1, 5),
        labels={"1": "Very dissatisfied", "5": "Very satisfied"},
    ),
    C(
        SC,
        'How much do you agree with this statement: "The reports help me make better decisions."\n\n1 - Strongly disagree\n2 - Disagree\n3 - Neither agree nor disagree\n4 - Agree\n5 - Strongly agree',
        scale=(1, 5),
    ),
    C(SC, "From 0-10, how likely are you to renew your subscription?", scale=(0, 10)),
    C(
        SC,
        "On a scale of 1-10 (1 = not at all, 10 = completely), how well does the product fit your workflow?",
        scale=(1, 10),
        labels={"1": "not at all", "10": "completely"},
    ),
    C(
        SC,
        "I'd like to get a quick number from you. On a scale of 1 to 5, how would you rate the mobile app?",
        scale=(1, 5),
    ),
    C(SC, "Got it. How would you rate your overall experience, from 1 to 10?", scale=(1, 10)),
    C(SC, "How would you rate the documentation? (1 = poor, 5 = excellent)", scale=(1, 5)),
    C(
        SC,
        "On a scale of 0 to 10, how likely are you to recommend the product to a colleague?",
        scale=(0, 10),
    ),
    C(
        SC,
        "Using a 1 to 5 scale where 5 is best, how would you rate the search feature?",
        scale=(1, 5),
    ),
    C(SC, "How would you rate the checkout speed out of 5?", scale=(1, 5)),
    C(
        SC,
        "En una escala del 1 al 5, ¿qué tan satisfecho estás con el servicio?",
        scale=(1, 5),
        lang="es",
    ),
    C(
        SC,
        "En una escala de 0 a 10, donde 0 significa nada probable y 10 significa muy probable, ¿qué probabilidad hay de que sigas usando la app?",
        scale=(0, 10),
        labels={"0": "nada probable", "10": "muy probable"},
        lang="es",
    ),
    C(
        SC,
        "¿Qué probabilidad hay de que recomiendes nuestra app a un amigo?",
        scale=(0, 10),
        lang="es",
    ),
    C(
        SC,
        "Sur une échelle de 0 à 10, où 0 signifie pas du tout probable et 10 signifie très probable, quelle est la probabilité que vous renouveliez ?",
        scale=(0, 10),
        labels={"0": "pas du tout probable", "10": "très probable"},
        lang="fr",
    ),
    C(
        SC,
        "Sur une échelle de 1 à 5, comment évaluez-vous notre support ?",
        scale=(1, 5),
        lang="fr",
    ),
    C(
        SC,
        "Quelle est la probabilité que vous recommandiez notre produit à un collègue ?",
        scale=(0, 10),
        lang="fr",
    ),
    C(
        SC,
        "Auf einer Skala von 0 bis 10, wobei 0 überhaupt nicht wahrscheinlich und 10 äußerst wahrscheinlich bedeutet: Wie wahrscheinlich ist es, dass Sie verlängern?",
        scale=(0, 10),
        lang="de",
    ),
    C(
        SC,
        "Auf einer Skala von 1 bis 5: Wie zufrieden sind Sie mit der App?",
        scale=(1, 5),
        lang="de",
    ),
    C(
        SC,
        "Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen empfehlen?",
        scale=(0, 10),
        lang="de",
    ),
    C(
        SC,
        "Numa escala de 0 a 10, onde 0 significa nada provável e 10 significa muito provável, qual a probabilidade de você continuar usando o app?",
        scale=(0, 10),
        lang="pt",
    ),
    C(
        SC,
        "Em uma escala de 1 a 5, quão satisfeito você está com o suporte?",
        scale=(1, 5),
        lang="pt",
    ),
    C(
        SC,
        "Qual a probabilidade de você recomendar nosso produto a um amigo?",
        scale=(0, 10),
        lang="pt",
    ),
    # ------------------------------------------------------------------ single choice
    C(
        S,
        "Which of these best describes your role?\n\n1. Product manager\n2. Designer\n3. Engineer\n4. Researcher",
        options=["Product manager", "Designer", "Engineer", "Researcher"],
    ),
    C(
        S,
        "How often do you use the app?\n1) Daily\n2) Weekly\n3) Monthly\n4) Less than monthly",
        options=["Daily", "Weekly", "Monthly", "Less than monthly"],
    ),
    C(
        S,
        "What is your company size?\n\na) 1-10 employees\nb) 11-50 employees\nc) 51-200 employees\nd) More than 200 employees",
        options=[
            "1-10 employees",
            "11-50 employees",
            "51-200 employees",
            "More than 200 employees",
        ],
    ),
    C(
        S,
        "Which plan are you currently on?\n- Free\n- Pro\n- Business\n- Enterprise",
        options=["Free", "Pro", "Business", "Enterprise"],
    ),
    C(S, "Which do you prefer: email, phone, or chat?", options=["email", "phone", "chat"]),
    C(
        S,
        "Where did you first hear about us?\n\n1. Search engine\n2. Social media\n3. A friend or colleague\n4. Other (please specify)",
        options=["Search engine", "Social media", "A friend or colleague"],
        allow_other=True,
    ),
    C(
        S,
        "Thanks! Which device do you mostly use it on?\n\n* Laptop\n* Phone\n* Tablet",
        options=["Laptop", "Phone", "Tablet"],
    ),
    C(
        S,
        "What's your main reason for using Acme? Please pick one:\n\n(1) Tracking expenses\n(2) Sending invoices\n(3) Payroll\n(4) Something else",
        options=["Tracking expenses", "Sending invoices", "Payroll", "Something else"],
    ),
    C(
        S,
        "Which of the following is the **most important** to you?\n\n• Price\n• Ease of use\n• Integrations\n• Customer support",
        options=["Price", "Ease of use", "Integrations", "Customer support"],
    ),
    C(
        S,
        "How did you sign up?\nA. Through the website\nB. Through the mobile app\nC. An invite from a teammate",
        options=["Through the website", "Through the mobile app", "An invite from a teammate"],
    ),
    C(
        S,
        "Which browser do you use most: Chrome, Firefox, Safari, or Edge?",
        options=["Chrome", "Firefox", "Safari", "Edge"],
    ),
    C(
        S,
        "Great, thank you! Now, what's your primary industry?\n\n1. **Healthcare**\n2. **Finance**\n3. **Retail**\n4. **Education**\n5. Other",
        options=["Healthcare", "Finance", "Retail", "Education"],
        allow_other=True,
    ),
    C(
        S,
        "When do you usually check your reports?\n\n1. First thing in the morning\n2. Around lunch\n3. At the end of the day\n4. Only when something goes wrong",
        options=[
            "First thing in the morning",
            "Around lunch",
            "At the end of the day",
            "Only when something goes wrong",
        ],
    ),
    C(
        S,
        "Which version of the app are you on?\n1. 2.x\n2. 3.0\n3. 3.1 or later\n4. I'm not sure",
        options=["2.x", "3.0", "3.1 or later", "I'm not sure"],
    ),
    C(
        S,
        "Choose one option that best describes how you pay:\n[ ] Credit card\n[ ] Bank transfer\n[ ] PayPal",
        options=["Credit card", "Bank transfer", "PayPal"],
    ),
    C(
        S,
        "¿Cuál de estas opciones describe mejor tu rol?\n\n1. Gerente\n2. Analista\n3. Desarrollador\n4. Otro (especifica)",
        options=["Gerente", "Analista", "Desarrollador"],
        allow_other=True,
        lang="es",
    ),
    C(
        S,
        "¿Con qué frecuencia usas la aplicación?\n1. A diario\n2. Semanalmente\n3. Mensualmente",
        options=["A diario", "Semanalmente", "Mensualmente"],
        lang="es",
    ),
    C(
        S,
        "Quel est votre principal canal de contact avec nous ?\n\n1. E-mail\n2. Téléphone\n3. Chat",
        options=["E-mail", "Téléphone", "Chat"],
        lang="fr",
    ),
    C(
        S,
        "Wie haben Sie von uns erfahren?\n\n1. Suchmaschine\n2. Soziale Medien\n3. Empfehlung\n4. Sonstiges (bitte angeben)",
        options=["Suchmaschine", "Soziale Medien", "Empfehlung"],
        allow_other=True,
        lang="de",
    ),
    C(
        S,
        "Qual plano você usa atualmente?\n\n1. Gratuito\n2. Pro\n3. Empresarial",
        options=["Gratuito", "Pro", "Empresarial"],
        lang="pt",
    ),
    C(
        S,
        "Qual destes melhor descreve a sua empresa?\n- Startup\n- PME\n- Grande empresa\n- Outro (por favor especifique)",
        options=["Startup", "PME", "Grande empresa"],
        allow_other=True,
        lang="pt",
    ),
    # ------------------------------------------------------------------ multiple choice
    C(
        M,
        "Which of the following tools do you use? Select all that apply.\n\n1. Slack\n2. Microsoft Teams\n3. Zoom\n4. Google Meet",
        options=["Slack", "Microsoft Teams", "Zoom", "Google Meet"],
    ),
    C(
        M,
        "Which features have you used in the last month? (Choose all that apply)\n- Export to CSV\n- Shared dashboards\n- Scheduled reports\n- API access",
        options=["Export to CSV", "Shared dashboards", "Scheduled reports", "API access"],
    ),
    C(
        M,
        "What do you use the app for? Check all that apply:\n☐ Budgeting\n☐ Invoicing\n☐ Tax prep\n☐ Other (please specify)",
        options=["Budgeting", "Invoicing", "Tax prep"],
        allow_other=True,
    ),
    C(
        M,
        "Which of these have been a problem for you? You can pick more than one.\n\n1. Slow loading\n2. Confusing navigation\n3. Missing features\n4. Bugs",
        options=["Slow loading", "Confusing navigation", "Missing features", "Bugs"],
    ),
    C(
        M,
        "Which platforms do you publish to? Select all that apply: Instagram, TikTok, YouTube, or LinkedIn.",
        options=["Instagram", "TikTok", "YouTube", "LinkedIn"],
    ),
    C(
        M,
        "Thanks! 🙌 Which of these would you like to see improved? **Select all that apply.**\n\na) Search\nb) Notifications\nc) Reporting\nd) Mobile app",
        options=["Search", "Notifications", "Reporting", "Mobile app"],
    ),
    C(
        M,
        "Which payment methods do you accept? (select all that apply)\n[ ] Cash\n[ ] Card\n[ ] Bank transfer\n[ ] Crypto",
        options=["Cash", "Card", "Bank transfer", "Crypto"],
    ),
    C(
        M,
        "Which teams use the product at your company? Please select all that apply.\n1. Sales\n2. Marketing\n3. Support\n4. Engineering\n5. Other",
        options=["Sales", "Marketing", "Support", "Engineering"],
        allow_other=True,
    ),
    C(
        M,
        "Which of these integrations matter to you? Select as many as you like.\n• Salesforce\n• HubSpot\n• Zapier",
        options=["Salesforce", "HubSpot", "Zapier"],
    ),
    C(
        M,
        "¿Qué funciones utilizas? Selecciona todas las que apliquen.\n\n1. Informes\n2. Exportación\n3. Alertas",
        options=["Informes", "Exportación", "Alertas"],
        lang="es",
    ),
    C(
        M,
        "Quelles fonctionnalités utilisez-vous ? Sélectionnez toutes les réponses qui s'appliquent.\n\n1. Rapports\n2. Export\n3. Alertes\n4. API",
        options=["Rapports", "Export", "Alertes", "API"],
        lang="fr",
    ),
    C(
        M,
        "Welche Funktionen nutzen Sie? Bitte wählen Sie alle zutreffenden aus.\n\n1. Berichte\n2. Export\n3. Benachrichtigungen",
        options=["Berichte", "Export", "Benachrichtigungen"],
        lang="de",
    ),
    C(
        M,
        "Quais recursos você usa? Selecione todas as que se aplicam.\n\n1. Relatórios\n2. Exportação\n3. Alertas\n4. Integrações",
        options=["Relatórios", "Exportação", "Alertas", "Integrações"],
        lang="pt",
    ),
    # ------------------------------------------------------------------ ranking
    C(
        R,
        "Please rank the following from most to least important:\n\n1. Price\n2. Speed\n3. Customer support\n4. Integrations",
        options=["Price", "Speed", "Customer support", "Integrations"],
    ),
    C(
        R,
        "Could you put these in order of priority for your team (most important first)?\n- Reporting\n- Automation\n- Collaboration",
        options=["Reporting", "Automation", "Collaboration"],
    ),
    C(
        R,
        "Rank these features from most to least useful:\n1) Search\n2) Tags\n3) Templates\n4) Reminders",
        options=["Search", "Tags", "Templates", "Reminders"],
    ),
    C(
        R,
        "Thanks! Now please **prioritise** these improvements, from highest to lowest priority:\n\na. Faster sync\nb. Offline mode\nc. Dark mode",
        options=["Faster sync", "Offline mode", "Dark mode"],
    ),
    C(
        R,
        "How would you rank these channels by preference? 1 = most preferred.\n\n• Email\n• SMS\n• Push notifications\n• In-app messages",
        options=["Email", "SMS", "Push notifications", "In-app messages"],
    ),
    C(
        R,
        "Please order the following from most to least important to you: price, quality, delivery speed.",
        options=["price", "quality", "delivery speed"],
    ),
    C(
        R,
        "Por favor, ordena de más a menos importante:\n\n1. Precio\n2. Calidad\n3. Soporte",
        options=["Precio", "Calidad", "Soporte"],
        lang="es",
    ),
    C(
        R,
        "Classez ces critères du plus important au moins important :\n\n1. Prix\n2. Qualité\n3. Support",
        options=["Prix", "Qualité", "Support"],
        lang="fr",
    ),
    C(
        R,
        "Bitte ordnen Sie die folgenden Punkte nach Wichtigkeit, vom wichtigsten zum unwichtigsten:\n\n1. Preis\n2. Qualität\n3. Support",
        options=["Preis", "Qualität", "Support"],
        lang="de",
    ),
    C(
        R,
        "Por favor, ordene do mais ao menos importante:\n\n1. Preço\n2. Qualidade\n3. Suporte",
        options=["Preço", "Qualidade", "Suporte"],
        lang="pt",
    ),
    # ------------------------------------------------------------------ yes / no
    C(Y, "Have you ever contacted our support team? (Yes/No)"),
    C(Y, "Have you ever used a project management tool before?"),
    C(Y, "Did you finish setting up your account on the first day?"),
    C(Y, "Would you use this feature if it were available today?"),
    C(Y, "Thanks, that's helpful! Did you try the mobile app?"),
    C(Y, "Are you currently paying for a subscription? (yes / no)"),
    C(Y, "Is your team still using spreadsheets for this? Yes or no?"),
    C(Y, "Do you use the product at work? (Y/N)"),
    C(Y, "Have you recommended us to anyone in the past year?"),
    C(Y, "Quick one: **did you read the onboarding email?** 📧"),
    C(Y, "Would you recommend Acme to a colleague?"),
    C(Y, "Were you able to complete the import without help?"),
    C(Y, "¿Has contactado alguna vez con nuestro equipo de soporte? (Sí/No)", lang="es"),
    C(Y, "¿Usas la aplicación en el trabajo? (sí/no)", lang="es"),
    C(Y, "Avez-vous déjà contacté notre support ? (Oui/Non)", lang="fr"),
    C(Y, "Utilisez-vous l'application au travail ? (oui/non)", lang="fr"),
    C(Y, "Haben Sie schon einmal unseren Support kontaktiert? (Ja/Nein)", lang="de"),
    C(Y, "Nutzen Sie die App beruflich? (ja/nein)", lang="de"),
    C(Y, "Você já entrou em contato com o nosso suporte? (Sim/Não)", lang="pt"),
    C(Y, "Você usa o aplicativo no trabalho? (sim/não)", lang="pt"),
    # ------------------------------------------------------------------ second batch
    # Written as probes after the first detector run (it missed 8 of these 31; fixed since).
    D("What are the top 3 things you'd improve?"),
    C(OE, "Which of those would you say matters most, and why?"),
    C(OE, "Do you prefer working from home or the office?"),
    C(OE, "Is it more of a cost issue or a time issue?"),
    D(
        "Great! Here are the next steps:\n1. We'll send a summary\n2. You'll get a gift card\n\nThanks again for your time!"
    ),
    D(
        "What do you think of each of these ideas?\n1. A weekly digest\n2. Smart alerts\n3. A mobile widget"
    ),
    D("Thanks for your feedback about:\n- pricing\n- support"),
    D("How did you feel when the export failed at 2:30 pm on 3/4?"),
    D("You mentioned the 1-5 rating system in our app. What would you change about it?"),
    D("Did you know we released v3.2? What do you think of it?"),
    C(OE, "Are there any features you wish we had?"),
    C(OE, "Have you noticed any difference since the update? Tell me what changed."),
    C(OE, "Can you rate how things went? Actually, just tell me in your own words."),
    D("What's your budget: under $1,000, $1,000-5,000, or more?"),
    C(OE, "Tell me about your setup: laptop, monitors, and so on."),
    D("What would make you give us a 10 out of 10?"),
    C(OE, "Is there a reason you chose the annual plan?"),
    C(OE, "Is that something you'd want, or is it more of a nice-to-have?"),
    D(
        "Hi! I'm Koji's interviewer. This should take about 10-15 minutes. Ready to start? What's your role?"
    ),
    C(OE, "Does that make sense?"),
    C(SC, "On a 5-point scale, how satisfied are you with support?", scale=(1, 5)),
    C(
        SC,
        "How would you rate it? 1 being terrible, 10 being amazing.",
        scale=(1, 10),
        labels={"1": "terrible", "10": "amazing"},
    ),
    C(SC, "Rate the new design on a scale of one to ten.", scale=(1, 10)),
    C(SC, "How would you rate your experience (0-10)?", scale=(0, 10)),
    C(
        S,
        "Which one do you use most?\n\n1. Web\n2. iOS\n3. Android",
        options=["Web", "iOS", "Android"],
    ),
    C(
        S,
        "What's your role?\n1. Founder\n2. Employee\n3. Freelancer\n\nPlease reply with the number.",
        options=["Founder", "Employee", "Freelancer"],
    ),
    C(Y, "Is the app fast enough for you?"),
    C(Y, "Did the tutorial help you get started? 🤔"),
    C(Y, "Have you upgraded to the Pro plan yet?"),
    C(
        M,
        "Which of these apply to you? (Select all that apply)\n- I work remotely\n- I manage a team\n- I travel for work",
        options=["I work remotely", "I manage a team", "I travel for work"],
    ),
    C(
        R,
        "Please rank the following in order of importance (1 = most important):\n1. Price\n2. Support\n3. Features",
        options=["Price", "Support", "Features"],
    ),
    # ------------------------------------------------------------------ third batch
    # Adversarial LLM-interviewer phrasings written to break the detector after round two: it got
    # 32 of these 40 right before the fixes; all 8 misses fell back to open_ended (no wrong widget).
    C(
        SC,
        "Thanks for sharing that, Jane! That's really helpful context. 🙌\n\nNext, I'd love to get a quick rating: **On a scale of 1–5, how satisfied are you with the reporting features?**",
        scale=(1, 5),
    ),
    C(
        S,
        "Got it! 👍\n\n**Which of the following best describes your role?**\n\n1. Individual contributor\n2. Team lead / manager\n3. Director or above\n4. Other",
        options=["Individual contributor", "Team lead / manager", "Director or above"],
        allow_other=True,
    ),
    C(
        M,
        "Perfect. Now, which of these features do you use regularly? Feel free to select as many as apply:\n\n- Dashboards\n- Alerts\n- Exports\n- API",
        options=["Dashboards", "Alerts", "Exports", "API"],
    ),
    C(Y, "Thanks! Last question: would you be interested in joining our beta program?"),
    C(
        SC,
        "Thanks for being so candid. How would you rate our customer support, on a scale of 1 to 10?",
        scale=(1, 10),
    ),
    D(
        "Interesting — so it sounds like price was the main factor. On a scale of 1-10, how important is price compared to features? And what would you say is the second most important factor?"
    ),
    C(OE, "How many people are on your team?"),
    C(
        S,
        "How often do you use the app? Daily, weekly, monthly, or less often?",
        options=["Daily", "weekly", "monthly", "less often"],
    ),
    C(OE, "Do you currently use any other tools for this, like Trello or Asana?"),
    C(
        Y,
        "Before we continue — are you currently the primary decision-maker for software purchases at your company?",
    ),
    C(OE, "What's one thing you'd change about the app if you could?"),
    C(
        S,
        "Which would you rather have: faster load times or more features?",
        options=["faster load times", "more features"],
    ),
    C(
        SC,
        "On a scale of 1 to 5 — 1 being 'not at all' and 5 being 'extremely' — how much does this problem affect your daily work?",
        scale=(1, 5),
        labels={"1": "not at all", "5": "extremely"},
    ),
    C(SC, "How would you rate the onboarding? ⭐⭐⭐⭐⭐ (1-5 stars)", scale=(1, 5)),
    D("I'm curious — in 2023 you had 50 employees; how many do you have now?"),
    C(
        S,
        "Which of these statements do you agree with most?\n\nA) The tool saves me time\nB) The tool is hard to learn\nC) I don't use it enough to say",
        options=[
            "The tool saves me time",
            "The tool is hard to learn",
            "I don't use it enough to say",
        ],
    ),
    C(
        R,
        "Please rank your top 3 from the list below:\n1. Speed\n2. Price\n3. Design\n4. Support\n5. Security",
        options=["Speed", "Price", "Design", "Support", "Security"],
    ),
    C(OE, "Did you end up upgrading, or are you still on the free plan?"),
    C(OE, "Ok! Would you say you're more of a power user or a casual user?"),
    C(
        S,
        "How satisfied are you with the new pricing? Very satisfied, somewhat satisfied, neutral, somewhat dissatisfied, or very dissatisfied?",
        options=[
            "Very satisfied",
            "somewhat satisfied",
            "neutral",
            "somewhat dissatisfied",
            "very dissatisfied",
        ],
    ),
    C(Y, "Have you ever had to contact support about a billing issue? 🧾"),
    C(Y, "Are you still using the integration with Salesforce?"),
    C(SC, "Can you rate how satisfied you are on a scale of 1 to 5?", scale=(1, 5)),
    C(OE, "Would you recommend us to your colleagues? Why or why not?"),
    C(Y, "Avez-vous déjà utilisé la fonction d'export ?", lang="fr"),
    C(Y, "¿Alguna vez has tenido problemas con la facturación?", lang="es"),
    C(Y, "Haben Sie die neue Funktion schon ausprobiert?", lang="de"),
    C(Y, "Você já teve algum problema com o pagamento?", lang="pt"),
    C(OE, "Pouvez-vous me dire pourquoi vous avez choisi cette option ?", lang="fr"),
    C(OE, "Können Sie mir sagen, warum Sie gewechselt sind?", lang="de"),
    C(OE, "¿Podrías explicarme cómo lo usas?", lang="es"),
    C(
        SC,
        "De 0 a 10, ¿qué tan probable es que recomiendes la app a un colega?",
        scale=(0, 10),
        lang="es",
    ),
    C(
        SC,
        "Sur une échelle de 1 à 7, où 1 = pas du tout d'accord et 7 = tout à fait d'accord, dans quelle mesure êtes-vous d'accord ?",
        scale=(1, 7),
        labels={"1": "pas du tout d'accord", "7": "tout à fait d'accord"},
        lang="fr",
    ),
    C(
        M,
        "Welche der folgenden Funktionen nutzen Sie? (Mehrfachauswahl möglich)\n- Berichte\n- Export\n- API",
        options=["Berichte", "Export", "API"],
        lang="de",
    ),
    C(
        M,
        "Quais destes recursos você usaria? Pode escolher mais de uma opção.\n1. Relatórios\n2. Alertas\n3. API",
        options=["Relatórios", "Alertas", "API"],
        lang="pt",
    ),
    C(
        Y,
        "Here's what I heard: you value speed (1), price (2) and support (3). Did I get that order right?",
    ),
    D("What's your biggest challenge right now? (e.g., time, budget, or tooling)"),
    C(
        S,
        "Roughly how many hours a week do you spend on reporting: less than 1, 1-5, 5-10, or more than 10?",
        options=["less than 1", "1-5", "5-10", "more than 10"],
    ),
    C(
        S,
        "Quick poll 📊: which do you use more — the desktop app or the web version?",
        options=["the desktop app", "the web version"],
    ),
    C(
        SC,
        "I'd love your honest take: on a scale of 1 to 10, how would you rate the value for money?",
        scale=(1, 10),
    ),
    # ------------------------------------------------------------------ fourth batch
    # Formatting variants and more non-English phrasings, written after round three: 28 of these 32
    # were right before the fixes; the 4 misses all fell back to open_ended (no wrong widget).
    C(
        S,
        "Which plan fits you best?\n\n1️⃣ Starter\n2️⃣ Growth\n3️⃣ Scale",
        options=["Starter", "Growth", "Scale"],
    ),
    C(
        S,
        "Which plan fits you best?\n\n**1.** Starter\n**2.** Growth\n**3.** Scale",
        options=["Starter", "Growth", "Scale"],
    ),
    C(
        S,
        "How do you usually pay?\n1. Card\n2. Invoice\n3. PayPal\n\nFeel free to add any context if none of these fit!",
        options=["Card", "Invoice", "PayPal"],
    ),
    C(
        S,
        "Which of these plans are you on?\n\n1. **Basic** – for individuals\n2. **Team** – for small teams\n3. **Enterprise** – custom pricing",
        options=[
            "Basic – for individuals",
            "Team – for small teams",
            "Enterprise – custom pricing",
        ],
    ),
    D("¿En los últimos 6 meses, qué es lo que más te ha frustrado del producto?", lang="es"),
    D(
        "Mencionaste 3 problemas:\n1. Lentitud\n2. Errores\n3. Precio\n¿Cuál te afecta más y por qué?",
        lang="es",
    ),
    D(
        "Vous payez 29 € par mois depuis 2022. Qu'est-ce qui justifie ce prix pour vous ?",
        lang="fr",
    ),
    D("Sie nutzen Version 3.2 seit 2 Monaten. Was hat sich für Sie verändert?", lang="de"),
    D("Você mencionou 2 ou 3 concorrentes. Quais são e por que os considerou?", lang="pt"),
    C(Y, "¿Usas la versión móvil?", lang="es"),
    C(Y, "Est-ce que vous utilisez l'application mobile ?", lang="fr"),
    C(Y, "Nutzen Sie die mobile App?", lang="de"),
    C(Y, "Você usa a versão para celular?", lang="pt"),
    C(OE, "¿Qué es lo que más te gusta de la aplicación?", lang="es"),
    C(OE, "Est-ce que vous pourriez m'expliquer comment vous l'utilisez ?", lang="fr"),
    C(OE, "Gibt es noch etwas, das Sie hinzufügen möchten?", lang="de"),
    C(OE, "Você poderia me contar mais sobre isso?", lang="pt"),
    C(SC, "Del 0 al 10, ¿qué tan probable es que nos recomiendes?", scale=(0, 10), lang="es"),
    C(SC, "De 1 à 5, comment évaluez-vous la qualité du support ?", scale=(1, 5), lang="fr"),
    C(
        SC,
        "Wie bewerten Sie den Kundenservice auf einer Skala von 1 bis 5?",
        scale=(1, 5),
        lang="de",
    ),
    C(
        SC,
        "De 0 a 10, o quanto você recomendaria nosso produto a um amigo?",
        scale=(0, 10),
        lang="pt",
    ),
    C(
        S,
        "¿Cuál prefieres: correo, teléfono o chat?",
        options=["correo", "teléfono", "chat"],
        lang="es",
    ),
    C(
        S,
        "Vous préférez quoi : e-mail, téléphone ou chat ?",
        options=["e-mail", "téléphone", "chat"],
        lang="fr",
    ),
    C(
        S,
        "Was bevorzugen Sie: E-Mail, Telefon oder Chat?",
        options=["E-Mail", "Telefon", "Chat"],
        lang="de",
    ),
    C(
        S,
        "Qual você prefere: e-mail, telefone ou chat?",
        options=["e-mail", "telefone", "chat"],
        lang="pt",
    ),
    C(
        R,
        "Classez par ordre de préférence : prix, qualité, délai.",
        options=["prix", "qualité", "délai"],
        lang="fr",
    ),
    C(
        M,
        "Which of these do you use? (You can choose more than one)\n- Web\n- iOS\n- Android",
        options=["Web", "iOS", "Android"],
    ),
    D("Thanks! Our records show 14 logins in the past 30 days. What brings you back most often?"),
    D("Earlier you said the setup took 2-3 weeks. What slowed it down?"),
    C(OE, "Would you like to add anything before we finish?"),
    C(Y, "Did the price increase affect your decision to renew?"),
    C(Y, "Do you work in a regulated industry (e.g. healthcare or finance)?"),
]

# The fifth batch (issue 8's families) lives in its own file.
from tests.questions.corpus_families import FAMILY_CASES  # noqa: E402

CASES.extend(FAMILY_CASES)
