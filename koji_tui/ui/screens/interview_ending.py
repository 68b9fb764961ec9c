"""Ending: completing the interview, leaving it (asked while a reply or a typed answer would be
lost), the draft saved as it is typed, and what quitting would interrupt."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on, work
from textual.timer import Timer
from textual.widgets import Button, Static

from koji_tui.ui.messages import (
    InterviewCompleted,
    InterviewFailed,
)
from koji_tui.ui.screens.common import format_score
from koji_tui.ui.screens.interview_base import (
    InterviewBase,
)

if TYPE_CHECKING:
    pass

LEAVE_CONFIRM_SECONDS = 3.0  # how long a first escape while waiting stays armed


class EndingMixin(InterviewBase):
    """Ending: completing the interview, leaving it (asked while a reply or a typed answer would be"""

    def _offer_completion(self) -> None:
        banner = self.query_one("#interview-banner")
        key = self.koji.key_for("complete", self) or "f2"
        self.query_one("#banner-text", Static).update(
            Text.assemble("The interviewer has finished. Press ", (key, "bold"), " to complete.")
        )
        button = self.query_one("#banner-complete", Button)
        button.display = True
        banner.display = True

    @on(Button.Pressed, "#banner-complete")
    def _banner_complete(self) -> None:
        self.action_complete()

    def action_complete(self) -> None:
        if self.session is None:
            self.notify("The interview is not running.", severity="warning")
            return
        if self.status == "completed":
            self.notify(f"Already completed (quality score {format_score(self.quality_score)}).")
            return
        if self.read_only:
            self.notify(f"Read-only: the other {self.read_only} drives it.", severity="warning")
            return
        if self.busy:
            self.notify("Wait for the reply first.", severity="warning")
            return
        if self.pending_text is not None:
            self.notify(
                "An answer is still unsent: resend it (F7) before completing.", severity="warning"
            )
            return
        if self.ready_to_complete:
            self._complete("natural")
            return
        from koji_tui.ui.screens.confirm import ConfirmScreen

        def _answer(yes: bool | None) -> None:
            if yes:
                self._complete("manual")

        self.app.push_screen(
            ConfirmScreen(
                "Complete interview?",
                "The interviewer has not finished yet. Complete the interview now?\n"
                "No more answers can be sent afterwards.",
                yes="Complete",
                no="Continue",
                destructive=True,  # Enter continues the interview; completing needs its key
            ),
            _answer,
        )

    def _complete(self, reason: str) -> None:
        self.busy = True
        self.composer.lock_input("completing the interview…")
        self.run_complete(reason)

    @work(exclusive=True, group="interview", exit_on_error=False)
    async def run_complete(self, reason: str) -> None:
        try:
            result = await self.session.complete(reason=reason)
        except Exception as exc:
            self.post_message(
                InterviewFailed("complete", self._describe(exc, "complete the interview"))
            )
            return
        self.post_message(
            InterviewCompleted(
                getattr(result, "quality_score", None), str(getattr(result, "status", "completed"))
            )
        )

    def on_interview_completed(self, message: InterviewCompleted) -> None:
        self._record(message)
        self.busy = False
        self.status = "completed"
        self.quality_score = message.quality_score
        self._went_online()
        self.transcript.notice(
            f"Interview completed. Quality score: {format_score(message.quality_score)} / 5",
            kind="success",
        )
        self._show_completed()
        self.notify(
            f"Interview completed. Quality score {format_score(message.quality_score)} / 5.",
            title="Completed",
        )

    def _show_completed(self) -> None:
        self._update_header()
        banner = self.query_one("#interview-banner")
        self.query_one("#banner-text", Static).update(
            Text.assemble(
                "✓ Completed. Quality score ",
                (f"{format_score(self.quality_score)} / 5", "bold"),
                ". Press escape to go back.",
            )
        )
        self.query_one("#banner-complete", Button).display = False
        banner.display = True
        self.composer.lock_input("interview completed", waiting=False)
        self.composer.display = False  # nothing more to type: the transcript gets the room
        self._clear_answer_widget()
        self.refresh_bindings()
        self.transcript.focus()

    def action_back(self) -> None:
        draft = self._draft()
        if (self.busy or draft) and not self._leave_armed:
            # Leaving cancels the request; the answer stays in the journal and is offered again.
            # Asked on this screen (the composer's hint line), not in a toast: a toast
            # would outlive the screen and still say "press escape again" elsewhere.
            self._leave_armed = True
            self._disarm_timer = self.set_timer(LEAVE_CONFIRM_SECONDS, self._disarm_leave)
            if self.busy:
                hint = (
                    "Still waiting for the server. Press escape again to leave anyway: "
                    "the answer stays in the journal and can be resent later."
                )
            else:
                hint = (
                    "Your typed answer is not sent. Press escape again to leave: the text "
                    "is kept for when you come back to this interview."
                )
            self.composer.set_hint(hint, "warning")
            return
        self._disarm_leave()
        self._save_draft(final=True)
        if self.session is not None:
            self.app.run_worker(self.session.close(), group="leases", exit_on_error=False)
        self.app.pop_screen()

    def quit_concerns(self) -> list[str]:
        """What quitting now would interrupt or leave behind (the app asks before it quits)."""
        if self.read_only:
            return []
        who = f" with {self.respondent}" if self.respondent else ""
        concerns: list[str] = []
        if self.busy:
            concerns.append(
                f"An answer{who} is being sent: quitting cancels the wait (the answer stays in "
                "the journal and is offered again)."
            )
        elif self.pending_text is not None:
            concerns.append(f"An answer{who} is unsent (it stays in the journal).")
        if self._draft():
            concerns.append(f"Text you typed{who} is not sent yet (it is kept as a draft).")
        if self.status == "active" and not concerns:
            concerns.append(f"The interview{who} is in progress.")
        return concerns

    async def flush_draft(self) -> None:
        """Save the draft now and wait for it (before the app quits)."""
        record_id = self._record_id()
        draft = self._draft() or None
        if record_id is None or self.read_only or draft == (self._saved_draft or None):
            return
        self._saved_draft = draft
        journal = self.koji.journal_for(self.study)
        await asyncio.to_thread(journal.save_draft, record_id, draft)

    def _save_draft(self, final: bool = False) -> None:
        """Journal the composer's text if it changed since the last save (in a thread)."""
        record_id = self._record_id()
        if record_id is None or self.read_only or (self.busy and not final):
            return
        draft = self._draft() or None
        if draft == (self._saved_draft or None):
            return
        self._saved_draft = draft
        journal = self.koji.journal_for(self.study)
        work = asyncio.to_thread(journal.save_draft, record_id, draft)
        # The app's worker, so a save on leaving outlives this screen.
        self.app.run_worker(work, group="drafts", exit_on_error=False)

    def _draft(self) -> str | None:
        """Typed text that is neither sent nor the (journaled) unsent answer."""
        text = self.composer.text
        if not text.strip() or self.status == "completed":
            return None
        if self.pending_text is not None and text.strip() == self.pending_text.strip():
            return None
        return text

    _leave_armed = False

    _disarm_timer: Timer | None = None

    def _disarm_leave(self) -> None:
        if self._disarm_timer is not None:
            self._disarm_timer.stop()
            self._disarm_timer = None
        if self._leave_armed:
            self._leave_armed = False
            if self.is_mounted and self.busy:  # else the reply's outcome owns the hint now
                self.composer.reset_hint()
