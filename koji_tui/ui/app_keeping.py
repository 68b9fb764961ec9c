"""What the app keeps: a journal per kind (the demo's apart), the leases on the interviews this
window drives, the unsent answers it offers to resend, and quitting without losing any of it."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App

from koji_tui import paths
from koji_tui.config.entry import StudyEntry

if TYPE_CHECKING:
    pass


_JOURNALS_LOCK = threading.RLock()  # one journal (and demo folder), whichever thread asks first


class KeepingMixin(App[None]):
    """What the app keeps: a journal per kind (the demo's apart), the leases on the interviews this"""

    demo: bool
    studies: list[StudyEntry]
    kept_demo_dir: Path | None
    _journals: dict[str, Any]
    _journal_path: Path | None
    _demo_dir: Path | None

    def study(self, name: str) -> StudyEntry | None:
        return next((s for s in self.studies if s.name == name), None)

    def journal_for(self, study: StudyEntry | None) -> Any:
        """The journal of a study: demo studies keep their own, apart from real ones."""
        if (study is not None and study.source == "demo") or (study is None and self.demo):
            return self._open_journal("demo")
        return self._open_journal("user")

    def demo_dir(self) -> Path:
        """This run's demo folder: a fresh temp dir under ``data_dir()/demo``, removed on exit."""
        with _JOURNALS_LOCK:  # the sandbox's thread and a journal's may ask at once
            if self._demo_dir is None:
                import tempfile

                parent = paths.private_dir(paths.data_dir() / "demo")
                self._demo_dir = Path(tempfile.mkdtemp(prefix="run-", dir=parent))
        return self._demo_dir

    @property
    def journal(self) -> Any:
        return self.journal_for(None)

    def _open_journal(self, which: str) -> Any:
        """The one journal of its kind for this window. Workers in threads ask for it too (the
        study list's read and the resend offers at once): opened under a lock, or two threads
        would each open one, and two journal objects are two lease owners in one window."""
        journal = self._journals.get(which)
        if journal is not None:
            return journal
        with _JOURNALS_LOCK:
            journal = self._journals.get(which)
            if journal is None:
                from koji_tui.journal import Journal

                if which == "demo":
                    path: Path | None = self.demo_dir() / "journal.sqlite3"
                else:
                    path = self._journal_path
                journal = Journal(path)
                self._journals[which] = journal
        return journal

    @work(thread=True, exclusive=True, group="leases", exit_on_error=False)
    def _renew_leases(self) -> None:
        """Keep the leases on the interviews this window drives (a hung window's expire)."""
        for journal in list(self._journals.values()):
            with contextlib.suppress(Exception):
                journal.renew_leases()

    @work(thread=True, exclusive=True, group="resends", exit_on_error=False)
    def offer_resends(self) -> None:
        """Offer the unsent answers the journal holds (read in a thread). An interview another
        koji-tui drives right now is left alone: its answer may be in flight there."""
        from koji_tui.ui.screens import store

        seen: set[int] = set()
        offers: list[tuple[StudyEntry, Any]] = []
        for study in self.studies:
            journal = self.journal_for(study)
            if id(journal) in seen:
                continue
            seen.add(id(journal))
            try:
                pending = store.pending_answers(journal)
                for item in pending:
                    owner = self.study(item.study)
                    if owner is None or self.journal_for(owner) is not journal:
                        continue
                    if journal.lease_holder(item.record_id) is None:
                        offers.append((owner, item))
            except Exception as exc:
                self.call_from_thread(
                    self.notify,
                    f"Could not read the journal: {exc}",
                    severity="warning",
                    markup=False,
                )
                continue
        if offers:
            self.call_from_thread(self._offer_resends, offers)

    def _offer_resends(self, offers: list[tuple[StudyEntry, Any]]) -> None:
        # One question at a time: the first now, the others are marked in the list.
        self._offer_resend(*offers[0])
        if len(offers) > 1:
            self.notify(
                f"{len(offers) - 1} more interview(s) have an unsent answer: they are marked "
                "'•unsent' in the study list; open one and press F7 to resend.",
                severity="warning",
                timeout=15,
            )

    def _offer_resend(self, study: StudyEntry, item: Any) -> None:
        from koji_tui.ui.screens.common import one_line
        from koji_tui.ui.screens.confirm import ConfirmScreen

        def _answer(yes: bool | None) -> None:
            if yes:
                self.open_interview(study, item.record_id, resend=True)

        self.push_screen(
            ConfirmScreen(
                "Unsent answer",
                f"Interview {one_line(item.interview_id, 80)} in study "
                f"{one_line(repr(study.name), 80)} has an answer that "
                f"was not sent:\n\n  {one_line(item.text, 200)}\n\n"
                "Resend it now? (It is never sent twice.)",
                yes="Resend",
                no="Later",
            ),
            _answer,
        )

    async def action_quit(self) -> None:
        """Quit; first ask when that would lose work, or the demo's interviews."""
        from koji_tui.ui.screens.quit import QuitScreen

        if isinstance(self.screen, QuitScreen):
            return  # already asking
        concerns: list[str] = []
        for screen in self.screen_stack:
            concerns.extend(getattr(screen, "quit_concerns", list)())
        demo_folder: Path | None = None
        demo_journal = self._journals.get("demo")
        if self.demo and self._demo_dir is not None and demo_journal is not None:
            found = await asyncio.to_thread(demo_journal.list_interviews, limit=1)
            if found:
                demo_folder = self._demo_dir
        if not concerns and demo_folder is None:
            self.exit()
            return

        def _answer(choice: str | None) -> None:
            if choice in (None, "stay"):
                return
            if choice == "keep":
                self.kept_demo_dir = self._demo_dir
            self.run_worker(self._quit_keeping_drafts(), group="quit", exit_on_error=False)

        self.push_screen(QuitScreen(concerns, demo_folder), _answer)

    async def _quit_keeping_drafts(self) -> None:
        for screen in self.screen_stack:
            flush = getattr(screen, "flush_draft", None)
            if flush is not None:
                with contextlib.suppress(Exception):
                    await flush()
        self.exit()
