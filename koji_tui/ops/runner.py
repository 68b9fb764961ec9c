"""Running a study-wide operation: every interview once, paced, with progress, resumable.

An :class:`Operation` names its kind, study and options, lists its interviews (record ids)
and does one (``await op.run_one(record_id)`` -> an :class:`ItemResult`). :func:`run` does
the ones its unfinished run has not done yet (see :mod:`koji_tui.journal.oplog`), a few at a
time: pacing is the API client's (it reads the rate-limit headers on every reply and lets a
request go only while the window has budget), so the workers only keep requests ready for
when the budget is there. Each interview's outcome is journaled as it is done.

Stopping: ``stop`` (an event, set on Ctrl-C or by the app's Cancel) lets no new interview
start; those in flight finish and are journaled, so the next run does none of them again.
Journal work runs in a thread (``asyncio.to_thread``): never on the event loop.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from koji_tui.journal import oplog

DEFAULT_WORKERS = 4


class FatalError(Exception):
    """Raised by ``run_one`` when no other interview can succeed either (the key is refused,
    the server is gone): the run stops, and says why."""


@dataclass(frozen=True)
class ItemResult:
    outcome: oplog.Outcome
    detail: str | None = None


class Operation(Protocol):
    kind: str
    study_name: str

    def params(self) -> dict[str, Any]: ...
    def candidates(self) -> Sequence[int]: ...  # called in a thread
    async def run_one(self, record_id: int) -> ItemResult: ...


@dataclass
class Progress:
    """Where a run is: ``done`` counts interviews finished in earlier runs too."""

    total: int
    done: int = 0
    done_before: int = 0
    skipped: int = 0
    failed: int = 0
    started: float = 0.0
    now: float = 0.0
    rate_limited: int = 0  # 429 replies the client had to wait out
    failures: list[tuple[int, str]] = field(default_factory=list)

    @property
    def done_now(self) -> int:
        return self.done - self.done_before

    @property
    def rate(self) -> float | None:
        """Interviews per second in this run (None until one is done)."""
        elapsed = self.now - self.started
        return self.done_now / elapsed if self.done_now and elapsed > 0 else None

    @property
    def eta(self) -> float | None:
        """Seconds left at this run's rate."""
        rate = self.rate
        left = self.total - self.done - self.failed
        return left / rate if rate else None


@dataclass(frozen=True)
class RunResult:
    progress: Progress
    op_id: int
    resumed: bool
    finished: bool  # False: stopped, or some failed (the same command continues)
    details: dict[int, str | None]
    fatal: str | None = None  # why the run stopped by itself


def _count_429s(client: Any, progress: Progress) -> Callable[[], None]:
    """Counts the client's waits after a 429 (its activity says ``waiting_rate_limit``)."""
    activity = getattr(client, "activity", None)
    if activity is None or not hasattr(activity, "subscribe"):
        return lambda: None
    last = {"state": None}

    def seen(state: Any) -> None:
        now = getattr(state, "state", None)
        if now == "waiting_rate_limit" and last["state"] != "waiting_rate_limit":
            progress.rate_limited += 1
        last["state"] = now

    unsubscribe: Callable[[], None] = activity.subscribe(seen)
    return unsubscribe


async def run(
    journal: oplog.Connected,
    op: Operation,
    *,
    stop: asyncio.Event | None = None,
    on_progress: Callable[[Progress], Awaitable[None] | None] | None = None,
    workers: int = DEFAULT_WORKERS,
    clock: Callable[[], float] = time.monotonic,
    client: Any = None,
) -> RunResult:
    """Do ``op`` for every interview not done yet (see the module docstring)."""
    stop = stop or asyncio.Event()
    opened: oplog.OpRun = await asyncio.to_thread(
        oplog.begin, journal, op.kind, op.study_name, op.params()
    )
    candidates = list(await asyncio.to_thread(op.candidates))
    # What the earlier runs did counts as done, even when it is no candidate any more (a
    # stale interview closed then is not stale now).
    details: dict[int, str | None] = dict(opened.done)
    todo = [rid for rid in candidates if rid not in opened.done]
    progress = Progress(total=len(details) + len(todo), done=len(details), done_before=len(details))
    progress.started = progress.now = clock()
    unsubscribe = _count_429s(client, progress)
    fatal: list[str] = []
    queue: asyncio.Queue[int] = asyncio.Queue()
    for rid in todo:
        queue.put_nowait(rid)

    async def report() -> None:
        progress.now = clock()
        if on_progress is not None:
            maybe = on_progress(progress)
            if maybe is not None:
                await maybe

    async def worker() -> None:
        while not stop.is_set():
            try:
                rid = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            try:
                result = await op.run_one(rid)
            except asyncio.CancelledError:
                raise
            except FatalError as exc:
                stop.set()
                fatal.append(str(exc))
                result = ItemResult("failed", str(exc))
            except Exception as exc:  # one interview failing never stops the others
                result = ItemResult("failed", f"{type(exc).__name__}: {exc}")
            await asyncio.to_thread(oplog.mark, journal, opened.op_id, rid, result.outcome,
                                    result.detail)  # fmt: skip
            if result.outcome == "failed":
                progress.failed += 1
                progress.failures.append((rid, result.detail or ""))
            else:
                progress.done += 1
                progress.skipped += result.outcome == "skipped"
                details[rid] = result.detail
            await report()

    await report()
    try:
        await asyncio.gather(*(worker() for _ in range(max(1, workers))))
    finally:
        unsubscribe()
    finished = not stop.is_set() and progress.failed == 0 and queue.empty()
    if finished:
        await asyncio.to_thread(oplog.finish, journal, opened.op_id)
    progress.now = clock()
    return RunResult(
        progress, opened.op_id, opened.resumed, finished, details, fatal[0] if fatal else None
    )
