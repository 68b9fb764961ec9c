"""The words of rankings told by their positions and of options named before their question
(merged into koji_tui.questions.lexicon's CUES; a family named there too gets these words added).

* ``rank``: a run of positions asked for ("which comes first, second and third?", "¿qué hace
  primero, qué segundo …?", "en premier, en deuxième …", "zuerst, was an zweiter …", "o que vem
  primeiro, o que vem em segundo …", "which matters most, which second …"), and the span
  from the first to the last;
* ``rank`` also: the touch-screen instruction to order ("drag to sort", "arrastra … arriba",
  "glissez … en haut", "ziehen Sie … nach oben", "arraste … para o topo");
* ``among``: the preposition that names the options before the question that picks from them
  ("OF email, chat and phone, which …?", "ENTRE A, B y C, ¿cuál …?", "PARMI A, B et C, …").
"""

from __future__ import annotations

ORDER_CUES: dict[str, dict[str, str]] = {
    "rank": {
        "en": "re:\\b(?:first|most)\\b[^.?!\\n]{0,40}?\\b(?:second|next)\\b|from the first to the last|from first to last|first to last|re:\\bdrag\\b[^.?!\\n]{0,60}\\b(?:sort|order|reorder|rank|top|first)\\b|reorder|re-order|re:\\bsort\\s+(?:them|these|those|the following)\\b[^.?!\\n]{0,40}\\bby\\b|re:\\btop\\s*=\\s*(?:the\\s+)?(?:most|best|favou?rite)\\b",
        "es": "re:\\bprimer[oa]?\\b[^.?!\\n]{0,40}?\\b(?:segund[oa]|despues|luego)\\b|del primero al último|de la primera a la última|del primer al último|re:\\barrastr[ae]\\b[^.?!\\n]{0,60}\\b(?:arriba|orden\\w*|primer[oa])\\b|reordena|reordene",
        "fr": "re:\\bpremi(?:er|ere)\\b[^.?!\\n]{0,40}?\\b(?:deuxieme|second|seconde|ensuite|puis)\\b|du premier au dernier|de la première à la dernière|par ordre de|re:\\bglissez\\b[^.?!\\n]{0,60}\\b(?:ordre|haut|premier|premiere)\\b|réordonnez|réorganisez … ordre",
        "de": "re:\\b(?:zuerst|erst(?:e[nrsm]?)?)\\b[^.?!\\n]{0,40}?\\b(?:zweite[nrsm]?|danach)\\b|vom ersten bis zum letzten|von der ersten bis zur letzten|re:\\bzieh(?:en|e)?\\b[^.?!\\n]{0,60}\\b(?:oben|reihenfolge|zuerst)\\b|ganz oben … wichtigste|neu ordnen|umsortieren",
        "pt": "re:\\bprimeir[oa]\\b[^.?!\\n]{0,40}?\\b(?:segund[oa]|depois)\\b|do primeiro ao último|da primeira à última|re:\\barraste\\b[^.?!\\n]{0,60}\\b(?:topo|cima|ordem|primeir[oa])\\b|reordene|reorganize … ordem",
    },
    "among": {
        "en": "of|among|amongst|between|out of",
        "es": "entre|de entre|de",
        "fr": "entre|parmi",
        "de": "von|unter|zwischen",
        "pt": "entre|dentre|de",
    },
}  # fmt: skip


def merge_into(cues: dict[str, dict[str, str]], *more: dict[str, dict[str, str]]) -> None:
    """Add the families of ``more`` to ``cues``; a family both name gets both's words."""
    for table in more:
        for name, words in table.items():
            known = cues.setdefault(name, {})
            for code, phrases in words.items():
                known[code] = known[code] + "|" + phrases if code in known else phrases
