"""stem_for_display: the message above an answer widget, without the list the widget shows."""

from __future__ import annotations

import pytest

from koji_tui.questions import Question, QuestionType, detect_question, stem_for_display

SIX = (
    "Thanks, that helps!\n\nWhich of these tools does your team use most?\n\n"
    "1. Slack\n2. Microsoft Teams\n3. Zoom\n4. Google Meet\n5. Discord\n6. Other (please specify)"
)


def test_the_option_list_goes_and_the_stem_stays() -> None:
    q = detect_question(SIX)
    assert q.type is QuestionType.SINGLE_CHOICE
    assert stem_for_display(SIX, q) == (
        "Thanks, that helps!\n\nWhich of these tools does your team use most?"
    )


def test_an_instruction_after_the_list_stays() -> None:
    text = "Which of these do you use?\n\n**A.** Web\n\n**B.** Mobile\n\n**C.** Desktop\n\nYou can pick more than one."
    q = detect_question(text)
    assert q.type is QuestionType.MULTIPLE_CHOICE
    assert stem_for_display(text, q) == "Which of these do you use?\n\nYou can pick more than one."


@pytest.mark.parametrize(
    ("text", "stem"),
    [
        ("Which channels?\n\nSlack\n\nTeams\n\nOther:\n\nFeel free to choose several.", "Which channels?\n\nFeel free to choose several."),
        ("Which one do you use most?\nOption A: Slack\nOption B: Teams\nOption C: Email", "Which one do you use most?"),
        ("Which do you use?\n🔹 Slack\n🔹 Teams\n🔹 Email\n\nPick as many as you like.", "Which do you use?\n\nPick as many as you like."),
    ],
)  # fmt: skip
def test_new_list_shapes_leave_the_stem(text: str, stem: str) -> None:
    """Plain lines closed by a plain "Other:", "Option A:" items, emoji bullets."""
    question = detect_question(text)
    assert question.is_structured
    assert stem_for_display(text, question) == stem


@pytest.mark.parametrize(
    "text",
    [
        "Which do you prefer: email, phone, or chat?",  # inline: one line, nothing to drop
        "Could you tell me more about that?",  # open: no widget
        "Here's a recap:\n1. Slow sync\n2. No offline mode\n\nWhich hurts most, and why?",
    ],
)
def test_messages_without_a_widget_list_are_kept_whole(text: str) -> None:
    assert stem_for_display(text, detect_question(text)) == text


def test_a_list_that_is_not_the_widgets_options_is_kept() -> None:
    text = "Which plan?\n1. Free\n2. Pro"
    other = Question(type=QuestionType.SINGLE_CHOICE, options=["Basic", "Plus"])
    assert stem_for_display(text, other) == text
    assert stem_for_display(text, None) == text


def test_a_structured_question_drops_the_same_list_in_its_text() -> None:
    text = "Which plan are you on?\n- Free\n- Pro\n- Team"
    q = detect_question(text, {"type": "single_choice", "options": ["Free", "Pro", "Team"]})
    assert stem_for_display(text, q) == "Which plan are you on?"


def test_scale_points_and_yes_no_lists_go_too() -> None:
    scale = "How satisfied are you?\n1 = Not at all\n2 = Slightly\n3 = Very"
    assert stem_for_display(scale, detect_question(scale)) == "How satisfied are you?"
    yes_no = "Did you renew?\n1. Yes\n2. No"
    assert stem_for_display(yes_no, detect_question(yes_no)) == "Did you renew?"


def test_crlf_and_blank_lines_between_items() -> None:
    text = "Which one?\r\n\r\n1. Alpha\r\n\r\n2. Beta\r\n\r\n\r\nJust reply with the number."
    q = detect_question(text)
    assert stem_for_display(text, q) == "Which one?\n\nJust reply with the number."
