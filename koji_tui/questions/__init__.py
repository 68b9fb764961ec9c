"""Structured-question detection and answer formatting: pure functions, no UI, no I/O.

from koji_tui.questions import detect_question, format_answer, option_text
q = detect_question(message.content, message.question)   # never raises
if q.is_structured: ...                                   # render a widget for q.type
text = format_answer(q, value)                            # the answer to send
shown = stem_for_display(message.content, q)              # the message without its option
                                                          # list, while a widget shows it
"""

from koji_tui.questions.answers import format_answer, option_text
from koji_tui.questions.cues import warm_up
from koji_tui.questions.detect import detect_question
from koji_tui.questions.display import stem_for_display
from koji_tui.questions.models import DetectionSource, Question, QuestionType

__all__ = [
    "DetectionSource",
    "Question",
    "QuestionType",
    "detect_question",
    "format_answer",
    "option_text",
    "stem_for_display",
    "warm_up",
]
