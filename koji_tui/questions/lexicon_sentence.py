"""The words of choices written as a sentence (merged into koji_tui.questions.lexicon's CUES).

* ``hedge``: the word that heads each option ("mostly for work, mostly personal, or …");
* ``both``: the closing option that mixes them ("a mix of both", "les deux", "beides");
* ``habit_adverb``: the adverb after which options are what one does ("do you usually call
  support, search the help, or …?").
"""

from __future__ import annotations

SENTENCE_CUES: dict[str, dict[str, str]] = {
    "hedge": {
        "en": "mostly|mainly|mostly for|more|rather|primarily|largely",
        "es": "más|mayormente|sobre todo|principalmente|más bien",
        "fr": "plutôt|surtout|principalement|davantage|plus",
        "de": "eher|hauptsächlich|vor allem|mehr|überwiegend|meistens",
        "pt": "mais|principalmente|sobretudo|mais pra|mais para",
    },
    "both": {
        "en": "both|a mix|a mix of both|a bit of both|a little of both|some of each|a combination|a combination of both|equally|both equally|about equally",
        "es": "ambos|ambas|los dos|las dos|un poco de ambos|un poco de los dos|una mezcla|una mezcla de ambos|igual|por igual|mitad y mitad",
        "fr": "les deux|un peu les deux|un mélange|un mélange des deux|autant l'un que l'autre|moitié moitié",
        "de": "beides|beides gleichermaßen|beides gleich|eine mischung|gemischt|halb halb|gleichermaßen",
        "pt": "os dois|as duas|ambos|ambas|um pouco dos dois|um pouco de cada|uma mistura|uma mistura dos dois|igualmente|metade metade",
    },
    "habit_adverb": {
        "en": "usually|normally|generally|typically|tend to",
        "es": "normalmente|generalmente|por lo general|habitualmente|suele|sueles|suelen",
        "fr": "généralement|d'habitude|habituellement|en général|normalement",
        "de": "normalerweise|meistens|gewöhnlich|üblicherweise|in der regel",
        "pt": "normalmente|geralmente|costuma|costumas|em geral|habitualmente",
    },
}  # fmt: skip
