"""The app without a server: first run, studies (add/edit/remove), keymap, palette, forms."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from app_helpers import screen_text, toasts, wait_for
from textual.widgets import Checkbox, Input, OptionList

from koji_tui import paths
from koji_tui.config.entry import StudyEntry
from koji_tui.ui.app import HIGH_CONTRAST, KojiApp
from koji_tui.ui.messages import StudiesLoaded
from koji_tui.ui.screens.common import describe_error, visible
from koji_tui.ui.screens.first_run import FirstRunScreen
from koji_tui.ui.screens.help import HelpScreen
from koji_tui.ui.screens.main import MainScreen
from koji_tui.ui.screens.new_interview import (
    VOICE_NOTE,
    NewInterviewScreen,
    build_start_args,
    parse_metadata,
)
from koji_tui.ui.screens.study_form import StudyFormScreen
from tests.pilot import driven

SECRET = "pk_test_SECRETSECRETSECRETSECRET0001"


async def _loaded(pilot: Any) -> None:
    await wait_for(pilot, lambda: pilot.app.studies_ready, what="studies loaded")
    await pilot.pause()


async def test_first_run_offers_to_add_a_study_or_open_the_demo(no_keyring: None) -> None:
    app = KojiApp()
    async with driven(app, size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, FirstRunScreen), what="first run")
        text = screen_text(app)
        assert "There is no study yet" in text
        assert "Add a study" in text and "Open the demo" in text
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, StudyFormScreen)


async def test_adding_a_study_without_keyring_keeps_the_key_for_the_session_only(
    no_keyring: None,
) -> None:
    app = KojiApp()
    async with driven(app, size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, FirstRunScreen), what="first run")
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, StudyFormScreen)
        text = screen_text(app)
        assert "No keyring backend" in text  # says plainly, and what to do
        assert "keyrings.alt" in text
        checkbox = form.query_one("#study-session-only", Checkbox)
        assert checkbox.value is True and checkbox.disabled

        # Bad input gets a clear message and loses nothing.
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Give the study a name." in screen_text(app)
        form.query_one("#study-name", Input).value = "Onboarding"
        form.query_one("#study-url", Input).value = "ftp://nope"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "must start with http:// or https://" in screen_text(app)
        assert form.query_one("#study-name", Input).value == "Onboarding"

        form.query_one("#study-url", Input).value = "https://koji.example"
        form.query_one("#study-key", Input).value = SECRET
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), what="back on main")
        await wait_for(pilot, lambda: any(s.name == "Onboarding" for s in app.studies))
        await pilot.pause()
        study = app.study("Onboarding")
        assert study is not None and study.api_key == SECRET
        assert study.key_storage == "session"
        text = screen_text(app)
        assert "Onboarding" in text and "key for this session" in text
        assert SECRET not in text
        assert SECRET not in repr(study)
    saved = (paths.config_dir() / "studies.json").read_text()
    assert "Onboarding" in saved and SECRET not in saved


async def test_env_study_appears_without_setup(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KOJI_BASE_URL", "http://127.0.0.1:8799")
    monkeypatch.setenv("KOJI_API_KEY", SECRET)
    app = KojiApp()
    async with driven(app, size=(120, 40), notifications=True) as pilot:
        await _loaded(pilot)
        assert isinstance(app.screen, MainScreen)
        [study] = app.studies
        assert study.source == "env" and study.api_key == SECRET
        text = screen_text(app)
        assert "env: 127.0.0.1:8799" in text and "key from environment" in text
        assert SECRET not in text
        # It cannot be edited or removed from the app: it says why.
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert any("cannot be edited" in toast for toast in toasts(app))


async def test_a_broken_koji_base_url_hides_only_the_env_study(
    no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_studies("Alpha", "Beta")
    monkeypatch.setenv("KOJI_BASE_URL", "http://[::1")  # urlsplit: "Invalid IPv6 URL"
    monkeypatch.setenv("KOJI_API_KEY", SECRET)
    app = KojiApp()
    async with driven(app, size=(120, 40), notifications=True) as pilot:
        await _loaded(pilot)
        assert isinstance(app.screen, MainScreen)
        assert [s.name for s in app.studies] == ["Alpha", "Beta"]
        messages = toasts(app)
        assert any("KOJI_BASE_URL is not usable" in m for m in messages), messages
        assert not any("Could not load the studies" in m for m in messages), messages
        assert SECRET not in screen_text(app)


def _write_studies(*names: str) -> None:
    data = {
        "version": 1,
        "studies": [{"name": n, "base_url": f"https://{n.lower()}.example"} for n in names],
    }
    (paths.config_dir() / "studies.json").write_text(json.dumps(data))


async def test_saved_study_without_key_says_so_and_new_interview_is_refused(
    no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write_studies("Alpha")
    # KOJI_API_KEY alone must not be sent to another server than KOJI_BASE_URL.
    monkeypatch.setenv("KOJI_API_KEY", SECRET)
    app = KojiApp()
    async with driven(app, size=(80, 24), notifications=True) as pilot:
        await _loaded(pilot)
        [study] = app.studies
        assert study.api_key is None
        assert "NO KEY" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert any("has no API key" in toast for toast in toasts(app))


async def test_edit_and_remove_a_study(no_keyring: None) -> None:
    _write_studies("Alpha", "Beta")
    app = KojiApp()
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        assert [s.name for s in app.studies] == ["Alpha", "Beta"]
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, StudyFormScreen)
        form.query_one("#study-name", Input).value = "Alpha renamed"
        form.query_one("#study-key", Input).value = SECRET
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.study("Alpha renamed") is not None, what="renamed")
        assert app.study("Alpha renamed").api_key == SECRET  # type: ignore[union-attr]

        option_list = app.screen.query_one("#studies", OptionList)
        option_list.highlighted = [s.name for s in app.studies].index("Beta")
        await pilot.press("delete")
        await pilot.pause()
        assert "Remove study 'Beta'" in screen_text(app)
        await pilot.press("escape")  # "Keep"
        await pilot.pause()
        assert app.study("Beta") is not None
        await pilot.press("delete")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(pilot, lambda: app.study("Beta") is None, what="removed")
    saved = json.loads((paths.config_dir() / "studies.json").read_text())
    assert [s["name"] for s in saved["studies"]] == ["Alpha renamed"]


async def test_keymap_remaps_show_in_help_and_work(no_keyring: None) -> None:
    (paths.config_dir() / "keymap.toml").write_text(
        '"main.new_interview" = "ctrl+n"\n"nonsense.binding" = "f12"\n'
    )
    studies = [StudyEntry("Alpha", "http://127.0.0.1:9", SECRET, key_storage="session")]
    app = KojiApp(studies=studies)
    async with driven(app, size=(120, 40), notifications=True) as pilot:
        await _loaded(pilot)
        # the unknown id is reported, not fatal
        assert any("nonsense.binding" in toast for toast in toasts(app))
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = {ident: keys for keys, _d, _t, ident in app.screen.rows}
        assert rows["main.new_interview"] == "^n"
        assert "main.new_interview" in screen_text(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("n")  # the old key no longer opens the form
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.screen, NewInterviewScreen)


async def test_palette_lists_named_actions_and_contrast_toggles() -> None:
    studies = [StudyEntry("Alpha", "http://127.0.0.1:9", SECRET, key_storage="session")]
    app = KojiApp(studies=studies)
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for title in (
            "New interview",
            "Add study",
            "Export transcript",
            "Help",
            "Toggle high contrast",
        ):
            assert title in titles
        helps = {c.title: c.help for c in app.get_system_commands(app.screen)}
        assert "(key: n" in helps["New interview"]
        assert app.theme != HIGH_CONTRAST
        toggle = next(
            c for c in app.get_system_commands(app.screen) if c.title == "Toggle high contrast"
        )
        await toggle.callback()
        assert app.theme == HIGH_CONTRAST
        await pilot.press("f8")
        assert app.theme != HIGH_CONTRAST
        await pilot.press("f8")
        assert app.theme == HIGH_CONTRAST
    again = KojiApp(studies=studies)  # the choice is remembered
    async with driven(again, size=(80, 24)) as pilot:
        await _loaded(pilot)
        assert again.theme == HIGH_CONTRAST


async def test_new_interview_form_returns_the_start_arguments() -> None:
    studies = [StudyEntry("Alpha", "http://127.0.0.1:9", SECRET, key_storage="session")]
    app = KojiApp(studies=studies)
    results: list[Any] = []
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        app.push_screen(NewInterviewScreen(studies[0]), results.append)
        await pilot.pause()
        await pilot.press(*"Jane")
        form = app.screen
        form.query_one("#respondent-external-id", Input).value = "crm-1"
        form.query_one("#respondent-metadata", Input).value = "source=crm, oops"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "has no '='" in screen_text(app)
        form.query_one("#respondent-metadata", Input).value = "source=crm; segment=smb"
        form.query_one("#locale", Input).value = "fr"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert results == [
        {
            "respondent": {
                "external_id": "crm-1",
                "display_name": "Jane",
                "metadata": {"source": "crm", "segment": "smb"},
            },
            "mode": "text",
            "locale": "fr",
        }
    ]


async def test_mode_choice_reads_without_colour_and_voice_says_why_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With NO_COLOR the chosen mode is still visible: only the chosen radio has a dot."""
    monkeypatch.setenv("NO_COLOR", "1")
    studies = [StudyEntry("Alpha", "http://127.0.0.1:9", SECRET, key_storage="session")]
    app = KojiApp(studies=studies)
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        app.push_screen(NewInterviewScreen(studies[0]))
        await pilot.pause()
        [mode_row] = [row for row in screen_text(app).splitlines() if "Mode" in row]
        assert "●▌ Text" in mode_row and "▐ ▌ Voice" in mode_row
        app.screen.query_one("#mode-voice").value = True
        await pilot.pause()
        [mode_row] = [row for row in screen_text(app).splitlines() if "Mode" in row]
        assert "●▌ Voice" in mode_row and "▐ ▌ Text" in mode_row
        # Voice cannot run here: the note says why once (twice pushed the buttons off an
        # 80x24 screen), nothing starts, and the focus goes to where it is fixed.
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NewInterviewScreen)
        assert screen_text(app).count("Voice interviews need") == 1
        assert app.focused is app.screen.query_one("#mode")


def test_form_helpers_refuse_bad_input_clearly() -> None:
    with pytest.raises(ValueError, match="terminal cannot provide"):
        build_start_args("", "", "", "voice", "")
    assert "WebSocket" in VOICE_NOTE
    with pytest.raises(ValueError, match="not a locale"):
        build_start_args("", "", "", "text", "english please")
    with pytest.raises(ValueError, match="appears twice"):
        parse_metadata("a=1, a=2")
    assert build_start_args("", "", "", "text", "") == {
        "respondent": None,
        "mode": "text",
        "locale": None,
    }


class AuthenticationError(Exception):
    status_code = 401
    server_error = "Invalid API key"


class TransportError(Exception):
    status_code = None
    server_error = None


def test_errors_are_worded_for_people_and_never_carry_markup() -> None:
    text, offline = describe_error(AuthenticationError("x"), "Onboarding", "start the interview")
    assert text.startswith("The API key for study 'Onboarding' was rejected (401)")
    assert not offline
    text, offline = describe_error(TransportError("connection refused"), "Onboarding")
    assert offline and "offline" in text
    assert visible("a\x1b[31mb") == "a␛[31mb"


def test_studies_loaded_message_carries_no_key() -> None:
    entry = StudyEntry("A", "http://x", SECRET)
    assert SECRET not in repr(StudiesLoaded([entry], [], True).studies)


def test_no_tcss_is_missing() -> None:
    folder = paths.styles_dir()
    for name in ("app.tcss", "screens.tcss"):
        assert (folder / name).is_file()
    assert Path(folder / "app.tcss").read_text().strip()


async def test_export_writes_markdown_and_json_without_secrets() -> None:
    from koji_tui.journal import Journal

    journal = Journal()
    record = journal.create_interview(
        study_name="Alpha",
        base_url="http://127.0.0.1:9",
        interview_id="int_export1",
        session_token="stk_SECRET_TOKEN",
        respondent={"display_name": "Jane"},
        opening_message="Hi Jane! [bold]How[/] are you?",
    )
    journal.close()
    studies = [StudyEntry("Alpha", "http://127.0.0.1:9", SECRET, key_storage="session")]
    app = KojiApp(studies=studies)
    async with driven(app, size=(80, 24), notifications=True) as pilot:
        await _loaded(pilot)
        assert "Jane" in screen_text(app)
        await pilot.press("x")
        await wait_for(pilot, lambda: any("Exported to" in toast for toast in toasts(app)))
    folder = paths.data_dir() / "exports"
    markdown = (folder / "int_export1.md").read_text()
    data = json.loads((folder / "int_export1.json").read_text())
    assert "Jane" in markdown and data["interview_id"] == record.interview_id
    for text in (markdown, json.dumps(data)):
        assert "stk_SECRET_TOKEN" not in text and SECRET not in text


async def test_chrome_hides_for_field_sessions() -> None:
    studies = [StudyEntry("Alpha", "http://127.0.0.1:9", SECRET, key_storage="session")]
    app = KojiApp(studies=studies)
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        assert "f1 Help" in screen_text(app)
        await pilot.press("f9")
        await pilot.pause()
        assert "f1 Help" not in screen_text(app)
        assert "Alpha" in screen_text(app)
        await pilot.press("f9")
        await pilot.pause()
        assert "f1 Help" in screen_text(app)


class MemoryKeyring:
    """A keyring backend in memory (the OS keyring never runs in tests)."""

    priority = 1

    def __init__(self) -> None:
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


async def test_key_goes_to_the_keyring_unless_session_only(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class Backend(MemoryKeyring, KeyringBackend):
        pass

    backend = Backend()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    _write_studies("Alpha")
    app = KojiApp()
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, StudyFormScreen)
        assert "system keyring" in screen_text(app)
        assert not form.query_one("#study-session-only", Checkbox).disabled
        form.query_one("#study-key", Input).value = SECRET
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.study("Alpha") and app.study("Alpha").has_key)  # type: ignore[union-attr]
        assert app.study("Alpha").key_storage == "keyring"  # type: ignore[union-attr]
        assert backend.store[("koji-tui", "Alpha")] == SECRET

        # switch the same key to "this session only": it leaves the keyring
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#study-session-only", Checkbox).value = True
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: app.study("Alpha").key_storage == "session")  # type: ignore[union-attr]
        assert ("koji-tui", "Alpha") not in backend.store
        assert app.study("Alpha").api_key == SECRET  # type: ignore[union-attr]


def test_a_new_study_in_the_app_never_inherits_a_stale_keyring_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import keyring

    from koji_tui.config import CredentialStore
    from koji_tui.config.credentials import SERVICE
    from koji_tui.ui.screens import store
    from tests.store.keyrings import MemoryKeyring

    backend = MemoryKeyring()
    backend.store[(SERVICE, "C")] = SECRET  # left behind by a remove whose delete failed
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    creds = CredentialStore()
    entry, _ = store.save_study(
        creds, None, name="C", base_url="https://other.example", api_key=None, session_only=False
    )
    assert entry.key_storage == "missing" and backend.store == {}
    studies, _, _ = store.load_studies(creds)
    assert [(s.name, s.key_storage) for s in studies] == [("C", "missing")]
