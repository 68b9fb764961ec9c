"""Option labels, whichever stage found them: "Other", duplicates, yes/no pairs, the kind."""

from __future__ import annotations

import re

from koji_tui.questions.cues import ChoiceCues, family, fold
from koji_tui.questions.lexicon import YES_NO_OPTIONS
from koji_tui.questions.normalize import clean_label
from koji_tui.questions.result import TextResult

_OPENERS = ("(", "[", ":", ",", "-", "–", "—", "/")


def is_other(label: str, *, last: bool) -> bool:
    """Whether ``label`` is an "Other" entry (the widget offers its own free-text field).

    The same rule in every language: the label starts with an "other" word ("Other", "Otro",
    "Autre", "Sonstiges", "Outra coisa", "Somewhere else", …) and either asks for the free text
    ("(please specify)", "Autre :", "Outro (qual?)") or is the bare word closing the list.
    "Something else" alone, or "Other" in the middle of a list, is a real option.
    """
    folded = fold(clean_label(label))
    match = family("other").match(folded)
    if match is None:
        return False
    rest = folded[match.end() :].strip()
    if not rest:  # the bare word: "Other" closing the list, not "Something else"
        return last and " " not in folded.strip()
    if not rest.startswith(_OPENERS):
        # "Another kind (please say which)": a word or two, then the request for the text;
        # "Other tools we built" is an option that starts with the word
        words, _, asked = rest.partition("(") if "(" in rest else rest.partition(":")
        if not asked or len(words.split()) > 2:
            return False
        return family("specify").search(asked) is not None or not asked.strip(" )")
    return last or family("specify").search(rest) is not None


_CATCH_ALL_LEAD = re.compile(r"^(?:in|en|em|dans|bei|at|with|con|avec|mit|com)\s+")


def is_catch_all(label: str) -> bool:
    """Whether the last option of an inline list names the rest, in any of the five languages:
    "or someone else?", "u otros equipos", "ou d'autres services", "oder jemand anderes",
    "in weiteren Bereichen", "ou outra pessoa": an "Other" with a word or two, no more."""
    folded = _CATCH_ALL_LEAD.sub("", fold(clean_label(label)))
    match = family("other").match(folded)
    return match is not None and len(folded[match.end() :].split()) <= 2


def split_other(labels: list[str]) -> tuple[list[str], bool]:
    """Drop the "Other" entry from ``labels``; say whether there was one."""
    out: list[str] = []
    allow_other = False
    declines = family("opt_out")
    closing = len(labels)  # "…, Andere, Weiß nicht": the Other closes the options before it
    while closing > 1 and declines.fullmatch(fold(clean_label(labels[closing - 1]))):
        closing -= 1
    for position, label in enumerate(labels):
        if is_other(label, last=position == closing - 1):
            allow_other = True
        else:
            out.append(label)
    return out, allow_other


def unique(options: list[str]) -> bool:
    return len({option.casefold() for option in options}) == len(options)


def is_yes_no(options: list[str]) -> bool:
    return len(options) == 2 and {o.casefold() for o in options} <= YES_NO_OPTIONS


def choice_result(labels: list[str], cues: ChoiceCues) -> TextResult | None:
    """The result for option ``labels`` given what the words around them say (None: not options)."""
    options, allow_other = split_other(labels)
    if len(options) < 2 and not (allow_other and options):
        return None
    if not unique(options):
        return None
    if is_yes_no(options):
        return TextResult(type="yes_no")
    if cues.rank:
        return TextResult(type="ranking", options=options)
    if cues.multiple:
        limit = cues.max_choices
        count = len(options) + (1 if allow_other else 0)
        if limit is not None and limit >= count:
            limit = None  # "choose up to 5" of 4: no limit to enforce
        return TextResult(
            type="multiple_choice", options=options, allow_other=allow_other, max_choices=limit
        )
    return TextResult(type="single_choice", options=options, allow_other=allow_other)
