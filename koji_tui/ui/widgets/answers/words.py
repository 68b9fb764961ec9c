"""What the list answers say in the participant's language (the question's, else the locale's).

"Other" reads the same way in every language: a row with the language's word for it and a
free-text field beside it, and the same two messages when its text is missing. A multiple
choice with a maximum says so in its title, and when a tick is refused.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ListWords:
    other: str  # the "Other" row's label
    other_placeholder: str  # its field's placeholder
    other_empty_single: str  # Enter on "Other" with no text (single choice)
    other_empty_multiple: str  # "Other" ticked with no text (multiple choice)
    up_to_title: str  # the title of a multiple choice with a maximum, "{n}" the maximum
    up_to_full: str  # a tick refused at the maximum, "{n}" the maximum


WORDS: dict[str, ListWords] = {
    "en": ListWords(
        "Other:",
        "type your own answer",
        "Type your answer next to “Other”, or choose another option.",
        "Type your answer next to “Other”, or untick it.",
        "Choose up to {n}",
        "You can choose up to {n}: untick one to choose another.",
    ),
    "es": ListWords(
        "Otro:",
        "escribe tu respuesta",
        "Escribe tu respuesta junto a «Otro» o elige otra opción.",
        "Escribe tu respuesta junto a «Otro» o desmárcalo.",
        "Elige hasta {n}",
        "Puedes elegir hasta {n}: desmarca una para elegir otra.",
    ),
    "fr": ListWords(
        "Autre :",
        "saisissez votre réponse",
        "Saisissez votre réponse à côté de « Autre », ou choisissez une autre option.",
        "Saisissez votre réponse à côté de « Autre », ou décochez-le.",
        "Jusqu'à {n} choix",
        "Vous pouvez choisir jusqu'à {n} réponses : décochez-en une pour en choisir une autre.",
    ),
    "de": ListWords(
        "Sonstiges:",
        "eigene Antwort eingeben",
        "Geben Sie Ihre Antwort neben „Sonstiges“ ein oder wählen Sie eine andere Option.",
        "Geben Sie Ihre Antwort neben „Sonstiges“ ein oder entfernen Sie das Häkchen.",
        "Bis zu {n} auswählen",
        "Sie können bis zu {n} auswählen: Entfernen Sie ein Häkchen, um ein anderes zu wählen.",
    ),
    "pt": ListWords(
        "Outro:",
        "escreva a sua resposta",
        "Escreva a sua resposta ao lado de “Outro” ou escolha outra opção.",
        "Escreva a sua resposta ao lado de “Outro” ou desmarque-o.",
        "Escolha até {n}",
        "Pode escolher até {n}: desmarque uma para escolher outra.",
    ),
}


def words_for(language: str | None, locale: str | None = None) -> ListWords:
    """The words of the question's language, else of the locale, else English."""
    for code in (language, locale):
        code = (code or "").split("-")[0].split("_")[0].lower()
        if code in WORDS:
            return WORDS[code]
    return WORDS["en"]
