"""Ending: completing the interview, leaving it (asked while a reply or a typed answer would be
lost), the draft saved as it is typed, and what quitting would interrupt."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.timer import Timer
from textual.widgets import Button, Static

from koji_tui.session import SessionError
from koji_tui.session import events as ev
from koji_tui.ui.screens.interview_base import InterviewBase, score_text

LEAVE_CONFIRM_SECONDS = 3.0  # how long a first escape while waiting stays armed


class EndingMixin(InterviewBase):
    """Ending: completing the interview, leaving it (asked while a reply or a typed answer would be"""

    def _offer_completion(self) -> None:
        banner = self.query_one("#interview-banner")
        key = self.koji.key_for("complete", self) or "f2"
        before, _, after = self.tr.gettext(
            "The interviewer has finished. Press {key} to complete."
        ).partition("{key}")
        self.query_one("#banner-text", Static).update(Text.assemble(before, (key, "bold"), after))
        button = self.query_one("#banner-complete", Button)
        button.display = True
        banner.display = True

    @on(Button.Pressed, "#banner-complete")
    def _banner_complete(self) -> None:
        self.action_complete()

    def action_complete(self) -> None:
        if self.controller.session is None:
            self.notify(self.tr.gettext("The interview is not running."), severity="warning")
            return
        if self.status == "completed":
            score = score_text(self.tr, self.state.quality_score)
            self.notify(
                self.tr.gettext("Already completed (quality score {score}).").format(score=score)
            )
            return
        if self.read_only:
            said = self.tr.gettext("Read-only: the other {holder} drives it.").format(
                holder=self.read_only
            )
            self.notify(said, severity="warning")
            return
        if self.busy:
            self.notify(self.tr.gettext("Wait for the reply first."), severity="warning")
            return
        if self.pending_text is not None:
            self.notify(
                self.tr.gettext("An answer is still unsent: resend it (F7) before completing."),
                severity="warning",
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
                self.tr.gettext("Complete interview?"),
                self.tr.gettext(
                    "The interviewer has not finished yet. Complete the interview now?\n"
                    "No more answers can be sent afterwards."
                ),
                yes=self.tr.gettext("Complete"),
                no=self.tr.gettext("Continue"),
                destructive=True,  # Enter continues the interview; completing needs its key
                tr=self.tr,
            ),
            _answer,
        )

    def _complete(self, reason: str) -> None:
        try:
            self.controller.complete(reason)
        except SessionError as exc:
            self.notify(str(exc), severity="warning")
            return
        self.composer.lock_input(self.tr.gettext("completing the interview…"))

    def _show_Completed(self, event: ev.Completed) -> None:
        score = score_text(self.tr, event.quality_score)
        self._went_online()
        tr = self.tr
        said = tr.gettext("Interview completed. Quality score: {score} / 5").format(score=score)
        self.transcript.notice(said, kind="success")
        self._show_completed()
        self.notify(
            tr.gettext("Interview completed. Quality score {score} / 5.").format(score=score),
            title=tr.gettext("Completed"),
        )

    def _show_completed(self) -> None:
        self._update_header()
        banner = self.query_one("#interview-banner")
        said = self.tr.gettext("✓ Completed. Quality score {score}. Press escape to go back.")
        before, _, after = said.partition("{score}")
        score = f"{score_text(self.tr, self.state.quality_score)} / 5"
        self.query_one("#banner-text", Static).update(Text.assemble(before, (score, "bold"), after))
        self.query_one("#banner-complete", Button).display = False
        banner.display = True
        self.composer.lock_input(self.tr.gettext("interview completed"), waiting=False)
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
                hint = self.tr.gettext(
                    "Still waiting for the server. Press escape again to leave anyway: "
                    "the answer stays in the journal and can be resent later."
                )
            else:
                hint = self.tr.gettext(
                    "Your typed answer is not sent. Press escape again to leave: the text "
                    "is kept for when you come back to this interview."
                )
            self.composer.set_hint(hint, "warning")
            return
        self._disarm_leave()
        self._save_draft(final=True)
        # The app's worker, so closing (the draft's save, the lease given back) outlives this
        # screen; an answer in flight is cancelled and stays unsent in the journal.
        self.app.run_worker(self.controller.close(), group="leases", exit_on_error=False)
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
        saving = self.controller.save_draft(self._draft(), final=True)
        if saving is not None:
            await saving

    def _save_draft(self, final: bool = False) -> None:
        """Journal the composer's text if it changed since the last save (the controller's
        task, in a thread)."""
        self.controller.save_draft(self._draft(), final=final)

    def _draft(self) -> str | None:
        """Typed text that is neither sent nor the (journaled) unsent answer."""
        text = self.composer.text
        if not text.strip() or self.state.phase is ev.Phase.COMPLETED:
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
