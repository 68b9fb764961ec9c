"""``InterviewController``: one interview's state, driven by intents, watched through events.

No Textual. The interview screen, a kiosk loop, an autopilot, a notes pane or an observer are
all subscribers (:meth:`InterviewController.subscribe`); any of them may also drive it, and every
subscriber sees what any driver did. Intents return at once with an ``asyncio.Task`` (await it
to wait for the outcome); every outcome, failures included, is published as an event from
:mod:`koji_tui.session.events`, never raised from the task. An intent that cannot be taken at all
(an answer while another is unsent, an empty answer, a completed interview) raises
:class:`~koji_tui.session.runner.SessionError` synchronously, before anything is written.

The guarantees of :class:`~koji_tui.session.runner.InterviewSession` hold (the controller runs
one): an answer is journaled (its write starts inside :meth:`answer`, before it returns) before
it is sent; an unsent answer is resent exactly once, after checking the server's transcript;
while offline the controller checks on its own (one request per check, spaced out by
:class:`~koji_tui.session.ports.RetryPolicy` on the injected clock) and resends when the server
is back.

    controller = InterviewController(study_name="Onboarding", clients=get_client, journal=j)
    controller.subscribe(print)
    await controller.start(respondent={"display_name": "Ana"}, locale="es")
    await controller.answer("Hola")
    await controller.complete("natural")
    await controller.close()
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from koji_tui.journal.store import InterviewRecord

from .controller_core import _detect
from .delivery import DeliveryMixin
from .events import (
    BackOnline,
    Completed,
    Event,
    Failed,
    Phase,
    ReadOnly,
    ReadyToComplete,
    Started,
    StateChanged,
    TranscriptLoaded,
    TurnAdded,
)
from .reopen import OpenOutcome, open_interview, turns_of
from .runner import InterviewSession, SessionError

log = logging.getLogger(__name__)

Subscriber = Callable[[Event], object]


class InterviewController(DeliveryMixin):
    """One interview (see the module docstring). Use it from one event loop."""

    # -- start, open -------------------------------------------------------------------
    def start(
        self, respondent: object = None, mode: str | None = None, locale: str | None = None
    ) -> asyncio.Task[None]:
        if self._state.phase is not Phase.NEW:
            raise SessionError("This controller already runs an interview.")
        self._set(phase=Phase.STARTING, respondent=respondent, mode=mode, locale=locale)
        self._publish(StateChanged)
        return self._spawn(self._start(respondent, mode, locale))

    async def _start(self, respondent: object, mode: str | None, locale: str | None) -> None:
        try:
            client = await self._clients()
            session = InterviewSession(client, self.journal, study_name=self.study_name)
            result = await session.start(respondent=respondent, mode=mode, locale=locale)
        except Exception as exc:
            self._set(phase=Phase.NOT_STARTED)
            self._publish(Failed, action="start", problem=self._problem(exc, "start the interview"))
            return
        self._session = session
        record = session.record
        self._set(
            phase=Phase.ACTIVE,
            interview_id=result.interview_id,
            record_id=record.record_id if record else None,
            turn_count=result.turn_count or 1,
        )
        self._publish(Started)
        opening = result.initial_message or ""
        turn = self._new_turn(
            role="interviewer", text=opening, number=1, question=_detect(opening, result.question)
        )
        self._publish(TurnAdded, turn=turn)
        self._asked(turn)
        if result.is_complete:
            self._set(ready_to_complete=True)
            self._publish(ReadyToComplete)

    def open(self, record_id: int, *, resend: bool = False) -> asyncio.Task[None]:
        """Open a journaled interview: the journal's copy at once (a preview), then merged with
        the server's; the journal's alone when the server cannot be reached. ``resend``: send
        its unsent answer once it is open (when online)."""
        if self._state.busy:
            raise SessionError("Wait for the interview's request in flight first.")
        self._stop_checks()
        self._set(phase=Phase.LOADING, record_id=record_id)
        self._publish(StateChanged)
        return self._spawn(self._open(record_id, resend))

    async def _open(self, record_id: int, resend: bool) -> None:
        def preview(record: InterviewRecord) -> None:
            self._set(
                interview_id=record.interview_id,
                respondent=record.respondent,
                locale=record.locale,
                mode=record.mode,
            )
            self._turns = list(turns_of(record))
            self._publish(TranscriptLoaded, turns=tuple(self._turns), preview=True)

        outcome: OpenOutcome = await open_interview(
            self.journal,
            self._clients,
            record_id,
            study_name=self.study_name,
            describe=self._problem,
            on_preview=preview,
        )
        if outcome.record is None:
            self._set(phase=Phase.UNAVAILABLE)
            assert outcome.problem is not None
            self._publish(Failed, action="open", problem=outcome.problem)
            return
        record = outcome.record
        self._session = outcome.session
        self._saved_draft = outcome.draft
        self._turns = list(turns_of(record))
        pending = record.pending_turn
        self._answer_key = self._turns[-1].key if pending is not None and self._turns else None
        completed = record.status == "completed"
        if completed:
            phase = Phase.COMPLETED
        elif outcome.session is None:
            phase = Phase.UNAVAILABLE
        else:
            phase = Phase.ACTIVE
        offline = outcome.problem is not None and outcome.problem.offline
        self._set(
            phase=phase,
            interview_id=record.interview_id,
            record_id=record.record_id,
            respondent=record.respondent,
            locale=record.locale,
            mode=record.mode,
            turn_count=record.turn_count,
            pending=pending.content if pending is not None else None,
            ready_to_complete=record.status == "awaiting_completion",
            quality_score=record.quality_score,
            completion_reason=record.completion_reason,
            read_only=outcome.read_only,
            offline=offline,
            failing=bool(outcome.problem and outcome.problem.failing),
        )
        self._publish(TranscriptLoaded, turns=tuple(self._turns), draft=outcome.draft)
        if outcome.problem is not None:
            self._publish(Failed, action="open", problem=outcome.problem)
        if outcome.read_only is not None:
            self._publish(ReadOnly, holder=outcome.read_only)
        if completed or outcome.read_only is not None or outcome.session is None:
            return
        if offline and outcome.problem is not None:
            self._went_offline(outcome.problem)
        if pending is None and self._turns and self._turns[-1].role == "interviewer":
            last = self._update_turn(
                self._turns[-1].key, question=_detect(self._turns[-1].text, _last_q(record))
            )
            self._asked(last)
        if resend and pending is not None and not offline:
            self.resend()

    # -- ending ------------------------------------------------------------------------
    def complete(self, reason: str = "manual") -> asyncio.Task[None]:
        """Complete the interview with ``reason`` (natural, respondent_left, timeout, manual)."""
        why = self.why_not("complete")
        if why is not None:
            raise SessionError(why)
        self._set(phase=Phase.COMPLETING)
        self._publish(StateChanged)
        return self._spawn(self._complete(reason))

    async def _complete(self, reason: str) -> None:
        session = self._session
        assert session is not None
        try:
            result = await session.complete(reason=reason)
        except Exception as exc:
            self._set(phase=Phase.ACTIVE)
            problem = self._problem(exc, "complete the interview")
            self._publish(Failed, action="complete", problem=problem)
            return
        was_offline = self._state.offline
        self._stop_checks()
        score = getattr(result, "quality_score", None)
        self._set(
            phase=Phase.COMPLETED,
            quality_score=score,
            completion_reason=getattr(result, "reason", None) or reason,
            offline=False,
            failing=False,
        )
        if was_offline:
            self._publish(BackOnline)
        self._publish(Completed, quality_score=score, reason=self._state.completion_reason)

    def save_draft(self, text: str | None, *, final: bool = False) -> asyncio.Task[None] | None:
        """Journal the typed, unsent text if it changed (a task), else None. While a request is
        in flight only a ``final`` save (leaving, quitting) is made."""
        record_id = self._state.record_id
        draft = text if text and text.strip() else None
        if record_id is None or self._state.read_only is not None:
            return None
        if (self._state.busy and not final) or draft == self._saved_draft:
            return None
        self._saved_draft = draft
        journal = self.journal

        async def save() -> None:
            await asyncio.to_thread(journal.save_draft, record_id, draft)

        task = asyncio.get_running_loop().create_task(save())
        self._drafts.add(task)
        task.add_done_callback(self._drafts.discard)
        task.add_done_callback(_log_failure)
        return task

    async def close(self) -> None:
        """Stop: cancel what is in flight (an answer stays unsent in the journal), finish the
        draft saves, give the journal's lease back. Save the last draft first (``save_draft``
        with ``final=True``) when there is one."""
        self._stop_checks()
        if self._journaling is not None:  # an answer being written is finished, never dropped
            await asyncio.gather(asyncio.shield(self._journaling), return_exceptions=True)
        for task in list(self._tasks):
            if task is not asyncio.current_task():
                task.cancel()
        if self._drafts:
            await asyncio.gather(*self._drafts, return_exceptions=True)
        if self._session is not None:
            try:
                await self._session.close()
            except Exception:
                log.exception("releasing the interview's lease failed")
        self._set(phase=Phase.CLOSED)
        self._publish(StateChanged)


def _log_failure(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("saving a draft failed", exc_info=task.exception())


def _last_q(record: InterviewRecord) -> object:
    for turn in reversed(record.turns):
        if turn.role == "assistant":
            return turn.question
    return None
