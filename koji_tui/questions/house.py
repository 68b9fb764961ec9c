"""A platform's house formats, rewritten as the shapes the other stages read.

A row of options after a label ("Options: Daily | Weekly | Monthly", "Opciones → A / B",
"Optionen: A, B, C"), on its own line or after the question on the same line, becomes a line
of options of its own ("Daily | Weekly | Monthly"): the label is no option, and a row between
pipes under a question is read by koji_tui.questions.lists. A labelled row between commas is
made a row between pipes (the label says they are options; an "or" before the last one is a
comma too). A labelled row that opens the message, before the question, moves under it. The
label words per language are in koji_tui.questions.lexicon_house; a label without a row after
it is left as written.
"""

from __future__ import annotations

import re

from koji_tui.questions.cues import ALL, choice_cues, fold
from koji_tui.questions.joins import Joins, joins
from koji_tui.questions.lexicon_house import OPTIONS_LABEL
from koji_tui.questions.lists import classify

_I = re.IGNORECASE | re.MULTILINE
_LABELS = "|".join(sorted({w for words in OPTIONS_LABEL.values() for w in words.split("|")}))
_SEP = r"[ \t]*(?::|→|->|=>|➜|➡️?|►|▶)[ \t]*"  # "Options:", "Options →"
_LABEL = r"(?:^|(?<=[?).!:])[ \t]+)(?:" + _LABELS + r")" + _SEP
_ROW = re.compile(_LABEL + r"(?=[^\n|]+?(?:\||[ \t]/[ \t])[^\n]+$)", _I)  # "A | B", "A / B"
# "A, B, C" or "A, B or C": short items, no question among them
_ITEM = r"[^\n,?|/]{1,40}"
_COMMA_ROW = re.compile(_LABEL + r"(" + _ITEM + r"(?:,[ \t]*" + _ITEM + r"){1,11})[ \t.]*$", _I)
_OR = re.compile(r",?\s+(?:or|o|u|ou|oder)\s+(?=[^,]+$)", re.IGNORECASE)
_QUESTION_LINE = re.compile(r"\?\s*$", re.MULTILINE)


def _piped(match: re.Match[str]) -> str:
    """A labelled row between commas, between pipes (its label dropped)."""
    items = [i.strip() for i in _OR.sub(", ", match.group(1)).split(",")]
    if len(items) < 3 or any(not i or len(i.split()) > 6 for i in items):
        return match.group(0)  # "Options: none, really" is no row
    lead = "\n" if match.group(0)[:1] in " \t" else ""
    return lead + " | ".join(items)


def _leading_row_last(text: str) -> str:
    """A labelled row that opens the message, moved under the question that follows it."""
    first, _, rest = text.partition("\n")
    if not rest.strip() or not _QUESTION_LINE.search(rest):
        return text
    if _ROW.match(first) is None and _COMMA_ROW.match(first) is None:
        return text
    return rest.rstrip() + "\n" + first


# a hint in parentheses that holds the list: "(drag to order: A, B, C)", "(Options: A, B)"
_HINT_LIST = re.compile(r"[ \t]*\(([^()\n:]{2,40}?)[ \t]*:[ \t]*([^()\n]+,[^()\n]+)\)[ \t.]*$", _I)
# a short hint in parentheses before the list's colon: "(up to 3): A, B, C", "(até 3): …"
_HINT_COLON = re.compile(r"\(([^()\n:]{2,30})\)[ \t]*:(?=[^\n]*,)")


def _comma_row_under(text: str) -> str:
    """A last line of short options between commas alone, under an ask that says to rank or to
    pick several ("Sortiere …, vom wichtigsten zum unwichtigsten:\nStundenplan, Noten, …",
    "Puede marcar varias.\nUn banco, Un techo, Más luz"), as a row between pipes."""
    head, _, last = text.rstrip().rpartition("\n")
    if not head.strip() or "?" in last or "|" in last or last.count(",") < 2:
        return text
    join = joins(ALL)
    if classify(last) is not None or _joined(last.replace(",", " "), join):
        return text  # "d) Costs, if any, and insurance coverage" is one option of a list
    items = [i.strip() for i in last.rstrip(" .").split(",")]
    if any(not i or len(i.split()) > 6 or _joined(i, join) or ":" in i for i in items):
        return text
    if any(not re.search(r"[^\W\d_]", i) for i in items):
        return text  # "Puedes responder, por ejemplo: 2, 1, 3": keys, not options
    cues = choice_cues(fold(head))
    if not (cues.rank or cues.multiple):
        return text
    return head + "\n" + " | ".join(items)


def _joined(text: str, join: Joins) -> bool:
    """Whether an "and" or an "or" of any of the five languages joins words in ``text``."""
    padded = " " + text + " "
    return bool(join.has_and.search(padded) or join.has_or.search(padded))


def options_rows(text: str) -> str:
    """``text`` with each labelled row of options on a line of its own, without its label."""
    text = _HINT_COLON.sub(lambda m: m.group(1) + ":", _HINT_LIST.sub(r"\n\1: \2", text))
    text = _leading_row_last(text)
    if "," in text:
        text = _comma_row_under(text)
        text = _COMMA_ROW.sub(_piped, text)
    if "|" not in text and " / " not in text:
        return text
    return _ROW.sub(lambda m: "\n" if m.group(0)[:1] in " \t" else "", text)
