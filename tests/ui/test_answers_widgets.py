"""Answer widgets, driven with Pilot by keyboard and by mouse inside the real Transcript.

Each test checks the exact ``Answered.text`` and ``value`` the app would
receive, and that the widget takes no more input once answered.
"""

from __future__ import annotations

import pytest
from textual.widgets import Button, Input, Static

from koji_tui.questions import Question, QuestionType
from koji_tui.ui.widgets.answers import (
    AnswerWidget,
    MultipleChoiceAnswer,
    RankingAnswer,
    ScaleAnswer,
    ScaleStrip,
    SingleChoiceAnswer,
    YesNoAnswer,
    answer_widget_for,
    layout_scale,
)
from koji_tui.ui.widgets.transcript import Transcript, TurnView
from tests.pilot import driven
from tests.ui.test_answers_support import (
    FIVE,
    MULTIPLE,
    NPS,
    RANKING,
    SINGLE,
    YES_NO,
    AnswerHost,
    screen_text,
)

Q = QuestionType


def answered(app: AnswerHost) -> list[tuple[str, object]]:
    return [(event.text, event.value) for event in app.answered]


async def settle(pilot) -> None:
    """Let the transcript finish laying out and scrolling before clicking at a position."""
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


async def click_point(pilot, app: AnswerHost, point: int, times: int = 1) -> None:
    await settle(pilot)
    strip = app.query_one(ScaleStrip)
    offset = strip.offset_of(point)
    assert offset is not None
    await pilot.click(strip, offset=offset, times=times)


def assert_locked(app: AnswerHost, text: str) -> None:
    widget = app.widget
    assert widget is not None
    assert widget.is_locked and widget.disabled
    assert widget.answer_text == text
    assert any(f"✓ Answered: {text}" in row for row in screen_text(app))
    assert app.focused is not widget


# --------------------------------------------------------------------------- factory


def test_answer_widget_for_picks_the_widget_of_each_type() -> None:
    assert isinstance(answer_widget_for(NPS), ScaleAnswer)
    assert isinstance(answer_widget_for(SINGLE), SingleChoiceAnswer)
    assert isinstance(answer_widget_for(MULTIPLE), MultipleChoiceAnswer)
    assert isinstance(answer_widget_for(RANKING), RankingAnswer)
    assert isinstance(answer_widget_for(YES_NO), YesNoAnswer)


@pytest.mark.parametrize(
    "question",
    [
        None,
        Question(type=Q.OPEN_ENDED, prompt="Tell me more."),
        Question(type=Q.SCALE, prompt="Rate it", scale_min=None, scale_max=10),
        Question(type=Q.SCALE, prompt="Rate it", scale_min=5, scale_max=5),
        Question(type=Q.SCALE, prompt="Rate it", scale_min=10, scale_max=1),
        Question(type=Q.SINGLE_CHOICE, prompt="Pick", options=[]),
        Question(type=Q.MULTIPLE_CHOICE, prompt="Pick", options=[]),
        Question(type=Q.RANKING, prompt="Rank", options=["Only one"]),
    ],
)
def test_questions_without_a_usable_widget_fall_back_to_free_text(question) -> None:
    assert answer_widget_for(question) is None


# --------------------------------------------------------------------------- scale


async def test_scale_keyboard_arrows_then_enter() -> None:
    app = AnswerHost(NPS)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("right", "right", "right", "left")  # first press selects 0
        assert app.widget.selected == 1  # type: ignore[union-attr]
        await pilot.press("end", "left", "enter")
        await pilot.pause()
        assert answered(app) == [("9", 9)]
        assert_locked(app, "9")
        assert app.focused is app.composer


async def test_scale_one_then_zero_quickly_is_ten() -> None:
    app = AnswerHost(NPS)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1")
        assert app.widget.selected == 1  # type: ignore[union-attr]
        await pilot.press("0")
        assert app.widget.selected == 10  # type: ignore[union-attr]
        await pilot.press("enter")
        await pilot.pause()
        assert answered(app) == [("10", 10)]


async def test_scale_digits_typed_apart_are_separate_numbers() -> None:
    app = AnswerHost(NPS)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1")
        app.clock.advance(2.0)
        await pilot.press("0")
        assert app.widget.selected == 0  # type: ignore[union-attr]
        await pilot.press("7", "enter")
        await pilot.pause()
        assert answered(app) == [("7", 7)]


async def test_scale_enter_without_a_choice_explains_and_sends_nothing() -> None:
    app = AnswerHost(NPS)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert app.answered == []
        text = "\n".join(screen_text(app))
        assert "Choose a number from 0 to 10 first" in text
        await pilot.press("3")
        assert "Choose a number" not in "\n".join(screen_text(app))  # the hint clears
        assert not app.widget.is_locked  # type: ignore[union-attr]


async def test_scale_mouse_click_selects_and_send_button_sends() -> None:
    app = AnswerHost(NPS)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await click_point(pilot, app, 7)
        assert app.widget.selected == 7  # type: ignore[union-attr]
        assert any("[7]" in row for row in screen_text(app))
        await click_point(pilot, app, 10)
        assert app.widget.selected == 10  # type: ignore[union-attr]
        await pilot.click(".answer-send")
        await pilot.pause()
        assert answered(app) == [("10", 10)]
        assert_locked(app, "10")


async def test_scale_double_click_sends() -> None:
    app = AnswerHost(NPS)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await click_point(pilot, app, 3, times=2)
        await pilot.pause()
        assert answered(app) == [("3", 3)]


async def test_scale_with_middle_label_and_out_of_range_digit() -> None:
    app = AnswerHost(FIVE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        text = "\n".join(screen_text(app))
        for label in ("Very unhappy", "Neutral", "Very happy"):
            assert label in text
        await pilot.press("6")
        assert app.widget.selected is None  # type: ignore[union-attr]
        assert "There is no choice 6 here." in "\n".join(screen_text(app))
        await pilot.press("0")  # 0 is not on a 1-5 scale either
        assert app.widget.selected is None  # type: ignore[union-attr]
        await pilot.press("left", "enter")  # from nothing, left selects the top
        await pilot.pause()
        assert answered(app) == [("5", 5)]


async def test_scale_with_negative_points_takes_a_minus_sign() -> None:
    question = Question(type=Q.SCALE, prompt="From -3 to 3?", scale_min=-3, scale_max=3)
    app = AnswerHost(question)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("minus", "2")
        assert app.widget.selected == -2  # type: ignore[union-attr]
        app.clock.advance(2)
        await pilot.press("3", "enter")
        await pilot.pause()
        assert answered(app) == [("3", 3)]


async def test_a_very_wide_scale_takes_a_typed_number() -> None:
    question = Question(
        type=Q.SCALE,
        prompt="From 0 to 100, how much?",
        scale_min=0,
        scale_max=100,
        scale_labels={"0": "None", "100": "All"},
    )
    app = AnswerHost(question)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        assert isinstance(app.focused, Input)
        text = "\n".join(screen_text(app))
        assert "0 = None" in text and "100 = All" in text
        await pilot.press("1", "0", "1", "enter")
        await pilot.pause()
        assert app.answered == []
        assert "101 is not between 0 and 100." in "\n".join(screen_text(app))
        await pilot.press("backspace", "backspace", "backspace", "4", "2", "enter")
        await pilot.pause()
        assert answered(app) == [("42", 42)]


def test_nps_fits_80_columns_with_the_transcript_around_it() -> None:
    # 80 columns - 1 scrollbar - 2 margin - 2 border - 2 padding = 73 for the strip
    layout = layout_scale(
        list(range(11)), {"0": "Not at all likely", "10": "Extremely likely"}, 73, None
    )
    assert len(layout.lines) == 2  # one row of points, one of labels
    assert max(line.cell_len for line in layout.lines) <= 73
    assert [point for *_, point in layout.hits] == list(range(11))
    assert {line for line, *_ in layout.hits} == {0}


def test_a_scale_too_wide_for_the_width_wraps_and_lists_its_labels() -> None:
    layout = layout_scale(list(range(21)), {"0": "Low", "20": "High", "x": "odd key"}, 40, 5)
    assert max(line.cell_len for line in layout.lines) <= 40
    assert sorted(point for *_, point in layout.hits) == list(range(21))
    plain = [line.plain for line in layout.lines]
    assert "0 = Low" in plain and "20 = High" in plain and "x: odd key" in plain
    assert any("[5]" in line for line in plain)


def test_long_labels_that_collide_are_listed_not_overlapped() -> None:
    labels = {"1": "A" * 30, "2": "B" * 30, "3": "C" * 30, "4": "D" * 30, "5": "E" * 30}
    layout = layout_scale([1, 2, 3, 4, 5], labels, 70, None)
    text = "\n".join(line.plain for line in layout.lines)
    for label in labels.values():
        assert label in text


# --------------------------------------------------------------------------- single choice


async def test_single_choice_keyboard() -> None:
    app = AnswerHost(SINGLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down", "down", "up")
        rows = screen_text(app)
        assert any("(•) 2. Social media" in row for row in rows)
        assert any("( ) 1. Search engine" in row for row in rows)
        await pilot.press("enter")
        await pilot.pause()
        assert answered(app) == [("Social media", "Social media")]
        assert_locked(app, "Social media")


async def test_single_choice_number_key_and_literal_markup() -> None:
    app = AnswerHost(SINGLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        assert any("3. A friend [b]or[/b] colleague" in row for row in screen_text(app))
        await pilot.press("3", "enter")
        await pilot.pause()
        assert answered(app) == [("A friend [b]or[/b] colleague", "A friend [b]or[/b] colleague")]
        assert_locked(app, "A friend [b]or[/b] colleague")


async def test_single_choice_other_with_text() -> None:
    app = AnswerHost(SINGLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4")  # Other: the text field takes the focus
        assert isinstance(app.focused, Input)
        await pilot.press("enter")
        await pilot.pause()
        assert app.answered == []
        assert "Type your answer next to “Other”" in "\n".join(screen_text(app))
        await pilot.press(*"a podcast, 1 ep")
        await pilot.press("enter")
        await pilot.pause()
        assert answered(app) == [("a podcast, 1 ep", {"other": "a podcast, 1 ep"})]


async def test_single_choice_typing_in_other_selects_it_and_up_leaves_it() -> None:
    app = AnswerHost(SINGLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1")
        await pilot.click(".answer-other-input")
        await pilot.press("x")
        widget = app.widget
        assert isinstance(widget, SingleChoiceAnswer)
        assert widget.selected == 3
        await pilot.press("up")  # back to the list: the widget has the focus again
        assert app.focused is widget and widget.selected == 2
        await pilot.press("enter")
        await pilot.pause()
        assert answered(app)[0][0] == "A friend [b]or[/b] colleague"


async def test_single_choice_mouse() -> None:
    app = AnswerHost(SINGLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        rows = app.query(".answer-option").results()
        rows = list(rows)
        await pilot.click(rows[0])
        assert app.widget.selected == 0  # type: ignore[union-attr]
        await pilot.click(rows[1])
        await pilot.click(".answer-send")
        await pilot.pause()
        assert answered(app) == [("Social media", "Social media")]


async def test_single_choice_double_click_sends() -> None:
    app = AnswerHost(SINGLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        rows = list(app.query(".answer-option").results())
        await pilot.click(rows[0], times=2)
        await pilot.pause()
        assert answered(app) == [("Search engine", "Search engine")]


async def test_two_digit_option_numbers() -> None:
    options = [f"Option {n}" for n in range(1, 13)]
    app = AnswerHost(Question(type=Q.SINGLE_CHOICE, prompt="Which?", options=options))
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1", "2", "enter")
        await pilot.pause()
        assert answered(app) == [("Option 12", "Option 12")]


# --------------------------------------------------------------------------- multiple choice


async def test_multiple_choice_number_keys_toggle() -> None:
    app = AnswerHost(MULTIPLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1", "3", "2", "2")  # 2 ticked then unticked
        rows = screen_text(app)
        assert any("[x] 1. Budgeting" in row for row in rows)
        assert any("[ ] 2. Invoicing" in row for row in rows)
        assert any("[x] 3. Tax prep" in row for row in rows)
        await pilot.press("enter")
        await pilot.pause()
        assert answered(app) == [("Budgeting, Tax prep", ["Budgeting", "Tax prep"])]
        assert_locked(app, "Budgeting, Tax prep")


async def test_multiple_choice_space_and_cursor() -> None:
    app = AnswerHost(MULTIPLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "down", "space", "up", "space", "down", "space")
        rows = screen_text(app)
        assert any(row.strip().startswith("│   [x] 1. Budgeting") for row in rows)
        assert any("> [ ] 2. Invoicing" in row for row in rows)
        await pilot.press("enter")
        await pilot.pause()
        assert answered(app) == [("Budgeting", ["Budgeting"])]


async def test_multiple_choice_needs_one_tick() -> None:
    app = AnswerHost(MULTIPLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert app.answered == []
        assert "Tick at least one option" in "\n".join(screen_text(app))


async def test_multiple_choice_other_typed_ticks_it() -> None:
    app = AnswerHost(MULTIPLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("2")
        await pilot.click(".answer-other-input")
        await pilot.press(*"payroll")
        assert any("[x] 4. Other:" in row for row in screen_text(app))
        await pilot.press("enter")
        await pilot.pause()
        assert answered(app) == [("Invoicing, payroll", ["Invoicing", {"other": "payroll"}])]


@pytest.mark.parametrize("question", [SINGLE, MULTIPLE])
async def test_coming_back_to_other_keeps_its_text_and_types_after_it(question) -> None:
    """Textual's Input selects its text on focus by default: the next key replaced it."""
    app = AnswerHost(question)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4")  # onto "Other": the field takes the focus
        await pilot.press(*"Miro")
        field = app.query_one(".answer-other-input", Input)
        assert app.focused is field and field.value == "Miro"
        await pilot.press("up")  # leave the field ...
        assert app.focused is app.widget
        await pilot.press("down")  # ... and come back to it
        assert app.focused is field
        assert field.selection.is_empty and field.cursor_position == len("Miro")
        await pilot.press("x")
        assert field.value == "Mirox"


@pytest.mark.parametrize("question", [SINGLE, MULTIPLE])
async def test_the_hint_says_keys_type_into_other_while_it_has_the_focus(question) -> None:
    app = AnswerHost(question)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        widget = app.widget
        assert widget is not None

        def hint() -> str:
            return str(widget.query_one(".answer-hint", Static).render())

        assert "1-4" in hint()
        await pilot.press("4")
        await pilot.pause()
        assert hint() == "typing your own answer · ↑/↓ leave the field · Enter send"
        assert "typing your own answer" in "\n".join(screen_text(app))
        await pilot.press(*"1 2")  # digits and Space type into the field
        assert app.query_one(".answer-other-input", Input).value == "1 2"
        await pilot.press("up")
        await pilot.pause()
        assert "1-4" in hint() and "typing" not in hint()


async def test_multiple_choice_other_ticked_but_empty_is_refused() -> None:
    app = AnswerHost(MULTIPLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("4")
        await pilot.press("enter")
        await pilot.pause()
        assert app.answered == []
        assert "Type your answer next to “Other”, or untick it." in "\n".join(screen_text(app))


async def test_multiple_choice_mouse() -> None:
    app = AnswerHost(MULTIPLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        rows = list(app.query(".answer-option").results())
        await pilot.click(rows[2])
        await pilot.click(rows[0])
        await pilot.click(rows[2])  # untick
        await pilot.click(rows[1])
        await pilot.click(".answer-send")
        await pilot.pause()
        assert answered(app) == [("Budgeting, Invoicing", ["Budgeting", "Invoicing"])]


async def test_multiple_choice_two_digit_numbers_wait_for_the_second_digit() -> None:
    options = [f"Item {n}" for n in range(1, 13)]
    app = AnswerHost(Question(type=Q.MULTIPLE_CHOICE, prompt="Which?", options=options))
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        widget = app.widget
        assert isinstance(widget, MultipleChoiceAnswer)
        await pilot.press("1", "2")  # 12, not 1 then 2
        assert widget.checked == {11}
        await pilot.press("1")  # could still become 10-12: waits
        assert widget.checked == {11}
        await pilot.pause(widget.NUMBER_TIMEOUT + 0.3)
        assert widget.checked == {0, 11}
        await pilot.press("3")  # no longer number starts with 3: at once
        assert widget.checked == {0, 2, 11}
        await pilot.press("1", "enter")  # Enter completes the pending 1 (unticks it)
        await pilot.pause()
        assert answered(app) == [("Item 3, Item 12", ["Item 3", "Item 12"])]


# --------------------------------------------------------------------------- ranking


async def test_ranking_keyboard_moves() -> None:
    app = AnswerHost(RANKING)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("down", "shift+down")  # Price to 2nd
        await pilot.press("4", "alt+up", "ctrl+up")  # Design to 2nd
        await pilot.press("minus", "plus", "plus")  # Design 1st, back, then 3rd
        rows = [row for row in screen_text(app) if "▲" in row]
        assert [row.split("▲")[0].strip(" │") for row in rows] == [
            "1. Speed",
            "2. Price",
            "> 3. Design",
            "4. Support",
        ]
        await pilot.press("enter")
        await pilot.pause()
        assert answered(app) == [
            ("1. Speed, 2. Price, 3. Design, 4. Support", ["Speed", "Price", "Design", "Support"])
        ]
        assert_locked(app, "1. Speed, 2. Price, 3. Design, 4. Support")


async def test_ranking_unchanged_order_and_edges() -> None:
    app = AnswerHost(RANKING)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1", "shift+up")  # already first: nothing moves
        assert app.widget.ranked() == ["Price", "Speed", "Support", "Design"]  # type: ignore[union-attr]
        # The presented order is not taken as an answer by a reflex Enter: it asks first.
        await pilot.press("enter")
        await pilot.pause()
        assert answered(app) == []
        error = app.widget.query_one(".answer-error", Static)  # type: ignore[union-attr]
        assert error.has_class("-visible") and "press Enter again" in str(error.render())
        await pilot.press("enter")
        await pilot.pause()
        assert answered(app)[0][0] == "1. Price, 2. Speed, 3. Support, 4. Design"


async def test_ranking_sends_on_the_first_enter_once_something_moved() -> None:
    app = AnswerHost(RANKING)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1", "shift+down", "shift+up")  # moved there and back
        await pilot.press("enter")
        await pilot.pause()
        assert answered(app)[0][0] == "1. Price, 2. Speed, 3. Support, 4. Design"


async def test_ranking_mouse_handles() -> None:
    app = AnswerHost(RANKING)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        rows = list(app.query(".answer-option").results())
        # ▲ and ▼ are drawn at the right of each row's first line, three columns each.
        await pilot.click(rows[0], offset=(rows[0].size.width - 2, 0))  # Price down
        await pilot.click(rows[3], offset=(rows[3].size.width - 5, 0))  # Design up
        await pilot.click(".answer-send")
        await pilot.pause()
        assert answered(app) == [
            ("1. Speed, 2. Price, 3. Design, 4. Support", ["Speed", "Price", "Design", "Support"])
        ]


# --------------------------------------------------------------------------- yes / no


@pytest.mark.parametrize(("key", "text", "value"), [("y", "Yes", True), ("n", "No", False)])
async def test_yes_no_keys(key: str, text: str, value: bool) -> None:
    app = AnswerHost(YES_NO)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await pilot.pause()
        assert answered(app) == [(text, value)]
        assert_locked(app, text)


async def test_yes_no_mouse() -> None:
    app = AnswerHost(YES_NO)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.click(".answer-no")
        await pilot.pause()
        assert answered(app) == [("No", False)]


async def test_yes_no_english_ignores_other_letters() -> None:
    app = AnswerHost(YES_NO)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("s", "o", "j")
        await pilot.pause()
        assert app.answered == []
        assert "Press y for Yes, n for No" in "\n".join(screen_text(app))


@pytest.mark.parametrize(
    ("language", "options", "key", "text"),
    [
        ("fr", ["Oui", "Non"], "o", "Oui"),
        ("de", ["Ja", "Nein"], "j", "Ja"),
        ("es", ["Sí", "No"], "s", "Sí"),
        ("pt", ["Sim", "Não"], "s", "Sim"),
        ("pt", ["Sim", "Não"], "n", "Não"),
        ("fr", ["Oui", "Non"], "y", "Oui"),
    ],
)
async def test_yes_no_localised(language: str, options: list[str], key: str, text: str) -> None:
    question = Question(type=Q.YES_NO, prompt="?", options=options, language=language)
    app = AnswerHost(question)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        assert any(f"{options[0]} (" in row for row in screen_text(app))
        await pilot.press(key)
        await pilot.pause()
        assert answered(app) == [(text, key != "n")]


async def test_yes_no_locale_argument_without_options() -> None:
    app = AnswerHost(Question(type=Q.YES_NO, prompt="?"), locale="de-DE")
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await pilot.pause()
        assert len(app.answered) == 1 and app.answered[0].value is True


# --------------------------------------------------------------------------- every widget


@pytest.mark.parametrize("question", [NPS, SINGLE, MULTIPLE, RANKING, YES_NO])
async def test_escape_dismisses_to_the_composer_and_the_widget_stays_usable(question) -> None:
    app = AnswerHost(question)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert [event.question for event in app.dismissed] == [question]
        assert app.dismissed[0].widget is app.widget
        assert app.focused is app.composer
        assert app.answered == []
        widget = app.widget
        assert widget is not None and not widget.is_locked and not widget.disabled


@pytest.mark.parametrize("question", [NPS, SINGLE, MULTIPLE, RANKING, YES_NO])
async def test_own_words_button_dismisses(question) -> None:
    app = AnswerHost(question)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.click(".answer-own-words")
        await pilot.pause()
        assert len(app.dismissed) == 1
        assert app.focused is app.composer


@pytest.mark.parametrize(
    ("question", "keys"),
    [
        (NPS, ["5", "enter"]),
        (SINGLE, ["1", "enter"]),
        (MULTIPLE, ["1", "enter"]),
        (RANKING, ["2", "shift+up", "enter"]),
        (YES_NO, ["y"]),
    ],
)
async def test_answered_widget_takes_no_more_input(question, keys) -> None:
    app = AnswerHost(question)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*keys)
        await pilot.pause()
        assert len(app.answered) == 1
        widget = app.widget
        assert widget is not None
        assert app.answered[0].widget is widget and app.answered[0].question == question
        widget.focus()  # disabled: cannot take the focus back
        await pilot.pause()
        assert app.focused is not widget
        for button in widget.query(Button):
            assert button.is_disabled
        await pilot.click(widget)
        await pilot.press("escape", "2", "enter", "n")
        await pilot.pause()
        assert len(app.answered) == 1 and app.dismissed == []
        widget.action_confirm()
        widget.action_dismiss()
        await pilot.pause()
        assert len(app.answered) == 1 and app.dismissed == []


async def test_lock_from_outside_shows_the_free_text_answer() -> None:
    app = AnswerHost(SINGLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        widget = app.widget
        assert widget is not None
        await pilot.press("escape")
        widget.lock_answer("Honestly a [red]mix[/red] of things")
        await pilot.pause()
        assert_locked(app, "Honestly a [red]mix[/red] of things")
        assert widget.answer_value is None
        assert app.answered == []  # the app sent the free text itself
        widget.unlock()
        await pilot.pause()
        assert not widget.is_locked and not widget.disabled
        widget.focus()
        await pilot.press("2", "enter")
        await pilot.pause()
        assert answered(app) == [("Social media", "Social media")]


@pytest.mark.parametrize("case", ["keys-refused", "drawn-after-the-delay", "not-sent-now"])
async def test_a_lock_drawn_later_refuses_keys_at_once_and_not_sent_draws_it_now(
    case: str,
) -> None:
    """``lock_answer(draw_after=...)`` (the app's answer typed in the composer: the reply usually
    removes the widget first): keys are refused at once, the answered look comes after the
    delay, or at once when the answer turns out unsent."""
    app = AnswerHost(SINGLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        widget = app.widget
        assert widget is not None
        widget.lock_answer(
            "In my own words", draw_after=0.05 if case == "drawn-after-the-delay" else 30
        )
        if case == "keys-refused":
            await pilot.press("2", "enter")
            await pilot.pause()
            assert widget.is_locked and not widget.disabled  # not drawn yet; no key answered it
            assert app.answered == []
        elif case == "drawn-after-the-delay":
            for _ in range(200):  # drawn once the delay is over (polled: a loaded machine is slow)
                if widget.disabled:
                    break
                await pilot.pause(0.025)
            await pilot.pause()
            assert_locked(app, "In my own words")
        else:
            widget.set_not_sent(True)
            await pilot.pause()
            assert widget.disabled
            assert any("In my own words" in row for row in screen_text(app))


async def test_widget_keeps_textuals_lock_and_batch() -> None:
    """The answer widget does not override ``Widget.lock``: Textual's batch() still works."""
    app = AnswerHost(NPS)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        widget = app.widget
        assert widget is not None
        assert not callable(widget.lock)  # Textual's asyncio lock, not an answer method
        async with widget.batch():  # Textual uses `async with self.lock`
            pass
        await pilot.pause()
        assert not widget.is_locked


async def test_lock_before_mount_is_shown_once_mounted() -> None:
    widget = answer_widget_for(NPS)
    assert isinstance(widget, AnswerWidget)
    widget.lock_answer("8")
    app = AnswerHost(NPS)
    app.widget = widget
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause()
        assert any("✓ Answered: 8" in row for row in screen_text(app))


@pytest.mark.parametrize("question", [NPS, SINGLE, MULTIPLE, RANKING, YES_NO])
async def test_widgets_fit_80x24_without_horizontal_overflow(question) -> None:
    app = AnswerHost(question)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.pause()
        widget = app.widget
        assert widget is not None
        assert widget.region.right <= 80
        assert widget.max_scroll_x == 0
        for child in widget.query("*"):
            if child.display and child.region.width:
                assert child.region.right <= widget.region.right
        assert widget.region.bottom <= app.composer.region.y  # fully visible


@pytest.mark.parametrize("size", [(60, 15), (40, 12)])
@pytest.mark.parametrize("question", [NPS, SINGLE, MULTIPLE, RANKING, YES_NO])
async def test_widgets_stay_short_and_show_their_options_when_narrow(question, size) -> None:
    """Below ~70 columns the hint was squeezed to one column beside the buttons and wrapped
    one character per line: the widget grew ~25 rows tall and pushed the options away."""
    app = AnswerHost(question)
    async with driven(app, size=size) as pilot:
        await settle(pilot)
        await pilot.pause()
        widget = app.widget
        assert widget is not None
        rows = len(question.options) + (1 if question.allow_other else 0)
        # body rows + hint + buttons (at most 2 lines) + border; a scale takes up to 4 rows
        assert widget.region.height <= max(rows, 4) + 5, widget.region
        hint = widget.query_one(".answer-hint")
        assert hint.region.height == 1 and hint.region.width >= 20
        assert widget.region.right <= size[0] and widget.max_scroll_x == 0
        for child in widget.query("*"):
            if child.display and child.region.width:
                assert child.region.right <= widget.region.right
        assert widget.region.bottom <= app.composer.region.y  # fully visible
        shown = "\n".join(screen_text(app))
        for option in question.options:
            assert option.split()[0] in shown, (option, shown)
        for button in widget.query(Button):
            assert button.region.width > 0 and widget.region.contains_region(button.region)


class LongHistoryHost(AnswerHost):
    """A transcript longer than the screen; the widget arrives later, focused as the app does."""

    async def on_mount(self) -> None:
        transcript = self.query_one(Transcript)
        for n in range(1, 13):
            role = "interviewer" if n % 2 else "respondent"
            transcript.append(TurnView(role, f"Turn {n}: " + "words " * 20, turn_no=n))

    def present(self) -> None:
        """The next question arrives: mount its widget, focus it after a refresh."""
        transcript = self.query_one(Transcript)
        transcript.append(TurnView("interviewer", self.question.prompt, turn_no=13))
        assert self.widget is not None
        transcript.mount_below_last(self.widget)  # not awaited, as in the interview screen
        self.call_after_refresh(self.widget.focus)


@pytest.mark.parametrize("question", [NPS, SINGLE, MULTIPLE, RANKING, YES_NO])
async def test_a_focused_widget_below_a_long_transcript_is_scrolled_into_view(question) -> None:
    app = LongHistoryHost(question)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        transcript = app.query_one(Transcript)
        assert transcript.max_scroll_y > 0  # the history really is taller than the screen
        assert transcript.scroll_y == transcript.max_scroll_y  # following the end
        app.present()
        await settle(pilot)
        await pilot.pause(0.3)
        widget = app.widget
        assert widget is not None and app.focused is widget
        assert transcript.region.contains_region(widget.region)
        assert transcript.scroll_y == transcript.max_scroll_y and transcript.is_following


def test_every_answer_binding_has_a_known_id_and_tooltip() -> None:
    import importlib
    import inspect
    import pkgutil

    import koji_tui.ui.widgets.answers as package
    from koji_tui.ui.bindings import ANSWER_BINDING_IDS, BINDING_IDS

    classes = set()
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        classes.update(
            cls
            for _, cls in inspect.getmembers(module, inspect.isclass)
            if cls.__module__.startswith(package.__name__)
        )
    seen: set[str] = set()
    for cls in classes:
        for binding in cls.__dict__.get("BINDINGS", []):
            assert binding.id, f"{cls.__name__}: {binding.key} has no id"
            assert binding.tooltip, f"{cls.__name__}: {binding.id} has no tooltip"
            seen.add(binding.id)
    assert seen == ANSWER_BINDING_IDS
    assert ANSWER_BINDING_IDS <= BINDING_IDS


async def test_answer_keys_can_be_remapped() -> None:
    app = AnswerHost(MULTIPLE)
    async with driven(app, size=(80, 24)) as pilot:
        app.set_keymap({"answer.toggle": "t", "answer.send": "ctrl+o"})
        await settle(pilot)
        await pilot.press("down", "down", "t", "ctrl+o")  # the first down enters the list
        await pilot.pause()
        assert answered(app) == [("Invoicing", ["Invoicing"])]


async def test_the_first_key_on_a_fresh_list_acts_on_the_first_row() -> None:
    """Nothing is marked when a list appears; Space or a move is not swallowed by
    merely showing the cursor: it acts on the first row."""
    app = AnswerHost(MULTIPLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("space")
        await pilot.pause()
        assert app.widget.checked == {0}  # type: ignore[union-attr]
    app = AnswerHost(RANKING)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("shift+down")
        await pilot.pause()
        assert app.widget.ranked() == ["Speed", "Price", "Support", "Design"]  # type: ignore[union-attr]


async def test_unticking_other_by_its_number_leaves_the_keys_picking() -> None:
    app = AnswerHost(MULTIPLE)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        widget = app.widget
        assert isinstance(widget, MultipleChoiceAnswer)
        await pilot.press("4")  # Other: ticked, its field takes the keys
        await pilot.pause()
        assert app.focused is widget.other_input
        await pilot.press("x", "up", "4")  # type, back to the list, untick Other
        await pilot.pause()
        assert 3 not in widget.checked and app.focused is widget
        await pilot.press("2")  # picks Invoicing; not typed into the field
        await pilot.pause()
        assert widget.checked == {1}
        assert widget.other_input is not None and widget.other_input.value == "x"
