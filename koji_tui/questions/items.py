"""Inline options: split into items and typed (for koji_tui.questions.inline and its helpers).

:func:`split_items` cuts "A, B, or C" (or options between explicit marks: "A; B; C", "A / B",
"A) … B) …") into labels, or refuses text that is not a list of short options (prices, a
clause); :func:`typed_result` makes a ranking, a multiple or a single choice of them, on the
cues around them.
"""

from __future__ import annotations

import re

from koji_tui.questions.cues import ChoiceCues, family, fold
from koji_tui.questions.joins import (
    joins,
    marked,
    or_more,
    shield_commas,
    shield_inner_and,
    shield_last_and,
    unquote,
    unshield,
)
from koji_tui.questions.normalize import clean_label
from koji_tui.questions.options import is_catch_all, is_yes_no, split_other
from koji_tui.questions.result import TextResult

_I = re.IGNORECASE


_NUMERIC_ITEM = re.compile(r"^\d{1,4}(?:\s?%)?(?:\s*[-–]\s*\d{1,4}(?:\s?%)?)?\+?$")
# "0%, 25%, 50%", "10-25 %", "50%+": shares offered as the choices (no "or" needed)
_PERCENT_ITEM = re.compile(r"^\d{1,4}(?:\s?%)?(?:\s*[-–]\s*\d{1,4})?\s?%\+?(?:\s+\S+){0,2}$")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d)")  # "$1,000", "4,99 €"
_THOUSANDS_MARK = "\ue003"
_CURRENCY = re.compile(r"[$€£¥]|R\$|CHF|EUR|USD|GBP|BRL")  # a price's sign or code
_BAND = re.compile(
    r"\b(?:between|entre|zwischen)\s+(?:R\$\s?|[$€£¥])?\d[\d.,]*(?:\s?(?:[$€£¥]|CHF))?\s+"
    r"(?:and|y|et|und|e)\s+(?=\S*\d)",
    re.IGNORECASE,
)
_MAX_ITEMS = 8
_KEEP = "\ue000"  # a space inside an option that the split must not cut


def _kept(match: re.Match[str]) -> str:
    return match.group(0).replace(" ", _KEEP)


def strip_ask(text: str) -> str:
    text = text.strip().lstrip("¿¡").strip()
    return text[:-1].rstrip() if text.endswith(("?", ".", "!")) else text


def split_items(items_text: str, langs: tuple[str, ...], roomy: bool = False) -> list[str] | None:
    """The options of ``items_text``, or None; ``roomy``: they follow a colon after an
    instruction to rank or to pick several, so they may be a little longer ("Classez-les :
    …, la prise de rendez-vous à la CAF, …")."""
    # "under $1,000, $1,000-5,000, or more": a thousands comma parts no options
    items_text = _THOUSANDS.sub(_THOUSANDS_MARK, items_text)
    pieces = marked(items_text, langs)
    if pieces is not None:  # between explicit marks, "and" is inside an option ("250 und mehr")
        items = [unquote(clean_label(x.lstrip("¿¡"))) for x in pieces]
    else:
        # "40% or more", "5 o más": the open end of a figure is one option, not two
        items_text = or_more(langs).sub(_kept, items_text)
        # "entre 3 € y 5 €", "between $5 and $10": a band's two ends are one option
        items_text = _BAND.sub(_kept, items_text)
        # "chat tools (e.g., Slack, Teams), email, …": the commas in parentheses are the option's
        items_text = shield_commas(items_text)
        items = [
            unquote(unshield(clean_label(x.strip().lstrip("¿¡")).replace(_KEEP, " ")))
            for x in joins(langs).split.split(items_text)
        ]
    items = [x.replace(_THOUSANDS_MARK, ",") for x in items]
    if any(not re.search(r"[^\W\d_]", x) and not _NUMERIC_ITEM.match(x) for x in items if x):
        if not all(_CURRENCY.search(x) for x in items if x):  # "$5–9.99" among prices
            return None
    items = _uncorrelated([x for x in items if x], langs)
    if not 2 <= len(items) <= _MAX_ITEMS:
        return None
    # options between explicit marks ("A; B; C", "A / B", "A) … B) …") may be a little longer
    most_words, most_chars = (8, 60) if pieces is not None or roomy else (5, 40)
    for item in items:
        words = [w for w in item.split() if not _CURRENCY.fullmatch(w)]  # "de R$ 20 a R$ 35"
        if len(words) > most_words or len(item) > most_chars:
            return None
        digits_most = 6 if roomy else 5 if pieces is not None else 4  # "… joignable 24 h sur 24"
        if any(c.isdigit() for c in item) and len(words) > digits_most:
            return None  # "de 2 a 10 personas" between semicolons is one option
    return items


def _uncorrelated(items: list[str], langs: tuple[str, ...]) -> list[str]:
    """ "either in store", "soit par un ami, soit par …", "ou na loja, ou no …": the
    correlative word before the options is no part of them (it must head the first)."""
    lead = family("correlative", langs)
    first = lead.match(fold(items[0])) if items else None
    if (
        first is None
        or len(items[0].split()) < 2
        or not items[0][first.end() : first.end() + 1].isspace()
    ):
        return items
    out = []
    for item in items:
        match = lead.match(fold(item))
        out.append(item[match.end() :].strip() if match and len(item.split()) >= 2 else item)
    return out


def _correlated(items_text: str, langs: tuple[str, ...]) -> bool:
    """Every option after a comma headed by the same correlative ("soit A, soit B, soit C")."""
    pieces = [fold(p.strip()) for p in items_text.split(",")]
    lead = family("correlative", langs)
    heads = {m.group(0) for p in pieces if (m := lead.match(p)) and len(p.split()) >= 2}
    return len(pieces) >= 2 and len(heads) == 1 and all(lead.match(p) for p in pieces)


def typed_result(
    items: list[str], cues: ChoiceCues, has_or: bool, has_and: bool
) -> TextResult | None:
    if cues.rank:
        if len(items) < 3 and not (has_or or has_and):
            return None
        kind = "ranking"
    elif cues.multiple:
        kind = "multiple_choice"
    elif has_or and not has_and:
        kind = "single_choice"
    else:
        return None
    options, allow_other = split_other(items)
    if not allow_other and len(options) >= 3 and kind != "ranking" and is_catch_all(options[-1]):
        options, allow_other = options[:-1], True  # "…, or someone else?"
    if len(options) < 2:
        return None
    if is_yes_no(options):
        return TextResult(type="yes_no")  # "Do you use it (yes / no)?"
    if kind == "ranking":
        return TextResult(type=kind, options=options)
    limit = cues.max_choices if cues.max_choices and cues.max_choices < len(options) else None
    if kind == "single_choice":
        return TextResult(type=kind, options=options, allow_other=allow_other)
    return TextResult(type=kind, options=options, allow_other=allow_other, max_choices=limit)


def items_result(
    items_text: str,
    cues: ChoiceCues,
    langs: tuple[str, ...],
    offered: bool = False,
    roomy: bool = False,
) -> TextResult | None:
    """The options of ``items_text``; ``offered``: the ask points back at them ("which of
    these …: A, B, C, D?"), so three or more need no "or"; ``roomy``: see :func:`split_items`."""
    items_text = shield_last_and(items_text, langs)  # "…, or parks and green spaces"
    items_text = shield_inner_and(items_text, langs)  # "fruits et légumes, surgelés, …"
    items = split_items(items_text, langs, roomy)
    if items is None:
        return None
    join = joins(langs)
    between_marks = marked(items_text, langs) is not None
    has_or = (
        (offered and len(items) >= 3)
        or between_marks
        or join.has_or.search(" " + items_text) is not None
        or (len(items) >= 3 and all(_PERCENT_ITEM.match(item) for item in items))
        or _correlated(items_text, langs)  # "soit par un ami, soit par la publicité, soit …"
    )
    # "entre 3 € y 5 €", "7 € et plus": the "and" of a band is no list's
    banded = _BAND.sub(_kept, or_more(langs).sub(_kept, items_text))
    has_and = not (between_marks or offered) and join.has_and.search(" " + banded) is not None
    return typed_result(items, cues, has_or, has_and)
