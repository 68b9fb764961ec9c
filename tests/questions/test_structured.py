"""Structured objects on the reply and JSON blocks embedded in the content."""

from __future__ import annotations

import json
from typing import Any

import pytest

from koji_tui.questions import DetectionSource, QuestionType, detect_question

SCALE_TEXT = "On a scale of 0 to 10, how likely are you to recommend us?"


def test_koji_scale_object_from_the_contract() -> None:
    obj = {
        "type": "scale",
        "options": [],
        "scaleMin": 0,
        "scaleMax": 10,
        "scaleLabels": {"0": "Not likely", "10": "Very likely"},
        "allowOther": False,
    }
    q = detect_question(SCALE_TEXT, obj)
    assert q.type is QuestionType.SCALE
    assert q.source is DetectionSource.STRUCTURED
    assert (q.scale_min, q.scale_max) == (0, 10)
    assert q.scale_labels == {"0": "Not likely", "10": "Very likely"}
    assert q.prompt == SCALE_TEXT


@pytest.mark.parametrize(
    ("obj", "low", "high", "labels"),
    [
        ({"type": "scale", "scale_min": 1, "scale_max": 5}, 1, 5, {}),
        ({"type": "rating", "min": 1, "max": 7, "minLabel": "Bad", "maxLabel": "Good"}, 1, 7,
         {"1": "Bad", "7": "Good"}),
        ({"type": "likert", "min": "1", "max": "5.0", "lowerLabel": "Disagree", "upperLabel": "Agree"},
         1, 5, {"1": "Disagree", "5": "Agree"}),
        ({"questionType": "NPS"}, 0, 10, {"0": "Not at all likely", "10": "Extremely likely"}),
        ({"type": "scale", "range": [1, 10]}, 1, 10, {}),
        ({"type": "slider", "scale": {"min": 0, "max": 5}}, 0, 5, {}),
        ({"type": "scale", "scaleLabels": {"1": "Low", "3": "Mid", "5": "High"}}, 1, 5,
         {"1": "Low", "3": "Mid", "5": "High"}),
        ({"type": "scale", "min": 1, "max": 3, "labels": ["Low", "Mid", "High"]}, 1, 3,
         {"1": "Low", "2": "Mid", "3": "High"}),
        ({"type": "scale", "min": 1, "max": 5, "labels": [{"value": 1, "label": "Meh"}]}, 1, 5,
         {"1": "Meh"}),
    ],
)  # fmt: skip
def test_scale_aliases(obj: dict[str, Any], low: int, high: int, labels: dict[str, str]) -> None:
    q = detect_question("How was it?", obj)
    assert q.type is QuestionType.SCALE
    assert (q.scale_min, q.scale_max) == (low, high)
    assert q.scale_labels == labels
    assert q.source is DetectionSource.STRUCTURED


def test_scale_without_bounds_takes_them_from_the_text() -> None:
    q = detect_question("On a scale of 1 to 7, how easy was it?", {"type": "scale"})
    assert (q.scale_min, q.scale_max) == (1, 7)
    assert q.source is DetectionSource.STRUCTURED


@pytest.mark.parametrize(
    ("type_name", "expected"),
    [
        ("single_choice", QuestionType.SINGLE_CHOICE),
        ("singleChoice", QuestionType.SINGLE_CHOICE),
        ("radio", QuestionType.SINGLE_CHOICE),
        ("multiple_choice", QuestionType.MULTIPLE_CHOICE),
        ("multipleChoice", QuestionType.MULTIPLE_CHOICE),
        ("multi_select", QuestionType.MULTIPLE_CHOICE),
        ("multiSelect", QuestionType.MULTIPLE_CHOICE),
        ("checkbox", QuestionType.MULTIPLE_CHOICE),
        ("ranking", QuestionType.RANKING),
        ("rank", QuestionType.RANKING),
    ],
)
def test_choice_type_aliases(type_name: str, expected: QuestionType) -> None:
    q = detect_question("Pick:", {"type": type_name, "options": ["A", "B", "C"]})
    assert q.type is expected
    assert q.options == ["A", "B", "C"]


@pytest.mark.parametrize("type_name", ["yes_no", "yesNo", "yesno", "boolean", "Yes/No", "binary"])
def test_yes_no_aliases(type_name: str) -> None:
    q = detect_question("Did you like it?", {"type": type_name})
    assert q.type is QuestionType.YES_NO
    assert q.options == ["Yes", "No"]


def test_option_shapes_and_other() -> None:
    obj = {
        "type": "single_choice",
        "options": [
            {"label": "Email", "value": "email"},
            {"text": "Phone"},
            "Chat",
            42,
            "",
            None,
            "chat",
        ],
        "allow_other": True,
    }
    q = detect_question("How should we reach you?", obj)
    assert q.options == ["Email", "Phone", "Chat", "42"]
    assert q.allow_other is True


def test_multiple_flag_turns_a_choice_into_multiple() -> None:
    q = detect_question("Which?", {"type": "choice", "choices": ["A", "B"], "allowMultiple": True})
    assert q.type is QuestionType.MULTIPLE_CHOICE


def test_structured_choice_without_options_uses_the_text_list() -> None:
    q = detect_question("Which one?\n1. Red\n2. Blue", {"type": "single_choice"})
    assert q.type is QuestionType.SINGLE_CHOICE
    assert q.options == ["Red", "Blue"]
    assert q.source is DetectionSource.STRUCTURED


def test_unusable_structured_object_falls_back_to_the_text() -> None:
    q = detect_question("Have you ever used it? (Yes/No)", {"type": "single_choice", "options": []})
    assert q.type is QuestionType.YES_NO
    assert q.source is DetectionSource.TEXT
    q = detect_question("Hello there", {"type": "mystery", "foo": 1})
    assert q.type is QuestionType.OPEN_ENDED


def test_structured_open_ended_wins_over_the_text() -> None:
    q = detect_question("Did you try it? (Yes/No)", {"type": "open_ended"})
    assert q.type is QuestionType.OPEN_ENDED
    assert q.source is DetectionSource.NONE


def test_nested_question_object() -> None:
    q = detect_question("Rate it", {"question": {"type": "scale", "scaleMin": 1, "scaleMax": 5}})
    assert (q.type, q.scale_min, q.scale_max) == (QuestionType.SCALE, 1, 5)


def test_structured_object_beats_embedded_json_and_text() -> None:
    content = 'Pick one\n```json\n{"type": "single_choice", "options": ["X", "Y"]}\n```'
    q = detect_question(content, {"type": "ranking", "options": ["A", "B"]})
    assert q.type is QuestionType.RANKING
    assert q.options == ["A", "B"]
    assert q.prompt == "Pick one"  # the machine block is still removed


@pytest.mark.parametrize(
    "wrap",
    [
        lambda j: f"Which do you use?\n\n```json\n{j}\n```",
        lambda j: f"Which do you use?\n```\n{j}\n```\n",
        lambda j: f"Which do you use? {j}",
        lambda j: f"Which do you use?\n{j}",
        lambda j: f"Which do you use?\n<!-- {j} -->",
    ],
)
def test_embedded_json_is_used_and_removed_from_the_prompt(wrap: Any) -> None:
    block = json.dumps(
        {"questionType": "multi_select", "choices": [{"label": "Slack"}, {"text": "Zoom"}]}
    )
    q = detect_question(wrap(block))
    assert q.type is QuestionType.MULTIPLE_CHOICE
    assert q.options == ["Slack", "Zoom"]
    assert q.source is DetectionSource.EMBEDDED_JSON
    assert q.prompt == "Which do you use?"


def test_embedded_json_between_text_keeps_both_sides() -> None:
    q = detect_question('Before {"type": "yes_no"} after?')
    assert q.type is QuestionType.YES_NO
    assert q.prompt == "Before after?"


def test_json_that_is_not_a_question_is_left_in_the_text() -> None:
    content = 'Your config was {"theme": "dark", "size": 3}. What made you pick dark mode?'
    q = detect_question(content)
    assert q.type is QuestionType.OPEN_ENDED
    assert q.prompt == content


def test_broken_json_block_falls_back_to_the_text() -> None:
    content = 'Have you used it? (Yes/No)\n```json\n{"type": "scale", "min": 1,\n```'
    q = detect_question(content)
    assert q.type is QuestionType.YES_NO
    assert q.source is DetectionSource.TEXT


@pytest.mark.parametrize(
    "obj",
    [
        {"type": "scale", "min": 5, "max": 1},
        {"type": "scale", "min": 1, "max": 1},
        {"type": "scale", "min": 0, "max": 10**9},
        {"type": "scale", "min": float("nan"), "max": 5},
        {"type": "scale", "min": True, "max": 5},
    ],
)
def test_invalid_scale_bounds_are_not_a_scale(obj: dict[str, Any]) -> None:
    q = detect_question("Tell me more.", obj)
    assert q.type is QuestionType.OPEN_ENDED


def test_structured_prompt_used_when_content_is_empty() -> None:
    q = detect_question("", {"type": "yes_no", "prompt": "Ready?"})
    assert q.prompt == "Ready?"


def test_locale_on_the_object_localises_yes_no() -> None:
    q = detect_question("Ok?", {"type": "boolean", "locale": "fr-FR"})
    assert q.options == ["Oui", "Non"]
    assert q.language == "fr"


def test_structured_object_sent_as_a_json_string() -> None:
    q = detect_question("Rate it", '{"type": "scale", "scaleMin": 1, "scaleMax": 5}')
    assert (q.type, q.scale_min, q.scale_max) == (QuestionType.SCALE, 1, 5)
    assert detect_question("Rate it", "{not json").type is QuestionType.OPEN_ENDED
