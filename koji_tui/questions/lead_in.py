"""Options named before the question that picks from them, in the same sentence: "Of email,
chat and phone, which do you prefer?", "Entre reservar vuelos, buscar hotel y planificar
reuniones, ¿qué hace primero, qué segundo y qué tercero?", "Pour l'instant, entre A, B et C,
qu'est-ce qui vient en premier ?" (for koji_tui.questions.inline).

The preposition (``among``) opens the sentence or follows a comma or a colon; the options run to the first
comma after which an interrogative starts the question; that question picks ("which"), ranks,
or asks for several, and asks nothing else ("…, and how did you cope?"). Options named so are
offered: "A, B and C" needs no "or".
"""

from __future__ import annotations

import re

from koji_tui.questions.around import second_question
from koji_tui.questions.cues import choice_cues, family, fold, has

_COMMA = re.compile(r",\s*¿?\s*")
_POINTED = re.compile(r"^((?:\S+\s+){0,3}\S+)\s*\(([^()]+)\)$")


def lead_in(final: str, langs: tuple[str, ...]) -> list[tuple[str, str]]:
    """[(question, options text)] of ``final`` (one sentence, as written), or []."""
    folded = fold(final)
    for match in family("among", langs).finditer(folded):
        before = folded[: match.start()].rstrip(" ¿¡")
        if before and not before.endswith((",", ":")):
            continue
        start = match.end()
        for comma in _COMMA.finditer(folded, start):
            question = folded[comma.end() :]
            if family("wh", langs).match(question) is None:
                continue
            items = final[start : comma.start()].strip()
            pointed = _POINTED.match(items)  # "entre estas opções (A; B; C), qual …?"
            if pointed and has("back_ref", fold(pointed.group(1)), langs):
                items = pointed.group(2).strip()
            cues = choice_cues(question, langs)  # positions repeat the interrogative: a rank
            if set("()[]") & set(items) or (not cues.rank and second_question(question, langs)):
                return []  # "Of everything (A; B), which hurt most, and how did you cope?"
            if has("pick_wh", question, langs) or cues.rank or cues.multiple:
                return [(final[comma.end() :], items)]
            return []
        return []
    return []
