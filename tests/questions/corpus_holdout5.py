"""Held-out corpus 5: generated from small template tables crossed with the five languages.

Written by a helper session that had only the brief and the record type
(tests/questions/cases.py); it never saw the detector or any other corpus. Each language has
its own hand-invented tables (acknowledgements, question stems with their option sets,
instruction phrasings in families: single-answer requests, permissions, limits, ranking
framings; scale stems with their end labels and range phrasings; yes/no templates; open
requests) and a fixed set of list shapes (numbered "1." and "1)", bullets "-", "•", "*",
letters "a)" and "(A)", bold, keycap emojis, blank-line separated lines, slashes, pipes,
inline with commas and "or", parentheses). HOLDOUT5 is built deterministically from them
(the cross product of each type's tables walked diagonally with a fixed step per table,
skipping combinations that do not read naturally; no randomness), and every generated case
carries the label computed from its template pieces (options are the option set's strings,
max_choices the limit's number, labels the scale's end words). Hand-written open-ended distractors D()
(ratings followed up, ranges, recap lists, "which of those…, and why?") are added in every
language. Used only to measure the detector, never to tune it.

First run (scored once, by the lead of session 4, on the detector of commit 441ade7, nothing
tuned on it before; only the summary was printed, no case read):
  166/200 exactly right; precision/recall per type:
    open_ended 0.600/1.000, scale 0.935/0.906, single_choice 1.000/0.844,
    multiple_choice 1.000/0.714, ranking 1.000/0.500, yes_no 1.000/0.875;
  0 of 48 open questions given a widget (0 of 32 distractors).
"""

from __future__ import annotations

from math import gcd

from tests.questions.cases import C, Case, D

# --------------------------------------------------------------------------------------------
# List shapes (shared by all languages)
# --------------------------------------------------------------------------------------------
# kind: "num" (numbered, "reply with the number" makes sense), "letter", "plain";
# vertical shapes may carry an "Other" item; inline shapes are joined into the sentence.
_VERTICAL = {
    "num_dot": ("num", lambda i, o: f"{i + 1}. {o}", "\n\n"),
    "num_paren": ("num", lambda i, o: f"{i + 1}) {o}", "\n\n"),
    "dash": ("plain", lambda i, o: f"- {o}", "\n"),
    "bullet": ("plain", lambda i, o: f"• {o}", "\n\n"),
    "star": ("plain", lambda i, o: f"* {o}", "\n"),
    "let_paren": ("letter", lambda i, o: f"{'abcdefgh'[i]}) {o}", "\n\n"),
    "let_cap": ("letter", lambda i, o: f"({'ABCDEFGH'[i]}) {o}", "\n\n"),
    "bold_dash": ("plain", lambda i, o: f"- **{o}**", "\n\n"),
    "bold_num": ("num", lambda i, o: f"{i + 1}. **{o}**", "\n\n"),
    "keycap": ("num", lambda i, o: f"{i + 1}\ufe0f\u20e3 {o}", "\n\n"),
    "blank": ("plain", lambda i, o: o, "\n\n"),
}
_LINE = {"slash": " / ", "pipe": " | "}  # options on one line of their own
_INLINE = ("inline", "paren")  # options inside the sentence
SHAPES = list(_VERTICAL) + list(_LINE) + list(_INLINE)

# --------------------------------------------------------------------------------------------
# Per-language tables
# --------------------------------------------------------------------------------------------
LANGS: dict[str, dict] = {}

# ---- English --------------------------------------------------------------------------------
LANGS["en"] = dict(
    sp="",
    or_=", or ",
    and_=", and ",
    other="Other (please specify)",
    words={2: "two", 3: "three"},
    acks=[
        "",
        "Thanks! ",
        "Got it, thanks.\n\n",
        "That's really helpful. ",
        "Makes sense. ",
        "Thanks for walking me through that, it's useful context.\n\n",
        "Okay, noted. Next one: ",
    ],
    single=[
        ("Which plan are you on right now?", ["Free", "Pro", "Team", "Enterprise"], True),
        (
            "Which of these best describes your role?",
            ["Product manager", "Engineer", "Designer", "Customer support"],
            True,
        ),
        (
            "How often do you open the dashboard?",
            ["Every day", "A few times a week", "About once a month", "Rarely"],
            True,
        ),
        (
            "How did you first hear about us?",
            ["A colleague", "Search engine", "Social media", "A podcast"],
            True,
        ),
        (
            "Which plan would you pick if you were starting over today?",
            [
                "Starter – for individuals",
                "Growth – for small teams",
                "Scale – for larger companies",
            ],
            False,
        ),
    ],
    single_instr={
        "pick": ["Pick one.", "Please choose just one."],
        "num": "Just reply with the number.",
        "letter": "Just reply with the letter.",
    },
    multi=[
        (
            "Which of these tools does your team use day to day?",
            ["Slack", "Microsoft Teams", "Email", "Zoom", "Google Meet"],
        ),
        (
            "Which features have you tried so far?",
            ["Dashboards", "Scheduled reports", "CSV export", "API access"],
        ),
        (
            "What made you consider switching tools?",
            ["Price", "Missing features", "Poor support", "Performance issues"],
        ),
        ("Where do you usually work from?", ["Home", "The office", "Coworking spaces", "Cafés"]),
    ],
    multi_instr={
        "perm": ["Feel free to pick as many as apply.", "You can choose more than one."],
        "all": ["Select all that apply."],
        "limit": ["Pick up to {n}.", "Choose up to {w}."],
    },
    rank=[
        (
            "Please rank these by how much they matter to you:",
            ["Price", "Ease of use", "Customer support", "Integrations"],
        ),
        (
            "How would you rank these improvements, from most to least urgent?",
            ["Faster load times", "Better search", "Offline mode", "Dark mode"],
        ),
        (
            "Could you put these in order of importance for your team?",
            ["Security", "Speed", "Cost"],
        ),
        (
            "Rank the following channels from the one you prefer most to the one you prefer least:",
            ["Phone", "Email", "Live chat", "Help center articles"],
        ),
    ],
    rank_instr=["Put your top priority first.", "Start with your top choice."],
    scale_dims=[
        ("How satisfied are you with the onboarding", "very dissatisfied", "very satisfied", "sat"),
        (
            "How likely are you to recommend us to a colleague",
            "not at all likely",
            "extremely likely",
            "lik",
        ),
        (
            "How much do you agree that the setup was easy",
            "strongly disagree",
            "strongly agree",
            "agree",
        ),
        ("How would you rate our customer support", "very poor", "excellent", "sat"),
        ("How easy was it to get started", "very difficult", "very easy", "ease"),
    ],
    scale_forms=[
        ("{s}, from {lo} to {hi}, where {lo} is {ll} and {hi} is {hl}?", True, None),
        ("{s} on a scale of {lo} to {hi} ({lo} = {ll}, {hi} = {hl})?", True, None),
        ("{s}, from {lo} ({ll}) to {hi} ({hl})?", True, None),
        ("{s}? Please use a scale from {lo} to {hi}.", False, None),
        ("{s}?\n\n{lo} = {ll}\n{hi} = {hl}", True, None),
        ("{s}? Just give me a number from {lo} to {hi}.", False, None),
        ("{s}? Give it anywhere from {lo} to {hi} stars \u2b50", False, "stars"),
    ],
    yes_no=[
        (
            "Have you ever {}?",
            [
                "contacted our support team",
                "exported a report to Excel",
                "used the mobile app",
                "invited a colleague to your workspace",
            ],
        ),
        (
            "Is it true that you {}?",
            ["switched from another tool last year", "mostly use the app on your phone"],
        ),
        (
            "You {}, right?",
            ["manage the account for your whole team", "switched from another tool last year"],
        ),
        ("Do you still {}?", ["use the weekly email digest", "share reports with your clients"]),
        (
            "Did the {}?",
            [
                "14-day trial give you enough time to decide",
                "import from your old tool work on the first try",
            ],
        ),
    ],
    open=[
        (
            "Can you tell me a bit more about {}?",
            [
                "how your team handled reporting before",
                "the last time an export failed",
                "your first week with the product",
            ],
        ),
        (
            "Could you walk me through {}?",
            [
                "how you prepare a monthly report",
                "what happens when a new client signs up",
                "the steps you took to set up your workspace",
            ],
        ),
        ("What does {} look like for you?", ["a typical Monday", "a good week with the tool"]),
    ],
)

# ---- Spanish --------------------------------------------------------------------------------
LANGS["es"] = dict(
    sp="",
    or_=" o ",
    and_=" y ",
    other="Otro (¿cuál?)",
    words={2: "dos", 3: "tres"},
    acks=["", "¡Gracias! ", "Entendido.\n\n", "Muy útil, gracias. ", "Perfecto, lo anoto. "],
    single=[
        (
            "¿Qué plan tiene contratado actualmente?",
            ["Gratis", "Básico", "Profesional", "Empresa"],
            True,
        ),
        (
            "¿Con qué frecuencia usa la aplicación?",
            ["Todos los días", "Varias veces por semana", "Una vez al mes", "Casi nunca"],
            True,
        ),
        (
            "¿Cuál de estas opciones describe mejor su puesto?",
            ["Dirección", "Ventas", "Marketing", "Soporte técnico"],
            True,
        ),
        (
            "¿Qué plan elegiría si empezara de nuevo?",
            [
                "Básico – para una persona",
                "Equipo – para equipos pequeños",
                "Empresa – sin límite de usuarios",
            ],
            False,
        ),
    ],
    single_instr={
        "pick": ["Elija una sola opción.", "Escoja solo una."],
        "num": "Responda solo con el número.",
        "letter": "Responda solo con la letra.",
    },
    multi=[
        (
            "¿Qué herramientas usa su equipo a diario?",
            ["Slack", "Microsoft Teams", "Correo electrónico", "WhatsApp", "Zoom"],
        ),
        (
            "¿Qué funciones ha probado hasta ahora?",
            ["Paneles", "Informes programados", "Exportación a CSV", "Integraciones"],
        ),
        (
            "¿Por qué motivos pensó en cambiar de herramienta?",
            ["El precio", "Faltaban funciones", "El soporte", "La velocidad"],
        ),
    ],
    multi_instr={
        "perm": ["Puede elegir varias."],
        "all": ["Marque todas las que correspondan."],
        "limit": ["Elija hasta {w}.", "Puede marcar hasta {n}."],
    },
    rank=[
        (
            "Ordene estos aspectos de más a menos importante:",
            ["Precio", "Facilidad de uso", "Atención al cliente", "Seguridad"],
        ),
        (
            "¿Podría ordenar estas mejoras según su prioridad?",
            ["Búsqueda más rápida", "Modo sin conexión", "Modo oscuro"],
        ),
        (
            "Clasifique estos canales de contacto del que más prefiere al que menos:",
            ["Teléfono", "Correo", "Chat en vivo"],
        ),
    ],
    rank_instr=["Ponga primero lo más importante.", "Empiece por su preferido."],
    scale_dims=[
        ("¿Qué tan satisfecho está con la aplicación", "muy insatisfecho", "muy satisfecho", "sat"),
        (
            "¿Qué probabilidad hay de que nos recomiende a un colega",
            "nada probable",
            "muy probable",
            "lik",
        ),
        (
            "¿Qué tan de acuerdo está con que la configuración fue sencilla",
            "totalmente en desacuerdo",
            "totalmente de acuerdo",
            "agree",
        ),
        ("¿Qué tan fácil le resultó empezar", "muy difícil", "muy fácil", "ease"),
    ],
    scale_forms=[
        ("{s}, del {lo} al {hi}, donde {lo} es {ll} y {hi} es {hl}?", True, None),
        ("{s}, en una escala de {lo} a {hi} ({lo} = {ll}, {hi} = {hl})?", True, None),
        ("{s}? Responda con un número del {lo} al {hi}.", False, None),
        ("{s}?\n\n{lo} = {ll}\n{hi} = {hl}", True, None),
        ("{s}? Dele de {lo} a {hi} estrellas.", False, "stars"),
    ],
    yes_no=[
        (
            "¿Ha {} alguna vez?",
            [
                "contactado con nuestro equipo de soporte",
                "exportado un informe",
                "usado la aplicación móvil",
            ],
        ),
        (
            "¿Es cierto que {}?",
            ["cambió de herramienta el año pasado", "usa la aplicación sobre todo en el móvil"],
        ),
        (
            "¿Sigue {}?",
            ["usando el resumen semanal por correo", "compartiendo informes con sus clientes"],
        ),
        ("{}, ¿verdad?", ["Usted gestiona la cuenta de todo su equipo"]),
    ],
    open=[
        (
            "¿Puede contarme un poco más sobre {}?",
            ["cómo trabajaba su equipo antes", "la última vez que falló la exportación"],
        ),
        ("¿Podría explicarme paso a paso {}?", ["cómo prepara un informe mensual"]),
    ],
)

# ---- French ---------------------------------------------------------------------------------
LANGS["fr"] = dict(
    sp=" ",
    or_=" ou ",
    and_=" et ",
    other="Autre (précisez)",
    words={2: "deux", 3: "trois"},
    acks=["", "Merci ! ", "C'est noté.\n\n", "Très intéressant, merci. ", "D'accord. "],
    single=[
        (
            "Quelle formule utilisez-vous en ce moment ?",
            ["Gratuite", "Essentielle", "Pro", "Entreprise"],
            True,
        ),
        (
            "À quelle fréquence utilisez-vous l'application ?",
            ["Tous les jours", "Plusieurs fois par semaine", "Une fois par mois", "Rarement"],
            True,
        ),
        (
            "Laquelle de ces propositions décrit le mieux votre poste ?",
            ["Direction", "Commercial", "Marketing", "Support client"],
            True,
        ),
        (
            "Quelle formule choisiriez-vous aujourd'hui ?",
            [
                "Solo – pour une personne",
                "Équipe – pour les petites équipes",
                "Entreprise – utilisateurs illimités",
            ],
            False,
        ),
    ],
    single_instr={
        "pick": ["Choisissez une seule réponse.", "Une seule réponse possible."],
        "num": "Répondez simplement par le numéro.",
        "letter": "Répondez simplement par la lettre.",
    },
    multi=[
        (
            "Quels outils votre équipe utilise-t-elle au quotidien ?",
            ["Slack", "Microsoft Teams", "E-mail", "Zoom", "Google Meet"],
        ),
        (
            "Quelles fonctionnalités avez-vous déjà essayées ?",
            ["Tableaux de bord", "Rapports planifiés", "Export CSV", "API"],
        ),
        (
            "Qu'est-ce qui vous a poussé à chercher un autre outil ?",
            ["Le prix", "Des fonctionnalités manquantes", "Le support", "La lenteur"],
        ),
    ],
    multi_instr={
        "perm": ["Plusieurs réponses possibles.", "N'hésitez pas à en choisir plusieurs."],
        "all": ["Cochez toutes les réponses qui s'appliquent."],
        "limit": ["Choisissez-en jusqu'à {w}.", "Jusqu'à {n} réponses possibles."],
    },
    rank=[
        (
            "Classez ces critères du plus important au moins important :",
            ["Prix", "Facilité d'utilisation", "Service client", "Sécurité"],
        ),
        (
            "Pourriez-vous classer ces améliorations par ordre de priorité ?",
            ["Recherche plus rapide", "Mode hors ligne", "Mode sombre"],
        ),
        (
            "Classez ces canaux du plus pratique au moins pratique pour vous :",
            ["Téléphone", "E-mail", "Chat en direct"],
        ),
    ],
    rank_instr=["Mettez le plus important en premier.", "Commencez par votre préféré."],
    scale_dims=[
        (
            "Dans quelle mesure êtes-vous satisfait de l'application",
            "pas du tout satisfait",
            "très satisfait",
            "sat",
        ),
        (
            "Quelle est la probabilité que vous nous recommandiez à un collègue",
            "très improbable",
            "très probable",
            "lik",
        ),
        (
            "Dans quelle mesure êtes-vous d'accord avec l'affirmation « l'installation était simple »",
            "pas du tout d'accord",
            "tout à fait d'accord",
            "agree",
        ),
        ("Quelle note donneriez-vous à notre service client", "très mauvais", "excellent", "sat"),
    ],
    scale_forms=[
        ("{s}, sur une échelle de {lo} à {hi}, où {lo} signifie {ll} et {hi} {hl} ?", True, None),
        ("{s}, de {lo} ({ll}) à {hi} ({hl}) ?", True, None),
        ("{s} ? Donnez une note de {lo} à {hi}.", False, None),
        ("{s} ?\n\n{lo} = {ll}\n{hi} = {hl}", True, None),
        ("{s} ? Donnez-lui entre {lo} et {hi} étoiles.", False, "stars"),
    ],
    yes_no=[
        (
            "Avez-vous déjà {} ?",
            ["contacté notre service client", "exporté un rapport", "utilisé l'application mobile"],
        ),
        (
            "Est-ce que vous {} ?",
            [
                "utilisez encore le résumé hebdomadaire",
                "partagez vos rapports avec vos clients",
                "gérez le compte pour toute votre équipe",
            ],
        ),
        ("Est-il vrai que vous {} ?", ["avez changé d'outil l'an dernier"]),
    ],
    open=[
        (
            "Pouvez-vous m'en dire plus sur {} ?",
            [
                "la façon dont votre équipe travaillait avant",
                "la dernière fois que l'export a échoué",
            ],
        ),
        ("Pourriez-vous me décrire {} ?", ["comment vous préparez un rapport mensuel"]),
    ],
)

# ---- German ---------------------------------------------------------------------------------
LANGS["de"] = dict(
    sp="",
    or_=" oder ",
    and_=" und ",
    other="Andere (bitte angeben)",
    words={2: "zwei", 3: "drei"},
    acks=["", "Danke! ", "Verstehe.\n\n", "Das ist sehr hilfreich, danke. ", "Alles klar. "],
    single=[
        ("Welchen Tarif nutzen Sie derzeit?", ["Free", "Basic", "Pro", "Enterprise"], True),
        (
            "Wie oft nutzen Sie die App?",
            ["Täglich", "Mehrmals pro Woche", "Etwa einmal im Monat", "Selten"],
            True,
        ),
        (
            "Was beschreibt Ihre Rolle am besten?",
            ["Geschäftsführung", "Vertrieb", "Marketing", "Kundenservice"],
            True,
        ),
        (
            "Welchen Tarif würden Sie heute wählen?",
            [
                "Solo – für Einzelpersonen",
                "Team – für kleine Teams",
                "Business – unbegrenzte Nutzer",
            ],
            False,
        ),
    ],
    single_instr={
        "pick": ["Bitte wählen Sie eine Antwort.", "Nur eine Antwort möglich."],
        "num": "Antworten Sie einfach mit der Nummer.",
        "letter": "Antworten Sie einfach mit dem Buchstaben.",
    },
    multi=[
        (
            "Welche Tools nutzt Ihr Team im Alltag?",
            ["Slack", "Microsoft Teams", "E-Mail", "Zoom", "Google Meet"],
        ),
        (
            "Welche Funktionen haben Sie schon ausprobiert?",
            ["Dashboards", "Geplante Berichte", "CSV-Export", "API"],
        ),
        (
            "Was hat Sie dazu gebracht, über einen Wechsel nachzudenken?",
            ["Der Preis", "Fehlende Funktionen", "Der Support", "Die Geschwindigkeit"],
        ),
    ],
    multi_instr={
        "perm": ["Mehrfachnennungen möglich.", "Sie können gern mehrere auswählen."],
        "all": ["Bitte alles Zutreffende auswählen."],
        "limit": ["Wählen Sie bis zu {n} aus.", "Bitte höchstens {w} auswählen."],
    },
    rank=[
        (
            "Bitte ordnen Sie diese Punkte nach Wichtigkeit:",
            ["Preis", "Bedienbarkeit", "Kundenservice", "Datenschutz"],
        ),
        (
            "Könnten Sie diese Verbesserungen nach Priorität sortieren?",
            ["Schnellere Suche", "Offline-Modus", "Dunkelmodus"],
        ),
        (
            "Bringen Sie diese Kanäle in eine Reihenfolge, vom liebsten bis zum unbeliebtesten:",
            ["Telefon", "E-Mail", "Live-Chat"],
        ),
    ],
    rank_instr=["Das Wichtigste zuerst.", "Beginnen Sie mit Ihrem Favoriten."],
    scale_dims=[
        (
            "Wie zufrieden sind Sie insgesamt mit der App",
            "sehr unzufrieden",
            "sehr zufrieden",
            "sat",
        ),
        (
            "Wie wahrscheinlich ist es, dass Sie uns einem Kollegen empfehlen",
            "sehr unwahrscheinlich",
            "sehr wahrscheinlich",
            "lik",
        ),
        (
            "Wie sehr stimmen Sie der Aussage zu, dass die Einrichtung einfach war",
            "stimme überhaupt nicht zu",
            "stimme voll und ganz zu",
            "agree",
        ),
        ("Wie einfach war die Einrichtung für Sie", "sehr schwierig", "sehr einfach", "ease"),
    ],
    scale_forms=[
        (
            "{s}, auf einer Skala von {lo} bis {hi}, wobei {lo} {ll} und {hi} {hl} bedeutet?",
            True,
            "noagree",
        ),
        ("{s}? ({lo} = {ll}, {hi} = {hl})", True, None),
        ("{s}, von {lo} ({ll}) bis {hi} ({hl})?", True, None),
        ("{s}? Bitte antworten Sie mit einer Zahl von {lo} bis {hi}.", False, None),
        ("{s}? Vergeben Sie {lo} bis {hi} Sterne.", False, "stars"),
    ],
    yes_no=[
        (
            "Haben Sie schon einmal {}?",
            ["unseren Support kontaktiert", "einen Bericht exportiert", "die mobile App genutzt"],
        ),
        (
            "Nutzen Sie {}?",
            ["die wöchentliche Zusammenfassung noch", "die App hauptsächlich auf dem Handy"],
        ),
        (
            "Stimmt es, dass Sie {}?",
            ["letztes Jahr das Tool gewechselt haben", "das Konto für Ihr ganzes Team verwalten"],
        ),
    ],
    open=[
        (
            "Können Sie mir mehr darüber erzählen, {}?",
            [
                "wie Ihr Team vorher gearbeitet hat",
                "was beim letzten fehlgeschlagenen Export passiert ist",
            ],
        ),
        (
            "Könnten Sie mir Schritt für Schritt beschreiben, {}?",
            ["wie Sie einen Monatsbericht erstellen"],
        ),
    ],
)

# ---- Portuguese -----------------------------------------------------------------------------
LANGS["pt"] = dict(
    sp="",
    or_=" ou ",
    and_=" e ",
    other="Outro (qual?)",
    words={2: "duas", 3: "três"},
    acks=["", "Obrigado! ", "Entendi.\n\n", "Muito útil, obrigado. ", "Certo, anotado. "],
    single=[
        (
            "Qual plano você usa atualmente?",
            ["Gratuito", "Básico", "Profissional", "Empresarial"],
            True,
        ),
        (
            "Com que frequência você usa o aplicativo?",
            ["Todos os dias", "Algumas vezes por semana", "Uma vez por mês", "Raramente"],
            True,
        ),
        (
            "Qual destas opções descreve melhor a sua função?",
            ["Diretoria", "Vendas", "Marketing", "Suporte"],
            True,
        ),
        (
            "Qual plano você escolheria hoje?",
            [
                "Solo – para uma pessoa",
                "Equipe – para times pequenos",
                "Empresa – usuários ilimitados",
            ],
            False,
        ),
    ],
    single_instr={
        "pick": ["Escolha apenas uma.", "Só uma resposta, por favor."],
        "num": "É só responder com o número.",
        "letter": "É só responder com a letra.",
    },
    multi=[
        (
            "Quais ferramentas a sua equipe usa no dia a dia?",
            ["Slack", "Microsoft Teams", "E-mail", "WhatsApp", "Zoom"],
        ),
        (
            "Quais recursos você já experimentou?",
            ["Painéis", "Relatórios agendados", "Exportação CSV", "Integrações"],
        ),
        (
            "O que fez você pensar em trocar de ferramenta?",
            ["O preço", "Falta de recursos", "O suporte", "A lentidão"],
        ),
    ],
    multi_instr={
        "perm": ["Pode escolher mais de uma.", "Fique à vontade para marcar várias."],
        "all": ["Marque todas as que se aplicam."],
        "limit": ["Escolha até {w} opções.", "Marque até {n} opções."],
    },
    rank=[
        (
            "Ordene estes pontos do mais importante para o menos importante:",
            ["Preço", "Facilidade de uso", "Atendimento", "Segurança"],
        ),
        (
            "Você poderia ordenar estas melhorias por prioridade?",
            ["Busca mais rápida", "Modo offline", "Modo escuro"],
        ),
        (
            "Classifique estes canais do que você mais prefere ao que menos prefere:",
            ["Telefone", "E-mail", "Chat ao vivo"],
        ),
    ],
    rank_instr=["Coloque o mais importante primeiro.", "Comece pelo seu preferido."],
    scale_dims=[
        (
            "Qual o seu nível de satisfação com o aplicativo",
            "muito insatisfeito",
            "muito satisfeito",
            "sat",
        ),
        (
            "Qual a probabilidade de você nos recomendar a um colega",
            "nada provável",
            "muito provável",
            "lik",
        ),
        (
            "Quanto você concorda que a configuração foi simples",
            "discordo totalmente",
            "concordo totalmente",
            "agree",
        ),
        ("Quão fácil foi começar a usar o aplicativo", "muito difícil", "muito fácil", "ease"),
    ],
    scale_forms=[
        ("{s}, de {lo} a {hi}, em que {lo} é {ll} e {hi} é {hl}?", True, None),
        ("{s}, numa escala de {lo} a {hi} ({lo} = {ll}, {hi} = {hl})?", True, None),
        ("{s}? Responda com um número de {lo} a {hi}.", False, None),
        ("{s}?\n\n{lo} = {ll}\n{hi} = {hl}", True, None),
        ("{s}? Dê de {lo} a {hi} estrelas.", False, "stars"),
    ],
    yes_no=[
        (
            "Você já {}?",
            [
                "entrou em contato com o nosso suporte",
                "exportou um relatório",
                "usou o aplicativo no celular",
            ],
        ),
        (
            "É verdade que você {}?",
            ["trocou de ferramenta no ano passado", "administra a conta de toda a equipe"],
        ),
        (
            "Você ainda {}?",
            ["recebe o resumo semanal por e-mail", "compartilha relatórios com os seus clientes"],
        ),
        ("{}, certo?", ["Você usa o aplicativo principalmente no celular"]),
    ],
    open=[
        (
            "Pode me contar um pouco mais sobre {}?",
            ["como a sua equipe trabalhava antes", "a última vez que a exportação falhou"],
        ),
        ("Você poderia me explicar passo a passo {}?", ["como você monta um relatório mensal"]),
    ],
)

SCALE_RANGES = [(1, 5), (0, 10), (1, 7), (1, 10)]

# How many generated cases per language and type (open = generated open requests; the
# hand-written distractors below come on top).
COUNTS = {
    "en": dict(scale=12, single_choice=12, multiple_choice=12, ranking=12, yes_no=12, open=8),
    **{
        lang: dict(scale=5, single_choice=5, multiple_choice=4, ranking=4, yes_no=5, open=2)
        for lang in ("es", "fr", "de", "pt")
    },
}

# --------------------------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------------------------


def _diag(
    factors: list[list], n: int, build, offset: int = 0, fixed: int | None = None
) -> list[Case]:
    """n cases from the cross product of factors, walked diagonally (deterministic).

    Case k takes item (k * P_f + offset) of factor f, with a fixed step P_f per factor (coprime to its size), so
    every factor cycles through its values; a combination that build() rejects (returns None)
    or that repeats an earlier text is skipped by nudging the later factors (shape, instruction, placement…) by their own steps.
    """
    steps = []
    for p, f in zip((1, 1, 7, 5, 2, 3, 11, 13), factors, strict=False):
        while gcd(p, len(f)) != 1:
            p += 1
        steps.append(p)
    if fixed is None:
        fixed = 1 if len(factors) == 2 else 2  # acks and stems keep cycling; the rest is nudged
    out: list[Case] = []
    seen: set[str] = set()
    for k in range(n):
        for t in range(500):
            pick = [
                f[(k * steps[i] + (t * i if i >= fixed else 0) + offset) % len(f)]
                for i, f in enumerate(factors)
            ]
            case = build(*pick)
            if case is not None and case.text not in seen:
                seen.add(case.text)
                out.append(case)
                break
        else:
            raise AssertionError("no valid combination")
    return out


def _split_end(stem: str) -> tuple[str, str]:
    """'Which plan?' -> ('Which plan', '?'); 'Rank these:' -> ('Rank these', '.')."""
    core = stem.rstrip(" ?:")
    return core, ("?" if stem.endswith("?") else ".")


def _render(
    lang: str,
    stem: str,
    opts: list[str],
    shape: str,
    instr: str,
    placement: str,
    other: bool,
    conj: str,
) -> str:
    t = LANGS[lang]
    sp = t["sp"]
    if shape in _INLINE:
        core, end = _split_end(stem)
        end_s = (sp + end) if end == "?" else end
        joined = ", ".join(opts[:-1]) + conj + opts[-1]
        if shape == "inline":
            body = f"{core}{sp}: {joined}{end_s}"
        else:
            body = f"{core} ({joined}){end_s}"
        if instr:
            body += f" ({instr.rstrip('.')})" if placement == "paren" else f" {instr}"
        return body
    items = opts + ([t["other"]] if other else [])
    if shape in _LINE:
        block, sep = _LINE[shape].join(items), "\n\n"
    else:
        _, fmt, sep = _VERTICAL[shape]
        block = "\n".join(fmt(i, o) for i, o in enumerate(items))
        if shape == "blank":
            block = "\n\n".join(items)
    head = stem
    if instr and placement == "before" and stem.endswith(":"):
        placement = "after"  # "Rank these: Put X first." reads badly; the instruction goes last
    if instr and placement == "before":
        head += f" {instr}"
    elif instr and placement == "paren" and stem.endswith(":"):
        head = f"{stem[:-1].rstrip()} ({instr.rstrip('.')}){sp}:"
    elif instr and placement == "paren":
        head += f" ({instr.rstrip('.')})"
    text = head + sep + block
    if instr and placement == "after":
        text += "\n\n" + instr
    return text


def _shape_kind(shape: str) -> str:
    return _VERTICAL[shape][0] if shape in _VERTICAL else "plain"


PLACEMENTS = ("before", "after", "paren")


def _ok(shape: str, instr: str, placement: str, other: bool, inline_ok: bool = True) -> bool:
    if not instr and placement != "after":
        return False  # no instruction: one placement only, no duplicate texts
    if shape in _INLINE:
        return inline_ok and not other and placement != "before"
    if shape in _LINE and other:
        return False
    return True


def _single(lang: str, n: int, off: int) -> list[Case]:
    t = LANGS[lang]
    fams = ["none", "pick0", "pick1", "reply"]

    def build(ack, item, shape, fam, placement, other):
        stem, opts, inline_ok = item
        kind = _shape_kind(shape)
        if fam == "none":
            instr = ""
        elif fam == "reply":
            if kind not in ("num", "letter"):
                return None
            instr = t["single_instr"][kind]
        else:
            instr = t["single_instr"]["pick"][int(fam[-1])]
        if not _ok(shape, instr, placement, other, inline_ok):
            return None
        text = ack + _render(lang, stem, opts, shape, instr, placement, other, t["or_"])
        return C("single_choice", text, options=opts, allow_other=other, lang=lang)

    return _diag(
        [t["acks"], t["single"], SHAPES, fams, list(PLACEMENTS), [False, True]], n, build, off
    )


def _multi(lang: str, n: int, off: int) -> list[Case]:
    t = LANGS[lang]
    instrs: list[tuple[str, int | None]] = []
    for s in t["multi_instr"]["perm"] + t["multi_instr"]["all"]:
        instrs.append((s, None))
    for s in t["multi_instr"]["limit"]:
        for k in (2, 3):
            instrs.append((s.format(n=k, w=t["words"][k]), k))

    def build(ack, item, shape, instr_mx, placement, other):
        (stem, opts), (instr, mx) = item, instr_mx
        if not _ok(shape, instr, placement, other):
            return None
        text = ack + _render(lang, stem, opts, shape, instr, placement, other, t["or_"])
        return C(
            "multiple_choice", text, options=opts, allow_other=other, lang=lang, max_choices=mx
        )

    return _diag(
        [t["acks"], t["multi"], SHAPES, instrs, list(PLACEMENTS), [False, True]], n, build, off
    )


def _ranking(lang: str, n: int, off: int) -> list[Case]:
    t = LANGS[lang]

    def build(ack, item, shape, instr, placement):
        stem, opts = item
        if shape == "keycap":
            return None  # keycap numbers would read as a pre-set order
        if not _ok(shape, instr, placement, False):
            return None
        text = ack + _render(lang, stem, opts, shape, instr, placement, False, t["and_"])
        return C("ranking", text, options=opts, lang=lang)

    return _diag(
        [t["acks"], t["rank"], SHAPES, [""] + t["rank_instr"], list(PLACEMENTS)], n, build, off
    )


def _scale(lang: str, n: int, off: int) -> list[Case]:
    t = LANGS[lang]

    def build(ack, dim, form_, rng):
        (s, ll, hl, kind), (form, has_labels, cond), (lo, hi) = dim, form_, rng
        if cond == "stars":
            if kind != "sat":  # stars only suit a satisfaction/rating stem: take the table's first
                s, ll, hl, kind = t["scale_dims"][0]
            lo, hi = 1, 5  # and stars are always one to five
        if cond == "noagree" and kind == "agree":
            return None
        text = ack + form.format(s=s, lo=lo, hi=hi, ll=ll, hl=hl)
        labels = {"lo": ll, "hi": hl} if has_labels else None
        return C("scale", text, scale=(lo, hi), labels=labels, lang=lang)

    return _diag([t["acks"], t["scale_dims"], t["scale_forms"], SCALE_RANGES], n, build, off)


def _filled(table: list[tuple[str, list[str]]]) -> list[str]:
    return [tpl.format(fill) for tpl, fills in table for fill in fills]


def _yes_no(lang: str, n: int, off: int) -> list[Case]:
    t = LANGS[lang]
    return _diag(
        [t["acks"], _filled(t["yes_no"])], n, lambda a, q: C("yes_no", a + q, lang=lang), off
    )


def _open(lang: str, n: int, off: int) -> list[Case]:
    t = LANGS[lang]
    return _diag(
        [t["acks"], _filled(t["open"])], n, lambda a, q: C("open_ended", a + q, lang=lang), off
    )


_BUILDERS = {
    "scale": _scale,
    "single_choice": _single,
    "multiple_choice": _multi,
    "ranking": _ranking,
    "yes_no": _yes_no,
    "open": _open,
}

# --------------------------------------------------------------------------------------------
# Hand-written open-ended distractors (numbers, lists, ranges, "which of those…, and why?")
# --------------------------------------------------------------------------------------------
DISTRACTORS: list[Case] = [
    # ---- en
    D("You gave the onboarding a 6 out of 10. What would have made it a 9?"),
    D(
        "Thanks! You mentioned Slack, Teams and email. Which of those matters most to your team, and why?"
    ),
    D(
        "Interesting, so you tried three tools between 2021 and 2023. What pushed you to switch each time?"
    ),
    D(
        "Here's what I've heard so far:\n\n1. Pricing feels confusing\n2. Exports are slow\n3. Support is great\n\n"
        "What did I miss? Tell me in your own words."
    ),
    D(
        "You said it takes 10–15 minutes to build a report. Walk me through what happens in those minutes."
    ),
    D("Earlier you rated support 2 out of 5. What happened in that conversation?"),
    D(
        "If you could change one thing about the product, say pricing, speed or the mobile app, what would it be and why?"
    ),
    D("Got it, you use it about 3 times a week. What does a typical session look like for you?"),
    D("Between the Free and Pro plans, what would make upgrading worth it for you?"),
    D(
        "You listed:\n- Dashboards\n- Alerts\n- API access\n\nHow does each of these fit into your weekly routine?"
    ),
    D(
        "What's the biggest problem you're trying to solve right now? It could be reporting, onboarding new hires, "
        "keeping track of customer feedback, or something else entirely. Describe it in your own words."
    ),
    D(
        "You mentioned your team scores bug severity from 1 to 5 internally. How do you decide what counts as a 5?"
    ),
    # ---- es
    D("Antes le dio un 7 de 10 a la aplicación. ¿Qué haría falta para que fuera un 10?", lang="es"),
    D(
        "Mencionó el precio, el soporte y la velocidad. ¿Cuál de ellos pesa más en su decisión, y por qué?",
        lang="es",
    ),
    D(
        "Dice que tarda entre 20 y 30 minutos en preparar un informe. ¿Me cuenta qué hace en ese tiempo?",
        lang="es",
    ),
    D(
        "Resumo lo que he entendido:\n\n1. La configuración fue lenta\n2. El soporte respondió rápido\n"
        "3. Faltan integraciones\n\n¿Qué más debería saber?",
        lang="es",
    ),
    D(
        "Usa la aplicación unas 3 veces por semana. ¿Cómo es una sesión típica para usted?",
        lang="es",
    ),
    # ---- fr
    D(
        "Vous avez donné 4 sur 10 à l'installation. Qu'est-ce qui aurait pu la rendre meilleure ?",
        lang="fr",
    ),
    D(
        "Vous avez cité Slack, Teams et l'e-mail. Lequel compte le plus pour votre équipe, et pourquoi ?",
        lang="fr",
    ),
    D(
        "Entre 2020 et 2022, vous avez changé deux fois d'outil. Qu'est-ce qui a motivé chaque changement ?",
        lang="fr",
    ),
    D(
        "Si je résume :\n- le prix est flou\n- l'export est lent\n- le support est réactif\n\n"
        "Qu'est-ce que j'ai oublié ?",
        lang="fr",
    ),
    D(
        "Vous passez 15 à 20 minutes par jour dans l'outil. À quoi ressemble ce moment pour vous ?",
        lang="fr",
    ),
    # ---- de
    D(
        "Sie haben den Support mit 2 von 5 bewertet. Was ist in diesem Gespräch passiert?",
        lang="de",
    ),
    D(
        "Sie nannten Preis, Geschwindigkeit und Datenschutz. Welcher dieser Punkte ist Ihnen am wichtigsten, "
        "und warum?",
        lang="de",
    ),
    D("Sie brauchen also 10 bis 15 Minuten für einen Bericht. Wie läuft das genau ab?", lang="de"),
    D(
        "Zusammengefasst habe ich gehört:\n\n1. Die Einrichtung war mühsam\n2. Die Berichte sind hilfreich\n"
        "3. Die App ist langsam\n\nWas fehlt noch in dieser Liste?",
        lang="de",
    ),
    D("Sie haben zwischen Basic und Pro geschwankt. Was hätte Sie zum Upgrade bewogen?", lang="de"),
    # ---- pt
    D("Você deu nota 6 de 10 para o onboarding. O que faria essa nota chegar a 9?", lang="pt"),
    D(
        "Você citou preço, suporte e velocidade. Qual deles pesa mais para você, e por quê?",
        lang="pt",
    ),
    D(
        "Você leva de 20 a 30 minutos para montar um relatório. Pode me contar o que acontece nesse tempo?",
        lang="pt",
    ),
    D(
        "Pelo que entendi:\n- a configuração foi demorada\n- o suporte foi rápido\n- faltam integrações\n\n"
        "O que mais eu deveria saber?",
        lang="pt",
    ),
    D("Você usa o app umas 3 vezes por semana. Como é uma sessão típica?", lang="pt"),
]


def _build() -> list[Case]:
    out: list[Case] = []
    for li, (lang, counts) in enumerate(COUNTS.items()):
        for kind, n in counts.items():
            out.extend(_BUILDERS[kind](lang, n, 3 * li))
    out.extend(DISTRACTORS)
    seen: set[str] = set()
    unique = []
    for case in out:
        if case.text not in seen:
            seen.add(case.text)
            unique.append(case)
    return unique


HOLDOUT5: list[Case] = _build()
