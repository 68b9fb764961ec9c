"""The async client: :class:`KojiClient`. See the package docstring for the full story.

The client is layered along its seams: :mod:`.transport` (one HTTP exchange, typed errors),
:mod:`.dialects` (reading a streamed or JSON reply to an answer), :mod:`.reconcile` (retries that
never duplicate an answer), and here the endpoints.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import aclosing
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from pydantic import SecretStr

from .dialects import MAX_STREAM_EVENTS
from .errors import BadRequestError, KojiError, MalformedResponseError
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
from .position import TranscriptPosition
from .ratelimit import RateLimiter, Sleep
from .reconcile import Reconciler
from .redact import Redactor
from .transport import DEADLINE, MAX_REPLY_BYTES

__all__ = ["API_PATH", "KojiClient", "normalise_base_url"]

API_PATH = "/api/v1/interviews"


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


class KojiClient(Reconciler):
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

    Time: ``clock`` (the local epoch time: rate-limit windows and the ``until`` of a wait shown,
    default ``time.time``) and ``sleep`` (awaited for every wait: backoff, reconcile polls and
    rate-limit windows). Tests pass a fake pair whose sleep moves the clock on, so a 60 s window
    passes at once; by default (``asyncio.sleep``) a rate-limit wait also ends early when a
    reply changes the budget.

    Bounds against a hostile or broken server: ``deadline`` (seconds one call may take in all,
    its retries and replies included; default :data:`~koji_tui.api.transport.DEADLINE`; past it
    the call fails with a :class:`TransportError` that may have been processed), ``max_reply_bytes`` (the
    largest reply or event stream read, default 4 MiB; a larger one raises
    :class:`MalformedResponseError` saying "larger than N bytes"; of an error reply only the first
    8 KiB are read) and ``max_stream_events`` (events in one streamed reply, default 20 000).
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
        deadline: float = DEADLINE,
        max_reply_bytes: int = MAX_REPLY_BYTES,
        max_stream_events: int = MAX_STREAM_EVENTS,
        clock: Callable[[], float] = time.time,
        sleep: Sleep | None = None,
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
        self._key = SecretStr(key)
        self._redactor = Redactor(key)
        if not deadline > 0 or deadline == float("inf"):
            raise ValueError("The deadline must be a positive number of seconds.")
        self.deadline = float(deadline)
        self._budgets = {}
        self.max_reply_bytes = max(1024, int(max_reply_bytes))
        self.max_stream_events = max(1, int(max_stream_events))
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
        self._sleep = sleep
        self._limiter = RateLimiter(
            self.rate_limit, self.activity, max_wait=max_rate_limit_wait, clock=clock, sleep=sleep
        )
        self._http = None
        self._closed = False
        # Where each interview's next answer goes in its transcript (see .position).
        self._positions: dict[str, TranscriptPosition] = {}
        self._unsettled: set[str] = set()

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

    @property
    def max_rate_limit_wait(self) -> float:
        return self._limiter.max_wait

    @max_rate_limit_wait.setter
    def max_rate_limit_wait(self, value: float) -> None:
        self._limiter.max_wait = value

    def _session_headers(self, session_token: str | None) -> dict[str, str] | None:
        if session_token is None:
            return None
        token = session_token.strip()
        if not token.isascii() or not token.isprintable():
            raise BadRequestError("The session token contains characters that cannot be sent.")
        self._redactor.add(token)
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
                response, data = await self._fetch(op, "POST", self._url("start"), what, body=body)
                return self._parse(StartResult, data, what, response.status_code)

            result = await self._with_retries(op, what, call, retry_ambiguous=False)
        except KojiError as exc:
            self._scrub(exc)
            raise
        finally:
            self._end_op(op)
        self._redactor.add(result.session_token)
        opened = 1 if (result.initial_message or "").strip() else 0
        self._positions[result.interview_id] = TranscriptPosition(0, opened)
        self._unsettled.discard(result.interview_id)
        return result

    def _check_text(self, text: str) -> str:
        if not isinstance(text, str) or not text.strip():
            raise BadRequestError("The answer is empty: type something before sending.")
        return text

    async def send_message(
        self,
        interview_id: str,
        text: str,
        *,
        session_token: str | None = None,
        reconcile_first: bool = False,
        seen: TranscriptPosition | None = None,
    ) -> MessageResult:
        """``POST /{id}/message``: send the participant's answer and return the interviewer's reply.

        Never sends an answer twice, nor takes an earlier identical answer for it: after an
        ambiguous failure the transcript is checked at the answer's position (see the package
        docstring). ``reconcile_first=True`` checks the transcript BEFORE sending (for an answer
        whose earlier send failed in an unknown way, e.g. after a restart). ``seen`` is what the
        caller knows preceded this answer (e.g. from its journal); without it the client uses
        its own record, or reads the transcript before sending a new answer. A
        ``reconcile_first`` send with neither raises :class:`UnknownOutcomeError`.
        """
        iid = self._check_id(interview_id)
        self._check_text(text)
        headers = self._session_headers(session_token)
        what = f"POST /{iid}/{self.message_path}"
        op = self.activity._begin("sending", what)
        try:

            def once() -> AsyncIterator[MessageDelta | MessageResult]:
                # Asks for JSON, but a server that always streams (text/event-stream) is read too.
                return self._stream_once(op, iid, text, headers or {}, what)

            async with aclosing(
                self._send_flow(op, iid, text, seen, what, once, reconcile_first)
            ) as flow:
                async for item in flow:
                    if isinstance(item, MessageResult):
                        return item
            raise MalformedResponseError(f"The server sent no reply to {what}.")  # unreachable
        except KojiError as exc:
            self._scrub(exc)
            raise
        finally:
            self._end_op(op)

    async def send_message_stream(
        self,
        interview_id: str,
        text: str,
        *,
        session_token: str | None = None,
        reconcile_first: bool = False,
        seen: TranscriptPosition | None = None,
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

            def once() -> AsyncIterator[MessageDelta | MessageResult]:
                return self._stream_once(op, iid, text, headers, what)

            async with aclosing(
                self._send_flow(op, iid, text, seen, what, once, reconcile_first)
            ) as flow:
                async for item in flow:
                    yield item
        except KojiError as exc:
            self._scrub(exc)
            raise
        finally:
            self._end_op(op)

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
                response, data = await self._fetch(
                    op, "POST", self._url(iid, "complete"), what,
                    body=body or None, headers=headers,
                )  # fmt: skip
                return self._parse(CompleteResult, data, what, response.status_code)

            return await self._with_retries(op, what, call, retry_ambiguous=True)
        except KojiError as exc:
            self._scrub(exc)
            raise
        finally:
            self._end_op(op)

    async def get_interview(self, interview_id: str, *, retry: bool = True) -> Interview:
        """``GET /{id}``: metadata and the full transcript (read-only, retried freely).

        ``retry=False`` makes one attempt only: a cheap probe of whether the server is back."""
        iid = self._check_id(interview_id)
        op = self.activity._begin("sending", f"GET /{iid}")
        try:
            return await self._get(op, iid, retry=retry)
        except KojiError as exc:
            self._scrub(exc)
            raise
        finally:
            self._end_op(op)

    async def _get(self, op: int, iid: str, *, retry: bool) -> Interview:
        what = f"GET /{iid}"

        async def call() -> Interview:
            response, data = await self._fetch(op, "GET", self._url(iid), what)
            return self._parse(Interview, data, what, response.status_code)

        if not retry:
            return await call()
        return await self._with_retries(op, what, call, retry_ambiguous=True)
