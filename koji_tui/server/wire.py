"""What the sandbox sends: JSON and error replies, the cut ("drop") reply, SSE events, the
:class:`ApiError` every check raises, and :class:`ServerStats` of what was served."""

from __future__ import annotations

import asyncio
import json
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from pydantic_core import to_json
from starlette.responses import Response
from starlette.types import Receive, Scope, Send


@dataclass
class ServerStats:
    """What the sandbox served: ``status_counts`` (HTTP status -> count), ``requests``, ``drops``."""

    requests: int = 0
    status_counts: Counter[int] = field(default_factory=Counter)
    drops: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def record(self, status: int) -> None:
        with self._lock:
            self.status_counts[status] += 1

    def count_request(self) -> None:
        with self._lock:
            self.requests += 1

    def count_drop(self) -> None:
        with self._lock:
            self.drops += 1

    def reset(self) -> None:
        with self._lock:
            self.requests = 0
            self.drops = 0
            self.status_counts.clear()


class ApiError(Exception):
    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _finite(value: Any) -> Any:
    """``value`` with every NaN/Infinity replaced by None (JSON has no such numbers)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


# built once (json.dumps with options builds a new encoder on every call)
_SSE_JSON = json.JSONEncoder(ensure_ascii=False).encode


def json_response(
    payload: Any, status: int = 200, headers: dict[str, str] | None = None
) -> Response:
    """Strict JSON: a non-finite number (stored by a sandbox that still accepted them) is
    served as null, never as the ``NaN`` token no JSON parser reads."""
    return Response(json_bytes(payload), status, headers=headers, media_type="application/json")


def json_bytes(payload: Any) -> bytes:
    """``payload`` as compact UTF-8 JSON, non-finite numbers as null. pydantic's serializer
    (pydantic is a dependency already) writes a reply in a quarter of the time of the json
    module's; what it does not take (nesting deeper than it goes) goes to the json module."""
    try:
        return to_json(payload, inf_nan_mode="null")
    except ValueError:  # PydanticSerializationError
        text = json.dumps(_finite(payload), ensure_ascii=False, separators=(",", ":"))
        return text.encode("utf-8")


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return json_response({"error": message}, status, headers)


class CutResponse(Response):
    """A response that announces more body than it sends and then ends: the server closes the
    connection and the client sees a broken response (httpx: RemoteProtocolError)."""

    def __init__(self, chunks: list[bytes], declared: int | None, media_type: str) -> None:
        super().__init__(b"", 200, media_type=media_type)
        self.chunks = chunks
        self.declared = declared
        self.delay = 0.0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = [(b"content-type", self.media_type.encode("latin-1"))]  # type: ignore[union-attr]
        if self.declared is not None:
            headers.append((b"content-length", str(self.declared).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        for chunk in self.chunks:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
            if self.delay:
                await asyncio.sleep(self.delay)
        # returning without the final body message makes uvicorn close the connection


def sse_event(event: str, data: Any) -> bytes:
    return f"event: {event}\ndata: {_SSE_JSON(data)}\n\n".encode()


def split_for_stream(text: str, parts: int = 5) -> list[str]:
    """Split ``text`` into a few chunks (on word boundaries) whose concatenation is ``text``."""
    words = re.findall(r"\s*\S+\s*", text) or [text]
    if len(words) == 1:
        if len(text) < 2:
            return [text]
        mid = len(text) // 2
        return [text[:mid], text[mid:]]
    size = max(1, math.ceil(len(words) / parts))
    chunks = ["".join(words[i : i + size]) for i in range(0, len(words), size)]
    consumed = "".join(chunks)
    if consumed != text:  # leading/trailing whitespace not captured by the pattern
        chunks[-1] += text[len(consumed) :]
    return chunks
