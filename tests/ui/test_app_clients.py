"""The app's shared client per study: reused while the key is the same, remade when it changes."""

from __future__ import annotations

from typing import Any

import pytest
from app_helpers import study_for, wait_for

from koji_tui.api.errors import AuthenticationError, NotFoundError
from koji_tui.ui.app import KojiApp
from tests.pilot import driven


async def test_a_client_is_reused_for_the_same_key_and_remade_for_a_new_one(sandbox: Any) -> None:
    study = study_for(sandbox)
    good = study.api_key
    app = KojiApp(studies=[study])
    async with driven(app, size=(80, 24)):
        first = await app.client_for(study)
        assert await app.client_for(study) is first
        with pytest.raises(NotFoundError):  # the key works: the server looked for it
            await first.get_interview("int_missing", retry=False)

        study.api_key = "pk_test_" + "x" * 32  # the study was edited with another key
        second = await app.client_for(study)
        assert second is not first
        with pytest.raises(AuthenticationError):  # it really sends the new key
            await second.get_interview("int_missing", retry=False)

        study.api_key = good
        third = await app.client_for(study)
        assert third is not second and await app.client_for(study) is third
        await app.drop_client(study.name)
        assert await app.client_for(study) is not third  # dropped means forgotten


async def test_the_app_makes_its_clients_with_the_factory_it_is_given(sandbox: Any) -> None:
    """Tests hand the app a factory (here: a short backoff); every client comes from it."""
    from koji_tui.api import KojiClient

    made: list[tuple[str, str]] = []

    def factory(base_url: str, api_key: str) -> KojiClient:
        made.append((base_url, api_key))
        return KojiClient(base_url, api_key, backoff_base=0.01, backoff_max=0.02)

    study = study_for(sandbox)
    app = KojiApp(studies=[study], client_factory=factory)
    async with driven(app, size=(80, 24)):
        client = await app.services.clients.client_for(study)
        assert made == [(study.base_url, study.api_key)]
        assert (client.backoff_base, client.backoff_max) == (0.01, 0.02)
        with pytest.raises(NotFoundError):
            await client.get_interview("int_missing", retry=False)


async def test_rate_limit_and_activity_changes_are_signals(sandbox: Any) -> None:
    """A screen subscribes to the services' Signals; what a client sees reaches it, and the
    latest value per study is kept for a screen that opens later."""
    from koji_tui.services import StudyActivity, StudyRateLimit

    study = study_for(sandbox)
    app = KojiApp(studies=[study])
    rates: list[StudyRateLimit] = []
    activities: list[StudyActivity] = []
    async with driven(app, size=(80, 24)) as pilot:
        services = app.services
        services.rate_limit_changed.subscribe(app.screen, rates.append)
        services.activity_changed.subscribe(app.screen, activities.append)
        client = await services.clients.client_for(study)
        with pytest.raises(NotFoundError):
            await client.get_interview("int_missing", retry=False)
        await wait_for(pilot, lambda: rates and activities, what="the signals")
        assert {r.study for r in rates} == {study.name}
        assert rates[-1].limit is not None and rates[-1].remaining is not None
        assert services.clients.rate_limit(study.name) == rates[-1]
        assert [a.state for a in activities][-1] == "idle"
        assert "sending" in [a.state for a in activities]
        assert services.clients.activity(study.name) == activities[-1]
        assert services.clients.rate_limit("another study") is None


class _Observable:
    """Stands in for a client's observable: it fires from whichever thread calls ``fire``."""

    def __init__(self, **state: Any) -> None:
        self.__dict__.update(state)
        self._callbacks: list[Any] = []

    def subscribe(self, callback: Any) -> Any:
        self._callbacks.append(callback)
        return lambda: self._callbacks.remove(callback)

    def fire(self) -> None:
        for callback in list(self._callbacks):
            callback(self)


class _ThreadedClient:
    def __init__(self) -> None:
        self.rate_limit = _Observable(limit=10, remaining=9, reset_at=None)
        self.activity = _Observable(state="offline", detail="gone", until=None)
        self.closed = False

    async def __aenter__(self) -> _ThreadedClient:
        return self

    async def aclose(self) -> None:
        self.closed = True


async def test_a_change_seen_in_another_thread_is_published_on_the_apps_loop() -> None:
    import asyncio
    import threading

    from koji_tui.config.entry import StudyEntry

    fake = _ThreadedClient()
    study = StudyEntry("T", "http://127.0.0.1:9", "pk_test_threaded", key_storage="session")
    app = KojiApp(studies=[study], client_factory=lambda url, key: fake)  # type: ignore[arg-type,return-value]
    got: list[tuple[str, int]] = []
    async with driven(app, size=(80, 24)) as pilot:
        loop_thread = threading.get_ident()
        # immediate: the callback runs where the Signal is published (it must be the loop's
        # thread, never the one the client fired in).
        app.services.activity_changed.subscribe(
            app.screen, lambda seen: got.append((seen.state, threading.get_ident())), immediate=True
        )
        assert await app.services.clients.client_for(study) is fake
        await asyncio.to_thread(fake.activity.fire)
        await wait_for(pilot, lambda: got, what="the activity")
        assert got == [("offline", loop_thread)]
        assert app.activity[study.name].detail == "gone"  # the adapter the interview screen reads
        await app.services.clients.drop(study.name)
        assert fake.closed and fake.rate_limit._callbacks == [] and fake.activity._callbacks == []
