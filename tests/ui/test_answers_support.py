"""Shared pieces of the answer-widget tests (this module holds no tests).

``AnswerHost`` mimics the interview screen around an answer widget: the real
:class:`Transcript` with one interviewer turn, the widget mounted with
``mount_below_last`` as the app does, and a composer ``Input`` docked below.
It records every Answered/Dismissed message and focuses the composer on both,
as the app is expected to.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import PurePath
from typing import Any, ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Static

from koji_tui.paths import styles_dir
from koji_tui.questions import Question, QuestionType
from koji_tui.ui.widgets.answers import AnswerWidget, answer_widget_for
from koji_tui.ui.widgets.transcript import Transcript, TurnView
from tests.ui.app_helpers import screen_rows

HIGH_CONTRAST = "koji-high-contrast"
T0 = datetime(2026, 1, 5, 14, 2)

Q = QuestionType
NPS = Question(
    type=Q.SCALE,
    prompt="How likely are you to recommend Acme to a friend or colleague, on a scale of 0 to 10?",
    scale_min=0,
    scale_max=10,
    scale_labels={"0": "Not at all likely", "10": "Extremely likely"},
)
FIVE = Question(
    type=Q.SCALE,
    prompt="How satisfied are you with onboarding, on a scale of 1 to 5?",
    scale_min=1,
    scale_max=5,
    scale_labels={"1": "Very unhappy", "3": "Neutral", "5": "Very happy"},
)
SINGLE = Question(
    type=Q.SINGLE_CHOICE,
    prompt="Where did you first hear about us?",
    options=["Search engine", "Social media", "A friend [b]or[/b] colleague"],
    allow_other=True,
)
MULTIPLE = Question(
    type=Q.MULTIPLE_CHOICE,
    prompt="What do you use the app for? Choose all that apply.",
    options=["Budgeting", "Invoicing", "Tax prep"],
    allow_other=True,
)
RANKING = Question(
    type=Q.RANKING,
    prompt="Rank these from most to least important.",
    options=["Price", "Speed", "Support", "Design"],
)
YES_NO = Question(type=Q.YES_NO, prompt="Would you use Acme again?")

ALL: dict[str, Question] = {
    "scale": NPS,
    "single": SINGLE,
    "multiple": MULTIPLE,
    "ranking": RANKING,
    "yes_no": YES_NO,
}


class FakeClock:
    """A monotonic clock the tests move by hand (for the two-digit number window)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def high_contrast_theme() -> Any:
    """The app's high-contrast theme (owned by the app engineer)."""
    from koji_tui.ui.app import HIGH_CONTRAST_THEME

    return HIGH_CONTRAST_THEME


def screen_text(app: App[Any]) -> list[str]:
    """The rendered screen, one string per row."""
    return screen_rows(app)


class AnswerHost(App[None]):
    """An interviewer turn in the real Transcript, its answer widget, and a composer."""

    CSS_PATH: ClassVar[list[str | PurePath]] = [
        styles_dir() / "transcript.tcss",
        styles_dir() / "answers.tcss",
    ]
    CSS = """
    #composer { dock: bottom; }
    #stand-in { height: 1fr; scrollbar-gutter: stable; scrollbar-size-vertical: 1; }
    #turn { height: auto; padding: 0 1 1 1; }
    """

    def __init__(
        self,
        question: Question,
        *,
        locale: str | None = None,
        high_contrast: bool = False,
        focus_widget: bool = True,
        steady_cursor: bool = False,
        stand_in: bool = False,
    ) -> None:
        super().__init__()
        self.question = question
        self.high_contrast = high_contrast
        self.focus_widget = focus_widget
        self.steady_cursor = steady_cursor  # no blinking text cursors (snapshots)
        # Snapshots use a stand-in for the Transcript (same geometry: a scrollbar column,
        # one interviewer turn), so a restyled transcript does not change these snapshots.
        self.stand_in = stand_in
        self.clock = FakeClock()
        self.answered: list[AnswerWidget.Answered] = []
        self.dismissed: list[AnswerWidget.Dismissed] = []
        self.widget = answer_widget_for(question, locale=locale, id="answer")
        if self.widget is not None:
            self.widget.clock = self.clock

    def compose(self) -> ComposeResult:
        if self.stand_in:
            with VerticalScroll(id="stand-in"):
                yield Static(Text("Interviewer · #1\n" + self.question.prompt), id="turn")
        else:
            yield Transcript(time_format=lambda _ts: "14:02", clock=lambda: T0, id="transcript")
        yield Input(placeholder="Type your answer…", id="composer")

    async def on_mount(self) -> None:
        if self.high_contrast:
            self.register_theme(high_contrast_theme())
            self.theme = HIGH_CONTRAST
        if self.widget is not None:
            if self.stand_in:
                await self.query_one("#stand-in", VerticalScroll).mount(self.widget)
            else:
                transcript = self.query_one(Transcript)
                transcript.append(
                    TurnView("interviewer", self.question.prompt, timestamp=T0, turn_no=1)
                )
                await transcript.mount_below_last(self.widget)
            if self.steady_cursor:
                for field in self.query(Input):
                    field.cursor_blink = False
            if self.focus_widget:
                self.widget.focus()

    @property
    def composer(self) -> Input:
        return self.query_one("#composer", Input)

    def on_answer_widget_answered(self, event: AnswerWidget.Answered) -> None:
        self.answered.append(event)
        self.composer.focus()

    def on_answer_widget_dismissed(self, event: AnswerWidget.Dismissed) -> None:
        self.dismissed.append(event)
        self.composer.focus()
