"""The koji-tui Textual app: study list, interview console, demo sandbox.

Layering: the app never calls the API from a handler. It builds the services
(:mod:`koji_tui.ui.app_services`: clients, journals, credentials, settings, clock)
and its screens use them in workers, which report back with the Messages in
``koji_tui.ui.messages``; a client's rate-limit and activity changes are Textual
Signals (``services.rate_limit_changed`` / ``services.activity_changed``). A worker
that fails is said in one place (:meth:`KojiApp.report_worker`). Screens are made
by the lazy factories of :mod:`koji_tui.ui.screens` (the study list is the ``studies``
mode); no screen imports this module. Heavy modules (httpx, starlette, uvicorn,
pydantic, the store) are imported only inside workers that run after the first
screen is painted, so start-up costs little more than a bare Textual app.

Deviations from the contract, kept small:
- The demo keeps its sandbox database and its own journal under
  ``paths.data_dir()/"demo"`` (persistent between runs, never mixed with the
  user's journal), so demo interviews can be reopened after a restart.
- Start times are shown in UTC (label says so) so snapshots are stable.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.signal import Signal
from textual.worker import Worker, WorkerFailed, WorkerState

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import N_, app_translator
from koji_tui.safety import safe_line, safe_text
from koji_tui.ui.app_compat import LocatorMixin
from koji_tui.ui.app_keeping import KeepingMixin
from koji_tui.ui.app_looks import HIGH_CONTRAST, HIGH_CONTRAST_THEME, LooksMixin, css_paths
from koji_tui.ui.app_presenter import PresenterMixin, short_toast
from koji_tui.ui.app_services import AppServices, build_services
from koji_tui.ui.app_studies import StudiesMixin
from koji_tui.ui.bindings import APP_BINDINGS
from koji_tui.ui.host import Sandbox, StudyList
from koji_tui.ui.messages import InterviewExported, StudiesLoaded
from koji_tui.ui.screens import registry as screens

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from koji_tui.services import ClientFactory, Credentials, SettingsStore, WallClock
    from koji_tui.session.ports import RetryPolicy

LEASE_RENEW_SECONDS = 10.0
DEMO_SUB_TITLE = N_("demo sandbox · your own studies are untouched")


class KojiApp(LocatorMixin, StudiesMixin, KeepingMixin, LooksMixin, PresenterMixin, App[None]):
    """The interview console.

    Args:
        demo: open the embedded sandbox (started in a thread after the first paint).
        studies: inject the study list (tests); ``None`` loads the user's studies.
        sandbox_config: a ``ServerConfig`` for the demo sandbox (tests pass seed/clock).
        journal_path: where the journal lives (default: the store's default path,
            or ``data_dir()/demo/journal.sqlite3`` for the demo).
        clock: wall clock used for countdowns and relative times (snapshots inject one).
        check_pending: offer to resend unsent answers found in the journal on start.
        client_factory: makes each study's API client (tests pass one that backs off briefly).
        credentials, settings: the key store and the settings files (tests pass their own).
        presenter: presenter mode (:mod:`koji_tui.ui.app_presenter`: no ports, keys, ids or
            request numbers on screen; short toasts at the top).
        seed_demo: seed the demo with a few completed interviews (default: in presenter mode).
        demo_listing: the demo's studies and keys, read by the command line before the app
            started (``koji_tui.ui.cli.demo_listing``): listed at once, no thread to wait for.
        welcome: open on the welcome (first-run) screen: the command line found no study to
            list (``koji_tui.ui.cli.nothing_to_list``), so the study list is not built under it
            (its modules are not even imported) until a study turns up.
    """

    TITLE = "koji-tui"
    SUB_TITLE = N_("Koji interview console")
    CSS_PATH = css_paths()  # type: ignore[assignment]
    BINDINGS = APP_BINDINGS  # type: ignore[assignment]
    NOTIFICATION_TIMEOUT = 8
    SCREENS: ClassVar[dict[str, Callable[[], Screen[Any]]]] = {
        "first-run": screens.first_run_screen
    }

    def __init__(
        self,
        *,
        demo: bool = False,
        studies: list[StudyEntry] | None = None,
        sandbox_config: Any = None,
        journal_path: Path | None = None,
        clock: WallClock | None = None,
        check_pending: bool = True,
        high_contrast: bool | None = None,
        client_factory: ClientFactory | None = None,
        credentials: Credentials | None = None,
        settings: SettingsStore | None = None,
        presenter: bool = False,
        seed_demo: bool | None = None,
        offline_retry: RetryPolicy | None = None,
        welcome: bool = False,
        demo_listing: tuple[list[Any], list[str]] | None = None,
    ) -> None:
        super().__init__()
        self.sub_title = app_translator().gettext(self.SUB_TITLE)
        self.demo = demo
        self.presenter = presenter
        self.seed_demo = presenter if seed_demo is None else seed_demo
        self.set_class(presenter, "-presenter")
        self.services: AppServices = build_services(
            self,
            is_demo=lambda: self.demo,
            client_factory=client_factory,
            journal_path=journal_path,
            credentials=credentials,
            settings=settings,
            clock=clock,
            offline_retry=offline_retry,
        )
        self.studies: list[StudyEntry] = list(studies) if studies is not None else []
        self.studies_changed: Signal[StudyList] = Signal(self, "studies_changed")
        self._inject_studies = studies is not None
        self._sandbox_config = sandbox_config
        self._demo_listing = demo_listing
        self.kept_demo_dir: Path | None = None  # the user chose to keep the demo's interviews
        self._exit_stack = contextlib.ExitStack()
        self.sandbox: Sandbox | None = None
        self.demo_catalog: Sandbox | None = None  # the demo's studies before its sandbox is up
        self.keyring_ok: bool | None = None
        self.studies_ready = studies is not None
        self.check_pending = check_pending
        self.keymap_problems: list[str] = []
        self.chrome_hidden = False
        self._want_high_contrast = high_contrast
        self._welcome = welcome and not demo
        self.register_theme(HIGH_CONTRAST_THEME)
        if demo:
            self.sub_title = app_translator().gettext(DEMO_SUB_TITLE)

    # --- start-up -------------------------------------------------------------

    def get_default_screen(self) -> Screen[Any]:
        """The study list is the app's first screen (Textual's own hook for it). Not a mode of
        ``MODES``: a mode's first screen makes Textual parse every stylesheet again before the
        first frame, about as long as composing the whole study list. The welcome screen instead
        when the command line found no study (``welcome``): the list comes once there is one."""
        if self._welcome:
            return screens.first_run_screen()
        return screens.main_screen()

    def push_screen(self, screen: Any, *args: Any, **kwargs: Any) -> Any:
        """Every screen pushed finds the later stylesheets parsed (``read_later_styles``: a
        no-op once they are, as they are from the first frames on)."""
        self.read_later_styles()
        return super().push_screen(screen, *args, **kwargs)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every toast passes the one sanitizer: server text reaches toasts through error
        messages, ids and names, and a toast must never carry an escape sequence. In presenter
        mode a toast is short and brief."""
        if self.presenter:
            message, timeout = short_toast(message, severity, timeout, title)
        super().notify(
            safe_text(message),
            title=safe_line(title),
            severity=severity,
            timeout=timeout,
            markup=markup,
        )

    async def on_mount(self) -> None:
        want_hc = self._want_high_contrast
        if want_hc is None and os.environ.get("KOJI_TUI_HIGH_CONTRAST", "") not in ("", "0"):
            want_hc = True
        if want_hc:
            self.theme = HIGH_CONTRAST
        # Leases on the interviews this window drives are renewed while it runs (it is cheap:
        # nothing to do until a journal is open). The same figure as journal.lease's
        # LEASE_RENEW_EVERY, not imported from there to keep sqlite out of start-up.
        self.set_interval(LEASE_RENEW_SECONDS, self._renew_leases)
        # The study list is read in a thread from the start, beside the first frame: the
        # user's studies (the keyring only when there is a study), or the demo's from their
        # files. What is slow and not needed for the list waits until the list is on screen:
        # the demo's sandbox, the keyring's check when there is no study, the resend offers.
        self._read_studies()
        self._after_frames(2, self.first_screen_drawn)
        # The keymap and the saved theme are read in a thread; the app goes on with its next
        # message when they are applied. A failure is said by report_worker.
        worker = self.run_worker(
            self.apply_preferences(saved_theme=want_hc is None),
            group="preferences",
            exit_on_error=False,
        )
        with contextlib.suppress(WorkerFailed):
            await worker.wait()

    def _read_studies(self) -> None:
        if self.demo:
            self.start_demo()
        elif self._inject_studies:
            self.post_message(StudiesLoaded(list(self.studies), [], keyring_ok=True))
        elif self._welcome:  # surely none: read them once the welcome screen is drawn
            self._after_frames(2, self.load_studies)
        else:
            self.load_studies()

    async def on_unmount(self) -> None:
        # First of all, the interviews this window drove are free for other windows (before
        # anything below can fail or take long). Nothing here may stop the rest: each step
        # is on its own.
        journals = self.services.journals.opened()
        for journal in journals:
            with contextlib.suppress(Exception):
                await asyncio.to_thread(journal.release_lease)
        with contextlib.suppress(Exception):
            await self.services.clients.close()
        for journal in journals:
            with contextlib.suppress(Exception):
                await asyncio.to_thread(journal.close)  # gives this window's leases back
        await asyncio.to_thread(self._exit_stack.close)  # the sandbox's thread stops
        demo_dir = self.services.journals.made_demo_dir
        if demo_dir is not None and self.kept_demo_dir is None:
            import shutil

            await asyncio.to_thread(shutil.rmtree, demo_dir, ignore_errors=True)

    # --- navigation --------------------------------------------------------------

    def open_interview(self, study: StudyEntry, record_id: int, resend: bool = False) -> None:
        """Open a journaled interview (by its journal record id)."""
        if self.demo_starting(study):
            return
        self.push_screen(screens.interview_screen(study, record_id=record_id, resend=resend))

    def open_roster(self, study: StudyEntry) -> None:
        """The study's participants and study-wide operations."""
        if self.demo_starting(study):
            return
        self.push_screen(screens.roster_screen(study))

    def open_results(self, study: StudyEntry) -> None:
        """The study's results, from the journal."""
        if self.demo_starting(study):
            return
        self.push_screen(screens.results_screen(study))

    def new_interview(self, study: StudyEntry, *, cockpit: bool = False) -> None:
        """The new-interview form, then the interview (``cockpit``: in the moderator's
        cockpit, with the guide, the respondent card and notes)."""
        if self.demo_starting(study):
            return
        if not study.has_key:
            self.notify(
                app_translator()
                .gettext("Study {name} has no API key. Edit the study (key e) to add one.")
                .format(name=repr(study.name)),
                severity="warning",
                markup=False,
            )
            return

        def _start(result: dict[str, Any] | None) -> None:
            if result is None:
                return
            if cockpit:
                self.push_screen(screens.cockpit_screen(study, start=result))
            else:
                self.push_screen(screens.interview_screen(study, start=result))

        self.push_screen(screens.new_interview_screen(study), _start)

    def open_demo(self) -> None:
        """Turn this run into the demo, exactly as ``koji-tui demo`` is: the sandbox's studies
        only (own journal, no study changes); quit to get back to your own studies."""
        self.leave_first_run()
        if self.sandbox is not None:
            self.notify(app_translator().gettext("The demo sandbox is already running."))
            return
        self.demo = True
        self.sub_title = app_translator().gettext(DEMO_SUB_TITLE)
        self.studies = [s for s in self.studies if s.source == "demo"]
        self._broadcast()
        self.refresh_bindings()
        self.notify(app_translator().gettext("Starting the demo sandbox…"), timeout=3)
        self.start_demo()

    @work(thread=True, group="export", exit_on_error=False)
    def export_interview(self, study: StudyEntry, record_id: int) -> None:
        """Write Markdown + JSON of one interview under data/exports and say where."""
        from koji_tui.ui.screens import store
        from koji_tui.ui.screens.study_facts import facts_for

        journal = self.services.journals.journal_for(study)
        default = facts_for(study, self.sandbox).locale  # an interview without one ran in it
        self.post_message(InterviewExported(store.export_record(journal, record_id, default)))

    def on_interview_exported(self, message: InterviewExported) -> None:
        # The folder on a line of its own and each file name on its own: paths are shown whole.
        written = message.paths
        folder = written[0].parent if written else ""
        names = "\n".join(f"  {p.name}" for p in written)
        tr = app_translator()
        self.notify(
            tr.gettext("Exported to {folder}").format(folder=f"{folder}{os.sep}") + f"\n{names}",
            title=tr.gettext("Export"),
            timeout=10,
            markup=False,
        )

    # --- background work ---------------------------------------------------------

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that failed is said, never silently dropped (every worker runs with
        exit_on_error=False, so the app stays up; its error comes here, and screens forward
        their own workers' here: the message does not bubble)."""
        self.report_worker(event)

    def report_worker(self, event: Worker.StateChanged) -> None:
        """The one place a failed worker is said: in words of its own for the app's groups
        (the studies, the sandbox, an export, removing a study, saving the theme), else
        generically."""
        if event.state is not WorkerState.ERROR:
            return
        error = event.worker.error
        handler = self._failure_handlers().get(event.worker.group)
        if handler is not None:
            handler(error)
            return
        tr = app_translator()
        self.notify(
            tr.gettext("Something went wrong in the background ({task}): {error}").format(
                task=event.worker.name or tr.gettext("a task"),
                error=f"{type(error).__name__}: {error}",
            ),
            severity="error",
            markup=False,
        )

    def _failure_handlers(self) -> dict[str, Callable[[BaseException | None], None]]:
        def said(prefix: str, severity: SeverityLevel = "error") -> Callable[[Any], None]:
            def say(error: BaseException | None) -> None:
                text = app_translator().gettext(prefix).format(error=error)
                self.notify(text, severity=severity, markup=False)

            return say

        return {
            "studies": self._studies_failed,
            "sandbox": self._sandbox_failed,
            "export": lambda e: self.notify(
                app_translator()
                .gettext("Export failed: {error}")
                .format(error=f"{type(e).__name__}: {e}"),
                severity="error",
                markup=False,
            ),
            "remove-study": self._remove_failed,
            "settings": said(N_("Could not save the theme: {error}"), "warning"),
            "resends": said(N_("Could not read the journal: {error}"), "warning"),
        }


def run_app(demo: bool = False, **kwargs: Any) -> int:
    app = KojiApp(demo=demo, **kwargs)
    app.run()
    if app.kept_demo_dir is not None:
        print(
            app_translator()
            .gettext(
                "The demo's interviews are kept in {folder}\n"
                "(`koji-tui export ID` reads them; delete the folder to discard them)."
            )
            .format(folder=app.kept_demo_dir)
        )
    return int(app.return_code or 0)


__all__ = ["HIGH_CONTRAST", "HIGH_CONTRAST_THEME", "Binding", "KojiApp", "run_app"]
