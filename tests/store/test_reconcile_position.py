"""A reopened interview (InterviewSession.resume with a fresh client) answered "Yes" where an
earlier turn was "Yes" too: when the send fails before the server stored it, the answer must still
reach the server, never be marked sent because of the earlier "Yes". The resend path checks by
position too. Real HTTP on 127.0.0.1: the sandbox and a programmable interview."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from koji_tui.api import KojiClient
from koji_tui.journal import Journal
from koji_tui.session import InterviewSession
from tests.api.canned import Canned, canned_server
from tests.api.fake_interview import KEY, TOKEN, Counting, FakeInterview


@pytest.fixture
async def canned() -> AsyncIterator[Canned]:
    async with canned_server() as server:
        yield server


def _sandbox_client(srv: Any) -> KojiClient:
    study = next(
        (s for s in srv.studies if "text" in [str(m) for m in getattr(s, "modes", ["text"])]),
        srv.studies[0],
    )
    return KojiClient(srv.base_url, srv.key(study.id), backoff_base=0.02, reconcile_interval=0.05)


def _fake_client(canned: Canned) -> KojiClient:
    return KojiClient(canned.base_url, KEY, backoff_base=0.01, reconcile_interval=0.05)


def _journaled_answers(session: InterviewSession) -> list[tuple[str, str]]:
    assert session.record is not None
    return [(t.content, t.state) for t in session.record.turns if t.role == "user"]


async def _answered_yes_then_reopened(
    make_client: Any, journal: Journal
) -> tuple[str, KojiClient, InterviewSession]:
    """Start, answer "Yes", close; then reopen in a 'new process' (a fresh client)."""
    async with make_client() as first:
        session = InterviewSession(first, journal, study_name="Study")
        start = await session.start()
        await session.answer("Yes")
        await session.close()
    fresh = make_client()
    reopened = await InterviewSession.resume(fresh, journal, start.interview_id)
    assert reopened.driven_elsewhere is None
    return start.interview_id, fresh, reopened


@pytest.mark.parametrize(("kind", "after"), [("drop", False), ("500", False), ("drop", True)])
async def test_a_reopened_interview_delivers_a_second_yes(
    koji_sandbox: Any, kind: str, after: bool
) -> None:
    from koji_tui.server import Fault

    journal = Journal()
    iid, fresh, session = await _answered_yes_then_reopened(
        lambda: _sandbox_client(koji_sandbox), journal
    )
    async with fresh:
        koji_sandbox.faults.enqueue(Fault(kind=kind, endpoint="message", after_processing=after))
        result = await session.answer("Yes")
        assert result.reconciled is after
        interview = await fresh.get_interview(iid)
    server_yes = [m.content for m in interview.messages if m.role == "user"]
    assert server_yes == ["Yes", "Yes"]
    assert _journaled_answers(session) == [("Yes", "sent"), ("Yes", "sent")]
    assert session.pending is None
    assert result.content == interview.messages[-1].content


@pytest.mark.parametrize("counting", ["missing", "assistants"])
async def test_a_reopened_interview_delivers_a_second_yes_whatever_turn_count_counts(
    canned: Canned, counting: Counting
) -> None:
    fake = FakeInterview(canned, counting=counting)
    journal = Journal()
    _, fresh, session = await _answered_yes_then_reopened(lambda: _fake_client(canned), journal)
    async with fresh:
        fake.faults = ["cut-before"]
        looks = sum(1 for s in canned.seen if s.method == "GET")
        result = await session.answer("Yes")
    assert result.reconciled is False and result.content == "Q3"
    # the session told the client where the answer goes (from the journal): the only look at
    # the transcript is the reconcile after the cut, none before sending
    assert sum(1 for s in canned.seen if s.method == "GET") == looks + 1
    assert fake.posted == ["Yes", "Yes", "Yes"]
    assert fake.users() == ["Yes", "Yes"]
    assert _journaled_answers(session) == [("Yes", "sent"), ("Yes", "sent")]


# --------------------------------------------------------------------------- the resend path


async def _offline_reopen(
    canned: Canned, journal: Journal, answers: list[tuple[str, str]]
) -> tuple[KojiClient, InterviewSession]:
    """A journal with ``answers`` (text, state) after the opening "Q1" (each sent one followed by
    its reply), reopened while the server was unreachable (no merge with its transcript)."""
    record = journal.create_interview(
        study_name="Study",
        base_url=canned.base_url,
        interview_id="int_1",
        session_token=TOKEN,
        opening_message="Q1",
        turn_count=1,
    )
    replies = 1
    for text, state in answers:
        turn = journal.add_pending_answer(record.record_id, text)
        if state == "sent":
            replies += 1
            journal.record_reply(turn, f"Q{replies}")
        elif state == "discarded":
            journal.discard_pending(turn)
    client = _fake_client(canned)
    session = await InterviewSession.resume(client, journal, "int_1", online=False)
    return client, session


async def test_resend_never_sends_again_when_another_answer_sits_in_its_place(
    canned: Canned,
) -> None:
    """The journal discarded "No" (its fate was unknown) but the server had it, and has the
    pending "Yes" after it: the journal's place for "Yes" holds "No". Whether "Yes" is there
    cannot be told from the journal's position, so nothing is sent (it was sent twice)."""
    from koji_tui.api import UnknownOutcomeError

    fake = FakeInterview(canned).answered("No", "Yes")
    client, session = await _offline_reopen(
        canned, Journal(), [("No", "discarded"), ("Yes", "pending")]
    )
    async with client:
        with pytest.raises(UnknownOutcomeError, match="another answer"):
            await session.resend_pending()
    assert fake.posted == []
    assert fake.users() == ["No", "Yes"]
    assert session.pending is not None and session.pending.content == "Yes"


@pytest.mark.parametrize("stored", [False, True])
async def test_resend_of_a_second_yes_goes_by_position(canned: Canned, stored: bool) -> None:
    fake = FakeInterview(canned).answered(*(["Yes", "Yes"] if stored else ["Yes"]))
    client, session = await _offline_reopen(
        canned, Journal(), [("Yes", "sent"), ("Yes", "pending")]
    )
    async with client:
        fake.faults = ["cut-before"]  # a cut send is reconciled at the journal's position
        result = await session.resend_pending()
    assert result is not None and result.content == "Q3"
    assert result.reconciled is stored
    assert fake.users() == ["Yes", "Yes"]
    assert fake.posted == ([] if stored else ["Yes", "Yes"])
    assert _journaled_answers(session) == [("Yes", "sent"), ("Yes", "sent")]


def test_a_discarded_answer_with_the_same_text_makes_the_place_unknown() -> None:
    """Discarded "Yes", then a pending "Yes": the server's "Yes" may be the discarded one, so
    the resend check says unknown (never "delivered", never a blind resend)."""
    from koji_tui.journal import Journal
    from koji_tui.session.placement import Unknown, reply_in_transcript

    with Journal() as journal:
        record = journal.create_interview(
            study_name="S", base_url="http://x", interview_id="int_d", opening_message="Q1?"
        )
        first = journal.add_pending_answer(record.record_id, "Yes")
        journal.discard_pending(first)
        pending = journal.add_pending_answer(record.record_id, "Yes")
        record = journal.get(record.record_id)
    from types import SimpleNamespace

    server = [
        SimpleNamespace(role="assistant", content="Q1?"),
        SimpleNamespace(role="user", content="Yes"),
        SimpleNamespace(role="assistant", content="Q2?"),
    ]
    assert isinstance(reply_in_transcript(record, pending, server), Unknown)
    # Without the discarded twin, the same transcript holds the pending answer.
    with Journal() as journal:
        record = journal.create_interview(
            study_name="S", base_url="http://x", interview_id="int_e", opening_message="Q1?"
        )
        pending = journal.add_pending_answer(record.record_id, "Yes")
        record = journal.get(record.record_id)
    assert reply_in_transcript(record, pending, server) is server[2]
