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
import dataclasses
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from koji_tui.journal.store import InterviewRecord, Journal
from koji_tui.questions import Question, detect_question

from .errors import describe_error, server_failing
from .events import (
    AnswerDelivered,
    AnswerDiscarded,
    AnswerPending,
    AnswerResending,
    BackOnline,
    Completed,
    Event,
    Failed,
    InterviewState,
    Offline,
    Phase,
    Problem,
    QuestionAsked,
    ReadOnly,
    ReadyToComplete,
    ReplyDelta,
    ReplyFinished,
    ReplyRestarted,
    Started,
    StateChanged,
    TranscriptLoaded,
    Turn,
    TurnAdded,
)
from .ports import ClientSource, Clock, RetryPolicy, SystemClock
from .reopen import OpenOutcome, open_interview, turns_of
from .runner import InterviewSession, ReadOnlyError, SessionError

log = logging.getLogger(__name__)

Subscriber = Callable[[Event], object]


class InterviewController:
    """One interview (see the module docstring). Use it from one event loop."""

    def __init__(
        self,
        *,
        study_name: str,
        clients: ClientSource,
        journal: Journal,
        clock: Clock | None = None,
        retry: RetryPolicy | None = None,
        key_from_env: bool = False,
    ) -> None:
        self.study_name = study_name
        self.journal = journal
        self._clients = clients
        self._clock = clock or SystemClock()
        self._retry = retry or RetryPolicy()
        self._key_from_env = key_from_env
        self._state = InterviewState(study_name=study_name)
        self._session: InterviewSession | None = None
        self._subscribers: list[Subscriber] = []
        self._tasks: set[asyncio.Task[Any]] = set()
        self._drafts: set[asyncio.Task[Any]] = set()  # saves: finished, never cancelled, on close
        self._probe: asyncio.Task[Any] | None = None
        self._checks = 0  # offline checks since going offline
        self._turns: list[Turn] = []
        self._answer_key: int | None = None  # the respondent turn in flight or unsent
        self._saved_draft: str | None = None
        self._journaling: asyncio.Future[Any] | None = None  # the last answer's journal write

    # -- watching ----------------------------------------------------------------------
    @property
    def state(self) -> InterviewState:
        return self._state

    @property
    def turns(self) -> tuple[Turn, ...]:
        return tuple(self._turns)

    @property
    def session(self) -> InterviewSession | None:
        return self._session

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call ``subscriber(event)`` for every event from now on; returns the unsubscribe."""
        self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

        return unsubscribe

    def _publish(self, event_type: type[Event], **fields: Any) -> None:
        event = event_type(state=self._state, **fields)
        for subscriber in list(self._subscribers):
            try:
                subscriber(event)
            except Exception:  # one broken subscriber must not starve the others
                log.exception("interview subscriber %r failed on %s", subscriber, event)

    def _set(self, **changes: Any) -> None:
        self._state = dataclasses.replace(self._state, **changes)

    def _problem(self, exc: BaseException, action: str) -> Problem:
        text, offline = describe_error(exc, self.study_name, action, from_env=self._key_from_env)
        failing = server_failing(exc)
        status = getattr(exc, "status_code", None)
        return Problem(
            message=text,
            offline=offline or failing,
            failing=failing,
            kind=type(exc).__name__,
            status_code=status if isinstance(status, int) else None,
        )

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> asyncio.Task[None]:
        task = asyncio.get_running_loop().create_task(self._guarded(coro))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _guarded(self, coro: Coroutine[Any, Any, None]) -> None:
        """A bug in a flow is a Failed event (and a log line), never a lost task."""
        try:
            await coro
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("interview controller failed")
            self._set(phase=Phase.ACTIVE if self._session else Phase.NOT_STARTED)
            self._publish(Failed, action="internal", problem=self._problem(exc, ""))

    def _new_turn(self, **fields: Any) -> Turn:
        turn = Turn(key=len(self._turns), **fields)
        self._turns.append(turn)
        return turn

    def _update_turn(self, key: int, **changes: Any) -> Turn:
        turn = dataclasses.replace(self._turns[key], **changes)
        self._turns[key] = turn
        return turn

    def _asked(self, turn: Turn) -> None:
        """Detect what the interviewer's turn asks; publish it."""
        if turn.question is None:
            return
        self._set(question=turn.question)
        self._publish(QuestionAsked, question=turn.question, turn=turn)

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
        """Why ``intent`` ("answer", "resend", "complete") cannot be taken now, or None."""
        state = self._state
        if self._session is None or state.phase in (Phase.NEW, Phase.NOT_STARTED):
            return "The interview is not running."
        if state.phase is Phase.COMPLETED:
            return "This interview is completed."
        if state.read_only is not None:
            return f"Read-only: another {state.read_only} drives this interview."
        if state.busy:
            return "Still waiting for the server."
        if intent == "answer" and state.pending is not None:
            return "An earlier answer is still unsent; resend or discard it first."
        if intent == "resend" and state.pending is None:
            return "Nothing to resend: every answer reached the server."
        if intent == "complete" and state.pending is not None:
            return "An answer is still unsent: resend it before completing."
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

        try:
            result = await session.answer(
                text,
                structured_value=value,
                question=question,
                on_delta=on_delta,
                on_restart=on_restart,
                journaled=journaled,
            )
        except Exception as exc:
            self._undelivered(exc, "send the answer", text)
            return
        self._delivered(result, streamed_text="".join(pieces))

    def _undelivered(self, exc: Exception, action: str, text: str, quiet: bool = False) -> None:
        problem = self._problem(exc, action)
        if isinstance(exc, ReadOnlyError):
            self._set(read_only=exc.holder.describe())
        pending = self._session.pending if self._session else None
        self._set(phase=Phase.ACTIVE, pending=pending.content if pending else text)
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


def _detect(text: str, structured: object) -> Question | None:
    if not text:
        return None
    return detect_question(text, structured if isinstance(structured, dict) else None)


def _last_q(record: InterviewRecord) -> object:
    for turn in reversed(record.turns):
        if turn.role == "assistant":
            return turn.question
    return None
