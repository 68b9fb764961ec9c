"""The controller's core: its state, its subscribers, its tasks, its turns (see
:mod:`koji_tui.session.controller`). No Textual."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from koji_tui.i18n import Translator, translator
from koji_tui.journal.store import Journal
from koji_tui.questions import Question, detect_question

from .errors import describe_error, server_failing
from .events import (
    Event,
    Failed,
    InterviewState,
    Phase,
    Problem,
    QuestionAsked,
    Turn,
)
from .ports import ClientSource, Clock, RetryPolicy, SystemClock
from .runner import InterviewSession

log = logging.getLogger(__name__)

Subscriber = Callable[[Event], object]


class ControllerCore:
    """State, events and tasks shared by the controller's parts."""

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
        # The language of its problems (an interview's screen sets its interview's translator);
        # None: the interview's locale as started, English when it has none.
        self.translator: Translator | None = None
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
        tr = self.translator or translator(self._state.locale)
        text, offline = describe_error(
            exc, self.study_name, action, from_env=self._key_from_env, tr=tr
        )
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


def _detect(text: str, structured: object) -> Question | None:
    if not text:
        return None
    return detect_question(text, structured if isinstance(structured, dict) else None)
