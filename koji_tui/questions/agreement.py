"""Agreement points listed as the answer, with no numbers: "Strongly disagree / Disagree /
Neutral / Agree / Strongly agree", "Totalmente en desacuerdo, en desacuerdo, …", "Stimme
überhaupt nicht zu – … – Stimme voll und ganz zu", or one per line. Under an ask that rates
("How far do you agree …?", "Dans quelle mesure êtes-vous d'accord …"), they are a 1-N scale
labelled by its two ends, not a choice among words.

Every point must say how much one agrees (lexicon ``agree_point``) in a few words, and one
end must say one disagrees (``disagree_point``); a quote of such words in an open question ("Why did you
say 'Agree'?") has no list after its question and stays open.
"""

from __future__ import annotations

import re

from koji_tui.questions.cues import family, fold, has
from koji_tui.questions.normalize import clean_label
from koji_tui.questions.result import TextResult

_SPLIT = re.compile(r"\s*[|;,]\s*|\s[/–—-]\s")
_SLASH = re.compile(r"\s*/\s*")  # "Disagree/Neutral/Agree"; not "teils/teils" beside commas
_CHOICES = ("single_choice", "multiple_choice")


def _points(options: list[str], langs: tuple[str, ...]) -> bool:
    if not 3 <= len(options) <= 7:
        return False
    folded = [fold(option) for option in options]
    if not all(family("agree_point", langs).search(option) for option in folded):
        return False
    if any(len(option.split()) > 6 for option in options):
        return False
    # a disagreement is one end of the scale ("Strongly disagree … Strongly agree")
    disagree = family("disagree_point", langs)
    return any(disagree.search(option) for option in (folded[0], folded[-1]))


def _scale(options: list[str]) -> TextResult:
    labels = {"1": options[0], str(len(options)): options[-1]}
    return TextResult(type="scale", scale_min=1, scale_max=len(options), scale_labels=labels)


def agreement_points(result: TextResult, ask: str, langs: tuple[str, ...]) -> TextResult:
    """``result`` (a choice read from a list) as a scale when its options are agreement points
    under an ask that rates."""
    if result.type not in _CHOICES or result.allow_other or not has("rating", fold(ask), langs):
        return result
    return _scale(result.options) if _points(result.options, langs) else result


def agreement_scale(text: str, langs: tuple[str, ...]) -> TextResult | None:
    """Agreement points after the ask, on its last line ("…? Strongly disagree, …, Strongly
    agree", "…: A – B – C"), as a scale."""
    last = text.rstrip().rsplit("\n", 1)[-1]
    ask = text[: len(text.rstrip()) - len(last)]
    for mark in ("?", ":"):
        if mark in last:
            index = last.rfind(mark)
            ask, last = ask + last[: index + 1], last[index + 1 :]
            break
    if not ask.strip() or not has("rating", fold(ask), langs):
        return None
    last = last.strip().rstrip(".!")
    pieces = _SPLIT.split(last)
    if len(pieces) < 3:
        pieces = _SLASH.split(last)
    options = [clean_label(piece) for piece in pieces]
    if not _points(options, langs):
        return None
    return _scale(options)
