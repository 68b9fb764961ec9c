"""The one sandbox factory of the tests (the ``make_sandbox`` fixture of tests/conftest.py)."""

from __future__ import annotations

import itertools
from contextlib import AbstractAsyncContextManager, AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from koji_tui.server import SandboxServer, ServerConfig

FAST = "100000/60s"  # a rate limit too high to matter
STREAM_DELAY = 0.005  # between a reply's SSE chunks: still one write each, not 30 ms apart


class Sandboxes:
    """The sandboxes of one test, each on 127.0.0.1 (real HTTP) with a data dir of its own:

        async with make_sandbox(rate_limit="3/1s", seed=7) as srv: ...   # in the test's loop
        with make_sandbox.thread(seed=7) as srv: ...                     # in a thread

    Options are :class:`~koji_tui.server.ServerConfig`'s; the rate limit is too high to matter
    unless one is given, and a streamed reply's chunks come 5 ms apart (the server's 30 ms,
    six times per reply, was most of an answer's time in the tests). The server package is imported when a sandbox is made: a broken one
    fails the tests that need it, never skips them.
    """

    def __init__(self, tmp_path: Path) -> None:
        self._tmp_path = tmp_path
        self._count = itertools.count()

    def config(self, **options: Any) -> ServerConfig:
        from koji_tui.server import ServerConfig

        options.setdefault("rate_limit", FAST)
        options.setdefault("stream_delay", STREAM_DELAY)
        if "data_dir" not in options:
            options["data_dir"] = self._tmp_path / f"sandbox-{next(self._count)}"
        return ServerConfig(**options)

    def __call__(self, **options: Any) -> AbstractAsyncContextManager[SandboxServer]:
        from koji_tui.server import serve_async

        return serve_async(self.config(**options))

    def thread(self, **options: Any) -> AbstractContextManager[SandboxServer]:
        """A sandbox in a daemon thread with its own loop (sync tests, ``snap_compare``)."""
        from koji_tui.server import serve_in_thread

        return serve_in_thread(self.config(**options))
