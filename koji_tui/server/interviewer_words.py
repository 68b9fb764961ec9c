"""What the sandbox interviewer says about an answer: an acknowledgement that refers to it, a
probe that quotes a thin one, a clarifying question for one that fits no option.

Pure functions of the answer, the question, the locale and ``pick`` (the turn and the
interview's seed): the same transcript always gets the same words, and consecutive answers get
different ones. The words of each locale are in :mod:`koji_tui.server.texts`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from koji_tui.server.catalog import GuideQuestion
from koji_tui.server.texts import DONT_KNOW, HEDGES, texts

QUOTE_LIMIT = 60  # characters of an answer quoted back
# Hedges and "I don't know" are short answers: only this much of an answer is looked at (a
# 300,000-character answer folded whole cost seconds of the server's CPU; NFKD can make one
# character eighteen).
READ_LIMIT = 400


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


_HEDGE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted({re.escape(_fold(h)) for h in HEDGES}, key=len)[::-1])
    + r")(?!\w)"
)


_DONT_KNOW = re.compile(
    r"^(?:i\s+)?(?:" + "|".join(re.escape(_fold(p)) for p in DONT_KNOW) + r")(?!\w)"
)


def is_dont_know(text: str) -> bool:
    """``I don't know``, ``no sé``, ``keine Ahnung``…: no answer yet (not a "no")."""
    return bool(_DONT_KNOW.match(_fold(text[:READ_LIMIT]).strip(" .!?¡¿")))


def quote(text: str) -> str:
    """The answer as it is quoted back: one line, at most :data:`QUOTE_LIMIT` characters
    (cut at a word, with an ellipsis), outer quotes, spaces and a closing full stop removed
    (the sentence it is quoted in has its own)."""
    line = " ".join(text.split()).strip(" \"'“”«»„").rstrip(".,;:")
    if len(line) <= QUOTE_LIMIT:
        return line
    cut = line[: QUOTE_LIMIT - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


def is_hedge(text: str) -> bool:
    """A "sometimes", "it depends", "a veces", "manchmal"…: between yes and no."""
    return bool(_HEDGE.search(_fold(text[:READ_LIMIT])))


def _one(options: list[str], pick: int) -> str:
    return options[pick % len(options)]


def _listed(items: list[str], locale: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {texts(locale)['and']} {items[-1]}"


def acknowledge(q: GuideQuestion, value: Any, locale: str, pick: int) -> str | None:
    """The acknowledgement of a structured answer that refers to ``value`` (None for an open
    answer: the locale's general acknowledgements are used for those)."""
    t = texts(locale)
    if q.type == "scale" and isinstance(value, int):
        lo, hi = int(q.scale_min or 0), int(q.scale_max or 0)
        share = (value - lo) / (hi - lo) if hi > lo else 0.5
        level = "high" if share >= 0.75 else "low" if share <= 0.3 else "mid"
        return _one(t[f"ack_scale_{level}"], pick).format(value=value, hi=hi)
    if q.type == "yes_no" and isinstance(value, bool):
        return _one(t["ack_yes" if value else "ack_no"], pick)
    if isinstance(value, dict) and "other" in value:
        other = quote(str(value["other"]))
        return _one(t["ack_other"], pick).format(text=other) if other else None
    if q.type == "single_choice" and isinstance(value, str):
        return _one(t["ack_choice"], pick).format(choice=value)
    if q.type == "multiple_choice" and isinstance(value, list):
        labels = [str(v["other"]) if isinstance(v, dict) else str(v) for v in value]
        return _one(t["ack_choices"], pick).format(choices=_listed(labels, locale))
    if q.type == "ranking" and isinstance(value, list) and len(value) >= 2:
        return _one(t["ack_rank"], pick).format(first=value[0], second=value[1])
    return None


def thin_probe(probe: str, answer: str, locale: str) -> str:
    """A probe that quotes the thin answer it follows: ``You said “Fine”. Could you…``."""
    quoted = quote(answer)
    if not quoted:
        return probe
    return f"{texts(locale)['quote_lead'].format(quote=quoted)} {probe}"


def kept(answer: str, locale: str, pick: int) -> str:
    """The acknowledgement of an answer that fits no option, kept as it was said."""
    quoted = quote(answer) or answer.strip()
    return _one(texts(locale)["unfit"], pick).format(quote=quoted)


def clarify(q: GuideQuestion, answer: str, locale: str, pick: int) -> str:
    """For an answer that fits no option: acknowledged as it was said, and asked once how it
    fits (never told it was not understood)."""
    t = texts(locale)
    quoted = quote(answer) or answer.strip()
    lead = _one(t["hedge"] if is_hedge(answer) else t["unfit"], pick).format(quote=quoted)
    if q.type == "yes_no":
        question = t["clarify_yes_no"]
    elif q.type == "scale":
        question = t["clarify_scale"].format(lo=q.scale_min, hi=q.scale_max)
    elif q.type == "ranking":
        question = t["clarify_rank"]
    else:
        question = t["clarify_choice"]
    return f"{lead} {question}"
