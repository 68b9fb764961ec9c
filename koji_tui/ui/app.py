"""The koji-tui Textual app: study list, interview console, demo sandbox.

Layering: the app never calls the API from a handler. Workers (``@work``) run
the client / InterviewSession calls and report back with the Messages in
``koji_tui.ui.messages``; the client's rate-limit and activity observables are
forwarded as Messages too. Heavy modules (httpx, starlette, uvicorn, pydantic,
the store) are imported only inside workers that run after the first screen is
painted, so start-up costs little more than a bare Textual app.

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
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen
from textual.worker import Worker, WorkerState

from koji_tui import paths
from koji_tui.config.entry import StudyEntry
from koji_tui.safety import safe_line, safe_text
from koji_tui.ui.app_clients import ClientsMixin
from koji_tui.ui.app_keeping import KeepingMixin
from koji_tui.ui.app_looks import HIGH_CONTRAST, HIGH_CONTRAST_THEME, LooksMixin
from koji_tui.ui.bindings import APP_BINDINGS
from koji_tui.ui.keymap import load_keymap
from koji_tui.ui.messages import (
    ActivityChanged,
    RateLimitChanged,
    SandboxFailed,
    SandboxReady,
    StudiesLoaded,
)
from koji_tui.ui.screens import INTERVIEW_STYLES

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from koji_tui.api import KojiClient

LEASE_RENEW_SECONDS = 10.0
DEMO_SUB_TITLE = "demo sandbox · your own studies are untouched"


def _css_paths() -> list[Path]:
    """Every TCSS file in styles/ except the interview's: app.tcss first, then by name."""
    folder = paths.styles_dir()
    files = [p for p in folder.glob("*.tcss") if p.name not in INTERVIEW_STYLES]
    return sorted(files, key=lambda p: (p.name != "app.tcss", p.name))


class KojiApp(KeepingMixin, ClientsMixin, LooksMixin, App[None]):
    """The interview console.

    Args:
        demo: open the embedded sandbox (started in a thread after the first paint).
        studies: inject the study list (tests); ``None`` loads the user's studies.
        sandbox_config: a ``ServerConfig`` for the demo sandbox (tests pass seed/clock).
        journal_path: where the journal lives (default: the store's default path,
            or ``data_dir()/demo/journal.sqlite3`` for the demo).
        clock: wall clock used for countdowns and relative times (snapshots inject one).
        check_pending: offer to resend unsent answers found in the journal on start.
    """

    TITLE = "koji-tui"
    SUB_TITLE = "Koji interview console"
    CSS_PATH = _css_paths()  # type: ignore[assignment]
    BINDINGS = APP_BINDINGS  # type: ignore[assignment]
    NOTIFICATION_TIMEOUT = 8

    def __init__(
        self,
        *,
        demo: bool = False,
        studies: list[StudyEntry] | None = None,
        sandbox_config: Any = None,
        journal_path: Path | None = None,
        clock: Callable[[], float] | None = None,
        check_pending: bool = True,
        high_contrast: bool | None = None,
    ) -> None:
        super().__init__()
        self.demo = demo
        self.clock: Callable[[], float] = clock or time.time
        self.studies: list[StudyEntry] = list(studies) if studies is not None else []
        self._inject_studies = studies is not None
        self._sandbox_config = sandbox_config
        self._journal_path = journal_path
        self._journals: dict[str, Any] = {}
        self._credentials: Any = None
        self._demo_dir: Path | None = None
        self.kept_demo_dir: Path | None = None  # the user chose to keep the demo's interviews
        self._clients: dict[str, KojiClient] = {}
        self._client_keys: dict[str, str] = {}  # the key each cached client was made with
        self._unsubscribe: list[Callable[[], None]] = []
        self._exit_stack = contextlib.ExitStack()
        self.sandbox: Any = None
        self.keyring_ok: bool | None = None
        self.studies_ready = studies is not None
        self.check_pending = check_pending
        self.rate_limits: dict[str, RateLimitChanged] = {}
        self.activity: dict[str, ActivityChanged] = {}
        self.keymap_problems: list[str] = []
        self.chrome_hidden = False
        self._want_high_contrast = high_contrast
        self.register_theme(HIGH_CONTRAST_THEME)
        if demo:
            self.sub_title = DEMO_SUB_TITLE

    # --- start-up -------------------------------------------------------------

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
        messages, ids and names, and a toast must never carry an escape sequence."""
        super().notify(
            safe_text(message),
            title=safe_line(title),
            severity=severity,
            timeout=timeout,
            markup=markup,
        )

    def get_default_screen(self) -> Screen:
        from koji_tui.ui.screens.main import MainScreen

        return MainScreen()

    def on_mount(self) -> None:
        keymap, problems = load_keymap()
        self.keymap_problems = problems
        if keymap:
            self.set_keymap(keymap)
        if problems:
            # One toast for all of them (several would push each other off screen);
            # the help screen (F1) lists them too.
            count = f"{len(problems)} problems" if len(problems) > 1 else "1 problem"
            self.notify(
                "\n".join(problems) + "\nThe help (F1) lists these too.",
                title=f"Keymap: {count}, defaults kept",
                severity="warning",
                timeout=max(8.0, 4.0 * len(problems)),
                markup=False,
            )
        want_hc = self._want_high_contrast
        if want_hc is None and os.environ.get("KOJI_TUI_HIGH_CONTRAST", "") not in ("", "0"):
            want_hc = True
        if want_hc:
            self.theme = HIGH_CONTRAST
        elif want_hc is None:
            self._apply_saved_theme()
        # Leases on the interviews this window drives are renewed while it runs (it is cheap:
        # nothing to do until a journal is open). The same figure as journal.lease's
        # LEASE_RENEW_EVERY, not imported from there to keep sqlite out of start-up.
        self.set_interval(LEASE_RENEW_SECONDS, self._renew_leases)
        # Everything slow happens after the first frame is on screen.
        self.call_after_refresh(self._after_first_paint)

    def _after_first_paint(self) -> None:
        if os.environ.get("KOJI_TUI_EXIT_AFTER_FIRST_PAINT"):
            # Start-up benchmark (tests/benchmarks/bench_ui.py --startup): stop at first paint.
            self.exit()
            return
        if self.demo:
            self.start_sandbox()
        elif self._inject_studies:
            self.post_message(StudiesLoaded(list(self.studies), [], keyring_ok=True))
        else:
            self.load_studies()

    @work(thread=True, exclusive=True, group="studies", exit_on_error=False)
    def load_studies(self) -> None:
        from koji_tui.ui.screens import store

        try:
            studies, problems, keyring_ok = store.load_studies(self.credentials)
        except Exception as exc:  # never a crash: say what failed, carry on with no studies
            self.post_message(
                StudiesLoaded(
                    [], [f"Could not load the studies: {type(exc).__name__}: {exc}"], False
                )
            )
            return
        self.post_message(StudiesLoaded(studies, problems, keyring_ok))

    @work(thread=True, exclusive=True, group="sandbox", exit_on_error=False)
    def start_sandbox(self) -> None:
        try:
            from koji_tui.server import ServerConfig, serve_in_thread

            cfg = self._sandbox_config
            if cfg is None:
                data = self.demo_dir() / "sandbox"
                data.mkdir(parents=True, exist_ok=True)
                cfg = ServerConfig(data_dir=data)
            srv = self._exit_stack.enter_context(serve_in_thread(cfg))
        except Exception as exc:  # shown as a message, never a crash
            self.post_message(SandboxFailed(f"{type(exc).__name__}: {exc}"))
            return
        self.sandbox = srv
        studies = [
            StudyEntry(
                name=study.name,
                base_url=srv.base_url,
                api_key=srv.key(study.id),
                source="demo",
                key_storage="demo",
                study_id=study.id,
            )
            for study in srv.studies
        ]
        self.post_message(SandboxReady(srv.base_url, studies))

    def on_sandbox_ready(self, message: SandboxReady) -> None:
        self.studies = [s for s in self.studies if s.source != "demo"] + message.studies
        self.studies_ready = True
        self.keyring_ok = self.keyring_ok if self.keyring_ok is not None else True
        self._broadcast()
        self.notify(
            f"Demo sandbox running at {message.base_url} with {len(message.studies)} studies.",
            title="Demo",
            timeout=4,  # short: it would cover the new-interview form's buttons
            markup=False,
        )

    def on_sandbox_failed(self, message: SandboxFailed) -> None:
        from koji_tui.ui.screens.main import MainScreen

        for screen in self.screen_stack:
            if isinstance(screen, MainScreen) and not self.studies:
                screen.show_placeholder(f"The demo sandbox could not start: {message.error}")
        self.notify(
            f"The demo sandbox could not start: {message.error}",
            title="Demo",
            severity="error",
            timeout=20,
            markup=False,
        )

    def on_studies_loaded(self, message: StudiesLoaded) -> None:
        demo = [s for s in self.studies if s.source == "demo"]
        # The demo shows its own studies only (as `koji-tui demo` does), even when the user's
        # list arrives after it was opened.
        own = [] if self.demo else [s for s in message.studies if s.source != "demo"]
        self.studies = own + demo
        self.keyring_ok = message.keyring_ok
        self.studies_ready = True
        for problem in message.problems:
            self.notify(problem, title="Studies", severity="warning", markup=False)
        self._broadcast()
        if not self.studies and not self.demo:
            from koji_tui.ui.screens.first_run import FirstRunScreen

            if self.screen_stack and not isinstance(self.screen, FirstRunScreen):
                self.push_screen(FirstRunScreen())
        elif self.check_pending:
            self.check_pending = False
            self.offer_resends()

    def _broadcast(self) -> None:
        """Show the current study list on every study-list screen."""
        from koji_tui.ui.screens.main import MainScreen

        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.show_studies(list(self.studies))

    @property
    def credentials(self) -> Any:
        """The one CredentialStore of this run (session-only keys live in it)."""
        if self._credentials is None:
            from koji_tui.config import CredentialStore

            self._credentials = CredentialStore()
        return self._credentials

    # --- the journal -----------------------------------------------------------

    # --- clients ---------------------------------------------------------------

    async def on_unmount(self) -> None:
        # First of all, the interviews this window drove are free for other windows (before
        # anything below can fail or take long).
        for journal in list(self._journals.values()):
            with contextlib.suppress(Exception):
                await asyncio.to_thread(journal.release_lease)
        for unsubscribe in self._unsubscribe:
            with contextlib.suppress(Exception):
                unsubscribe()
        for name in list(self._clients):
            await self.drop_client(name)
        for journal in self._journals.values():
            with contextlib.suppress(Exception):
                await asyncio.to_thread(journal.close)  # gives this window's leases back
        self._exit_stack.close()
        if self._demo_dir is not None and self.kept_demo_dir is None:
            import shutil

            await asyncio.to_thread(shutil.rmtree, self._demo_dir, ignore_errors=True)

    # --- navigation --------------------------------------------------------------

    def open_interview(self, study: StudyEntry, record_id: int, resend: bool = False) -> None:
        """Open a journaled interview (by its journal record id)."""
        from koji_tui.ui.screens.interview import InterviewScreen

        self.push_screen(InterviewScreen(study, record_id=record_id, resend=resend))

    def new_interview(self, study: StudyEntry) -> None:
        from koji_tui.ui.screens.new_interview import NewInterviewScreen

        if not study.has_key:
            self.notify(
                f"Study {study.name!r} has no API key. Edit the study (key e) to add one.",
                severity="warning",
                markup=False,
            )
            return

        def _start(result: dict[str, Any] | None) -> None:
            if result is None:
                return
            from koji_tui.ui.screens.interview import InterviewScreen

            self.push_screen(InterviewScreen(study, start=result))

        self.push_screen(NewInterviewScreen(study), _start)

    def open_demo(self) -> None:
        """Turn this run into the demo, exactly as ``koji-tui demo`` is: the sandbox's studies
        only (own journal, no study changes); quit to get back to your own studies."""
        from koji_tui.ui.screens.first_run import FirstRunScreen

        if isinstance(self.screen, FirstRunScreen):
            self.pop_screen()
        if self.sandbox is not None:
            self.notify("The demo sandbox is already running.")
            return
        self.demo = True
        self.sub_title = DEMO_SUB_TITLE
        self.studies = [s for s in self.studies if s.source == "demo"]
        self._broadcast()
        self.refresh_bindings()
        self.notify("Starting the demo sandbox…", timeout=3)
        self.start_sandbox()

    @work(thread=True, group="export", exit_on_error=False)
    def export_interview(self, study: StudyEntry, record_id: int) -> None:
        """Write Markdown + JSON of one interview under data/exports and say where."""
        from koji_tui.ui.screens import store

        try:
            written = store.export_record(self.journal_for(study), record_id)
        except Exception as exc:
            self.notify(
                f"Export failed: {type(exc).__name__}: {exc}", severity="error", markup=False
            )
            return
        # The folder on a line of its own and each file name on its own: paths are shown whole.
        folder = written[0].parent if written else ""
        names = "\n".join(f"  {p.name}" for p in written)
        self.notify(
            f"Exported to {folder}{os.sep}\n{names}", title="Export", timeout=10, markup=False
        )

    # --- background work ---------------------------------------------------------

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that failed is said, never silently dropped (every worker runs with
        exit_on_error=False, so the app stays up; its error comes here, and screens forward
        their own workers' here: the message does not bubble)."""
        self.report_worker(event)

    def report_worker(self, event: Worker.StateChanged) -> None:
        if event.state is not WorkerState.ERROR:
            return
        error = event.worker.error
        self.notify(
            f"Something went wrong in the background ({event.worker.name or 'a task'}): "
            f"{type(error).__name__}: {error}",
            severity="error",
            markup=False,
        )

    # --- quitting ----------------------------------------------------------------

    # --- actions -----------------------------------------------------------------


def run_app(demo: bool = False, **kwargs: Any) -> int:
    app = KojiApp(demo=demo, **kwargs)
    app.run()
    if app.kept_demo_dir is not None:
        print(
            f"The demo's interviews are kept in {app.kept_demo_dir}\n"
            "(`koji-tui export ID` reads them; delete the folder to discard them)."
        )
    return int(app.return_code or 0)


__all__ = ["HIGH_CONTRAST", "HIGH_CONTRAST_THEME", "Binding", "KojiApp", "run_app"]
