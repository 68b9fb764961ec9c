"""A study's discussion guide and which of its key questions the interviewer has asked.

No Textual. The guide of a sandbox study comes from its study file (the shipped samples or the
sandbox's folder): :func:`guide_for` finds it by the study's id or name. :func:`match_question`
tells which guide question an interviewer's message asks, tolerant of rephrasing (content words
compared after case, accents and punctuation are dropped) and of the locale (every locale's
wording of a question is tried).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

MATCH_THRESHOLD = 0.6  # share of a question's content words the message must contain

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Words that carry no meaning of their own, in the sample studies' languages.
_STOP = frozenset(
    """a an the and or of to in on at for with by is are was do does did you your yours we our
    it its this that what which how who when where why be been have has had i me my would could
    le la les l un une des de du et ou en au aux vous votre vos est que qui quel quelle quels
    quelles ce cette d qu s y a il elle nous ne pas
    der die das ein eine einen einem und oder zu im in mit von ist sind sie ihr ihre ihrem ihren
    was wie welche welcher welches wo es bei den dem des am um
    el los las unos unas y o del al con por para es son su sus que como cual cuales se lo""".split()
)


@dataclass(frozen=True)
class GuideItem:
    """One key question: its id, its text in the interview's locale, every locale's text."""

    id: str
    text: str
    texts: tuple[str, ...] = ()


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def content_words(text: str) -> frozenset[str]:
    words = (_stem(w) for w in _WORD.findall(_fold(text)) if w not in _STOP and len(w) > 1)
    return frozenset(words)


def _stem(word: str) -> str:
    # Crude, language-blind: enough for "meetings"/"meeting", "outils"/"outil", "Tools"/"Tool".
    for suffix in ("ing", "es", "en", "s", "e"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def similarity(question: str, message: str) -> float:
    """Share of ``question``'s content words found in ``message`` (0..1)."""
    wanted = content_words(question)
    if not wanted:
        return 0.0
    return len(wanted & content_words(message)) / len(wanted)


def match_question(message: str, guide: Sequence[GuideItem]) -> GuideItem | None:
    """The guide question ``message`` asks (the best one over the threshold), or None."""
    best: tuple[float, GuideItem] | None = None
    for item in guide:
        score = max((similarity(t, message) for t in (item.text, *item.texts)), default=0.0)
        if score >= MATCH_THRESHOLD and (best is None or score > best[0]):
            best = (score, item)
    return best[1] if best else None


def covered(messages: Iterable[str], guide: Sequence[GuideItem]) -> list[str]:
    """Ids of the guide questions asked by ``messages`` (interviewer turns), in asking order."""
    seen: list[str] = []
    for message in messages:
        item = match_question(message, guide)
        if item is not None and item.id not in seen:
            seen.append(item.id)
    return seen


def guide_for(
    study_id: str | None, study_name: str, locale: str | None, folder: Path | None = None
) -> tuple[GuideItem, ...]:
    """The key questions of the sandbox study with this id (or name), in ``locale``; () when
    the study has no guide here. Reads files: call it off the event loop."""
    from koji_tui.server.catalog import StudyError, load_studies, text_in

    try:
        studies = load_studies(folder)
    except StudyError:
        return ()
    for study in studies:
        if study.id == study_id or study.name == study_name:
            lang = study.resolve_locale(locale)
            return tuple(
                GuideItem(q.id, text_in(q.text, lang, study.locale), tuple(q.text.values()))
                for q in study.questions
            )
    return ()
