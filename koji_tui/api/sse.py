"""A small Server-Sent Events reader (``text/event-stream``) over httpx's line iterator."""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass

__all__ = ["SSEEvent", "iter_sse"]


@dataclass(frozen=True, slots=True)
class SSEEvent:
    event: str
    data: str
    complete: bool = True  # False: the stream ended before the event's blank line


async def iter_sse(lines: AsyncIterable[str]) -> AsyncIterator[SSEEvent]:
    """Events from lines (``\\n``, ``\\r\\n`` or ``\\r`` already split off), per the SSE spec:
    ``event:``/``data:`` fields, several ``data:`` lines joined with ``\\n``, comments skipped.
    An event cut by the end of the stream is still yielded with ``complete=False``."""
    event = ""
    data: list[str] = []
    seen = False
    async for raw in lines:
        line = raw.rstrip("\r\n")
        if not line:
            if seen:
                yield SSEEvent(event or "message", "\n".join(data))
            event, data, seen = "", [], False
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "event":
            event = value
            seen = True
        elif name == "data":
            data.append(value)
            seen = True
    if seen:
        yield SSEEvent(event or "message", "\n".join(data), complete=False)
