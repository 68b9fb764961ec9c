"""An optional invitation to comment on the answer, after a structured question.

"Which plan are you on: Basic, Pro or Enterprise? Feel free to tell me why." asks for a choice
and lets the participant add a reason; so do "Pick one, and tell me why if you like.",
"Si quiere, cuénteme por qué lo eligió.", "Mehrfachnennungen möglich – gerne auch mit kurzer
Begründung.", "Sim ou não? Se algo confundiu, me conta." and "Classez-les : A, B, C.
Commentez autant que vous voulez.". Every stage of the detector takes an open cue ("why",
"explain", "tell me") as a veto, so text.detect_text reads such a message a second time
without the invitation (the participant still has the composer beside the widget).

An invitation here (its words are koji_tui.questions.lexicon_comment's) is one sentence, or
the end of one after "and", a semicolon, a dash or a bracket, that is

* optional: a permission or a condition ("Feel free", "If you like", "Gerne", "Si algo …",
  "le cas échéant", "as much as you like");
* about the answer: a reason, a comment, some context ("why", "your choice", "o motivo": a
  *reason*), or only talk ("tell me", "mention", "dime qué echarías de menos": *talk*);
* neither a question ("Which do you prefer, and why?" is answered in one's own words), nor a
  reason asked both ways ("why or why not"), nor how to choose ("you can pick several").

What is left must still ask (a question mark, a list, an instruction to choose). After talk
alone, an implicit yes/no question keeps its veto ("Did anything surprise you? Feel free to
tell me what happened." asks for the story); the caller checks that (see :class:`Trimmed`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from koji_tui.questions.cues import family, fold, has
from koji_tui.questions.lists import classify
from koji_tui.questions.normalize import strip_markdown

# where an invitation may start: after a sentence's end, "and", ";", a dash or a bracket, or
# after a comma when a permission follows ("Bitte zwei auswählen, gern mit Begründung:")
_CUT = re.compile(
    r"(?<=[.!?…])\s+|\s*[;–—(]\s*|\s+-\s+|,?\s+(?:and|y|e|et|und)\s*,?\s+|,\s+",
    re.IGNORECASE,
)
_DANGLING = re.compile(r"(?:^|(?<=[\s.!?…]))(?:and|y|e|et|und)\W*$", re.IGNORECASE)  # "…? E,"
_MORE = re.compile(r"[.!?…]\s+\S")  # a sentence ends and another starts
_LEAD_JUNK = re.compile(r"^[\W_]+")
_MIN_LIST = 2
#: with a verb of choosing, what tells how to answer: an instruction, not an invitation
_CHOOSING = ("several", "multi")
#: what left behind still asks for a choice with no question mark ("Rank these: …")
_ASKING = ("choose", "rank", "several", "multi")


class Trimmed(NamedTuple):
    """A message without its invitations; ``reasons``: every one asked for a reason or a
    comment (not only talk), so that even an implicit yes/no question keeps its widget."""

    text: str
    reasons: bool


def _skipped(folded: str) -> str:
    folded = _LEAD_JUNK.sub("", folded)
    for _ in range(2):  # "And please, feel free to …"
        skipped = family("comment_skip").match(folded)
        if skipped is None:
            break
        folded = _LEAD_JUNK.sub("", folded[skipped.end() :])
    return folded


def _invitation(rest: str, comma: bool = False) -> str | None:
    """ "reason" or "talk" when ``rest`` (the end of a line) is an optional invitation to
    comment, else None; after a comma only one that opens with its permission counts."""
    text = rest.strip()
    body = text.rstrip(" *_).!…:")
    if not body or body.endswith("?") or _MORE.search(body) or ")" in body:
        return None  # one sentence, after any aside: "(optional) Tell me why." is no invitation
    if text.endswith(":") and not comma:
        return None  # "You can mention, for example:" opens a list
    folded = _skipped(fold(text))
    lead = family("comment_lead")
    if comma and lead.match(folded) is None:
        return None  # "Basic, Pro, Enterprise, …": only "…, gern mit Begründung" is cut
    if lead.search(folded) is None and family("comment_optional").search(folded) is None:
        return None
    if has("comment_not", folded):
        return None  # "Tell me why or why not"
    if has("choose", folded) and any(has(name, folded) for name in _CHOOSING):
        return None  # "Puede marcar varios y comentar …" ("Commentez autant que vous voulez")
    if has("comment_on", folded):
        return "reason"
    return "talk" if has("comment_verb", folded) else None


def _trimmed(line: str, first: bool) -> tuple[str, str] | None:
    """(``line`` without the invitation that ends it, its kind), or None; the shortest end
    that is one is cut ("…, Pro and Enterprise, and feel free to say why" keeps Enterprise).
    ``first``: nothing comes before ``line``, which then is never cut whole."""
    for cut in reversed(list(_CUT.finditer(line))):
        if cut.start() == 0:
            continue
        kind = _invitation(line[cut.end() :], comma=cut.group().strip() == ",")
        if kind is not None:
            kept = _DANGLING.sub("", line[: cut.start()]).rstrip(" ,;")
            return kept + (":" if line.rstrip().endswith(":") else ""), kind
    kind = None if first else _invitation(line)
    return ("", kind) if kind is not None else None


def without_invitation(content: str) -> Trimmed | None:
    """``content`` without its optional invitations to comment, or None when it has none (or
    when what is left asks nothing)."""
    kept: list[str] = []
    kinds: set[str] = set()
    for line in content.splitlines():
        plain = strip_markdown(line).strip()
        if not plain or classify(plain) is not None:
            kept.append(line)
            continue
        changed = False
        while plain:
            found = _trimmed(plain, first=not any(k.strip() for k in kept))
            if found is None:
                break
            plain, kind = found
            kinds.add(kind)
            changed = True
        if plain:
            kept.append(plain if changed else line)
    if not kinds:
        return None
    out = "\n".join(kept).strip()
    listed = sum(1 for k in kept if classify(strip_markdown(k).strip()) is not None)
    asks = "?" in out or listed >= _MIN_LIST or any(has(n, fold(out)) for n in _ASKING)
    return Trimmed(out, kinds == {"reason"}) if asks else None
