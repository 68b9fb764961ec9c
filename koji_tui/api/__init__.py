"""An async Python SDK for Koji's Headless REST API (no UI dependencies: never imports textual).

Quick start::

    from koji_tui.api import KojiClient, Respondent

    async with KojiClient("https://yourdomain.com", "pk_live_...") as client:
        r = await client.start(respondent=Respondent(display_name="Jane"))
        print(r.initial_message)
        m = await client.send_message(r.interview_id, "About six months", session_token=r.session_token)
        async for ev in client.send_message_stream(r.interview_id, "Yes", session_token=r.session_token):
            ...  # MessageDelta(text) pieces, then one MessageResult
        await client.complete(r.interview_id, session_token=r.session_token, reason="natural")
        transcript = (await client.get_interview(r.interview_id)).messages

Base URL: ``https://host``, ``https://host/prefix``, ``.../api/v1`` or ``.../api/v1/interviews``, with
or without a trailing slash (see :func:`normalise_base_url`). One client = one shared
``httpx.AsyncClient`` connection pool; use it from one event loop.

Requests: ``Authorization: Bearer <key>`` on every call, ``X-Session-Token`` on message/complete
when a token is given. Start accepts 200 or 201. Bodies: ``{"message": text}`` (seed); the older
``POST /{id}/messages`` with ``{"content", "type": "respondent"}`` via ``message_path="messages"``.

Replies are pydantic v2 models that keep unknown fields (``model_extra``). Missing required fields
or wrong types raise :class:`MalformedResponseError` naming the field. The seed's message reply and
the older ``interviewer_response``/``interview_status``/``messages_count`` shape both parse into
:class:`MessageResult`; transcripts accept ``messages``/``transcript``, ``interview_id``/``id`` and
role synonyms (assistant/interviewer/ai vs user/respondent/participant).

Streaming: ``send_message_stream`` sends ``Accept: text/event-stream``. SSE ``data`` may be JSON with
``text``/``content``/``delta`` or plain text; the final ``done`` event carries the JSON reply;
``[DONE]`` or a stream ending cleanly without a done event gives a result built from the text
received. A JSON reply is fine too (just the result is yielded).

Errors (all :class:`KojiError`, with ``status_code`` and the server's ``error`` text as
``server_error``): 401 :class:`AuthenticationError`, 403 :class:`PermissionDeniedError`,
404 :class:`NotFoundError`, 409 :class:`ConflictError`, other 4xx :class:`BadRequestError`,
429 :class:`RateLimitedError` (``retry_at``), 5xx :class:`ServerError`, no reply
:class:`TransportError` (``maybe_processed``), unreadable reply :class:`MalformedResponseError`
(``field``), and :class:`ReplyPendingError` (a ServerError: answer recorded, reply not there yet).
The API key never appears in an error, a log line (logger ``koji_tui.api``) or a repr: neither
whole, nor cut, nor any run of 8+ characters of its random part (any case); the same for session
tokens the client was given or received (``repr(StartResult)`` hides the token too).

Bounds against a hostile server: a reply nested too deeply is a :class:`MalformedResponseError`;
a reply is read as a stream and capped (``max_reply_bytes``, default 4 MiB: "larger than N bytes";
only the first 8 KiB of an error reply); a streamed reply also by ``max_stream_events``; and one
call, its retries and replies included, by ``deadline`` seconds (default 120: no retry starts that
would run past it; a transcript read to reconcile gets up to 15 s more), after which it fails as
a :class:`TransportError` that may have been processed (an answer is then reconciled, never
resent blindly). Absurd rate-limit resets are not believed (see :mod:`koji_tui.api.ratelimit`).

Rate limits: ``client.rate_limit`` (:class:`RateLimitState`: limit, remaining, reset_at as local
epoch seconds, updated_at) is updated from ``X-RateLimit-*``/``Retry-After`` on every reply and
the client paces itself so a well-behaved session never gets a 429 (see
:mod:`koji_tui.api.ratelimit`): one request at a time until limits are known, then at most the
remaining budget in flight, then a wait until the window resets. A 429 anyway is waited out and
retried (at most ``max_retries`` times, never longer than ``max_rate_limit_wait``); a cancelled
task stops waiting immediately. ``client.activity`` (:class:`ClientActivity`: state in idle,
sending, pacing, waiting_rate_limit, retrying, reconciling, offline; detail; until) says what the
client is doing. Both have ``subscribe(callback) -> unsubscribe``.

Retries never duplicate an answer:

* Not processed -> retried with exponential backoff and jitter: connection refused / connect
  timeout and 429; for ``start``, ``complete`` and ``get_interview`` also 503 (usually the server
  or a gateway refusing the request before any work: overload, maintenance, not ready).
* Ambiguous (read timeout, connection reset or cut after sending, any 5xx including 503 for an
  answer, a stream cut mid-way): ``send_message`` first reconciles with ``get_interview``, by
  POSITION, never by text alone (an earlier identical "Yes" is not this "Yes"; see
  :mod:`koji_tui.api.position`). The client knows where the answer goes (a
  :class:`TranscriptPosition`: the answers and interviewer messages before it) from ``start``
  and each reply, from the caller (``seen=``, e.g. the journal's count), or, a fresh client with
  neither, by reading the transcript before sending a new answer. ``turn_count`` is never used
  for this (the spec does not define it). If participant answer number ``answers + 1`` is this
  answer, after the last interviewer message seen, and an interviewer reply follows, that reply
  is returned with ``reconciled=True`` and ``turn_count`` from the transcript. If the
  transcript holds just the answers seen before, it is resent. If it is there without a reply
  yet the client polls ``reconcile_polls`` times, then raises :class:`ReplyPendingError`. If
  the transcript contradicts the position, or there is none, the answer's fate is unknown:
  :class:`UnknownOutcomeError` (nothing resent, nothing taken as delivered). If the transcript
  cannot be read either, the original error is raised. Either way a later
  ``send_message(..., reconcile_first=True)`` settles it without duplicating (the same client
  remembers the position; another passes ``seen=``).
* ``start`` is retried only when provably not processed: after an ambiguous failure a retry could
  create a second interview that nothing could find, so the error is raised instead.
* ``complete`` is idempotent and ``get_interview`` read-only: both retry any transient failure.
* 4xx (other than 429) and malformed replies are never retried.

Contract additions: ``ReplyPendingError``, ``UnknownOutcomeError``; ``reconcile_first=`` and
``seen=`` (:class:`TranscriptPosition`, :func:`locate_answer`) on the send methods;
``MessageDelta.restart``; ``MessageResult.message_id``; ``StartResult.session_token`` may be None
(a server that issues none); ``TransportError.maybe_processed``; ``MalformedResponseError.field``.
"""

from .client import API_PATH, KojiClient, normalise_base_url
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
    UnknownOutcomeError,
)
from .models import (
    CompleteResult,
    Interview,
    MessageDelta,
    MessageResult,
    Respondent,
    StartResult,
    TranscriptMessage,
)
from .observable import ACTIVITY_STATES, ClientActivity, RateLimitState
from .position import Located, TranscriptPosition, locate_answer

__all__ = [
    "ACTIVITY_STATES",
    "API_PATH",
    "AuthenticationError",
    "BadRequestError",
    "ClientActivity",
    "CompleteResult",
    "ConflictError",
    "Interview",
    "KojiClient",
    "KojiError",
    "Located",
    "MalformedResponseError",
    "MessageDelta",
    "MessageResult",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitState",
    "RateLimitedError",
    "ReplyPendingError",
    "Respondent",
    "ServerError",
    "StartResult",
    "TranscriptMessage",
    "TranscriptPosition",
    "TransportError",
    "UnknownOutcomeError",
    "locate_answer",
    "normalise_base_url",
]
