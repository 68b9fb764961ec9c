"""The services a screen (or a kiosk loop, an autopilot, the CLI) is handed: one Protocol each.

Nothing here imports Textual, httpx, pydantic or sqlite: the types named in the Protocols are
imported for type checking only, so any layer above ``api``/``config``/``journal`` may use these
seams. The UI builds the concrete object (:func:`koji_tui.ui.app_services.build_services`) and
hands it to its screens; tests build their own, e.g. with a client factory that backs off
briefly.

- :class:`Clients`: one API client per study (shared), and what each one last reported
  (rate limit, activity) as the immutable :class:`StudyRateLimit` / :class:`StudyActivity`.
- :class:`Journals`: the journal of a study (the demo's apart) and this run's demo folder.
- :class:`Credentials`: API keys (:class:`koji_tui.config.CredentialStore` is one).
- :class:`SettingsStore`: the user's settings and keymap files.
- :class:`WallClock`: seconds since the epoch, for countdowns and shown times.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pydantic import SecretStr

    from koji_tui.api import KojiClient
    from koji_tui.config.credentials import BackendStatus, KeySource, StoreResult
    from koji_tui.config.entry import StudyEntry
    from koji_tui.config.settings import Keymap, Settings
    from koji_tui.journal import Journal


@dataclass(frozen=True)
class StudyRateLimit:
    """The rate-limit headers a study's client saw last (``None``: not sent by the server)."""

    study: str
    limit: int | None
    remaining: int | None
    reset_at: float | None


@dataclass(frozen=True)
class StudyActivity:
    """What a study's client is doing: idle, sending, pacing, waiting_rate_limit, retrying,
    reconciling or offline; ``until`` is when a wait ends (epoch seconds)."""

    study: str
    state: str
    detail: str
    until: float | None


class ClientFactory(Protocol):
    """Makes the API client of a server and key (tests pass one with a short backoff)."""

    def __call__(self, base_url: str, api_key: str) -> KojiClient: ...


class Clients(Protocol):
    """One shared API client per study, made on first use (call it from the event loop)."""

    async def client_for(self, study: StudyEntry) -> KojiClient:
        """The study's client; a new one when the study's key changed. Raises ValueError
        for a study without a key."""
        ...

    async def drop(self, name: str) -> None:
        """Close and forget the client of study ``name`` (a no-op when there is none)."""
        ...

    async def close(self) -> None:
        """Close every client (on exit)."""
        ...

    def rate_limit(self, study: str) -> StudyRateLimit | None:
        """What the study's client last saw of the rate limit, if anything."""
        ...

    def activity(self, study: str) -> StudyActivity | None:
        """What the study's client last reported doing, if anything."""
        ...


class Journals(Protocol):
    """The journals of this window: one per kind (the user's, the demo's), opened on first use.

    Every method may touch the disk: call them from a thread worker or ``asyncio.to_thread``.
    """

    def journal_for(self, study: StudyEntry | None) -> Journal:
        """The study's journal (``None``: the journal of the run, the demo's in the demo)."""
        ...

    def opened(self, kind: str | None = None) -> list[Journal]:
        """The journals opened so far (``kind`` "user" or "demo": only that one)."""
        ...

    def demo_dir(self) -> Path:
        """This run's demo folder (made on first use)."""
        ...

    @property
    def made_demo_dir(self) -> Path | None:
        """The demo folder if it was made (no disk access)."""
        ...


class Credentials(Protocol):
    """API keys of the studies (the keyring, session-only keys, ``KOJI_API_KEY``). Blocking."""

    def get(self, study: str) -> KeySource: ...

    def set(self, study: str, key: str | SecretStr, persist: bool = True) -> StoreResult: ...

    def delete(self, study: str) -> bool: ...

    def rename(self, old: str, new: str) -> None: ...

    def forget_session(self, study: str | None = None) -> None: ...

    def backend_status(self) -> BackendStatus: ...


class SettingsStore(Protocol):
    """The user's settings (``config.toml``) and key overrides (``keymap.toml``). Blocking."""

    def load(self) -> Settings: ...

    def save_theme(self, theme: str) -> None: ...

    def load_keymap(self, known_ids: set[str] | None = None) -> Keymap: ...


class WallClock(Protocol):
    """Seconds since the epoch (``time.time``; snapshots and tests pass a fixed one)."""

    def __call__(self) -> float: ...


@dataclass(frozen=True)
class Services:
    """What screens are handed instead of reaching into the app."""

    clients: Clients
    journals: Journals
    credentials: Credentials
    settings: SettingsStore
    clock: WallClock


__all__ = [
    "ClientFactory",
    "Clients",
    "Credentials",
    "Journals",
    "Services",
    "SettingsStore",
    "StudyActivity",
    "StudyRateLimit",
    "WallClock",
]
