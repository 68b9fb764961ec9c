"""The interview controller alone (no Textual) against the sandbox over HTTP: start, answer,
streaming, completing with each reason, reopening, subscribers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from koji_tui.journal import Journal
from koji_tui.session import SessionError
from koji_tui.session.events import (
    COMPLETION_REASONS,
    AnswerDelivered,
    Completed,
    Failed,
    Phase,
    QuestionAsked,
    ReadyToComplete,
    ReplyDelta,
    ReplyFinished,
    Started,
    TranscriptLoaded,
    TurnAdded,
)

from .conftest import Rig, client_for, user_answers


def test_the_controller_imports_no_textual() -> None:
    code = (
        "import sys; import koji_tui.session.controller, koji_tui.session.events; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')); "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


async def _answer_until_done(rig: Rig, limit: int = 30) -> list[str]:
    """Answer every question (structured ones by their first option) until the interviewer
    is done; returns the answers sent."""
    sent: list[str] = []
    controller = rig.controller
    while not controller.state.ready_to_complete and len(sent) < limit:
        question = controller.state.question
        text = f"Answer {len(sent) + 1}: it saves me an hour a day."
        value: Any = None
        if question is not None and question.is_structured:
            if question.options:
                text, value = question.options[0], question.options[0]
                if question.type.value in ("multiple_choice", "ranking"):
                    value = [question.options[0]]
            elif question.scale_max is not None:
                text, value = str(question.scale_max), question.scale_max
            elif question.type.value == "yes_no":
                text, value = "Yes", True
        await controller.answer(text, value)
        assert controller.state.pending is None, rig.recorder.names
        sent.append(text)
    return sent


async def test_start_publishes_the_opening_turn_and_its_question(rig: Rig) -> None:
    await rig.controller.start(respondent={"display_name": "Ana"}, locale="en")
    state = rig.controller.state
    assert state.phase is Phase.ACTIVE and state.interview_id and state.record_id
    names = rig.recorder.names
    assert names[:3] == ["StateChanged", "Started", "TurnAdded"], names
    opening = rig.recorder.of(TurnAdded)[0].turn
    assert opening.role == "interviewer" and opening.number == 1 and opening.text
    assert rig.recorder.of(Started)[0].state.interview_id == state.interview_id
    record = rig.journal.get(state.record_id)
    assert record.turns[0].content == opening.text


async def test_an_answer_streams_is_delivered_once_and_is_journaled(rig: Rig) -> None:
    await rig.controller.start()
    await rig.controller.answer("It saves me about an hour a day.")
    rec = rig.recorder
    sending = rec.of(TurnAdded)[1].turn
    assert sending.role == "respondent" and sending.state == "sending"
    assert rec.of(ReplyDelta), "the reply streamed"
    delivered = rec.of(AnswerDelivered)[0]
    assert delivered.turn.key == sending.key and delivered.turn.state == "sent"
    assert delivered.turn.number == 2 and not delivered.reconciled
    reply = rec.of(ReplyFinished)[0]
    assert reply.streamed and reply.turn.number == 3 and reply.turn.role == "interviewer"
    assert reply.turn.text == "".join(d.text for d in rec.of(ReplyDelta))
    assert rec.names.index("AnswerDelivered") < rec.names.index("ReplyFinished")
    async with client_for(rig.srv) as check:
        interview = await check.get_interview(rig.controller.state.interview_id)
    assert user_answers(interview) == ["It saves me about an hour a day."]
    record = rig.journal.get(rig.controller.state.record_id)
    assert [t.state for t in record.turns] == ["received", "sent", "received"]
    assert rig.controller.state.turn_count == 3


async def test_a_reply_finished_is_a_turn_added_for_observers(rig: Rig) -> None:
    await rig.controller.start()
    await rig.controller.answer("Fine.")
    turns = [e.turn for e in rig.recorder.of(TurnAdded)]
    assert [t.role for t in turns] == ["interviewer", "respondent", "interviewer"]


async def test_structured_questions_are_published_with_the_detected_question(rig: Rig) -> None:
    await rig.controller.start()
    await _answer_until_done(rig)
    asked = rig.recorder.of(QuestionAsked)
    assert asked and any(e.question.is_structured for e in asked), [e.question.type for e in asked]
    assert rig.recorder.of(ReadyToComplete)


@pytest.mark.parametrize("reason", COMPLETION_REASONS)
async def test_complete_with_each_reason(rig: Rig, reason: str) -> None:
    await rig.controller.start()
    await rig.controller.answer("Fine.")
    await rig.controller.complete(reason)
    done = rig.recorder.of(Completed)
    assert len(done) == 1 and done[0].reason == reason
    assert rig.controller.state.phase is Phase.COMPLETED
    record = rig.journal.get(rig.controller.state.record_id)
    assert record.status == "completed" and record.completion_reason == reason
    async with client_for(rig.srv) as check:
        interview = await check.get_interview(rig.controller.state.interview_id)
    assert interview.status == "completed" and interview.completion_reason == reason
    with pytest.raises(SessionError):
        rig.controller.answer("One more")


async def test_a_whole_interview_to_its_natural_end(rig: Rig) -> None:
    await rig.controller.start()
    sent = await _answer_until_done(rig)
    assert rig.controller.state.ready_to_complete and rig.controller.state.status_text == (
        "ready to complete"
    )
    await rig.controller.complete("natural")
    score = rig.recorder.of(Completed)[0].quality_score
    assert score is not None and rig.controller.state.quality_score == score
    async with client_for(rig.srv) as check:
        interview = await check.get_interview(rig.controller.state.interview_id)
    assert user_answers(interview) == sent


async def test_an_answer_that_cannot_be_taken_is_refused_before_anything_is_written(
    rig: Rig,
) -> None:
    with pytest.raises(SessionError, match="not running"):
        rig.controller.answer("too early")
    await rig.controller.start()
    with pytest.raises(SessionError, match="empty"):
        rig.controller.answer("   ")
    record = rig.journal.get(rig.controller.state.record_id)
    assert len(record.turns) == 1
    with pytest.raises(SessionError, match="Nothing to resend"):
        rig.controller.resend()


async def test_reopen_from_the_server_shows_the_journal_first_then_continues(
    rig: Rig,
) -> None:
    await rig.controller.start(respondent={"display_name": "Ana"})
    await rig.controller.answer("First answer.")
    record_id = rig.controller.state.record_id
    await rig.controller.close()
    rig.controller = rig.new_controller()
    await rig.controller.open(record_id)
    loads = rig.recorder.of(TranscriptLoaded)
    assert [e.preview for e in loads] == [True, False]
    assert [t.text for t in loads[1].turns][1] == "First answer."
    assert [t.number for t in loads[1].turns] == [1, 2, 3]
    state = rig.controller.state
    assert state.phase is Phase.ACTIVE and state.respondent == {"display_name": "Ana"}
    assert rig.recorder.of(QuestionAsked), "the last question is offered again"
    assert not rig.recorder.of(Failed)
    await rig.controller.answer("Second answer.")
    assert rig.recorder.of(AnswerDelivered)[0].turn.number == 4


async def test_reopen_from_the_journal_when_the_server_is_down(rig: Rig) -> None:
    await rig.controller.start()
    await rig.controller.answer("First answer.")
    record_id = rig.controller.state.record_id
    await rig.controller.close()
    await rig.srv.stop()
    rig.controller = rig.new_controller()
    await rig.controller.open(record_id)
    loads = rig.recorder.of(TranscriptLoaded)
    assert [e.preview for e in loads] == [True, False]
    failed = rig.recorder.of(Failed)
    assert failed and failed[0].action == "open" and failed[0].problem.offline
    assert "journal" in failed[0].problem.message
    assert rig.controller.state.offline


async def test_reopen_of_an_interview_the_server_does_not_know(rig: Rig, make_server: Any) -> None:
    await rig.controller.start()
    record_id = rig.controller.state.record_id
    await rig.controller.close()
    async with make_server() as other:  # same study keys, none of this sandbox's interviews
        rig.controller = rig.new_controller(other)
        await rig.controller.open(record_id)
        failed = rig.recorder.of(Failed)
        assert failed and "404" in failed[0].problem.message
        assert rig.controller.state.phase is Phase.UNAVAILABLE
        with pytest.raises(SessionError):
            rig.controller.answer("lost")


async def test_every_subscriber_sees_every_event_and_a_broken_one_harms_none(rig: Rig) -> None:
    seen: list[str] = []

    def broken(event: Any) -> None:
        raise RuntimeError("a subscriber bug")

    rig.controller.subscribe(broken)
    unsubscribe = rig.controller.subscribe(lambda e: seen.append(type(e).__name__))
    await rig.controller.start()
    await rig.controller.answer("Fine.")
    assert seen == rig.recorder.names
    unsubscribe()
    await rig.controller.complete("manual")
    assert "Completed" in rig.recorder.names and "Completed" not in seen


async def test_a_draft_is_journaled_once_per_change(rig: Rig, tmp_path: Path) -> None:
    await rig.controller.start()
    first = rig.controller.save_draft("half an ans")
    assert first is not None
    await first
    assert rig.controller.save_draft("half an ans") is None  # unchanged: no write
    await rig.controller.save_draft("half an answer", final=True)
    await rig.controller.close()
    assert Journal(tmp_path / "journal.sqlite").draft(rig.controller.state.record_id) == (
        "half an answer"
    )


async def test_reopen_with_the_server_down_holds_the_journals_turns_once(rig: Rig) -> None:
    """The preview's copy is brought up to date, not read whole a second time: while the
    client retries an unreachable server, a long interview's turns are held once. An answer
    journaled (by another window) between the preview and the session is still in it."""
    from koji_tui.session.events import Problem
    from koji_tui.session.reopen import open_interview

    await rig.controller.start()
    await rig.controller.answer("First answer.")
    record_id = rig.controller.state.record_id
    await rig.controller.close()
    await rig.srv.stop()
    previews: list[Any] = []
    other = Journal(rig.journal.path)

    def preview(record: Any) -> None:
        previews.append(record)
        other.add_pending_answer(record_id, "Typed in another window.")

    async def clients() -> Any:
        client = client_for(rig.srv)
        rig.clients.append(client)
        return client

    outcome = await open_interview(
        rig.journal,
        clients,
        record_id,
        study_name="Onboarding",
        describe=lambda exc, action: Problem(message=str(exc), offline=True),
        on_preview=preview,
    )
    other.close()
    assert outcome.session is not None and outcome.session.record is outcome.record
    (seen,) = previews
    held = outcome.record
    assert held is not None and len(held.turns) == len(seen.turns) + 1
    assert all(a is b for a, b in zip(held.turns, seen.turns, strict=False)), "a second copy"
    assert held.turns[-1].content == "Typed in another window."
    assert held.pending_turn is not None
