"""The async client: :class:`KojiClient`. See the package docstring for the full story."""

from __future__ import annotations

import asyncio
import json
import logging
import random
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import aclosing
from dataclasses import dataclass
from typing import Any, Literal, TypeVar
from urllib.parse import quote, urlsplit, urlunsplit

import httpx
from pydantic import BaseModel, ValidationError

from .errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    KojiError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ReplyPendingError,
    ServerError,
    TransportError,
)
from .models import (
    CompleteRequest,
    CompleteResult,
    Interview,
    MessageDelta,
    MessageResult,
    Respondent,
    StartRequest,
    StartResult,
)
from .observable import ClientActivity, RateLimitState
from .ratelimit import RateLimiter
from .sse import iter_sse

__all__ = ["API_PATH", "KojiClient", "normalise_base_url"]

KEEPALIVE_EXPIRY = 3.0  # seconds an idle connection is kept for reuse

log = logging.getLogger("koji_tui.api")

API_PATH = "/api/v1/interviews"
M = TypeVar("M", bound=BaseModel)
R = TypeVar("R")

_DONE_EVENTS = frozenset({"done", "complete", "completed", "end", "final", "result", "message_end"})


def normalise_base_url(base_url: str) -> str:
    """The interviews endpoint root for any accepted form of ``base_url``.

    Accepted: ``https://host``, ``https://host/``, ``https://host/prefix`` (API mounted under a
    prefix), ``https://host[/prefix]/api/v1`` and ``https://host[/prefix]/api/v1/interviews``, each
    with or without a trailing slash. Query strings and fragments are dropped. The scheme must be
    http or https. Returns ``scheme://host[:port][/prefix]/api/v1/interviews`` (no trailing slash).
    """
    text = (base_url or "").strip()
    if not text:
        raise ValueError("The base URL is empty (expected e.g. https://yourdomain.com).")
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError(
            f"The base URL {text!r} is not an http(s) URL (expected e.g. https://yourdomain.com)."
        )
    if "@" in parts.netloc:
        raise ValueError("The base URL must not contain credentials (user:password@).")
    path = parts.path.rstrip("/")
    if path.endswith(API_PATH):
        pass
    elif path.endswith("/api/v1"):
        path += "/interviews"
    else:
        path += API_PATH
    return urlunsplit((parts.scheme.lower(), parts.netloc, path, "", ""))


class _Secret:
    """Holds the API key; its repr never shows it."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "<hidden>"

    __str__ = __repr__


@dataclass(slots=True)
class _Outcome:
    """Result of reconciling an ambiguous send against the transcript."""

    kind: Literal["replied", "absent", "pending", "unknown"]
    result: MessageResult | None = None
    error: KojiError | None = None


_STATUS_ERRORS: dict[int, type[KojiError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitedError,
}


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


class KojiClient:
    """Async client for Koji's Headless API (one shared connection pool per client).

    Use as ``async with KojiClient(base_url, api_key) as client: ...`` (or call :meth:`aclose`).

    Parameters: ``timeout`` (seconds, per network operation), ``max_retries`` (automatic retries per
    call, each kind bounded separately: transient failures and 429 waits), ``max_rate_limit_wait``
    (longest wait for a rate-limit reset before raising :class:`RateLimitedError`),
    ``backoff_base``/``backoff_max`` (exponential backoff with jitter), ``reconcile_polls`` /
    ``reconcile_interval`` (how long to wait for a reply the server is still producing),
    ``message_path`` (``"message"``, or ``"messages"`` for the older plural endpoint which also
    gets the older body ``{"content", "type": "respondent"}``), ``message_field`` (``"message"``
    as in the seed, or ``"content"``).
    """

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        timeout: float = 30.0,
        max_retries: int = 3,
        max_rate_limit_wait: float = 120.0,
        backoff_base: float = 0.25,
        backoff_max: float = 8.0,
        reconcile_polls: int = 3,
        reconcile_interval: float = 1.0,
        message_path: Literal["message", "messages"] = "message",
        message_field: Literal["message", "content"] = "message",
        user_agent: str = "koji-tui/0.1",
    ) -> None:
        key = (api_key or "").strip()
        if not key:
            raise ValueError("The API key is empty.")
        if not key.isascii() or not key.isprintable() or any(c.isspace() for c in key):
            raise ValueError(
                "The API key contains characters that cannot be sent in an HTTP header "
                "(spaces, line breaks or non-ASCII characters): check what was pasted."
            )
        self.base_url = normalise_base_url(base_url)
        self._key = _Secret(key)
        self.timeout = float(timeout)
        self.max_retries = max(0, int(max_retries))
        self.backoff_base = backoff_base
        self.backoff_max = backoff_max
        self.reconcile_polls = max(0, int(reconcile_polls))
        self.reconcile_interval = reconcile_interval
        self.message_path = message_path
        self.message_field = message_field
        self.user_agent = user_agent
        self.rate_limit = RateLimitState()
        self.activity = ClientActivity()
        self._limiter = RateLimiter(self.rate_limit, self.activity, max_wait=max_rate_limit_wait)
        self._http: httpx.AsyncClient | None = None
        self._closed = False
        # Messages in each interview's transcript as last reported (reconciliation baseline).
        self._turns: dict[str, int] = {}

    # ------------------------------------------------------------------ lifecycle
    def __repr__(self) -> str:
        return f"KojiClient(base_url={self.base_url!r}, api_key=<hidden>)"

    async def __aenter__(self) -> KojiClient:
        self._client()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool. Safe to call twice."""
        self._closed = True
        if self._http is not None:
            http, self._http = self._http, None
            await http.aclose()

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            if self._closed:
                raise RuntimeError("This KojiClient is closed.")
            self._http = httpx.AsyncClient(
                headers={
                    "Authorization": f"Bearer {self._key.get()}",
                    "Accept": "application/json",
                    "User-Agent": self.user_agent,
                },
                timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)),
                follow_redirects=False,
                # Drop idle connections before common servers do (uvicorn and many proxies close
                # them after 5 s): reusing one the server is closing fails the request.
                limits=httpx.Limits(keepalive_expiry=KEEPALIVE_EXPIRY),
            )
        return self._http

    @property
    def max_rate_limit_wait(self) -> float:
        return self._limiter.max_wait

    @max_rate_limit_wait.setter
    def max_rate_limit_wait(self, value: float) -> None:
        self._limiter.max_wait = value

    # ------------------------------------------------------------------ helpers
    def _redact(self, text: str) -> str:
        """``text`` without the API key: any case, and a key cut off by a length limit (its
        beginning left at the end of a snippet) too."""
        key = self._key.get()
        if not key or not text:
            return text
        hidden = "<api key hidden>"
        out = re.sub(re.escape(key), hidden, text, flags=re.IGNORECASE)
        low_out, low_key = out.lower(), key.lower()
        for n in range(min(len(key) - 1, len(out)), 7, -1):
            if low_out.endswith(low_key[:n]):
                return out[:-n] + hidden
        return out

    def _url(self, *segments: str) -> str:
        return "/".join([self.base_url, *(quote(s, safe="") for s in segments)])

    def _backoff(self, attempt: int) -> float:
        delay = min(self.backoff_max, self.backoff_base * (2**attempt))
        return delay * random.uniform(0.5, 1.0)

    @staticmethod
    def _check_id(interview_id: str) -> str:
        if not isinstance(interview_id, str) or not interview_id.strip():
            raise BadRequestError("The interview id is empty.")
        return interview_id.strip()

    def _transport_error(self, exc: httpx.HTTPError, what: str) -> TransportError:
        """Map an httpx failure; ``maybe_processed`` is False only when nothing reached the server."""
        not_sent = isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
        if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
            why = "cannot connect to the server"
        elif isinstance(exc, httpx.PoolTimeout):
            why = "no free connection in the pool"
        elif isinstance(exc, httpx.TimeoutException):
            why = f"no reply within {self.timeout:g} s"
        elif isinstance(exc, httpx.RemoteProtocolError):
            why = "the server closed the connection without a complete reply"
        else:
            why = "the connection failed"
        detail = self._redact(str(exc)) if str(exc) else type(exc).__name__
        return TransportError(
            f"{what}: {why} ({detail}).", None, None, maybe_processed=not not_sent
        )

    def _error_for(self, response: httpx.Response, what: str) -> KojiError:
        status = response.status_code
        server_error: str | None = None
        try:
            body = response.json()
        except (ValueError, UnicodeDecodeError):
            body = None
        if isinstance(body, dict):
            err = body.get("error") if "error" in body else body.get("message")
            if isinstance(err, dict):
                err = err.get("message") or json.dumps(err)
            if err is not None:
                server_error = self._redact(str(err))
        if server_error is None and response.content and body is None:
            snippet = response.text.strip().splitlines()[0][:200] if response.text.strip() else ""
            server_error = self._redact(snippet) or None
        reason = server_error or response.reason_phrase or "no details"
        message = f"{what} failed with HTTP {status}: {reason}"
        if status == 429:
            return RateLimitedError(
                message, status, server_error, retry_at=self._limiter.retry_at_after_429()
            )
        cls = _STATUS_ERRORS.get(status)
        if cls is None:
            cls = ServerError if status >= 500 else BadRequestError
        return cls(message, status, server_error)

    def _parse(self, model: type[M], data: Any, what: str, status: int | None) -> M:
        if not isinstance(data, dict):
            raise MalformedResponseError(
                f"The server's reply to {what} is not a JSON object (got {type(data).__name__}).",
                status,
            )
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first.get("loc", ())) or None
            if first.get("type") == "missing":
                text = f"is missing the required field {field!r}"
            else:
                got = first.get("input")
                shown = self._redact(repr(got))[:60]
                text = (
                    f"has a wrong value for {field!r}: {first.get('msg', 'invalid')} (got {shown})"
                )
            raise MalformedResponseError(
                f"The server's reply to {what} {text}.", status, None, field=field
            ) from None

    def _json(self, response: httpx.Response, what: str) -> Any:
        try:
            return json.loads(response.content)
        except (ValueError, UnicodeDecodeError):
            ctype = response.headers.get("content-type", "no content type")
            snippet = self._redact(response.text[:80]) if response.content else ""
            raise MalformedResponseError(
                f"The server's reply to {what} is not valid JSON ({ctype}): {snippet!r}.",
                response.status_code,
            ) from None

    # ------------------------------------------------------------------ one HTTP exchange
    async def _exchange(
        self,
        op: int,
        method: str,
        url: str,
        what: str,
        *,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        stream: bool = False,
    ) -> httpx.Response:
        """Send one request: paced, with 429 waited out and retried (bounded).

        Returns a 2xx response (open when ``stream``); raises a typed error otherwise.
        """
        http = self._client()
        waits = 0
        waiting_state = "pacing"
        while True:
            await self._limiter.acquire(op, waiting_state)
            self.activity._update(op, "sending", what)
            started = time.perf_counter()
            request = http.build_request(method, url, json=body, headers=headers)
            try:
                response = await http.send(request, stream=stream)
            except httpx.HTTPError as exc:
                self._limiter.release(None, None)
                error = self._transport_error(exc, what)
                log.debug("%s -> %s", what, error.message)
                raise error from exc
            except BaseException:
                self._limiter.release(None, None)
                raise
            self._limiter.release(response.headers, response.status_code)
            self.activity._set_offline(None)
            if log.isEnabledFor(logging.DEBUG):
                log.debug(
                    "%s -> %s in %.1f ms (rate limit %s/%s)",
                    what,
                    response.status_code,
                    (time.perf_counter() - started) * 1000,
                    self.rate_limit.remaining,
                    self.rate_limit.limit,
                )
            if response.is_success:
                return response
            try:
                await response.aread()
            except httpx.HTTPError as exc:
                raise self._transport_error(exc, what) from exc
            finally:
                await response.aclose()
            error = self._error_for(response, what)
            if response.status_code == 429 and isinstance(error, RateLimitedError):
                retry_at = error.retry_at or time.time() + 1.0
                wait = retry_at - time.time()
                if waits >= self.max_retries or wait > self._limiter.max_wait:
                    raise error
                waits += 1
                waiting_state = "waiting_rate_limit"
                log.debug("%s: rate limited, retrying in %.2f s", what, wait)
                continue
            raise error

    async def _with_retries(
        self,
        op: int,
        what: str,
        call: Callable[[], Awaitable[R]],
        *,
        retry_ambiguous: bool,
    ) -> R:
        attempt = 0
        while True:
            try:
                return await call()
            except KojiError as exc:
                kind = _classify(exc)
                if (
                    kind == "fatal"
                    or attempt >= self.max_retries
                    or (kind == "ambiguous" and not retry_ambiguous)
                ):
                    self._note_offline(exc)
                    raise
                await self._sleep_before_retry(op, exc, attempt, what)
                attempt += 1

    def _note_offline(self, exc: KojiError) -> None:
        if isinstance(exc, TransportError):
            self.activity._set_offline("cannot reach the server")

    async def _sleep_before_retry(self, op: int, exc: KojiError, attempt: int, what: str) -> None:
        delay = self._backoff(attempt)
        until = time.time() + delay
        if isinstance(exc, TransportError) and not exc.maybe_processed:
            self.activity._update(op, "offline", f"cannot reach the server; retrying {what}", until)
        else:
            self.activity._update(op, "retrying", f"retrying {what} after: {exc.message}", until)
        log.debug("%s failed (%s); retry %d in %.2f s", what, exc.message, attempt + 1, delay)
        await asyncio.sleep(delay)

    def _session_headers(self, session_token: str | None) -> dict[str, str] | None:
        if session_token is None:
            return None
        token = session_token.strip()
        if not token.isascii() or not token.isprintable():
            raise BadRequestError("The session token contains characters that cannot be sent.")
        return {"X-Session-Token": token} if token else None

    # ------------------------------------------------------------------ endpoints
    async def start(
        self,
        respondent: Respondent | Mapping[str, Any] | None = None,
        mode: str | None = None,
        locale: str | None = None,
    ) -> StartResult:
        """``POST /start``: create an interview (201 or 200 accepted).

        Retried only when the server provably did not process the request (connection refused,
        429, 503): a retried start after an ambiguous failure could create a second interview,
        and there is no way to find the first one, so such failures are raised.
        """
        if respondent is not None and not isinstance(respondent, Respondent):
            respondent = Respondent.model_validate(dict(respondent))
        body = StartRequest(respondent=respondent, mode=mode, locale=locale).to_json()
        what = "POST /start"
        op = self.activity._begin("sending", what)
        try:

            async def call() -> StartResult:
                response = await self._exchange(op, "POST", self._url("start"), what, body=body)
                return self._parse(StartResult, self._json(response, what), what, 201)

            result = await self._with_retries(op, what, call, retry_ambiguous=False)
        finally:
            self.activity._end(op)
        self._turns[result.interview_id] = result.turn_count or 1
        return result

    def _message_body(self, text: str) -> dict[str, Any]:
        if self.message_path == "messages":
            return {"content": text, "type": "respondent"}
        return {self.message_field: text}

    def _check_text(self, text: str) -> str:
        if not isinstance(text, str) or not text.strip():
            raise BadRequestError("The answer is empty: type something before sending.")
        return text

    def _remember(self, interview_id: str, result: MessageResult) -> MessageResult:
        if result.turn_count is not None:
            self._turns[interview_id] = result.turn_count
        else:
            self._turns.pop(interview_id, None)
        return result

    async def send_message(
        self,
        interview_id: str,
        text: str,
        *,
        session_token: str | None = None,
        reconcile_first: bool = False,
    ) -> MessageResult:
        """``POST /{id}/message``: send the participant's answer and return the interviewer's reply.

        Never sends an answer twice: after an ambiguous failure the transcript is checked first
        (see the package docstring). ``reconcile_first=True`` checks the transcript BEFORE sending
        (for an answer whose earlier send failed in an unknown way, e.g. after a restart).
        """
        iid = self._check_id(interview_id)
        self._check_text(text)
        headers = self._session_headers(session_token)
        what = f"POST /{iid}/{self.message_path}"
        op = self.activity._begin("sending", what)
        try:
            baseline = self._turns.get(iid)

            def once() -> AsyncIterator[MessageDelta | MessageResult]:
                # Asks for JSON, but a server that always streams (text/event-stream) is read too.
                return self._stream_once(op, iid, text, headers or {}, what)

            async for item in self._send_flow(op, iid, text, baseline, what, once, reconcile_first):
                if isinstance(item, MessageResult):
                    return self._remember(iid, item)
            raise MalformedResponseError(f"The server sent no reply to {what}.")  # unreachable
        finally:
            self.activity._end(op)

    async def send_message_stream(
        self,
        interview_id: str,
        text: str,
        *,
        session_token: str | None = None,
        reconcile_first: bool = False,
    ) -> AsyncIterator[MessageDelta | MessageResult]:
        """Like :meth:`send_message`, asking for Server-Sent Events: yields :class:`MessageDelta`
        pieces as they arrive, then exactly one final :class:`MessageResult` (authoritative: its
        ``content`` is the whole reply). A JSON reply yields just the result. After a cut stream a
        ``MessageDelta("", restart=True)`` may come before the reply is delivered again."""
        iid = self._check_id(interview_id)
        self._check_text(text)
        headers = {**(self._session_headers(session_token) or {}), "Accept": "text/event-stream"}
        what = f"POST /{iid}/{self.message_path}"
        op = self.activity._begin("sending", what)
        try:
            baseline = self._turns.get(iid)

            def once() -> AsyncIterator[MessageDelta | MessageResult]:
                return self._stream_once(op, iid, text, headers, what)

            async with aclosing(
                self._send_flow(op, iid, text, baseline, what, once, reconcile_first)
            ) as flow:
                async for item in flow:
                    if isinstance(item, MessageResult):
                        self._remember(iid, item)
                    yield item
        finally:
            self.activity._end(op)

    async def _stream_once(
        self, op: int, iid: str, text: str, headers: dict[str, str], what: str
    ) -> AsyncIterator[MessageDelta | MessageResult]:
        response = await self._exchange(
            op, "POST", self._url(iid, self.message_path), what,
            body=self._message_body(text), headers=headers, stream=True,
        )  # fmt: skip
        try:
            ctype = response.headers.get("content-type", "").lower()
            if "text/event-stream" not in ctype:
                try:
                    await response.aread()
                except httpx.HTTPError as exc:
                    raise self._transport_error(exc, what) from exc
                yield self._parse(MessageResult, self._json(response, what), what, 200)
                return
            parts: list[str] = []
            final: MessageResult | None = None
            try:
                async for event in iter_sse(response.aiter_lines()):
                    data = event.data
                    if data.strip() == "[DONE]":
                        break
                    name = event.event.lower()
                    if name == "error":
                        raise ServerError(
                            f"{what}: the server reported an error mid-stream: "
                            f"{self._redact(_error_text(data))}",
                            None,
                            self._redact(_error_text(data)),
                        )
                    try:
                        payload: Any = json.loads(data)
                    except ValueError:
                        payload = None
                    if name in _DONE_EVENTS or (name == "message" and _looks_final(payload)):
                        if payload is None:
                            if not event.complete:
                                raise MalformedResponseError(
                                    f"The server's stream for {what} was cut inside its final "
                                    "event.",
                                    response.status_code,
                                )
                            if data.strip():
                                raise MalformedResponseError(
                                    f"The final event of the stream for {what} is not JSON: "
                                    f"{self._redact(data[:80])!r}.",
                                    response.status_code,
                                )
                            break
                        if isinstance(payload, dict) and not _has_content(payload) and parts:
                            payload = {**payload, "content": "".join(parts)}
                        final = self._parse(MessageResult, payload, what, response.status_code)
                        break
                    piece = _delta_text(payload, data)
                    if piece:
                        parts.append(piece)
                        yield MessageDelta(text=piece)
            except httpx.HTTPError as exc:
                error = self._transport_error(exc, what)
                error.message = f"{what}: the reply stream was cut ({error.message})"
                raise error from exc
            if final is None:
                if not parts:
                    raise MalformedResponseError(
                        f"The server's stream for {what} ended without any reply text.",
                        response.status_code,
                    )
                final = MessageResult(content="".join(parts))
            yield final
        finally:
            await response.aclose()

    async def _send_flow(
        self,
        op: int,
        iid: str,
        text: str,
        baseline: int | None,
        what: str,
        once: Callable[[], AsyncIterator[MessageDelta | MessageResult]],
        reconcile_first: bool,
    ) -> AsyncIterator[MessageDelta | MessageResult]:
        """Send with the no-duplicate retry policy; yields deltas and exactly one result."""
        if reconcile_first:
            outcome = await self._reconcile(op, iid, text, baseline)
            if outcome.kind == "replied" and outcome.result is not None:
                yield outcome.result
                return
            if outcome.kind == "pending":
                raise self._pending_error(what)
            if outcome.kind == "unknown" and outcome.error is not None:
                raise outcome.error
        attempt = 0
        while True:
            yielded = False
            try:
                async with aclosing(once()) as items:
                    async for item in items:
                        if isinstance(item, MessageDelta):
                            yielded = True
                        yield item
                return
            except KojiError as exc:
                kind = _classify(exc, carries_answer=True)
                if kind == "fatal":
                    raise
                if kind == "unprocessed":
                    if attempt >= self.max_retries:
                        self._note_offline(exc)
                        raise
                else:
                    outcome = await self._reconcile(op, iid, text, baseline)
                    if outcome.kind == "replied" and outcome.result is not None:
                        yield outcome.result
                        return
                    if outcome.kind == "pending":
                        raise self._pending_error(what) from exc
                    if outcome.kind == "unknown":
                        self._note_offline(exc)
                        raise
                    if attempt >= self.max_retries:
                        raise
                if yielded:
                    yield MessageDelta(text="", restart=True)
                await self._sleep_before_retry(op, exc, attempt, what)
                attempt += 1

    def _pending_error(self, what: str) -> ReplyPendingError:
        return ReplyPendingError(
            f"{what}: the server recorded the answer but has not replied yet. It was not sent "
            "again; reload the interview in a moment to see the reply.",
            None,
            None,
        )

    async def _reconcile(self, op: int, iid: str, text: str, baseline: int | None) -> _Outcome:
        """Look for ``text`` in the transcript (see the package docstring)."""
        polls = 0
        while True:
            self.activity._update(op, "reconciling", "checking whether the answer arrived")
            try:
                interview = await self._get(op, iid, retry=True)
            except KojiError as exc:
                log.debug("reconcile of %s failed: %s", iid, exc.message)
                return _Outcome("unknown", error=exc)
            outcome = _find_answer(interview, text, baseline)
            log.debug("reconcile of %s: %s", iid, outcome.kind)
            if outcome.kind != "pending" or polls >= self.reconcile_polls:
                return outcome
            polls += 1
            until = time.time() + self.reconcile_interval
            self.activity._update(op, "reconciling", "waiting for the interviewer's reply", until)
            await asyncio.sleep(self.reconcile_interval)

    async def complete(
        self,
        interview_id: str,
        *,
        session_token: str | None = None,
        reason: str | None = None,
        feedback: Mapping[str, Any] | None = None,
    ) -> CompleteResult:
        """``POST /{id}/complete`` (idempotent on the server, so retried freely)."""
        iid = self._check_id(interview_id)
        headers = self._session_headers(session_token)
        body = CompleteRequest(
            reason=reason, feedback=dict(feedback) if feedback is not None else None
        ).to_json()
        what = f"POST /{iid}/complete"
        op = self.activity._begin("sending", what)
        try:

            async def call() -> CompleteResult:
                response = await self._exchange(
                    op, "POST", self._url(iid, "complete"), what,
                    body=body or None, headers=headers,
                )  # fmt: skip
                return self._parse(CompleteResult, self._json(response, what), what, 200)

            return await self._with_retries(op, what, call, retry_ambiguous=True)
        finally:
            self.activity._end(op)

    async def get_interview(self, interview_id: str) -> Interview:
        """``GET /{id}``: metadata and the full transcript (read-only, retried freely)."""
        iid = self._check_id(interview_id)
        op = self.activity._begin("sending", f"GET /{iid}")
        try:
            return await self._get(op, iid, retry=True)
        finally:
            self.activity._end(op)

    async def _get(self, op: int, iid: str, *, retry: bool) -> Interview:
        what = f"GET /{iid}"

        async def call() -> Interview:
            response = await self._exchange(op, "GET", self._url(iid), what)
            return self._parse(Interview, self._json(response, what), what, 200)

        if not retry:
            return await call()
        return await self._with_retries(op, what, call, retry_ambiguous=True)


# ---------------------------------------------------------------------- pure helpers


def _classify(
    exc: KojiError, *, carries_answer: bool = False
) -> Literal["unprocessed", "ambiguous", "fatal"]:
    """Whether a failed request may be retried, and how.

    * ``unprocessed``: not processed -> resend. Connection refused / connect timeout (nothing
      reached the server). A 503 Service Unavailable usually means the server, gateway or load
      balancer refused the request before any work (overload, maintenance, not ready), so start,
      complete and get retry it directly (at worst a start leaves an empty interview behind).
      (429s are retried inside ``_exchange``.)
    * ``ambiguous``: the server may have done the work -> a non-idempotent call must reconcile.
      Read timeouts, connections cut after sending, 5xx, an error mid-stream. For a request that
      carries a participant's answer (``carries_answer``) a 503 is ambiguous too: nothing proves
      the origin did not store the answer before a proxy or the origin itself answered 503, and
      a duplicated answer is worse than one transcript read.
    * ``fatal``: retrying cannot help (4xx, malformed replies, a 429 wait too long).
    """
    if isinstance(exc, TransportError):
        return "ambiguous" if exc.maybe_processed else "unprocessed"
    if isinstance(exc, ReplyPendingError):
        return "fatal"
    if isinstance(exc, ServerError):
        return "unprocessed" if exc.status_code == 503 and not carries_answer else "ambiguous"
    if (
        carries_answer
        and isinstance(exc, MalformedResponseError)
        and exc.status_code is not None
        and 200 <= exc.status_code < 300
    ):
        return "ambiguous"  # the server accepted the answer; only its reply is unreadable
    return "fatal"


def _find_answer(interview: Interview, text: str, baseline: int | None) -> _Outcome:
    messages = interview.messages
    index: int | None = None
    decided = False
    # Precise check: we know how many messages the transcript had before this answer.
    if (
        baseline is not None
        and 0 < baseline <= len(messages)
        and messages[baseline - 1].role != "user"
    ):
        if len(messages) == baseline:
            return _Outcome("absent")
        if messages[baseline].role == "user" and _same_text(messages[baseline].content, text):
            decided = True
            index = baseline
        # Another message there: the server's turn_count may not count messages (the spec does
        # not define it), so the position proves nothing; fall back rather than resend.
    if not decided:
        # Fallback: the transcript's last user message.
        for i in range(len(messages) - 1, -1, -1):
            if messages[i].role == "user":
                if _same_text(messages[i].content, text):
                    index = i
                break
    if index is None:
        return _Outcome("absent")
    for j in range(index + 1, len(messages)):
        reply = messages[j]
        if reply.role == "assistant":
            result = MessageResult(
                content=reply.content,
                role="assistant",
                question=reply.question,
                turn_count=j + 1,
                is_complete=bool(interview.is_complete) or interview.completed,
                reconciled=True,
            )
            return _Outcome("replied", result)
        if reply.role == "user":
            break
    return _Outcome("pending")


def _error_text(data: str) -> str:
    try:
        payload = json.loads(data)
    except ValueError:
        return data.strip()[:200] or "unknown error"
    if isinstance(payload, dict):
        for key in ("error", "message", "detail"):
            if payload.get(key):
                return str(payload[key])[:200]
    return str(payload)[:200]


def _looks_final(payload: Any) -> bool:
    return isinstance(payload, dict) and (
        isinstance(payload.get("message"), dict)
        or "interviewer_response" in payload
        or "turn_count" in payload
        or "is_complete" in payload
    )


def _has_content(payload: dict[str, Any]) -> bool:
    msg = payload.get("message")
    if isinstance(msg, dict):
        return "content" in msg or "text" in msg
    return "content" in payload or "interviewer_response" in payload or isinstance(msg, str)


def _delta_text(payload: Any, raw: str) -> str:
    if payload is None:
        return raw  # plain-text data line
    if isinstance(payload, str):
        return payload
    if isinstance(payload, dict):
        for key in ("text", "content", "delta"):
            value = payload.get(key)
            if isinstance(value, str):
                return value
            if isinstance(value, dict):
                inner = value.get("content", value.get("text"))
                if isinstance(inner, str):
                    return inner
        choices = payload.get("choices")
        if isinstance(choices, list) and choices and isinstance(choices[0], dict):
            return _delta_text(choices[0].get("delta"), "")
    return ""
