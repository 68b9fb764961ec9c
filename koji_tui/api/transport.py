"""One HTTP exchange of :class:`koji_tui.api.KojiClient`: the connection pool, pacing, the 429
loop, and turning replies and failures into typed errors (with the API key redacted)."""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import random
import ssl
import time
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, SecretStr, ValidationError

from .errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    KojiError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    ServerError,
    TransportError,
)
from .observable import ClientActivity, RateLimitState
from .ratelimit import RateLimiter, Sleep
from .redact import Redactor

__all__ = [
    "DEADLINE",
    "ERROR_BODY_BYTES",
    "KEEPALIVE_EXPIRY",
    "MAX_REPLY_BYTES",
    "NestedTooDeeply",
    "Transport",
    "loads",
]

KEEPALIVE_EXPIRY = 3.0  # seconds an idle connection is kept for reuse
MAX_REPLY_BYTES = 4 * 1024 * 1024  # default cap of one successful reply (``max_reply_bytes``)
ERROR_BODY_BYTES = 8 * 1024  # what is read of an error reply: enough for its message
ERROR_TEXT_CHARS = 500  # longest server error text kept in an exception
DEADLINE = 120.0  # default seconds one call may take in all, retries included (``deadline``)
LATE_READ_SECONDS = 15.0  # a transcript read after a call's time is up (to reconcile) gets this

log = logging.getLogger("koji_tui.api")

M = TypeVar("M", bound=BaseModel)


@functools.cache
def tls_context() -> ssl.SSLContext:
    """httpx's default TLS context, made once per process: loading the CA bundle costs ~50 ms
    of CPU, which every new client paid again (a context is safe to share between clients)."""
    return httpx.create_ssl_context()


_STATUS_ERRORS: dict[int, type[KojiError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitedError,
}


class Transport:
    """The HTTP layer of the client (attributes are set by ``KojiClient.__init__``)."""

    base_url: str
    _key: SecretStr
    timeout: float
    max_retries: int
    backoff_base: float
    backoff_max: float
    user_agent: str
    rate_limit: RateLimitState
    activity: ClientActivity
    _limiter: RateLimiter
    _http: httpx.AsyncClient | None
    _closed: bool
    _redactor: Redactor
    deadline: float
    max_reply_bytes: int
    _budgets: dict[int, float]  # op -> the loop time by which the whole call must be over
    _sleep: Sleep | None  # every wait of the client (None: asyncio.sleep)

    def _client(self) -> httpx.AsyncClient:
        if self._http is None:
            if self._closed:
                raise RuntimeError("This KojiClient is closed.")
            self._http = httpx.AsyncClient(
                headers={
                    "Authorization": f"Bearer {self._key.get_secret_value()}",
                    "Accept": "application/json",
                    "User-Agent": self.user_agent,
                },
                timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)),
                follow_redirects=False,
                # Drop idle connections before common servers do (uvicorn and many proxies close
                # them after 5 s): reusing one the server is closing fails the request.
                limits=httpx.Limits(keepalive_expiry=KEEPALIVE_EXPIRY),
                verify=tls_context(),
            )
        return self._http

    def _now(self) -> float:  # the client's clock (epoch seconds)
        return self._limiter.clock()

    async def _pause(self, seconds: float) -> None:  # a backoff or a reconcile poll
        await (self._sleep or asyncio.sleep)(seconds)

    # ------------------------------------------------------------------ helpers
    def _redact(self, text: str) -> str:
        """``text`` without the API key or a session token this client has seen (see
        :mod:`koji_tui.api.redact`: whole, any case, cut off, or any long run of their random
        part)."""
        return self._redactor(text)

    def _scrub(self, exc: KojiError) -> KojiError:
        """``exc`` with every secret redacted from its text (the last line of defence)."""
        exc.message = self._redact(exc.message)
        exc.args = (exc.message,)
        if exc.server_error is not None:
            exc.server_error = self._redact(exc.server_error)
        return exc

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

    def _budget_for(self, op: int) -> float:
        """The loop time by which call ``op`` must be over, retries and reconcile included:
        ``deadline`` seconds after its first request (a send never takes longer in all)."""
        return self._budgets.setdefault(op, asyncio.get_running_loop().time() + self.deadline)

    def _budget_left(self, op: int) -> float:
        if op not in self._budgets:
            return self.deadline
        return self._budgets[op] - asyncio.get_running_loop().time()

    def _end_op(self, op: int) -> None:
        """The public call ``op`` is over: its activity entry and its time budget go."""
        self._budgets.pop(op, None)
        self.activity._end(op)

    def _deadline_error(self, what: str) -> TransportError:
        """The call's overall deadline passed (a reply trickling in, never ending, or retries
        that would run past it)."""
        return TransportError(
            f"{what}: no complete reply within {self.deadline:g} s (the client's deadline for "
            "one call, retries included); the server may have received it.",
            None,
            None,
            maybe_processed=True,
        )

    def _too_large(self, what: str, status: int | None, kind: str = "reply") -> KojiError:
        return MalformedResponseError(
            f"The server's {kind} to {what} is larger than {self.max_reply_bytes} bytes (the "
            "client's max_reply_bytes); it was not read further.",
            status,
        )

    def _error_for(self, response: httpx.Response, content: bytes, what: str) -> KojiError:
        """The typed error for a non-2xx reply whose first bytes are ``content``."""
        status = response.status_code
        server_error: str | None = None
        try:
            body = loads(content)
        except ValueError:
            body = None
        if isinstance(body, dict):
            err = body.get("error") if "error" in body else body.get("message")
            if isinstance(err, dict):
                err = err.get("message") or _dumps(err)
            if err is not None:
                server_error = self._redact(str(err)[:ERROR_TEXT_CHARS])
        text = content.decode("utf-8", "replace").strip()
        if server_error is None and text and body is None:
            server_error = self._redact(text.splitlines()[0][:200]) or None
            if len(content) >= ERROR_BODY_BYTES:
                server_error += (
                    f" … (the reply was longer; its first {ERROR_BODY_BYTES // 1024} KiB were read)"
                )
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
                try:
                    got = repr(first.get("input"))[:200]
                except RecursionError:
                    got = "a value nested too deeply"
                shown = self._redact(got)[:60]
                text = (
                    f"has a wrong value for {field!r}: {first.get('msg', 'invalid')} (got {shown})"
                )
            raise MalformedResponseError(
                f"The server's reply to {what} {text}.", status, None, field=field
            ) from None
        except RecursionError:
            raise MalformedResponseError(
                f"The server's reply to {what} is nested too deeply to read.", status
            ) from None

    def _json(self, response: httpx.Response, content: bytes, what: str) -> Any:
        try:
            return loads(content)
        except ValueError as exc:
            ctype = response.headers.get("content-type", "no content type")
            if isinstance(exc, NestedTooDeeply):
                why = "is JSON nested too deeply to read"
            else:
                why = "is not valid JSON"
            snippet = self._redact(content[:200].decode("utf-8", "replace")[:80])
            raise MalformedResponseError(
                f"The server's reply to {what} {why} ({ctype}): {snippet!r}.",
                response.status_code,
            ) from None

    # ------------------------------------------------------------------ reading a reply
    async def _read(
        self, response: httpx.Response, limit: int, deadline_at: float, what: str
    ) -> bytes:
        """The reply's body, at most ``limit`` bytes, by the request's deadline; closes it.

        A successful reply over the limit raises (see :meth:`_too_large`); an error reply is cut
        at the limit (only its beginning is needed for the message).
        """
        chunks: list[bytes] = []
        size = 0
        try:
            if response.is_success and _content_length(response) > limit:
                raise self._too_large(what, response.status_code)
            async with asyncio.timeout_at(deadline_at):
                async for chunk in response.aiter_bytes():
                    size += len(chunk)
                    if size > limit:
                        if response.is_success:
                            raise self._too_large(what, response.status_code)
                        chunks.append(chunk[: len(chunk) - (size - limit)])
                        break
                    chunks.append(chunk)
        except TimeoutError:
            raise self._deadline_error(what) from None
        except httpx.HTTPError as exc:
            raise self._transport_error(exc, what) from exc
        finally:
            await response.aclose()
        return b"".join(chunks)

    async def _fetch(
        self,
        op: int,
        method: str,
        url: str,
        what: str,
        *,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[httpx.Response, Any]:
        """One exchange whose 2xx reply is read (bounded) and decoded as JSON."""
        response, deadline_at = await self._exchange(
            op, method, url, what, body=body, headers=headers
        )
        content = await self._read(response, self.max_reply_bytes, deadline_at, what)
        return response, self._json(response, content, what)

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
    ) -> tuple[httpx.Response, float]:
        """Send one request: paced, with 429 waited out and retried (bounded).

        Returns a 2xx response, still open (its body unread), and the loop time by which the
        request must be over (``deadline`` seconds after it was sent); raises a typed error
        otherwise.
        """
        http = self._client()
        loop = asyncio.get_running_loop()
        waits = 0
        waiting_state = "pacing"
        while True:
            await self._limiter.acquire(op, waiting_state)
            self.activity._update(op, "sending", what)
            started = time.perf_counter()
            now = loop.time()
            deadline_at = min(now + self.deadline, self._budget_for(op))
            if deadline_at <= now + 1.0 and method == "GET":
                # A read of the transcript after the call's time is up (did the server get
                # the answer?) still gets a short while: it decides between "delivered" and
                # "unsent", and it is never followed by a resend.
                deadline_at = now + min(self.deadline, LATE_READ_SECONDS)
            elif deadline_at <= now:
                self._limiter.release(None, None)
                raise self._deadline_error(what)
            request = http.build_request(method, url, json=body, headers=headers)
            try:
                async with asyncio.timeout_at(deadline_at):
                    response = await http.send(request, stream=True)
            except httpx.HTTPError as exc:
                self._limiter.release(None, None)
                error = self._transport_error(exc, what)
                log.debug("%s -> %s", self._redact(what), error.message)
                raise error from exc
            except TimeoutError:
                self._limiter.release(None, None)
                raise self._deadline_error(what) from None
            except BaseException:
                self._limiter.release(None, None)
                raise
            self._limiter.release(response.headers, response.status_code)
            self.activity._set_offline(None)
            if log.isEnabledFor(logging.DEBUG):
                log.debug(
                    "%s -> %s in %.1f ms (rate limit %s/%s)",
                    self._redact(what),
                    response.status_code,
                    (time.perf_counter() - started) * 1000,
                    self.rate_limit.remaining,
                    self.rate_limit.limit,
                )
            if response.is_success:
                return response, deadline_at
            content = await self._read(response, ERROR_BODY_BYTES, deadline_at, what)
            error = self._error_for(response, content, what)
            if response.status_code == 429 and isinstance(error, RateLimitedError):
                now = self._limiter.clock()
                retry_at = error.retry_at or now + 1.0
                wait = retry_at - now
                if waits >= self.max_retries or wait > self._limiter.max_wait:
                    raise error
                waits += 1
                waiting_state = "waiting_rate_limit"
                log.debug("%s: rate limited, retrying in %.2f s", self._redact(what), wait)
                continue
            raise error


class NestedTooDeeply(ValueError):
    """JSON nested deeper than Python's recursion limit lets the decoder go."""


def loads(content: bytes | str) -> Any:
    """``json.loads`` that raises only ``ValueError`` (also for JSON nested too deeply)."""
    try:
        return json.loads(content)
    except RecursionError:
        raise NestedTooDeeply("JSON nested too deeply") from None
    except UnicodeDecodeError as exc:
        raise ValueError(str(exc)) from None


def _dumps(value: Any) -> str:
    try:
        return json.dumps(value)[:ERROR_TEXT_CHARS]
    except (RecursionError, ValueError, TypeError):
        return "(unreadable error object)"


def _content_length(response: httpx.Response) -> int:
    try:
        return int(response.headers.get("content-length", "0"))
    except ValueError:
        return 0
