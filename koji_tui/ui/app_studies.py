"""The study list the app keeps: the user's studies (read in a thread), the demo's sandbox and
its studies, removing a study (its key too, in a thread), and telling the study-list screens
(the ``studies_changed`` Signal)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.signal import Signal

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import app_translator
from koji_tui.ui.host import Sandbox, StudyList, awaiting_sandbox
from koji_tui.ui.messages import SandboxReady, StudiesLoaded, StudyRemoved
from koji_tui.ui.screens import registry as screens

if TYPE_CHECKING:
    from koji_tui.ui.app_services import AppServices


@dataclass(frozen=True)
class DemoCatalog:
    """The demo's studies as their files describe them, before its sandbox is up: what the
    study list reads of a study (``study(id)``: its name, modes, locales and description)."""

    studies: tuple[Any, ...]  # the sandbox's SandboxStudy objects
    base_url: str = ""  # no server yet

    def study(self, study_id: str) -> Any:
        for study in self.studies:
            if study.id == study_id:
                return study
        raise KeyError(study_id)


class StudiesMixin(App[None]):
    """The studies and the sandbox (see the module docstring)."""

    services: AppServices
    demo: bool
    studies: list[StudyEntry]
    studies_ready: bool
    studies_changed: Signal[StudyList]
    keyring_ok: bool | None
    check_pending: bool
    sandbox: Sandbox | None
    demo_catalog: Sandbox | None
    _inject_studies: bool
    _sandbox_config: Any
    _demo_listing: tuple[list[Any], list[str]] | None
    _exit_stack: contextlib.ExitStack

    if TYPE_CHECKING:

        def offer_resends(self) -> Any: ...

        def seed_sample_interviews(self) -> None: ...

    @work(thread=True, exclusive=True, group="studies", exit_on_error=False)
    def load_studies(self) -> None:
        from koji_tui.ui.screens import store

        self.post_message(StudiesLoaded(*store.load_studies(self.services.credentials)))

    @work(thread=True, exclusive=True, group="keyring", exit_on_error=False)
    def check_keyring(self) -> None:
        """Whether keys can be kept in the system keyring (the study form says so): asked when
        there is no study, once the first-run screen is up (loading the keyring is slow)."""
        from koji_tui.ui.screens import store

        usable, _ = store.keyring_status(self.services.credentials)
        self.call_from_thread(self._keyring_checked, usable)

    def _keyring_checked(self, usable: bool) -> None:
        self.keyring_ok = usable

    def start_demo(self) -> None:
        """The demo: its study list first, then its sandbox (see :meth:`list_demo_studies`).
        Listed at once when the command line read the studies before the app started."""
        listing, self._demo_listing = self._demo_listing, None
        if listing is not None:
            # From the app's mount the screen's first refresh lays it out; the next draws it.
            self._demo_listed(*listing, frames=2)
        else:
            self.list_demo_studies()

    @work(thread=True, exclusive=True, group="demo-list", exit_on_error=False)
    def list_demo_studies(self) -> None:
        """Read the demo's studies from their files (the standard library only: no server
        yet) and list them; the sandbox starts once the list is on screen, so its start (the
        web server's imports, its database) does not hold the list back. Files that cannot be
        read list nothing: the sandbox starts anyway, and says what is wrong."""
        from koji_tui.server.catalog import load_studies, study_api_key

        try:
            listed = load_studies(getattr(self._sandbox_config, "studies_dir", None))
        except Exception:  # the sandbox reads the same files and reports the problem
            listed = []
        keys = [study_api_key(study.id) for study in listed]  # the sandbox's keys (fixed)
        self.call_from_thread(self._demo_listed, listed, keys)

    def _demo_listed(self, listed: Sequence[Any], keys: Sequence[str], frames: int = 1) -> None:
        if self.sandbox is None and listed:
            self.demo_catalog = DemoCatalog(tuple(listed))
            # No server address until the sandbox is up (demo_starting says so).
            pending = [
                StudyEntry(
                    name=study.name,
                    base_url="",
                    api_key=key,
                    source="demo",
                    key_storage="demo",
                    study_id=study.id,
                )
                for study, key in zip(listed, keys, strict=True)
            ]
            self.studies = [s for s in self.studies if s.source != "demo"] + pending
            self._broadcast()
        # Once the screen has drawn the list (its callbacks run after its next refresh).
        self._after_frames(frames, self.start_sandbox)

    def _after_frames(self, frames: int, callback: Callable[[], Any]) -> None:
        if frames <= 1:
            self.screen.call_after_refresh(callback)
        else:
            self.screen.call_after_refresh(self._after_frames, frames - 1, callback)

    def leave_first_run(self) -> None:
        """The welcome screen is done (a study was added, the demo opened, or the studies read
        found one): the study list. The welcome screen was pushed over it, or the app opened on
        it (``welcome``): then the list is made now, over it (Textual replaces no first screen)."""
        if screens.screen_kind(self.screen) != "first-run":
            return
        if len(self.screen_stack) > 1:
            self.pop_screen()
        else:
            self.push_screen(screens.main_screen())

    def demo_starting(self, study: StudyEntry) -> bool:
        """Whether ``study`` is a demo study listed before the sandbox is up (then it says
        so): nothing can be started or read on it yet."""
        if not awaiting_sandbox(study):
            return False
        self.notify(app_translator().gettext("Starting the demo sandbox…"), timeout=3)
        return True

    @work(thread=True, exclusive=True, group="sandbox", exit_on_error=False)
    def start_sandbox(self) -> None:
        from koji_tui.server import ServerConfig, serve_in_thread

        cfg = self._sandbox_config
        if cfg is None:
            data = self.services.journals.demo_dir() / "sandbox"
            data.mkdir(parents=True, exist_ok=True)
            cfg = ServerConfig(data_dir=data)
        srv = self._exit_stack.enter_context(serve_in_thread(cfg))
        # Not self.sandbox here: set from this thread, a listing of the studies from before
        # the sandbox, handled meanwhile, would look like the sandbox's (it has no address).
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
        self.post_message(SandboxReady(srv.base_url, studies, srv))

    def on_sandbox_ready(self, message: SandboxReady) -> None:
        self.studies = [s for s in self.studies if s.source != "demo"] + message.studies
        self.demo_catalog = None
        self.sandbox = message.server  # with its studies: never seen with the list before it
        self.studies_ready = True
        self.keyring_ok = self.keyring_ok if self.keyring_ok is not None else True
        self._broadcast()
        tr = app_translator()
        if getattr(self, "presenter", False):  # no port on a presenter's screen
            said = tr.ngettext(
                "The demo is ready: {n} sample study.",
                "The demo is ready: {n} sample studies.",
                len(message.studies),
            ).format(n=len(message.studies))
        else:
            said = tr.ngettext(
                "Demo sandbox running at {url} with {n} study.",
                "Demo sandbox running at {url} with {n} studies.",
                len(message.studies),
            ).format(url=message.base_url, n=len(message.studies))
        self.notify(
            said,
            title=tr.gettext("Demo"),
            timeout=4,  # short: it would cover the new-interview form's buttons
            markup=False,
        )
        self.seed_sample_interviews()

    def _sandbox_failed(self, error: BaseException | None) -> None:
        tr = app_translator()
        said = tr.gettext("The demo sandbox could not start: {error}").format(
            error=f"{type(error).__name__}: {error}"
        )
        self.studies = [s for s in self.studies if s.source != "demo" or s.base_url]
        self.demo_catalog = None
        if self.studies:
            self._broadcast()
        else:
            self.studies_changed.publish(StudyList(note=said))
        self.notify(said, title=tr.gettext("Demo"), severity="error", timeout=20, markup=False)

    def on_studies_loaded(self, message: StudiesLoaded) -> None:
        demo = [s for s in self.studies if s.source == "demo"]
        # The demo shows its own studies only (as `koji-tui demo` does), even when the user's
        # list arrives after it was opened.
        own = [] if self.demo else [s for s in message.studies if s.source != "demo"]
        self.studies = own + demo
        if message.keyring_ok is not None:  # None: not asked (no study), said later
            self.keyring_ok = message.keyring_ok
        self.studies_ready = True
        for problem in message.problems:
            self.notify(
                problem,
                title=app_translator().gettext("Studies"),
                severity="warning",
                markup=False,
            )
        self._broadcast()
        if self.studies and len(self.screen_stack) == 1:
            self.leave_first_run()  # the app opened on the welcome screen (KojiApp welcome)
        if not self.studies and not self.demo:
            if self.screen_stack and screens.screen_kind(self.screen) != "first-run":
                self.push_screen("first-run")
        elif self.check_pending:
            self.check_pending = False
            self.screen.call_after_refresh(self.offer_resends)
        if self.keyring_ok is None:  # not asked yet (no study): once the screen is drawn
            self.screen.call_after_refresh(self.check_keyring)

    def _studies_failed(self, error: BaseException | None) -> None:
        """Never a crash: say what failed, carry on with no studies."""
        said = (
            app_translator()
            .gettext("Could not load the studies: {error}")
            .format(error=f"{type(error).__name__}: {error}")
        )
        self.post_message(StudiesLoaded([], [said], False))

    def _broadcast(self) -> None:
        """Show the current study list on every study-list screen (they subscribe)."""
        self.studies_changed.publish(StudyList(list(self.studies)))

    def refresh_studies(self) -> None:
        """Read the studies again (injected ones are shown again; the demo's stay)."""
        if self._inject_studies:
            self._broadcast()
        elif not self.demo:
            self.load_studies()

    @work(thread=True, group="remove-study", exit_on_error=False)
    def remove_study(self, study: StudyEntry) -> None:
        """Remove a saved study, then its key (the keyring may block: in a thread)."""
        from koji_tui.ui.screens import store

        warning = store.remove_study(self.services.credentials, study.name)
        self.post_message(StudyRemoved(study.name, warning))

    def _remove_failed(self, error: BaseException | None) -> None:
        self.notify(
            app_translator().gettext("Could not remove the study: {error}").format(error=error),
            severity="error",
            markup=False,
        )
        self.load_studies()  # the list says what is still there

    def on_study_removed(self, message: StudyRemoved) -> None:
        self.notify(
            app_translator()
            .gettext("Study {name} removed (its interviews stay in the journal).")
            .format(name=repr(message.name)),
            markup=False,
        )
        if message.warning:
            self.notify(message.warning, severity="warning", timeout=12, markup=False)
        self.load_studies()
