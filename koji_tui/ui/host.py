"""The app as its screens see it: a Protocol, so no screen imports the app module.

``KojiApp`` satisfies :class:`KojiHost`; a screen reads ``cast("KojiHost", self.app)``. What a
screen needs from the app is its services (:class:`~koji_tui.ui.app_services.AppServices`),
the study list (and the ``studies_changed`` Signal that says when it changed), a few facts of
the run, and the app's navigation. Anything that touches the disk or the network goes through
the services, in a worker.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from koji_tui.config.entry import StudyEntry

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.signal import Signal
    from textual.worker import Worker

    from koji_tui.api import KojiClient
    from koji_tui.journal import Journal
    from koji_tui.services import StudyActivity, StudyRateLimit, WallClock
    from koji_tui.ui.app_services import AppServices


@dataclass(frozen=True)
class StudyList:
    """What the study list shows: the studies, or (``note``) one line in their place."""

    studies: list[StudyEntry] = field(default_factory=list)
    note: str | None = None


def awaiting_sandbox(study: StudyEntry) -> bool:
    """A demo study listed before the demo's sandbox is up: no server address yet."""
    return study.source == "demo" and not study.base_url


class Sandbox(Protocol):
    """The demo's running sandbox, as screens use it (its studies' modes and locales)."""

    base_url: str

    def study(self, study_id: str) -> Any: ...


class KojiHost(Protocol):
    """What screens use of the app (``KojiApp`` is one)."""

    services: AppServices
    studies: list[StudyEntry]
    studies_ready: bool
    studies_changed: Signal[StudyList]
    demo: bool
    keyring_ok: bool | None
    sandbox: Sandbox | None
    demo_catalog: Sandbox | None  # the demo's studies, listed before its sandbox is up
    keymap_problems: list[str]
    chrome_hidden: bool

    def key_for(self, action: str, screen: Screen | None = None) -> str: ...

    def report_worker(self, event: Worker.StateChanged) -> None: ...

    # --- navigation and the study list -------------------------------------------------

    def open_interview(self, study: StudyEntry, record_id: int, resend: bool = False) -> None: ...

    def new_interview(self, study: StudyEntry, *, cockpit: bool = False) -> None: ...

    def open_roster(self, study: StudyEntry) -> None: ...

    def open_results(self, study: StudyEntry) -> None: ...

    def open_demo(self) -> None: ...

    def leave_first_run(self) -> None: ...

    def demo_starting(self, study: StudyEntry) -> bool: ...

    def refresh_studies(self) -> None: ...

    def load_studies(self) -> Worker[None]: ...

    def remove_study(self, study: StudyEntry) -> Worker[None]: ...

    def export_interview(self, study: StudyEntry, record_id: int) -> Worker[None]: ...

    # --- kept for the interview screen until it reads ``services`` ----------------------

    clock: WallClock
    rate_limits: Mapping[str, StudyRateLimit]
    activity: Mapping[str, StudyActivity]

    async def client_for(self, study: StudyEntry) -> KojiClient: ...

    def journal_for(self, study: StudyEntry | None) -> Journal: ...
