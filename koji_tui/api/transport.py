"""One HTTP exchange of :class:`koji_tui.api.KojiClient`: the connection pool, pacing, the 429
loop, and turning replies and failures into typed errors (with the API key redacted; see
:mod:`koji_tui.api.replies`)."""

from __future__ import annotations

import asyncio
import functools
import logging
import random
import ssl
import time
from typing import Any
from urllib.parse import quote

import httpx
from pydantic import SecretStr

from .errors import BadRequestError, RateLimitedError
from .observable import ClientActivity, RateLimitState
from .ratelimit import RateLimiter, Sleep
from .redact import Redactor
from .replies import ERROR_BODY_BYTES, ReplyErrors

__all__ = ["DEADLINE", "KEEPALIVE_EXPIRY", "MAX_REPLY_BYTES", "Transport"]

KEEPALIVE_EXPIRY = 3.0  # seconds an idle connection is kept for reuse
MAX_REPLY_BYTES = 4 * 1024 * 1024  # default cap of one successful reply (``max_reply_bytes``)
DEADLINE = 120.0  # default seconds one call may take in all, retries included (``deadline``)
LATE_READ_SECONDS = 15.0  # a transcript read after a call's time is up (to reconcile) gets this

log = logging.getLogger("koji_tui.api")


@functools.cache
def tls_context() -> ssl.SSLContext:
    """httpx's default TLS context, made once per process: loading the CA bundle costs ~50 ms
    of CPU, which every new client paid again (a context is safe to share between clients)."""
    return httpx.create_ssl_context()


class Transport(ReplyErrors):
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


def _content_length(response: httpx.Response) -> int:
    try:
        return int(response.headers.get("content-length", "0"))
    except ValueError:
        return 0
