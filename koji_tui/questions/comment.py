"""An optional invitation to comment on the answer, after a structured question.

"Which plan are you on: Basic, Pro or Enterprise? Feel free to tell me why." asks for a choice
and lets the participant add a reason; so do "Pick one, and tell me why if you like.",
"Si quiere, cuénteme por qué lo eligió.", "Mehrfachnennungen möglich – gerne auch mit kurzer
Begründung." and "Sim ou não, e se quiser, me conta por quê.". Every stage of the detector
takes an open cue ("why", "explain", "comment") as a veto, so text.detect_text reads such a
message a second time without the invitation (the participant still has the composer beside
the widget for the reason).

An invitation here (its words are koji_tui.questions.lexicon_comment's) is a sentence, or the
end of one after "and", a semicolon or a dash, that

* opens with a permission or a condition ("Feel free", "If you like", "Gerne") or with the verb
  it asks for ("tell me", "explain"), then optional all the same ("… if you like", "… too");
* asks for a reason or a comment on the answer ("why", "your choice", "o motivo"), not a story
  ("Feel free to tell me what happened." stays the ask);
* is no question itself ("Which do you prefer, and why?" is answered in one's own words).

What is left must still ask: a question mark or a list of options. A message that only sums
up ("Here's the order you gave: …. Feel free to explain why.") stays open.
"""

from __future__ import annotations

import re

from koji_tui.questions.cues import family, fold, has
from koji_tui.questions.lists import classify
from koji_tui.questions.normalize import strip_markdown

# where an invitation may start: after a sentence's end, or after "and", ";" or a dash
_CUT = re.compile(
    r"(?<=[.!?…])\s+|\s*[;–—(]\s*|\s+-\s+|,?\s+(?:and|y|e|et|und)\s*,?\s+",
    re.IGNORECASE,
)
_MORE = re.compile(r"[.!?…]\s+\S")  # a sentence ends and another starts
_LEAD_JUNK = re.compile(r"^[\W_]+")
_MIN_LIST = 2
#: what tells how to answer: a sentence with one of these is an instruction, not an invitation
_CHOOSING = ("several", "multi")


def _invitation(rest: str) -> bool:
    """Whether ``rest`` (the end of a line) is an optional invitation to comment."""
    text = rest.strip()
    if not text or text.rstrip(" *_).!…").endswith("?"):
        return False
    body = text.rstrip(" *_).!…")
    if _MORE.search(body) or ")" in body:  # one sentence, after any aside: "(optional) Tell …"
        return False
    folded = _LEAD_JUNK.sub("", fold(text))
    for _ in range(2):  # "And please, feel free to …"
        skipped = family("comment_skip").match(folded)
        if skipped is None:
            break
        folded = _LEAD_JUNK.sub("", folded[skipped.end() :])
    led = family("comment_lead").match(folded) is not None
    if not led and family("comment_verb").match(folded) is None:
        return False
    if family("comment_on").search(folded) is None or has("comment_not", folded):
        return False
    if any(has(name, folded) for name in _CHOOSING):  # "Puede marcar varios y comentar …"
        return False
    return led or family("comment_optional").search(folded) is not None


def _trimmed(line: str) -> str | None:
    """``line`` without the invitation that ends it ("" when it is the whole line), or None."""
    for cut in _CUT.finditer(line):
        if cut.start() > 0 and _invitation(line[cut.end() :]):
            return line[: cut.start()].rstrip(" ,;")
    return "" if _invitation(line) else None


def without_invitation(content: str) -> str | None:
    """``content`` without its optional invitations to comment, or None when it has none (or
    when what is left asks nothing)."""
    lines = content.splitlines()
    kept: list[str] = []
    dropped = False
    for line in lines:
        plain = strip_markdown(line).strip()
        if not plain or classify(plain) is not None:
            kept.append(line)
            continue
        trimmed = _trimmed(plain) if any(k.strip() for k in kept) or _CUT.search(plain) else None
        if trimmed is None or (trimmed == "" and not any(k.strip() for k in kept)):
            kept.append(line)
            continue
        dropped = True
        if trimmed:
            kept.append(trimmed)
    if not dropped:
        return None
    out = "\n".join(kept).strip()
    listed = sum(1 for k in kept if classify(strip_markdown(k).strip()) is not None)
    return out if "?" in out or listed >= _MIN_LIST else None
