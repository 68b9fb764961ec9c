"""``koji-tui observe --web``: the observer in a browser tab, served by textual-serve on
127.0.0.1 (loopback only, like ``koji-tui web``: the journal holds the participants' answers).
Each tab that opens the page runs its own ``koji-tui observe``."""

from __future__ import annotations

import os
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path

from koji_tui.i18n import app_translator

HOST = "127.0.0.1"


def observe_command(interview_id: str | None, journals: Sequence[Path] | None = None) -> str:
    """The command each browser tab runs: this Python's ``koji-tui observe``."""
    words = [sys.executable, "-m", "koji_tui", "observe"]
    for path in journals or ():
        words += ["--journal", str(Path(path).resolve())]
    if interview_id:
        words.append(interview_id)
    return " ".join(shlex.quote(w) for w in words)


def serve(interview_id: str | None, journals: Sequence[Path] | None, *, port: int) -> int:
    """Serve until Ctrl-C; 1 when textual-serve is not installed."""
    try:
        from textual_serve.server import Server
    except ImportError:
        said = app_translator().gettext("needs textual-serve (pip install textual-serve).")
        print(f"koji-tui observe --web: {said}", file=sys.stderr)
        return 1
    os.environ["KOJI_TUI_FORCE_APP"] = "1"  # the web driver is the terminal
    command = observe_command(interview_id, journals)
    Server(command, host=HOST, port=port, title="koji-tui observe").serve()
    return 0


__all__ = ["HOST", "observe_command", "serve"]
