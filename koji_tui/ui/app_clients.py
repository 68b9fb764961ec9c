"""One API client per study (made on first use, in a worker), and the rate-limit and activity
changes each one reports, forwarded to the screens that show them."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.app import App

from koji_tui.config.entry import StudyEntry
from koji_tui.ui.messages import (
    ActivityChanged,
    RateLimitChanged,
)

if TYPE_CHECKING:
    from koji_tui.api import KojiClient


class ClientsMixin(App[None]):
    """One API client per study (made on first use, in a worker), and the rate-limit and activity"""

    _clients: dict[str, KojiClient]
    _client_keys: dict[str, str]
    _unsubscribe: list[Callable[[], None]]
    rate_limits: dict[str, RateLimitChanged]
    activity: dict[str, ActivityChanged]

    async def client_for(self, study: StudyEntry) -> KojiClient:
        """The (shared) client of a study; created on first use, inside a worker."""
        client = self._clients.get(study.name)
        if client is not None and self._client_keys.get(study.name) == study.api_key:
            return client
        if client is not None:
            await self.drop_client(study.name)
        from koji_tui.api import KojiClient

        if not study.api_key:
            raise ValueError(f"Study {study.name!r} has no API key: edit it to add one.")
        client = KojiClient(study.base_url, study.api_key)
        await client.__aenter__()
        self._clients[study.name] = client
        self._client_keys[study.name] = study.api_key
        name = study.name

        def on_rate(state: Any) -> None:
            self.post_message(
                RateLimitChanged(
                    name,
                    getattr(state, "limit", None),
                    getattr(state, "remaining", None),
                    getattr(state, "reset_at", None),
                )
            )

        def on_activity(state: Any) -> None:
            self.post_message(
                ActivityChanged(
                    name,
                    str(getattr(state, "state", "idle")),
                    str(getattr(state, "detail", "") or ""),
                    getattr(state, "until", None),
                )
            )

        with contextlib.suppress(Exception):
            self._unsubscribe.append(client.rate_limit.subscribe(on_rate))
        with contextlib.suppress(Exception):
            self._unsubscribe.append(client.activity.subscribe(on_activity))
        return client

    async def drop_client(self, name: str) -> None:
        client = self._clients.pop(name, None)
        self._client_keys.pop(name, None)
        if client is not None:
            with contextlib.suppress(Exception):
                await client.__aexit__(None, None, None)

    def on_rate_limit_changed(self, message: RateLimitChanged) -> None:
        self.rate_limits[message.study] = message
        self._forward(message)

    def on_activity_changed(self, message: ActivityChanged) -> None:
        self.activity[message.study] = message
        self._forward(message)

    def _forward(self, message: RateLimitChanged | ActivityChanged) -> None:
        from koji_tui.ui.screens.interview import InterviewScreen

        for screen in self.screen_stack:
            if isinstance(screen, InterviewScreen) and screen.study.name == message.study:
                screen.refresh_status()
