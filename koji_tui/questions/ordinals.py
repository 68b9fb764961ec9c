"""Options told in prose by their rank: "There are three possibilities: the first is automatic
renewal, the second is a reminder email, and the third is manual renewal only. Which would you
prefer?", "La primera: pagar por mes. La segunda: …", "die erste ist ein Monatsabo, die zweite
ein Jahresabo und die dritte …", or numbered in words on lines ("Option one: …").

:func:`ordinal_lines` writes such options as a list, one per line (an instruction to pick by
position after them, "Just say first, second or third.", is dropped; "Option one, a monthly
plan." names its option after a comma), where the list stage
(koji_tui.questions.lists) reads them like any announced list: the question after them must
still pick among them (an open question after them stays open). The ranks must come in order,
the first with its verb or a colon ("the first IS", "La primera:"), each option short; a story
told in order ("The first time I used it, the second it crashed") is no such list.
"""

from __future__ import annotations

import re
from itertools import pairwise

from koji_tui.questions.cues import family, fold

_RANKS = 6
_MOST_WORDS = 8
# what joins one option to the next rank: ", and", " y", " et", " und", " e", a full stop
_JOIN = re.compile(r"[\s,;.]*(?:\b(?:and|y|e|et|und|ou|or|o|oder)\b)?[\s,;.]*$", re.IGNORECASE)
_LEAD = re.compile(r"^\s*[:,]?\s*")
# positions offered as alternatives ("say first, second or third", "diga primeiro, segundo ou
# terceiro"), folded: how to pick one, not a ranking ("… first, second AND third" ranks)
_POSITION = (
    r"(?:first|second|third|fourth|fifth|primer[oa]?|segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]"
    r"|premiere?|deuxieme|seconde?|troisieme|quatrieme|cinquieme|erstens|zweitens|drittens"
    r"|viertens|funftens|primeir[oa]|terceir[oa]|quart[oa])"
)
_BY_POSITION = re.compile(
    r"^(?:\S+\s+){0,3}?" + _POSITION + r"(?:\s*,\s*" + _POSITION + r")*\s*,?\s+(?:or|o|ou|oder)\s+"
    + _POSITION + r"\s*[.!]?$"
)  # fmt: skip
_NAMED = re.compile(r"\b(?:option|opcion|opcao)\b")  # folded
_COMMA = re.compile(r"\s*,\s*")
_SPOKEN_COMMA = re.compile(r"(?:\s+(?:one|uno|una|un|une|eins|um|uma))?\s*,\s*")


def _marker(
    folded: str, rank: int, start: int, langs: tuple[str, ...], first: bool
) -> tuple[int, int] | None:
    """Where rank ``rank`` is told after ``start``: (start of its words, start of its option)."""
    match = family(f"ordinal_{rank}", langs).search(folded, start)
    if match is None:
        return None
    end = match.end()
    rest = folded[end:]
    colon = re.match(r"\s*:\s*", rest) or (_NAMED.search(match.group(0)) and _COMMA.match(rest))
    if colon:  # "La primera: …", and "Option one, a monthly plan." (a named option, a comma)
        return match.start(), end + colon.end()
    spoken = _SPOKEN_COMMA.match(rest)  # "the first one, the laptop; the second, the tablet; …"
    if spoken and (not first or ";" in rest[: spoken.end() + _MOST_WORDS * 12].split(".")[0]):
        return match.start(), end + spoken.end()
    copula = family("ordinal_copula", langs).match(rest.lstrip(), 0)
    if copula is not None:
        skipped = len(rest) - len(rest.lstrip())
        return match.start(), end + skipped + copula.end()
    if first or not rest[:1].isspace():
        return None
    return match.start(), end  # "la deuxième un abonnement annuel": the verb left out


def ordinal_lines(lines: list[str], langs: tuple[str, ...]) -> list[str]:
    """``lines`` with options told by their rank written one per line ("- option")."""
    text = "\n".join(lines)
    if len(text) > 3000:
        return lines
    folded = fold(text)
    first = _marker(folded, 1, 0, langs, first=True)
    if first is None:
        return lines
    marks = [first]
    for rank in range(2, _RANKS + 1):
        found = _marker(folded, rank, marks[-1][1], langs, first=False)
        if found is None:
            break
        marks.append(found)
    if len(marks) < 2:
        return lines
    options: list[str] = []
    for (_, begin), (end, _) in pairwise(marks):
        options.append(text[begin:end])
    last_begin = marks[-1][1]
    stop = re.compile(r"[.?!\n]").search(text, last_begin)
    last_end = stop.start() if stop else len(text)
    options.append(text[last_begin:last_end])
    cleaned = [_JOIN.sub("", _LEAD.sub("", o)).strip() for o in options]
    if any(not o or "?" in o or "\n" in o or len(o.split()) > _MOST_WORDS for o in cleaned):
        return lines
    head = text[: marks[0][0]].rstrip()
    if head.endswith("."):  # "Here are the choices." announces the list
        head = head[:-1] + ":"
    tail = text[last_end:].lstrip(" .\n")
    if _BY_POSITION.match(fold(tail.strip())):
        tail = ""  # "Just say first, second or third.": one of them, told by its position
    written = [*head.splitlines(), *(f"- {o}" for o in cleaned), *tail.splitlines()]
    return [line.strip() for line in written if line.strip()]
