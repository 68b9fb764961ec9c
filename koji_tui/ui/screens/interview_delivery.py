"""Unsent answers: resending (never twice), offline checks (one request each, spaced out),
and the status bar's connection state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from koji_tui.ui.messages import (
    AnswerFailed,
    AnswerReconciled,
    ReplyArrived,
    RetryStillOffline,
    ServerBack,
)
from koji_tui.ui.screens.common import visible
from koji_tui.ui.screens.interview_base import (
    InterviewBase,
)
from koji_tui.ui.screens.interview_base import server_failing as _server_failing

if TYPE_CHECKING:
    pass

OFFLINE_RETRY_SECONDS = 3.0  # the first check after going offline; each next one waits twice
OFFLINE_RETRY_MAX_SECONDS = 30.0  # as long, up to this


class DeliveryMixin(InterviewBase):
    """Unsent answers: resending (never twice), offline checks (one request each, spaced out),"""

    def refresh_status(self) -> None:
        """Pull the study's latest rate-limit / activity state from the app into the bar."""
        bar = self._status_bar()
        if bar is None:
            return
        rate = self.koji.rate_limits.get(self.study.name)
        if rate is not None:
            bar.update_rate_limit(rate.limit, rate.remaining, rate.reset_at)
        activity = self.koji.activity.get(self.study.name)
        if activity is not None:
            bar.update_activity(activity.state, visible(activity.detail), activity.until)
            if activity.state in ("offline", "retrying", "reconciling"):
                bar.set_connection(activity.state)
            elif activity.state in ("sending", "pacing", "waiting_rate_limit") and not self.offline:
                bar.set_connection("online")
        if self.offline:
            bar.set_connection("failing" if self.server_failing else "offline")

    def _went_online(self) -> None:
        if self.offline:
            self.offline = False
            self.server_failing = False
            self._update_header()
        if (bar := self._status_bar()) is not None:
            bar.set_connection("online")
        self._stop_retry()

    def _went_offline(self, failing: bool = False) -> None:
        """Unreachable, or (``failing``) answering with 5xx: either way checked on its own."""
        self.offline = True
        self.server_failing = failing
        if (bar := self._status_bar()) is not None:
            bar.set_connection("failing" if failing else "offline")
        self._update_header()
        if self.pending_text is not None and self._retry_timer is None:
            self._schedule_probe()

    def _schedule_probe(self) -> float:
        """The next check of whether the server is back: one request, spaced out (3 s, 6 s,
        12 s … up to 30 s). Returns the delay."""
        if self._retry_timer is not None:
            self._retry_timer.stop()
        delay = min(OFFLINE_RETRY_MAX_SECONDS, OFFLINE_RETRY_SECONDS * 2**self._probes)
        self._retry_timer = self.set_timer(delay, self._auto_retry)
        return delay

    def _stop_retry(self) -> None:
        if self._retry_timer is not None:
            self._retry_timer.stop()
            self._retry_timer = None
        self._probes = 0

    def _auto_retry(self) -> None:
        self._retry_timer = None
        if self.pending_text is None or not self.offline or self.session is None:
            return
        if self.busy or self.read_only:
            self._schedule_probe()
            return
        self._probes += 1
        self._probe_worker()

    @work(exclusive=True, group="interview", exit_on_error=False)
    async def _probe_worker(self) -> None:
        try:
            await self.session.probe()
        except Exception as exc:
            error, _offline = self._describe_full(exc, "reach the server")
            self.post_message(RetryStillOffline(error))
            return
        self.post_message(ServerBack())

    def on_server_back(self, message: ServerBack) -> None:
        self._record(message)
        if self.pending_text is not None and not self.busy:
            self.run_resend(keep_text=self._edited_text(), quiet=True)

    def _edited_text(self) -> str | None:
        """The composer's text when it is not just the unsent answer (an edit or a new
        answer): kept in the box when the unsent answer goes through."""
        text = self.composer.text
        if not text.strip() or self.pending_text is None:
            return None
        return text if text.strip() != self.pending_text.strip() else None

    def action_resend(self) -> None:
        if self.session is None:
            self.notify("The interview is not running.", severity="warning")
            return
        if self.pending_text is None:
            self.notify("Nothing to resend: every answer reached the server.")
            return
        if self.busy:
            self.notify("Still sending; please wait.", severity="warning")
            return
        self.run_resend(keep_text=self._edited_text())

    def run_resend(self, keep_text: str | None = None, quiet: bool = False) -> None:
        if self.busy:
            return
        if self.read_only:
            if not quiet:
                self.notify(
                    f"Read-only: its unsent answer belongs to the other {self.read_only}.",
                    severity="warning",
                )
            return
        self.busy = True
        self._keep_text = keep_text
        self.composer.lock_input("resending the unsent answer…")
        if self._answer_handle is not None:
            self.transcript.update_turn(self._answer_handle, state="sending", detail=None)
        self._resend_worker(quiet)

    @work(exclusive=True, group="interview", exit_on_error=False)
    async def _resend_worker(self, quiet: bool) -> None:
        try:
            result = await self.session.resend_pending()
        except Exception as exc:
            error, offline = self._describe_full(exc, "resend the answer")
            if quiet and offline:
                self.post_message(RetryStillOffline(error))
            else:
                failing = _server_failing(exc)
                self.post_message(AnswerFailed(self.pending_text or "", error, offline, failing))
            return
        if result is None:
            self.post_message(
                ReplyArrived("", None, self.session.turn_count, self.session.is_complete)
            )
            return
        if getattr(result, "reconciled", False):
            self.post_message(AnswerReconciled())
        self.post_message(
            ReplyArrived(
                result.content, result.question, result.turn_count, bool(result.is_complete)
            )
        )

    def on_retry_still_offline(self, message: RetryStillOffline) -> None:
        self._record(message)
        self.busy = False
        if self._answer_handle is not None:
            self.transcript.update_turn(
                self._answer_handle, state="pending", detail="not sent yet — retrying…"
            )
        composer = self.composer
        if self._keep_text is not None:
            composer.restore(self._keep_text)
            self._keep_text = None
        delay = self._schedule_probe() if self.pending_text is not None else None
        when = f" Next check in {max(1, round(delay))} s" if delay else ""
        count = f" ({self._probes} done)." if self._probes and when else "." if when else ""
        composer.unlock_input(
            (
                "The server is failing: the answer is kept and is resent when it recovers."
                if self.server_failing
                else "Offline: the answer is kept and is resent when the server is back."
            )
            + f"{when}{count}",
            "warning",
        )

    def on_answer_reconciled(self, message: AnswerReconciled) -> None:
        self._record(message)
        self.notify("The server already had that answer; it was not sent again.", timeout=6)
