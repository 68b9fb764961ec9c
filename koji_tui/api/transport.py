"""One HTTP exchange of :class:`koji_tui.api.KojiClient`: the connection pool, pacing, the 429
loop, and turning replies and failures into typed errors (with the API key redacted)."""

from __future__ import annotations

import json
import logging
import random
import re
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
from .ratelimit import RateLimiter

__all__ = ["KEEPALIVE_EXPIRY", "Transport"]

KEEPALIVE_EXPIRY = 3.0  # seconds an idle connection is kept for reuse

log = logging.getLogger("koji_tui.api")

M = TypeVar("M", bound=BaseModel)

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
            )
        return self._http

    # ------------------------------------------------------------------ helpers
    def _redact(self, text: str) -> str:
        """``text`` without the API key: any case, and a key cut off by a length limit (its
        beginning left at the end of a snippet) too."""
        key = self._key.get_secret_value()
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
