"""Every endpoint and every error code, against the real sandbox over HTTP."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from koji_tui.api import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    Interview,
    KojiClient,
    KojiError,
    MalformedResponseError,
    MessageDelta,
    MessageResult,
    NotFoundError,
    PermissionDeniedError,
    Respondent,
    ServerError,
    TransportError,
)
from tests.sandboxes import Sandboxes

from .conftest import new_client, study_key, text_study_index


async def test_full_interview_flow(srv: Any, client: KojiClient) -> None:
    started = await client.start(
        respondent=Respondent(external_id="crm-1", display_name="Jane", metadata={"seg": "ent"}),
        mode="text",
        locale="en",
    )
    assert started.interview_id.startswith("int_")
    assert started.session_token and started.session_token.startswith("stk_")
    assert "Jane" in started.initial_message
    assert started.turn_count == 1
    assert started.is_complete is False

    reply = await client.send_message(
        started.interview_id, "About six months", session_token=started.session_token
    )
    assert isinstance(reply, MessageResult)
    assert reply.role == "assistant" and reply.content
    assert reply.turn_count == 3
    assert reply.reconciled is False

    interview = await client.get_interview(started.interview_id)
    assert isinstance(interview, Interview)
    assert interview.interview_id == started.interview_id
    assert interview.status == "active"
    assert [m.role for m in interview.messages] == ["assistant", "user", "assistant"]
    assert interview.messages[1].content == "About six months"
    assert interview.messages[2].content == reply.content
    assert interview.respondent is not None and interview.respondent["display_name"] == "Jane"

    done = await client.complete(
        started.interview_id, session_token=started.session_token, reason="natural"
    )
    assert done.status == "completed"
    again = await client.complete(started.interview_id, session_token=started.session_token)
    assert again.status == "completed"  # idempotent
    assert again.quality_score == done.quality_score

    final = await client.get_interview(started.interview_id)
    assert final.completed and final.completed_at is not None
    assert final.completion_reason == "natural"


async def test_start_answers_201_and_200(make_sandbox: Sandboxes) -> None:
    for status in (201, 200):
        async with make_sandbox(start_status=status) as server:
            async with new_client(server) as c:
                result = await c.start()
            assert result.interview_id
            assert server.stats.status_counts[status] >= 1


async def test_content_alias_body(srv: Any) -> None:
    async with new_client(srv, message_field="content") as c:
        started = await c.start()
        reply = await c.send_message(
            started.interview_id, "via content", session_token=started.session_token
        )
        assert reply.content
        transcript = await c.get_interview(started.interview_id)
    assert transcript.messages[1].content == "via content"


async def test_streaming_delivers_several_deltas_then_the_same_result(
    srv: Any, client: KojiClient
) -> None:
    started = await client.start()
    events = [
        ev
        async for ev in client.send_message_stream(
            started.interview_id, "Streaming please", session_token=started.session_token
        )
    ]
    deltas = [e for e in events if isinstance(e, MessageDelta)]
    result = events[-1]
    assert len(deltas) > 1
    assert isinstance(result, MessageResult)
    assert sum(isinstance(e, MessageResult) for e in events) == 1
    assert "".join(d.text for d in deltas) == result.content
    assert result.turn_count == 3
    transcript = await client.get_interview(started.interview_id)
    assert transcript.messages[-1].content == result.content


async def test_wrong_key_is_401(srv: Any) -> None:
    async with KojiClient(srv.base_url, "pk_test_" + "0" * 32) as c:
        with pytest.raises(AuthenticationError) as info:
            await c.start()
    assert info.value.status_code == 401
    assert info.value.server_error


async def test_wrong_session_token_is_403(srv: Any, client: KojiClient) -> None:
    """The key is fine, the token is not: 403 (401 stays for the API key), and the
    server's text names the session token so the app can say which secret is wrong."""
    started = await client.start()
    with pytest.raises(PermissionDeniedError) as info:
        await client.send_message(started.interview_id, "hi", session_token="stk_wrong")
    assert info.value.status_code == 403
    assert "session token" in (info.value.server_error or "").lower()
    with pytest.raises(PermissionDeniedError):
        await client.complete(started.interview_id, session_token="stk_wrong")
    # Nothing was stored under the wrong token.
    transcript = await client.get_interview(started.interview_id)
    assert all(m.content != "hi" for m in transcript.messages)


async def test_key_without_permission_is_403(make_sandbox: Sandboxes) -> None:
    async with make_sandbox() as base:
        study_id = base.studies[text_study_index(base)].id
    limited = "pk_test_readonly_" + "r" * 16
    async with make_sandbox(
        extra_keys=[{"key": limited, "study_id": study_id, "permissions": ["interview:read"]}]
    ) as server:
        async with KojiClient(server.base_url, limited) as c:
            with pytest.raises(PermissionDeniedError) as info:
                await c.start()
    assert info.value.status_code == 403


async def test_unknown_interview_is_404(client: KojiClient) -> None:
    with pytest.raises(NotFoundError) as info:
        await client.get_interview("int_doesnotexist")
    assert info.value.status_code == 404
    with pytest.raises(NotFoundError):
        await client.send_message("int_doesnotexist", "hi")
    with pytest.raises(NotFoundError):
        await client.complete("int_doesnotexist")


async def test_interview_of_another_study_is_404(srv: Any) -> None:
    assert len(srv.studies) >= 2, "the sandbox ships several studies"
    mine = text_study_index(srv)
    async with new_client(srv, mine) as a, new_client(srv, (mine + 1) % len(srv.studies)) as b:
        started = await a.start()
        with pytest.raises(NotFoundError):
            await b.get_interview(started.interview_id)


async def test_message_after_complete_is_409(client: KojiClient) -> None:
    started = await client.start()
    await client.complete(started.interview_id, session_token=started.session_token)
    with pytest.raises(ConflictError) as info:
        await client.send_message(started.interview_id, "late", session_token=started.session_token)
    assert info.value.status_code == 409
    assert "completed" in (info.value.server_error or "")


async def test_voice_mode_on_a_text_study_is_400(srv: Any) -> None:
    async with new_client(srv) as c:
        with pytest.raises(BadRequestError) as info:
            await c.start(mode="voice")
    assert info.value.status_code == 400
    assert "voice" in (info.value.server_error or "").lower()


async def test_huge_answer_is_413(client: KojiClient) -> None:
    started = await client.start()
    with pytest.raises(BadRequestError) as info:
        await client.send_message(
            started.interview_id, "x" * 1_100_000, session_token=started.session_token
        )
    assert info.value.status_code == 413
    assert await client.get_interview(started.interview_id)  # nothing broke


async def test_server_error_is_typed_after_retries(srv: Any) -> None:
    from koji_tui.server import Fault

    async with new_client(srv, max_retries=1) as c:
        started = await c.start()
        for _ in range(2):
            srv.faults.enqueue(Fault(kind="500", endpoint="get"))
        with pytest.raises(ServerError) as info:
            await c.get_interview(started.interview_id)
    assert info.value.status_code == 500


async def test_malformed_sandbox_reply_is_a_clear_error(srv: Any, client: KojiClient) -> None:
    from koji_tui.server import Fault

    started = await client.start()
    srv.faults.enqueue(Fault(kind="malformed", endpoint="get"))
    with pytest.raises(MalformedResponseError) as info:
        await client.get_interview(started.interview_id)
    assert "GET" in str(info.value)
    # and the client keeps working
    assert (await client.get_interview(started.interview_id)).interview_id == started.interview_id


async def test_unreachable_server_is_a_transport_error() -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    async with KojiClient(f"http://127.0.0.1:{port}", "pk_test_x", max_retries=1,
                          backoff_base=0.01) as c:  # fmt: skip
        with pytest.raises(TransportError) as info:
            await c.get_interview("int_1")
        assert info.value.maybe_processed is False
        assert c.activity.state == "offline"


async def test_the_key_never_leaks(
    srv: Any, caplog: pytest.LogCaptureFixture, capsys: pytest.CaptureFixture[str]
) -> None:
    from koji_tui.server import Fault

    key = study_key(srv, text_study_index(srv))
    errors: list[KojiError] = []
    caplog.set_level(logging.DEBUG)
    async with new_client(srv, max_retries=1) as c:
        assert key not in repr(c)
        assert key not in str(vars(c))
        started = await c.start()
        await c.send_message(started.interview_id, "hello", session_token=started.session_token)
        srv.faults.enqueue(Fault(kind="500", endpoint="message", after_processing=True))
        await c.send_message(started.interview_id, "again", session_token=started.session_token)
        for kind in ("500", "503", "malformed", "drop"):
            srv.faults.enqueue(Fault(kind=kind, endpoint="get"))
            srv.faults.enqueue(Fault(kind=kind, endpoint="get"))
            try:
                await c.get_interview(started.interview_id)
            except KojiError as exc:
                errors.append(exc)
        for call in (
            c.get_interview("int_nope"),
            c.send_message(started.interview_id, "x", session_token="bad"),
        ):
            try:
                await call
            except KojiError as exc:
                errors.append(exc)
        assert key not in repr(c.rate_limit) + repr(c.activity)
    async with KojiClient(srv.base_url, key[:-1] + "Z") as wrong:
        try:
            await wrong.start()
        except KojiError as exc:
            errors.append(exc)
        assert key[:-1] not in repr(wrong)
    assert len(errors) >= 4
    for exc in errors:
        assert key not in str(exc)
        assert key not in repr(exc)
        assert key not in str(exc.server_error)
    assert caplog.records, "the client logs at DEBUG"
    assert key not in caplog.text
    out = capsys.readouterr()
    assert key not in out.out + out.err


async def test_respondent_metadata_takes_any_json_values(srv: Any) -> None:
    """The spec's metadata is "flexible key-value pairs": numbers and booleans keep their type."""
    from koji_tui.api import Respondent

    metadata = {"seats": 5, "trial": True, "plan": "pro", "ratio": 0.5, "note": None}
    async with new_client(srv) as client:
        started = await client.start(respondent=Respondent(display_name="Jo", metadata=metadata))
        interview = await client.get_interview(started.interview_id)
    assert interview.respondent is not None
    assert interview.respondent.get("metadata") == metadata
