"""Fixtures for the autopilot and rehearsal tests: a clock the autopilot's waits move, a
headless stage on a sandbox (real HTTP on 127.0.0.1) with a journal of its own."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from koji_tui.api import KojiClient
from koji_tui.demo.autopilot import Cast, HeadlessStage
from koji_tui.demo.identify import GuideIds, ids_for
from koji_tui.demo.personas import Persona, load_personas
from koji_tui.journal import Journal
from koji_tui.session.controller import InterviewController


class VirtualClock:
    """The autopilot's clock: a sleep moves the time on at once (and yields to the loop), so
    a test reads how long the persona took without waiting for it."""

    def __init__(self) -> None:
        self.t = 0.0
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds
        await asyncio.sleep(0)


class GatedClock(VirtualClock):
    """A virtual clock that holds the persona (its next sleep) once ``close_when()`` is true,
    until ``release()``."""

    def __init__(self, close_when: Callable[[], bool]) -> None:
        super().__init__()
        self.close_when = close_when
        self.waiting = False
        self._open = asyncio.Event()

    async def sleep(self, seconds: float) -> None:
        await super().sleep(seconds)
        if self.close_when() and not self._open.is_set():
            self.waiting = True
            await self._open.wait()
            self.waiting = False

    def release(self) -> None:
        self._open.set()


class Bench:
    """A sandbox, a journal and a client per study: headless stages and casts on them."""

    def __init__(self, srv: Any, journal: Journal) -> None:
        self.srv = srv
        self.journal = journal
        self.clients: dict[str, KojiClient] = {}
        self.controllers: list[InterviewController] = []

    def study(self, study_id: str) -> Any:
        return next(s for s in self.srv.studies if s.id == study_id)

    @property
    def text_studies(self) -> list[Any]:
        return [s for s in self.srv.studies if s.mode == "text"]

    def client(self, name: str) -> KojiClient:
        if name not in self.clients:
            study = next(s for s in self.srv.studies if s.name == name)
            self.clients[name] = KojiClient(self.srv.base_url, self.srv.key(study.id))
        return self.clients[name]

    def stage(self) -> HeadlessStage:
        def make(cast: Cast) -> InterviewController:
            client = self.client(cast.study)

            async def clients() -> KojiClient:
                return client

            controller = InterviewController(
                study_name=cast.study, clients=clients, journal=self.journal
            )
            self.controllers.append(controller)
            return controller

        return HeadlessStage(make)

    def cast(self, study_id: str, persona: Persona, run_seed: int = 0) -> Cast:
        study = self.study(study_id)
        return Cast(
            study=study.name,
            persona=persona,
            run_seed=run_seed,
            study_id=study.id,
            locales=tuple(study.locales),
            identify=ids_for(persona, GuideIds.of_study(study)),
        )

    async def aclose(self) -> None:
        for client in self.clients.values():
            await client.aclose()


@pytest.fixture
def personas() -> list[Persona]:
    return load_personas()


@pytest.fixture
def persona(personas: list[Persona]) -> Callable[[str], Persona]:
    def named(name: str) -> Persona:
        return next(p for p in personas if p.id == name)

    return named


@pytest.fixture
async def bench(sandbox: Any, tmp_path: Path) -> AsyncIterator[Bench]:
    journal = Journal(tmp_path / "journal.sqlite3")
    made = Bench(sandbox, journal)
    yield made
    await made.aclose()
    await asyncio.to_thread(journal.close)


def structured_in_journal(journal: Journal, record_id: int) -> list[tuple[str, Any]]:
    """(question type, answer value) of every answer to a structured question, from the
    journal."""
    record = journal.get(record_id)
    found = []
    for turn in record.turns:
        if turn.role == "user" and isinstance(turn.question, dict):
            kind = turn.question.get("type")
            if kind and kind != "open_ended":
                found.append((kind, turn.answer_value))
    return found
