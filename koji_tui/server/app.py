"""The sandbox ASGI app: Koji's Headless API on top of the deterministic interviewer.

Every request goes through one pipeline: read the body (capped), authenticate the key, count it
against the key's fixed rate-limit window, check the permission, take a fault (queued or
random), do the work (SQLite: inline for small requests, in a worker thread for large bodies,
see :func:`_run`), and reply. Every reply carries the ``X-RateLimit-*`` headers; errors are
``{"error": "..."}``; bad input is a 4xx, never a 5xx.

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
  then the fault, then the work (400/404/401 token/409). Refused requests never consume a queued fault.
- A "drop" fault sends a 200 head announcing more body than it sends (or, for an SSE reply
  after processing, two deltas) and ends: uvicorn closes the connection and httpx raises
  ``RemoteProtocolError``. These count in ``stats.drops``, not in ``status_counts``.
- A "delay" before processing whose client has gone away by the end of the delay skips the
  work (recorded as 499 in ``status_counts``), so before-processing faults never change state.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import math
import re
import secrets
import threading
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response, StreamingResponse
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from koji_tui.server import interviewer
from koji_tui.server.catalog import SandboxStudy, load_studies, study_api_key
from koji_tui.server.config import PERMISSIONS, Fault, ServerConfig
from koji_tui.server.store import InterviewStore, StoredInterview, StoredMessage

log = logging.getLogger("koji_tui.server")
_T = TypeVar("_T")

API_PREFIX = "/api/v1/interviews"
HARD_BODY_CAP = 16 * 1024 * 1024  # beyond this we stop reading and close the connection
REASONS = ("natural", "respondent_left", "timeout", "manual")
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


@dataclass
class ServerStats:
    """What the sandbox served: ``status_counts`` (HTTP status -> count), ``requests``, ``drops``."""

    requests: int = 0
    status_counts: Counter[int] = field(default_factory=Counter)
    drops: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, status: int) -> None:
        with self._lock:
            self.status_counts[status] += 1

    def count_request(self) -> None:
        with self._lock:
            self.requests += 1

    def count_drop(self) -> None:
        with self._lock:
            self.drops += 1

    def reset(self) -> None:
        with self._lock:
            self.requests = 0
            self.drops = 0
            self.status_counts.clear()


@dataclass(frozen=True)
class Principal:
    study: SandboxStudy
    permissions: frozenset[str]


class ApiError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


# --------------------------------------------------------------------------- rate limiting


@dataclass
class RateDecision:
    limit: int
    remaining: int
    reset: int
    allowed: bool
    retry_after: int

    def headers(self) -> dict[str, str]:
        out = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset),
        }
        if not self.allowed:
            out["Retry-After"] = str(self.retry_after)
        return out


class FixedWindowLimiter:
    """Per-key fixed windows aligned to the clock: window_start = floor(now / W) * W."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._counts: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def hit(self, bucket: str, now: float) -> RateDecision:
        start = math.floor(now / self.window) * self.window
        reset = start + self.window
        with self._lock:
            if len(self._counts) > 10_000:  # forget old windows
                self._counts = {k: v for k, v in self._counts.items() if v[0] == start}
            seen_start, count = self._counts.get(bucket, (start, 0))
            if seen_start != start:
                count = 0
            count += 1
            self._counts[bucket] = (start, count)
        allowed = count <= self.limit
        return RateDecision(
            limit=self.limit,
            remaining=max(0, self.limit - count),
            reset=math.ceil(reset),
            allowed=allowed,
            retry_after=max(1, math.ceil(reset - now)),
        )


# --------------------------------------------------------------------------- responses


def _iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _json(payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(body, status, headers=headers, media_type="application/json")


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return _json({"error": message}, status, headers)


class CutResponse(Response):
    """A response that announces more body than it sends and then ends: the server closes the
    connection and the client sees a broken response (httpx: RemoteProtocolError)."""

    def __init__(self, chunks: list[bytes], declared: int | None, media_type: str) -> None:
        super().__init__(b"", 200, media_type=media_type)
        self.chunks = chunks
        self.declared = declared
        self.delay = 0.0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", self.media_type.encode("latin-1"))]  # type: ignore[union-attr]
        if self.declared is not None:
            headers.append((b"content-length", str(self.declared).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for chunk in self.chunks:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
            if self.delay:
                await asyncio.sleep(self.delay)
        # returning without the final body message makes uvicorn close the connection


def _sse_event(event: str, data: Any) -> bytes:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()


def split_for_stream(text: str, parts: int = 5) -> list[str]:
    """Split ``text`` into a few chunks (on word boundaries) whose concatenation is ``text``."""
    words = re.findall(r"\s*\S+\s*", text) or [text]
    if len(words) == 1:
        if len(text) < 2:
            return [text]
        mid = len(text) // 2
        return [text[:mid], text[mid:]]
    size = max(1, math.ceil(len(words) / parts))
    chunks = ["".join(words[i : i + size]) for i in range(0, len(words), size)]
    consumed = "".join(chunks)
    if consumed != text:  # leading/trailing whitespace not captured by the pattern
        chunks[-1] += text[len(consumed) :]
    return chunks


# --------------------------------------------------------------------------- the sandbox state


class Sandbox:
    """Studies, keys, the store, the limiter and the interview logic of one running app."""

    def __init__(self, config: ServerConfig, stats: ServerStats | None = None) -> None:
        self.config = config
        self.stats = stats or ServerStats()
        self.studies: list[SandboxStudy] = load_studies(config.studies_dir)
        self.by_id = {s.id: s for s in self.studies}
        self.keys: dict[str, Principal] = {
            study_api_key(s.id): Principal(s, frozenset(PERMISSIONS)) for s in self.studies
        }
        builtin = {key: principal.study for key, principal in self.keys.items()}
        self.extra_keys: dict[str, Principal] = {}
        for entry in config.extra_keys:
            key, principal = self._extra_key(entry)
            if key in builtin:
                raise ValueError(
                    f"extra key {key!r} is the built-in key of study {builtin[key].id!r}; "
                    "pick another key"
                )
            if key in self.extra_keys:
                raise ValueError(f"extra key {key!r} is given more than once")
            self.extra_keys[key] = principal
            self.keys[key] = principal
        self.store = InterviewStore(config.resolved_data_dir())
        self.limiter = FixedWindowLimiter(config.rate.limit, config.rate.window)

    def _extra_key(self, entry: Any) -> tuple[str, Principal]:
        if not isinstance(entry, dict):
            raise ValueError("extra_keys entries are dicts with key, study_id, permissions")
        key = entry.get("key")
        study_id = entry.get("study_id")
        perms = entry.get("permissions", PERMISSIONS)
        if not isinstance(key, str) or not key or any(c.isspace() for c in key):
            raise ValueError("an extra key must be a non-empty string without spaces")
        if study_id not in self.by_id:
            raise ValueError(f"extra key for unknown study {study_id!r}")
        if isinstance(perms, str) or not isinstance(perms, (list, tuple, set, frozenset)):
            raise ValueError("extra key permissions must be a list")
        if not perms:
            raise ValueError(
                f"extra key {key!r} has an empty permission list; give at least one of "
                f"{', '.join(PERMISSIONS)} (or leave the list out for all of them)"
            )
        unknown = set(perms) - set(PERMISSIONS)
        if unknown:
            raise ValueError(f"unknown permissions: {', '.join(sorted(unknown))}")
        return key, Principal(self.by_id[study_id], frozenset(perms))

    def close(self) -> None:
        self.store.close()

    # ----------------------------------------------------------------- ids

    def _new_ids(self, seq: int) -> tuple[str, str]:
        if self.config.seed is None:
            return "int_" + secrets.token_hex(8), "stk_" + secrets.token_urlsafe(18)
        base = f"koji-tui-sandbox:{self.config.seed}:{seq}"
        iid = hashlib.sha256(f"{base}:id".encode()).hexdigest()[:16]
        token = hashlib.sha256(f"{base}:token".encode()).hexdigest()[:24]
        return "int_" + iid, "stk_" + token

    # ----------------------------------------------------------------- views

    def _question(self, obj: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if self.config.plain_questions else obj

    def message_view(self, message: StoredMessage) -> dict[str, Any]:
        view: dict[str, Any] = {
            "role": message.role,
            "content": message.content,
            "created_at": _iso(message.created_at),
        }
        question = self._question(message.question)
        if question is not None:
            view["question"] = question
        return view

    def interview_view(self, interview: StoredInterview) -> dict[str, Any]:
        return {
            "interview_id": interview.id,
            "study_id": interview.study_id,
            "status": interview.status,
            "respondent": interview.respondent,
            "mode": interview.mode,
            "locale": interview.locale,
            "created_at": _iso(interview.created_at),
            "completed_at": _iso(interview.completed_at),
            "completion_reason": interview.completion_reason,
            "turn_count": len(interview.messages),
            "is_complete": interview.is_complete or interview.status == "completed",
            "quality_score": interview.quality_score,
            "messages": [self.message_view(m) for m in interview.messages],
        }

    # ----------------------------------------------------------------- work (worker thread)

    def _load(self, principal: Principal, interview_id: str) -> StoredInterview:
        interview = self.store.get(interview_id)
        if interview is None or interview.study_id != principal.study.id:
            raise ApiError(404, "Interview not found")
        return interview

    @staticmethod
    def _check_token(interview: StoredInterview, token: str | None) -> None:
        if token is not None and not secrets.compare_digest(
            token.encode("utf-8", "replace"), interview.session_token.encode()
        ):
            # 403, not 401: the spec keeps 401 for a missing or invalid API key, and a client
            # would tell the user their key is wrong
            raise ApiError(403, "Invalid session token for this interview")

    def start(self, principal: Principal, body: dict[str, Any]) -> dict[str, Any]:
        study = principal.study
        respondent = _respondent(body.get("respondent"))
        mode = body.get("mode")
        if mode is not None and mode not in ("text", "voice"):
            raise ApiError(400, 'mode must be "text" or "voice"')
        if mode is None:
            mode = study.mode
        if mode != study.mode:
            if mode == "voice":
                raise ApiError(
                    400, "This study runs text interviews only: voice mode is not available"
                )
            raise ApiError(
                400,
                "This study is voice-only: it cannot run in text mode "
                '(start it with mode "voice" from a voice client)',
            )
        locale_in = body.get("locale")
        if locale_in is not None and not isinstance(locale_in, str):
            raise ApiError(400, 'locale must be a string such as "en"')
        locale = study.resolve_locale(locale_in)
        name = respondent.get("display_name") if respondent else None
        turn = interviewer.opening(study, locale, name)
        now = self.config.now()

        def make(seq: int) -> StoredInterview:
            iid, token = self._new_ids(seq)
            return StoredInterview(
                id=iid,
                study_id=study.id,
                session_token=token,
                status="active",
                respondent=respondent,
                mode=mode,
                locale=locale,
                created_at=now,
                completed_at=None,
                completion_reason=None,
                quality_score=None,
                feedback=None,
                is_complete=False,
                state=interviewer.new_state(),
                messages=[StoredMessage("assistant", turn.content, now, turn.question)],
            )

        interview = self.store.create(make)
        iid, token = interview.id, interview.session_token
        reply: dict[str, Any] = {
            "interview_id": iid,
            "session_token": token,
            "initial_message": turn.content,
        }
        question = self._question(turn.question)
        if question is not None:
            reply["question"] = question
        reply["turn_count"] = 1
        reply["is_complete"] = False
        return reply

    def message(
        self, principal: Principal, interview_id: str, text: str, token: str | None
    ) -> tuple[StoredInterview, StoredMessage, StoredMessage]:
        with self.store.interview_lock(interview_id):
            interview = self._load(principal, interview_id)
            self._check_token(interview, token)
            if interview.status == "completed":
                raise ApiError(409, "Interview is already completed")
            study = principal.study
            turn, complete = interviewer.respond(
                study, interview.locale, interview.state, text, len(interview.messages)
            )
            now = self.config.now()
            user = StoredMessage("user", text, now)
            reply = StoredMessage("assistant", turn.content, now, turn.question)
            interview.is_complete = interview.is_complete or complete
            self.store.append_exchange(interview, [user, reply])
        return interview, user, reply

    def message_reply(self, interview: StoredInterview, reply: StoredMessage) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": reply.content}
        question = self._question(reply.question)
        if question is not None:
            message["question"] = question
        return {
            "message": message,
            "turn_count": len(interview.messages),
            "is_complete": interview.is_complete,
        }

    def legacy_reply(self, interview: StoredInterview) -> dict[str, Any]:
        n = len(interview.messages)
        short = interview.id.removeprefix("int_")
        return {
            "message_id": f"msg_{short}_{n - 1}",
            "interviewer_response": {
                "content": interview.messages[-1].content,
                "message_id": f"msg_{short}_{n}",
            },
            "interview_status": "completed" if interview.is_complete else "active",
            "messages_count": n,
        }

    def complete(
        self, principal: Principal, interview_id: str, body: dict[str, Any], token: str | None
    ) -> dict[str, Any]:
        reason = body.get("reason", "manual")
        if reason is None:
            reason = "manual"
        if reason not in REASONS:
            raise ApiError(400, f"reason must be one of: {', '.join(REASONS)}")
        feedback = body.get("feedback")
        if feedback is not None and not isinstance(feedback, dict):
            raise ApiError(400, "feedback must be a JSON object")
        with self.store.interview_lock(interview_id):
            interview = self._load(principal, interview_id)
            self._check_token(interview, token)
            if interview.status != "completed":
                interview.status = "completed"
                interview.completed_at = self.config.now()
                interview.completion_reason = reason
                interview.quality_score = interviewer.quality_score(
                    principal.study, interview.state
                )
                interview.feedback = feedback
                self.store.complete(interview)
        return {
            "interview_id": interview.id,
            "status": "completed",
            "quality_score": interview.quality_score,
            "reason": interview.completion_reason,
        }

    def get(self, principal: Principal, interview_id: str) -> dict[str, Any]:
        return self.interview_view(self._load(principal, interview_id))


def _respondent(raw: Any) -> dict[str, Any] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ApiError(400, "respondent must be a JSON object")
    out: dict[str, Any] = {"external_id": None, "display_name": None, "metadata": {}}
    for name in ("external_id", "display_name"):
        value = raw.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ApiError(400, f"respondent.{name} must be a string")
        if len(value) > 200:
            raise ApiError(400, f"respondent.{name} is longer than 200 characters")
        out[name] = value
    metadata = raw.get("metadata")
    if metadata is not None:
        if not isinstance(metadata, dict):
            raise ApiError(400, "respondent.metadata must be an object of key-value pairs")
        if len(metadata) > 50:
            raise ApiError(400, "respondent.metadata has more than 50 keys")
        for key, value in metadata.items():
            if value is not None and not isinstance(value, (str, int, float, bool)):
                raise ApiError(
                    400, f"respondent.metadata[{key!r}] must be a string, number, boolean or null"
                )
            if len(key) > 100 or len(str(value)) > 1000:
                raise ApiError(400, "respondent.metadata keys/values are too long")
            out["metadata"][key] = value
    return out


# --------------------------------------------------------------------------- HTTP pipeline

_ROUTES: list[tuple[str, str, str, str | None, str]] = [
    # (method, pattern, endpoint, permission, handler)
    ("POST", r"start", "start", "interview:start", "start"),
    ("POST", r"(?P<id>[^/]+)/message", "message", "interview:chat", "message"),
    ("POST", r"(?P<id>[^/]+)/messages", "message", "interview:chat", "legacy"),
    ("POST", r"(?P<id>[^/]+)/complete", "complete", "interview:complete", "complete"),
    ("GET", r"(?P<id>[^/]+)", "get", "interview:read", "get"),
]
_COMPILED = [(m, re.compile(p + r"/?"), e, perm, h) for m, p, e, perm, h in _ROUTES]


@dataclass
class _Body:
    data: bytes = b""
    too_large: bool = False
    close: bool = False
    disconnected: bool = False
    timed_out: bool = False


def _has_body(request: Request) -> bool:
    headers = request.headers
    return "transfer-encoding" in headers or headers.get("content-length", "0").strip() != "0"


async def _read_body(request: Request, limit: int, seconds: float) -> _Body:
    """The request body, read within ``seconds`` (a client announcing more than it sends
    would otherwise hold a connection and a request task open)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > HARD_BODY_CAP:
        return _Body(too_large=True, close=True)
    chunks: list[bytes] = []
    size = 0
    try:
        async with asyncio.timeout(seconds):
            async for chunk in request.stream():
                size += len(chunk)
                if size > HARD_BODY_CAP:
                    return _Body(too_large=True, close=True)
                if size <= limit:
                    chunks.append(chunk)
    except ClientDisconnect:
        return _Body(disconnected=True)
    except TimeoutError:
        return _Body(timed_out=True, close=True)
    if size > limit:
        return _Body(too_large=True)
    return _Body(b"".join(chunks))


NON_FINITE_MESSAGE = (
    "The request body contains a number that is not finite (NaN, Infinity or one too large "
    "to store): JSON numbers must be finite"
)


# strict UTF-8 cannot carry a surrogate, so only a \uD800-\uDFFF escape can make one
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


class _NonFinite(Exception):
    """Python's json reads ``NaN``/``Infinity`` (and ``1e999`` as infinity); JSON has neither."""


def _refuse_constant(name: str) -> float:
    raise _NonFinite(name)


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NonFinite(text)
    return value


def _decode_object(data: bytes, optional: bool) -> dict[str, Any]:
    if not data.strip():
        if optional:
            return {}
        raise ApiError(400, "The request body must be a JSON object")
    try:
        value = json.loads(
            data.decode("utf-8"), parse_constant=_refuse_constant, parse_float=_finite_float
        )
    except _NonFinite:
        raise ApiError(400, NON_FINITE_MESSAGE) from None
    except (UnicodeDecodeError, ValueError, RecursionError):  # ValueError: a 5,000-digit number
        raise ApiError(400, "The request body is not valid JSON") from None
    if not isinstance(value, dict):
        raise ApiError(400, "The request body must be a JSON object")
    if _SURROGATE_ESCAPE.search(data) is None:  # the only way to a lone surrogate
        return value
    try:  # "\ud800" escapes decode to lone surrogates, which no UTF-8 store can keep
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise ApiError(
            400, "The request body contains invalid Unicode (a lone surrogate)"
        ) from None
    except (ValueError, RecursionError):
        raise ApiError(400, "The request body is not valid JSON") from None
    return value


def _message_text(body: dict[str, Any]) -> str:
    value = body.get("message")
    field_name = "message"
    if value is None:
        value = body.get("content")
        field_name = "content"
    if value is None:
        raise ApiError(400, 'Send the answer as {"message": "..."} (or {"content": "..."})')
    if not isinstance(value, str):
        raise ApiError(400, f"{field_name} must be a string")
    if not value.strip():
        raise ApiError(400, "Message is empty")
    if "\x00" in value:
        raise ApiError(400, "Message contains a NUL character")
    return value


INLINE_BODY_LIMIT = 64 * 1024


async def _run(body: _Body, work: Callable[..., _T], *args: Any) -> _T:
    """Do the SQLite work of a request. Small requests run inline: their indexed reads and
    unsynced WAL writes take tens of microseconds, less than a hop to a worker thread and back
    (which, with the GIL on two cores, cost more than the work and 3x the throughput). A large
    body (a long answer to store and read) goes to a worker thread, so it does not hold up
    the event loop."""
    if len(body.data) > INLINE_BODY_LIMIT:
        return await run_in_threadpool(work, *args)
    return work(*args)


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization")
    if not header:
        return None
    scheme, _, token = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def _wants_sse(request: Request) -> bool:
    return "text/event-stream" in request.headers.get("accept", "").lower()


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
        body = _Body()
        if request.method in ("POST", "PUT", "PATCH") or _has_body(request):
            body = await _read_body(request, self.config.max_body_bytes, self.config.body_timeout)
        raw_path = request.scope.get("raw_path") or request.url.path.encode()
        path = raw_path.decode("latin-1").split("?", 1)[0]
        route = self._match(request.method, path)

        key = _bearer(request)
        principal = self.sandbox.keys.get(key) if key else None
        client = request.client.host if request.client else "unknown"
        bucket = f"key:{key}" if principal else f"anon:{client}"
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
            return await self._with_faults(
                request, endpoint, handler, principal, interview_id, body, headers
            )
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

    # ----------------------------------------------------------------- faults

    async def _with_faults(
        self,
        request: Request,
        endpoint: str,
        handler: str,
        principal: Principal,
        interview_id: str,
        body: _Body,
        headers: dict[str, str],
    ) -> Response:
        if handler == "legacy" and not self.config.legacy_messages_endpoint:
            raise ApiError(404, "No such endpoint: use POST /api/v1/interviews/{id}/message")
        faults = self.config.faults
        fault = faults.take(endpoint)
        latency = faults.latency_for_request()
        if latency:
            await asyncio.sleep(latency)
        if fault is not None and not fault.after_processing:
            if fault.kind == "delay":
                await asyncio.sleep(fault.seconds)
                if await request.is_disconnected():
                    return error_response(499, "Client went away during the delay", headers)
            else:
                return self._fault_response(fault, headers, request, None)
        work = self._work(request, handler, principal, interview_id, body, headers)
        if fault is not None and fault.after_processing:
            try:
                response = await work()
            except ApiError as exc:
                response = error_response(exc.status, exc.message, {**headers, **exc.headers})
            if fault.kind == "delay":
                await asyncio.sleep(fault.seconds)
                return response
            return self._fault_response(fault, headers, request, response)
        return await work()

    def _fault_response(
        self, fault: Fault, headers: dict[str, str], request: Request, done: Response | None
    ) -> Response:
        if fault.kind == "500":
            return error_response(500, "Internal server error (sandbox fault)", headers)
        if fault.kind == "503":
            return error_response(
                503, "Service unavailable (sandbox fault)", {**headers, "Retry-After": "1"}
            )
        if fault.kind == "malformed":
            variant = self.config.faults.choice(3)
            if variant == 0:
                return Response(
                    b"<html><body><h1>502 Bad Gateway</h1></body></html>",
                    200,
                    headers=headers,
                    media_type="text/html",
                )
            if variant == 1:
                return _json({"unexpected": True, "data": None}, 200, headers)
            return Response(
                b'{"message": {"role": "assistant", "content": "',
                200,
                headers=headers,
                media_type="application/json",
            )
        # drop: the body is cut short and the connection closed
        if done is not None and isinstance(done, StreamingResponse):
            cut = CutResponse(
                [_sse_event("delta", {"text": "Thanks"}), _sse_event("delta", {"text": ", "})],
                None,
                "text/event-stream",
            )
            cut.delay = self.config.stream_delay
            return cut
        payload = b'{"message": {"role": "assistant", "content": "Tha'
        return CutResponse([payload], 4096, "application/json")

    # ----------------------------------------------------------------- endpoints

    def _work(
        self,
        request: Request,
        handler: str,
        principal: Principal,
        interview_id: str,
        body: _Body,
        headers: dict[str, str],
    ) -> Callable[[], Awaitable[Response]]:
        sandbox = self.sandbox
        token = request.headers.get("x-session-token")

        async def start() -> Response:
            data = _decode_object(body.data, optional=True)
            reply = await _run(body, sandbox.start, principal, data)
            return _json(reply, self.config.start_status, headers)

        async def message() -> Response:
            data = _decode_object(body.data, optional=False)
            if handler == "legacy" and data.get("type", "respondent") not in ("respondent", "user"):
                raise ApiError(
                    400, 'Only the respondent posts messages: "type" must be "respondent"'
                )
            text = _message_text(data)
            interview, _user, reply = await _run(
                body, sandbox.message, principal, interview_id, text, token
            )
            if handler == "legacy":
                return _json(sandbox.legacy_reply(interview), 200, headers)
            payload = sandbox.message_reply(interview, reply)
            if _wants_sse(request):
                return self._stream(payload, headers)
            return _json(payload, 200, headers)

        async def complete() -> Response:
            data = _decode_object(body.data, optional=True)
            reply = await _run(body, sandbox.complete, principal, interview_id, data, token)
            return _json(reply, 200, headers)

        async def get() -> Response:
            reply = await _run(body, sandbox.get, principal, interview_id)
            return _json(reply, 200, headers)

        return {"start": start, "message": message, "legacy": message, "complete": complete,
                "get": get}[handler]  # fmt: skip

    def _stream(self, payload: dict[str, Any], headers: dict[str, str]) -> Response:
        delay = self.config.stream_delay

        async def events() -> AsyncIterator[bytes]:
            for i, chunk in enumerate(split_for_stream(payload["message"]["content"])):
                if i and delay:
                    await asyncio.sleep(delay)
                yield _sse_event("delta", {"text": chunk})
            if delay:
                await asyncio.sleep(delay)
            yield _sse_event("done", payload)

        return StreamingResponse(
            events(),
            200,
            headers={**headers, "Cache-Control": "no-cache"},
            media_type="text/event-stream",
        )


def create_app(config: ServerConfig | None = None, stats: ServerStats | None = None) -> Starlette:
    """The sandbox as an ASGI app (``app.state.sandbox`` is its :class:`Sandbox`)."""
    return SandboxApp(config or ServerConfig(), stats).asgi
