"""A platform's house formats, rewritten as the shapes the other stages read.

A row of options after a label ("Options: Daily | Weekly | Monthly", "Opciones: A | B",
"Optionen: A | B"), on its own line or after the question on the same line, becomes a line of
options of its own ("Daily | Weekly | Monthly"): the label is no option, and a row between
pipes under a question is read by koji_tui.questions.lists. The label words per language are
in koji_tui.questions.lexicon_house; a label without pipes after it is left as written.
"""

from __future__ import annotations

import re

from koji_tui.questions.lexicon_house import OPTIONS_LABEL

_LABELS = "|".join(sorted({w for words in OPTIONS_LABEL.values() for w in words.split("|")}))
_ROW = re.compile(
    r"(?:^|(?<=[?).!:])[ \t]+)(?:" + _LABELS + r")[ \t]*:[ \t]*"
    r"(?=[^\n|]+?(?:\||[ \t]/[ \t])[^\n]+$)",  # "A | B", "A / B"
    re.IGNORECASE | re.MULTILINE,
)


def options_rows(text: str) -> str:
    """``text`` with each labelled row of options on a line of its own, without its label."""
    if "|" not in text and " / " not in text:
        return text
    return _ROW.sub(lambda m: "\n" if m.group(0)[:1] in " \t" else "", text)
