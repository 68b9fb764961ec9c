"""The interviewer's words in each locale (en, es, fr, de; others fall back to English), the
yes/no vocabularies, and option labels as a respondent sees them."""

from __future__ import annotations

from typing import Any

from koji_tui.server.catalog import GuideQuestion, SandboxStudy, text_in

TEXTS: dict[str, dict[str, Any]] = {
    "en": {
        "quote_lead": "You said “{quote}”.",
        "and": "and",
        "ack_scale_high": [
            "{value} out of {hi}: that's great to hear.",
            "A {value} out of {hi}, thank you.",
        ],
        "ack_scale_mid": ["{value} out of {hi}, noted.", "Thanks, a {value} out of {hi}."],
        "ack_scale_low": [
            "Only {value} out of {hi}: thanks for being frank.",
            "A {value} out of {hi}, noted. Thank you for being honest.",
        ],
        "ack_choice": ["“{choice}”, noted.", "{choice}: good to know, thanks."],
        "ack_choices": ["{choices}: thanks, that's useful.", "Noted: {choices}."],
        "ack_rank": [
            "So {first} comes first, then {second}. Noted.",
            "{first} at the top: thanks.",
        ],
        "ack_yes": ["Yes, noted. Thanks.", "Thanks for confirming."],
        "ack_no": ["No, noted. Thanks.", "Understood, that's a no."],
        "ack_other": ["“{text}”: thanks, I've noted that.", "Thanks, I've noted “{text}”."],
        "hedge": ["“{quote}” is a fair answer.", "“{quote}”, fair enough."],
        "unfit": ["“{quote}”, thanks.", "Thanks for that: “{quote}”."],
        "clarify_yes_no": "Would you lean more towards yes, or towards no?",
        "clarify_scale": "If you had to put a number on it, from {lo} to {hi}, what would it be?",
        "clarify_choice": "Which of the options comes closest?",
        "clarify_rank": "Could you put them in order, the most important first?",
        "hello_name": "Hi {name}!",
        "hello": "Hi there!",
        "scale_labels": "On a scale of {lo} to {hi}, where {lo} means {lo_label} and {hi} means {hi_label}.",
        "scale": "On a scale of {lo} to {hi}.",
        "multi": "Select all that apply.",
        "rank": "Please rank these from most to least important.",
        "yes_no": "(Yes/No)",
        "yes": "Yes",
        "no": "No",
        "other": "Other (please specify)",
        "acks": [
            "Got it, thank you.",
            "Thanks for sharing that.",
            "That's helpful.",
            "Thanks.",
            "Understood, thanks.",
            "Good to know.",
        ],
        "probes": ["Could you tell me a bit more about that?", "What makes you say that?"],
        "done": "That's everything I wanted to ask. Thank you so much for your time and your answers!",
        "after_done": "Thanks, I've added that. We have covered everything, so you can finish the interview now.",
    },
    "es": {
        "quote_lead": "Dices «{quote}».",
        "and": "y",
        "ack_scale_high": ["Un {value} de {hi}: ¡qué bien!", "{value} de {hi}, gracias."],
        "ack_scale_mid": ["{value} de {hi}, anotado.", "Gracias, un {value} de {hi}."],
        "ack_scale_low": [
            "Solo un {value} de {hi}: gracias por tu sinceridad.",
            "Un {value} de {hi}, anotado. Gracias por ser tan claro.",
        ],
        "ack_choice": ["«{choice}», anotado.", "{choice}: es bueno saberlo, gracias."],
        "ack_choices": ["{choices}: gracias, es muy útil.", "Anotado: {choices}."],
        "ack_rank": [
            "Así que {first} va primero, y después {second}. Anotado.",
            "{first} en primer lugar: gracias.",
        ],
        "ack_yes": ["Sí, anotado. Gracias.", "Gracias por confirmarlo."],
        "ack_no": ["No, anotado. Gracias.", "Entendido, es un no."],
        "ack_other": ["«{text}»: gracias, lo anoto.", "Gracias, anoto «{text}»."],
        "hedge": ["«{quote}» es una respuesta razonable.", "«{quote}», de acuerdo."],
        "unfit": ["«{quote}», gracias.", "Gracias por la respuesta: «{quote}»."],
        "clarify_yes_no": "¿Dirías que más bien sí, o más bien no?",
        "clarify_scale": "Si tuvieras que ponerle un número del {lo} al {hi}, ¿cuál sería?",
        "clarify_choice": "¿Cuál de las opciones se acerca más?",
        "clarify_rank": "¿Podrías ordenarlas, de la más importante a la menos?",
        "hello_name": "¡Hola, {name}!",
        "hello": "¡Hola!",
        "scale_labels": "En una escala del {lo} al {hi}, donde {lo} significa {lo_label} y {hi} significa {hi_label}.",
        "scale": "En una escala del {lo} al {hi}.",
        "multi": "Selecciona todas las que apliquen.",
        "rank": "Por favor, ordena estas opciones de más a menos importante.",
        "yes_no": "(Sí/No)",
        "yes": "Sí",
        "no": "No",
        "other": "Otro (especifica)",
        "acks": [
            "Entendido, gracias.",
            "Gracias por contarlo.",
            "Muy útil.",
            "Gracias.",
            "Comprendo, gracias.",
            "Es bueno saberlo.",
        ],
        "probes": ["¿Podrías contarme un poco más?", "¿Por qué lo dices?"],
        "done": "Eso es todo lo que quería preguntarte. ¡Muchas gracias por tu tiempo y tus respuestas!",
        "after_done": "Gracias, lo he añadido. Ya hemos terminado, puedes cerrar la entrevista.",
    },
    "fr": {
        "quote_lead": "Vous dites « {quote} ».",
        "and": "et",
        "ack_scale_high": [
            "{value} sur {hi} : c'est une bonne nouvelle.",
            "{value} sur {hi}, merci.",
        ],
        "ack_scale_mid": ["{value} sur {hi}, c'est noté.", "Merci, {value} sur {hi}."],
        "ack_scale_low": [
            "Seulement {value} sur {hi} : merci de votre franchise.",
            "{value} sur {hi}, c'est noté. Merci pour votre honnêteté.",
        ],
        "ack_choice": ["« {choice} », c'est noté.", "{choice} : bon à savoir, merci."],
        "ack_choices": ["{choices} : merci, c'est utile.", "C'est noté : {choices}."],
        "ack_rank": [
            "Donc {first} d'abord, puis {second}. C'est noté.",
            "{first} en premier : merci.",
        ],
        "ack_yes": ["Oui, c'est noté. Merci.", "Merci de le confirmer."],
        "ack_no": ["Non, c'est noté. Merci.", "Entendu, c'est non."],
        "ack_other": ["« {text} » : merci, je le note.", "Merci, je note « {text} »."],
        "hedge": ["« {quote} », c'est une réponse tout à fait valable.", "« {quote} », d'accord."],
        "unfit": ["« {quote} », merci.", "Merci pour cette réponse : « {quote} »."],
        "clarify_yes_no": "Diriez-vous plutôt oui ou plutôt non ?",
        "clarify_scale": "Si vous deviez donner une note de {lo} à {hi}, laquelle serait-ce ?",
        "clarify_choice": "Quelle option s'en rapproche le plus ?",
        "clarify_rank": "Pourriez-vous les classer, de la plus importante à la moins importante ?",
        "hello_name": "Bonjour {name} !",
        "hello": "Bonjour !",
        "scale_labels": "Sur une échelle de {lo} à {hi}, où {lo} signifie {lo_label} et {hi} signifie {hi_label}.",
        "scale": "Sur une échelle de {lo} à {hi}.",
        "multi": "Sélectionnez toutes les réponses qui s'appliquent.",
        "rank": "Classez ces options de la plus importante à la moins importante.",
        "yes_no": "(Oui/Non)",
        "yes": "Oui",
        "no": "Non",
        "other": "Autre (précisez)",
        "acks": [
            "C'est noté, merci.",
            "Merci de l'avoir partagé.",
            "Très utile.",
            "Merci.",
            "Je comprends, merci.",
            "Bon à savoir.",
        ],
        "probes": ["Pouvez-vous m'en dire un peu plus ?", "Qu'est-ce qui vous fait dire cela ?"],
        "done": "C'est tout ce que je voulais vous demander. Merci beaucoup pour votre temps et vos réponses !",
        "after_done": "Merci, je l'ai ajouté. Nous avons tout vu, vous pouvez terminer l'entretien.",
    },
    "de": {
        "quote_lead": "Sie sagen „{quote}“.",
        "and": "und",
        "ack_scale_high": [
            "{value} von {hi}: Das freut mich zu hören.",
            "{value} von {hi}, danke.",
        ],
        "ack_scale_mid": ["{value} von {hi}, notiert.", "Danke, {value} von {hi}."],
        "ack_scale_low": [
            "Nur {value} von {hi}: Danke für Ihre Offenheit.",
            "{value} von {hi}, notiert. Danke für Ihre Ehrlichkeit.",
        ],
        "ack_choice": ["„{choice}“, notiert.", "{choice}: gut zu wissen, danke."],
        "ack_choices": ["{choices}: Danke, das hilft.", "Notiert: {choices}."],
        "ack_rank": ["Also zuerst {first}, dann {second}. Notiert.", "{first} ganz oben: danke."],
        "ack_yes": ["Ja, notiert. Danke.", "Danke für die Bestätigung."],
        "ack_no": ["Nein, notiert. Danke.", "Verstanden, also nein."],
        "ack_other": ["„{text}“: Danke, ich notiere das.", "Danke, ich notiere „{text}“."],
        "hedge": ["„{quote}“ ist eine berechtigte Antwort.", "„{quote}“, in Ordnung."],
        "unfit": ["„{quote}“, danke.", "Danke für die Antwort: „{quote}“."],
        "clarify_yes_no": "Würden Sie eher ja oder eher nein sagen?",
        "clarify_scale": "Wenn Sie eine Zahl von {lo} bis {hi} nennen müssten, welche wäre es?",
        "clarify_choice": "Welche der Optionen kommt dem am nächsten?",
        "clarify_rank": "Könnten Sie sie ordnen, das Wichtigste zuerst?",
        "hello_name": "Hallo {name}!",
        "hello": "Hallo!",
        "scale_labels": "Auf einer Skala von {lo} bis {hi}, wobei {lo} für {lo_label} steht und {hi} für {hi_label} steht.",
        "scale": "Auf einer Skala von {lo} bis {hi}.",
        "multi": "Wählen Sie alle zutreffenden Antworten aus.",
        "rank": "Bitte ordnen Sie diese Punkte vom wichtigsten zum unwichtigsten.",
        "yes_no": "(Ja/Nein)",
        "yes": "Ja",
        "no": "Nein",
        "other": "Sonstiges (bitte angeben)",
        "acks": [
            "Verstanden, danke.",
            "Danke, dass Sie das teilen.",
            "Das ist hilfreich.",
            "Danke.",
            "Alles klar, danke.",
            "Gut zu wissen.",
        ],
        "probes": ["Können Sie mir etwas mehr dazu erzählen?", "Warum sagen Sie das?"],
        "done": "Das war alles, was ich fragen wollte. Vielen Dank für Ihre Zeit und Ihre Antworten!",
        "after_done": "Danke, ich habe es ergänzt. Wir sind fertig, Sie können das Interview jetzt abschließen.",
    },
}

YES_WORDS = frozenset(
    "yes y yeah yep yup sure definitely absolutely correct true si sí claro vale oui ouais "
    "bien sur ja jawohl genau sim".split()
)
NO_WORDS = frozenset("no n nope nah never false non nein nicht não nao not".split())
YES_PHRASES = (
    "of course", "bien sûr", "bien sur", "por supuesto", "na klar",
    # a hedge made into a yes (the answer to "more often yes, or more often no?")
    "more often yes", "mostly yes", "more yes", "usually yes", "rather yes", "more towards yes",
    "towards yes", "leaning yes", "lean yes", "más bien sí",
    "mas bien si", "más sí", "mas si", "plutôt oui", "plutot oui", "eher ja", "meistens ja",
)  # fmt: skip
NO_PHRASES = (
    "not really", "pas vraiment", "no realmente", "eigentlich nicht", "nicht wirklich",
    "more often no", "mostly no", "more no", "usually not", "rather not", "more towards no",
    "towards no", "leaning no", "lean no", "más bien no",
    "mas bien no", "plutôt non", "plutot non", "eher nein", "meistens nicht",
)  # fmt: skip
# "I don't know" is no "no" (a yes/no reads its first word): asked about like a hedge.
DONT_KNOW = (
    "don't know", "dont know", "do not know", "not sure", "no idea", "no sé", "no se",
    "no lo sé", "no lo se", "ni idea", "je ne sais pas", "je sais pas", "aucune idée",
    "weiß nicht", "weiss nicht", "keine ahnung",
)  # fmt: skip
# Answers between yes and no ("Sometimes" to a yes/no): acknowledged and asked about once.
HEDGES = (
    "sometimes", "occasionally", "it depends", "depends", "now and then", "from time to time",
    "not always", "partly", "kind of", "sort of", "maybe", "perhaps", "more or less",
    "on and off", "a veces", "depende", "de vez en cuando", "a ratos", "más o menos",
    "mas o menos", "quizás", "quizas", "quizá", "tal vez", "no siempre", "parfois",
    "ça dépend", "ca depend", "de temps en temps", "plus ou moins", "peut-être", "peut-etre",
    "pas toujours", "manchmal", "kommt darauf an", "ab und zu", "teilweise", "vielleicht",
    "nicht immer", "gelegentlich", "je nachdem",
)  # fmt: skip


def texts(locale: str) -> dict[str, Any]:
    return TEXTS.get(locale.split("-", 1)[0].lower(), TEXTS["en"])


def option_labels(q: GuideQuestion, study: SandboxStudy, locale: str) -> list[str]:
    if q.type == "yes_no":
        t = texts(locale)
        return [t["yes"], t["no"]]
    return [text_in(o, locale, study.locale) for o in q.options]
