"""A tiny programmable HTTP server (starlette + uvicorn on 127.0.0.1, port 0) for reply shapes the
sandbox does not produce: other vendors' SSE dialects, broken JSON, legacy shapes, odd headers.

Each test registers handlers ``(method, path) -> callable(request, body) -> Response``; the server
records every request (method, path, headers, parsed JSON body) for assertions.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

Handler = Callable[[Request, Any], Awaitable[Response] | Response]

PREFIX = "/api/v1/interviews"


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class Canned:
    base_url: str = ""
    handlers: dict[tuple[str, str], Handler] = field(default_factory=dict)
    seen: list[Seen] = field(default_factory=list)

    def on(self, method: str, path: str, handler: Handler) -> None:
        self.handlers[(method.upper(), path)] = handler

    def json(self, method: str, path: str, payload: Any, status: int = 200, **headers: str) -> None:
        def handler(request: Request, body: Any) -> Response:
            return JSONResponse(payload, status_code=status, headers=headers)

        self.on(method, path, handler)

    def raw(
        self, method: str, path: str, content: bytes | str, status: int = 200, ctype: str = ""
    ) -> None:
        def handler(request: Request, body: Any) -> Response:
            return Response(content, status_code=status, media_type=ctype or None)

        self.on(method, path, handler)

    def sse(self, method: str, path: str, chunks: list[str], pause: float = 0.0) -> None:
        """Stream ``chunks`` verbatim as text/event-stream, ``pause`` seconds apart."""

        def handler(request: Request, body: Any) -> Response:
            async def gen() -> AsyncIterator[bytes]:
                for chunk in chunks:
                    yield chunk.encode()
                    if pause:
                        await asyncio.sleep(pause)

            return StreamingResponse(gen(), media_type="text/event-stream")

        self.on(method, path, handler)

    def posted(self, interview_id: str) -> list[Any]:
        """The bodies POSTed to ``/{interview_id}/...`` so far (answers, completes)."""
        prefix = f"/{interview_id}/"
        return [s.body for s in self.seen if s.method == "POST" and s.path.startswith(prefix)]

    def transcript_on_post(
        self, interview_id: str, before: list[tuple[str, str]], after: list[tuple[str, str]]
    ) -> None:
        """``GET /{id}`` shows ``before`` until an answer was POSTed, then ``after`` (the server
        stored it): a client reading the transcript before it sends sees the real 'before'."""

        def handler(request: Request, body: Any) -> Response:
            pairs = after if self.posted(interview_id) else before
            return JSONResponse(transcript(interview_id, pairs))

        self.on("GET", f"/{interview_id}", handler)


def transcript(interview_id: str, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """A ``GET /{id}`` body holding ``(role, content)`` messages."""
    return {
        "interview_id": interview_id,
        "status": "active",
        "messages": [{"role": role, "content": text} for role, text in pairs],
    }


def cut_connection(request: Request, body: Any) -> Response:
    """A handler that 'crashes' before storing anything: the reply's headers promise a body that
    never comes and the connection is closed (the client sees a cut, maybe processed)."""

    async def gen() -> AsyncIterator[bytes]:
        yield b'{"message": {"ro'

    return StreamingResponse(
        gen(), media_type="application/json", headers={"content-length": "4096"}
    )


def sse_event(data: Any, event: str | None = None) -> str:
    text = data if isinstance(data, str) else json.dumps(data)
    head = f"event: {event}\n" if event else ""
    return head + "".join(f"data: {line}\n" for line in text.split("\n")) + "\n"


@asynccontextmanager
async def canned_server() -> AsyncIterator[Canned]:
    canned = Canned()

    async def endpoint(request: Request) -> Response:
        raw = await request.body()
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        path = request.url.path
        if path.startswith(PREFIX):
            path = path[len(PREFIX) :] or "/"
        canned.seen.append(Seen(request.method, path, dict(request.headers), body))
        handler = canned.handlers.get((request.method, path))
        if handler is None:
            return JSONResponse({"error": f"no canned reply for {request.method} {path}"}, 404)
        result = handler(request, body)
        if asyncio.iscoroutine(result):
            result = await result
        return result  # type: ignore[return-value]

    app = Starlette(routes=[Route("/{path:path}", endpoint, methods=["GET", "POST"])])
    config = uvicorn.Config(
        app, host="127.0.0.1", port=0, log_level="warning", lifespan="off", date_header=False
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    for _ in range(2000):
        if server.started:
            break
        await asyncio.sleep(0.0025)
    else:  # pragma: no cover - environment failure
        server.should_exit = True
        await task
        raise RuntimeError("canned server did not start")
    port = server.servers[0].sockets[0].getsockname()[1]
    canned.base_url = f"http://127.0.0.1:{port}"
    try:
        yield canned
    finally:
        await _stop(server, task)


async def _stop(server: uvicorn.Server, task: asyncio.Task[None]) -> None:
    """Stop at once, as the sandbox does: uvicorn's own shutdown waits for its 0.1 s tick,
    sleeps 0.1 s more and then for every kept-alive connection to go."""
    server.should_exit = server.force_exit = True
    for listener in server.servers:
        listener.close()
    for connection in list(server.server_state.connections):
        transport = getattr(connection, "transport", None)
        if transport is not None:
            transport.abort()
    task.cancel()
    await asyncio.wait({task}, timeout=10)
