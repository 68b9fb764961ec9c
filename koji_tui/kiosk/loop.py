"""The participant loop as a driver of interview controllers (no Textual).

One :class:`KioskLoop` per kiosk run: it makes each participant's
:class:`~koji_tui.session.controller.InterviewController` (respondent metadata ``source=kiosk``,
the station id and the session number), finishes the interviews participants leave (in the
background, so the next participant never waits: queued on disk while the server cannot be
reached; each interview with its own API client when ``participant_clients`` is given), knows
whether the server answers (from the interviews' events, and by one cheap
request at a time while it does not), and ends without dropping anything.

    loop = KioskLoop(study_name=..., clients=..., journal=..., station=Station())
    participant = await loop.new_participant("es", code="P-17")
    participant.controller.subscribe(view)      # then
    participant.start()
    ...
    loop.finish(participant, "respondent_left")  # or "natural", "timeout"
    left = await loop.shutdown()                 # what could not be sent yet (kept)
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from koji_tui.journal import Journal
from koji_tui.session.controller import InterviewController
from koji_tui.session.errors import describe_error, server_failing
from koji_tui.session.events import (
    AnswerDelivered,
    BackOnline,
    Completed,
    Event,
    Failed,
    Offline,
    Phase,
    Problem,
    Started,
)
from koji_tui.session.ports import ClientSource, Clock, RetryPolicy, SystemClock

from .finish import complete_when_possible
from .queue import CompletionQueue, Queued
from .station import Station

log = logging.getLogger(__name__)

PROBE_ID = "int_kiosk_probe"  # asked for while offline: any answer of the server means online
KIOSK_RETRY = RetryPolicy(first=3.0, most=30.0)


class OwnClient:
    """One interview's own API client, made on first use, closed once it is finished: a
    client remembers every session token it saw (to keep them out of its errors), so one
    shared by every participant of a day would grow with each of them."""

    def __init__(self, make: ClientSource) -> None:
        self._make = make
        self._client: Any = None
        self._lock = asyncio.Lock()

    async def __call__(self) -> Any:
        async with self._lock:
            if self._client is None:
                self._client = await self._make()
            return self._client

    async def close(self) -> None:
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(Exception):
                await client.aclose()


@dataclass
class Participant:
    """One participant's interview (not started until :meth:`start`)."""

    session: int
    locale: str | None
    respondent: dict[str, Any]
    controller: InterviewController
    client: OwnClient | None = field(default=None, repr=False)
    finishing: asyncio.Task[bool] | None = field(default=None, repr=False)

    def start(self) -> asyncio.Task[None]:
        return self.controller.start(self.respondent, mode="text", locale=self.locale)


class KioskLoop:
    """See the module docstring. Use it from one event loop."""

    def __init__(
        self,
        *,
        study_name: str,
        clients: ClientSource,
        journal: Journal,
        station: Station,
        queue: CompletionQueue | None = None,
        clock: Clock | None = None,
        retry: RetryPolicy = KIOSK_RETRY,
        key_from_env: bool = False,
        participant_clients: ClientSource | None = None,
    ) -> None:
        self.study_name = study_name
        self.journal = journal
        self.station = station
        self.queue = queue or CompletionQueue()
        self.clock: Clock = clock or SystemClock()
        self.retry = retry
        self._clients = clients  # the station's checks (and every interview's, by default)
        self._participant_clients = participant_clients  # makes each interview's own client
        self._key_from_env = key_from_env
        self.online: bool | None = None  # None: not known yet; False: out of service
        self.problem: Problem | None = None  # why it is out of service
        self.station_id: str | None = None
        self._finishing: set[asyncio.Task[bool]] = set()
        self._writes: set[asyncio.Task[None]] = set()  # queue file writes under way
        self._queued: dict[int, Queued] = {}  # record id -> what is queued on disk
        self._recheck: asyncio.Task[None] | None = None
        self._subscribers: list[Callable[[], None]] = []

    # -- what the screens watch ----------------------------------------------------------
    def subscribe(self, callback: Callable[[], None]) -> Callable[[], None]:
        """``callback()`` after the server state or the work waiting changed."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def _changed(self) -> None:
        for callback in list(self._subscribers):
            try:
                callback()
            except Exception:
                log.exception("a kiosk subscriber failed")

    @property
    def finishing(self) -> int:
        """Interviews being completed in the background (or waiting for the server)."""
        return sum(1 for task in self._finishing if not task.done())

    @property
    def queued(self) -> list[Queued]:
        return list(self._queued.values())

    # -- the server ----------------------------------------------------------------------
    def _problem(self, exc: BaseException) -> Problem:
        message, offline = describe_error(
            exc, self.study_name, "reach the server", from_env=self._key_from_env
        )
        failing = server_failing(exc)
        return Problem(
            message=message,
            offline=offline or failing,
            failing=failing,
            kind=type(exc).__name__,
            status_code=getattr(exc, "status_code", None),
        )

    async def check_server(self) -> bool:
        """One request: can this station run interviews? The probe asks for an interview that
        does not exist: any reply of the server but a 5xx or a refused key (401) means it
        answers this key (404 is the usual one; 403: a key without the read permission).
        No reply, a 5xx or a refused key leave the station out of service, and say why."""
        try:
            client = await self._clients()
            await client.get_interview(PROBE_ID, retry=False)
        except Exception as exc:
            status = getattr(exc, "status_code", None)
            if not isinstance(status, int) or status >= 500 or status == 401:
                self._went_offline(self._problem(exc))
                return False
        self._went_online()
        return True

    def _went_online(self) -> None:
        changed = self.online is not True
        self.online, self.problem = True, None
        if changed:
            self._changed()

    def _went_offline(self, problem: Problem) -> None:
        self.online, self.problem = False, problem
        self._changed()
        if self._recheck is None or self._recheck.done():
            self._recheck = asyncio.get_running_loop().create_task(self._check_until_online())

    async def _check_until_online(self) -> None:
        checks = 0
        while self.online is False:
            await self.clock.sleep(self.retry.delay(checks))
            checks += 1
            if self.online is not False or await self.check_server():
                return

    def _seen(self, event: Event) -> None:
        """Every participant's events tell whether the server answers."""
        if isinstance(event, Offline):
            self._went_offline(event.problem)
        elif isinstance(event, Started | BackOnline | AnswerDelivered | Completed):
            self._went_online()
        elif isinstance(event, Failed) and (event.problem.offline or event.action == "start"):
            self._went_offline(event.problem)  # a station that cannot start one is out of service

    # -- participants --------------------------------------------------------------------
    def _controller(self) -> tuple[InterviewController, OwnClient | None]:
        own = OwnClient(self._participant_clients) if self._participant_clients else None
        controller = InterviewController(
            study_name=self.study_name,
            clients=own or self._clients,
            journal=self.journal,
            clock=self.clock,
            retry=self.retry,
            key_from_env=self._key_from_env,
        )
        controller.subscribe(self._seen)
        return controller, own

    async def new_participant(
        self, locale: str | None, *, name: str | None = None, code: str | None = None
    ) -> Participant:
        """The next participant (their session number is counted now, on disk)."""
        info = await asyncio.to_thread(self.station.next_session)
        self.station_id = info.station_id
        respondent: dict[str, Any] = {
            "metadata": {"source": "kiosk", "station": info.station_id, "session": info.sessions}
        }
        if name:
            respondent["display_name"] = name
        if code:
            respondent["external_id"] = code
        controller, own = self._controller()
        return Participant(info.sessions, locale, respondent, controller, own)

    def finish(self, participant: Participant, reason: str) -> asyncio.Task[bool]:
        """Complete the participant's interview with ``reason`` in the background (a second
        call returns the first one's task: an interview is finished once)."""
        if participant.finishing is None:
            participant.finishing = self._spawn(
                self._finish(participant.controller, reason, participant.client)
            )
        return participant.finishing

    def _spawn(self, work: Any) -> asyncio.Task[bool]:
        task: asyncio.Task[bool] = asyncio.get_running_loop().create_task(work)
        self._finishing.add(task)

        def done(finished: asyncio.Task[bool]) -> None:
            self._finishing.discard(finished)
            self._changed()

        task.add_done_callback(done)
        return task

    async def _finish(
        self, controller: InterviewController, reason: str, own: OwnClient | None
    ) -> bool:
        def problem(seen: Problem | None) -> None:
            record_id = controller.state.record_id
            if seen is not None and record_id is not None and record_id not in self._queued:
                self._queue(Queued(self.study_name, record_id, reason))

        try:
            done = await complete_when_possible(
                controller, reason, clock=self.clock, retry=self.retry, on_problem=problem
            )
        except asyncio.CancelledError:
            record_id = controller.state.record_id
            if record_id is not None and controller.state.phase is not Phase.COMPLETED:
                await asyncio.to_thread(self.queue.add, Queued(self.study_name, record_id, reason))
            raise
        finally:
            await controller.close()
            if own is not None:
                await own.close()
        record_id = controller.state.record_id
        if done and record_id is not None:
            await self._unqueue(record_id)
        return done

    def _queue(self, item: Queued) -> None:
        self._queued[item.record_id] = item
        self._changed()
        task = asyncio.get_running_loop().create_task(asyncio.to_thread(self.queue.add, item))
        self._writes.add(task)
        task.add_done_callback(self._writes.discard)

    async def _unqueue(self, record_id: int) -> None:
        if self._queued.pop(record_id, None) is not None:
            if self._writes:  # its entry may still be being written
                await asyncio.gather(*list(self._writes), return_exceptions=True)
            await asyncio.to_thread(self.queue.remove, self.study_name, record_id)
            self._changed()

    # -- what earlier runs left ----------------------------------------------------------
    async def resume_queued(self) -> int:
        """Complete what the queue holds for this study (from an earlier run): in the
        background, each once the server takes it. Returns how many."""
        items = await asyncio.to_thread(self.queue.items, self.study_name)
        for item in items:
            self._queued[item.record_id] = item
            self._spawn(self._finish_record(item))
        if items:
            self._changed()
        return len(items)

    async def _finish_record(self, item: Queued) -> bool:
        try:
            await asyncio.to_thread(self.journal.summary, item.record_id)
        except Exception:  # no longer in this journal: nothing to complete from here
            log.warning("queued interview %s is not in the journal; dropped", item.record_id)
            await self._unqueue(item.record_id)
            return False
        tries = 0
        while True:
            controller, own = self._controller()
            await controller.open(item.record_id, resend=True)
            phase = controller.state.phase
            if phase is not Phase.UNAVAILABLE and phase is not Phase.COMPLETED:
                return await self._finish(controller, item.reason, own)
            await controller.close()
            if own is not None:
                await own.close()
            if phase is Phase.COMPLETED:
                await self._unqueue(item.record_id)
                return True
            # the journal's copy only (offline): open it again later
            await self.clock.sleep(self.retry.delay(tries))
            tries += 1

    # -- the end ---------------------------------------------------------------------------
    async def shutdown(self, grace: float = 5.0) -> int:
        """Give the interviews being finished ``grace`` seconds, then stop: whatever is not
        completed yet stays queued (and its answers in the journal). Returns how many."""
        pending = [task for task in self._finishing if not task.done()]
        if pending and grace > 0:
            await asyncio.wait(pending, timeout=grace)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        if self._writes:
            await asyncio.gather(*list(self._writes), return_exceptions=True)
        if self._recheck is not None:
            self._recheck.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._recheck
        return len(await asyncio.to_thread(self.queue.items, self.study_name))


__all__ = ["KIOSK_RETRY", "PROBE_ID", "KioskLoop", "Participant"]
