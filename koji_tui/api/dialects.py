"""Reading a streamed reply to an answer: Server-Sent Events in the dialects seen in the wild
(JSON ``text``/``content``/``delta`` pieces, OpenAI-style ``choices``, plain text, a final
``done`` event with the JSON reply, ``[DONE]``), or a plain JSON reply."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any

import httpx

from .errors import MalformedResponseError, ServerError
from .models import MessageDelta, MessageResult
from .replies import NestedTooDeeply, loads
from .sse import SSEEvent, iter_lines, iter_sse
from .transport import Transport

__all__ = ["MAX_STREAM_EVENTS", "Streaming"]

MAX_STREAM_EVENTS = 20_000  # default cap of events in one streamed reply (``max_stream_events``)

_DONE_EVENTS = frozenset({"done", "complete", "completed", "end", "final", "result", "message_end"})


class Streaming(Transport):
    """One send of an answer, its reply read as JSON or as an event stream."""

    message_path: str
    message_field: str
    max_stream_events: int

    def _message_body(self, text: str) -> dict[str, Any]:
        if self.message_path == "messages":
            return {"content": text, "type": "respondent"}
        return {self.message_field: text}

    async def _stream_once(
        self, op: int, iid: str, text: str, headers: dict[str, str], what: str
    ) -> AsyncIterator[MessageDelta | MessageResult]:
        response, deadline_at = await self._exchange(
            op, "POST", self._url(iid, self.message_path), what,
            body=self._message_body(text), headers=headers,
        )  # fmt: skip
        try:
            ctype = response.headers.get("content-type", "").lower()
            if "text/event-stream" not in ctype:
                content = await self._read(response, self.max_reply_bytes, deadline_at, what)
                data = self._json(response, content, what)
                yield self._parse(MessageResult, data, what, response.status_code)
                return
            parts: list[str] = []
            final: MessageResult | None = None
            async with aclosing(self._events(response, deadline_at, what)) as events:
                async for event in events:
                    data = event.data
                    if data.strip() == "[DONE]":
                        break
                    name = event.event.lower()
                    if name == "error":
                        shown = self._redact(_error_text(data))
                        raise ServerError(
                            f"{what}: the server reported an error mid-stream: {shown}",
                            None,
                            shown,
                        )
                    payload = self._payload(data, what, response.status_code)
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

    def _payload(self, data: str, what: str, status: int) -> Any:
        """An event's data as JSON, or ``None`` when it is plain text."""
        try:
            return loads(data)
        except NestedTooDeeply:
            raise MalformedResponseError(
                f"An event of the stream for {what} is JSON nested too deeply to read.", status
            ) from None
        except ValueError:
            return None

    async def _events(
        self, response: httpx.Response, deadline_at: float, what: str
    ) -> AsyncIterator[SSEEvent]:
        """The stream's events, bounded: bytes (``max_reply_bytes``, which also bounds the text
        they carry), event count (``max_stream_events``) and the request's deadline."""
        source = iter_sse(iter_lines(self._capped(response, what)))
        count = 0
        async with aclosing(source):
            while True:
                try:
                    async with asyncio.timeout_at(deadline_at):
                        event = await anext(source)
                except StopAsyncIteration:
                    return
                except TimeoutError:
                    raise self._deadline_error(what) from None
                except httpx.HTTPError as exc:
                    error = self._transport_error(exc, what)
                    error.message = f"{what}: the reply stream was cut ({error.message})"
                    raise error from exc
                count += 1
                if count > self.max_stream_events:
                    raise MalformedResponseError(
                        f"The server's stream for {what} sent more than "
                        f"{self.max_stream_events} events (the client's max_stream_events); "
                        "it was not read further.",
                        response.status_code,
                    )
                yield event

    async def _capped(self, response: httpx.Response, what: str) -> AsyncIterator[bytes]:
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.max_reply_bytes:
                raise self._too_large(what, response.status_code, "stream")
            yield chunk


# ---------------------------------------------------------------------- pure helpers


def _error_text(data: str) -> str:
    try:
        payload = loads(data)
    except ValueError:
        return data.strip()[:200] or "unknown error"
    try:
        if isinstance(payload, dict):
            for key in ("error", "message", "detail"):
                if payload.get(key):
                    return str(payload[key])[:200]
        return str(payload)[:200]
    except RecursionError:
        return "unreadable error (nested too deeply)"


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
