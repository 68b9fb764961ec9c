"""The kiosk app: participants one after another on a locked screen.

Welcome → (consent) → (name or code) → interview → thank-you → welcome, wiped: every screen is
made anew for each participant, no toast is ever shown, and the previous participant's
interview is never reachable. The interviews are driven by the kiosk loop
(:class:`koji_tui.kiosk.loop.KioskLoop`, no Textual): it makes each participant's controller
and finishes the interviews participants leave in the background.

The lock: no binding but the operator key (``kiosk.operator``, Ctrl+O, remappable in
``keymap.toml``): no quit, no Ctrl+C toast, no suspend, no command palette, no help, theme,
screenshot or F8/F9; Escape never leaves the interview. SIGINT, SIGTSTP and SIGQUIT are
ignored while it runs. Only the operator key and the PIN end it.

The idle guard (:class:`koji_tui.kiosk.idle.IdleGuard`) runs on the injected clock, polled once a
second (``tick_seconds``; tests call :meth:`KioskApp.tick` after moving their clock).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.worker import Worker, WorkerState

from koji_tui import paths
from koji_tui.i18n import N_, app_translator
from koji_tui.kiosk.idle import IdleGuard
from koji_tui.kiosk.lock import SignalLock
from koji_tui.kiosk.loop import KioskLoop, Participant
from koji_tui.kiosk.pin import PinGuard, PinStore
from koji_tui.kiosk.queue import CompletionQueue
from koji_tui.kiosk.settings import KioskSettings
from koji_tui.kiosk.station import Station
from koji_tui.kiosk.study import KioskStudy
from koji_tui.session.ports import Clock, SystemClock
from koji_tui.ui.app_clients import AppClients, default_client_factory
from koji_tui.ui.kiosk.flow import FlowMixin
from koji_tui.ui.kiosk.operator import KioskOperator, KioskPin
from koji_tui.ui.kiosk.screens import (
    WelcomeScreen,
)

if TYPE_CHECKING:
    from koji_tui.journal import Journal
    from koji_tui.services import ClientFactory, SettingsStore

log = logging.getLogger(__name__)

OPERATOR_BINDING = "kiosk.operator"
OPERATOR_KEY = "ctrl+o"
LEASE_RENEW_SECONDS = 10.0
SHUTDOWN_GRACE = 10.0  # seconds ending the kiosk gives the interviews being finished
_OPERATOR_KEY_OK = re.compile(r"^(?:(?:ctrl|alt|meta|super)\+.+|f\d{1,2})$")


def _css_paths() -> list[Path]:
    folder = paths.styles_dir()
    return [
        folder / "transcript.tcss",
        folder / "answers.tcss",
        *sorted(folder.glob("kiosk*.tcss")),
    ]


class KioskApp(FlowMixin, App[None], inherit_bindings=False):
    """See the module docstring. ``study``: what runs (see :mod:`koji_tui.kiosk.study`)."""

    TITLE = "koji-tui kiosk"
    CSS_PATH = _css_paths()  # type: ignore[assignment]
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [  # noqa: RUF012 (Textual's own type)
        Binding(
            OPERATOR_KEY,
            "operator",
            N_("Operator"),  # no footer on a kiosk: never drawn, marked for the catalog
            id=OPERATOR_BINDING,
            show=False,
            priority=True,
            tooltip=N_("Staff: the operator PIN, then the operator panel"),
        )
    ]

    def __init__(
        self,
        study: KioskStudy,
        *,
        settings: KioskSettings | None = None,
        locale: str | None = None,
        pins: PinStore | None = None,
        station: Station | None = None,
        queue: CompletionQueue | None = None,
        clock: Clock | None = None,
        client_factory: ClientFactory | None = None,
        journal_path: Path | None = None,
        settings_files: SettingsStore | None = None,
        lock_signals: bool = True,
        tick_seconds: float = 1.0,
    ) -> None:
        super().__init__()
        self.study = study
        self.kiosk = (settings or KioskSettings()).for_study(study.entry.name)
        locales = self.kiosk.locales or study.locales or ((locale,) if locale else ("en",))
        if locale and locale not in locales:
            locales = (locale, *locales)
        self.locales: tuple[str, ...] = tuple(locales)
        self.default_locale = locale or self.locales[0]
        self.locale = self.default_locale
        self.clock: Clock = clock or SystemClock()
        self.guard = IdleGuard(
            self.clock.now,
            idle_after=self.kiosk.idle_seconds,
            countdown=self.kiosk.still_there_seconds,
        )
        self.pin_guard = PinGuard(pins or PinStore(), self.clock.now)
        self.station = station or Station()
        self.queue = queue or CompletionQueue()
        self.loop: KioskLoop | None = None
        self.journal: Journal | None = None
        self.participant: Participant | None = None
        self.ready = False
        self.ending = False
        self.left = 0  # interviews still to complete when the kiosk ended (kept)
        self._clients = AppClients(self, client_factory)  # the station's checks
        self._client_factory = client_factory or default_client_factory
        self._journal_path = journal_path
        self._settings_files = settings_files
        self._signals = SignalLock() if lock_signals else None
        self._tick_seconds = tick_seconds
        self._starting = False

    # -- start-up and the end ----------------------------------------------------------
    def on_mount(self) -> None:
        if self._signals is not None:
            self._signals.engage()  # after the driver set its own SIGTSTP handler
        self.push_screen(WelcomeScreen())
        self.set_interval(self._tick_seconds, self.tick)
        self.set_interval(LEASE_RENEW_SECONDS, self._renew_leases)
        self.prepare()

    @work(group="prepare", exit_on_error=False)
    async def prepare(self) -> None:
        from koji_tui.journal import Journal

        journal = await asyncio.to_thread(Journal, self._journal_path)
        self.journal = journal
        await self._apply_keymap()
        loop = KioskLoop(
            study_name=self.study.entry.name,
            clients=self._client,
            journal=journal,
            station=self.station,
            queue=self.queue,
            clock=self.clock,
            key_from_env=self.study.entry.source == "env",
            participant_clients=self._new_client,
        )
        self.loop = loop
        loop.subscribe(self._loop_changed)
        await loop.resume_queued()
        await loop.check_server()
        self.ready = True
        self._loop_changed()

    async def _client(self) -> Any:
        return await self._clients.client_for(self.study.entry)

    async def _new_client(self) -> Any:
        """A participant's own client (the kiosk loop closes it when their interview is done)."""
        entry = self.study.entry
        if not entry.api_key:
            raise ValueError(f"Study {entry.name!r} has no API key.")
        client = self._client_factory(entry.base_url, entry.api_key)
        await client.__aenter__()
        return client

    async def _apply_keymap(self) -> None:
        """``kiosk.operator`` from keymap.toml (a function key or a ctrl/alt combination)."""
        from koji_tui.config.settings import SettingsFiles
        from koji_tui.ui.keymap import normalize_key

        files = self._settings_files or SettingsFiles()
        try:
            keymap = await asyncio.to_thread(files.load_keymap)
        except Exception:
            log.exception("the keymap could not be read; the operator key stays %s", OPERATOR_KEY)
            return
        wanted = keymap.overrides.get(OPERATOR_BINDING)
        if not wanted:
            return
        keys = [normalize_key(k.strip())[0] for k in wanted.split(",")]
        if all(k is not None and _OPERATOR_KEY_OK.match(k) for k in keys):
            self.set_keymap({OPERATOR_BINDING: ",".join(k for k in keys if k)})
        else:
            log.warning(
                "kiosk.operator = %r is not usable; the operator key stays %s", wanted, OPERATOR_KEY
            )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is not WorkerState.ERROR:
            return
        error = event.worker.error
        log.error("kiosk worker %s failed", event.worker.name, exc_info=error)
        if event.worker.group == "prepare":
            said = app_translator().gettext("The kiosk could not start: {error}")
            self.exit(return_code=1, message=said.format(error=f"{type(error).__name__}: {error}"))

    @work(thread=True, exclusive=True, group="leases", exit_on_error=False)
    def _renew_leases(self) -> None:
        if self.journal is not None:
            self.journal.renew_leases()

    async def on_unmount(self) -> None:
        self.release_signals()
        if self.loop is not None and not self.ending:
            with contextlib.suppress(Exception):
                self.left = await self.loop.shutdown(grace=0)
        with contextlib.suppress(Exception):
            await self._clients.close()
        if self.journal is not None:
            journal = self.journal
            with contextlib.suppress(Exception):
                await asyncio.to_thread(journal.release_lease)
            with contextlib.suppress(Exception):
                await asyncio.to_thread(journal.close)

    def release_signals(self) -> None:
        if self._signals is not None:
            self._signals.release()

    # -- the lock: nothing but the operator key leaves -----------------------------------
    def notify(self, *args: Any, **kwargs: Any) -> None:
        """No toast, ever: the next participant would see it."""
        log.info("kiosk: a toast was not shown: %s", args[0] if args else "")

    async def action_quit(self) -> None:
        return

    def action_help_quit(self) -> None:
        return

    def action_suspend_process(self) -> None:
        return

    def action_command_palette(self) -> None:
        return

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        return

    def action_operator(self) -> None:
        if self.ending or isinstance(self.screen, KioskPin | KioskOperator):
            return
        self.push_screen(KioskPin(), self._pin_closed)

    def _pin_closed(self, ok: bool | None) -> None:
        if ok:
            self.operator_unlocked()

    def operator_unlocked(self) -> None:
        self.push_screen(KioskOperator())

    @work(exclusive=True, group="end", exit_on_error=False)
    async def end_kiosk(self) -> None:
        """End kiosk mode: the interview on screen is completed ("manual"), what is being
        finished gets ``SHUTDOWN_GRACE`` seconds, whatever is left stays queued."""
        self.ending = True
        self.guard.disarm()
        participant, self.participant = self.participant, None
        if participant is not None and self.loop is not None:
            self.loop.finish(participant, "manual")
        if self.loop is not None:
            self.left = await self.loop.shutdown(grace=SHUTDOWN_GRACE)
        self.exit()


def run_kiosk(
    study: KioskStudy,
    *,
    locale: str | None = None,
    journal_path: Path | None = None,
    queue_path: Path | None = None,
) -> int:
    """Run the kiosk in this terminal until the operator ends it; say what was kept."""
    from koji_tui.kiosk.settings import load_settings

    app = KioskApp(
        study,
        settings=load_settings(),
        locale=locale,
        journal_path=journal_path,
        queue=CompletionQueue(queue_path),
    )
    try:
        app.run()
    finally:
        app.release_signals()
    if app.return_code:
        return int(app.return_code)  # Textual printed why
    tr = app_translator()
    if app.left:
        said = tr.ngettext(
            "Kiosk mode ended. {n} interview could not be completed on the server yet: it is "
            "kept (the journal and the kiosk queue) and completed the next time the kiosk starts.",
            "Kiosk mode ended. {n} interviews could not be completed on the server yet: they are "
            "kept (the journal and the kiosk queue) and completed the next time the kiosk starts.",
            app.left,
        )
        print(said.format(n=app.left))
    else:
        print(tr.gettext("Kiosk mode ended. Every interview reached the server."))
    return int(app.return_code or 0)


__all__ = ["OPERATOR_BINDING", "KioskApp", "run_kiosk"]
