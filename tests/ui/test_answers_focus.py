"""Tab and Shift+Tab around an answer widget: the main focusable is the only stop.

A tester pressed Shift+Tab in the composer and landed on the widget's
"Answer in my own words" button: the arrows still moved the list (the key
bubbled up to it) but Enter pressed the button instead of sending the choice.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from koji_tui.questions import Question, QuestionType
from tests.pilot import driven
from tests.ui.test_answers_support import ALL, MULTIPLE, SINGLE, YES_NO, AnswerHost

TYPED = Question(
    type=QuestionType.SCALE, prompt="How many minutes, 0 to 100?", scale_min=0, scale_max=100
)


@pytest.mark.parametrize("kind", sorted(ALL))
async def test_shift_tab_from_the_composer_lands_on_the_list(kind: str) -> None:
    app = AnswerHost(ALL[kind])
    async with driven(app, size=(80, 24)) as pilot:
        await pilot.pause()
        app.composer.focus()
        await pilot.press("shift+tab")
        assert app.focused is app.widget
        await pilot.press("tab")
        assert app.focused is app.composer


async def test_after_shift_tab_the_arrows_and_enter_answer() -> None:
    app = AnswerHost(SINGLE)
    async with driven(app, size=(80, 24)) as pilot:
        await pilot.pause()
        app.composer.focus()
        await pilot.press("shift+tab", "down", "down", "enter")
        assert [(e.text, e.value) for e in app.answered] == [("Social media", "Social media")]


async def test_shift_tab_lands_on_a_typed_scale_field() -> None:
    app = AnswerHost(TYPED)
    async with driven(app, size=(80, 24)) as pilot:
        await pilot.pause()
        app.composer.focus()
        await pilot.press("shift+tab")
        assert isinstance(app.focused, Input) and app.focused.has_class("answer-scale-input")
        await pilot.press(*"42", "enter")
        assert [(e.text, e.value) for e in app.answered] == [("42", 42)]


@pytest.mark.parametrize("question", [SINGLE, MULTIPLE], ids=["single", "multiple"])
async def test_the_other_field_is_no_stop_from_outside_but_tabs_on(question: Question) -> None:
    app = AnswerHost(question)
    async with driven(app, size=(80, 24)) as pilot:
        await pilot.pause()
        widget = app.widget
        assert widget is not None
        await pilot.press("tab")  # from the list: straight to the composer
        assert app.focused is app.composer
        await pilot.press("shift+tab", "4")  # back on the list; 4 = "Other"
        field = app.query_one(".answer-other-input", Input)
        assert app.focused is field
        await pilot.press("tab")  # from the field: on to the composer, not to the top
        assert app.focused is app.composer
        await pilot.press("shift+tab")
        assert app.focused is widget


async def test_yes_no_arrows_keep_the_focus_and_enter_sends_the_highlight() -> None:
    app = AnswerHost(YES_NO)
    async with driven(app, size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("right")
        assert app.focused is app.widget
        await pilot.press("left", "enter")
        assert [(e.text, e.value) for e in app.answered] == [("Yes", True)]


async def test_the_buttons_still_work_with_the_mouse() -> None:
    app = AnswerHost(SINGLE)
    async with driven(app, size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        await pilot.click(".answer-send")
        assert [e.text for e in app.answered] == ["Social media"]
