"""Points of a scale told one by one: what a point is worth ("5", "fünf"), which ranges are
scales, whether an ask asks for a rating, and the legend under an ask that rates ("1 –
strongly disagree\n7 – strongly agree", "1 star = very hard", "0 es muy mal.", every point
told in order: "1 is a sad face.\n2 is a so-so face.\n3 is a big smile."). Read by
koji_tui.questions.scales.
"""

from __future__ import annotations

import re

from koji_tui.questions.cues import family, fold, has
from koji_tui.questions.lexicon import NUMBER_WORDS, SCALE_WORDS
from koji_tui.questions.normalize import clean_label, sentences
from koji_tui.questions.result import MAX_SCALE_SPAN, TextResult

_I = re.IGNORECASE
_W = SCALE_WORDS


def point_value(word: str) -> int | None:
    """A scale point written in digits or in words ("5", "fünf"), or None."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(fold(word))


def valid_range(low: int, high: int) -> bool:
    return low in (0, 1) and 2 <= high - low and high <= MAX_SCALE_SPAN + low and high >= 3


# a number asked for in so many words, the range beside it: how to answer the question before
NUMBER_ASKED = re.compile(
    r"\b(?:(?:a|one)\s+number|un\s+numero|una\s+cifra|un\s+chiffre|un\s+nombre|une\s+note|eine\s+zahl|"
    r"um\s+numero|uma\s+nota)\b"
)


def asks_rating(text: str, langs: tuple[str, ...]) -> bool:
    """A rating cue that asks for one, not a point named as a thing ("What would earn THE
    LAST star?", "la última estrella", "den letzten Stern")."""
    folded = fold(text)
    for match in family("rating", langs).finditer(folded):
        before = folded[max(0, match.start() - 30) : match.start()].split()
        if not (before and family("point_reference", langs).fullmatch(before[-1])):
            return True
    return False


# a legend line under the ask: "1 – stimme überhaupt nicht zu", "7 - strongly agree", "1 star =
# very hard", "Una estrella: mala.", "0 es muy mal.", "1 heißt: gar nicht.", "5 Sterne sind …"
_LEGEND_LINE = re.compile(
    r"(\d{1,2}|[^\W\d_]{2,6})\s*(?:(?:" + _W["star"] + r")\s*)?"
    r"(?:[–—=:-]|(?:" + _W["label_verb"] + r"|sind|heißt|heisst|son|sont|são)(?:\s*:)?)\s*"
    r"([^\d\s][^\n]{0,60})",
    _I,
)


def legend(text: str, langs: tuple[str, ...], rated: bool) -> TextResult | None:
    """The two ends as the message's last two lines ("…: „Die App ist übersichtlich.“\n\n1 –
    stimme überhaupt nicht zu\n7 – stimme voll und ganz zu"), under an ask that rates and
    invites no story; a third such line above them makes a list, not a legend, unless every
    point is told by a verb, in order ("1 is a sad face.\n2 is a so-so face.\n3 is a big
    smile."), and a line asking for the number may close them ("Just pick one number.")."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if (
        len(lines) >= 4
        and NUMBER_ASKED.search(fold(lines[-1]))
        and not _LEGEND_LINE.fullmatch(lines[-1])
    ):
        lines = lines[:-1]
    if len(lines) < 3:
        return None
    told = _told_points(lines)
    if told:
        legend = told
    else:
        low, high = _LEGEND_LINE.fullmatch(lines[-2]), _LEGEND_LINE.fullmatch(lines[-1])
        if low is None or high is None or _LEGEND_LINE.fullmatch(lines[-3]):
            return None
        legend = [low, high]
    points = [point_value(m[1]) for m in legend]
    if None in points or not valid_range(points[0] or 0, points[-1] or 0):
        return None
    asks = sentences("\n".join(lines[: -len(legend)]))
    final = asks[-1] if asks else ""
    if family("open", langs).search(fold(final)):
        return None
    # every point told ("How was lunch? 1 is a sad face. …") rates, unless the ask picks one
    told_rating = bool(told) and final.endswith("?") and not has("choice_wh", fold(final), langs)
    if not (rated or told_rating or asks_rating(final, langs)):
        return None
    labels = {str(p): clean_label(m[2]).rstrip(" .!") for p, m in zip(points, legend, strict=True)}
    low, high = points[0] or 0, points[-1] or 0
    return TextResult(type="scale", scale_min=low, scale_max=high, scale_labels=labels)


_TOLD_POINT = re.compile(
    r"(\d{1,2})\s+(?:" + _W["point_verb"] + r"|es|ist|est|é)\s+([^\d\s][^\n]{0,60})", _I
)


def _told_points(lines: list[str]) -> list[re.Match[str]]:
    """The last lines when each tells one point by a verb, the points in order from 0 or 1."""
    told: list[re.Match[str]] = []
    for line in reversed(lines):
        m = _TOLD_POINT.fullmatch(line)
        if m is None:
            break
        told.insert(0, m)
    numbers = [int(m[1]) for m in told]
    if len(told) < 3 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return []
    return told if numbers[0] in (0, 1) and len(told) < len(lines) else []
