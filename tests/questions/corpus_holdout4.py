"""Held-out corpus 4: written by a helper session in the voice of a real LLM interviewer (a
GPT-4 / Claude-style UX research moderator): warm acknowledgements, a sentence or two of
context, Markdown (bold question lines, bulleted / numbered / lettered options, options with a
short description after a dash, closing lines such as "Just reply with the number"), questions
embedded mid-paragraph or placed after the list, and multi-paragraph messages. Study topics vary
(fintech app, grocery delivery, B2B analytics, healthcare portal, travel booking, a coffee
brand, a developer tool). It was written without seeing the detector or the other corpora, and
is used only to measure the detector, never to tune it.

First run (scored once, by the lead of session 4, on the detector of commit 441ade7, nothing
tuned on it before; only the summary was printed, no case read):
  148/170 exactly right; precision/recall per type:
    open_ended 0.741/1.000, scale 0.783/0.692, single_choice 0.909/0.769,
    multiple_choice 1.000/0.852, ranking 1.000/0.885, yes_no 1.000/0.955;
  0 of 43 open questions given a widget (0 of 26 distractors).
"""

from __future__ import annotations

from tests.questions.cases import C, Case, D

HOLDOUT4: list[Case] = [
    # ------------------------------------------------------------------ English: open-ended
    C(
        "open_ended",
        "Thanks so much for joining today! To start us off, could you tell me a little about your role and how the analytics dashboard fits into your week?",
    ),
    C(
        "open_ended",
        "That's really helpful context.\n\n**Could you walk me through the last time you booked a trip with us?** I'm interested in everything from the moment you started planning to when you got your confirmation email.",
    ),
    C(
        "open_ended",
        "Got it — so the refill reminders are the main reason you open the portal. What, if anything, frustrates you about how those reminders work today?",
    ),
    C(
        "open_ended",
        "I appreciate you being so candid about that. If you could wave a magic wand and change one thing about the CLI, what would it be?",
    ),
    C(
        "open_ended",
        "Thank you, this has been incredibly useful.\n\nBefore we wrap up, what else would you like to share about your experience with the app that we haven't covered yet? Feel free to add anything at all.",
    ),
    C(
        "open_ended",
        'That makes sense. When you say the roast tasted "flat", what do you mean by that? Describe it in your own words — there are no wrong answers here.',
    ),
    C(
        "open_ended",
        "Interesting — you mentioned you switched banks last year. What prompted that switch?",
    ),
    # English: open-ended distractors
    D(
        "You gave the checkout experience a 4 out of 10 earlier. What would have needed to happen for it to be a 7 or an 8?"
    ),
    D(
        "Thanks for ranking those! You put **price** first and **delivery speed** last. Could you tell me a bit more about why price matters so much more to you?"
    ),
    D(
        "You mentioned three tools: 1) Looker, 2) a shared Google Sheet, and 3) our dashboard. How do those fit together in a typical week — which one do you open first, and why?"
    ),
    D(
        "Of the features you picked — budget tracking, bill reminders and savings goals — which one matters most to you, and why?"
    ),
    D(
        "That's a big difference: you said it used to take 2–3 days to see a test result in the portal, and now it's under 24 hours. How has that changed the way you use it?"
    ),
    D(
        "Great, thank you. Here's what I've noted so far:\n\n- You order groceries about **twice a week**\n- You usually shop on the **mobile app**\n- Substitutions are your biggest pain point\n\nWhat would you add to or correct in that summary?"
    ),
    D(
        "When you compared the Basic, Plus and Premium plans, what information were you looking for that you couldn't find?"
    ),
    D(
        "You said you run the build about 10 to 15 times a day. Walk me through a typical run — what are you waiting for, and what do you do while it runs?"
    ),
    D(
        "Thanks for the detail on steps 1 through 4 of the booking flow. What was going through your mind at step 3, when the price changed?"
    ),
    D(
        "Between the 5-star reviews and the 1-star ones you read before buying, which influenced you more, and why?"
    ),
    # ------------------------------------------------------------------ English: scale
    C(
        "scale",
        "Thanks for walking me through that! 😊\n\n**On a scale of 1 to 5, how easy was it to set up your first automatic transfer?** (1 = very difficult, 5 = very easy)",
        scale=(1, 5),
        labels={"lo": "very difficult", "hi": "very easy"},
    ),
    C(
        "scale",
        'That\'s great to hear. Based on everything you\'ve experienced so far, **how likely are you to recommend FreshCart to a friend or colleague?**\n\nPlease answer on a scale from 0 to 10, where 0 is "not at all likely" and 10 is "extremely likely".',
        scale=(0, 10),
        labels={"lo": "not at all likely", "hi": "extremely likely"},
    ),
    C(
        "scale",
        "Got it. How satisfied are you overall with the patient portal, from 1 (very dissatisfied) to 7 (very satisfied)?",
        scale=(1, 7),
        labels={"lo": "very dissatisfied", "hi": "very satisfied"},
    ),
    C(
        "scale",
        "Thanks! How would you rate the coffee in your last delivery, out of 5 stars? ⭐",
        scale=(1, 5),
    ),
    C(
        "scale",
        "I'd love to get a quick read on this: **how confident are you that the numbers in your dashboards are accurate?**\n\n1 – Not at all confident\n2\n3\n4\n5 – Completely confident\n\nJust reply with the number.",
        scale=(1, 5),
        labels={"lo": "Not at all confident", "hi": "Completely confident"},
    ),
    C(
        "scale",
        "Understood. Out of 10 (1 being terrible, 10 being excellent), how would you rate the hotel search results?",
        scale=(1, 10),
        labels={"lo": "terrible", "hi": "excellent"},
    ),
    C(
        "scale",
        'That\'s a really useful point about the docs. To what extent do you agree with this statement:\n\n> *"The error messages in the CLI tell me exactly what to fix."*\n\nPlease use a scale from 1 (strongly disagree) to 5 (strongly agree).',
        scale=(1, 5),
        labels={"lo": "strongly disagree", "hi": "strongly agree"},
    ),
    C(
        "scale",
        "Thanks. Thinking about your last three orders, how would you rate the freshness of the produce on a 1–5 scale, with 5 being the best?",
        scale=(1, 5),
    ),
    C(
        "scale",
        "Makes sense. On a scale of 0 to 10, how much effort did it take to get your claim submitted through the portal? 0 means no effort at all and 10 means a huge amount of effort.",
        scale=(0, 10),
        labels={"lo": "no effort at all", "hi": "a huge amount of effort"},
    ),
    C(
        "scale",
        "Perfect, thank you.\n\nNext, a quick rating. **How valuable is the weekly email digest to you?**\n\n- 1 = Not valuable\n- 2\n- 3\n- 4 = Extremely valuable\n\nFeel free to add a comment after your number if you like.",
        scale=(1, 4),
        labels={"lo": "Not valuable", "hi": "Extremely valuable"},
    ),
    # ------------------------------------------------------------------ English: single choice
    C(
        "single_choice",
        "Thanks for that! Just so I have the right context — **which of these best describes your role?**\n\n1. Data analyst\n2. Product manager\n3. Engineer\n4. Executive / leadership\n5. Other (please specify)",
        options=["Data analyst", "Product manager", "Engineer", "Executive / leadership"],
        allow_other=True,
    ),
    C(
        "single_choice",
        "Got it. How often do you order groceries through the app?\n\n- **Several times a week**\n- **About once a week**\n- **A couple of times a month**\n- **Less than once a month**",
        options=[
            "Several times a week",
            "About once a week",
            "A couple of times a month",
            "Less than once a month",
        ],
        allow_other=False,
    ),
    C(
        "single_choice",
        "That's helpful. When you're planning a trip, where do you usually start?\n\nA) A search engine like Google\nB) A travel booking app\nC) Social media\nD) Recommendations from friends or family\n\nJust reply with the letter that fits best.",
        options=[
            "A search engine like Google",
            "A travel booking app",
            "Social media",
            "Recommendations from friends or family",
        ],
    ),
    C(
        "single_choice",
        "Thanks! Overall, would you say the new onboarding felt quick, about right, or too long?",
        options=["quick", "about right", "too long"],
    ),
    C(
        "single_choice",
        "Appreciate you sharing that. Which subscription plan are you currently on?\n\n1. **Starter** – 1 bag per month\n2. **Regular** – 2 bags per month\n3. **Devotee** – 4 bags per month\n4. **Not subscribed** – I buy one-off bags",
        options=[
            "Starter – 1 bag per month",
            "Regular – 2 bags per month",
            "Devotee – 4 bags per month",
            "Not subscribed – I buy one-off bags",
        ],
        allow_other=False,
    ),
    C(
        "single_choice",
        "Here are a few ways people tend to describe how they keep an eye on their money:\n\n- I check my balance daily\n- I check it once or twice a week\n- I only check before a big purchase\n- I rarely check it at all\n\nWhich of these sounds most like you?",
        options=[
            "I check my balance daily",
            "I check it once or twice a week",
            "I only check before a big purchase",
            "I rarely check it at all",
        ],
    ),
    C(
        "single_choice",
        "Great. Which platform do you mainly use the app on — iOS / Android / web?",
        options=["iOS", "Android", "web"],
    ),
    C(
        "single_choice",
        "Thanks! How many engineers on your team use the tool?\n\n1–5 | 6–20 | 21–100 | More than 100",
        options=["1–5", "6–20", "21–100", "More than 100"],
    ),
    C(
        "single_choice",
        "That's really interesting — it sounds like the reminders are doing a lot of work for you.\n\nI'd like to understand how you prefer to hear from us about appointments. **Which channel would you prefer most?**\n\nText message\n\nEmail\n\nPhone call\n\nPush notification in the app",
        options=["Text message", "Email", "Phone call", "Push notification in the app"],
    ),
    C(
        "single_choice",
        "Thanks. What was the main purpose of your most recent trip (business, leisure, or visiting family)?",
        options=["business", "leisure", "visiting family"],
    ),
    # ------------------------------------------------------------------ English: multiple choice
    C(
        "multiple_choice",
        "Thanks! Which of the following features have you used in the past month? **Select all that apply.**\n\n- Budgets\n- Bill reminders\n- Savings goals\n- Spending insights\n- Investing\n- None of these",
        options=[
            "Budgets",
            "Bill reminders",
            "Savings goals",
            "Spending insights",
            "Investing",
            "None of these",
        ],
    ),
    C(
        "multiple_choice",
        "That's super helpful. If we could only improve a couple of things in the next release, **which would matter most to you?** Pick up to two:\n\n1. Faster delivery slots\n2. Better substitutions\n3. Lower delivery fees\n4. More organic options\n5. Something else (tell me what)",
        options=[
            "Faster delivery slots",
            "Better substitutions",
            "Lower delivery fees",
            "More organic options",
        ],
        allow_other=True,
        max_choices=2,
    ),
    C(
        "multiple_choice",
        "A few things people mention when choosing a coffee:\n\n• Flavor profile\n• Origin\n• Roast date\n• Price\n• Sustainability certifications\n\nWhich of these do you pay attention to when buying? Feel free to pick several.",
        options=[
            "Flavor profile",
            "Origin",
            "Roast date",
            "Price",
            "Sustainability certifications",
        ],
    ),
    C(
        "multiple_choice",
        "Got it. Which integrations does your team rely on today — Slack, Jira, GitHub, or PagerDuty? Choose all that apply.",
        options=["Slack", "Jira", "GitHub", "PagerDuty"],
    ),
    C(
        "multiple_choice",
        "Thanks for bearing with me on these. Which of these have you done in the portal in the last six months? You can choose more than one.\n\n- **Book an appointment** – in person or video\n- **View test results**\n- **Message your care team**\n- **Request a prescription refill**\n- **Pay a bill**",
        options=[
            "Book an appointment – in person or video",
            "View test results",
            "Message your care team",
            "Request a prescription refill",
            "Pay a bill",
        ],
    ),
    C(
        "multiple_choice",
        "Love that. When you're booking a hotel, which factors matter most? (choose up to three)\n\na. Price\nb. Location\nc. Guest reviews\nd. Cancellation policy\ne. Loyalty points\nf. Photos of the room",
        options=[
            "Price",
            "Location",
            "Guest reviews",
            "Cancellation policy",
            "Loyalty points",
            "Photos of the room",
        ],
        max_choices=3,
    ),
    C(
        "multiple_choice",
        "Thanks! Which of these devices do you use to look at the dashboards?\n\n1. Laptop or desktop\n2. Tablet\n3. Phone\n4. A TV or wall display in the office\n\nJust reply with all the numbers that apply.",
        options=["Laptop or desktop", "Tablet", "Phone", "A TV or wall display in the office"],
    ),
    C(
        "multiple_choice",
        "That's great to hear 🎉\n\nWhat made you decide to try the developer preview? Select any that apply:\n\n- A colleague recommended it\n- I saw it on Hacker News or Reddit\n- I read the launch blog post\n- It came up in a conference talk\n- Other",
        options=[
            "A colleague recommended it",
            "I saw it on Hacker News or Reddit",
            "I read the launch blog post",
            "It came up in a conference talk",
        ],
        allow_other=True,
    ),
    C(
        "multiple_choice",
        "Thanks. What kinds of bookings have you made with us in the past year? Check all that apply: flights / hotels / car rentals / vacation packages",
        options=["flights", "hotels", "car rentals", "vacation packages"],
    ),
    C(
        "multiple_choice",
        "Understood — security is clearly important to you.\n\nWhich of these security features would you want to see in the app? You can pick as many as you like.\n\n1. Face ID or fingerprint login\n2. Freezing your card from the app\n3. Instant alerts for every transaction\n4. Two-factor authentication by SMS",
        options=[
            "Face ID or fingerprint login",
            "Freezing your card from the app",
            "Instant alerts for every transaction",
            "Two-factor authentication by SMS",
        ],
    ),
    C(
        "multiple_choice",
        "Last one on this topic! Of the dashboard widgets below, **choose the two** you look at most often:\n\n- Revenue trend\n- Active users\n- Churn rate\n- Funnel conversion\n- Cohort retention",
        options=[
            "Revenue trend",
            "Active users",
            "Churn rate",
            "Funnel conversion",
            "Cohort retention",
        ],
        max_choices=2,
    ),
    # ------------------------------------------------------------------ English: ranking
    C(
        "ranking",
        "Thanks! Now I'd like to understand your priorities. **Please rank the following from most to least important** when choosing a grocery delivery service:\n\n1. Price\n2. Delivery speed\n3. Product quality\n4. Selection\n\nYou can reply with the numbers in your order, e.g. 3, 1, 2, 4.",
        options=["Price", "Delivery speed", "Product quality", "Selection"],
    ),
    C(
        "ranking",
        "That's really helpful. Could you put these in order, starting with the one you'd most want us to build first?\n\n- Custom alerts\n- Scheduled PDF reports\n- A public API\n- Row-level permissions",
        options=["Custom alerts", "Scheduled PDF reports", "A public API", "Row-level permissions"],
    ),
    C(
        "ranking",
        "Here are four things travellers often care about:\n\n**Price** – the total cost of the trip\n**Flexibility** – being able to change or cancel\n**Comfort** – seat, room, amenities\n**Speed** – fewest stops, shortest travel time\n\nHow would you rank these, from most to least important to you?",
        options=[
            "Price – the total cost of the trip",
            "Flexibility – being able to change or cancel",
            "Comfort – seat, room, amenities",
            "Speed – fewest stops, shortest travel time",
        ],
    ),
    C(
        "ranking",
        "Got it. Please rank these from 1 (most important) to 4 (least important): taste, price, ethical sourcing, packaging.",
        options=["taste", "price", "ethical sourcing", "packaging"],
    ),
    C(
        "ranking",
        "Thanks for your patience — just a couple more.\n\nWhen something goes wrong with an order, how do you prefer to get help? Please order these from most to least preferred:\n\na) Live chat\nb) Phone\nc) Email\nd) Help center articles",
        options=["Live chat", "Phone", "Email", "Help center articles"],
    ),
    C(
        "ranking",
        "Interesting! To help us prioritise, please rank these improvements to the portal, with the most important at the top:\n\n• Shorter wait times for appointments\n• Clearer billing statements\n• Easier access to test results\n• A better mobile experience\n• More video visit options",
        options=[
            "Shorter wait times for appointments",
            "Clearer billing statements",
            "Easier access to test results",
            "A better mobile experience",
            "More video visit options",
        ],
    ),
    C(
        "ranking",
        "Perfect. Which of these do you care about most, second most, and so on? Rank them from 1 to 5:\n\n1. Build speed\n2. Clear error messages\n3. Plugin ecosystem\n4. Documentation\n5. IDE integration",
        options=[
            "Build speed",
            "Clear error messages",
            "Plugin ecosystem",
            "Documentation",
            "IDE integration",
        ],
    ),
    C(
        "ranking",
        "Thanks! Let's try a quick prioritisation exercise. Please list these in order of importance to you:\n\n- **Low fees**\n- **Interest rate on savings**\n- **App design**\n- **Customer support**\n- **Cashback rewards**",
        options=[
            "Low fees",
            "Interest rate on savings",
            "App design",
            "Customer support",
            "Cashback rewards",
        ],
    ),
    C(
        "ranking",
        "Makes sense. Please rank these ways of discovering new coffees from most to least useful: newsletter / Instagram / in-store tasting / friends' recommendations",
        options=["newsletter", "Instagram", "in-store tasting", "friends' recommendations"],
    ),
    C(
        "ranking",
        "That's a great point about reliability.\n\nIf you had to order these by how much they'd influence your renewal decision, what would the order be?\n\n1. Uptime and reliability\n2. Price per seat\n3. Quality of support\n4. New features on the roadmap",
        options=[
            "Uptime and reliability",
            "Price per seat",
            "Quality of support",
            "New features on the roadmap",
        ],
    ),
    # ------------------------------------------------------------------ English: yes / no
    C(
        "yes_no",
        "Thanks for explaining that! Have you ever contacted our support team about a delivery issue?",
    ),
    C("yes_no", "Got it. **Do you currently use any other budgeting app alongside ours?**"),
    C(
        "yes_no",
        "That's helpful context. Is it true that you mostly book trips on behalf of your team?",
    ),
    C("yes_no", "Understood. You've already tried the new dark roast, right?"),
    C(
        "yes_no",
        "Thanks. Before the redesign, had you ever used the portal to message your doctor directly?",
    ),
    C(
        "yes_no",
        "Appreciate that. Would you be open to a 20-minute follow-up call next month to try out a prototype? A simple yes or no is fine.",
    ),
    C(
        "yes_no",
        "That makes sense.\n\nOne quick check before we move on: **did the dashboard load within a few seconds for you today?**",
    ),
    C("yes_no", "Thanks! Did you install the CLI using the one-line install script?"),
    C(
        "yes_no",
        "Good to know. Does your company require approval from IT before adopting a new developer tool? (Yes / No)",
    ),
    C(
        "yes_no",
        "Thanks for that. Are you the person in your household who usually does the grocery shopping?",
    ),
    # ------------------------------------------------------------------ Spanish: open-ended
    C(
        "open_ended",
        "¡Gracias por tu tiempo hoy! Para empezar, ¿podrías contarme cómo sueles organizar tus viajes de trabajo?",
        lang="es",
    ),
    C(
        "open_ended",
        "Entiendo perfectamente. ¿Qué es lo que más te frustra cuando una entrega llega tarde?",
        lang="es",
    ),
    C(
        "open_ended",
        "Muy interesante. ¿Cómo describirías el sabor de nuestro café a alguien que nunca lo ha probado?",
        lang="es",
    ),
    D(
        "Antes le diste un 6 de 10 a la app. ¿Qué tendría que cambiar para que fuera un 9?",
        lang="es",
    ),
    D(
        "Mencionaste tres cosas: **el precio**, **la rapidez** y **la atención al cliente**. De esas, ¿cuál pesa más en tu decisión y por qué?",
        lang="es",
    ),
    D(
        "Dijiste que revisas los paneles entre 5 y 10 veces al día. ¿Podrías explicarme qué buscas normalmente en cada revisión?",
        lang="es",
    ),
    D(
        "Gracias por ordenar esas opciones. Pusiste la seguridad en primer lugar y las recompensas en el último. ¿Por qué crees que las recompensas te importan tan poco?",
        lang="es",
    ),
    # Spanish: scale
    C(
        "scale",
        "¡Gracias! En una escala del 1 al 5, donde 1 es «muy difícil» y 5 es «muy fácil», ¿qué tan fácil fue reservar tu cita en el portal?",
        scale=(1, 5),
        labels={"lo": "muy difícil", "hi": "muy fácil"},
        lang="es",
    ),
    C(
        "scale",
        "Entendido. **¿Qué probabilidad hay de que recomiendes nuestra app a un amigo?**\n\nResponde del 0 al 10 (0 = nada probable, 10 = muy probable).",
        scale=(0, 10),
        labels={"lo": "nada probable", "hi": "muy probable"},
        lang="es",
    ),
    C(
        "scale",
        "Perfecto. Del 1 al 7, ¿qué tan satisfecho estás con la variedad de productos frescos?",
        scale=(1, 7),
        lang="es",
    ),
    C(
        "scale",
        "Gracias por contarme eso. ¿Cuántas estrellas le darías a la documentación de la herramienta, de 1 a 5? ⭐",
        scale=(1, 5),
        lang="es",
    ),
    # Spanish: single choice
    C(
        "single_choice",
        "¡Genial! ¿Con qué frecuencia usas la app para pagar?\n\n1. Todos los días\n2. Varias veces por semana\n3. Una vez por semana\n4. Casi nunca",
        options=["Todos los días", "Varias veces por semana", "Una vez por semana", "Casi nunca"],
        lang="es",
    ),
    C(
        "single_choice",
        "Entiendo. ¿Qué tipo de alojamiento reservas con más frecuencia: hotel, apartamento u hostal?",
        options=["hotel", "apartamento", "hostal"],
        lang="es",
    ),
    C(
        "single_choice",
        "Gracias. ¿Cuál de estas opciones describe mejor tu empresa?\n\n- **Startup** – menos de 50 personas\n- **Mediana empresa** – entre 50 y 500 personas\n- **Gran empresa** – más de 500 personas\n- Otro (¿cuál?)",
        options=[
            "Startup – menos de 50 personas",
            "Mediana empresa – entre 50 y 500 personas",
            "Gran empresa – más de 500 personas",
        ],
        allow_other=True,
        lang="es",
    ),
    C(
        "single_choice",
        "Estas son las formas más comunes de preparar café en casa:\n\nA) Cafetera de filtro\nB) Cafetera italiana\nC) Prensa francesa\nD) Máquina de cápsulas\n\n¿Cuál usas con más frecuencia? Responde solo con la letra.",
        options=[
            "Cafetera de filtro",
            "Cafetera italiana",
            "Prensa francesa",
            "Máquina de cápsulas",
        ],
        lang="es",
    ),
    # Spanish: multiple choice
    C(
        "multiple_choice",
        "¡Gracias! ¿Qué funciones del portal has usado este año? Puedes elegir varias.\n\n- Ver resultados de análisis\n- Pedir cita\n- Renovar recetas\n- Enviar mensajes al médico",
        options=[
            "Ver resultados de análisis",
            "Pedir cita",
            "Renovar recetas",
            "Enviar mensajes al médico",
        ],
        lang="es",
    ),
    C(
        "multiple_choice",
        "Muy útil. Si pudiéramos mejorar solo algunas cosas, ¿cuáles elegirías? Elige hasta tres:\n\n1. Precios más bajos\n2. Más franjas horarias\n3. Mejores sustituciones\n4. Envío gratis\n5. Productos locales\n6. Otro: ¿cuál?",
        options=[
            "Precios más bajos",
            "Más franjas horarias",
            "Mejores sustituciones",
            "Envío gratis",
            "Productos locales",
        ],
        allow_other=True,
        max_choices=3,
        lang="es",
    ),
    C(
        "multiple_choice",
        "Entendido. ¿Qué herramientas usa tu equipo para compartir informes? (Selecciona todas las que correspondan)\n\n• Excel\n• Google Sheets\n• Power BI\n• Tableau",
        options=["Excel", "Google Sheets", "Power BI", "Tableau"],
        lang="es",
    ),
    C(
        "multiple_choice",
        "¡Perfecto! ¿Por qué medios conociste nuestra app? Marca todos los que apliquen: redes sociales, un amigo, publicidad en la tienda, un artículo de prensa",
        options=["redes sociales", "un amigo", "publicidad en la tienda", "un artículo de prensa"],
        lang="es",
    ),
    # Spanish: ranking
    C(
        "ranking",
        "Gracias. Por favor, ordena estos aspectos del más al menos importante para ti al reservar un vuelo:\n\n1. Precio\n2. Horario\n3. Aerolínea\n4. Equipaje incluido",
        options=["Precio", "Horario", "Aerolínea", "Equipaje incluido"],
        lang="es",
    ),
    C(
        "ranking",
        "Muy bien. Ahora, ¿podrías ordenar estas mejoras según su prioridad para tu equipo?\n\n- Alertas personalizadas\n- Exportación a PDF\n- Permisos por usuario\n- Modo oscuro",
        options=[
            "Alertas personalizadas",
            "Exportación a PDF",
            "Permisos por usuario",
            "Modo oscuro",
        ],
        lang="es",
    ),
    C(
        "ranking",
        "Entiendo. Ordena de 1 a 4 lo que más valoras de un café: sabor, aroma, precio, origen.",
        options=["sabor", "aroma", "precio", "origen"],
        lang="es",
    ),
    C(
        "ranking",
        "Estas son cuatro cosas que podríamos mejorar en la app:\n\n**Velocidad** – que cargue más rápido\n**Diseño** – que sea más clara\n**Notificaciones** – que sean más útiles\n**Soporte** – que respondan antes\n\n¿Cómo las ordenarías, de la más importante a la menos importante?",
        options=[
            "Velocidad – que cargue más rápido",
            "Diseño – que sea más clara",
            "Notificaciones – que sean más útiles",
            "Soporte – que respondan antes",
        ],
        lang="es",
    ),
    # Spanish: yes / no
    C(
        "yes_no",
        "Gracias por compartirlo. ¿Has cancelado alguna vez un pedido después de hacerlo?",
        lang="es",
    ),
    C("yes_no", "Entiendo. **¿Usa usted el portal desde el móvil?**", lang="es"),
    C(
        "yes_no",
        "Perfecto. ¿Es cierto que reservas la mayoría de tus viajes con menos de una semana de antelación?",
        lang="es",
    ),
    # ------------------------------------------------------------------ French: open-ended
    C(
        "open_ended",
        "Merci beaucoup d'avoir accepté cet entretien ! Pour commencer, pourriez-vous me décrire une journée type avec notre outil d'analyse ?",
        lang="fr",
    ),
    C(
        "open_ended",
        "Je comprends tout à fait. Qu'est-ce qui vous a le plus surpris lors de votre première commande ?",
        lang="fr",
    ),
    C(
        "open_ended",
        "C'est très intéressant. Pourriez-vous me raconter la dernière fois où vous avez eu un problème avec un paiement ?",
        lang="fr",
    ),
    D(
        "Vous avez donné la note de 3 sur 5 à la livraison. Qu'est-ce qui vous a empêché de mettre 5 ?",
        lang="fr",
    ),
    D(
        "Parmi les trois fonctionnalités que vous avez citées — les alertes, les exports et les tableaux partagés —, laquelle compte le plus pour vous, et pourquoi ?",
        lang="fr",
    ),
    D(
        "Vous avez dit que vous buvez 2 à 3 tasses par jour. Comment choisissez-vous le café que vous préparez le matin ?",
        lang="fr",
    ),
    D(
        "Merci pour ce classement ! Vous avez mis le prix en 1er et la flexibilité en 4e. Pouvez-vous m'expliquer ce choix ?",
        lang="fr",
    ),
    # French: scale
    C(
        "scale",
        "Merci ! Sur une échelle de 1 à 5, où 1 signifie « pas du tout satisfait » et 5 « très satisfait », comment évaluez-vous le portail patient ?",
        scale=(1, 5),
        labels={"lo": "pas du tout satisfait", "hi": "très satisfait"},
        lang="fr",
    ),
    C(
        "scale",
        "D'accord. **Quelle est la probabilité que vous recommandiez notre application à un proche ?** Répondez de 0 à 10.",
        scale=(0, 10),
        lang="fr",
    ),
    C(
        "scale",
        "Très bien. Sur 10, quelle note donneriez-vous à la rapidité de la compilation ? (1 = très lente, 10 = très rapide)",
        scale=(1, 10),
        labels={"lo": "très lente", "hi": "très rapide"},
        lang="fr",
    ),
    C(
        "scale",
        "Je vois. Dans quelle mesure êtes-vous d'accord avec l'affirmation suivante : « Les frais de l'application sont clairs » ?\n\n1 – Pas du tout d'accord\n2\n3\n4\n5 – Tout à fait d'accord",
        scale=(1, 5),
        labels={"lo": "Pas du tout d'accord", "hi": "Tout à fait d'accord"},
        lang="fr",
    ),
    # French: single choice
    C(
        "single_choice",
        "Merci ! Quel est votre rôle principal dans l'entreprise ?\n\n1. Analyste\n2. Responsable produit\n3. Direction\n4. Autre (précisez)",
        options=["Analyste", "Responsable produit", "Direction"],
        allow_other=True,
        lang="fr",
    ),
    C(
        "single_choice",
        "Très bien. Quel appareil utilisez-vous le plus souvent pour réserver : smartphone, tablette ou ordinateur ?",
        options=["smartphone", "tablette", "ordinateur"],
        lang="fr",
    ),
    C(
        "single_choice",
        "Voici les formules que nous proposons :\n\n- **Découverte** – un paquet par mois\n- **Passion** – deux paquets par mois\n- **Expert** – quatre paquets par mois\n\nLaquelle correspond à votre abonnement actuel ?",
        options=[
            "Découverte – un paquet par mois",
            "Passion – deux paquets par mois",
            "Expert – quatre paquets par mois",
        ],
        lang="fr",
    ),
    C(
        "single_choice",
        "Merci pour cette précision. À quelle fréquence faites-vous vos courses en ligne ?\n\nTous les jours | Chaque semaine | Chaque mois | Rarement",
        options=["Tous les jours", "Chaque semaine", "Chaque mois", "Rarement"],
        lang="fr",
    ),
    # French: multiple choice
    C(
        "multiple_choice",
        "Merci ! Quels moyens de paiement utilisez-vous dans l'application ? Plusieurs réponses possibles.\n\n- Carte bancaire\n- Apple Pay\n- Virement\n- PayPal",
        options=["Carte bancaire", "Apple Pay", "Virement", "PayPal"],
        lang="fr",
    ),
    C(
        "multiple_choice",
        "Entendu. Quelles fonctionnalités aimeriez-vous voir en priorité ? Choisissez-en jusqu'à deux :\n\na) Rappels de rendez-vous par SMS\nb) Téléconsultation\nc) Historique des vaccins\nd) Autre",
        options=["Rappels de rendez-vous par SMS", "Téléconsultation", "Historique des vaccins"],
        allow_other=True,
        max_choices=2,
        lang="fr",
    ),
    C(
        "multiple_choice",
        "Super. Quels langages utilisez-vous avec notre outil ? Cochez tout ce qui s'applique : Python, TypeScript, Go, Rust",
        options=["Python", "TypeScript", "Go", "Rust"],
        lang="fr",
    ),
    C(
        "multiple_choice",
        "Voici quelques raisons qui poussent les gens à annuler un voyage :\n\n1. Un changement de planning\n2. Un prix moins cher trouvé ailleurs\n3. La météo\n4. Un problème de santé\n\nLesquelles vous sont déjà arrivées ? N'hésitez pas à en choisir plusieurs.",
        options=[
            "Un changement de planning",
            "Un prix moins cher trouvé ailleurs",
            "La météo",
            "Un problème de santé",
        ],
        lang="fr",
    ),
    # French: ranking
    C(
        "ranking",
        "Merci ! Pourriez-vous classer ces critères du plus important au moins important ?\n\n1. Prix\n2. Fraîcheur\n3. Rapidité de livraison\n4. Choix des produits",
        options=["Prix", "Fraîcheur", "Rapidité de livraison", "Choix des produits"],
        lang="fr",
    ),
    C(
        "ranking",
        "Très bien. Classez ces éléments par ordre de préférence : goût, origine, prix, emballage.",
        options=["goût", "origine", "prix", "emballage"],
        lang="fr",
    ),
    C(
        "ranking",
        "D'accord. Pour nous aider à prioriser, merci de classer ces améliorations de la plus utile à la moins utile :\n\n- **Tableaux de bord personnalisés**\n- **Alertes en temps réel**\n- **Export automatique**\n- **Accès API**",
        options=[
            "Tableaux de bord personnalisés",
            "Alertes en temps réel",
            "Export automatique",
            "Accès API",
        ],
        lang="fr",
    ),
    C(
        "ranking",
        "Intéressant ! Dans quel ordre placeriez-vous ces critères pour choisir une banque en ligne, du plus au moins important ?\n\n• Frais\n• Service client\n• Application mobile\n• Sécurité",
        options=["Frais", "Service client", "Application mobile", "Sécurité"],
        lang="fr",
    ),
    # French: yes / no
    C(
        "yes_no",
        "Merci pour votre réponse. Est-ce que vous avez déjà utilisé la téléconsultation ?",
        lang="fr",
    ),
    C("yes_no", "D'accord. Avez-vous déjà recommandé notre café à quelqu'un ?", lang="fr"),
    C(
        "yes_no",
        "Je comprends. **Utilisez-vous l'outil en dehors de vos heures de travail ?**",
        lang="fr",
    ),
    # ------------------------------------------------------------------ German: open-ended
    C(
        "open_ended",
        "Vielen Dank, dass Sie sich heute Zeit nehmen! Können Sie mir zum Einstieg erzählen, wie Sie normalerweise Ihre Reisen planen?",
        lang="de",
    ),
    C(
        "open_ended",
        "Das verstehe ich gut. Was genau hat Sie beim Einrichten der Dashboards am meisten Zeit gekostet?",
        lang="de",
    ),
    D(
        "Sie haben die App vorhin mit 5 von 10 bewertet. Was müsste passieren, damit Sie eine 8 geben?",
        lang="de",
    ),
    D(
        "Sie nutzen also drei Tools: Excel, Tableau und unser Dashboard. Welches davon ist für Sie am wichtigsten, und warum?",
        lang="de",
    ),
    D(
        "Sie sagten, die Lieferung dauert meist 2 bis 3 Tage. Wie wirkt sich das auf Ihre Wochenplanung aus?",
        lang="de",
    ),
    D(
        "Danke für die Rangfolge! Sie haben „Sicherheit“ auf Platz 1 gesetzt. Was bedeutet Sicherheit für Sie ganz konkret?",
        lang="de",
    ),
    # German: scale
    C(
        "scale",
        "Danke! Wie zufrieden sind Sie insgesamt mit dem Patientenportal? Bitte auf einer Skala von 1 bis 5, wobei 1 „sehr unzufrieden“ und 5 „sehr zufrieden“ bedeutet.",
        scale=(1, 5),
        labels={"lo": "sehr unzufrieden", "hi": "sehr zufrieden"},
        lang="de",
    ),
    C(
        "scale",
        "Verstanden. **Wie wahrscheinlich ist es, dass Sie uns einem Kollegen weiterempfehlen?** (0 = überhaupt nicht wahrscheinlich, 10 = äußerst wahrscheinlich)",
        scale=(0, 10),
        labels={"lo": "überhaupt nicht wahrscheinlich", "hi": "äußerst wahrscheinlich"},
        lang="de",
    ),
    C(
        "scale",
        "Sehr hilfreich. Wie einfach war die Installation des CLI auf einer Skala von 1 bis 7?",
        scale=(1, 7),
        lang="de",
    ),
    C(
        "scale",
        "Danke. Wie viele Sterne würden Sie unserer neuen Röstung geben – von 1 bis 5?",
        scale=(1, 5),
        lang="de",
    ),
    # German: single choice
    C(
        "single_choice",
        "Danke für die Info! Wie oft bestellen Sie Lebensmittel online?\n\n1. Mehrmals pro Woche\n2. Einmal pro Woche\n3. Ein- bis zweimal im Monat\n4. Seltener",
        options=["Mehrmals pro Woche", "Einmal pro Woche", "Ein- bis zweimal im Monat", "Seltener"],
        lang="de",
    ),
    C(
        "single_choice",
        "Alles klar. Auf welcher Plattform nutzen Sie die App hauptsächlich: iOS / Android / Web?",
        options=["iOS", "Android", "Web"],
        lang="de",
    ),
    C(
        "single_choice",
        "Welche Beschreibung passt am besten zu Ihrem Team?\n\n- **Klein** – bis 10 Personen\n- **Mittel** – 11 bis 50 Personen\n- **Groß** – mehr als 50 Personen\n- Andere",
        options=[
            "Klein – bis 10 Personen",
            "Mittel – 11 bis 50 Personen",
            "Groß – mehr als 50 Personen",
        ],
        allow_other=True,
        lang="de",
    ),
    C(
        "single_choice",
        "Hier sind einige Gründe, warum Menschen ihre Bank wechseln:\n\nA) Niedrigere Gebühren\nB) Eine bessere App\nC) Besserer Kundenservice\nD) Höhere Zinsen\n\nWelcher Grund war für Sie ausschlaggebend?",
        options=[
            "Niedrigere Gebühren",
            "Eine bessere App",
            "Besserer Kundenservice",
            "Höhere Zinsen",
        ],
        lang="de",
    ),
    # German: multiple choice
    C(
        "multiple_choice",
        "Danke! Welche Funktionen nutzen Sie regelmäßig? Mehrfachauswahl möglich.\n\n- Budgets\n- Sparziele\n- Daueraufträge\n- Ausgabenanalyse",
        options=["Budgets", "Sparziele", "Daueraufträge", "Ausgabenanalyse"],
        lang="de",
    ),
    C(
        "multiple_choice",
        "Verstehe. Was ist Ihnen bei einer Hotelbuchung wichtig? Wählen Sie bis zu drei aus:\n\n1. Preis\n2. Lage\n3. Bewertungen\n4. Frühstück inklusive\n5. Kostenlose Stornierung",
        options=["Preis", "Lage", "Bewertungen", "Frühstück inklusive", "Kostenlose Stornierung"],
        max_choices=3,
        lang="de",
    ),
    C(
        "multiple_choice",
        "Super. Über welche Kanäle möchten Sie informiert werden? Sie können mehrere wählen: E-Mail, SMS, Push-Benachrichtigung, Brief",
        options=["E-Mail", "SMS", "Push-Benachrichtigung", "Brief"],
        lang="de",
    ),
    C(
        "multiple_choice",
        "Welche dieser Integrationen setzen Sie bereits ein? Bitte alle zutreffenden auswählen.\n\n• GitHub\n• GitLab\n• Jenkins\n• Andere (bitte angeben)",
        options=["GitHub", "GitLab", "Jenkins"],
        allow_other=True,
        lang="de",
    ),
    # German: ranking
    C(
        "ranking",
        "Danke! Bitte bringen Sie die folgenden Punkte in eine Reihenfolge, vom wichtigsten zum unwichtigsten:\n\n1. Preis\n2. Liefergeschwindigkeit\n3. Produktqualität\n4. Auswahl",
        options=["Preis", "Liefergeschwindigkeit", "Produktqualität", "Auswahl"],
        lang="de",
    ),
    C(
        "ranking",
        "Sehr gut. Ordnen Sie bitte diese Geschmacksrichtungen nach Ihrer Vorliebe: fruchtig, schokoladig, nussig, würzig.",
        options=["fruchtig", "schokoladig", "nussig", "würzig"],
        lang="de",
    ),
    C(
        "ranking",
        "Interessant! In welche Reihenfolge würden Sie diese Verbesserungen bringen, beginnend mit der wichtigsten?\n\n- Schnellere Ladezeiten\n- Bessere Filter\n- Geplante Berichte\n- Mehr Diagrammtypen",
        options=[
            "Schnellere Ladezeiten",
            "Bessere Filter",
            "Geplante Berichte",
            "Mehr Diagrammtypen",
        ],
        lang="de",
    ),
    C(
        "ranking",
        "Bitte sortieren Sie diese Kriterien für die Wahl eines Fluges nach Wichtigkeit (1 = am wichtigsten):\n\na) Preis\nb) Flugdauer\nc) Abflugzeit\nd) Fluggesellschaft",
        options=["Preis", "Flugdauer", "Abflugzeit", "Fluggesellschaft"],
        lang="de",
    ),
    # German: yes / no
    C(
        "yes_no",
        "Danke für Ihre Offenheit. Haben Sie schon einmal einen Termin über das Portal abgesagt?",
        lang="de",
    ),
    C("yes_no", "Verstanden. **Arbeiten Sie täglich mit dem Kommandozeilen-Tool?**", lang="de"),
    C(
        "yes_no",
        "Alles klar. Ist es richtig, dass Sie die App vor allem für Überweisungen nutzen?",
        lang="de",
    ),
    # ------------------------------------------------------------------ Portuguese: open-ended
    C(
        "open_ended",
        "Muito obrigado por participar! Para começar, você poderia me contar como costuma fazer as compras do mês?",
        lang="pt",
    ),
    C(
        "open_ended",
        "Entendi. O que passou pela sua cabeça quando viu a mensagem de erro pela primeira vez?",
        lang="pt",
    ),
    D("Você deu nota 7 de 10 para o app. O que faltou para chegar ao 10?", lang="pt"),
    D(
        "Você citou o preço, o prazo de entrega e o atendimento. Qual desses pesa mais para você, e por quê?",
        lang="pt",
    ),
    D(
        "Você disse que abre o painel de 3 a 4 vezes por dia. O que você procura em cada uma dessas vezes?",
        lang="pt",
    ),
    D(
        "Obrigado por organizar a lista! Você colocou o aroma em 1º lugar. Pode me explicar por que ele é tão importante para você?",
        lang="pt",
    ),
    # Portuguese: scale
    C(
        "scale",
        'Obrigado! Numa escala de 1 a 5, em que 1 é "muito difícil" e 5 é "muito fácil", quão fácil foi abrir sua conta?',
        scale=(1, 5),
        labels={"lo": "muito difícil", "hi": "muito fácil"},
        lang="pt",
    ),
    C(
        "scale",
        "Perfeito. **De 0 a 10, qual a probabilidade de você recomendar nosso app a um amigo?**",
        scale=(0, 10),
        lang="pt",
    ),
    C(
        "scale",
        "Entendi. Quão satisfeito você está com o portal do paciente, de 1 (nada satisfeito) a 7 (totalmente satisfeito)?",
        scale=(1, 7),
        labels={"lo": "nada satisfeito", "hi": "totalmente satisfeito"},
        lang="pt",
    ),
    C(
        "scale",
        "Legal! Quantas estrelas você daria para a sua última viagem reservada com a gente, de 1 a 5? ⭐",
        scale=(1, 5),
        lang="pt",
    ),
    # Portuguese: single choice
    C(
        "single_choice",
        "Obrigado! Qual destas opções descreve melhor o seu cargo?\n\n1. Desenvolvedor\n2. Líder técnico\n3. Gerente de produto\n4. Outro (qual?)",
        options=["Desenvolvedor", "Líder técnico", "Gerente de produto"],
        allow_other=True,
        lang="pt",
    ),
    C(
        "single_choice",
        "Entendi. Em que período do dia você costuma fazer seus pedidos: manhã, tarde ou noite?",
        options=["manhã", "tarde", "noite"],
        lang="pt",
    ),
    C(
        "single_choice",
        "Estes são os nossos planos:\n\n- **Básico** – sem mensalidade\n- **Plus** – R$ 19,90 por mês\n- **Premium** – R$ 39,90 por mês\n\nQual deles você usa hoje?",
        options=[
            "Básico – sem mensalidade",
            "Plus – R$ 19,90 por mês",
            "Premium – R$ 39,90 por mês",
        ],
        lang="pt",
    ),
    C(
        "single_choice",
        "Ótimo. Como você prefere preparar seu café?\n\nCoado | Espresso | Prensa francesa | Cápsula",
        options=["Coado", "Espresso", "Prensa francesa", "Cápsula"],
        lang="pt",
    ),
    # Portuguese: multiple choice
    C(
        "multiple_choice",
        "Obrigado! Quais destes recursos você já usou? Pode marcar mais de um.\n\n- Pix\n- Cartão virtual\n- Investimentos\n- Empréstimo",
        options=["Pix", "Cartão virtual", "Investimentos", "Empréstimo"],
        lang="pt",
    ),
    C(
        "multiple_choice",
        "Entendi. O que mais incomoda você ao reservar uma viagem? Escolha até duas opções:\n\n1. Taxas escondidas\n2. Site lento\n3. Poucas formas de pagamento\n4. Outro",
        options=["Taxas escondidas", "Site lento", "Poucas formas de pagamento"],
        allow_other=True,
        max_choices=2,
        lang="pt",
    ),
    C(
        "multiple_choice",
        "Legal! Quais ferramentas sua equipe usa junto com a nossa? Selecione todas que se aplicam: Jira, Slack, Notion, Trello",
        options=["Jira", "Slack", "Notion", "Trello"],
        lang="pt",
    ),
    C(
        "multiple_choice",
        "Aqui estão alguns motivos para usar o portal:\n\na) Ver resultados de exames\nb) Marcar consultas\nc) Falar com o médico\nd) Pagar contas\n\nQuais deles se aplicam a você? Fique à vontade para escolher vários.",
        options=[
            "Ver resultados de exames",
            "Marcar consultas",
            "Falar com o médico",
            "Pagar contas",
        ],
        lang="pt",
    ),
    # Portuguese: ranking
    C(
        "ranking",
        "Obrigado! Por favor, ordene estes fatores do mais importante para o menos importante na escolha de um supermercado online:\n\n1. Preço\n2. Entrega rápida\n3. Qualidade dos produtos\n4. Variedade",
        options=["Preço", "Entrega rápida", "Qualidade dos produtos", "Variedade"],
        lang="pt",
    ),
    C(
        "ranking",
        "Perfeito. Coloque em ordem de preferência: aroma, sabor, preço, embalagem.",
        options=["aroma", "sabor", "preço", "embalagem"],
        lang="pt",
    ),
    C(
        "ranking",
        "Interessante! Como você classificaria estas melhorias, da mais urgente para a menos urgente?\n\n- **Documentação melhor**\n- **Mensagens de erro mais claras**\n- **Builds mais rápidos**\n- **Mais plugins**",
        options=[
            "Documentação melhor",
            "Mensagens de erro mais claras",
            "Builds mais rápidos",
            "Mais plugins",
        ],
        lang="pt",
    ),
    C(
        "ranking",
        "Para fechar este bloco, ordene de 1 a 4 o que mais importa para você num hotel:\n\n• Localização\n• Preço\n• Café da manhã\n• Avaliações",
        options=["Localização", "Preço", "Café da manhã", "Avaliações"],
        lang="pt",
    ),
    # Portuguese: yes / no
    C(
        "yes_no",
        "Obrigado por compartilhar. Você já precisou cancelar uma consulta pelo portal?",
        lang="pt",
    ),
    C("yes_no", "Entendi. **Você usa o app do banco todos os dias?**", lang="pt"),
    C(
        "yes_no",
        "Certo. É verdade que você faz a maioria das suas reservas pelo celular?",
        lang="pt",
    ),
]
