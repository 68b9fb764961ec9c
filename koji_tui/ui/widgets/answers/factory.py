"""Choosing the answer widget for a question."""

from __future__ import annotations

from koji_tui.questions import Question, QuestionType
from koji_tui.ui.widgets.answers.base import AnswerWidget
from koji_tui.ui.widgets.answers.choice import MultipleChoiceAnswer, SingleChoiceAnswer
from koji_tui.ui.widgets.answers.ranking import RankingAnswer
from koji_tui.ui.widgets.answers.scale import ScaleAnswer
from koji_tui.ui.widgets.answers.yes_no import YesNoAnswer


def answer_widget_for(
    question: Question | None,
    *,
    locale: str | None = None,
    id: str | None = None,
) -> AnswerWidget | None:
    """The widget to answer ``question`` with, or None when free text is the only way.

    None for open-ended questions and for structured ones that cannot be drawn
    (a scale without a valid range, a choice without options, a ranking of
    fewer than two items): the participant then answers in the composer, as
    always possible.
    """
    if question is None:
        return None
    kind = question.type
    if kind is QuestionType.SCALE:
        low, high = question.scale_min, question.scale_max
        if low is None or high is None or low >= high:
            return None
        return ScaleAnswer(question, locale=locale, id=id)
    if kind is QuestionType.SINGLE_CHOICE:
        if not question.options:
            return None
        return SingleChoiceAnswer(question, locale=locale, id=id)
    if kind is QuestionType.MULTIPLE_CHOICE:
        if not question.options:
            return None
        return MultipleChoiceAnswer(question, locale=locale, id=id)
    if kind is QuestionType.RANKING:
        if len(question.options) < 2:
            return None
        return RankingAnswer(question, locale=locale, id=id)
    if kind is QuestionType.YES_NO:
        return YesNoAnswer(question, locale=locale, id=id)
    return None
