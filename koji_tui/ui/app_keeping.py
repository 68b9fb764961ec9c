"""What the app keeps: the leases on the interviews this window drives, the unsent answers it
offers to resend, and quitting without losing any of it (the journals are a service:
``services.journals``)."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from textual import work
from textual.app import App

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import app_translator
from koji_tui.ui.messages import ResendsFound
from koji_tui.ui.screens import registry as screens

if TYPE_CHECKING:
    from koji_tui.journal import Journal
    from koji_tui.ui.app_services import AppServices
    from koji_tui.ui.screens.store import PendingItem


@runtime_checkable
class HasQuitConcerns(Protocol):
    """A screen that can say what quitting now would lose (the interview screen)."""

    def quit_concerns(self) -> list[str]: ...


@runtime_checkable
class KeepsDrafts(Protocol):
    """A screen holding a typed, unsent draft that it journals before the app quits."""

    async def flush_draft(self) -> None: ...


class KeepingMixin(App[None]):
    """Leases, resend offers and quitting (see the module docstring)."""

    demo: bool
    studies: list[StudyEntry]
    kept_demo_dir: Path | None
    services: AppServices

    if TYPE_CHECKING:  # the app's navigation

        def open_interview(
            self, study: StudyEntry, record_id: int, resend: bool = False
        ) -> None: ...

    def study(self, name: str) -> StudyEntry | None:
        return next((s for s in self.studies if s.name == name), None)

    @property
    def journal(self) -> Journal:
        """The journal of this run (the demo's in the demo)."""
        return self.services.journals.journal_for(None)

    @work(thread=True, exclusive=True, group="leases", exit_on_error=False)
    def _renew_leases(self) -> None:
        """Keep the leases on the interviews this window drives (a hung window's expire)."""
        for journal in self.services.journals.opened():
            journal.renew_leases()

    @work(thread=True, exclusive=True, group="resends", exit_on_error=False)
    def offer_resends(self) -> None:
        """Offer the unsent answers the journal holds (read in a thread). An interview another
        koji-tui drives right now is left alone: its answer may be in flight there."""
        import sqlite3

        from koji_tui.journal import JournalError
        from koji_tui.ui.screens import store

        journals = self.services.journals
        seen: set[int] = set()
        offers: list[tuple[StudyEntry, PendingItem]] = []
        problems: list[str] = []
        for study in self.studies:
            journal = journals.journal_for(study)
            if id(journal) in seen:
                continue
            seen.add(id(journal))
            try:  # one journal that cannot be read does not hide the other's offers
                for item in store.pending_answers(journal):
                    owner = self.study(item.study)
                    if owner is None or journals.journal_for(owner) is not journal:
                        continue
                    if journal.lease_holder(item.record_id) is None:
                        offers.append((owner, item))
            except (JournalError, sqlite3.Error, OSError) as exc:
                problems.append(
                    app_translator()
                    .gettext("Could not read the journal: {error}")
                    .format(error=exc)
                )
        self.post_message(ResendsFound(offers, problems))

    def on_resends_found(self, message: ResendsFound) -> None:
        for problem in message.problems:
            self.notify(problem, severity="warning", markup=False)
        offers = message.offers
        if not offers:
            return
        # One question at a time: the first now, the others are marked in the list.
        self._offer_resend(*offers[0])
        if len(offers) > 1:
            more = len(offers) - 1
            self.notify(
                app_translator()
                .ngettext(
                    "{n} more interview has an unsent answer: it is marked {marker} in the "
                    "study list; open it and press F7 to resend.",
                    "{n} more interviews have an unsent answer: they are marked {marker} in the "
                    "study list; open one and press F7 to resend.",
                    more,
                )
                .format(n=more, marker="'•unsent'"),
                severity="warning",
                timeout=15,
            )

    def _offer_resend(self, study: StudyEntry, item: PendingItem) -> None:
        from koji_tui.ui.screens.common import one_line

        def _answer(yes: bool | None) -> None:
            if yes:
                self.open_interview(study, item.record_id, resend=True)

        tr = app_translator()
        body = tr.gettext(
            "Interview {interview} in study {study} has an answer that was not sent:"
            "\n\n  {answer}\n\nResend it now? (It is never sent twice.)"
        ).format(
            interview=one_line(item.interview_id, 80),
            study=one_line(repr(study.name), 80),
            answer=one_line(item.text, 200),
        )
        self.push_screen(
            screens.confirm_screen(
                tr.gettext("Unsent answer"),
                body,
                yes=tr.gettext("Resend"),
                no=tr.gettext("Later"),
            ),
            _answer,
        )

    async def action_quit(self) -> None:
        """Quit; first ask when that would lose work, or the demo's interviews."""
        if screens.screen_kind(self.screen) == "quit":
            return  # already asking
        concerns: list[str] = []
        for screen in self.screen_stack:
            if isinstance(screen, HasQuitConcerns):
                concerns.extend(screen.quit_concerns())
        demo_folder: Path | None = None
        demo_dir = self.services.journals.made_demo_dir
        for demo_journal in self.services.journals.opened("demo") if self.demo else []:
            found = await asyncio.to_thread(demo_journal.count_interviews)
            samples = getattr(self, "seeded", None)  # the presenter's (app_presenter.py)
            seeded = samples.completed if samples is not None else 0
            if found > seeded and demo_dir is not None:  # the presenter's samples: not asked
                demo_folder = demo_dir
        if not concerns and demo_folder is None:
            self.exit()
            return

        def _answer(choice: str | None) -> None:
            if choice in (None, "stay"):
                return
            if choice == "keep":
                self.kept_demo_dir = demo_dir
            self.run_worker(self._quit_keeping_drafts(), group="quit", exit_on_error=False)

        self.push_screen(screens.quit_screen(concerns, demo_folder), _answer)

    async def _quit_keeping_drafts(self) -> None:
        """Journal every screen's draft, then quit (quitting goes on when a draft cannot be
        kept; the failure is said by report_worker)."""
        try:
            for screen in self.screen_stack:
                if isinstance(screen, KeepsDrafts):
                    await screen.flush_draft()
        finally:
            self.exit()
