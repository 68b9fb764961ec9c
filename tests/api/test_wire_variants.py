"""Reply shapes and dialects the sandbox does not produce, served over real HTTP by a canned server:
legacy message shape, transcript variants, SSE dialects, broken replies, header handling."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from koji_tui.api import (
    BadRequestError,
    KojiClient,
    MalformedResponseError,
    MessageDelta,
    MessageResult,
    ServerError,
    normalise_base_url,
)
from tests.fake_clock import FakeClock

from .canned import Canned, sse_event

KEY = "pk_test_canned0000000000000000000000"
REPLY = {
    "message": {"role": "assistant", "content": "Next?"},
    "turn_count": 3,
    "is_complete": False,
}


def client_for(canned: Canned, **kw: object) -> KojiClient:
    kw.setdefault("backoff_base", 0.01)
    return KojiClient(canned.base_url, KEY, **kw)  # type: ignore[arg-type]


async def collect(client: KojiClient, iid: str, text: str = "hi") -> list[object]:
    return [ev async for ev in client.send_message_stream(iid, text, session_token="stk")]


# --------------------------------------------------------------------------- base URL


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("http://h", "http://h/api/v1/interviews"),
        ("http://h/", "http://h/api/v1/interviews"),
        ("HTTP://h:8080/api/v1/interviews", "http://h:8080/api/v1/interviews"),
        ("http://h/api/v1/interviews/", "http://h/api/v1/interviews"),
        ("http://h/api/v1/", "http://h/api/v1/interviews"),
        ("https://h/koji/", "https://h/koji/api/v1/interviews"),
        ("  https://h/x?y=1#z ", "https://h/x/api/v1/interviews"),
    ],
)
def test_base_url_forms(given: str, expected: str) -> None:
    assert normalise_base_url(given) == expected


@pytest.mark.parametrize("bad", ["", "   ", "localhost:8000", "ftp://h", "http://", "http://u:p@h"])
def test_bad_base_url_is_a_clear_value_error(bad: str) -> None:
    with pytest.raises(ValueError, match="URL"):
        KojiClient(bad, KEY)


@pytest.mark.parametrize("bad", ["", "  ", "pk test", "pk\nx", "pk_é"])
def test_bad_api_key_is_refused_without_echoing_it(bad: str) -> None:
    with pytest.raises(ValueError) as info:
        KojiClient("http://h", bad)
    if bad.strip():
        assert bad not in str(info.value)


@pytest.mark.parametrize("suffix", ["", "/", "/api/v1/interviews", "/api/v1/interviews/"])
async def test_every_base_url_form_reaches_the_same_endpoint(canned: Canned, suffix: str) -> None:
    canned.json("GET", "/int_1", {"interview_id": "int_1", "messages": []})
    async with KojiClient(canned.base_url + suffix, KEY) as client:
        interview = await client.get_interview("int_1")
    assert interview.interview_id == "int_1"
    assert canned.seen[-1].path == "/int_1"


async def test_interview_id_is_quoted_into_one_path_segment(canned: Canned) -> None:
    async with client_for(canned) as client:
        with pytest.raises(Exception):  # noqa: B017 - any error, but it must stay one segment
            await client.get_interview("../start")
    assert canned.seen[-1].path == "/..%2Fstart" or canned.seen[-1].path == "/../start"
    assert all(s.path != "/start" for s in canned.seen)


# --------------------------------------------------------------------------- JSON shapes


async def test_legacy_messages_endpoint_and_shape(canned: Canned) -> None:
    canned.json(
        "POST",
        "/int_1/messages",
        {
            "message_id": "msg_u",
            "interviewer_response": {"content": "Tell me more.", "message_id": "msg_a"},
            "interview_status": "active",
            "messages_count": 4,
            "vendor_field": {"kept": True},
        },
    )
    async with client_for(canned, message_path="messages") as client:
        result = await client.send_message("int_1", "It is great", session_token="stk")
    assert result.content == "Tell me more."
    assert result.turn_count == 4
    assert result.is_complete is False
    assert result.message_id == "msg_a"
    assert result.model_extra is not None and result.model_extra["user_message_id"] == "msg_u"
    assert result.model_extra is not None and result.model_extra["vendor_field"] == {"kept": True}
    sent = canned.seen[-1]
    assert sent.body == {"content": "It is great", "type": "respondent"}
    assert sent.headers["x-session-token"] == "stk"


async def test_legacy_completed_status_means_complete(canned: Canned) -> None:
    canned.json(
        "POST",
        "/int_1/message",
        {"interviewer_response": {"content": "Bye"}, "interview_status": "completed"},
    )
    async with client_for(canned) as client:
        result = await client.send_message("int_1", "done")
    assert result.is_complete is True
    assert result.turn_count is None


async def test_content_field_body_variant(canned: Canned) -> None:
    canned.json("POST", "/int_1/message", REPLY)
    async with client_for(canned, message_field="content") as client:
        await client.send_message("int_1", "hello")
    assert canned.seen[-1].body == {"content": "hello"}


async def test_transcript_variants(canned: Canned) -> None:
    canned.json(
        "GET",
        "/int_9",
        {
            "id": "int_9",
            "status": "active",
            "transcript": [
                {"role": "interviewer", "content": "Q1", "created_at": "2026-01-01T00:00:00Z"},
                {"role": "respondent", "text": "A1"},
                {"role": "AI", "content": "Q2"},
                {"sender": "participant", "content": "A2"},
            ],
            "analysis": {"themes": ["x"]},
        },
    )
    async with client_for(canned) as client:
        interview = await client.get_interview("int_9")
    assert interview.interview_id == "int_9"
    assert [m.role for m in interview.messages] == ["assistant", "user", "assistant", "user"]
    assert [m.content for m in interview.messages] == ["Q1", "A1", "Q2", "A2"]
    assert interview.messages[0].created_at is not None
    assert interview.model_extra is not None and "analysis" in interview.model_extra


async def test_start_accepts_200_and_unknown_fields(canned: Canned) -> None:
    canned.json(
        "POST",
        "/start",
        {"interview_id": "int_1", "session_token": "stk", "initial_message": "Hi", "x": 1},
        status=200,
    )
    async with client_for(canned) as client:
        result = await client.start(respondent={"display_name": "Jane", "metadata": {"a": "b"}})
    assert result.interview_id == "int_1"
    assert result.model_extra == {"x": 1}
    assert canned.seen[-1].body == {"respondent": {"display_name": "Jane", "metadata": {"a": "b"}}}


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"session_token": "s", "initial_message": "Hi"}, "interview_id"),
        ({"interview_id": "i", "session_token": "s"}, "initial_message"),
        ({"interview_id": ["i"], "session_token": "s", "initial_message": "Hi"}, "interview_id"),
        ({"interview_id": "i", "initial_message": "Hi", "turn_count": "many"}, "turn_count"),
    ],
)
async def test_start_malformed_names_the_field(canned: Canned, payload: dict, field: str) -> None:
    canned.json("POST", "/start", payload, status=201)
    async with client_for(canned) as client:
        with pytest.raises(MalformedResponseError) as info:
            await client.start()
    assert info.value.field == field
    assert field in str(info.value)
    assert len([s for s in canned.seen if s.path == "/start"]) == 1  # never retried


@pytest.mark.parametrize(
    ("content", "ctype", "needle"),
    [
        ("<html>Bad gateway page</html>", "text/html", "not valid JSON"),
        ("", "application/json", "not valid JSON"),
        ('{"message": ', "application/json", "not valid JSON"),
        ("[1, 2]", "application/json", "not a JSON object"),
        ('{"message": {"role": "assistant", "content": 42}}', "application/json", "message"),
    ],
)
async def test_malformed_message_reply_is_a_clear_error(
    canned: Canned, content: str, ctype: str, needle: str
) -> None:
    canned.raw("POST", "/int_1/message", content, ctype=ctype)
    async with client_for(canned) as client:
        with pytest.raises(MalformedResponseError) as info:
            await client.send_message("int_1", "hello")
    assert needle in str(info.value) or (info.value.field or "").startswith(needle)
    assert len([s for s in canned.seen if s.method == "POST"]) == 1


async def test_error_text_is_kept_and_html_errors_summarised(canned: Canned) -> None:
    canned.json("POST", "/int_1/message", {"error": "Message too long"}, status=422)
    canned.raw("GET", "/int_1", "<h1>Teapot</h1>", status=418, ctype="text/html")
    async with client_for(canned) as client:
        with pytest.raises(BadRequestError) as info:
            await client.send_message("int_1", "x")
        assert info.value.server_error == "Message too long"
        assert info.value.status_code == 422
        with pytest.raises(BadRequestError) as info2:
            await client.get_interview("int_1")
        assert info2.value.server_error == "<h1>Teapot</h1>"


async def test_server_echoing_the_key_is_redacted(canned: Canned) -> None:
    canned.json("GET", "/int_1", {"error": f"bad key {KEY}"}, status=400)
    async with client_for(canned) as client:
        with pytest.raises(BadRequestError) as info:
            await client.get_interview("int_1")
    assert KEY not in str(info.value)
    assert KEY not in repr(info.value)
    assert KEY not in (info.value.server_error or "")


@pytest.mark.parametrize(
    "body",
    [
        "x" * 160 + " Bearer " + KEY,  # cut at 200 characters: the key's beginning remains
        "<html>bad key " + KEY.upper() + "</html>",  # echoed in another case
    ],
    ids=["truncated", "upper-case"],
)
async def test_a_key_cut_or_recased_by_the_server_is_redacted(canned: Canned, body: str) -> None:
    canned.raw("GET", "/int_1", body, status=400, ctype="text/html")
    async with client_for(canned) as client:
        with pytest.raises(BadRequestError) as info:
            await client.get_interview("int_1")
    secret = KEY[len("pk_test_") :].lower()
    for shown in (str(info.value), repr(info.value), info.value.server_error or ""):
        assert secret[:6] not in shown.lower(), shown


async def test_empty_answer_refused_locally(canned: Canned) -> None:
    async with client_for(canned) as client:
        with pytest.raises(BadRequestError, match="empty"):
            await client.send_message("int_1", "   \n")
    assert canned.seen == []


# --------------------------------------------------------------------------- SSE dialects


@pytest.mark.parametrize(
    "chunks",
    [
        # content key, no event names, [DONE]
        [sse_event({"content": "Hel"}), sse_event({"content": "lo"}), sse_event("[DONE]")],
        # OpenAI-ish nested delta, CRLF line endings, a comment line
        [
            ": keep-alive\r\n\r\n",
            sse_event({"delta": {"content": "Hel"}}).replace("\n", "\r\n"),
            sse_event({"choices": [{"delta": {"content": "lo"}}]}).replace("\n", "\r\n"),
        ],
        # plain-text data, stream simply ends
        ["data: Hel\n\n", "data: lo\n\n"],
        # "delta" key as a string, done event without JSON content
        [
            sse_event({"delta": "Hel"}, "delta"),
            sse_event({"delta": "lo"}, "delta"),
            "event: done\n\n",
        ],
    ],
)
async def test_sse_dialects_end_in_the_same_result(canned: Canned, chunks: list[str]) -> None:
    canned.sse("POST", "/int_1/message", chunks)
    async with client_for(canned) as client:
        events = await collect(client, "int_1")
    deltas = [e for e in events if isinstance(e, MessageDelta)]
    assert "".join(d.text for d in deltas) == "Hello"
    assert len(deltas) == 2
    assert isinstance(events[-1], MessageResult)
    assert events[-1].content == "Hello"
    assert sum(isinstance(e, MessageResult) for e in events) == 1


async def test_sse_done_event_carries_the_json_reply(canned: Canned) -> None:
    done = {
        "message": {"role": "assistant", "content": "Hello", "question": {"type": "yes_no"}},
        "turn_count": 5,
        "is_complete": True,
    }
    canned.sse(
        "POST",
        "/int_1/message",
        [
            sse_event({"text": "Hel"}, "delta"),
            sse_event({"text": "lo"}, "delta"),
            sse_event(done, "done"),
        ],
    )
    async with client_for(canned) as client:
        events = await collect(client, "int_1")
    result = events[-1]
    assert isinstance(result, MessageResult)
    assert (result.content, result.turn_count, result.is_complete) == ("Hello", 5, True)
    assert result.question == {"type": "yes_no"}


async def test_sse_deltas_arrive_before_the_stream_ends(canned: Canned) -> None:
    release = asyncio.Event()

    def handler(request: Request, body: object) -> Response:
        async def gen() -> AsyncIterator[bytes]:
            yield sse_event({"text": "first "}, "delta").encode()
            await release.wait()
            yield sse_event({"text": "second"}, "delta").encode()

        return StreamingResponse(gen(), media_type="text/event-stream")

    canned.on("POST", "/int_1/message", handler)
    async with client_for(canned) as client:
        stream = client.send_message_stream("int_1", "hi")
        first = await asyncio.wait_for(anext(stream), 5)
        assert first == MessageDelta(text="first ")
        release.set()
        rest = [e async for e in stream]
    assert isinstance(rest[-1], MessageResult) and rest[-1].content == "first second"


async def test_sse_json_reply_is_fine(canned: Canned) -> None:
    canned.json("POST", "/int_1/message", REPLY)
    async with client_for(canned) as client:
        events = await collect(client, "int_1")
    assert len(events) == 1 and isinstance(events[0], MessageResult)
    assert canned.seen[-1].headers["accept"] == "text/event-stream"


@pytest.mark.parametrize(
    ("chunks", "needle"),
    [
        (['event: done\ndata: {"message": {"role"\n\n'], "not JSON"),
        (['event: done\ndata: {"message": {"ro'], "cut inside its final event"),
        ([": nothing but comments\n\n"], "without any reply text"),
        ([sse_event({"message": {"role": "assistant"}, "turn_count": 2}, "done")], "content"),
    ],
)
async def test_broken_sse_is_a_clear_error(canned: Canned, chunks: list[str], needle: str) -> None:
    canned.sse("POST", "/int_1/message", chunks)
    async with client_for(canned) as client:
        with pytest.raises(MalformedResponseError) as info:
            await collect(client, "int_1")
    assert needle in str(info.value)


async def test_sse_error_event_reconciles_and_reports(canned: Canned) -> None:
    canned.sse("POST", "/int_1/message", [sse_event({"error": "model overloaded"}, "error")])
    # the transcript shows the answer was not stored: it is resent (and fails the same way)
    canned.json(
        "GET",
        "/int_1",
        {"interview_id": "int_1", "messages": [{"role": "assistant", "content": "Q"}]},
    )
    async with client_for(canned, max_retries=1) as client:
        with pytest.raises(ServerError) as info:
            await collect(client, "int_1")
    assert info.value.server_error == "model overloaded"
    assert len([s for s in canned.seen if s.method == "POST"]) == 2


# --------------------------------------------------------------------------- rate-limit headers


async def test_retry_after_without_ratelimit_headers(canned: Canned) -> None:
    calls = 0

    def handler(request: Request, body: object) -> Response:
        nonlocal calls
        calls += 1
        if calls == 1:
            return JSONResponse({"error": "slow down"}, 429, headers={"Retry-After": "1"})
        return JSONResponse({"interview_id": "int_1", "messages": []})

    canned.on("GET", "/int_1", handler)
    clock = FakeClock()
    async with client_for(canned, clock=clock.time, sleep=clock.sleep) as client:
        states: list[str] = []
        client.activity.subscribe(lambda a: states.append(a.state))
        interview = await client.get_interview("int_1")
    assert interview.interview_id == "int_1"
    assert calls == 2
    assert "waiting_rate_limit" in states
    assert sum(clock.slept) == pytest.approx(1.0)  # Retry-After's second, on the client's clock
    assert client.rate_limit.limit is None  # server never advertised limits


async def test_skewed_server_clock_is_corrected(canned: Canned) -> None:
    import time
    from email.utils import formatdate

    skew = 3600.0

    def handler(request: Request, body: object) -> Response:
        server_now = time.time() + skew
        return JSONResponse(
            {"interview_id": "int_1", "messages": []},
            headers={
                "Date": formatdate(server_now, usegmt=True),
                "X-RateLimit-Limit": "5",
                "X-RateLimit-Remaining": "4",
                "X-RateLimit-Reset": str(int(server_now) + 2),
            },
        )

    canned.on("GET", "/int_1", handler)
    async with client_for(canned) as client:
        await client.get_interview("int_1")
        reset_at = client.rate_limit.reset_at
    assert reset_at is not None
    assert 0 < reset_at - time.time() < 3.5


# --------------------------------------------------------------------------- reconciliation outcomes


def transcript(*pairs: tuple[str, str]) -> dict[str, object]:
    return {
        "interview_id": "int_1",
        "status": "active",
        "messages": [{"role": role, "content": text} for role, text in pairs],
    }


async def test_answer_recorded_without_reply_polls_then_reports(canned: Canned) -> None:
    from koji_tui.api import ReplyPendingError

    canned.json("POST", "/int_1/message", {"error": "upstream timeout"}, status=504)
    canned.transcript_on_post(
        "int_1", [("assistant", "Q1")], [("assistant", "Q1"), ("user", "my answer")]
    )
    async with client_for(canned, reconcile_polls=2, reconcile_interval=0.05) as client:
        with pytest.raises(ReplyPendingError) as info:
            await client.send_message("int_1", "my answer")
        assert client.activity.state == "idle"
    assert "not sent again" in str(info.value)
    assert len([s for s in canned.seen if s.method == "POST"]) == 1
    # a fresh client reads the transcript before its first answer, then: first look + 2 polls
    assert len([s for s in canned.seen if s.method == "GET"]) == 4


async def test_reply_appearing_while_polling_is_returned(canned: Canned) -> None:
    looks = 0

    def handler(request: Request, body: object) -> Response:
        nonlocal looks
        if not canned.posted("int_1"):  # the look before the first answer
            return JSONResponse(transcript(("assistant", "Q1")))
        looks += 1
        pairs = [("assistant", "Q1"), ("user", "my  answer ")]
        if looks >= 2:
            pairs.append(("interviewer", "Thanks! Q2"))
        return JSONResponse(transcript(*pairs))

    canned.json("POST", "/int_1/message", {"error": "boom"}, status=500)
    canned.on("GET", "/int_1", handler)
    async with client_for(canned, reconcile_polls=3, reconcile_interval=0.05) as client:
        result = await client.send_message("int_1", "my answer")
    assert result.reconciled is True
    assert result.content == "Thanks! Q2"
    assert result.turn_count == 3
    assert len([s for s in canned.seen if s.method == "POST"]) == 1


async def test_bad_gateway_with_absent_answer_is_resent_once(canned: Canned) -> None:
    posts = 0

    def post(request: Request, body: object) -> Response:
        nonlocal posts
        posts += 1
        if posts == 1:
            return JSONResponse({"error": "bad gateway"}, 502)
        return JSONResponse(REPLY)

    canned.on("POST", "/int_1/message", post)
    canned.json("GET", "/int_1", transcript(("assistant", "Q1")))
    async with client_for(canned) as client:
        result = await client.send_message("int_1", "my answer")
    assert result.reconciled is False and result.content == "Next?"
    assert posts == 2


async def test_forbidden_transcript_keeps_the_original_error(canned: Canned) -> None:
    """A key without interview:read cannot reconcile: the ambiguous failure is reported as is."""
    canned.json("POST", "/int_1/message", {"error": "boom"}, status=500)
    canned.json("GET", "/int_1", {"error": "Missing permission interview:read"}, status=403)
    async with client_for(canned) as client:
        with pytest.raises(ServerError) as info:
            await client.send_message("int_1", "my answer")
    assert info.value.status_code == 500
    assert len([s for s in canned.seen if s.method == "POST"]) == 1


async def test_relative_reset_header_is_understood(canned: Canned) -> None:
    import time

    canned.json(
        "GET",
        "/int_1",
        {"interview_id": "int_1", "messages": []},
        **{"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "4", "X-RateLimit-Reset": "30"},
    )
    async with client_for(canned) as client:
        await client.get_interview("int_1")
        reset_at = client.rate_limit.reset_at
    assert reset_at is not None
    assert 28 < reset_at - time.time() < 32


async def test_send_message_reads_a_server_that_always_streams(canned: Canned) -> None:
    """Newer Koji pages say replies stream as SSE: send_message (which asks for JSON) must still
    read such a reply, not fail after the answer was stored."""
    done = {"message": {"role": "assistant", "content": "Thanks! Next?"}, "turn_count": 3}
    canned.sse(
        "POST",
        "/int_1/message",
        [sse_event({"text": "Thanks! "}, "delta"), sse_event({"text": "Next?"}, "delta"),
         sse_event(done, "done")],
    )  # fmt: skip
    async with client_for(canned) as client:
        result = await client.send_message("int_1", "hi", session_token="stk")
    assert result.content == "Thanks! Next?" and result.turn_count == 3
    assert len([s for s in canned.seen if s.method == "POST"]) == 1


async def test_reconcile_does_not_trust_a_turn_count_that_counts_answers(canned: Canned) -> None:
    """The spec never says what turn_count counts. A server counting answers (1, 2, ...) stores
    the second answer, then fails with a 500: the answer must be found, not sent again."""
    from starlette.responses import JSONResponse

    posts: list[str] = []

    def message(request: object, body: Any) -> Any:
        posts.append(body["message"])
        if len(posts) == 1:
            return JSONResponse(
                {"message": {"role": "assistant", "content": "A1"}, "turn_count": 1}
            )
        return JSONResponse({"error": "boom"}, status_code=500)

    transcript = [("assistant", "A0"), ("user", "first"), ("assistant", "A1"),
                  ("user", "second"), ("assistant", "A2")]  # fmt: skip

    def get(request: object, body: Any) -> Any:
        shown = transcript[: 1 + 2 * len(posts)]  # every answer posted was stored, and replied
        return JSONResponse(
            {"interview_id": "int_1", "messages": [{"role": r, "content": c} for r, c in shown]}
        )

    canned.on("POST", "/int_1/message", message)
    canned.on("GET", "/int_1", get)
    async with client_for(canned) as client:
        await client.send_message("int_1", "first", session_token="stk")
        result = await client.send_message("int_1", "second", session_token="stk")
    assert posts == ["first", "second"]
    assert result.reconciled and result.content == "A2"
