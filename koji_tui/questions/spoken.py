"""Scale points said in words, rewritten as digits for the scale stage
(koji_tui.questions.scales): "scale of one to ten", "de um a cinco", "with ONE being terrible
and TEN being perfect", "siendo CERO nunca y CUATRO siempre", "entre zéro et dix", "from one,
hardly at all, up to seven, extremely" (the last as "from 1 (hardly at all) to 7 (extremely)").
Only words in such places change: "Which one is best?" keeps its "one".
"""

from __future__ import annotations

import re
from functools import cache

from koji_tui.questions.cues import fold
from koji_tui.questions.lexicon import NUMBER_WORDS, SCALE_WORDS

_I = re.IGNORECASE
_SCALE_WORD = r"(?:" + SCALE_WORDS["scale"] + r")"
_WORD_RANGE = re.compile(
    _SCALE_WORD + r"(\s+(?:of|from|de|del|von|da|do)\s+)(\w+)(\s+(?:to|a|al|à|bis|até|ao)\s+)(\w+)",
    _I,
)
# "de um a cinco", "from one to seven" without the word "scale" (read where the ask rates)
_BARE_WORD_RANGE = re.compile(
    r"\b(?:from|de|del|von|da|do)(\s+)(\w+)(\s+(?:to|a|al|à|bis|até|ao)\s+)(\w+)", _I
)


@cache
def digits_for_words(text: str) -> str:
    """ "scale of one to ten" -> "scale of 1 to 10" (only inside such a phrase)."""

    def swap(m: re.Match[str]) -> str:
        low = NUMBER_WORDS.get(fold(m.group(2)))
        high = NUMBER_WORDS.get(fold(m.group(4)))
        if low is None or high is None:
            return m.group(0)
        head = m.group(0)[: m.start(1) - m.start(0)]
        return f"{head}{m.group(1)}{low}{m.group(3)}{high}"

    text = _BARE_WORD_RANGE.sub(swap, _WORD_RANGE.sub(swap, text))
    text = _SPOKEN_POINT.sub(_spoken_point, _SPOKEN_RANGE.sub(swap, text))
    return _COMMA_LABELS.sub(r"\1 \2 (\3) \4 \5 (\6)", text)


# a point said in words where a label is given it: "with ONE being terrible", "siendo CERO
# nunca y CUATRO siempre", "où UN veut dire …", "ZÉRO étant très facile", "von EINS, sehr …"
_POINT_LEADS = (
    "with",
    "where",
    "siendo",
    "sendo",
    "wobei",
    "où",
    "donde",
    "and",
    "y",
    "et",
    "und",
    "e",
)
_SPOKEN_POINT = re.compile(
    r"(?:" + "|".join(rf"(?<=\b{lead}\s)" for lead in _POINT_LEADS) + r"|(?<=,\s))(\w+)(?=\s+\S)"
    r"|\b(\w+)(?=\s+(?:=|being|is|means|veut\s+dire|signifie|étant|significa|quiere\s+decir|"
    r"bedeutet|steht|quer\s+dizer)\s)",
    _I,
)  # fmt: skip
# "from 1, hardly at all, up to 7, extremely" -> "from 1 (hardly at all) to 7 (extremely)"
_COMMA_LABELS = re.compile(
    r"\b(from|von|de|del|desde|do)\s+(\d{1,2})\s*,\s*([^,?\d]{2,40}?)\s*,\s*(?:up\s+)?"
    r"(to|bis|a|al|à|até|ao|hasta)\s+(\d{1,2})\s*,\s*([^,?.–—\d]{2,40}?)(?=\s*[,?.–—]|\s*$)",
    _I,
)
# "between zero and ten", "entre zéro et dix", "zwischen null und zehn", "from one, …, up to
# seven"
_SPOKEN_RANGE = re.compile(
    r"\b(?:between|entre|zwischen|from|von|de|del|desde)(\s+)(\w+)(\s*,[^,?]{2,40},\s*(?:up\s+)?"
    r"(?:to|bis|a|al|à|até|ao|hasta)\s+|\s+(?:and|et|und|e|y)\s+)(\w+)",
    _I,
)


def _spoken_point(m: re.Match[str]) -> str:
    value = NUMBER_WORDS.get(fold(m.group(0)))
    return m.group(0) if value is None else str(value)
