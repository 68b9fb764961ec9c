"""The sandbox ASGI app: Koji's Headless API on top of the deterministic interviewer.

Every request goes through one pipeline: read the body (capped), authenticate the key, count it
against the key's fixed rate-limit window, check the permission, take a fault (queued or
random), do the work (SQLite: inline for small requests, in a worker thread for large bodies,
see :func:`~koji_tui.server.bodies.run_work`), and reply. Every reply carries the
``X-RateLimit-*`` headers; errors are ``{"error": "..."}``; bad input is a 4xx, never a 5xx.

Modules: ``app`` (this pipeline and its routes), ``bodies`` (reading a request), ``limiter``
(rate limits), ``faults`` (fault injection), ``sandbox`` (the domain: keys, interviews, views),
``wire`` (replies, :class:`ApiError`, :class:`ServerStats`), ``store`` (SQLite).

Choices where the contract is silent (documented here, reported to the lead):

- A request without a known key is counted in a per-client-address bucket, so 401 replies
  carry rate-limit headers too.
- ``mode`` defaults to the study's own mode (like ``locale`` defaults to the study's
  language): a voice-only study started without ``mode`` runs as a voice interview whose
  turns arrive as text (transcripts); an explicit ``"text"`` on it is a 400, and so is
  ``"voice"`` on a text study.
- After ``is_complete`` and before ``/complete``, further messages are stored and answered with
  a short "we are done" reply; after ``/complete`` they get 409.
- Completing twice returns the first completion's reply (its reason and score).
- Unknown paths get 404 and wrong methods 405, in the same JSON error format.
- A request body that does not arrive within ``body_timeout`` seconds (default 5: a
  Content-Length longer than the body sent, or a trickle) gets 408 and the connection is
  closed; it is still counted against its rate-limit bucket. Non-finite numbers (``NaN``,
  ``Infinity``, ``1e999``) anywhere in a body are a 400: JSON has none, and a reply
  carrying one would not be JSON.
- Order of checks: 408 (body too slow), 429 (any bucket), 401, 404/405 (path), 403, 413,
  then the fault, then the work (400/404/401 token/409). Refused requests never consume a
  queued fault.
- A "drop" fault sends a 200 head announcing more body than it sends (or, for an SSE reply
  after processing, two deltas) and ends: uvicorn closes the connection and httpx raises
  ``RemoteProtocolError``. These count in ``stats.drops``, not in ``status_counts``.
- A "delay" before processing whose client has gone away by the end of the delay skips the
  work (recorded as 499 in ``status_counts``), so before-processing faults never change state.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route

from koji_tui.server.bodies import (
    Body,
    Heads,
    bearer,
    decode_object,
    has_body,
    header,
    heads,
    message_text,
    read_body,
    run_work,
    wants_sse,
)
from koji_tui.server.config import ServerConfig
from koji_tui.server.faults import with_faults
from koji_tui.server.sandbox import Principal, Sandbox
from koji_tui.server.wire import (
    ApiError,
    CutResponse,
    ServerStats,
    error_response,
    json_response,
    split_for_stream,
    sse_event,
)

__all__ = ["Sandbox", "SandboxApp", "ServerStats", "create_app", "split_for_stream"]

log = logging.getLogger("koji_tui.server")

API_PREFIX = "/api/v1/interviews"
_INCOMPLETE = "ASGI callable returned without completing response."


class _DropNoise(logging.Filter):
    """Uvicorn logs an error for every connection the sandbox cuts on purpose: hide that one."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != _INCOMPLETE


_uvicorn_filter_installed = False


def _install_log_filter() -> None:
    global _uvicorn_filter_installed
    if not _uvicorn_filter_installed:
        logging.getLogger("uvicorn.error").addFilter(_DropNoise())
        _uvicorn_filter_installed = True


_ROUTES: list[tuple[str, str, str, str | None, str]] = [
    # (method, pattern, endpoint, permission, handler)
    ("POST", r"start", "start", "interview:start", "start"),
    ("POST", r"(?P<id>[^/]+)/message", "message", "interview:chat", "message"),
    ("POST", r"(?P<id>[^/]+)/messages", "message", "interview:chat", "legacy"),
    ("POST", r"(?P<id>[^/]+)/complete", "complete", "interview:complete", "complete"),
    ("GET", r"(?P<id>[^/]+)", "get", "interview:read", "get"),
]
_COMPILED = [(m, re.compile(p + r"/?"), e, perm, h) for m, p, e, perm, h in _ROUTES]


class SandboxApp:
    """The pipeline around :class:`Sandbox`; ``asgi`` is the Starlette app."""

    def __init__(self, config: ServerConfig, stats: ServerStats | None = None) -> None:
        _install_log_filter()
        self.config = config
        self.sandbox = Sandbox(config, stats)
        self.stats = self.sandbox.stats
        self.asgi = Starlette(
            routes=[
                Route(
                    "/{path:path}",
                    self.dispatch,
                    methods=["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"],
                )
            ]
        )
        self.asgi.state.sandbox = self.sandbox

    async def dispatch(self, request: Request) -> Response:
        self.stats.count_request()
        response = await self._dispatch(request)
        if isinstance(response, CutResponse):
            self.stats.count_drop()
        else:
            self.stats.record(response.status_code)
        return response

    async def _dispatch(self, request: Request) -> Response:
        body = Body()
        request_heads = heads(request)
        if request.method in ("POST", "PUT", "PATCH") or has_body(request_heads):
            body = await read_body(
                request, request_heads, self.config.max_body_bytes, self.config.body_timeout
            )
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        path = raw_path.decode("latin-1").split("?", 1)[0]
        route = self._match(request.method, path)

        key = bearer(request_heads)
        principal = self.sandbox.keys.get(key) if key else None
        if principal:
            bucket = f"key:{key}"
        else:
            bucket = f"anon:{request.client.host if request.client else 'unknown'}"
        decision = self.sandbox.limiter.hit(bucket, self.config.now())
        headers = decision.headers()
        if body.close:
            headers["Connection"] = "close"

        try:
            if body.timed_out:
                raise ApiError(
                    408, f"The request body did not arrive within {self.config.body_timeout:g} s"
                )
            if not decision.allowed:
                raise ApiError(429, "Rate limit exceeded: too many requests, retry later")
            if principal is None:
                if key is None:
                    raise ApiError(
                        401, "Missing API key: send the header Authorization: Bearer <key>"
                    )
                raise ApiError(401, "Invalid API key")
            if route is None:
                raise ApiError(404, f"No such endpoint: {request.method} {path}")
            if isinstance(route, ApiError):
                raise route
            endpoint, permission, handler, interview_id = route
            if permission not in principal.permissions:
                raise ApiError(403, f"This API key lacks the {permission} permission")
            if body.too_large:
                raise ApiError(413, "The request body is larger than 1 MB")
            if handler == "legacy" and not self.config.legacy_messages_endpoint:
                raise ApiError(404, "No such endpoint: use POST /api/v1/interviews/{id}/message")
            work = self._work(request_heads, handler, principal, interview_id, body, headers)
            return await with_faults(self.config, request, endpoint, headers, work)
        except ApiError as exc:
            return error_response(exc.status, exc.message, {**headers, **exc.headers})
        except Exception:  # a bug: say so as JSON, keep serving
            log.exception("sandbox error on %s %s", request.method, path)
            return error_response(500, "Internal sandbox error", headers)

    @staticmethod
    def _match(method: str, path: str) -> tuple[str, str, str, str] | ApiError | None:
        if not path.startswith(API_PREFIX + "/"):
            return None
        rest = path[len(API_PREFIX) + 1 :]
        allowed: list[str] = []
        for m, pattern, endpoint, permission, handler in _COMPILED:
            match = pattern.fullmatch(rest)
            if not match:
                continue
            if m != method:
                allowed.append(m)
                continue
            interview_id = unquote(match.groupdict().get("id") or "")
            return endpoint, permission or "", handler, interview_id
        if allowed:
            return ApiError(405, f"Method {method} is not allowed here (use {allowed[0]})")
        return None

    # ----------------------------------------------------------------- endpoints

    def _work(
        self,
        request_heads: Heads,
        handler: str,
        principal: Principal,
        interview_id: str,
        body: Body,
        headers: dict[str, str],
    ) -> Callable[[], Awaitable[Response]]:
        sandbox = self.sandbox
        token = header(request_heads, b"x-session-token")

        async def start() -> Response:
            data = decode_object(body.data, optional=True)
            reply = await run_work(body, sandbox.start, principal, data)
            return json_response(reply, self.config.start_status, headers)

        async def message() -> Response:
            data = decode_object(body.data, optional=False)
            if handler == "legacy" and data.get("type", "respondent") not in ("respondent", "user"):
                raise ApiError(
                    400, 'Only the respondent posts messages: "type" must be "respondent"'
                )
            text = message_text(data)
            interview, _user, reply = await run_work(
                body, sandbox.message, principal, interview_id, text, token
            )
            if handler == "legacy":
                return json_response(sandbox.legacy_reply(interview), 200, headers)
            payload = sandbox.message_reply(interview, reply)
            if wants_sse(request_heads):
                return self._stream(payload, headers)
            return json_response(payload, 200, headers)

        async def complete() -> Response:
            data = decode_object(body.data, optional=True)
            reply = await run_work(body, sandbox.complete, principal, interview_id, data, token)
            return json_response(reply, 200, headers)

        async def get() -> Response:
            reply = await run_work(body, sandbox.get, principal, interview_id)
            return json_response(reply, 200, headers)

        return {"start": start, "message": message, "legacy": message, "complete": complete,
                "get": get}[handler]  # fmt: skip

    def _stream(self, payload: dict[str, Any], headers: dict[str, str]) -> Response:
        delay = self.config.stream_delay

        async def events() -> AsyncIterator[bytes]:
            for i, chunk in enumerate(split_for_stream(payload["message"]["content"])):
                if i and delay:
                    await asyncio.sleep(delay)
                yield sse_event("delta", {"text": chunk})
            if delay:
                await asyncio.sleep(delay)
            yield sse_event("done", payload)

        return StreamingResponse(
            events(),
            200,
            headers={**headers, "Cache-Control": "no-cache"},
            media_type="text/event-stream",
        )


def create_app(config: ServerConfig | None = None, stats: ServerStats | None = None) -> Starlette:
    """The sandbox as an ASGI app (``app.state.sandbox`` is its :class:`Sandbox`)."""
    return SandboxApp(config or ServerConfig(), stats).asgi
