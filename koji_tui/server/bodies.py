"""Reading a request: the body (capped, timed), its JSON object (strict: no NaN, no lone
surrogates), the answer text, the API key, and where its SQLite work runs."""

from __future__ import annotations

import asyncio
import json
import math
import re
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from koji_tui.server.wire import ApiError

_T = TypeVar("_T")
HARD_BODY_CAP = 16 * 1024 * 1024  # beyond this we stop reading and close the connection


@dataclass
class Body:
    data: bytes = b""
    too_large: bool = False
    close: bool = False
    disconnected: bool = False
    timed_out: bool = False


Heads = dict[bytes, bytes]  # a request's header names (lower case, as ASGI gives them) to values


def heads(request: Request) -> Heads:
    """The request's headers as a dict, built once: the first of repeated names wins, as in
    Starlette's ``request.headers.get`` (whose every lookup scans them all, and raises and
    catches a KeyError for an absent one)."""
    return {name: value for name, value in reversed(request.scope["headers"])}


def header(headers: Heads, name: bytes) -> str | None:
    value = headers.get(name)
    return None if value is None else value.decode("latin-1")


def has_body(headers: Heads) -> bool:
    return b"transfer-encoding" in headers or headers.get(b"content-length", b"0").strip() != b"0"


async def read_body(request: Request, headers: Heads, limit: int, seconds: float) -> Body:
    """The request body, read within ``seconds`` (a client announcing more than it sends
    would otherwise hold a connection and a request task open).

    Each ``receive()`` is stepped once by hand: one that has its message at hand (uvicorn has
    usually read a small body with the head, before the app runs) completes then, and only
    one that has to wait is awaited under the deadline. A timer armed and cancelled around
    every body (``asyncio.timeout``) and Starlette's ``request.stream()`` cost ~20 us of the
    request (~2 us without them)."""
    declared = header(headers, b"content-length")
    if declared is not None and declared.isdigit() and int(declared) > HARD_BODY_CAP:
        return Body(too_large=True, close=True)
    receive = request.receive
    deadline = asyncio.get_running_loop().time() + seconds
    chunks: list[bytes] = []
    size = 0
    while True:
        step = receive().__await__()
        try:
            waiting_on = step.send(None)
        except StopIteration as done:
            message = done.value
        else:
            try:
                async with asyncio.timeout_at(deadline):
                    message = await _Rest(step, waiting_on)
            except TimeoutError:
                return Body(timed_out=True, close=True)
        if message["type"] != "http.request":  # "http.disconnect"
            return Body(disconnected=True)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > HARD_BODY_CAP:
            return Body(too_large=True, close=True)
        if size <= limit and chunk:
            chunks.append(chunk)
        if not message.get("more_body", False):
            break
    if size > limit:
        return Body(too_large=True)
    return Body(chunks[0] if len(chunks) == 1 else b"".join(chunks))


class _Rest:
    """Awaits the rest of an awaitable whose first step ran by hand and yielded
    ``waiting_on`` (what ``await`` does after its own first step)."""

    __slots__ = ("_step", "_waiting_on")

    def __init__(self, step: Generator[Any, Any, Any], waiting_on: Any) -> None:
        self._step = step
        self._waiting_on = waiting_on

    def __await__(self) -> Generator[Any, Any, Any]:
        step, waiting_on = self._step, self._waiting_on
        while True:
            try:
                sent = yield waiting_on
            except GeneratorExit:
                step.close()
                raise
            except BaseException as exc:  # a cancellation (the deadline's, or the server's)
                try:
                    waiting_on = step.throw(exc)
                except StopIteration as done:
                    return done.value
            else:
                try:
                    waiting_on = step.send(sent)
                except StopIteration as done:
                    return done.value


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


# built once (json.loads with options builds a new decoder on every call)
_DECODE = json.JSONDecoder(parse_constant=_refuse_constant, parse_float=_finite_float).decode


def decode_object(data: bytes, optional: bool) -> dict[str, Any]:
    if not data.strip():
        if optional:
            return {}
        raise ApiError(400, "The request body must be a JSON object")
    try:
        value = _DECODE(data.decode("utf-8"))
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


def message_text(body: dict[str, Any]) -> str:
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


async def run_work(body: Body, work: Callable[..., _T], *args: Any) -> _T:
    """Do the SQLite work of a request. Small requests run inline: their indexed reads and
    unsynced WAL writes take tens of microseconds, less than a hop to a worker thread and back
    (which, with the GIL on two cores, cost more than the work and 3x the throughput). A large
    body (a long answer to store and read) goes to a worker thread, so it does not hold up
    the event loop."""
    if len(body.data) > INLINE_BODY_LIMIT:
        return await run_in_threadpool(work, *args)
    return work(*args)


def bearer(headers: Heads) -> str | None:
    value = header(headers, b"authorization")
    if not value:
        return None
    scheme, _, token = value.strip().partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def wants_sse(headers: Heads) -> bool:
    return b"text/event-stream" in headers.get(b"accept", b"").lower()
