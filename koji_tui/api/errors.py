"""Typed errors raised by :class:`koji_tui.api.KojiClient`.

Every error subclasses :class:`KojiError` and carries ``status_code`` (the HTTP status, or ``None``
when no reply was received) and ``server_error`` (the server's ``{"error": "..."}`` text, verbatim,
or ``None``). Messages never contain the API key: the client redacts it from anything it puts in
an error, including text echoed back by a server.
"""

from __future__ import annotations

__all__ = [
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "KojiError",
    "MalformedResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitedError",
    "ReplyPendingError",
    "ServerError",
    "TransportError",
    "UnknownOutcomeError",
]


class KojiError(Exception):
    """Base class of every error the client raises.

    ``message`` is a complete, human-readable sentence; ``status_code`` is the HTTP status (``None``
    when there was no reply); ``server_error`` is the server's own error text when it sent one.
    """

    def __init__(
        self,
        message: str,
        status_code: int | None = None,
        server_error: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.server_error = server_error

    def __str__(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}({self.message!r}, status_code={self.status_code!r}, "
            f"server_error={self.server_error!r})"
        )


class AuthenticationError(KojiError):
    """401: the API key is missing or unknown, or the interview's session token was rejected."""


class PermissionDeniedError(KojiError):
    """403: the API key lacks the permission for this endpoint (or the origin is not allowed)."""


class NotFoundError(KojiError):
    """404: the interview does not exist (or belongs to another study)."""


class ConflictError(KojiError):
    """409: the request conflicts with the interview's state (e.g. it is already completed)."""


class BadRequestError(KojiError):
    """Any other 4xx (400 bad input, 413 body too large, ...), or a request refused locally."""


class RateLimitedError(KojiError):
    """429 that the client could not (or was told not to) wait out.

    ``retry_at`` is the local epoch time at which a retry should succeed, when known.
    """

    def __init__(
        self,
        message: str,
        status_code: int | None = 429,
        server_error: str | None = None,
        retry_at: float | None = None,
    ) -> None:
        super().__init__(message, status_code, server_error)
        self.retry_at = retry_at


class ServerError(KojiError):
    """5xx from the server (after the client's own bounded retries)."""


class ReplyPendingError(ServerError):
    """The server recorded the answer but has not produced a reply yet.

    Raised by ``send_message`` after an ambiguous failure when reconciliation found the answer in
    the transcript without an interviewer reply following it, even after polling. The answer must
    NOT be sent again: reload the interview (``get_interview``) later to see the reply.
    """

    answer_recorded = True


class UnknownOutcomeError(KojiError):
    """Whether the server has an answer cannot be told, so it was neither taken as delivered nor
    sent (again): the transcript contradicts what the client saw, or the client has no position
    for the answer (see :mod:`koji_tui.api.position`). Keep the answer pending; a later send
    with ``reconcile_first=True`` and the position (``seen=``) settles it.
    """


class TransportError(KojiError):
    """No usable HTTP reply: connection refused, timeout, connection reset, DNS failure, ...

    ``maybe_processed`` is True when the request may have reached the server (a read timeout or a
    connection cut after sending); False when it provably never did (connection refused).
    """

    def __init__(
        self,
        message: str,
        status_code: int | None = None,
        server_error: str | None = None,
        maybe_processed: bool = False,
    ) -> None:
        super().__init__(message, status_code, server_error)
        self.maybe_processed = maybe_processed


class MalformedResponseError(KojiError):
    """The server's reply could not be understood (not JSON, a required field missing, wrong type).

    ``field`` names the offending field (dotted path) when one is to blame.
    """

    def __init__(
        self,
        message: str,
        status_code: int | None = None,
        server_error: str | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message, status_code, server_error)
        self.field = field
