"""Terse chat shapes, rewritten as the shapes the other stages read.

A mobile chat interviewer writes "which plan r u on", "q tipo de línea tienes", "qual seu plano
vc tem": chat shorthand ("u", "r", "q", "vc", "pq") is spelled out, and a line that opens with
an interrogative but has no mark gets its "?" (the stages look for the ask by its mark). Options
run on after the ask on the same line ("main reason u cancelled? price | content | other",
"where'd u hear about it, pick one: instagram · a friend · email") move to a line of their own
between pipes; keycaps in a row ("1️⃣ móvil 2️⃣ tele 3️⃣ portátil") become numbered lines;
"A vs B vs C" after a colon is a row; "reply 1 prepaid, 2 monthly" is "reply 1 for …".
"""

from __future__ import annotations

import re

from koji_tui.questions.cues import ALL, family, fold
from koji_tui.questions.joins import words

_I = re.IGNORECASE
# shorthand, on the text as written: (pattern, spelled out)
_SHORTHAND = [
    (re.compile(r"(?<![\w'])r u(?![\w'])", _I), "are you"),
    (
        re.compile(
            r"\b(did|do|can|could|would|will|have|are|were|if|d|when|where|why|how|what|which|r)\s+u(?=\s+[a-z])",
            _I,
        ),
        r"\1 you",
    ),
    (re.compile(r"(?<![\w'])ur(?=\s)"), "your"),
    (re.compile(r"(?<![\w'])q(?=\s+[a-záéíóúãõç])"), "que"),
    (re.compile(r"(?<![\w'])vc(?![\w'])", _I), "você"),
    (re.compile(r"(?<![\w'])pq(?![\w'])", _I), "por que"),
    (re.compile(r"(?<![\w'])tb(?:m)?(?![\w'])", _I), "também"),
]
_KEYCAP = re.compile(r"(\d)\ufe0f?\u20e3")
_ROW_AFTER = re.compile(  # "…? a | b | c", "…: a · b · c" (the row ends the line)
    r"(?<=[?:])[ \t]+(?=[^\n|·/?.()]{1,40}(?:[ \t]*[|·][ \t]*[^\n|·/?.()]{1,40}){2,}$)",
    re.MULTILINE,
)
_DOTS = re.compile(r"[ \t]+·[ \t]+")
_VS = re.compile(r"(?<=\S)[ \t]+vs\.?[ \t]+(?=\S)")
_REPLY_BARE = re.compile(  # "reply 1 prepaid, 2 monthly, 3 family" (the verbs of "reply 1 for …")
    r"\b(" + words("reply_for", ALL) + r")\s+"
    r"(1\s+[^\d,\n]{1,40}(?:,\s*\d\s+[^\d,\n]{1,40}){1,8})\s*$",
    _I | re.MULTILINE,
)
_FOR = re.compile(words("reply_for_prep", ALL) + r"\b", _I)
_KEYED = re.compile(r"(?:^|,\s*)(\d)\s+")


def _reply_lines(match: re.Match[str]) -> str:
    """ "reply 1 prepaid, 2 monthly" as the verb and numbered lines."""
    keyed = _KEYED.split(match.group(2))[1:]
    keys, labels = keyed[0::2], [label.strip() for label in keyed[1::2]]
    if keys != [str(n) for n in range(1, len(keys) + 1)] or not all(labels):
        return match.group(0)
    if any(_FOR.match(label) for label in labels):
        return match.group(0)  # "reply 1 for …" is read by koji_tui.questions.sms
    return (
        match.group(1)
        + " (number):\n"
        + "\n".join(f"{k}. {x}" for k, x in zip(keys, labels, strict=True))
    )


_MARKED_END = re.compile(r"[?.!:;)]\s*$")


# a line that may be an option: it opens with a mark, a digit or a letter key ("[ ] a", "- x",
# "2) y", "b. z"), or holds two words at most
_LIST_ITEM = re.compile(r"^\s*(?:[^\w¿¡\s]|\d|[a-zA-Z][.)]\s|\S+(?:\s+\S+)?\s*$)")


def _spelled(text: str) -> str:
    """The shorthand of the ask spelled out: not in list lines, nor after the ask's "?" or ":"
    on its line (options keep the words they were written with)."""
    out = []
    for line in text.split("\n"):
        if _LIST_ITEM.match(line):
            out.append(line)
            continue
        cut = min((i for i in (line.find("?"), line.find(":")) if i >= 0), default=len(line))
        head = line[:cut]
        for pattern, word in _SHORTHAND:
            head = pattern.sub(word, head)
        out.append(head + line[cut:])
    return "\n".join(out)


def _asked_lines(text: str) -> str:
    """A line that opens with an interrogative and has no end mark, with its "?"."""
    wh = family("wh")
    lines = text.split("\n")
    out = []
    for line in lines:
        folded = fold(line.lstrip("¿¡ "))
        if (
            line
            and "?" not in line
            and not _MARKED_END.search(line)
            and wh.match(folded)
            and len(line.split()) >= 2
        ):
            line += "?"
        out.append(line)
    return "\n".join(out)


def _keycap_lines(text: str) -> str:
    """Keycaps in a row on one line, each option on a line of its own ("1. móvil")."""
    out = []
    for line in text.split("\n"):
        if len(_KEYCAP.findall(line)) >= 2 and re.search(r"\u20e3\s*[^\W\d_]", line):
            head, _, rest = line.partition(_KEYCAP.search(line).group(0))
            rest = _KEYCAP.search(line).group(0) + rest
            parts = [p.strip() for p in _KEYCAP.split(rest) if p.strip()]
            items = [f"{parts[i]}. {parts[i + 1]}" for i in range(0, len(parts) - 1, 2)]
            out += ([head.strip()] if head.strip() else []) + items
        else:
            out.append(line)
    return "\n".join(out)


def chat_shapes(text: str) -> str:
    """``text`` (prepared) with its chat shapes rewritten (see above)."""
    text = _keycap_lines(_asked_lines(_spelled(text)))
    if " vs" in text:
        text = "\n".join(
            _VS.sub(", ", line) if len(_VS.findall(line)) >= 2 and ":" in line else line
            for line in text.split("\n")
        )
    text = _REPLY_BARE.sub(_reply_lines, text)
    moved = _ROW_AFTER.sub("\n", text)
    if moved != text and "·" in moved:  # the row moved under the ask, between pipes
        head, _, row = moved.rpartition("\n")
        moved = head + "\n" + " | ".join(_DOTS.split(row))
    return moved
