"""The app's old locator surface, as thin adapters over its services (``KojiApp.services``).

The interview screen still reads these (``client_for``, ``journal_for``, ``rate_limits``,
``activity``, ``clock``); tests read ``journal_for``, ``client_for``, ``drop_client`` and
``demo_dir``. New code uses ``services`` instead: ``services.clients.client_for(study)``,
``services.journals.journal_for(study)``, ``services.clients.rate_limit(name)`` and the
``services.rate_limit_changed`` / ``activity_changed`` Signals.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App

from koji_tui.config.entry import StudyEntry
from koji_tui.services import StudyActivity, StudyRateLimit

if TYPE_CHECKING:
    from koji_tui.api import KojiClient
    from koji_tui.journal import Journal
    from koji_tui.services import Credentials, WallClock
    from koji_tui.ui.app_services import AppServices


class LocatorMixin(App[None]):
    """Adapters over ``services`` for the code that still reaches into the app."""

    services: AppServices

    @property
    def clock(self) -> WallClock:
        return self.services.clock

    @property
    def credentials(self) -> Credentials:
        """The one credential store of this run (session-only keys live in it)."""
        return self.services.credentials

    @property
    def rate_limits(self) -> Mapping[str, StudyRateLimit]:
        return self.services.clients.rate_limits

    @property
    def activity(self) -> Mapping[str, StudyActivity]:
        return self.services.clients.activities

    async def client_for(self, study: StudyEntry) -> KojiClient:
        """The (shared) client of a study; created on first use, on the event loop."""
        return await self.services.clients.client_for(study)

    async def drop_client(self, name: str) -> None:
        await self.services.clients.drop(name)

    def journal_for(self, study: StudyEntry | None) -> Journal:
        """The journal of a study: demo studies keep their own, apart from real ones."""
        return self.services.journals.journal_for(study)

    def demo_dir(self) -> Path:
        return self.services.journals.demo_dir()
