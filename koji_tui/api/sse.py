"""A small Server-Sent Events reader (``text/event-stream``) over httpx's line iterator."""

from __future__ import annotations

import codecs
import re
from collections.abc import AsyncIterable, AsyncIterator
from dataclasses import dataclass

__all__ = ["SSEEvent", "iter_lines", "iter_sse"]

_NEWLINE = re.compile(r"\r\n|\r|\n")


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


async def iter_lines(chunks: AsyncIterable[bytes]) -> AsyncIterator[str]:
    """Lines (without their ``\\n``, ``\\r\\n`` or ``\\r``) from UTF-8 byte chunks.

    Each chunk is scanned once (a long line arriving in many chunks costs linear time), and the
    caller bounds the bytes (this reader holds at most one line)."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    pending: list[str] = []
    held_cr = ""
    async for chunk in chunks:
        text = held_cr + decoder.decode(chunk)
        held_cr = ""
        if text.endswith("\r"):  # maybe the first half of a \r\n split across chunks
            text, held_cr = text[:-1], "\r"
        pieces = _NEWLINE.split(text)
        if len(pieces) == 1:
            if pieces[0]:
                pending.append(pieces[0])
            continue
        yield "".join(pending) + pieces[0]
        for line in pieces[1:-1]:
            yield line
        pending = [pieces[-1]] if pieces[-1] else []
    rest = "".join(pending) + decoder.decode(b"", final=True)
    if held_cr or rest:
        yield rest
