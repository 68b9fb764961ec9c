"""The interviewer's words in each locale (en, es, fr, de; others fall back to English), the
yes/no vocabularies, and option labels as a respondent sees them."""

from __future__ import annotations

from typing import Any

from koji_tui.server.catalog import GuideQuestion, SandboxStudy, text_in

TEXTS: dict[str, dict[str, Any]] = {
    "en": {
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
YES_PHRASES = ("of course", "bien sûr", "bien sur", "por supuesto", "na klar")
NO_PHRASES = ("not really", "pas vraiment", "no realmente", "eigentlich nicht", "nicht wirklich")


def texts(locale: str) -> dict[str, Any]:
    return TEXTS.get(locale.split("-", 1)[0].lower(), TEXTS["en"])


def option_labels(q: GuideQuestion, study: SandboxStudy, locale: str) -> list[str]:
    if q.type == "yes_no":
        t = texts(locale)
        return [t["yes"], t["no"]]
    return [text_in(o, locale, study.locale) for o in q.options]
