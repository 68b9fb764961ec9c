"""Fault injection on the request path: queued or random 500/503/malformed/drop/delay, before
or after the work (see :class:`~koji_tui.server.config.FaultConfig`)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from koji_tui.server.config import Fault, ServerConfig
from koji_tui.server.wire import ApiError, CutResponse, error_response, json_response, sse_event


async def with_faults(
    config: ServerConfig,
    request: Request,
    endpoint: str,
    headers: dict[str, str],
    work: Callable[[], Awaitable[Response]],
) -> Response:
    """Reply to a request whose checks passed: ``work()`` does it, with the fault (queued, else
    random) for ``endpoint`` before or after it, and the configured latency first."""
    faults = config.faults
    fault = faults.take(endpoint)
    latency = faults.latency_for_request()
    if latency:
        await asyncio.sleep(latency)
    if fault is not None and not fault.after_processing:
        if fault.kind == "delay":
            await asyncio.sleep(fault.seconds)
            if await request.is_disconnected():
                return error_response(499, "Client went away during the delay", headers)
        else:
            return fault_response(config, fault, headers, None)
    if fault is not None and fault.after_processing:
        try:
            response = await work()
        except ApiError as exc:
            response = error_response(exc.status, exc.message, {**headers, **exc.headers})
        if fault.kind == "delay":
            await asyncio.sleep(fault.seconds)
            return response
        return fault_response(config, fault, headers, response)
    return await work()


def fault_response(
    config: ServerConfig, fault: Fault, headers: dict[str, str], done: Response | None
) -> Response:
    """The reply a 500/503/malformed/drop ``fault`` gives (``done``: the real reply, when the
    fault comes after the work)."""
    if fault.kind == "500":
        return error_response(500, "Internal server error (sandbox fault)", headers)
    if fault.kind == "503":
        return error_response(
            503, "Service unavailable (sandbox fault)", {**headers, "Retry-After": "1"}
        )
    if fault.kind == "malformed":
        variant = config.faults.choice(3)
        if variant == 0:
            return Response(
                b"<html><body><h1>502 Bad Gateway</h1></body></html>",
                200,
                headers=headers,
                media_type="text/html",
            )
        if variant == 1:
            return json_response({"unexpected": True, "data": None}, 200, headers)
        return Response(
            b'{"message": {"role": "assistant", "content": "',
            200,
            headers=headers,
            media_type="application/json",
        )
    # drop: the body is cut short and the connection closed
    if done is not None and isinstance(done, StreamingResponse):
        cut = CutResponse(
            [sse_event("delta", {"text": "Thanks"}), sse_event("delta", {"text": ", "})],
            None,
            "text/event-stream",
        )
        cut.delay = config.stream_delay
        return cut
    payload = b'{"message": {"role": "assistant", "content": "Tha'
    return CutResponse([payload], 4096, "application/json")
