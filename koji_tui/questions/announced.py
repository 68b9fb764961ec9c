"""Options read out in a sentence of their own, then the ask that orders or picks them, as a
voice interviewer says them: "I'll read out three things: price, quality and convenience.
Please put them in order … Say first, second and third."; "Te voy a leer tres cosas: A, B y C.
¿Me las puedes ordenar …?"; or the instruction first: "Please drag these into order, most
useful first: Dashboards, Alerts, Exports, Sharing. There's no wrong answer here."

The announcing sentence ends with a colon and a list of two to six short items (commas, the
last after "and"/"or" in any of the five languages, or commas only) and a full stop. What
follows asks nothing open ("why", "tell me more"), asks no second question, and either ranks
or is one question that starts by picking ("Which one …?", "¿Cuál …?"; "How do you decide which
one …?" does not). An instruction on the answer by positions ("Say
first, second and third") is no part of the options. Ranking on a rank cue, else a choice.
"""

from __future__ import annotations

import re

from koji_tui.questions.around import second_question
from koji_tui.questions.cues import choice_cues, family, fold, has
from koji_tui.questions.joins import shield_commas, unquote, unshield
from koji_tui.questions.normalize import clean_label
from koji_tui.questions.options import choice_result
from koji_tui.questions.result import TextResult

_ANNOUNCED = re.compile(r"^(?P<head>[^:?]{3,}):\s*(?P<items>[^:?;]+?)\s*\.$")
_LAST = re.compile(r"\s*(?:,\s*)?\b(?:and|or|y|o|e|ou|et|und|oder)\s+", re.IGNORECASE)
_ITEM_WORDS = 5
_MAX_ITEMS = 6


def _items(text: str) -> list[str] | None:
    pieces = [unshield(p.strip()) for p in shield_commas(text).split(",")]
    last = _LAST.split(pieces[-1])
    if len(last) == 2:
        pieces[-1:] = [p.strip() for p in last]
    elif len(last) > 2:
        return None
    if not 2 <= len(pieces) <= _MAX_ITEMS or (len(pieces) < 3 and len(last) != 2):
        return None  # "A, B" alone is no list; "A and B" is
    if any(not p or len(p.split()) > _ITEM_WORDS or re.search(r"\d", p) for p in pieces):
        return None
    return pieces


def announced(parts: list[str], langs: tuple[str, ...]) -> TextResult | None:
    """The options of a read-out list and its ask (see the module docstring), or None."""
    for index in range(len(parts) - 1, max(len(parts) - 5, -1), -1):
        part = parts[index]
        if ":" not in part or not part.endswith("."):
            continue  # cheap: most sentences announce nothing
        match = _ANNOUNCED.match(part)
        if match is None:
            continue
        items = _items(match.group("items"))
        if items is None:
            return None
        head = fold(match.group("head"))
        rest = fold(" ".join(parts[index + 1 :]))
        asked = head + "\n" + rest
        if has("open", asked, langs) or second_question(rest, langs):
            return None
        questions = [p for p in parts[index + 1 :] if p.endswith("?")]
        if len(questions) > 1:
            return None
        cues = choice_cues(asked, langs)
        picks = bool(questions) and family("pick_wh", langs).match(fold(questions[0]).lstrip("¿¡ "))
        if cues.rank or picks:  # "Which one …?", not "How do you decide which one …?"
            return choice_result([clean_label(unquote(clean_label(x))) for x in items], cues)
        return None
    return None
