"""Options quoted in the middle of the ask: "Which of 'Sync', 'Share', 'Comment' and 'Archive'
would you miss?", "Please order 'Accuracy', 'Speed' and 'Price' from most to least important",
"Classez « Prix », « Qualité » et « Délai » …", "Welche von „Kalender“, „Aufgaben“ und „Chat“
…?". A run of quoted names joined by commas and a last "and" / "or" (koji_tui.questions.inline
decides, from the ask's cues, whether they are offered)."""

from __future__ import annotations

import re
from functools import cache

from koji_tui.questions.joins import words

_ITEM = (
    r"(?:'([^'\n]{1,40})'|\"([^\"\n]{1,40})\"|“([^”\n]{1,40})”|‘([^’\n]{1,40})’"
    r"|«\s*([^»\n]{1,40}?)\s*»|„([^“”\n]{1,40})[“”])"
)


@cache
def _run(langs: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    joined = words("or", langs) + "|" + words("and", langs)
    separator = r"(?:\s*,\s*(?:(?:" + joined + r")\s+)?|\s+(?:" + joined + r")\s+)"
    run = re.compile(_ITEM + r"(?:" + separator + _ITEM + r")+", re.IGNORECASE)
    return run, re.compile(separator, re.IGNORECASE)


def quoted_run(ask: str, langs: tuple[str, ...]) -> tuple[list[str], bool, bool] | None:
    """(the quoted names, joined by "or", joined by "and") of the one run of three or more
    quoted names in ``ask`` (two with "or"), or None."""
    run, separator = _run(langs)
    found = list(run.finditer(ask))
    if len(found) != 1:
        return None
    text = found[0].group(0)
    items = [next(g for g in m.groups() if g is not None).strip() for m in re.finditer(_ITEM, text)]
    joins = [m.group(0).strip(" ,").lower() for m in separator.finditer(text)]
    joins = [j for j in joins if j]
    ors = bool(joins) and re.fullmatch(words("or", langs), joins[-1], re.IGNORECASE) is not None
    ands = bool(joins) and re.fullmatch(words("and", langs), joins[-1], re.IGNORECASE) is not None
    if len(items) < 3 and not ors:
        return None
    return items, ors, ands
