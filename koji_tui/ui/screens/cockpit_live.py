"""The cockpit's notes pane follows the journal: an observer's note (``koji-tui observe``, in
another window or process) shows up within :data:`LIVE_NOTES_SECONDS`, not on the next reload.

As the observer's follower does: every :data:`LIVE_NOTES_SECONDS` the journal's change counter
(:meth:`~koji_tui.journal.Journal.revision`, no table read) is asked in a thread, and the notes
are read again only when it moved (the cockpit's own writes move it too: one small read then).
The read holds the cockpit's journal lock, so it never crosses the cockpit's own note writes.
"""

from __future__ import annotations

import asyncio

from koji_tui.journal import Journal, JournalError
from koji_tui.journal import notes as jnotes
from koji_tui.ui.screens.interview_base import InterviewBase

LIVE_NOTES_SECONDS = 0.5


class LiveNotesMixin(InterviewBase):
    """Mixed into :class:`~koji_tui.ui.screens.cockpit.CockpitScreen` (which has the journal,
    its lock, the notes and :meth:`_show_notes`); call :meth:`follow_notes` once mounted."""

    journal: Journal
    notes: list[jnotes.Note]
    _journal_lock: asyncio.Lock
    _notes_revision: int | None = None
    _notes_polling: bool = False
    notes_polls: int = 0  # how many times the counter was asked (tests)
    notes_reads: int = 0  # how many times the notes were read again for it

    def follow_notes(self) -> None:
        self.set_interval(LIVE_NOTES_SECONDS, self._poll_notes)

    def _show_notes(self) -> None:  # the cockpit's own
        raise NotImplementedError

    async def _poll_notes(self) -> None:
        record_id = self.controller.state.record_id
        if record_id is None or self._notes_polling:
            return
        self._notes_polling = True
        try:
            self.notes_polls += 1
            revision = await asyncio.to_thread(self.journal.revision)
            if revision == self._notes_revision:
                return
            async with self._journal_lock:  # after the cockpit's own writes, never across
                notes = await asyncio.to_thread(jnotes.notes_of, self.journal, record_id)
            self._notes_revision = revision  # asked before the read: a later commit is seen
            self.notes_reads += 1
            if notes != self.notes:
                self.notes = notes
                self._show_notes()
        except JournalError:
            return  # closed (leaving) or busy for a moment: asked again at the next tick
        finally:
            self._notes_polling = False


__all__ = ["LIVE_NOTES_SECONDS", "LiveNotesMixin"]
