"""Turning a reply or a failure into a typed error of :mod:`koji_tui.api.errors`, with the API
key and session tokens redacted: the part of :class:`koji_tui.api.transport.Transport` that words
what went wrong (and reads JSON without a ``RecursionError``)."""

from __future__ import annotations

import json
from typing import Any, TypeVar

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
    ServerError,
    TransportError,
)
from .ratelimit import RateLimiter
from .redact import Redactor

__all__ = ["ERROR_BODY_BYTES", "ERROR_TEXT_CHARS", "NestedTooDeeply", "ReplyErrors", "loads"]

ERROR_BODY_BYTES = 8 * 1024  # what is read of an error reply: enough for its message
ERROR_TEXT_CHARS = 500  # longest server error text kept in an exception

M = TypeVar("M", bound=BaseModel)

_STATUS_ERRORS: dict[int, type[KojiError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    429: RateLimitedError,
}


class ReplyErrors:
    """Typed, redacted errors for the transport (attributes are set by ``KojiClient.__init__``)."""

    timeout: float
    deadline: float
    max_reply_bytes: int
    _limiter: RateLimiter
    _redactor: Redactor

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
