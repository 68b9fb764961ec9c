"""Every endpoint and every error code of the sandbox, over real HTTP."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

import httpx
import pytest

from koji_tui.server import SandboxServer
from tests.sandboxes import Sandboxes

from .conftest import API, http, say, start

PERMISSIONS = ("interview:start", "interview:chat", "interview:complete", "interview:read")


async def test_start_message_get_complete(srv: SandboxServer) -> None:
    async with http(srv) as c:
        started = await start(
            c,
            respondent={"external_id": "crm-1", "display_name": "Jane", "metadata": {"seg": "ent"}},
            mode="text",
            locale="en",
        )
        assert re.fullmatch(r"int_[0-9a-f]{16}", started["interview_id"])
        assert started["session_token"].startswith("stk_")
        assert started["initial_message"].startswith("Hi Jane!")
        assert started["turn_count"] == 1 and started["is_complete"] is False
        assert "question" not in started  # the first question is open-ended

        reply = await say(c, started, "I send invoices to my clients every week.")
        assert reply.status_code == 200
        body = reply.json()
        assert set(body) == {"message", "turn_count", "is_complete"}
        assert body["message"]["role"] == "assistant"
        assert "How often do you use Acme?" in body["message"]["content"]
        assert body["message"]["question"]["type"] == "single_choice"
        assert body["turn_count"] == 3 and body["is_complete"] is False

        got = (await c.get(f"/{started['interview_id']}")).json()
        assert got["interview_id"] == started["interview_id"]
        assert got["study_id"] == srv.studies[0].id
        assert got["status"] == "active" and got["completed_at"] is None
        assert got["respondent"] == {
            "external_id": "crm-1",
            "display_name": "Jane",
            "metadata": {"seg": "ent"},
        }
        assert (got["mode"], got["locale"], got["turn_count"]) == ("text", "en", 3)
        assert [m["role"] for m in got["messages"]] == ["assistant", "user", "assistant"]
        assert got["messages"][1]["content"] == "I send invoices to my clients every week."
        assert got["messages"][2]["question"]["options"][0] == "Every day"
        assert "question" not in got["messages"][0]
        for stamp in (got["created_at"], *(m["created_at"] for m in got["messages"])):
            assert stamp.endswith("Z")
            datetime.fromisoformat(stamp.replace("Z", "+00:00"))

        done = await c.post(
            f"/{started['interview_id']}/complete",
            json={"reason": "respondent_left", "feedback": {"stars": 5}},
            headers={"X-Session-Token": started["session_token"]},
        )
        assert done.status_code == 200
        completed = done.json()
        assert completed["status"] == "completed"
        assert completed["reason"] == "respondent_left"
        assert 1.0 <= completed["quality_score"] <= 5.0
        assert round(completed["quality_score"], 1) == completed["quality_score"]

        again = await c.post(f"/{started['interview_id']}/complete", json={"reason": "natural"})
        assert again.status_code == 200 and again.json() == completed  # idempotent

        final = (await c.get(f"/{started['interview_id']}")).json()
        assert final["status"] == "completed" and final["is_complete"] is True
        assert final["completion_reason"] == "respondent_left"
        assert final["quality_score"] == completed["quality_score"]
        assert final["completed_at"].endswith("Z")

        late = await say(c, started, "one more thing")
        assert late.status_code == 409
        assert late.json() == {"error": "Interview is already completed"}


async def test_start_without_body_and_with_empty_object(srv: SandboxServer) -> None:
    async with http(srv) as c:
        bare = await c.post("/start")
        assert bare.status_code == 201
        assert bare.json()["initial_message"].startswith("Hi there!")
        assert (await c.post("/start", json={})).status_code == 201
        assert (await c.post("/start", json={"respondent": None, "mode": None})).status_code == 201


@pytest.mark.parametrize("status", [201, 200])
async def test_start_status_is_configurable(make_sandbox: Sandboxes, status: int) -> None:
    async with make_sandbox(start_status=status) as server, http(server) as c:
        assert (await c.post("/start", json={})).status_code == status
    assert server.stats.status_counts[status] == 1


async def test_content_is_an_alias_of_message(srv: SandboxServer) -> None:
    async with http(srv) as c:
        started = await start(c)
        iid = started["interview_id"]
        reply = await c.post(f"/{iid}/message", json={"content": "Mostly invoices for clients"})
        assert reply.status_code == 200
        both = await c.post(f"/{iid}/message", json={"message": "2", "content": "ignored"})
        assert both.status_code == 200
        users = [m["content"] for m in (await c.get(f"/{iid}")).json()["messages"][1::2]]
    assert users == ["Mostly invoices for clients", "2"]


async def test_session_token_is_checked_only_when_sent(srv: SandboxServer) -> None:
    async with http(srv) as c:
        started = await start(c)
        iid = started["interview_id"]
        wrong = {"X-Session-Token": "stk_wrong"}
        bad = await c.post(f"/{iid}/message", json={"message": "hello there"}, headers=wrong)
        assert bad.status_code == 403
        assert bad.json() == {"error": "Invalid session token for this interview"}
        assert (await c.post(f"/{iid}/complete", headers=wrong)).status_code == 403
        # nothing was stored by the refused calls
        assert (await c.get(f"/{iid}")).json()["turn_count"] == 1
        assert (await c.post(f"/{iid}/message", json={"message": "no token"})).status_code == 200
        assert (await say(c, started, "with the right token")).status_code == 200


async def test_missing_and_unknown_keys_are_401(srv: SandboxServer) -> None:
    async with httpx.AsyncClient(base_url=srv.base_url + API) as anon:
        missing = await anon.post("/start", json={})
        assert missing.status_code == 401
        assert "Authorization" in missing.json()["error"]
        for header in ("Basic abc", "Bearer", "Token pk_test_x", "pk_test_x"):
            reply = await anon.post("/start", headers={"Authorization": header})
            assert reply.status_code == 401, header
        wrong_key = "pk_test_" + "0" * 32
        unknown = await anon.get("/int_x", headers={"Authorization": f"Bearer {wrong_key}"})
        assert unknown.status_code == 401
        assert unknown.json() == {"error": "Invalid API key"}
        assert wrong_key not in unknown.text
        assert "x-ratelimit-limit" in unknown.headers


@pytest.mark.parametrize("missing", PERMISSIONS)
async def test_each_permission_is_enforced_with_403(make_sandbox: Sandboxes, missing: str) -> None:
    study = "acme-product-feedback"
    limited = "pk_test_limited_" + missing.split(":")[1]
    grants = [p for p in PERMISSIONS if p != missing]
    async with make_sandbox(
        extra_keys=[{"key": limited, "study_id": study, "permissions": grants}]
    ) as server:
        async with http(server, study) as full, http(server, study, key=limited) as c:
            started = await start(full)
            iid = started["interview_id"]
            calls = {
                "interview:start": lambda: c.post("/start", json={}),
                "interview:chat": lambda: c.post(f"/{iid}/message", json={"message": "hi"}),
                "interview:complete": lambda: c.post(f"/{iid}/complete"),
                "interview:read": lambda: c.get(f"/{iid}"),
            }
            for permission, call in calls.items():
                reply = await call()
                if permission == missing:
                    assert reply.status_code == 403
                    assert reply.json() == {
                        "error": f"This API key lacks the {permission} permission"
                    }
                else:
                    assert reply.status_code in (200, 201), (permission, reply.text)
            if missing == "interview:chat":
                assert (await c.get(f"/{iid}")).json()["turn_count"] == 1


async def test_unknown_and_foreign_interviews_are_404(srv: SandboxServer) -> None:
    async with http(srv, 0) as a, http(srv, 1) as b:
        started = await start(a)
        iid = started["interview_id"]
        for client, target in ((a, "int_doesnotexist"), (b, iid)):
            for call in (
                client.get(f"/{target}"),
                client.post(f"/{target}/message", json={"message": "hi"}),
                client.post(f"/{target}/complete"),
            ):
                reply = await call
                assert reply.status_code == 404
                assert reply.json() == {"error": "Interview not found"}
        # an id with a slash stays one path segment
        assert (await a.get("/..%2Fstart")).status_code == 404
        assert (await a.get(f"/{iid}")).status_code == 200


async def test_unknown_paths_and_methods(srv: SandboxServer) -> None:
    async with http(srv) as c:
        nowhere = await c.get("/int_1/summary")
        assert nowhere.status_code == 404 and "No such endpoint" in nowhere.json()["error"]
        root = await c.get(srv.base_url + "/")
        assert root.status_code == 404 and root.json()["error"]
        wrong = await c.get("/start")
        assert wrong.status_code == 404  # GET /start reads an interview called "start"
        method = await c.delete("/int_1")
        assert method.status_code == 405 and "GET" in method.json()["error"]
        put = await c.put("/start", json={})
        assert put.status_code == 405
        legacy = await c.post("/int_1/messages", json={"content": "x"})
        assert legacy.status_code == 404  # only with legacy_messages_endpoint=True
        assert "x-ratelimit-remaining" in legacy.headers


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        (b"{not json", "not valid JSON"),
        (b"[1, 2]", "JSON object"),
        (b'"text"', "JSON object"),
        (b"\xff\xfe", "not valid JSON"),
        (b"{}", "message"),
        (b'{"message": 42}', "message must be a string"),
        (b'{"content": ["a"]}', "content must be a string"),
        (b'{"message": "   \\n "}', "empty"),
        (b'{"message": null, "content": ""}', "empty"),
        (b'{"message": "a\\u0000b"}', "NUL"),
        (b"", "JSON object"),
    ],
)
async def test_bad_message_bodies_are_400(srv: SandboxServer, body: bytes, needle: str) -> None:
    async with http(srv) as c:
        started = await start(c)
        reply = await c.post(
            f"/{started['interview_id']}/message",
            content=body,
            headers={"Content-Type": "application/json"},
        )
        assert reply.status_code == 400
        assert needle in reply.json()["error"]
        assert (await c.get(f"/{started['interview_id']}")).json()["turn_count"] == 1


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({"respondent": "Jane"}, "respondent must be a JSON object"),
        ({"respondent": {"display_name": 7}}, "display_name must be a string"),
        ({"respondent": {"external_id": ["x"]}}, "external_id must be a string"),
        ({"respondent": {"metadata": ["a"]}}, "metadata must be an object"),
        ({"respondent": {"metadata": {"a": {"b": 1}}}}, "must be a string"),
        ({"respondent": {"display_name": "x" * 201}}, "longer than 200"),
        ({"mode": "video"}, 'mode must be "text" or "voice"'),
        ({"mode": "voice"}, "voice mode is not available"),
        ({"locale": 5}, "locale must be a string"),
    ],
)
async def test_bad_start_bodies_are_400(
    srv: SandboxServer, body: dict[str, Any], needle: str
) -> None:
    async with http(srv) as c:
        reply = await c.post("/start", json=body)
    assert reply.status_code == 400
    assert needle in reply.json()["error"]


async def test_bad_complete_bodies_are_400_and_change_nothing(srv: SandboxServer) -> None:
    async with http(srv) as c:
        started = await start(c)
        iid = started["interview_id"]
        for body in ({"reason": "bored"}, {"reason": 3}, {"feedback": "great"}, [1]):
            reply = await c.post(f"/{iid}/complete", json=body)
            assert reply.status_code == 400, body
        assert (await c.get(f"/{iid}")).json()["status"] == "active"
        done = await c.post(f"/{iid}/complete", json={"reason": None})
        assert done.json()["reason"] == "manual"  # the default


async def test_metadata_keeps_json_scalars(srv: SandboxServer) -> None:
    async with http(srv) as c:
        started = await start(c, respondent={"metadata": {"seats": 12, "plan": "pro"}})
        got = (await c.get(f"/{started['interview_id']}")).json()
    assert got["respondent"]["metadata"] == {"seats": 12, "plan": "pro"}
    assert got["respondent"]["display_name"] is None


async def test_body_over_one_megabyte_is_413(srv: SandboxServer) -> None:
    async with http(srv) as c:
        started = await start(c)
        huge = await say(c, started, "x" * 1_100_000)
        assert huge.status_code == 413
        assert "1 MB" in huge.json()["error"]
        assert "x-ratelimit-limit" in huge.headers
        big_start = await c.post("/start", content=b" " * 2_000_000)
        assert big_start.status_code == 413
        # the connection pool and the server are fine afterwards
        assert (await c.get(f"/{started['interview_id']}")).json()["turn_count"] == 1
        assert (await say(c, started, "just under the limit " * 10)).status_code == 200


async def test_voice_only_study(srv: SandboxServer) -> None:
    voice = next(s for s in srv.studies if s.mode == "voice")
    assert voice.modes == ("voice",)
    async with http(srv, voice.id) as c:
        text = await c.post("/start", json={"mode": "text"})
        assert text.status_code == 400
        assert "voice-only" in text.json()["error"]
        started = await start(c)  # mode defaults to the study's own
        got = (await c.get(f"/{started['interview_id']}")).json()
        assert got["mode"] == "voice"


@pytest.mark.parametrize(
    ("requested", "expected", "greeting"),
    [
        ("fr", "fr", "Bonjour Ana !"),
        ("de", "de", "Hallo Ana!"),
        ("fr-CA", "fr", "Bonjour Ana !"),
        ("DE", "de", "Hallo Ana!"),
        ("en", "en", "Hi Ana!"),
        ("ja", "en", "Hi Ana!"),
        ("", "en", "Hi Ana!"),
        (None, "en", "Hi Ana!"),
    ],
)
async def test_locales_and_fallback(
    srv: SandboxServer, requested: str | None, expected: str, greeting: str
) -> None:
    async with http(srv, "remote-work-tools") as c:
        started = await start(c, respondent={"display_name": "Ana"}, locale=requested)
        assert started["initial_message"].startswith(greeting)
        reply = await say(c, started, "We meet on video every morning and chat all day long.")
        got = (await c.get(f"/{started['interview_id']}")).json()
    assert got["locale"] == expected
    content = reply.json()["message"]["content"]
    scale_phrase = {"en": "On a scale of 1 to 5", "fr": "Sur une échelle de 1 à 5",
                    "de": "Auf einer Skala von 1 bis 5"}[expected]  # fmt: skip
    assert scale_phrase in content


async def test_spanish_study_speaks_spanish(srv: SandboxServer) -> None:
    async with http(srv, "cafe-habitos") as c:
        started = await start(c, respondent={"display_name": "Lucía"}, locale="en")
        assert started["initial_message"].startswith("¡Hola, Lucía!")  # en is not offered
        reply = await say(c, started, "Tomo un café por la mañana antes de trabajar.")
    content = reply.json()["message"]["content"]
    assert "En una escala del 1 al 5, donde 1 significa Nada satisfecho" in content


async def test_plain_questions_mode_never_attaches_the_object(make_sandbox: Sandboxes) -> None:
    async with make_sandbox(plain_questions=True) as server, http(server) as c:
        started = await start(c)
        reply = await say(c, started, "Invoices and expenses for my small shop.")
        body = reply.json()
        assert "question" not in body["message"]
        assert "1. Every day" in body["message"]["content"]
        got = (await c.get(f"/{started['interview_id']}")).json()
    assert all("question" not in m for m in got["messages"])


async def test_structured_object_uses_kojis_names(srv: SandboxServer) -> None:
    async with http(srv) as c:
        started = await start(c)
        seen: dict[str, dict[str, Any]] = {}
        answers = ["We use it for invoicing", "1", "1, 2", "1, 2, 3, 4", "yes"]
        for text in answers:
            question = (await say(c, started, text)).json()["message"].get("question")
            if question:
                seen[question["type"]] = question
    assert set(seen) == {"single_choice", "multiple_choice", "ranking", "yes_no", "scale"}
    for question in seen.values():
        assert set(question) == {
            "type",
            "options",
            "scaleMin",
            "scaleMax",
            "scaleLabels",
            "allowOther",
        }
    assert seen["scale"]["scaleMin"] == 0 and seen["scale"]["scaleMax"] == 10
    assert seen["scale"]["scaleLabels"] == {"0": "Not at all likely", "10": "Extremely likely"}
    assert seen["multiple_choice"]["allowOther"] is True
    assert seen["yes_no"]["options"] == ["Yes", "No"]


def _parse_sse(raw: str) -> list[tuple[str, Any]]:
    events = []
    assert raw.endswith("\n\n")
    for block in raw.split("\n\n")[:-1]:
        lines = block.split("\n")
        assert lines[0].startswith("event: ") and lines[1].startswith("data: ")
        assert len(lines) == 2
        events.append((lines[0][7:], json.loads(lines[1][6:])))
    return events


async def test_sse_reply_streams_deltas_then_done(make_sandbox: Sandboxes) -> None:
    async with make_sandbox(stream_delay=0.01) as server, http(server) as c:
        started = await start(c)
        iid = started["interview_id"]
        async with c.stream(
            "POST",
            f"/{iid}/message",
            json={"message": "Invoices for my clients, mostly"},
            headers={"Accept": "text/event-stream"},
        ) as reply:
            assert reply.status_code == 200
            assert reply.headers["content-type"].startswith("text/event-stream")
            assert "x-ratelimit-limit" in reply.headers
            raw = (await reply.aread()).decode()
        events = _parse_sse(raw)
        kinds = [kind for kind, _ in events]
        assert kinds[-1] == "done" and kinds.count("done") == 1
        deltas = [data["text"] for kind, data in events if kind == "delta"]
        assert len(deltas) >= 3
        done = events[-1][1]
        assert "".join(deltas) == done["message"]["content"]
        assert done["turn_count"] == 3 and done["is_complete"] is False
        assert done["message"]["question"]["type"] == "single_choice"
        # the same JSON as without streaming: the transcript agrees
        got = (await c.get(f"/{iid}")).json()
        assert got["messages"][-1]["content"] == done["message"]["content"]
        plain = await c.post(
            f"/{iid}/message", json={"message": "1"}, headers={"Accept": "application/json"}
        )
        assert plain.headers["content-type"] == "application/json"


async def test_legacy_messages_endpoint(make_sandbox: Sandboxes) -> None:
    async with make_sandbox(legacy_messages_endpoint=True) as server, http(server) as c:
        started = await start(c)
        iid = started["interview_id"]
        reply = await c.post(
            f"/{iid}/messages",
            json={"content": "Invoices for my clients, every week", "type": "respondent"},
        )
        assert reply.status_code == 200
        body = reply.json()
        assert set(body) == {"message_id", "interviewer_response", "interview_status",
                             "messages_count"}  # fmt: skip
        assert body["interview_status"] == "active" and body["messages_count"] == 3
        assert "How often" in body["interviewer_response"]["content"]
        assert body["interviewer_response"]["message_id"] != body["message_id"]
        # the singular endpoint still works on the same server
        assert (await say(c, started, "1")).json()["turn_count"] == 5
        # only the respondent posts: an "interviewer" message is refused, nothing stored
        posing = await c.post(f"/{iid}/messages", json={"content": "Q?", "type": "interviewer"})
        assert posing.status_code == 400 and "respondent" in posing.json()["error"]
        assert (await c.get(f"/{iid}")).json()["turn_count"] == 5


async def test_messages_after_is_complete_are_kept_until_complete(srv: SandboxServer) -> None:
    async with http(srv, "voice-checkin") as c:
        started = await start(c)
        first = await say(c, started, "Busy but good, lots of meetings this week.")
        assert first.json()["is_complete"] is False
        last = await say(c, started, "Yes")
        assert last.json()["is_complete"] is True
        extra = await say(c, started, "One more note: thanks!")
        assert extra.status_code == 200 and extra.json()["is_complete"] is True
        got = (await c.get(f"/{started['interview_id']}")).json()
    assert got["status"] == "active" and got["is_complete"] is True
    assert got["messages"][-2]["content"] == "One more note: thanks!"


async def test_ids_are_deterministic_with_a_seed(make_sandbox: Sandboxes) -> None:
    ids = []
    for _ in range(2):
        async with make_sandbox(seed=42) as server, http(server) as c:
            ids.append([(await start(c))["interview_id"] for _ in range(3)])
    assert ids[0] == ids[1] and len(set(ids[0])) == 3
    async with make_sandbox() as server, http(server) as c:
        assert (await start(c))["interview_id"] not in ids[0]


async def test_injected_clock_stamps_everything(make_sandbox: Sandboxes) -> None:
    now = [1_790_000_000.25]
    async with make_sandbox(clock=lambda: now[0]) as server, http(server) as c:
        started = await start(c)
        now[0] += 90
        await c.post(f"/{started['interview_id']}/complete")
        got = (await c.get(f"/{started['interview_id']}")).json()
    assert got["created_at"] == "2026-09-21T14:13:20.250Z"
    assert got["completed_at"] == "2026-09-21T14:14:50.250Z"


def test_sync_fixture_serves(sandbox_thread: SandboxServer) -> None:
    key = sandbox_thread.key(sandbox_thread.studies[0].id)
    reply = httpx.post(
        f"{sandbox_thread.base_url}{API}/start",
        json={},
        headers={"Authorization": f"Bearer {key}"},
    )
    assert reply.status_code == 201


async def test_async_fixture_serves(sandbox: SandboxServer) -> None:
    async with http(sandbox) as c:
        assert (await c.post("/start", json={})).status_code == 201
    assert sandbox.stats.requests == 1


def test_keys_are_deterministic_and_hidden_from_repr(sandbox_thread: SandboxServer) -> None:
    from koji_tui.server import study_api_key

    for study in sandbox_thread.studies:
        key = sandbox_thread.key(study.id)
        assert re.fullmatch(r"pk_test_[0-9a-f]{32}", key)
        assert key == study_api_key(study.id) == study.api_key
        assert key not in repr(study) and key not in repr(sandbox_thread)
    with pytest.raises(KeyError):
        sandbox_thread.key("nope")
