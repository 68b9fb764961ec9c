"""Answer widgets for Koji's structured questions, shown inside the transcript.

Public API (others import only from here)::

    from koji_tui.ui.widgets.answers import AnswerWidget, answer_widget_for

    widget = answer_widget_for(question, locale="en")   # None for open-ended questions
    transcript.mount_below_last(widget)                  # then widget.focus()

    def on_answer_widget_answered(self, event: AnswerWidget.Answered) -> None:
        event.text      # readable text to send ("7", "Email", "1. A, 2. B", "Yes")
        event.value     # structured value to journal (int, str, list, bool, {"other": text})
        event.question  # the Question answered; event.widget / event.control: the widget

    def on_answer_widget_dismissed(self, event: AnswerWidget.Dismissed) -> None:
        ...             # the participant wants free text: focus the composer

A widget locks itself (shows "✓ Answered: <text>", takes no more input) when
it posts ``Answered``. When the participant answers in the composer instead,
call ``widget.lock_answer(text)``; ``widget.unlock()`` reopens it. The TCSS lives in
``styles/answers.tcss`` (``ANSWERS_TCSS``).
"""

from __future__ import annotations

from koji_tui.paths import styles_dir
from koji_tui.ui.widgets.answers._format import format_answer, local_format_answer, other_value
from koji_tui.ui.widgets.answers.base import AnswerWidget, IncompleteAnswer
from koji_tui.ui.widgets.answers.choice import MultipleChoiceAnswer, OptionRow, SingleChoiceAnswer
from koji_tui.ui.widgets.answers.factory import answer_widget_for
from koji_tui.ui.widgets.answers.ranking import RankingAnswer
from koji_tui.ui.widgets.answers.scale import ScaleAnswer, ScaleStrip, layout_scale
from koji_tui.ui.widgets.answers.yes_no import YesNoAnswer

#: The stylesheet for these widgets (the app loads every file in styles/).
ANSWERS_TCSS = styles_dir() / "answers.tcss"

__all__ = [
    "ANSWERS_TCSS",
    "AnswerWidget",
    "IncompleteAnswer",
    "MultipleChoiceAnswer",
    "OptionRow",
    "RankingAnswer",
    "ScaleAnswer",
    "ScaleStrip",
    "SingleChoiceAnswer",
    "YesNoAnswer",
    "answer_widget_for",
    "format_answer",
    "layout_scale",
    "local_format_answer",
    "other_value",
]
