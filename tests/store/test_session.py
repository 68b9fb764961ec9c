"""InterviewSession against the real sandbox over HTTP: whole interview, server down, app restart."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any

import pytest

from koji_tui.api import KojiClient, TransportError
from koji_tui.journal import Journal
from koji_tui.session import InterviewSession, SessionError

MAX_TURNS = 40


def _study(srv: Any) -> Any:
    """A study that runs in text mode (the tests send text answers)."""
    for study in srv.studies:
        modes = getattr(study, "modes", None) or [getattr(study, "mode", "text")]
        if "text" in [str(m) for m in modes]:
            return study
    return srv.studies[0]


async def _call(result: Any) -> None:
    """srv.stop()/restart() may be plain or async."""
    if inspect.isawaitable(result):
        await result


def _client(srv: Any, **kw: Any) -> KojiClient:
    study = _study(srv)
    kw.setdefault("backoff_base", 0.02)
    kw.setdefault("reconcile_interval", 0.2)
    return KojiClient(srv.base_url, srv.key(study.id), **kw)


def _reply_for(question: dict[str, Any] | None, n: int) -> tuple[str, Any]:
    """A plausible answer to what was asked (text, structured value)."""
    if question:
        kind = question.get("type")
        options = question.get("options") or []
        if kind == "scale":
            value = int(question.get("scaleMax", 10))
            return str(value), value
        if kind == "yes_no":
            return "Yes", True
        if kind == "multiple_choice" and options:
            return ", ".join(options[:2]), options[:2]
        if kind == "ranking" and options:
            return ", ".join(f"{i}. {o}" for i, o in enumerate(options, 1)), list(options)
        if options:
            return options[0], options[0]
    return f"Answer number {n}: it saves me about an hour a day.", None


def _user_count(interview: Any, text: str) -> int:
    return sum(
        1 for m in interview.messages if m.role == "user" and m.content.strip() == text.strip()
    )


def _journal_bytes(journal: Journal) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-shm"):
        path = Path(str(journal.path) + suffix)
        if path.exists():
            data += path.read_bytes()
    return data


async def test_a_whole_interview_is_journaled_and_matches_the_server(koji_sandbox: Any) -> None:
    api_key = koji_sandbox.key(_study(koji_sandbox).id)
    journal = Journal()
    async with _client(koji_sandbox) as client:
        session = InterviewSession(client, journal, study_name="Onboarding")
        start = await session.start(respondent={"display_name": "Jane", "external_id": "crm-1"})
        assert session.interview_id == start.interview_id and session.session_token
        question = start.question
        deltas: list[str] = []
        for n in range(MAX_TURNS):
            text, value = _reply_for(question, n)
            deltas.clear()
            result = await session.answer(
                text, structured_value=value, question=question, on_delta=deltas.append
            )
            if deltas:
                assert "".join(deltas) == result.content
            assert session.turn_count == result.turn_count
            question = result.question
            if result.is_complete:
                break
        else:
            pytest.fail("the sandbox interview never reached is_complete")
        assert session.is_complete and session.status == "awaiting_completion"
        assert journal.get(session.record).status == "awaiting_completion"

        done = await session.complete(reason="natural")
        rec = journal.get(session.record)
        assert rec.status == "completed" and rec.quality_score == done.quality_score
        assert rec.completion_reason == "natural" and rec.completed_at

        server = await client.get_interview(session.interview_id)
    assert [(m.role, m.content) for m in server.messages] == [
        (t.role, t.content) for t in rec.turns
    ]
    assert all(t.state in ("received", "sent") for t in rec.turns)
    assert rec.respondent == {"display_name": "Jane", "external_id": "crm-1"}
    with pytest.raises(SessionError, match="completed"):
        await session.answer("one more")
    journal.close()
    assert api_key.encode() not in _journal_bytes(journal)  # secrets never stored


async def test_server_down_mid_interview_then_resend_exactly_once(koji_sandbox: Any) -> None:
    journal = Journal()
    async with _client(koji_sandbox, timeout=5.0, max_retries=0) as client:
        session = InterviewSession(client, journal, study_name="S")
        start = await session.start()
        first, value = _reply_for(start.question, 0)
        reply = await session.answer(first, structured_value=value, question=start.question)

        await _call(koji_sandbox.stop())
        text, value = _reply_for(reply.question, 1)
        with pytest.raises(TransportError):
            await session.answer(text, structured_value=value, question=reply.question)
        pending = journal.pending_answers()
        assert [(p.interview.interview_id, p.turn.content) for p in pending] == [
            (session.interview_id, text)
        ]
        assert session.pending is not None
        with pytest.raises(SessionError, match="resend or discard"):
            await session.answer("something else")

        await _call(koji_sandbox.restart())
        result = await session.resend_pending()
        assert result is not None and result.content
        assert journal.pending_answers() == []
        assert await session.resend_pending() is None  # nothing left: never sent twice
        server = await client.get_interview(session.interview_id)
    assert _user_count(server, text) == 1
    rec = journal.get(session.record)
    assert [(m.role, m.content) for m in server.messages] == [
        (t.role, t.content) for t in rec.turns
    ]
    journal.close()


async def test_app_restart_with_an_unsent_answer_resends_it_once(koji_sandbox: Any) -> None:
    journal = Journal()
    async with _client(koji_sandbox) as client:
        session = InterviewSession(client, journal, study_name="S")
        start = await session.start()
        text, value = _reply_for(start.question, 0)
        # the app wrote the answer, then died before sending it
        journal.add_pending_answer(
            session.record, text, answer_value=value, question=start.question
        )
        iid = session.interview_id
    journal.close()

    journal = Journal()  # a new run of the app
    [offer] = journal.pending_answers()
    assert offer.interview.interview_id == iid and offer.turn.content == text
    async with _client(koji_sandbox) as client:
        resumed = await InterviewSession.resume(client, journal, iid)
        assert resumed.pending is not None and resumed.synced
        result = await resumed.resend_pending()
        assert result is not None and not result.reconciled
        server = await client.get_interview(iid)
        assert _user_count(server, text) == 1
        assert journal.pending_answers() == []
        # the session carries on normally
        text2, value2 = _reply_for(result.question, 1)
        await resumed.answer(text2, structured_value=value2, question=result.question)
    journal.close()


async def test_app_restart_after_the_server_got_the_answer_adopts_the_reply(
    koji_sandbox: Any,
) -> None:
    journal = Journal()
    async with _client(koji_sandbox) as client:
        session = InterviewSession(client, journal, study_name="S")
        start = await session.start()
        text, _ = _reply_for(start.question, 0)
        journal.add_pending_answer(session.record, text)
        # it went out, the server stored it and replied, and the app died before journaling that
        sent = await client.send_message(
            session.interview_id, text, session_token=session.session_token
        )
        iid = session.interview_id
    journal.close()

    journal = Journal()
    async with _client(koji_sandbox) as client:
        resumed = await InterviewSession.resume(client, journal, iid)
        assert journal.pending_answers() == []  # merged: the server already had it
        assert resumed.record is not None and resumed.record.turns[-1].content == sent.content
        assert await resumed.resend_pending() is None
        server = await client.get_interview(iid)
    assert _user_count(server, text) == 1
    journal.close()


async def test_resend_adopts_the_reply_instead_of_sending_again(koji_sandbox: Any) -> None:
    """The journal still says pending, the server has answer + reply: resend sends nothing."""
    journal = Journal()
    async with _client(koji_sandbox) as client:
        session = InterviewSession(client, journal, study_name="S")
        start = await session.start()
        text, _ = _reply_for(start.question, 0)
        journal.add_pending_answer(session.record, text)
        sent = await client.send_message(
            session.interview_id, text, session_token=session.session_token
        )
        before = koji_sandbox.stats.requests
        result = await session.resend_pending()
        assert result is not None and result.reconciled and result.content == sent.content
        assert koji_sandbox.stats.requests - before == 1  # only the GET
        server = await client.get_interview(session.interview_id)
    assert _user_count(server, text) == 1
    assert journal.get(session.record).turns[-1].content == sent.content
    journal.close()


async def test_resume_offline_uses_the_journal(koji_sandbox: Any) -> None:
    journal = Journal()
    async with _client(koji_sandbox) as client:
        session = InterviewSession(client, journal, study_name="S")
        await session.start()
        iid = session.interview_id
    await _call(koji_sandbox.stop())
    async with _client(koji_sandbox, timeout=2.0, max_retries=0) as client:
        resumed = await InterviewSession.resume(client, journal, iid)
        assert not resumed.synced and resumed.interview_id == iid
        assert resumed.record is not None and len(resumed.record.turns) == 1
        with pytest.raises(SessionError, match="not in the journal"):
            await InterviewSession.resume(client, journal, "int_unknown", online=False)
    await _call(koji_sandbox.restart())
    journal.close()


@pytest.mark.parametrize("kind", ["drop", "500"])
async def test_an_ambiguous_failure_is_reconciled_not_resent(koji_sandbox: Any, kind: str) -> None:
    """The server stored the answer, then the reply was lost: the journal ends up sent, once."""
    from koji_tui.server import Fault

    journal = Journal()
    async with _client(koji_sandbox, timeout=5.0) as client:
        session = InterviewSession(client, journal, study_name="S")
        start = await session.start()
        text, value = _reply_for(start.question, 0)
        koji_sandbox.faults.enqueue(Fault(kind=kind, endpoint="message", after_processing=True))
        result = await session.answer(text, structured_value=value, question=start.question)
        assert result.reconciled and result.content
        assert journal.pending_answers() == []
        server = await client.get_interview(session.interview_id)
    assert _user_count(server, text) == 1
    rec = journal.get(session.record)
    assert [(m.role, m.content) for m in server.messages] == [
        (t.role, t.content) for t in rec.turns
    ]
    journal.close()
