"""The controller's failures, each provoked for real (sandbox faults over HTTP, a stopped
server, a wrong key, a key without a permission, a spent rate limit): what is published, what
is kept, and that an answer never reaches the server twice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from koji_tui.journal import Journal
from koji_tui.server import Fault
from koji_tui.session.events import (
    AnswerDelivered,
    AnswerPending,
    AnswerResending,
    BackOnline,
    Failed,
    Offline,
    Phase,
    ReplyRestarted,
)

from .conftest import Rig, client_for, text_study, user_answers


async def _server_answers(rig: Rig) -> list[str]:
    async with client_for(rig.srv) as check:
        return user_answers(await check.get_interview(rig.controller.state.interview_id))


def _rig(srv: Any, tmp_path: Path, **client_options: Any) -> Rig:
    return Rig(srv, Journal(tmp_path / "journal.sqlite"), **client_options)


async def test_a_rejected_key_fails_the_start_clearly(srv: Any, tmp_path: Path) -> None:
    rig = _rig(srv, tmp_path)
    rig.client_options["key"] = "pk_test_" + "0" * 32
    await rig.controller.start()
    failed = rig.recorder.of(Failed)
    assert [f.action for f in failed] == ["start"]
    assert failed[0].problem.status_code == 401 and "401" in failed[0].problem.message
    assert "pk_test_" not in failed[0].problem.message
    assert rig.controller.state.phase is Phase.NOT_STARTED
    assert rig.journal.count_interviews() == 0
    await rig.aclose()


async def test_a_key_without_the_chat_permission_keeps_the_answer(
    make_server: Any, tmp_path: Path
) -> None:
    limited = "pk_test_limited_" + "1" * 20
    async with make_server() as probe_srv:
        study_id = text_study(probe_srv).id
    async with make_server(
        extra_keys=[
            {
                "key": limited,
                "study_id": study_id,
                "permissions": ["interview:start", "interview:read"],
            }
        ]
    ) as srv:
        rig = _rig(srv, tmp_path, key=limited)
        await rig.controller.start()
        await rig.controller.answer("My answer.")
        pending = rig.recorder.of(AnswerPending)
        assert len(pending) == 1 and pending[0].problem.status_code == 403
        assert not pending[0].problem.offline and not rig.recorder.of(Offline)
        assert rig.controller.state.pending == "My answer."
        assert pending[0].turn.state == "pending"
        record = rig.journal.get(rig.controller.state.record_id)
        assert record.pending_turn is not None and record.pending_turn.content == "My answer."
        await rig.aclose()


async def test_a_spent_rate_limit_keeps_the_answer(make_server: Any, tmp_path: Path) -> None:
    # The sandbox's window on a clock that stands still: a real 60 s window could roll over
    # between the answers on a busy machine, and the second would then go through.
    async with make_server(rate_limit="2/60s", clock=lambda: 1_800_000_030.0) as srv:
        rig = _rig(srv, tmp_path, max_rate_limit_wait=0.0, max_retries=0)
        await rig.controller.start()
        await rig.controller.answer("First.")
        await rig.controller.answer("Second.") if rig.controller.state.can_answer else None
        pending = rig.recorder.of(AnswerPending)
        assert pending and pending[-1].problem.status_code in (429, None)
        assert "Rate limit" in pending[-1].problem.message
        assert not pending[-1].problem.offline
        assert rig.controller.state.pending is not None
        await rig.aclose()


async def test_a_failing_server_is_checked_on_its_own_then_the_answer_goes_once(
    rig: Rig,
) -> None:
    await rig.controller.start()
    for _ in range(8):  # more 500s than the client retries
        rig.srv.faults.enqueue(Fault("500", endpoint="message"))
    await rig.controller.answer("Kept through the 500s.")
    pending = rig.recorder.of(AnswerPending)[0]
    assert pending.problem.failing and pending.problem.offline
    offline = rig.recorder.of(Offline)[0]
    assert offline.next_check == 3.0 and offline.checks == 0
    assert rig.controller.state.failing
    rig.srv.faults.clear()
    await rig.clock.advance()  # the check (one GET) finds it answering: resent on its own
    await rig.recorder.until(lambda: bool(rig.recorder.of(AnswerDelivered)))
    names = rig.recorder.names
    assert names.index("BackOnline") < names.index("AnswerResending")
    assert rig.recorder.of(AnswerResending)[0].quiet
    assert await _server_answers(rig) == ["Kept through the 500s."]
    assert not rig.controller.state.offline and rig.controller.state.pending is None


async def test_offline_then_back_checks_spaced_out_and_resends_once(rig: Rig) -> None:
    await rig.controller.start()
    await rig.srv.stop()
    await rig.controller.answer("Typed while offline.")
    assert rig.recorder.of(AnswerPending)[0].problem.offline
    assert rig.recorder.of(Offline)[-1].next_check == 3.0
    await rig.clock.advance()  # still down
    still = await rig.recorder.next(Offline)
    assert still.checks == 1 and still.next_check == 6.0
    await rig.clock.advance()
    still = await rig.recorder.next(Offline)
    assert still.checks == 2 and still.next_check == 12.0
    assert rig.clock.sleeps == [3.0, 6.0, 12.0]
    await rig.srv.restart()
    await rig.clock.advance()
    await rig.recorder.until(lambda: bool(rig.recorder.of(AnswerDelivered)))
    assert rig.recorder.of(BackOnline)
    assert await _server_answers(rig) == ["Typed while offline."]
    record = rig.journal.get(rig.controller.state.record_id)
    assert record.pending_turn is None


async def test_a_cut_after_the_server_stored_the_answer_is_not_sent_twice(rig: Rig) -> None:
    await rig.controller.start()
    rig.srv.faults.enqueue(Fault("drop", endpoint="message", after_processing=True))
    await rig.controller.answer("Sent once, reply lost.")
    await rig.recorder.until(
        lambda: bool(rig.recorder.of(AnswerDelivered) or rig.recorder.of(AnswerPending))
    )
    if rig.recorder.of(AnswerPending):  # the client could not tell: resend checks first
        await rig.controller.resend()
    assert rig.recorder.of(AnswerDelivered)
    assert await _server_answers(rig) == ["Sent once, reply lost."]


async def test_a_cut_the_client_cannot_settle_is_resent_once_by_checking_first(
    srv: Any, tmp_path: Path
) -> None:
    rig = _rig(srv, tmp_path, reconcile_polls=0, max_retries=0)
    await rig.controller.start()
    srv.faults.enqueue(Fault("drop", endpoint="message", after_processing=True))
    for _ in range(6):  # the client's own check of the transcript fails too
        srv.faults.enqueue(Fault("500", endpoint="get"))
    await rig.controller.answer("Stored, then cut.")
    assert rig.recorder.of(AnswerPending), rig.recorder.names
    srv.faults.clear()
    await rig.controller.resend()
    delivered = rig.recorder.of(AnswerDelivered)
    assert len(delivered) == 1 and delivered[0].reconciled
    assert await _server_answers(rig) == ["Stored, then cut."]
    await rig.aclose()


async def test_a_stream_cut_before_the_server_stored_it_restarts(rig: Rig) -> None:
    await rig.controller.start()
    rig.srv.faults.enqueue(Fault("drop", endpoint="message"))
    await rig.controller.answer("After one cut.")
    assert rig.recorder.of(AnswerDelivered), rig.recorder.names
    assert await _server_answers(rig) == ["After one cut."]
    assert len(rig.recorder.of(ReplyRestarted)) <= 1


async def test_a_reply_too_slow_keeps_the_answer_and_sends_it_once_later(
    srv: Any, tmp_path: Path
) -> None:
    rig = _rig(srv, tmp_path, deadline=0.6, max_retries=0)
    await rig.controller.start()
    srv.faults.enqueue(Fault("delay", endpoint="message", seconds=2.0))
    await rig.controller.answer("Slow server.")
    pending = rig.recorder.of(AnswerPending)[0]
    assert pending.problem.offline and "in time" in pending.problem.message
    await rig.clock.advance()
    await rig.recorder.until(lambda: bool(rig.recorder.of(AnswerDelivered)))
    assert await _server_answers(rig) == ["Slow server."]
    await rig.aclose()


async def test_close_while_sending_keeps_the_answer_unsent_and_frees_the_lease(
    rig: Rig,
) -> None:
    await rig.controller.start()
    rig.srv.faults.enqueue(Fault("delay", endpoint="message", seconds=3.0))
    task = rig.controller.answer("Left mid-send.")
    await rig.recorder.until(lambda: "TurnAdded" in rig.recorder.names[3:])
    await rig.controller.close()
    assert task.cancelled() or task.done()
    record = rig.journal.get(rig.controller.state.record_id)
    assert record.pending_turn is not None and record.pending_turn.content == "Left mid-send."
    assert rig.journal.lease_holder(record.record_id) is None
    assert rig.controller.state.phase is Phase.CLOSED


async def test_an_unsent_answer_can_be_discarded(rig: Rig) -> None:
    await rig.controller.start()
    await rig.srv.stop()
    await rig.controller.answer("Never mind.")
    await rig.controller.discard()
    assert rig.controller.state.pending is None
    record = rig.journal.get(rig.controller.state.record_id)
    assert record.pending_turn is None
    assert [t.state for t in record.turns][-1] == "discarded"
    assert rig.recorder.names[-1] == "AnswerDiscarded"
