"""The study list's "Watch" (``w``, ``main.watch``): the highlighted interview in the observer.

The observer (:class:`~koji_tui.ui.screens.observe.ObserveScreen`, what ``koji-tui observe``
shows) follows the interview live from its journal, read-only: it takes no lease and sends
nothing, so an interview this same app drives (open on its own screen, or in another window)
opens too. Escape comes back to the study list.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from textual.app import App
from textual.notifications import SeverityLevel

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import N_, app_translator
from koji_tui.ui.host import KojiHost

WORDS: dict[str, str] = {
    "none": N_("Select an interview to watch."),
    "failed": N_("Cannot watch this interview: {error}"),
}


class StudyList(Protocol):
    """What the study list gives: its highlighted study and interview, the app, a toast.
    (Not the screen class: the observer is imported from here, never the study list.)"""

    @property
    def selected_study(self) -> StudyEntry | None: ...

    @property
    def selected_record_id(self) -> int | None: ...

    @property
    def koji(self) -> KojiHost: ...

    @property
    def app(self) -> App[object]: ...

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None: ...


async def watch_selected(screen: StudyList) -> None:
    """Push the observer for the interview highlighted on ``screen`` (its study's journal is
    found in a thread: opening it may touch the disk)."""
    study = screen.selected_study
    if study is None:
        return
    record_id = screen.selected_record_id
    tr = app_translator()
    if record_id is None:
        screen.notify(tr.gettext(WORDS["none"]), severity="warning")
        return
    try:
        journal = await asyncio.to_thread(screen.koji.services.journals.journal_for, study)
    except Exception as exc:  # the journal cannot be opened: said, nothing pushed
        screen.notify(tr.gettext(WORDS["failed"]).format(error=exc), severity="error", markup=False)
        return
    from koji_tui.ui.screens.observe import ObserveScreen  # its widgets load on first use

    screen.app.push_screen(ObserveScreen(journal.path, record_id, back=True))


__all__ = ["WORDS", "watch_selected"]
