"""A study's results from its journaled interviews: pure functions over plain data.

- counts: started (every interview), completed (completed with the natural ending or no reason
  given), ended early (completed as ``manual``, ``respondent_left`` or ``timeout``), active
  (active or awaiting completion); completion rate = completed / started.
- durations: completion time minus start time of every completed interview (ended early ones
  too), median and quartiles by linear interpolation between order statistics
  (``statistics.quantiles(method="inclusive")``, Excel's QUARTILE.INC).
- quality scores: a histogram of whole points (1 = 1.0-1.9 … 5 = 5.0), and how many reach the
  report threshold (3 or more).
- interviews per day (UTC start date), every day from the first to the last, zeros included.
- per structured question: see :func:`summarise_question`.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from koji_tui.i18n import N_
from koji_tui.questions import QuestionType
from koji_tui.results.model import (
    REPORT_THRESHOLD,
    Answer,
    Counts,
    Durations,
    InterviewFacts,
    Nps,
    QuestionSummary,
    ScoreHistogram,
    StudyResults,
)

MAX_DAYS = 366  # the per-day series covers at most the last year of the study

YES, NO = N_("Yes"), N_("No")  # a yes/no question's two answers when it names none


def parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def counts(interviews: Sequence[InterviewFacts]) -> Counts:
    tally = Counter(i.outcome for i in interviews)
    return Counts(
        started=len(interviews),
        completed=tally["completed"],
        ended_early=tally["ended early"],
        active=tally["active"],
    )


def quartiles(values: Sequence[float]) -> tuple[float, float, float]:
    """(q1, median, q3), inclusive method; one value is its own quartiles."""
    if len(values) == 1:
        return values[0], values[0], values[0]
    q1, median, q3 = statistics.quantiles(values, n=4, method="inclusive")
    return q1, median, q3


def durations(interviews: Iterable[InterviewFacts]) -> Durations:
    seconds: list[float] = []
    for item in interviews:
        if item.status != "completed":
            continue
        start, end = parse_time(item.started_at), parse_time(item.completed_at)
        if start is None or end is None:
            continue
        span = (end - start).total_seconds()
        if span >= 0:
            seconds.append(span)
    if not seconds:
        return Durations(0)
    q1, median, q3 = quartiles(sorted(seconds))
    return Durations(len(seconds), median, q1, q3)


def scores(interviews: Iterable[InterviewFacts]) -> ScoreHistogram:
    bins = Counter[int]()
    scored = unscored = above = 0
    for item in interviews:
        score = item.quality_score
        if score is None or not math.isfinite(score):
            if item.status == "completed":
                unscored += 1
            continue
        scored += 1
        bins[min(5, max(1, int(score)))] += 1
        if score >= REPORT_THRESHOLD:
            above += 1
    return ScoreHistogram(
        bins=tuple((str(point), bins[point]) for point in range(1, 6)),
        scored=scored,
        unscored=unscored,
        at_or_above=above,
    )


def per_day(interviews: Iterable[InterviewFacts]) -> tuple[tuple[str, int], ...]:
    days = Counter[date]()
    for item in interviews:
        # The date part of the ISO text is the UTC day (the journal writes UTC times).
        text = item.started_at[:10] if item.started_at else ""
        try:
            days[date.fromisoformat(text)] += 1
        except ValueError:
            continue
    if not days:
        return ()
    first, last = min(days), max(days)
    first = max(first, last - timedelta(days=MAX_DAYS - 1))
    out = []
    day = first
    while day <= last:
        out.append((day.isoformat(), days[day]))
        day += timedelta(days=1)
    return tuple(out)


def _ranked_others(items: Iterable[str]) -> tuple[tuple[str, int], ...]:
    tally = Counter(" ".join(t.split()) for t in items if t.strip())
    return tuple(sorted(tally.items(), key=lambda kv: (-kv[1], kv[0].casefold())))


def summarise_question(answers: Sequence[Answer]) -> QuestionSummary:
    """The distribution of one question's answers (all with the same ``question.key``).

    scale: count per point (every point of the scale, zeros included), mean and median of the
    numbers, NPS when the scale is 0-10 (promoters 9-10, passives 7-8, detractors 0-6);
    single and multiple choice: count per option (a multiple-choice answer counts once per
    option picked), options seen in answers but not in the question after them; rankings:
    each option's average position (1 = first) over the rankings that place it, and how often
    it came first; yes/no: Yes and No counts. Answers that fit nothing are listed as others.
    """
    info = answers[0].question
    others = _ranked_others(o for a in answers for o in a.others)
    values = [a.value for a in answers if a.value is not None]
    kind = info.type
    if kind is QuestionType.SCALE:
        numbers = [int(v) for v in values]
        low = info.scale_min if info.scale_min is not None else min(numbers, default=0)
        high = info.scale_max if info.scale_max is not None else max(numbers, default=0)
        tally = Counter(numbers)
        points = tuple((str(p), tally[p]) for p in range(low, high + 1)) if high >= low else ()
        nps = None
        if info.scale_min == 0 and info.scale_max == 10:
            nps = Nps(
                promoters=sum(1 for n in numbers if n >= 9),
                passives=sum(1 for n in numbers if 7 <= n <= 8),
                detractors=sum(1 for n in numbers if n <= 6),
            )
        return QuestionSummary(
            info,
            answered=len(answers),
            counts=points,
            others=others,
            mean=statistics.fmean(numbers) if numbers else None,
            median=statistics.median(numbers) if numbers else None,
            nps=nps,
        )
    if kind is QuestionType.YES_NO:
        tally = Counter(bool(v) for v in values)
        # Without the question's own two words: "Yes"/"No", put in the reader's language by
        # whoever shows them (results.render).
        labels = info.options if len(info.options) == 2 else (YES, NO)
        return QuestionSummary(
            info,
            answered=len(answers),
            counts=((labels[0], tally[True]), (labels[1], tally[False])),
            others=others,
        )
    if kind is QuestionType.RANKING:
        order = list(info.options)
        places: dict[str, list[int]] = {}
        firsts = Counter[str]()
        for ranking in values:
            for position, label in enumerate(ranking, start=1):
                places.setdefault(label, []).append(position)
                if label not in order:
                    order.append(label)
            if ranking:
                firsts[ranking[0]] += 1
        positions = tuple(
            (label, statistics.fmean(places[label]) if label in places else None, firsts[label])
            for label in order
        )
        positions = tuple(sorted(positions, key=lambda p: (p[1] is None, p[1] or 0.0)))
        return QuestionSummary(info, answered=len(answers), others=others, positions=positions)
    # single and multiple choice
    tally = Counter[str]()
    for value in values:
        for label in value if isinstance(value, list) else [value]:
            tally[label] += 1
    order = list(info.options) + sorted(set(tally) - set(info.options))
    return QuestionSummary(
        info,
        answered=len(answers),
        counts=tuple((label, tally[label]) for label in order),
        others=others,
    )


def summarise_questions(answers: Iterable[Answer]) -> tuple[QuestionSummary, ...]:
    """One summary per question, in the order the questions were first answered."""
    groups: dict[str, list[Answer]] = {}
    for answer in answers:
        groups.setdefault(answer.question.key, []).append(answer)
    return tuple(summarise_question(group) for group in groups.values())


def study_results(
    study_name: str, interviews: Sequence[InterviewFacts], answers: Iterable[Answer] = ()
) -> StudyResults:
    return StudyResults(
        study_name=study_name,
        counts=counts(interviews),
        durations=durations(interviews),
        scores=scores(interviews),
        per_day=per_day(interviews),
        questions=summarise_questions(answers),
    )
