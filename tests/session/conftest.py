"""Controller fixtures: a sandbox over real HTTP, a recorder of events, a clock the test moves."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from koji_tui.api import KojiClient
from koji_tui.journal import Journal
from koji_tui.session.controller import InterviewController
from koji_tui.session.events import Event
from tests.sandboxes import Sandboxes


class Recorder:
    """A subscriber: keeps every event and lets a test wait for one."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self._changed = asyncio.Event()

    def __call__(self, event: Event) -> None:
        self.events.append(event)
        self._changed.set()

    @property
    def names(self) -> list[str]:
        return [type(e).__name__ for e in self.events]

    def of(self, kind: type[Any]) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]

    async def until(self, test: Callable[[], bool], limit: float = 20.0) -> None:
        async def wait() -> None:
            while not test():
                self._changed.clear()
                await self._changed.wait()

        try:
            await asyncio.wait_for(wait(), limit)
        except TimeoutError:
            raise AssertionError(f"not seen in {limit} s; events: {self.names}") from None

    async def next(self, kind: type[Any], limit: float = 20.0) -> Any:
        seen = len(self.of(kind))
        await self.until(lambda: len(self.of(kind)) > seen, limit)
        return self.of(kind)[-1]


class ManualClock:
    """The controller's clock: a sleep waits until the test calls :meth:`advance`."""

    def __init__(self) -> None:
        self.t = 0.0
        self.sleeps: list[float] = []
        self._waiting: list[tuple[float, asyncio.Future[None]]] = []
        self._slept = asyncio.Event()

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((seconds, future))
        self._slept.set()
        await future

    async def wait_sleeping(self, limit: float = 20.0) -> None:
        async def wait() -> None:
            while not any(not f.done() for _, f in self._waiting):
                self._slept.clear()
                await self._slept.wait()

        await asyncio.wait_for(wait(), limit)

    async def advance(self) -> None:
        """Wake every sleeper (after waiting until one sleeps)."""
        await self.wait_sleeping()
        waiting, self._waiting = self._waiting, []
        for seconds, future in waiting:
            self.t += seconds
            if not future.done():
                future.set_result(None)


def text_study(srv: Any) -> Any:
    for study in srv.studies:
        modes = getattr(study, "modes", None) or [getattr(study, "mode", "text")]
        if "text" in [str(m) for m in modes]:
            return study
    return srv.studies[0]


@pytest.fixture
def make_server(make_sandbox: Sandboxes) -> Sandboxes:
    """``async with make_server(**options) as srv`` (tests/conftest.py's sandbox factory)."""
    return make_sandbox


@pytest.fixture
def srv(sandbox: Any) -> Any:
    return sandbox


def client_for(srv: Any, key: str | None = None, **options: Any) -> KojiClient:
    options.setdefault("backoff_base", 0.01)
    options.setdefault("backoff_max", 0.05)
    options.setdefault("reconcile_interval", 0.05)
    options.setdefault("deadline", 10.0)
    return KojiClient(srv.base_url, key or srv.key(text_study(srv).id), **options)


class Rig:
    """A controller on a sandbox: its journal, a recorder subscribed, a manual clock."""

    def __init__(self, srv: Any, journal: Journal, **client_options: Any) -> None:
        self.srv = srv
        self.journal = journal
        self.clock = ManualClock()
        self.recorder = Recorder()
        self.clients: list[KojiClient] = []
        self.client_options = client_options
        self.controller = self.new_controller()

    def new_controller(self, srv: Any = None) -> InterviewController:
        target = srv or self.srv

        async def clients() -> KojiClient:
            client = client_for(target, **self.client_options)
            self.clients.append(client)
            return client

        controller = InterviewController(
            study_name="Onboarding", clients=clients, journal=self.journal, clock=self.clock
        )
        self.recorder = Recorder()
        controller.subscribe(self.recorder)
        return controller

    async def aclose(self) -> None:
        await self.controller.close()
        for client in self.clients:
            await client.aclose()


@pytest.fixture
async def rig(srv: Any, tmp_path: Path) -> AsyncIterator[Rig]:
    journal = Journal(tmp_path / "journal.sqlite")
    made = Rig(srv, journal)
    yield made
    await made.aclose()
    journal.close()


def user_answers(srv_interview: Any) -> list[str]:
    return [m.content for m in srv_interview.messages if m.role == "user"]
