"""One API client per study (made on first use, on the event loop), and what each one reports.

:class:`AppClients` is the app's :class:`koji_tui.services.Clients`. Each client's rate-limit
and activity observables become immutable :class:`~koji_tui.services.StudyRateLimit` /
:class:`~koji_tui.services.StudyActivity` values, kept as the latest per study and published on
two Textual ``Signal``s that screens subscribe to (``signal.subscribe(screen, callback)``).
An observable that fires in another thread is published on the app's loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual.signal import Signal

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import app_translator
from koji_tui.services import ClientFactory, StudyActivity, StudyRateLimit

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from koji_tui.api import ClientActivity, KojiClient, RateLimitState


def default_client_factory(base_url: str, api_key: str) -> KojiClient:
    """The client the app makes for a study: the SDK's defaults."""
    from koji_tui.http_stack import import_http_stack

    import_http_stack()  # the first client: httpx without its CLI, httpcore without trio
    from koji_tui.api import KojiClient

    return KojiClient(base_url, api_key)


class AppClients:
    """The app's clients (see the module docstring). ``owner`` owns the two Signals."""

    def __init__(self, owner: DOMNode, factory: ClientFactory | None = None) -> None:
        self._factory: ClientFactory = factory or default_client_factory
        self._clients: dict[str, KojiClient] = {}
        self._keys: dict[str, str] = {}  # the key each cached client was made with
        self._unsubscribe: dict[str, list[Callable[[], None]]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self.rate_limits: dict[str, StudyRateLimit] = {}
        self.activities: dict[str, StudyActivity] = {}
        self.rate_limit_changed: Signal[StudyRateLimit] = Signal(owner, "rate_limit_changed")
        self.activity_changed: Signal[StudyActivity] = Signal(owner, "activity_changed")

    async def client_for(self, study: StudyEntry) -> KojiClient:
        client = self._clients.get(study.name)
        if client is not None and self._keys.get(study.name) == study.api_key:
            return client
        if client is not None:
            await self.drop(study.name)
        if not study.api_key:
            raise ValueError(
                app_translator()
                .gettext("Study {name} has no API key: edit it to add one.")
                .format(name=repr(study.name))
            )
        self._loop = asyncio.get_running_loop()
        client = self._factory(study.base_url, study.api_key)
        await client.__aenter__()
        self._clients[study.name] = client
        self._keys[study.name] = study.api_key
        name = study.name

        def on_rate(state: RateLimitState) -> None:
            seen = StudyRateLimit(name, state.limit, state.remaining, state.reset_at)
            self._on_loop(partial(self._rate_limit_seen, seen))

        def on_activity(state: ClientActivity) -> None:
            seen = StudyActivity(name, str(state.state), str(state.detail or ""), state.until)
            self._on_loop(partial(self._activity_seen, seen))

        self._unsubscribe[name] = [
            client.rate_limit.subscribe(on_rate),
            client.activity.subscribe(on_activity),
        ]
        return client

    def _on_loop(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` now on the app's loop, or soon on it from another thread."""
        loop = self._loop
        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if loop is None or running is loop:
            callback()
        else:
            loop.call_soon_threadsafe(callback)

    def _rate_limit_seen(self, seen: StudyRateLimit) -> None:
        self.rate_limits[seen.study] = seen
        self.rate_limit_changed.publish(seen)

    def _activity_seen(self, seen: StudyActivity) -> None:
        self.activities[seen.study] = seen
        self.activity_changed.publish(seen)

    async def drop(self, name: str) -> None:
        for unsubscribe in self._unsubscribe.pop(name, []):
            unsubscribe()
        client = self._clients.pop(name, None)
        self._keys.pop(name, None)
        if client is not None:
            await client.aclose()

    async def close(self) -> None:
        for name in list(self._clients):
            await self.drop(name)

    def rate_limit(self, study: str) -> StudyRateLimit | None:
        return self.rate_limits.get(study)

    def activity(self, study: str) -> StudyActivity | None:
        return self.activities.get(study)
