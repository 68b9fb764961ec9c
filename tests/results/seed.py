"""Interviews run on the sandbox the way the app runs them (InterviewSession: journal first,
widget values journaled), with a scripted participant, for results, roster and ops tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from koji_tui.questions import Question, QuestionType, detect_question, format_answer

OPEN_ANSWER = "We mostly use it for invoicing clients and keeping track of expenses every week"


@dataclass
class Plan:
    """What one scripted participant answers (by question type), and how the interview ends.

    ``free_text``: question types answered by typing the formatted answer in the composer
    (no widget value journaled), as a participant who ignores the widget would.
    ``stop_after``: leave after this many answers (then ``reason`` completes it early).
    """

    single: str = "Every day"
    multiple: list[Any] = field(default_factory=lambda: ["Invoicing"])
    ranking: list[str] = field(default_factory=lambda: ["Speed", "Price", "Ease of use"])
    yes_no: bool = True
    scale: int = 9
    reason: str | None = "natural"
    stop_after: int | None = None
    free_text: frozenset[QuestionType] = frozenset()
    respondent: dict[str, Any] | None = None

    def value_for(self, question: Question) -> Any:
        kind = question.type
        if kind is QuestionType.SCALE:
            return self.scale
        if kind is QuestionType.SINGLE_CHOICE:
            return self.single
        if kind is QuestionType.MULTIPLE_CHOICE:
            return list(self.multiple)
        if kind is QuestionType.RANKING:
            rest = [o for o in question.options if o not in self.ranking]
            return [*self.ranking, *rest]
        if kind is QuestionType.YES_NO:
            return self.yes_no
        return None


async def run_interview(client: Any, journal: Any, study_name: str, plan: Plan) -> Any:
    """Start, answer until the interviewer is done (or ``stop_after``), complete; returns the
    journal record."""
    from koji_tui.session import InterviewSession

    session = InterviewSession(client, journal, study_name=study_name)
    started = await session.start(respondent=plan.respondent)
    content, raw = started.initial_message, started.question
    answered = 0
    done = bool(started.is_complete)
    while not done:
        if plan.stop_after is not None and answered >= plan.stop_after:
            break
        question = detect_question(content, raw)
        value = plan.value_for(question) if question.is_structured else None
        if value is None:
            reply = await session.answer(OPEN_ANSWER)
        else:
            text = format_answer(question, value)
            if question.type in plan.free_text:
                reply = await session.answer(text)
            else:
                reply = await session.answer(text, structured_value=value, question=question)
        answered += 1
        content, raw, done = reply.content, reply.question, bool(reply.is_complete)
    if plan.reason is not None:
        await session.complete(reason=plan.reason)
    await session.close()
    return journal.get(session.record.record_id)
