"""A choice whose question asks for several by its grammar: "¿CUÁLES de estas apps usas?",
"QUAIS destes você enfrentou?", "QUELLES fonctionnalités utilisez-vous ?" (a plural
interrogative), or "Which of these have you used? … None of these" / "Welche dieser Apps haben
Sie genutzt? … Keine davon" (which of a set, with an option that answers none of them), is a
multiple choice. Not when the question asks for one ("Which of these do you use MOST?", "¿Cuál
es la PRINCIPAL?", "Quais você usa MAIS?"), asks what something is ("¿Cuáles SON sus ingresos
…?"), offers bands of figures, or an instruction says one. Only a choice already
read is changed: this gives no widget to a message that had none.
"""

from __future__ import annotations

import re
from dataclasses import replace

from koji_tui.questions.cues import family, fold
from koji_tui.questions.normalize import sentences
from koji_tui.questions.result import TextResult

# a plural interrogative before a copula asks what something is: "¿Cuáles SON …?", "Quais SÃO …?"
_WHAT_ARE = re.compile(
    r"\b(?:cuales|quais|quels|quelles)\s+(?:son|sao|sont|seraient|serian|seriam)\b"
)


def plural_choice(result: TextResult, ask: str, langs: tuple[str, ...]) -> TextResult:
    """``result`` as a multiple choice when its question asks for several (see above)."""
    if result.type != "single_choice" or not result.options:
        return result
    questions = [s for s in sentences(ask) if s.rstrip().endswith("?")]
    if not questions:
        return result
    question = fold(questions[-1])
    if family("singular_ask", langs).search(question) or family("just_one", langs).search(
        fold(ask)
    ):
        return result
    if _WHAT_ARE.search(question) or sum(any(c.isdigit() for c in o) for o in result.options) >= 2:
        return result  # "¿Cuáles son los ingresos …?", bands of figures: one of them
    plural = family("plural_which", langs).search(question) is not None
    none_last = family("none_option", langs).match(fold(result.options[-1])) is not None
    of_these = family("which_these", langs).search(question) is not None
    if plural or (none_last and of_these):
        return replace(result, type="multiple_choice")
    return result
