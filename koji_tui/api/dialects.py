"""Reading a streamed reply to an answer: Server-Sent Events in the dialects seen in the wild
(JSON ``text``/``content``/``delta`` pieces, OpenAI-style ``choices``, plain text, a final
``done`` event with the JSON reply, ``[DONE]``), or a plain JSON reply."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import httpx

from .errors import MalformedResponseError, ServerError
from .models import MessageDelta, MessageResult
from .sse import iter_sse
from .transport import Transport

__all__ = ["Streaming"]

_DONE_EVENTS = frozenset({"done", "complete", "completed", "end", "final", "result", "message_end"})


class Streaming(Transport):
    """One send of an answer, its reply read as JSON or as an event stream."""

    message_path: str
    message_field: str

    def _message_body(self, text: str) -> dict[str, Any]:
        if self.message_path == "messages":
            return {"content": text, "type": "respondent"}
        return {self.message_field: text}

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


# ---------------------------------------------------------------------- pure helpers


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
