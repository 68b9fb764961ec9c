"""An ambiguous send is reconciled by POSITION: an answer identical to an earlier one ("Yes" after
"Yes") is never taken for it, from a fresh client (a reopened interview), whatever
``turn_count`` counts, over real HTTP (a programmable interview and the sandbox)."""

from __future__ import annotations

from typing import Any

import pytest

from koji_tui.api import KojiClient, MessageResult

from .canned import Canned
from .conftest import canned_client, new_client, occurrences
from .fake_interview import KEY, TOKEN, Counting, FakeInterview


def client_for(canned: Canned, **kw: Any) -> KojiClient:
    kw.setdefault("reconcile_interval", 0.05)
    return canned_client(canned, KEY, **kw)


async def send(client: KojiClient, text: str, stream: bool, **kw: Any) -> MessageResult:
    if not stream:
        return await client.send_message("int_1", text, session_token=TOKEN, **kw)
    events = [e async for e in client.send_message_stream("int_1", text, session_token=TOKEN, **kw)]
    assert isinstance(events[-1], MessageResult)
    return events[-1]


@pytest.mark.parametrize("stream", [False, True], ids=["json", "sse"])
@pytest.mark.parametrize("fault", ["cut-before", "500-before"])
async def test_a_fresh_client_resends_a_yes_that_an_earlier_yes_looks_like(
    canned: Canned, fault: str, stream: bool
) -> None:
    """The tester's case: reopened (a fresh client), "Yes" again, cut before the server stored
    it. The earlier "Yes" must not pass for it: it is sent again and reaches the server."""
    fake = FakeInterview(canned).answered("Yes")
    fake.faults = [fault]
    async with client_for(canned) as client:
        result = await send(client, "Yes", stream)
    assert result.reconciled is False
    assert fake.posted == ["Yes", "Yes"]
    assert fake.users() == ["Yes", "Yes"]
    assert result.content == fake.messages[-1][1] == "Q3"


@pytest.mark.parametrize("fault", ["cut-after", "500-after"])
async def test_a_fresh_client_finds_its_yes_stored_before_the_cut(
    canned: Canned, fault: str
) -> None:
    fake = FakeInterview(canned).answered("Yes")
    fake.faults = [fault]
    async with client_for(canned) as client:
        result = await send(client, "Yes", stream=False)
    assert result.reconciled is True
    assert fake.posted == ["Yes"]  # not sent again
    assert fake.users() == ["Yes", "Yes"]
    assert result.content == "Q3" and result.turn_count == 5


@pytest.mark.parametrize("counting", ["missing", "assistants", "messages"])
@pytest.mark.parametrize("fault", ["cut-before", "500-before", "cut-after"])
async def test_the_position_holds_whatever_turn_count_counts(
    canned: Canned, counting: Counting, fault: str
) -> None:
    """turn_count absent, or counting interviewer turns only (2 after one answer, where the
    transcript has 3 messages): the client still knows where the second "Yes" goes."""
    fake = FakeInterview(canned, counting=counting)
    async with client_for(canned) as client:
        await client.start()
        first = await send(client, "Yes", stream=False)
        assert first.content == "Q2"
        fake.faults = [fault]
        second = await send(client, "Yes", stream=False)
        assert fake.users() == ["Yes", "Yes"]
        assert second.content == "Q3"
        assert second.reconciled is fault.endswith("-after")
        assert len(fake.posted) == (2 if fault.endswith("-after") else 3)
        fake.faults = ["cut-after"]  # and the position is right after a reconciled reply too
        third = await send(client, "Yes", stream=True)
    assert third.reconciled is True and third.content == "Q4"
    assert fake.users() == ["Yes", "Yes", "Yes"]


async def test_reconcile_first_without_a_position_is_unknown(canned: Canned) -> None:
    """A fresh client asked to check first, told nothing about where the answer was: the
    transcript cannot say whether this "Yes" is the earlier one; nothing is sent or taken."""
    from koji_tui.api import TranscriptPosition, UnknownOutcomeError

    fake = FakeInterview(canned).answered("Yes")
    async with client_for(canned) as client:
        with pytest.raises(UnknownOutcomeError) as info:
            await send(client, "Yes", stream=False, reconcile_first=True)
        assert "cannot be told" in info.value.message
        assert fake.posted == []
        # told the position (one answer and two questions seen before it): absent, so sent
        result = await send(
            client, "Yes", False, reconcile_first=True, seen=TranscriptPosition(1, 2)
        )
    assert result.reconciled is False and fake.users() == ["Yes", "Yes"]


async def test_another_answer_where_this_one_would_be_is_unknown(canned: Canned) -> None:
    from koji_tui.api import UnknownOutcomeError

    fake = FakeInterview(canned).answered("Yes")
    fake.faults = ["other-500"]
    async with client_for(canned) as client:
        with pytest.raises(UnknownOutcomeError) as info:
            await send(client, "Yes", stream=False)
        assert client.activity.state == "idle"
    assert info.value.status_code == 500
    assert "another answer" in info.value.message
    assert fake.posted == ["Yes"]  # neither resent nor taken as delivered


# --------------------------------------------------------------------------- the sandbox


def fault(kind: str, after: bool) -> Any:
    from koji_tui.server import Fault

    return Fault(kind=kind, endpoint="message", after_processing=after)


@pytest.mark.parametrize(("kind", "after"), [("drop", False), ("500", False), ("drop", True)])
async def test_the_sandbox_gets_a_second_yes_from_a_fresh_client(
    srv: Any, kind: str, after: bool
) -> None:
    async with new_client(srv) as first:
        s = await first.start()
        await first.send_message(s.interview_id, "Yes", session_token=s.session_token)
    srv.faults.enqueue(fault(kind, after))
    async with new_client(srv) as fresh:  # the interview reopened in a new process
        result = await fresh.send_message(s.interview_id, "Yes", session_token=s.session_token)
        assert result.reconciled is after
        assert await occurrences(fresh, s.interview_id, "Yes") == 2
        interview = await fresh.get_interview(s.interview_id)
    assert [m.role for m in interview.messages][-2:] == ["user", "assistant"]
    assert result.content == interview.messages[-1].content
