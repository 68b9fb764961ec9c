"""Journal.merge_server_transcript places an unsent answer by POSITION, never by text alone: it is
the server's answer number (answers confirmed + 1), after the interviewer messages the journal
holds, with the same text and a reply; anything less leaves it pending. An empty opening in the
journal takes the server's text. Unit tests with crafted transcripts, then real HTTP on 127.0.0.1
(a programmable interview and the sandbox) through InterviewSession.resume."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from koji_tui.api import KojiClient, UnknownOutcomeError
from koji_tui.journal import Journal
from koji_tui.journal.merge import plan_merge, server_messages
from koji_tui.journal.store import InterviewRecord
from koji_tui.session import InterviewSession
from tests.api.canned import Canned, canned_server
from tests.api.fake_interview import KEY, TOKEN, FakeInterview


def _journal(opening: str, *answers: tuple[str, str]) -> tuple[Journal, InterviewRecord]:
    """A journal: the opening, then ``answers`` (text, state); each sent one has reply Q2, Q3..."""
    journal = Journal()
    record = journal.create_interview(
        study_name="S",
        base_url="http://srv",
        interview_id="int_1",
        session_token=TOKEN,
        opening_message=opening,
    )
    replies = 1
    for text, state in answers:
        turn = journal.add_pending_answer(record, text)
        if state == "sent":
            replies += 1
            journal.record_reply(turn, f"Q{replies}")
        elif state == "discarded":
            journal.discard_pending(turn)
    return journal, journal.get(record)


def _server(*messages: str) -> list[dict[str, str]]:
    """``"A:text"`` an interviewer message, ``"U:text"`` an answer."""
    role = {"A": "assistant", "U": "user"}
    return [{"role": role[m[0]], "content": m[2:]} for m in messages]


def _turns(record: InterviewRecord) -> list[tuple[str, str, str]]:
    return [(t.role[0].upper(), t.content, t.state) for t in record.turns]


def _merge(journal: Journal, record: InterviewRecord, server: list[Any]) -> InterviewRecord:
    merged = journal.merge_server_transcript(record, server, status="active")
    assert [t.seq for t in merged.turns] == sorted({t.seq for t in merged.turns})
    again = journal.merge_server_transcript(merged, server, status="active")
    assert again.turns == merged.turns  # a second merge changes nothing
    return merged


def test_an_earlier_identical_answer_is_not_the_unsent_one() -> None:
    """The reproduction: the journal's opening is "" (the start reply had none), the server's
    is "Hello"; the server has the first "Yes" only. The second "Yes" stays pending."""
    journal, record = _journal("", ("Yes", "sent"), ("Yes", "pending"))
    merged = _merge(journal, record, _server("A:Hello", "U:Yes", "A:Q2"))
    assert _turns(merged) == [
        ("A", "Hello", "received"),
        ("U", "Yes", "sent"),
        ("A", "Q2", "received"),
        ("U", "Yes", "pending"),
    ]
    assert [p.turn.id for p in journal.pending_answers()] == [record.turns[-1].id]


def test_an_empty_opening_takes_the_servers_text() -> None:
    journal, record = _journal("", ("Yes", "sent"))
    merged = _merge(journal, record, _server("A:Hello", "U:Yes", "A:Q2"))
    assert _turns(merged) == [
        ("A", "Hello", "received"),
        ("U", "Yes", "sent"),
        ("A", "Q2", "received"),
    ]
    assert merged.turns[0].id == record.turns[0].id


def test_an_empty_opening_the_server_does_not_have_is_kept() -> None:
    journal, record = _journal("", ("Yes", "pending"))
    merged = _merge(journal, record, _server("U:Yes", "A:Q2"))
    assert _turns(merged) == [("A", "", "received"), ("U", "Yes", "sent"), ("A", "Q2", "received")]


def test_the_server_with_the_answer_marks_it_sent_once() -> None:
    journal, record = _journal("", ("Yes", "sent"), ("Yes", "pending"))
    merged = _merge(journal, record, _server("A:Hello", "U:Yes", "A:Q2", "U: Yes ", "A:Q3"))
    assert _turns(merged) == [
        ("A", "Hello", "received"),
        ("U", "Yes", "sent"),
        ("A", "Q2", "received"),
        ("U", "Yes", "sent"),
        ("A", "Q3", "received"),
    ]
    assert merged.turns[3].id == record.turns[3].id and journal.pending_answers() == []


def test_the_server_missing_the_answer_leaves_it_pending() -> None:
    journal, record = _journal("Q1", ("Yes", "sent"), ("Yes", "pending"))
    merged = _merge(journal, record, _server("A:Q1", "U:Yes", "A:Q2"))
    assert merged.turns == record.turns


def test_an_extra_interviewer_message_goes_before_the_answer() -> None:
    journal, record = _journal("Q1", ("Yes", "sent"), ("Yes", "pending"))
    merged = _merge(journal, record, _server("A:Q1", "U:Yes", "A:Q2", "A:Q2b", "U:Yes", "A:Q3"))
    assert [(r, c) for r, c, _ in _turns(merged)] == [
        ("A", "Q1"),
        ("U", "Yes"),
        ("A", "Q2"),
        ("A", "Q2b"),
        ("U", "Yes"),
        ("A", "Q3"),
    ]
    assert journal.pending_answers() == []


def test_an_extra_interviewer_message_with_the_answer_absent_keeps_it_last_and_pending() -> None:
    journal, record = _journal("Q1", ("Yes", "pending"))
    merged = _merge(journal, record, _server("A:Q1", "A:Q1b"))
    assert _turns(merged) == [
        ("A", "Q1", "received"),
        ("A", "Q1b", "received"),
        ("U", "Yes", "pending"),
    ]


def test_an_interviewer_message_the_journal_lacks_in_its_history_is_adopted_in_place() -> None:
    journal, record = _journal("Q1", ("Yes", "sent"), ("No", "sent"))
    merged = _merge(journal, record, _server("A:Q1", "U:Yes", "A:Q2", "A:Q2b", "U:No", "A:Q3"))
    assert [c for _, c, _ in _turns(merged)] == ["Q1", "Yes", "Q2", "Q2b", "No", "Q3"]


def test_another_answer_where_the_unsent_one_would_be_adopts_nothing_from_there() -> None:
    """Adopting "No" as the journal's answer 1 would move "Yes" to answer 2: a resend would
    then find its place empty and send it, though the server's "No" may stand for it."""
    journal, record = _journal("Q1", ("Yes", "pending"))
    merged = _merge(journal, record, _server("A:Q1", "U:No", "A:Q2"))
    assert merged.turns == record.turns


def test_two_unsent_candidates_with_the_servers_text_mark_neither() -> None:
    journal, record = _journal("Q1", ("Yes", "discarded"), ("Yes", "pending"))
    merged = _merge(journal, record, _server("A:Q1", "U:Yes", "A:Q2"))
    assert merged.turns == record.turns


def test_the_plan_says_why_the_unsent_answer_was_not_placed() -> None:
    _, record = _journal("Q1", ("Yes", "discarded"), ("Yes", "pending"))
    plan = plan_merge(record.turns, server_messages(_server("A:Q1", "U:Yes")), completed=False)
    assert plan.reason == "several unsent answers could be the server's"
    assert not plan.changes(record.turns)


def test_an_empty_reply_the_server_does_not_show_does_not_stop_the_merge() -> None:
    journal, record = _journal("Q1", ("Yes", "sent"))
    empty = journal.add_assistant_turn(record, "")
    journal.add_pending_answer(record, "No")
    record = journal.get(record)
    merged = _merge(journal, record, _server("A:Q1", "U:Yes", "A:Q2", "U:No", "A:Q3"))
    assert [t.id for t in merged.turns][:4] == [t.id for t in record.turns][:4]
    assert empty.id in [t.id for t in merged.turns]
    assert _turns(merged)[-2:] == [("U", "No", "sent"), ("A", "Q3", "received")]


def test_a_discarded_answer_and_the_pending_one_both_on_the_server_in_order() -> None:
    journal, record = _journal("Q1", ("No", "discarded"), ("Yes", "pending"))
    merged = _merge(journal, record, _server("A:Q1", "U:No", "A:Q2", "U:Yes", "A:Q3"))
    assert _turns(merged) == [
        ("A", "Q1", "received"),
        ("U", "No", "sent"),
        ("A", "Q2", "received"),
        ("U", "Yes", "sent"),
        ("A", "Q3", "received"),
    ]


def test_a_discarded_answer_the_server_never_got_is_passed_over() -> None:
    journal, record = _journal("Q1", ("No", "discarded"), ("Yes", "pending"))
    merged = _merge(journal, record, _server("A:Q1", "U:Yes", "A:Q2"))
    assert _turns(merged) == [
        ("A", "Q1", "received"),
        ("U", "No", "discarded"),
        ("U", "Yes", "sent"),
        ("A", "Q2", "received"),
    ]


@pytest.mark.parametrize(("status", "state"), [("active", "pending"), ("completed", "sent")])
def test_the_answer_without_a_reply_stays_pending_until_the_interview_is_completed(
    status: str, state: str
) -> None:
    """As resend_pending does: the answer is sent once its reply is journaled (or nothing more
    will come); until then a resend finds it there and sends nothing."""
    journal, record = _journal("Q1", ("Yes", "pending"))
    merged = journal.merge_server_transcript(record, _server("A:Q1", "U:Yes"), status=status)
    assert _turns(merged)[-1] == ("U", "Yes", state)
    assert len(merged.turns) == 2


def test_a_transcript_that_contradicts_the_history_changes_no_turn() -> None:
    journal, record = _journal("Q1", ("Yes", "sent"), ("Maybe", "pending"))
    merged = _merge(journal, record, _server("A:Q1", "U:No", "A:Other", "U:Maybe", "A:Q3"))
    assert merged.turns == record.turns


def test_answers_from_elsewhere_are_adopted_when_nothing_is_unsent() -> None:
    journal, record = _journal("Q1", ("Yes", "sent"))
    merged = _merge(journal, record, _server("A:Q1", "U:Yes", "A:Q2", "U:Yes", "A:Q3"))
    assert _turns(merged)[3:] == [("U", "Yes", "sent"), ("A", "Q3", "received")]


# ---------------------------------------------------------------- real HTTP, through resume()


@pytest.fixture
async def canned() -> AsyncIterator[Canned]:
    async with canned_server() as server:
        yield server


def _client(canned: Canned) -> KojiClient:
    return KojiClient(canned.base_url, KEY, backoff_base=0.01, reconcile_interval=0.05)


def _silent_opening(fake: FakeInterview) -> None:
    """The start reply has an empty initial_message; the transcript's opening is "Hello"."""

    def start(request: Request, body: Any) -> Response:
        fake.messages = [("assistant", "Hello")]
        return JSONResponse(
            {"interview_id": fake.interview_id, "session_token": TOKEN, "initial_message": ""},
            status_code=201,
        )

    fake.canned.on("POST", "/start", start)


async def test_a_second_yes_left_unsent_by_a_crash_is_resent_after_reopening(
    canned: Canned,
) -> None:
    fake = FakeInterview(canned)
    _silent_opening(fake)
    journal = Journal()
    async with _client(canned) as first:
        session = InterviewSession(first, journal, study_name="S")
        start = await session.start()
        await session.answer("Yes")
        assert session.record is not None
        journal.add_pending_answer(session.record, "Yes")  # written, then the app died
    async with _client(canned) as fresh:
        reopened = await InterviewSession.resume(fresh, journal, start.interview_id)
        assert reopened.pending is not None and reopened.pending.content == "Yes"
        assert reopened.record is not None and reopened.record.turns[0].content == "Hello"
        result = await reopened.resend_pending()
    assert result is not None and not result.reconciled
    assert fake.posted == ["Yes", "Yes"] and fake.users() == ["Yes", "Yes"]
    assert reopened.record is not None
    assert [(t.content, t.state) for t in reopened.record.turns] == [
        ("Hello", "received"),
        ("Yes", "sent"),
        ("Q2", "received"),
        ("Yes", "sent"),
        ("Q3", "received"),
    ]


async def test_reopening_with_another_answer_in_its_place_sends_nothing(canned: Canned) -> None:
    """The server has "No" where the journal's unsent "Yes" would be: the merge does not adopt
    "No" (that would make the resend send "Yes" as answer 2); the resend refuses."""
    fake = FakeInterview(canned).answered("No")
    journal = Journal()
    record = journal.create_interview(
        study_name="S",
        base_url=canned.base_url,
        interview_id="int_1",
        session_token=TOKEN,
        opening_message="Q1",
    )
    journal.add_pending_answer(record, "Yes")
    async with _client(canned) as client:
        reopened = await InterviewSession.resume(client, journal, "int_1")
        assert reopened.pending is not None and reopened.pending.content == "Yes"
        with pytest.raises(UnknownOutcomeError, match="another answer"):
            await reopened.resend_pending()
    assert fake.posted == [] and fake.users() == ["No"]
    assert [t.content for t in journal.get(record).turns] == ["Q1", "Yes"]


async def test_sandbox_reopened_with_a_second_yes_unsent_delivers_it_once(
    koji_sandbox: Any,
) -> None:
    study = next(
        (s for s in koji_sandbox.studies if "text" in [str(m) for m in getattr(s, "modes", [])]),
        koji_sandbox.studies[0],
    )
    journal = Journal()

    def client() -> KojiClient:
        return KojiClient(koji_sandbox.base_url, koji_sandbox.key(study.id), backoff_base=0.02)

    async with client() as first:
        session = InterviewSession(first, journal, study_name="S")
        start = await session.start()
        await session.answer("Yes")
        assert session.record is not None
        journal.add_pending_answer(session.record, "Yes")
    async with client() as fresh:
        reopened = await InterviewSession.resume(fresh, journal, start.interview_id)
        assert reopened.pending is not None
        await reopened.resend_pending()
        interview = await fresh.get_interview(start.interview_id)
    assert [m.content for m in interview.messages if m.role == "user"] == ["Yes", "Yes"]
    assert reopened.record is not None
    assert [t.content for t in reopened.record.turns] == [m.content for m in interview.messages]
    assert journal.pending_answers() == []
