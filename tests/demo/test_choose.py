"""What a persona answers: the rules of its file, deterministic from its seed."""

from __future__ import annotations

from pathlib import Path

from koji_tui.demo.choose import decide
from koji_tui.demo.personas import Persona, load_persona
from koji_tui.questions import Question, QuestionType

NPS = Question(type=QuestionType.SCALE, prompt="How likely…?", scale_min=0, scale_max=10)
PLAN = Question(type=QuestionType.SINGLE_CHOICE, prompt="Which plan?", options=["Free", "Pro"])
TOOLS = Question(
    type=QuestionType.MULTIPLE_CHOICE, prompt="Which?", options=["Slack", "Zoom", "Notion", "Meet"]
)
RANK = Question(type=QuestionType.RANKING, prompt="Rank", options=["A", "B", "C", "D"])
HOME = Question(type=QuestionType.YES_NO, prompt="At home?", options=["Yes", "No"])
OPEN = Question(prompt="Tell me about your week.")


def persona(tmp_path: Path, body: str) -> Persona:
    path = tmp_path / "p.toml"
    path.write_text('display_name = "P"\n' + body, encoding="utf-8")
    return load_persona(path)


def test_scale_value_range_and_tendency(tmp_path: Path) -> None:
    fixed = persona(tmp_path, "[answers.scale]\nvalue = 12")
    assert decide(fixed, NPS).value == 10  # kept on the scale
    ranged = persona(tmp_path, "[answers.scale]\nrange = [6, 7]")
    assert {decide(ranged, NPS, key=str(k)).value for k in range(40)} == {6, 7}
    high = persona(tmp_path, '[answers.scale]\ntendency = "high"')
    low = persona(tmp_path, '[answers.scale]\ntendency = "low"')
    assert all(decide(high, NPS, key=str(k)).value >= 8 for k in range(30))
    assert all(decide(low, NPS, key=str(k)).value <= 3 for k in range(30))
    answer = decide(high, NPS)
    assert answer.via == "widget" and answer.text == str(answer.value)


def test_the_same_seed_gives_the_same_answers_and_another_seed_others(tmp_path: Path) -> None:
    p = persona(tmp_path, '[answers.scale]\ntendency = "any"')
    first = [decide(p, NPS, key=str(k)).value for k in range(20)]
    assert first == [decide(p, NPS, key=str(k)).value for k in range(20)]
    assert first != [decide(p, NPS, key=str(k), run_seed=1).value for k in range(20)]


def test_choices_by_label_or_position(tmp_path: Path) -> None:
    by_label = persona(tmp_path, '[answers.single_choice]\nlabel = "pro"')  # any case
    assert decide(by_label, PLAN).value == "Pro"
    by_position = persona(tmp_path, "[answers.single_choice]\nposition = 1")
    assert decide(by_position, PLAN).value == "Free"
    ticks = persona(tmp_path, '[answers.multiple_choice]\nlabels = ["Notion", "Slack"]')
    answer = decide(ticks, TOOLS)
    assert answer.value == ["Slack", "Notion"]  # in the options' order, as ticked
    assert answer.text == "Slack, Notion"
    counted = persona(tmp_path, "[answers.multiple_choice]\ncount = 2")
    assert len(decide(counted, TOOLS).value) == 2


def test_a_label_the_question_does_not_have_falls_back_to_a_pick(tmp_path: Path) -> None:
    p = persona(tmp_path, '[answers.single_choice]\nlabel = "Enterprise"')
    assert decide(p, PLAN).value in PLAN.options


def test_ranking_orders(tmp_path: Path) -> None:
    named = persona(tmp_path, '[answers.ranking]\nlabels = ["C", "A"]')
    assert decide(named, RANK).value == ["C", "A", "B", "D"]
    positions = persona(tmp_path, "[answers.ranking]\npositions = [4, 3, 2, 1]")
    assert decide(positions, RANK).value == ["D", "C", "B", "A"]
    reverse = persona(tmp_path, '[answers.ranking]\norder = "reversed"')
    assert decide(reverse, RANK).value == ["D", "C", "B", "A"]
    as_shown = persona(tmp_path, '[answers.ranking]\norder = "as_shown"')
    assert decide(as_shown, RANK).value == ["A", "B", "C", "D"]
    assert decide(as_shown, RANK).text == "1. A, 2. B, 3. C, 4. D"
    shuffled = persona(tmp_path, '[answers.ranking]\norder = "shuffled"')
    for k in range(20):
        order = decide(shuffled, RANK, key=str(k)).value
        assert sorted(order) == ["A", "B", "C", "D"] and order != ["A", "B", "C", "D"]


def test_yes_no_and_own_words(tmp_path: Path) -> None:
    yes = persona(tmp_path, "[answers.yes_no]\nvalue = true")
    answer = decide(yes, HOME)
    assert (answer.value, answer.text, answer.via) == (True, "Yes", "widget")
    hedge = persona(tmp_path, '[answers.id.home]\ntext = "Sometimes"')
    answer = decide(hedge, HOME, question_id="home")
    assert (answer.value, answer.text, answer.via) == (None, "Sometimes", "composer")
    assert not answer.structured


def test_free_text_pools_thin_answers_and_follow_ups(tmp_path: Path) -> None:
    p = persona(
        tmp_path,
        '[answers.open_ended]\npool = ["One long answer here.", "Another long answer."]\n'
        '[answers.follow_up]\npool = ["Because of the price."]\n'
        '[answers.id.week]\npool = ["We meet on Mondays."]\nthin = ["Busy."]\nthin_share = 0.5\n'
        'follow_up = ["Monday is planning day."]\n',
    )
    first = decide(p, OPEN)
    assert first.text in ("One long answer here.", "Another long answer.")
    second = decide(p, OPEN, used=[first.text])
    assert second.text != first.text  # nothing said twice while the pool lasts
    answers = {decide(p, OPEN, question_id="week", key=str(k)).text for k in range(30)}
    assert answers == {"We meet on Mondays.", "Busy."}
    thin = next(a for k in range(30) if (a := decide(p, OPEN, question_id="week", key=str(k))).thin)
    assert thin.text == "Busy."
    probe = Question(prompt="Could you tell me more?")
    assert decide(p, probe, follow_up_of="week").text == "Monday is planning day."
    assert decide(p, probe, follow_up_of="other").text == "Because of the price."
    assert decide(p, probe, follow_up_of="week").kind == "follow_up"


def test_a_persona_without_pools_still_answers_in_its_language(tmp_path: Path) -> None:
    p = persona(tmp_path, 'locale = "es"')
    answer = decide(p, OPEN)
    assert answer.via == "composer" and len(answer.text.split()) >= 4
    assert "pero" in answer.text or "aunque" in answer.text
