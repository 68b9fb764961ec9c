"""A cheap language guess among the five languages the detector reads."""

from __future__ import annotations

import re

from koji_tui.questions.lexicon_language import FUNCTION_WORDS

_VOCABULARY: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in FUNCTION_WORDS.items()
}
_ENGLISH_CONTRACTION = re.compile(r"[a-z]n['’]t\b|\b(?:i|you|we|they)['’](?:m|re|ve|ll|d)\b")
# a Portuguese enclitic pronoun: "chegou-te", "deram-lhe", "lembras-te" (French writes "-moi")
_PORTUGUESE_ENCLITIC = re.compile(r"\b[^\W\d_]{3,}-(?:te|lhe|lhes|vos|me|nos|se)\b")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


def guess_language(text: str) -> str | None:
    """en/es/fr/de/pt from function words and accents; None if unclear."""
    scores = language_scores(text)
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] > 0 else None


def languages(text: str) -> tuple[str, ...]:
    """The languages whose cues to read ``text`` with: the likeliest one and any nearly as
    likely (Spanish and Portuguese share many words), or all five when nothing tells."""
    scores = language_scores(text)
    best = max(scores.values())
    if best <= 0:
        return tuple(scores)
    return tuple(lang for lang, score in scores.items() if score >= best - 1 and score > 0)


def language_scores(text: str) -> dict[str, int]:
    """Function words and accents of each language found in ``text``."""
    words = [w.lower() for w in _WORD.findall(text[-2000:])]
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _VOCABULARY.items()}
    lowered = text.lower()
    if "¿" in text or "¡" in text or "ñ" in lowered:
        scores["es"] += 3
    if "ß" in lowered or "ä" in lowered or "ö" in lowered or "ü" in lowered:
        scores["de"] += 3
    if "ã" in lowered or "õ" in lowered or ("ç" in lowered and "ção" in lowered):
        scores["pt"] += 3
    if _PORTUGUESE_ENCLITIC.search(lowered):
        scores["pt"] += 2
    if "è" in lowered or ("ê" in lowered and "você" not in lowered) or "-vous" in lowered:
        scores["fr"] += 2
    if _ENGLISH_CONTRACTION.search(lowered):  # "wasn't it?": not German "was"
        scores["en"] += 2
    return scores
