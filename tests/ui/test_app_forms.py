"""Issue 15's form and dialog items: safe defaults, fast typing, what a study offers, notes."""

from __future__ import annotations

import json
from typing import Any

import pytest
from app_helpers import screen_text, wait_for
from textual import events
from textual.widgets import Button, Input, OptionList

from koji_tui import paths
from koji_tui.config.entry import StudyEntry
from koji_tui.journal import Journal
from koji_tui.server.catalog import study_api_key
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.confirm import ConfirmScreen
from koji_tui.ui.screens.main import MainScreen
from koji_tui.ui.screens.new_interview import NewInterviewScreen
from koji_tui.ui.screens.study_facts import StudyFacts, facts_for
from koji_tui.ui.screens.study_form import StudyFormScreen
from tests.pilot import driven

SECRET = "pk_test_SECRETSECRETSECRETSECRET0001"
LOOPBACK = "http://127.0.0.1:9"


def sample(study_id: str, name: str = "Sample") -> StudyEntry:
    """A saved study on a loopback `koji-tui serve` with a sample study's printed key."""
    return StudyEntry(name, LOOPBACK, study_api_key(study_id), key_storage="session")


async def _loaded(pilot: Any) -> None:
    await wait_for(pilot, lambda: pilot.app.studies_ready, what="studies loaded")
    await pilot.pause()


def _write_studies(*studies: dict[str, str]) -> None:
    data = {"version": 1, "studies": list(studies)}
    (paths.config_dir() / "studies.json").write_text(json.dumps(data))


def burst(app: Any, keys: str) -> None:
    """Keys as a terminal delivers a fast burst (tmux send-keys, a password manager):
    all read at once, with no pause for the app to act on one before the next arrives."""
    for char in keys:
        key = {"\t": "tab", " ": "space"}.get(char, char)
        app.post_message(events.Key(key, char))


# --- 2. destructive questions default to the safe answer -------------------------------


@pytest.mark.parametrize(
    ("destructive", "enter_means"), [(True, False), (False, True)], ids=["destructive", "plain"]
)
async def test_enter_picks_the_safe_answer_of_a_destructive_question(
    destructive: bool, enter_means: bool
) -> None:
    app = KojiApp(studies=[])
    answers: list[bool | None] = []
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        app.push_screen(
            ConfirmScreen("Remove?", "Really?", yes="Remove", destructive=destructive),
            answers.append,
        )
        await pilot.pause()
        if destructive:
            assert app.focused is app.screen.query_one("#no", Button)
            assert "Remove (y)" in screen_text(app)  # its own key, on its button
        await pilot.press("enter")
        await pilot.pause()
        assert answers == [enter_means]
        app.push_screen(
            ConfirmScreen("Remove?", "Really?", yes="Remove", destructive=destructive),
            answers.append,
        )
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert answers == [enter_means, True]


@pytest.mark.parametrize(
    ("storage", "said", "not_said"),
    [
        ("session", "kept for this session only", "keyring"),
        ("missing", "It has no stored API key", "keyring"),
        ("keyring", "delete its API key from the keyring", "session"),
    ],
)
async def test_remove_says_what_happens_to_the_key_and_enter_keeps_the_study(
    storage: str, said: str, not_said: str
) -> None:
    _write_studies({"name": "Alpha", "base_url": "https://alpha.example"})
    key = None if storage == "missing" else SECRET
    app = KojiApp(studies=[StudyEntry("Alpha", "https://alpha.example", key, key_storage=storage)])
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        await pilot.press("delete")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        text = screen_text(app)
        assert said in text and not_said not in text.split("Remove study", 1)[1]
        assert "its stored key" not in text
        await pilot.press("enter")  # a reflex Enter keeps the study
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
    saved = json.loads((paths.config_dir() / "studies.json").read_text())
    assert [s["name"] for s in saved["studies"]] == ["Alpha"]


# --- 16. a fast burst of keys lands in the field it was typed for ----------------------


async def test_a_fast_burst_across_fields_lands_in_each_field() -> None:
    studies = [StudyEntry("Alpha", "https://alpha.example", SECRET, key_storage="session")]
    app = KojiApp(studies=studies)
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        app.push_screen(NewInterviewScreen(studies[0]))
        await pilot.pause()
        burst(app, "Jane Smith\tcrm-001\tsource=x")
        await wait_for(
            pilot,
            lambda: app.screen.query_one("#respondent-metadata", Input).value == "source=x",
            what="the burst typed",
        )
        form = app.screen
        assert form.query_one("#respondent-name", Input).value == "Jane Smith"
        assert form.query_one("#respondent-external-id", Input).value == "crm-001"
        await pilot.press("escape")
        app.push_screen(StudyFormScreen(None))  # the study form too (FormScreen has the fix)
        await pilot.pause()
        burst(app, "Beta\thttp://b.example")
        await wait_for(
            pilot,
            lambda: "b.example" in app.screen.query_one("#study-url", Input).value,
            what="the burst typed",
        )
        assert app.screen.query_one("#study-name", Input).value == "Beta"


# --- 7. a voice-only study says so before anyone tries -----------------------------------


async def test_a_voice_only_study_says_so_in_the_list_and_the_form() -> None:
    studies = [sample("acme-product-feedback", "Acme"), sample("voice-checkin", "Check-in")]
    app = KojiApp(studies=studies)
    results: list[Any] = []
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        rows = screen_text(app).splitlines()
        [voice_row] = [row for row in rows if "Check-in" in row]
        text_row = next(row for row in rows if "Acme" in row)
        assert "[voice only]" in voice_row and "[voice only]" not in text_row
        app.screen.query_one("#studies", OptionList).highlighted = 1
        await pilot.pause()
        assert "Voice only: it cannot run in a terminal." in screen_text(app)
        app.push_screen(NewInterviewScreen(studies[1]), results.append)
        await pilot.pause()
        text = screen_text(app)
        assert "runs voice interviews only" in text
        assert "Choose text" not in text  # the text-study advice would be wrong here
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NewInterviewScreen)  # not started...
        assert "Not started: this study is voice-only" in screen_text(app)  # ...and says so
    assert results == []


async def test_ctrl_s_with_voice_chosen_says_nothing_started() -> None:
    studies = [StudyEntry("Alpha", "https://alpha.example", SECRET, key_storage="session")]
    app = KojiApp(studies=studies)
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        app.push_screen(NewInterviewScreen(studies[0]))
        await pilot.pause()
        app.screen.query_one("#mode-voice").value = True
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = screen_text(app)
        assert "Not started: voice cannot run in a terminal" in text
        assert text.count("Voice interviews need") == 1
        assert "Start ^s" in text  # the buttons stay on an 80x24 screen


# --- 14. the form lists the study's locales and refuses one it does not offer -------------


async def test_the_form_lists_the_locales_and_says_when_one_is_not_offered() -> None:
    studies = [sample("cafe-habitos", "Café"), sample("remote-work-tools", "Remote")]
    app = KojiApp(studies=studies)
    results: list[Any] = []
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        app.push_screen(NewInterviewScreen(studies[0]), results.append)
        await pilot.pause()
        assert "This study offers es (the default) only." in screen_text(app)
        app.screen.query_one("#locale", Input).value = "it"
        await pilot.pause()
        assert "'it' is not one of this study's locales (es)" in screen_text(app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "Not started: 'it' is not one of this study's locales" in screen_text(app)
        assert results == []
        app.screen.query_one("#locale", Input).value = "es"
        await pilot.press("ctrl+s")
        await pilot.pause()
        app.push_screen(NewInterviewScreen(studies[1]), results.append)
        await pilot.pause()
        assert "This study offers en (the default) and fr, de." in screen_text(app)
        app.screen.query_one("#locale", Input).value = "fr-CA"  # served as fr
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert [r["locale"] for r in results] == ["es", "fr-CA"]


async def test_a_real_server_study_says_the_server_decides_the_locale() -> None:
    studies = [StudyEntry("Alpha", "https://alpha.example", SECRET, key_storage="session")]
    app = KojiApp(studies=studies)
    results: list[Any] = []
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        app.push_screen(NewInterviewScreen(studies[0]), results.append)
        await pilot.pause()
        assert "The server decides: a locale it lacks falls back" in screen_text(app)
        app.screen.query_one("#locale", Input).value = "it"
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert results[0]["locale"] == "it"


def test_study_facts_come_from_the_demo_sandbox_or_a_sample_key_only() -> None:
    class FakeSandbox:
        def study(self, study_id: str) -> Any:
            assert study_id == "s1"
            return type(
                "S", (), {"name": "S", "modes": ("voice",), "locale": "en", "locales": ("en",)}
            )()

    demo = StudyEntry("S", LOOPBACK, "pk_x_12345678", source="demo", study_id="s1")
    assert facts_for(demo, FakeSandbox()).voice_only
    assert facts_for(sample("cafe-habitos")).locales == ("es",)
    remote = StudyEntry("R", "https://koji.example", study_api_key("voice-checkin"))
    assert facts_for(remote) == StudyFacts()  # a real server: nothing known, the server decides
    assert StudyFacts().offers_locale("it") is None


# --- 13. the interview list shows the respondent's external id and locale ----------------


async def test_the_interview_list_shows_external_id_and_locale() -> None:
    journal = Journal()
    journal.create_interview(
        study_name="Alpha",
        base_url="https://alpha.example",
        interview_id="int_one",
        session_token="stk_never_shown",
        respondent={"display_name": "Jane Smith", "external_id": "crm-001"},
        mode="text",
        locale="fr",
        started_at="2026-11-11T09:31:00.000Z",
        opening_message="Bonjour",
    )
    journal.close()
    studies = [StudyEntry("Alpha", "https://alpha.example", SECRET, key_storage="session")]
    app = KojiApp(studies=studies)
    async with driven(app, size=(120, 40)) as pilot:
        await _loaded(pilot)
        text = screen_text(app)
        assert "External id" in text and "Locale" in text
        [row] = [line for line in text.splitlines() if "int_one" in line]
        assert row.split()[:3] == ["Jane", "Smith", "crm-001"] and " fr " in row
        assert "stk_never_shown" not in text


# --- 15. the study dialogs: key placeholder and notes ------------------------------------


async def test_notes_are_shown_and_editable_and_the_key_field_fits_the_study() -> None:
    _write_studies({"name": "Alpha", "base_url": "https://alpha.example", "notes": "EU panel, Q3"})
    app = KojiApp()
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        assert "Alpha  alpha.example  [NO KEY]  EU panel, Q3" in screen_text(app)
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, StudyFormScreen)
        key = form.query_one("#study-key", Input)
        assert key.placeholder == "pk_live_… (this study has no key yet)"  # nothing to keep
        notes = form.query_one("#study-notes", Input)
        assert notes.value == "EU panel, Q3"
        notes.value = "EU panel, Q4"
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, MainScreen), what="saved")
        await wait_for(pilot, lambda: "EU panel, Q4" in screen_text(app), what="shown")
    saved = json.loads((paths.config_dir() / "studies.json").read_text())
    assert saved["studies"][0]["notes"] == "EU panel, Q4"


def test_the_key_placeholder_only_offers_to_keep_a_key_that_exists() -> None:
    from koji_tui.ui.screens.study_form import key_placeholder

    assert key_placeholder(None) == "pk_live_… (never shown)"
    with_key = StudyEntry("A", "https://a.example", SECRET, key_storage="keyring")
    assert key_placeholder(with_key) == "leave empty to keep the current key"
    assert "no key yet" in key_placeholder(StudyEntry("A", "https://a.example", None))
