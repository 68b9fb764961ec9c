"""httpx and httpcore, imported without the parts koji-tui never runs.

``import httpx`` also imports httpx's command-line tool (``httpx._main``: click, pygments,
``rich.syntax``, ``rich.progress``, ``rich.table``...) whenever those happen to be installed
(click always is: uvicorn needs it), and httpcore imports trio whenever it is installed, to
support trio event loops. koji-tui runs on asyncio and never runs httpx's CLI: the two cost
about 6.5 MiB of resident memory (measured on the first interview opened,
``tests/benchmarks/bench_memory.py``) and ~190 modules, for nothing.

:func:`import_http_stack` imports both with those two modules marked missing (``None`` in
``sys.modules``, which makes their import raise ImportError, which httpx and httpcore expect
and handle: httpx keeps a stub ``main``, httpcore supports asyncio only), then takes the marks
away, so anything importing them later gets them as usual. Nothing is hidden once httpx is in:
a process that loaded httpx, or trio, before is left as it is. Call it where the app first
needs the HTTP client, before anything imports :mod:`koji_tui.api` (not at start-up).
"""

from __future__ import annotations

import importlib
import sys

UNUSED = ("httpx._main", "trio")  # httpx's CLI; trio support in httpcore


def import_http_stack() -> None:
    """Import httpx and httpcore without :data:`UNUSED` (see the module's docstring)."""
    if "httpx" in sys.modules:
        return
    marked = [name for name in UNUSED if name not in sys.modules]
    for name in marked:
        sys.modules[name] = None  # type: ignore[assignment]  # "not installed"
    try:
        importlib.import_module("httpx")
        importlib.import_module("httpcore")
    finally:
        for name in marked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]


__all__ = ["UNUSED", "import_http_stack"]
