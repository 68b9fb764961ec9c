"""No request body, header or path makes the sandbox answer 5xx (hypothesis, over real HTTP)."""

from __future__ import annotations

import json
from typing import Any

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from koji_tui.api.transport import tls_context
from koji_tui.server import SandboxServer

from .conftest import API

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
field_values = st.one_of(
    json_values,
    st.sampled_from(
        ["", " ", "text", "voice", "en", "fr-CA", "xx", "natural", "manual", "1", "yes"]
    ),
)
known_fields = st.sampled_from(
    ["message", "content", "respondent", "mode", "locale", "reason", "feedback", "type"]
)
objects = st.dictionaries(known_fields, field_values, max_size=4)
respondents = st.fixed_dictionaries(
    {},
    optional={
        "external_id": field_values,
        "display_name": field_values,
        "metadata": st.dictionaries(st.text(max_size=5), field_values, max_size=3),
    },
).map(lambda r: {"respondent": r})
bodies = st.one_of(
    objects.map(lambda o: json.dumps(o).encode()),
    respondents.map(lambda o: json.dumps(o).encode()),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=64),
    st.text(max_size=40).map(str.encode),
)
endpoints = st.sampled_from(["start", "message", "messages", "complete", "get", "other"])
headers = st.fixed_dictionaries(
    {},
    optional={
        "X-Session-Token": st.sampled_from(["", "stk_x", "ümlaut", "real"]),
        "Accept": st.sampled_from(["text/event-stream", "application/json", "*/*", ""]),
        "Content-Type": st.sampled_from(["application/json", "text/plain", "x/y"]),
    },
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    endpoint=endpoints,
    body=bodies,
    extra=headers,
    target=st.sampled_from(["own", "bogus", "weird"]),
)
def test_no_body_makes_a_5xx(
    sandbox_thread: SandboxServer, endpoint: str, body: bytes, extra: dict[str, str], target: str
) -> None:
    key = sandbox_thread.key(sandbox_thread.studies[0].id)
    with httpx.Client(
        base_url=sandbox_thread.base_url + API,
        headers={"Authorization": f"Bearer {key}"},
        timeout=10,
        verify=tls_context(),  # made once: a new one per example was most of this test's CPU
    ) as c:
        started = c.post("/start").json()
        iid = {"own": started["interview_id"], "bogus": "int_nope", "weird": "%00%ff..;"}[target]
        if extra.get("X-Session-Token") == "real":
            extra = {**extra, "X-Session-Token": started["session_token"]}
        extra = {k: v for k, v in extra.items() if v.isascii()}
        method, path = {
            "start": ("POST", "/start"),
            "message": ("POST", f"/{iid}/message"),
            "messages": ("POST", f"/{iid}/messages"),
            "complete": ("POST", f"/{iid}/complete"),
            "get": ("GET", f"/{iid}"),
            "other": ("PATCH", f"/{iid}/message"),
        }[endpoint]
        reply = c.request(method, path, content=body, headers=extra)
        assert reply.status_code < 500, (method, path, body, reply.text)
        assert "x-ratelimit-limit" in reply.headers
        if reply.headers["content-type"].startswith("application/json"):
            payload: Any = reply.json()
            if reply.status_code >= 400:
                assert set(payload) == {"error"} and payload["error"]
    assert sandbox_thread.stats.status_counts.keys() <= {
        200,
        201,
        400,
        401,
        403,
        404,
        405,
        409,
        413,
    }


async def test_inputs_found_by_review_are_4xx_not_5xx(srv: SandboxServer) -> None:
    """Bodies a reviewer found to give 500: a 5,000-digit number (int() refuses it) and
    ``\\ud800`` escapes (lone surrogates no UTF-8 store can keep)."""
    from .conftest import http, start

    async with http(srv) as client:
        started = await start(client)
        path = f"/{started['interview_id']}"
        token = {"X-Session-Token": started["session_token"], "Content-Type": "application/json"}
        cases = [
            ("/start", b'{"mode": 1' + b"0" * 5000 + b"}", {"Content-Type": "application/json"}),
            ("/start", b'{"respondent": {"display_name": "J\\udc00ane"}}', {}),
            ("/start", b'{"respondent": {"metadata": {"\\ud800": "x"}}}', {}),
            (path + "/message", b'{"message": "abc \\ud800 def"}', token),
            (path + "/complete", b'{"reason": "natural", "feedback": {"a": "\\ud800"}}', token),
        ]
        for url, body, headers in cases:
            reply = await client.post(url, content=body, headers=headers)
            assert reply.status_code == 400, (url, body[:40], reply.status_code, reply.text)
            assert "error" in reply.json()


async def test_a_huge_answer_to_a_structured_question_is_handled_quickly(
    srv: SandboxServer,
) -> None:
    """A 5,000-digit or 300,000-character answer to a scale/choice question is not parsed as a
    number or folded under the store's lock (it gave a 500, or stalled every study for
    seconds): it is just not an answer to the question."""
    from .conftest import http, say, start

    study = next(i for i, s in enumerate(srv.studies) if s.id == "remote-work-tools")
    async with http(srv, study) as client:
        started = await start(client)
        reply = await say(client, started, "We use a mix of video calls and chat every day.")
        assert reply.status_code == 200
        message = reply.json()["message"]
        assert message["question"]["type"] == "scale", message
        for text in ("1" * 5000, "\ufdfa" * 300_000):
            reply = await say(client, started, text)
            assert reply.status_code == 200, reply.text[:200]
