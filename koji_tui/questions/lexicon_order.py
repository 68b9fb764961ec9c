"""The words of rankings told by their positions and of options named before their question
(merged into koji_tui.questions.lexicon's CUES; a family named there too gets these words added).

* ``rank``: a run of positions asked for ("which comes first, second and third?", "¿qué hace
  primero, qué segundo …?", "en premier, en deuxième …", "zuerst, was an zweiter …", "o que vem
  primeiro, o que vem em segundo …", "which matters most, which second …"), and the span
  from the first to the last;
* ``among``: the preposition that names the options before the question that picks from them
  ("OF email, chat and phone, which …?", "ENTRE A, B y C, ¿cuál …?", "PARMI A, B et C, …").
"""

from __future__ import annotations

ORDER_CUES: dict[str, dict[str, str]] = {
    "rank": {
        "en": "re:\\b(?:first|most)\\b[^.?!\\n]{0,30}?\\bsecond\\b|from the first to the last|from first to last|first to last",
        "es": "re:\\bprimer[oa]?\\b[^.?!\\n]{0,30}?\\bsegund[oa]\\b|del primero al último|de la primera a la última|del primer al último",
        "fr": "re:\\bpremi(?:er|ere)\\b[^.?!\\n]{0,30}?\\b(?:deuxieme|second|seconde)\\b|du premier au dernier|de la première à la dernière",
        "de": "re:\\b(?:zuerst|erst(?:e[nrsm]?)?)\\b[^.?!\\n]{0,30}?\\bzweite[nrsm]?\\b|vom ersten bis zum letzten|von der ersten bis zur letzten",
        "pt": "re:\\bprimeir[oa]\\b[^.?!\\n]{0,30}?\\bsegund[oa]\\b|do primeiro ao último|da primeira à última",
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
