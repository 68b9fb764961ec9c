"""Sandbox overhead, as ratios against a bare Starlette app on the same uvicorn setup.

Run: ``python tests/benchmarks/bench_server.py`` (not collected by pytest). Prints ratios only;
absolute times depend on the machine. Baseline: a Starlette route returning a fixed JSON body,
served by uvicorn in a thread exactly like the sandbox.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from koji_tui.server import ServerConfig, serve_in_thread  # noqa: E402

ROUNDS = 5
REQUESTS = 150


def _baseline_server() -> tuple[str, Callable[[], None]]:
    async def handler(request: Request) -> JSONResponse:
        return JSONResponse({"interview_id": "int_1", "status": "active", "messages": []})

    app = Starlette(routes=[Route("/{path:path}", handler, methods=["GET", "POST"])])
    config = uvicorn.Config(app, host="127.0.0.1", port=0, lifespan="off", log_config=None,
                            log_level="warning", access_log=False, http="h11")  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]

    def stop() -> None:
        server.should_exit = True
        thread.join(5)

    return f"http://127.0.0.1:{port}", stop


def _timed(call: Callable[[], object], n: int) -> float:
    begun = time.perf_counter()
    for _ in range(n):
        call()
    return (time.perf_counter() - begun) / n


def main() -> None:
    base_url, stop_baseline = _baseline_server()
    with (
        tempfile.TemporaryDirectory() as tmp,
        serve_in_thread(
            ServerConfig(data_dir=Path(tmp), rate_limit="1000000/60s", stream_delay=0.0)
        ) as srv,
    ):
        key = srv.key(srv.studies[0].id)
        api = f"{srv.base_url}/api/v1/interviews"
        with httpx.Client(headers={"Authorization": f"Bearer {key}"}) as c:
            iid = c.post(f"{api}/start").json()["interview_id"]
            results: dict[str, list[float]] = {"baseline": [], "get": [], "start": [], "turn": []}
            for _ in range(ROUNDS):
                results["baseline"].append(_timed(lambda: c.get(f"{base_url}/x"), REQUESTS))
                results["get"].append(_timed(lambda: c.get(f"{api}/{iid}"), REQUESTS))
                results["start"].append(_timed(lambda: c.post(f"{api}/start"), REQUESTS // 3))

                def turn() -> None:
                    started = c.post(f"{api}/start").json()
                    c.post(f"{api}/{started['interview_id']}/message",
                           json={"message": "We use it for invoices every week."})  # fmt: skip

                results["turn"].append(_timed(turn, REQUESTS // 5))
    stop_baseline()
    base = statistics.median(results["baseline"])
    print(f"sandbox vs bare Starlette+uvicorn (median of {ROUNDS} rounds, sequential requests)")
    print(
        f"  GET interview (2-message transcript): {statistics.median(results['get']) / base:.2f}x"
    )
    print(
        f"  POST start:                           {statistics.median(results['start']) / base:.2f}x"
    )
    print(f"  start + one message turn:             {statistics.median(results['turn']) / base:.2f}x"
          "  (two requests)")  # fmt: skip


if __name__ == "__main__":
    main()
