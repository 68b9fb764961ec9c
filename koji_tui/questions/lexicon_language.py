"""The words that tell the five languages apart (read by koji_tui.questions.language)."""

from __future__ import annotations

# A few very common function words per language: enough to tell five languages apart cheaply.
FUNCTION_WORDS: dict[str, str] = {
    "en": "the you your how what which is are do does did have has would to of and or with for on this that it please a an in at be can will we our any all these those one up if",
    "es": "el la los las tu usted qué cómo cuál cuáles es son de del y o con para en por una un que has sí estos este esta estas más muy al tus ustedes también pero nos mi hasta puedes su sus le les lo gracias ahora",
    "fr": "le la les vous votre vos quel quelle quels quelles lequel laquelle lesquels lesquelles est sont de du des et ou avec pour en une un que avez êtes oui ces ce cette au aux où pas plus très mais nous tu ton ta sur dans par jusqu'à qu'est-ce ça c'est t'a t'as",
    "de": "der die das den dem des sie ihr ihre ihnen wie was welche welcher welches ist sind von und oder mit für auf eine ein einen haben nutzen ja nicht auch bitte wir ich du zu im am bis",
    "pt": "o a os as você seu sua como qual quais é são de do da e ou com para em uma um que já sim não ao dos das mais menos estes estas isto também mas no na pelo pela até foi foram certo isso essa esse nós ela ele",
}  # fmt: skip
