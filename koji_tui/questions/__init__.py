"""Structured-question detection and answer formatting: pure functions, no UI."""

from koji_tui.questions.models import DetectionSource, Question, QuestionType

__all__ = ["DetectionSource", "Question", "QuestionType"]
