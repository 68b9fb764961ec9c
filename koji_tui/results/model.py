"""What results are computed from, and what they are: plain frozen dataclasses, no I/O."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from koji_tui.questions import QuestionType

ENDED_EARLY_REASONS = frozenset({"manual", "respondent_left", "timeout"})
REPORT_THRESHOLD = 3.0  # Koji's reports count interviews with a quality score of 3 or more


@dataclass(frozen=True)
class InterviewFacts:
    """One journaled interview, as far as results need it (no turns, no token)."""

    record_id: int
    interview_id: str
    status: str
    completion_reason: str | None
    quality_score: float | None
    started_at: str
    completed_at: str | None
    respondent_json: str | None = None
    study_name: str = ""
    base_url: str = ""
    mode: str | None = None
    locale: str | None = None
    turn_count: int = 0

    @property
    def outcome(self) -> str:
        """``completed``, ``ended early`` or ``active`` (awaiting completion is active)."""
        if self.status == "completed":
            return "ended early" if self.completion_reason in ENDED_EARLY_REASONS else "completed"
        return "active"

    @cached_property
    def respondent(self) -> dict[str, Any]:
        try:
            value = json.loads(self.respondent_json or "null")
        except json.JSONDecodeError:
            return {}
        return value if isinstance(value, dict) else {}


@dataclass(frozen=True)
class QuestionInfo:
    """A structured question as results group it: by the guide's id when the server gave one,
    else by its text (``key``)."""

    key: str
    type: QuestionType
    prompt: str
    options: tuple[str, ...] = ()
    scale_min: int | None = None
    scale_max: int | None = None
    question_id: str | None = None


@dataclass(frozen=True)
class Answer:
    """A participant's answer to a structured question: its structured value (``None`` when it
    fits no option), ``other`` for text that fits none (or an "Other" choice's text)."""

    record_id: int
    question: QuestionInfo
    value: Any
    others: tuple[str, ...] = ()
    text: str = ""


@dataclass(frozen=True)
class Counts:
    started: int
    completed: int
    ended_early: int
    active: int

    @property
    def completion_rate(self) -> float | None:
        return self.completed / self.started if self.started else None


@dataclass(frozen=True)
class Durations:
    """Seconds from start to completion of the interviews completed (ended early ones too)."""

    count: int
    median: float | None = None
    q1: float | None = None
    q3: float | None = None


@dataclass(frozen=True)
class ScoreHistogram:
    bins: tuple[tuple[str, int], ...]  # ("1", n) for 1.0-1.9 … ("5", n) for 5.0
    scored: int
    unscored: int
    at_or_above: int  # scores >= threshold: what counts toward reports
    threshold: float = REPORT_THRESHOLD


@dataclass(frozen=True)
class Nps:
    promoters: int
    passives: int
    detractors: int

    @property
    def total(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def score(self) -> int | None:
        """% promoters minus % detractors, rounded (-100 to 100)."""
        if not self.total:
            return None
        return round(100 * (self.promoters - self.detractors) / self.total)


@dataclass(frozen=True)
class QuestionSummary:
    """One structured question's distribution (which fields are set depends on ``type``)."""

    question: QuestionInfo
    answered: int
    counts: tuple[tuple[str, int], ...] = ()  # scale points, options, or Yes/No
    others: tuple[tuple[str, int], ...] = ()  # text that fits no option, with how many said it
    mean: float | None = None  # scale
    median: float | None = None  # scale
    nps: Nps | None = None  # 0-10 scales
    positions: tuple[tuple[str, float | None, int], ...] = ()  # ranking: label, avg, firsts


@dataclass(frozen=True)
class StudyResults:
    study_name: str
    counts: Counts
    durations: Durations
    scores: ScoreHistogram
    per_day: tuple[tuple[str, int], ...]
    questions: tuple[QuestionSummary, ...] = field(default_factory=tuple)
