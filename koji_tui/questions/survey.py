"""A survey item's label read as its question ("Q5. Company size:", "P8. Satisfacción (1-5):").

Survey tools write an item as a numbered label that ends with a colon: the options follow (on
lines of their own, or on the label's line between slashes or pipes) or a range in parentheses
says it is rated. Such a label asks what it names: it is rewritten as a question ("Company
size?") so that the other stages read it like any other ask. Only the last line that is not an
option line may be such a label, and only a short one (a label is no sentence). Without an item
number a terse label counts only when it ends with a question mark ("Billing frequency:
monthly / quarterly / annually?"). The item letters per language are in
koji_tui.questions.lexicon (``SURVEY_ITEM``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from koji_tui.questions.lexicon import SURVEY_ITEM

_ITEM = re.compile(r"^(?:" + SURVEY_ITEM + r")\s?\d{1,3}[a-z]?\s*[.):–-]\s+(.+)$", re.IGNORECASE)
_LABEL = re.compile(r"^([^:?!.;]{2,60}?)\s*:\s*(.*)$")
_RANGE = re.compile(r"\(\s*\d{1,2}\s*(?:[-–]|=|to|a|à|bis|até)\s*[^()]{0,80}\)\s*$", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s[/|]\s")
_LABEL_WORDS = 8


_ASIDE = re.compile(r"\([^()]*\)")


def _is_label(label: str) -> bool:
    words = _ASIDE.sub(" ", label).split()
    return len(words) <= _LABEL_WORDS and not re.search(r"[?!]|\.\s", label)


def survey_item(
    lines: list[str], is_item_line: Callable[[str], bool]
) -> tuple[list[str], bool] | None:
    """``lines`` with the survey label that asks rewritten as a question, and whether the label
    rates (a range in parentheses closes it); None when no label is the ask."""
    index = len(lines) - 1
    while index >= 0 and is_item_line(lines[index]):
        index -= 1
    if index < 0:
        return None
    line = lines[index].strip()
    numbered = _ITEM.match(line)
    if numbered is None and (index != 0 or len(lines) != 1 or not line.endswith("?")):
        return None
    body = numbered.group(1) if numbered else line
    label = _LABEL.match(body)
    if label is None:
        return None
    head, rest = label.group(1).strip(), label.group(2).strip()
    if not _is_label(head):
        return None
    if numbered is None and not _SEPARATOR.search(rest):
        return None  # "Quick check: did it work?" is a sentence, not a label and its options
    if rest and index != len(lines) - 1:
        return None  # options on the label's line and more lines below: not a survey item
    rest = rest.rstrip("?").rstrip()
    rated = not rest and bool(_RANGE.search(head))
    rewritten = [head + "?"] + ([rest] if rest else [])
    return lines[:index] + rewritten + lines[index + 1 :], rated


def option_line(line: str) -> bool:
    """A line of options between spaced slashes or pipes, no label on it ("A / B / C")."""
    return bool(_SEPARATOR.search(line)) and not re.search(r"[:?]", line)
