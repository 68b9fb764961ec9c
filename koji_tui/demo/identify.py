"""Which question of a study's guide an interviewer turn asks (the API does not say).

:class:`GuideIds` knows the sandbox's guides (the text of each question in each locale) and
finds the question whose text the turn contains; :class:`MatchIds` uses a persona's ``match``
words (for a real server, whose guide koji-tui cannot read). :func:`ids_for` combines both.
A turn that asks none of them (a probe, a closing message) has no id.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from koji_tui.demo.personas import Persona

QuestionIds = Callable[[str], str | None]
"""The id of the guide question an interviewer turn's text asks, or None."""


def fold(text: str) -> str:
    """Case-folded, accents removed, whitespace collapsed: texts compared this way."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


class GuideIds:
    """Question ids from guides: ``{question id: [its text in each locale]}``; the longest
    text found in the turn wins (a question quoting a shorter one stays itself)."""

    def __init__(self, texts: Mapping[str, Iterable[str]]) -> None:
        pairs = [(fold(t), qid) for qid, ts in texts.items() for t in ts if t.strip()]
        self._texts = sorted(pairs, key=lambda pair: -len(pair[0]))

    @classmethod
    def of_study(cls, study: Any) -> GuideIds:
        """From a sandbox study (:class:`koji_tui.server.catalog.SandboxStudy`)."""
        return cls({q.id: list(q.text.values()) for q in study.questions})

    def __call__(self, turn_text: str) -> str | None:
        folded = fold(turn_text)
        for text, qid in self._texts:
            if text in folded:
                return qid
        return None


class MatchIds:
    """Question ids from a persona's ``match`` words (any of them in the turn: that id)."""

    def __init__(self, persona: Persona) -> None:
        self._words = [
            (fold(word), qid) for qid, rule in persona.by_id.items() for word in rule.match
        ]

    def __call__(self, turn_text: str) -> str | None:
        folded = fold(turn_text)
        for word, qid in self._words:
            if word and word in folded:
                return qid
        return None


def ids_for(persona: Persona, guide: QuestionIds | None = None) -> QuestionIds:
    """The guide's ids when it knows the turn, else the persona's ``match`` words."""
    matched = MatchIds(persona)

    def identify(turn_text: str) -> str | None:
        found = guide(turn_text) if guide is not None else None
        return found if found is not None else matched(turn_text)

    return identify
