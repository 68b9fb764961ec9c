"""The services the app builds and hands to its screens (see :mod:`koji_tui.services`).

``AppServices`` is :class:`koji_tui.services.Services` plus the two Textual ``Signal``s a
screen subscribes to for a study's rate limit and activity::

    services.rate_limit_changed.subscribe(self, self._rate_limit_changed)  # StudyRateLimit
    services.activity_changed.subscribe(self, self._activity_changed)      # StudyActivity
    services.clients.rate_limit(study.name)                                # the latest, or None
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.signal import Signal

from koji_tui.services import (
    ClientFactory,
    Credentials,
    Services,
    SettingsStore,
    StudyActivity,
    StudyRateLimit,
    WallClock,
)
from koji_tui.ui.app_clients import AppClients
from koji_tui.ui.app_journals import AppJournals

if TYPE_CHECKING:
    from collections.abc import Callable

    from textual.dom import DOMNode

    from koji_tui.session.ports import RetryPolicy


@dataclass(frozen=True)
class AppServices(Services):
    """The app's services: clients, journals, credentials, settings, clock, and two Signals."""

    clients: AppClients
    journals: AppJournals
    rate_limit_changed: Signal[StudyRateLimit]
    activity_changed: Signal[StudyActivity]
    # While offline, an interview checks after 3 s, then 6, 12 … up to 30 s (tests pass a fast
    # one). None: the interview controller's own (that policy; the session package, which
    # opens journals, is not imported before the first screen).
    offline_retry: RetryPolicy | None = None


def build_services(
    owner: DOMNode,
    *,
    is_demo: Callable[[], bool],
    client_factory: ClientFactory | None = None,
    journal_path: Path | None = None,
    credentials: Credentials | None = None,
    settings: SettingsStore | None = None,
    clock: WallClock | None = None,
    offline_retry: RetryPolicy | None = None,
) -> AppServices:
    """The concrete services of one app (``owner``, which owns the Signals). Nothing here
    touches the disk or imports the network stack: each service opens what it needs on use."""
    from koji_tui.config.credentials import CredentialStore
    from koji_tui.config.settings import SettingsFiles

    clients = AppClients(owner, client_factory)
    return AppServices(
        clients=clients,
        journals=AppJournals(is_demo, journal_path),
        credentials=credentials if credentials is not None else CredentialStore(),
        settings=settings if settings is not None else SettingsFiles(),
        clock=clock or time.time,
        rate_limit_changed=clients.rate_limit_changed,
        activity_changed=clients.activity_changed,
        offline_retry=offline_retry,
    )
