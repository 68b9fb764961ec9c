"""The words an interviewer uses to reflect the participant's last answer back before the next
question (merged into koji_tui.questions.lexicon's CUES): "You said you'd RANK speaking above
grammar.", "Has dicho «sí, varias veces».", "Sie sagten: „Ja …“", or thanks for it ("Thanks —
ranking those three must have been tricky.", "Merci d'avoir classé ces options."). Such a sentence is no part of
the ask: its words ("rank", "several", "yes") tell nothing of how to answer the question after
it (koji_tui.questions.cues reads past it when gathering a question's cues).
"""

from __future__ import annotations

REFLECT_CUES: dict[str, dict[str, str]] = {
    "reflection": {
        "en": "re:^(?:(?:so|ok|okay|and|earlier|before)\\s*,?\\s+)?you(?:'d| had)?\\s+(?:said|mentioned|told\\s+(?:me|us)|noted|described|called|rated|gave|answered|wrote|put|picked|chose|ranked)\\b|re:^(?:\\W*\\w+\\s*[,!—–-]+\\s*)?(?:thanks|thank you|cheers)\\b",
        "es": "re:^(?:(?:antes|entonces|vale|y)\\s*,?\\s+)?(?:(?:usted|tú)\\s+)?(?:has|ha)\\s+(?:dicho|mencionado|comentado|contado|respondido|contestado|elegido|puntuado|valorado)\\b|re:^(?:(?:antes|entonces|vale|y)\\s*,?\\s+)?(?:(?:usted|tú)\\s+)?(?:dijiste|dijo|comentaste|comentó|mencionaste|mencionó|me contaste|nos contaste|respondiste|respondió|contestaste|elegiste|valoraste|puntuaste)\\b|re:^\\W*(?:\\w+\\s*[,!]+\\s*)?(?:muchas\\s+)?gracias\\b",
        "fr": "re:^(?:(?:tout à l'heure|plus tôt|donc|alors|et)\\s*,?\\s+)?(?:vous\\s+(?:m'|nous\\s+)?avez|tu\\s+(?:m'|nous\\s+)?as)\\s+(?:dit|répondu|mentionné|parlé|indiqué|évoqué|expliqué|raconté|noté|classé|choisi)\\b|re:^(?:vous disiez|tu disais)\\b|re:^\\W*(?:\\w+\\s*[,!]+\\s*)?merci\\b(?!\\s+de\\b)(?!\\s+d'(?!avoir\\b|etre\\b))",
        "de": "re:^(?:(?:vorhin|eben|also|und)\\s*,?\\s+)?(?:sie\\s+(?:sagten|erwähnten|meinten|nannten|schrieben|antworteten)|du\\s+(?:sagtest|meintest|schriebst)|(?:sie|du)\\s+(?:haben|hast)\\s+(?:\\w+\\s+){0,3}?(?:gesagt|erwähnt|geantwortet|genannt|geschrieben|bewertet|beschrieben|erzählt))\\b|re:^\\W*(?:\\w+\\s*[,!]+\\s*)?(?:danke|vielen dank)\\b",
        "pt": "re:^(?:(?:antes|então|e)\\s*,?\\s+)?(?:(?:você|voce|tu|o senhor|a senhora)\\s+)?(?:disse|disseste|comentou|comentaste|mencionou|mencionaste|falou|falaste|respondeu|respondeste|contou|contaste|escolheu|avaliou|deu)\\b|re:^\\W*(?:\\w+\\s*[,!]+\\s*)?(?:obrigad[oa]|valeu)\\b",
    },
    # a list that sums up what the participant said ("Here is what you told me so far:"):
    # with no question, no choice to make
    "summary_intro": {
        "en": "re:\\bwhat (?:you(?:'ve| have)?|i) (?:told|said|mentioned|shared|heard|noted)\\b|to sum up|to recap|in summary|let me (?:sum|recap)|so far you",
        "es": "re:\\blo que (?:me |nos )?(?:has|ha|han) (?:dicho|contado|comentado)\\b|re:\\blo que (?:me |nos )?(?:dijiste|dijo|contaste|conto|comentaste)\\b|en resumen|resumiendo|para resumir|hasta ahora",
        "fr": "re:\\bce que (?:vous (?:m'|nous )?avez|tu (?:m'|nous )?as) (?:dit|raconte|explique|mentionne)\\b|en resume|pour resumer|recapitul*|jusqu'ici",
        "de": "re:\\bwas (?:sie|du) (?:mir |uns )?(?:gesagt|erzahlt|erwahnt|beschrieben)\\b|zusammengefasst|zusammenfassung|bisher",
        "pt": "re:\\bo que (?:voce |o senhor |a senhora |tu )?(?:me |nos )?(?:disse|contou|falou|comentou)\\b|resumindo|em resumo|ate agora",
    },
}

# a question that asks for several by its grammar (koji_tui.questions.plural)
PLURAL_CUES: dict[str, dict[str, str]] = {
    "plural_which": {
        "es": "re:\\bcuales\\b",
        "fr": "re:\\b(?:quels|quelles|lesquels|lesquelles)\\b",
        "pt": "re:\\bquais\\b",
    },
    "which_these": {
        "en": "which of these|which of the following|which of those",
        "de": "welche dieser|welche der folgenden|welche von diesen|welche davon",
    },
    "none_option": {
        "en": "none|neither|re:^no\\s+(?:one|app|tool|service)s?\\b",
        "es": "ninguno|ninguna|nada de eso",
        "fr": "aucun|aucune|rien de tout",
        "de": "keine|keiner|keines|kein|nichts davon",
        "pt": "nenhum|nenhuma",
    },
    # the one asked for: the most, the main, the favourite
    "singular_ask": {
        "en": "most|main|primary|mainly|mostly|favourite|favorite|best|usual|top",
        "es": "más|principal|principalmente|favorit*|preferid*|mejor|sobre todo|habitual",
        "fr": "le mieux|le plus|la plus|principal*|préféré*|meilleur*|surtout|habituel*",
        "de": "am ehesten|am besten|am meisten|am häufigsten|am liebsten|hauptsächlich|meisten|wichtigste*|beste*|bevorzugt*|lieblings*",
        "pt": "mais|principal|principalmente|favorit*|preferid*|melhor|sobretudo|habitual",
    },
}

# the words that introduce a list as examples of what to talk about, not options to pick
# ("Vous pouvez parler par exemple :", "You can mention, for example:"): koji_tui.questions.lists
EXAMPLE_CUES: dict[str, dict[str, str]] = {
    "example_intro": {
        "en": "for example|for instance|e.g.",
        "es": "por ejemplo|p. ej.|p.ej.",
        "fr": "par exemple|p. ex.|p.ex.",
        "de": "zum beispiel|z. b.|z.b.|beispielsweise",
        "pt": "por exemplo|p. ex.|p.ex.",
    },
}
