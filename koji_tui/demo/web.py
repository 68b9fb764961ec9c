"""``koji-tui web``: the app in a browser tab, served by ``textual-serve`` on 127.0.0.1.

For a presenter who shares a browser tab: every tab that opens the page gets its own
``koji-tui`` (``koji-tui demo`` with ``--demo``, or with ``--autopilot``), run by textual-serve
with its web driver. Only loopback is served: the app holds API keys, so it is never offered
to the network. ``textual-serve`` is an optional dependency (``pip install textual-serve``).
"""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Sequence

from koji_tui.i18n import app_translator

HOST = "127.0.0.1"


def app_command(*, demo: bool, extra: Sequence[str] = ()) -> str:
    """The command each browser tab runs: this Python's ``koji-tui``."""
    words = [sys.executable, "-m", "koji_tui"]
    if demo:
        words.append("demo")
    words.extend(extra)
    return " ".join(shlex.quote(w) for w in words)


def serve(*, demo: bool, port: int, extra: Sequence[str] = ()) -> int:
    """Serve until Ctrl-C; 1 when textual-serve is not installed."""
    try:
        from textual_serve.server import Server
    except ImportError:
        said = app_translator().gettext(
            "the app in a browser needs textual-serve (pip install textual-serve)."
        )
        print(f"koji-tui web: {said}", file=sys.stderr)
        return 1
    # The app refuses to start without a terminal unless told it has one: the web driver is.
    os.environ["KOJI_TUI_FORCE_APP"] = "1"
    title = "koji-tui demo" if demo else "koji-tui"
    server = Server(app_command(demo=demo, extra=extra), host=HOST, port=port, title=title)
    server.serve()
    return 0
