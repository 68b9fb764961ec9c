"""The app's services in use: the keyring and the files touched off the event loop only, and
a failed worker said once, in its own words, by the one handler (``KojiApp.report_worker``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app_helpers import screen_text, toasts, wait_for
from textual.widgets import Input, OptionList

from koji_tui import paths
from koji_tui.config.entry import StudyEntry
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.main import MainScreen
from tests.pilot import driven

SECRET = "pk_test_SECRETSECRETSECRETSECRET0002"


def _write_studies(*names: str) -> None:
    data = {
        "version": 1,
        "studies": [{"name": n, "base_url": f"https://{n.lower()}.example"} for n in names],
    }
    (paths.config_dir() / "studies.json").write_text(json.dumps(data))


async def _loaded(pilot: Any) -> None:
    await wait_for(pilot, lambda: pilot.app.studies_ready, what="studies loaded")
    await pilot.pause()


async def test_every_keyring_and_settings_call_runs_off_the_event_loop() -> None:
    """Loading the studies, saving one, removing one, the keymap and the theme: the keyring
    and the files are touched in threads (a keyring may block for seconds), never on the
    loop."""
    import threading

    from koji_tui.config import CredentialStore, SettingsFiles
    from tests.store.keyrings import MemoryKeyring

    threads: list[tuple[str, int]] = []

    class Recording(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            threads.append(("get", threading.get_ident()))
            return super().get_password(service, username)

        def set_password(self, service: str, username: str, password: str) -> None:
            threads.append(("set", threading.get_ident()))
            super().set_password(service, username, password)

        def delete_password(self, service: str, username: str) -> None:
            threads.append(("delete", threading.get_ident()))
            super().delete_password(service, username)

    class Settings(SettingsFiles):
        def load(self) -> Any:
            threads.append(("settings", threading.get_ident()))
            return super().load()

        def load_keymap(self, known_ids: set[str] | None = None) -> Any:
            threads.append(("keymap", threading.get_ident()))
            return super().load_keymap(known_ids)

        def save_theme(self, theme: str) -> None:
            threads.append(("theme", threading.get_ident()))
            super().save_theme(theme)

    backend = Recording()
    backend.store[("koji-tui", "Beta")] = SECRET
    _write_studies("Alpha", "Beta")
    app = KojiApp(credentials=CredentialStore(backend=backend), settings=Settings())
    async with driven(app, size=(80, 24)) as pilot:
        loop_thread = threading.get_ident()
        await _loaded(pilot)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#study-key", Input).value = SECRET
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: any(k == "set" for k, _ in threads), what="saved")
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), what="the list")
        option_list = app.screen.query_one("#studies", OptionList)
        option_list.highlighted = [s.name for s in app.studies].index("Beta")
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(pilot, lambda: app.study("Beta") is None, what="removed")
        await pilot.press("f8")  # high contrast: the theme is remembered
        await wait_for(pilot, lambda: any(k == "theme" for k, _ in threads), what="theme")
    kinds = {kind for kind, _ in threads}
    assert {"get", "set", "delete", "settings", "keymap", "theme"} <= kinds
    assert [kind for kind, thread in threads if thread == loop_thread] == []
    assert ("koji-tui", "Beta") not in backend.store


async def test_a_sandbox_that_cannot_start_is_said_in_the_list_and_a_toast(tmp_path: Path) -> None:
    """The demo's worker fails (its data folder is a file): the one failure handler says so,
    in place of the study list and in a toast; the app stays up."""
    from koji_tui.server import ServerConfig

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    app = KojiApp(demo=True, sandbox_config=ServerConfig(data_dir=blocker))
    async with driven(app, size=(100, 30), notifications=True) as pilot:
        await wait_for(pilot, lambda: "could not start" in screen_text(app), 30, what="the failure")
        assert isinstance(app.screen, MainScreen) and app.is_running
        assert any("The demo sandbox could not start" in toast for toast in toasts(app))
        assert not any("Something went wrong" in toast for toast in toasts(app))


async def test_an_export_that_fails_says_so_in_words() -> None:
    studies = [StudyEntry("Alpha", "http://127.0.0.1:9", SECRET, key_storage="session")]
    app = KojiApp(studies=studies, check_pending=False)
    async with driven(app, size=(100, 30), notifications=True) as pilot:
        await _loaded(pilot)
        app.export_interview(studies[0], 424242)  # no such interview in the journal
        await wait_for(pilot, lambda: any("Export failed" in t for t in toasts(app)), what="toast")
        assert not any("Something went wrong" in toast for toast in toasts(app))
