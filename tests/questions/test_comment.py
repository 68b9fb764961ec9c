"""An optional invitation to say why, after a structured question (koji_tui.questions.comment)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from koji_tui.questions import QuestionType, detect_question
from koji_tui.questions.comment import without_invitation
from tests.questions.cases import Case
from tests.questions.corpus_session17 import SESSION17
from tests.questions.test_invariance import FAST, emphasise, respace, signature


def test_the_invitation_goes_and_the_instruction_stays() -> None:
    """The end of a sentence is cut after "and", a semicolon or a dash: what tells how to
    answer stays ("Puede marcar varios", "Mehrfachnennungen möglich")."""
    listed = "¿Qué medios de pago ha usado?\n• Tarjeta\n• Efectivo\n"
    spanish = without_invitation(listed + "Puede marcar varios y, si lo desea, comentar por qué.")
    assert spanish == (listed + "Puede marcar varios", True)
    german = "Welche Kanäle nutzen Sie?\n- E-Mail\n- Chat\nMehrfachnennungen möglich – gerne auch mit Begründung."
    assert without_invitation(german).text.endswith("- Chat\nMehrfachnennungen möglich")
    yes_no = without_invitation("Do you use it? Yes or no is fine, and feel free to say why.")
    assert yes_no == ("Do you use it? Yes or no is fine", True)
    # the shortest end is cut: the last option stays
    inline = without_invitation("Pick one: Basic, Pro and Enterprise, and feel free to say why.")
    assert inline == ("Pick one: Basic, Pro and Enterprise", True)
    # no "and" is left hanging
    portuguese = without_invitation("Você voltaria? E, se quiser, conte o motivo.")
    assert portuguese == ("Você voltaria?", True)


def test_a_sentence_that_tells_how_to_answer_is_never_cut_whole() -> None:
    """ "Sie können gerne mehrere ankreuzen und Ihre Wahl begründen." opens like an invitation
    but says the participant may pick several: cut whole, the multiple choice would be lost."""
    text = (
        "Welche Kanäle nutzen Sie?\n- E-Mail\n- Telefon\n- Chat\n"
        "Sie können gerne mehrere ankreuzen und Ihre Wahl begründen."
    )
    question = detect_question(text)
    assert question.type is QuestionType.MULTIPLE_CHOICE
    assert question.options == ["E-Mail", "Telefon", "Chat"]


def test_nothing_is_cut_from_what_is_no_invitation() -> None:
    assert without_invitation("Which plan are you on: Basic, Pro or Enterprise?") is None
    assert without_invitation("Which plan? Basic, Pro or Enterprise. Tell me why.") is None  # asked
    assert without_invitation("Feel free to tell me why you left.") is None  # the whole message
    # a story asked for, not a reason: after an implicit yes/no, "what happened" stays the ask
    story = "Did it break? Feel free to tell me what happened."
    assert without_invitation(story) == ("Did it break?", False)
    assert not detect_question(story).is_structured
    told = "Did it break, yes or no? Feel free to tell me what happened."
    assert detect_question(told).type is QuestionType.YES_NO
    # a question of its own: "which …, and why?" is answered in one's own words
    assert without_invitation("Which do you prefer, and why? Feel free.") is None
    # a reason asked both ways is the ask; "optional" said of the question is no invitation
    assert without_invitation("Is that typical? Tell me why or why not, if you like.") is None
    assert without_invitation("Is that typical? (optional) Tell me why.") is None
    assert without_invitation("Is that typical? Tell me why. This question is optional.") is None


def test_what_is_left_must_still_ask() -> None:
    """A summary followed by an invitation asks nothing once the invitation is gone."""
    summary = (
        "Here's the order you gave: Speed, then Price, then Support. Feel free to explain why."
    )
    assert without_invitation(summary) is None
    assert not detect_question(summary).is_structured


def test_the_widget_prompt_keeps_the_invitation() -> None:
    """Only the reading leaves the invitation out: the participant still sees it (and can type a
    reason in the composer beside the widget)."""
    text = "Which plan are you on: Basic, Pro or Enterprise? Feel free to tell me why."
    question = detect_question(text)
    assert question.type is QuestionType.SINGLE_CHOICE
    assert question.prompt.endswith("Feel free to tell me why.")


@FAST
@given(st.sampled_from(SESSION17), st.integers(0, 10**6))
def test_the_batches_read_alike_respaced_and_emphasised(case: Case, seed: int) -> None:
    reference = signature(detect_question(case.text))
    assert signature(detect_question(respace(case.text, seed))) == reference
    assert signature(detect_question(emphasise(case.text, seed))) == reference
