"""The controller's answers: sending, streaming, unsent answers resent exactly once, and the
offline checks (one request each, spaced out on the injected clock). No Textual."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from koji_tui.i18n import translator
from koji_tui.questions import Question

from .controller_core import ControllerCore, _detect
from .events import (
    AnswerDelivered,
    AnswerDiscarded,
    AnswerPending,
    AnswerResending,
    BackOnline,
    Event,
    Failed,
    Offline,
    Phase,
    Problem,
    ReadOnly,
    ReadyToComplete,
    ReplyDelta,
    ReplyFinished,
    ReplyRestarted,
    TurnAdded,
)
from .reply_write import UNRECORDED, UnrecordedReplyError
from .runner import ReadOnlyError, SessionError

log = logging.getLogger(__name__)

Subscriber = Callable[[Event], object]


class DeliveryMixin(ControllerCore):
    """Answering and delivery (see :class:`~koji_tui.session.controller.InterviewController`)."""

    # -- answering ---------------------------------------------------------------------
    def answer(
        self, text: str, value: object = None, question: Question | None = None
    ) -> asyncio.Task[None]:
        """Journal ``text`` as the answer (the write starts before this returns) and send it.

        ``value`` is the structured answer of a widget (a scale point, the options chosen…),
        ``question`` the question it answers (default: the structured question asked last).
        Raises :class:`SessionError` when no answer can be taken now (see :meth:`why_not`)."""
        reason = self.why_not("answer")
        if reason is not None:
            raise SessionError(reason)
        session = self._session
        assert session is not None
        if question is None and self._state.question is not None:
            question = self._state.question if self._state.question.is_structured else None
        journaled = session.begin_answer(text, value, question)
        self._journaling = journaled
        self._saved_draft = text  # the text is an answer now; the draft saved before it is stale
        turn = self._new_turn(role="respondent", text=text, state="sending")
        self._answer_key = turn.key
        self._set(phase=Phase.SENDING)
        self._publish(TurnAdded, turn=turn)
        return self._spawn(self._send(text, value, question, journaled))

    def why_not(self, intent: str) -> str | None:
        """Why ``intent`` ("answer", "resend", "complete") cannot be taken now, or None (in the
        interview's language: :attr:`translator`, else the interview's locale)."""
        state = self._state
        tr = self.translator or translator(state.locale)
        if self._session is None or state.phase in (Phase.NEW, Phase.NOT_STARTED):
            return tr.gettext("The interview is not running.")
        if state.phase is Phase.COMPLETED:
            return tr.gettext("This interview is completed.")
        if self._session.unrecorded is not None:
            return tr.gettext(UNRECORDED)
        if state.read_only is not None:
            return tr.gettext("Read-only: another {holder} drives this interview.").format(
                holder=state.read_only
            )
        if state.busy:
            return tr.gettext("Still waiting for the server.")
        if intent == "answer" and state.pending is not None:
            return tr.gettext("An earlier answer is still unsent; resend or discard it first.")
        if intent == "resend" and state.pending is None:
            return tr.gettext("Nothing to resend: every answer reached the server.")
        if intent == "complete" and state.pending is not None:
            return tr.gettext("An answer is still unsent: resend it before completing.")
        return None

    async def _send(
        self, text: str, value: object, question: Question | None, journaled: Any
    ) -> None:
        session = self._session
        assert session is not None
        pieces: list[str] = []

        def on_delta(chunk: str) -> None:
            pieces.append(chunk)
            self._publish(ReplyDelta, text=chunk)

        def on_restart() -> None:
            pieces.clear()
            self._publish(ReplyRestarted)

        shown = False

        def on_result(result: Any) -> None:  # the response closed: shown before it is journaled
            nonlocal shown
            shown = True
            self._delivered(result, streamed_text="".join(pieces))

        try:
            await session.answer(
                text,
                structured_value=value,
                question=question,
                on_delta=on_delta,
                on_restart=on_restart,
                journaled=journaled,
                on_result=on_result,
            )
        except UnrecordedReplyError as exc:
            if not shown:  # begun while the last reply's write failed: it stays unsent
                self._undelivered(exc, "send the answer", text)
                return
            # The reply is on screen and on the server, but the journal could not keep it:
            # nothing more is taken into it here (reopening mends it from the server).
            self._set(phase=Phase.UNAVAILABLE)
            self._publish(Failed, action="record", problem=self._problem(exc, "save the reply"))
        except Exception as exc:
            if not shown:
                self._undelivered(exc, "send the answer", text)
                return
            log.exception("after the reply was shown")

    def _undelivered(self, exc: Exception, action: str, text: str, quiet: bool = False) -> None:
        problem = self._problem(exc, action)
        if isinstance(exc, ReadOnlyError):
            self._set(read_only=exc.holder.describe())
        pending = self._session.pending if self._session else None
        phase = Phase.UNAVAILABLE if isinstance(exc, UnrecordedReplyError) else Phase.ACTIVE
        self._set(phase=phase, pending=pending.content if pending else text)
        key = self._answer_key
        turn = (
            self._update_turn(key, state="pending")
            if key is not None
            else self._new_turn(role="respondent", text=text, state="pending")
        )
        self._answer_key = turn.key
        if quiet and problem.offline:
            self._set(offline=True, failing=problem.failing)
            self._publish(AnswerPending, turn=turn, problem=problem, quiet=True)
            self._schedule_check(problem)
            return
        self._publish(AnswerPending, turn=turn, problem=problem)
        if isinstance(exc, ReadOnlyError):
            self._publish(ReadOnly, holder=exc.holder.describe())
        if problem.offline:
            self._went_offline(problem)

    def _delivered(self, result: Any, *, streamed_text: str = "", reconciled: bool = False) -> None:
        was_offline = self._state.offline
        self._stop_checks()
        turn_count = result.turn_count if result is not None else self._state.turn_count
        self._set(
            phase=Phase.ACTIVE,
            pending=None,
            offline=False,
            failing=False,
            turn_count=turn_count or self._state.turn_count,
        )
        if was_offline:
            self._publish(BackOnline)
        if self._answer_key is not None:
            number = (turn_count - 1) if turn_count else None
            turn = self._update_turn(self._answer_key, state="sent", number=number)
            self._answer_key = None
            self._publish(AnswerDelivered, turn=turn, reconciled=reconciled)
        content = (result.content if result is not None else "") or ""
        if content or streamed_text:
            text = content or streamed_text
            reply = self._new_turn(
                role="interviewer",
                text=text,
                number=turn_count,
                question=_detect(text, result.question) if content else None,
            )
            self._publish(ReplyFinished, turn=reply, streamed=bool(streamed_text))
            self._asked(reply)
        complete = bool(result.is_complete) if result is not None else self._session_complete()
        if complete and not self._state.ready_to_complete:
            self._set(ready_to_complete=True)
            self._publish(ReadyToComplete)

    def _session_complete(self) -> bool:
        return bool(self._session and self._session.is_complete)

    # -- unsent answers ----------------------------------------------------------------
    def resend(self, *, quiet: bool = False) -> asyncio.Task[None]:
        """Deliver the unsent answer exactly once (the server's transcript is checked first)."""
        reason = self.why_not("resend")
        if reason is not None:
            raise SessionError(reason)
        key = self._answer_key
        if key is None:
            key = self._new_turn(role="respondent", text=self._state.pending or "").key
            self._answer_key = key
        turn = self._update_turn(key, state="sending")
        self._set(phase=Phase.SENDING)
        self._publish(AnswerResending, turn=turn, quiet=quiet)
        return self._spawn(self._resend(quiet))

    async def _resend(self, quiet: bool) -> None:
        session = self._session
        assert session is not None
        text = self._state.pending or ""
        try:
            result = await session.resend_pending()
        except Exception as exc:
            self._undelivered(exc, "resend the answer", text, quiet=quiet)
            return
        self._delivered(result, reconciled=bool(getattr(result, "reconciled", False)))

    def discard(self) -> asyncio.Task[None]:
        """Stop offering the unsent answer (it stays in the journal, marked discarded)."""
        reason = self.why_not("resend")
        if reason is not None:
            raise SessionError(reason)
        return self._spawn(self._discard())

    async def _discard(self) -> None:
        session = self._session
        assert session is not None
        try:
            await session.discard_pending()
        except Exception as exc:
            self._publish(Failed, action="discard", problem=self._problem(exc, "discard it"))
            return
        self._stop_checks()
        key, self._answer_key = self._answer_key, None
        self._set(pending=None, offline=False, failing=False)
        if key is not None:
            self._publish(AnswerDiscarded, turn=self._turns[key])

    # -- offline -----------------------------------------------------------------------
    def _went_offline(self, problem: Problem) -> None:
        self._set(offline=True, failing=problem.failing)
        if self._state.pending is not None and self._probe is None:
            self._schedule_check(problem)
        else:
            self._publish(Offline, problem=problem, checks=self._checks)

    def _schedule_check(self, problem: Problem) -> None:
        delay = self._retry.delay(self._checks)
        if self._probe is not None and not self._probe.done():
            self._probe.cancel()
        self._probe = self._spawn(self._check_later(delay, problem))
        self._publish(Offline, problem=problem, next_check=delay, checks=self._checks)

    def _stop_checks(self) -> None:
        probe, self._probe = self._probe, None
        if probe is not None and probe is not asyncio.current_task():
            probe.cancel()
        self._checks = 0

    async def _check_later(self, delay: float, problem: Problem) -> None:
        await self._clock.sleep(delay)
        self._probe = None
        state, session = self._state, self._session
        if state.pending is None or not state.offline or session is None:
            return
        if state.busy or state.read_only is not None:
            self._schedule_check(problem)
            return
        self._checks += 1
        try:
            await session.probe()
        except Exception as exc:
            self._schedule_check(self._problem(exc, "reach the server"))
            return
        self._set(offline=False, failing=False)
        self._publish(BackOnline)
        if self.why_not("resend") is None:
            self.resend(quiet=True)
