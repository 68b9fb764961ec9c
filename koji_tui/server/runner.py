"""Running the sandbox: uvicorn on a loopback port, in the current loop or in a thread.

    async with serve_async(ServerConfig(data_dir=tmp)) as srv: ...   # a task in the running loop
    with serve_in_thread(ServerConfig(data_dir=tmp)) as srv: ...     # its own loop in a daemon thread

``srv.stop()`` cuts the server at once (listening socket closed, open connections dropped,
in-flight requests cancelled), like a crash; ``srv.restart()`` binds the same port again
(SO_REUSEADDR) with a fresh app on the same data dir, like a new process. Both are plain
calls usable from sync code or from the server's own loop; in async mode ``stop()`` returns an
awaitable (optional to await) that finishes when uvicorn has wound down.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import AsyncIterator, Generator, Iterator
from concurrent.futures import Future as ThreadFuture
from typing import Any

import uvicorn

from koji_tui.server.app import SandboxApp, ServerStats
from koji_tui.server.catalog import SandboxStudy, study_api_key
from koji_tui.server.config import FaultConfig, ServerConfig

START_TIMEOUT = 15.0


def uvicorn_config(asgi: Any, *, graceful_shutdown: float) -> uvicorn.Config:
    """The one uvicorn configuration of the sandbox, embedded or ``koji-tui serve``: no
    lifespan, no access log, no logging config of its own (the host program's), h11, and idle
    clients keep their connection for 30 s (uvicorn's 5 s races a client reusing it).
    ``graceful_shutdown``: seconds open requests get when it stops."""
    return uvicorn.Config(
        asgi,
        lifespan="off",
        log_config=None,
        log_level="warning",
        access_log=False,
        http="h11",
        timeout_keep_alive=30,
        timeout_graceful_shutdown=graceful_shutdown,
    )


class _EmbeddedServer(uvicorn.Server):
    """uvicorn without signal capture (the host program owns Ctrl-C)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        yield


class ForegroundServer(uvicorn.Server):
    """uvicorn for ``koji-tui serve``: Ctrl-C / SIGTERM stop it gracefully, and the command
    then ends normally (uvicorn would re-raise the signal after its shutdown)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        import signal

        if threading.current_thread() is not threading.main_thread():
            yield
            return
        signals = [signal.SIGINT, signal.SIGTERM]
        previous = {sig: signal.signal(sig, self.handle_exit) for sig in signals}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)


def bind_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # proto must be IPPROTO_TCP: asyncio only sets TCP_NODELAY on accepted sockets whose proto
    # says TCP, and without it every reply waits ~40 ms for a delayed ACK (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


class SandboxServer:
    """A running sandbox (see the module docstring)."""

    def __init__(self, config: ServerConfig, loop: asyncio.AbstractEventLoop, threaded: bool):
        self.config = config
        self.stats = ServerStats()
        self._loop = loop
        self._threaded = threaded
        self._server: uvicorn.Server | None = None
        self._task: asyncio.Task[None] | None = None
        self._app: SandboxApp | None = None
        self._old: list[tuple[SandboxApp, asyncio.Task[None]]] = []
        self._reapers: list[asyncio.Future[None]] = []
        self.host = config.host
        self.port = config.port
        self._lock = threading.Lock()
        self.studies: list[SandboxStudy] = []

    # ----------------------------------------------------------------- public surface

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def faults(self) -> FaultConfig:
        return self.config.faults

    @faults.setter
    def faults(self, value: FaultConfig) -> None:
        self.config.faults = value

    @property
    def running(self) -> bool:
        return self._server is not None

    def key(self, study_id: str) -> str:
        """The full-permission API key of a study of this sandbox."""
        if study_id not in {s.id for s in self.studies}:
            raise KeyError(f"no study {study_id!r} in this sandbox")
        return study_api_key(study_id)

    def study(self, study_id: str) -> SandboxStudy:
        for study in self.studies:
            if study.id == study_id:
                return study
        raise KeyError(f"no study {study_id!r} in this sandbox")

    def __repr__(self) -> str:
        state = "running" if self.running else "stopped"
        return f"SandboxServer({self.base_url}, {len(self.studies)} studies, {state})"

    # ----------------------------------------------------------------- start / stop

    def _launch(self) -> None:
        """Bind the port and schedule uvicorn on the loop (called from any thread)."""
        sock = bind_socket(self.host, self.port)
        try:
            app = SandboxApp(self.config, self.stats)
        except BaseException:
            sock.close()
            raise
        self.port = sock.getsockname()[1]
        self.studies = app.sandbox.studies
        server = _EmbeddedServer(uvicorn_config(app.asgi, graceful_shutdown=1))
        self._server = server
        self._app = app

        def create() -> None:
            self._task = self._loop.create_task(server.serve(sockets=[sock]))

        if self._in_loop_thread():
            create()
        else:
            done: ThreadFuture[None] = ThreadFuture()

            def create_and_signal() -> None:
                try:
                    create()
                    done.set_result(None)
                except BaseException as exc:  # pragma: no cover - loop closing
                    done.set_exception(exc)

            self._loop.call_soon_threadsafe(create_and_signal)
            done.result(timeout=START_TIMEOUT)

    def _in_loop_thread(self) -> bool:
        try:
            return asyncio.get_running_loop() is self._loop
        except RuntimeError:
            return False

    def _cut(self) -> None:
        """Runs in the loop: stop listening, drop connections, cancel in-flight requests."""
        server = self._server
        if server is None:
            return
        server.should_exit = True
        server.force_exit = True
        for listener in getattr(server, "servers", []):
            listener.close()
        state = server.server_state
        for connection in list(state.connections):
            transport = getattr(connection, "transport", None)
            if transport is not None:
                transport.abort()
        for task in list(state.tasks):
            task.cancel()
        if self._task is not None:
            # Nothing is left for uvicorn's own shutdown (it notices should_exit on a 0.1 s
            # tick, then sleeps 0.1 s more): ending its task makes a stop take ms, not 0.2 s.
            self._task.cancel()

    def stop(self) -> Any:
        """Take the server down now. Returns an awaitable in async mode (optional to await)."""
        with self._lock:
            server, task, app = self._server, self._task, self._app
            if server is None or task is None or app is None:
                return _done_future(self._loop) if not self._threaded else None
            self._old.append((app, task))
            if self._in_loop_thread():
                self._cut()
                self._server = None
                self._app = None
                reaper = asyncio.ensure_future(self._reap())
                self._reapers.append(reaper)
                return reaper
            done: ThreadFuture[None] = ThreadFuture()

            def cut() -> None:
                self._cut()
                done.set_result(None)

            self._loop.call_soon_threadsafe(cut)
            done.result(timeout=START_TIMEOUT)
            self._server = None
            self._app = None
        if self._threaded:
            asyncio.run_coroutine_threadsafe(self._reap(), self._loop).result(START_TIMEOUT)
            return None
        return _done_future(self._loop)  # pragma: no cover - async server stopped from a thread

    async def _reap(self) -> None:
        """Wait for stopped servers to wind down and close their databases."""
        while self._old:
            app, task = self._old.pop(0)
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(asyncio.shield(task), START_TIMEOUT)
            app.sandbox.close()

    def restart(self) -> Any:
        """Start again on the same port and data dir (stopping first if needed)."""
        if self.running:
            stopped = self.stop()
            if stopped is not None and not self._threaded:
                pass  # winding down in the background; the port is already free
        with self._lock:
            self._launch()
        if self._threaded:
            self._wait_started_sync()
            return None
        return asyncio.ensure_future(self._wait_started()) if self._in_loop_thread() else None

    async def _wait_started(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            server, task = self._server, self._task
            if server is not None and server.started:
                return
            if task is not None and task.done():
                task.result()
                raise RuntimeError("the sandbox server stopped while starting")
            if time.monotonic() > deadline:
                raise TimeoutError("the sandbox server did not start")
            await asyncio.sleep(0.005)

    def _wait_started_sync(self) -> None:
        asyncio.run_coroutine_threadsafe(self._wait_started(), self._loop).result(START_TIMEOUT)

    async def _shutdown(self) -> None:
        if self._server is not None:
            self._cut()
            if self._app is not None and self._task is not None:
                self._old.append((self._app, self._task))
            self._server = None
            self._app = None
        await self._reap()
        if self._reapers:
            await asyncio.gather(*self._reapers, return_exceptions=True)
            self._reapers.clear()


def _done_future(loop: asyncio.AbstractEventLoop) -> asyncio.Future[None]:
    future: asyncio.Future[None] = loop.create_future()
    future.set_result(None)
    return future


@contextlib.asynccontextmanager
async def serve_async(config: ServerConfig | None = None) -> AsyncIterator[SandboxServer]:
    """The sandbox as a task of the running loop, on ``config.host`` (port 0: a free port)."""
    srv = SandboxServer(config or ServerConfig(), asyncio.get_running_loop(), threaded=False)
    srv._launch()
    try:
        await srv._wait_started()
        yield srv
    finally:
        await srv._shutdown()


@contextlib.contextmanager
def serve_in_thread(config: ServerConfig | None = None) -> Iterator[SandboxServer]:
    """The sandbox in a daemon thread with its own event loop (for sync code and other loops)."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()

    def run() -> None:
        asyncio.set_event_loop(loop)
        loop.call_soon(ready.set)
        loop.run_forever()

    thread = threading.Thread(target=run, name="koji-sandbox", daemon=True)
    thread.start()
    ready.wait(START_TIMEOUT)
    srv = SandboxServer(config or ServerConfig(), loop, threaded=True)
    try:
        srv._launch()
        srv._wait_started_sync()
        yield srv
    finally:
        try:
            asyncio.run_coroutine_threadsafe(srv._shutdown(), loop).result(START_TIMEOUT)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(START_TIMEOUT)
            if not thread.is_alive():
                loop.close()
