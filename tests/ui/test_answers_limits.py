"""A multiple choice with a maximum, and "Other", in the participant's language (issue 8)."""

from __future__ import annotations

import pytest

from koji_tui.questions import Question, QuestionType, detect_question
from koji_tui.ui.widgets.answers import MultipleChoiceAnswer, SingleChoiceAnswer, answer_widget_for
from koji_tui.ui.widgets.answers.words import WORDS
from tests.pilot import driven
from tests.ui.test_answers_support import AnswerHost, screen_text

LIMITED = Question(
    type=QuestionType.MULTIPLE_CHOICE,
    prompt="Which platforms do you publish on? Pick up to two.",
    options=["Instagram", "TikTok", "YouTube", "LinkedIn"],
    allow_other=True,
    max_choices=2,
)
LANGS = ["en", "es", "fr", "de", "pt"]


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()
    await pilot.pause()


def shown(app: AnswerHost) -> str:
    return "\n".join(screen_text(app))


async def test_a_tick_past_the_maximum_is_refused_and_said() -> None:
    app = AnswerHost(LIMITED)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        widget = app.widget
        assert isinstance(widget, MultipleChoiceAnswer)
        assert widget.border_title == "Choose up to 2"
        await pilot.press("1", "2", "3")
        await pilot.pause()
        assert widget.checked == {0, 1}
        text = shown(app)
        assert "[x] 1. Instagram" in text and "[x] 2. TikTok" in text
        assert "[ ] 3. YouTube" in text
        assert "You can choose up to 2: untick one to choose another." in text
        assert "2/2" in text  # the hint counts the ticks
        await pilot.press("enter")
        await pilot.pause()
        assert [(e.text, e.value) for e in app.answered] == [
            ("Instagram, TikTok", ["Instagram", "TikTok"])
        ]


async def test_unticking_frees_a_place_and_clears_the_message() -> None:
    app = AnswerHost(LIMITED)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1", "2", "3", "2", "3")
        await pilot.pause()
        widget = app.widget
        assert isinstance(widget, MultipleChoiceAnswer)
        assert widget.checked == {0, 2}
        assert "untick one" not in shown(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.answered[0].text == "Instagram, YouTube"


async def test_other_counts_toward_the_maximum() -> None:
    app = AnswerHost(LIMITED)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1", "2")
        await pilot.click(".answer-other-input")
        await pilot.press(*"Threads")
        await pilot.pause()
        widget = app.widget
        assert isinstance(widget, MultipleChoiceAnswer)
        assert widget.checked == {0, 1}  # not ticked by typing: the list is full
        assert "You can choose up to 2" in shown(app)


async def test_other_ticked_within_the_maximum_is_sent_as_its_text() -> None:
    app = AnswerHost(LIMITED)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1")
        await pilot.click(".answer-other-input")
        await pilot.press(*"Threads", "enter")
        await pilot.pause()
        assert [(e.text, e.value) for e in app.answered] == [
            ("Instagram, Threads", ["Instagram", {"other": "Threads"}])
        ]


@pytest.mark.parametrize("lang", LANGS)
async def test_the_maximum_is_said_in_the_participants_language(lang: str) -> None:
    question = LIMITED.model_copy(update={"language": lang})
    app = AnswerHost(question)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        widget = app.widget
        assert isinstance(widget, MultipleChoiceAnswer)
        assert widget.border_title == WORDS[lang].up_to_title.format(n=2)
        await pilot.press("1", "2", "3")
        await pilot.pause()
        assert widget.checked == {0, 1}
        message = WORDS[lang].up_to_full.format(n=2)
        assert message.split(":")[0] in " ".join(shown(app).split())


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", [QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE])
async def test_other_is_a_free_text_row_in_every_language(lang: str, kind: QuestionType) -> None:
    question = Question(
        type=kind, prompt="?", options=["Alpha", "Beta"], allow_other=True, language=lang
    )
    app = AnswerHost(question)
    async with driven(app, size=(80, 24)) as pilot:
        await settle(pilot)
        words = WORDS[lang]
        assert f"3. {words.other}" in shown(app)
        await pilot.press("3")
        await pilot.pause()
        await pilot.press("enter")  # "Other" with no text: said in the same language
        await pilot.pause()
        assert app.answered == []
        empty = (
            words.other_empty_single
            if kind is QuestionType.SINGLE_CHOICE
            else words.other_empty_multiple
        )
        assert empty.split(" ")[0] in shown(app)
        await pilot.click(".answer-other-input")
        await pilot.press(*"Gamma", "enter")
        await pilot.pause()
        expected = (
            {"other": "Gamma"} if kind is QuestionType.SINGLE_CHOICE else [{"other": "Gamma"}]
        )
        assert [(e.text, e.value) for e in app.answered] == [("Gamma", expected)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Which do you use? Pick up to two.\n1. A\n2. B\n3. C\n4. Other (please specify)", "en"),
        ("¿Cuáles usas? Elige hasta dos.\n1. A\n2. B\n3. C\n4. Otro (¿cuál?)", "es"),
        ("Lesquels ? Choisissez-en jusqu'à deux.\n1. A\n2. B\n3. C\n4. Autre (précisez)", "fr"),
        (
            "Welche? Wählen Sie bis zu zwei aus.\n1. A\n2. B\n3. C\n4. Sonstiges (bitte angeben)",
            "de",
        ),
        ("Quais? Escolha até duas.\n1. A\n2. B\n3. C\n4. Outro (qual?)", "pt"),
    ],
)
def test_detected_text_builds_the_limited_widget_with_other(text: str, lang: str) -> None:
    question = detect_question(text)
    widget = answer_widget_for(question)
    assert isinstance(widget, MultipleChoiceAnswer)
    assert (widget.options, widget.allow_other, widget.max_choices) == (["A", "B", "C"], True, 2)
    assert widget.words is WORDS[lang]


def test_a_maximum_as_large_as_the_list_is_no_maximum() -> None:
    question = LIMITED.model_copy(update={"max_choices": 5})
    widget = answer_widget_for(question)
    assert isinstance(widget, MultipleChoiceAnswer)
    assert widget.max_choices is None
    assert widget.title_text() == "Choose all that apply"
    single = answer_widget_for(LIMITED.model_copy(update={"type": QuestionType.SINGLE_CHOICE}))
    assert isinstance(single, SingleChoiceAnswer)


def test_snapshot_limit_refused(snap_compare) -> None:
    app = AnswerHost(LIMITED, stand_in=True, steady_cursor=True)
    assert snap_compare(app, press=["1", "2", "3"], terminal_size=(80, 24))
