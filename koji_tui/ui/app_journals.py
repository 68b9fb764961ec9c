"""The journals of one window: the user's and the demo's (apart), and this run's demo folder.

:class:`AppJournals` is the app's :class:`koji_tui.services.Journals`. No Textual: every method
may touch the disk and is meant for thread workers or ``asyncio.to_thread``.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from koji_tui import paths
from koji_tui.config.entry import StudyEntry

if TYPE_CHECKING:
    from koji_tui.journal import Journal

USER = "user"
DEMO = "demo"


class AppJournals:
    """One journal per kind for this window, whichever thread asks first.

    Workers in threads ask for them too (the study list's read and the resend offers at once):
    they are opened under a lock, or two threads would each open one, and two journal objects
    are two lease owners in one window.

    Args:
        is_demo: whether the run is the demo now (``journal_for(None)`` is then the demo's).
        journal_path: the user's journal (``None``: the journal's default path).
    """

    def __init__(self, is_demo: Callable[[], bool], journal_path: Path | None = None) -> None:
        self._is_demo = is_demo
        self._journal_path = journal_path
        self._journals: dict[str, Journal] = {}
        self._demo_dir: Path | None = None
        self._lock = threading.RLock()

    def journal_for(self, study: StudyEntry | None) -> Journal:
        if (study is not None and study.source == "demo") or (study is None and self._is_demo()):
            return self._open(DEMO)
        return self._open(USER)

    def opened(self, kind: str | None = None) -> list[Journal]:
        with self._lock:
            if kind is None:
                return list(self._journals.values())
            journal = self._journals.get(kind)
            return [journal] if journal is not None else []

    def demo_dir(self) -> Path:
        """A fresh temp dir under ``data_dir()/demo`` (the app removes it on exit unless kept)."""
        with self._lock:  # the sandbox's thread and a journal's may ask at once
            if self._demo_dir is None:
                parent = paths.private_dir(paths.data_dir() / "demo")
                self._demo_dir = Path(tempfile.mkdtemp(prefix="run-", dir=parent))
            return self._demo_dir

    @property
    def made_demo_dir(self) -> Path | None:
        return self._demo_dir

    def _open(self, kind: str) -> Journal:
        journal = self._journals.get(kind)
        if journal is not None:
            return journal
        with self._lock:
            journal = self._journals.get(kind)
            if journal is None:
                from koji_tui.journal import Journal

                path = self.demo_dir() / "journal.sqlite3" if kind == DEMO else self._journal_path
                journal = Journal(path)
                self._journals[kind] = journal
            return journal
