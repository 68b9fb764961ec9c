"""The app's own screens in the user's language; the new-interview form's unknown-locale message."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from textual.widgets import Input, Static

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import set_app_locale, translator
from koji_tui.server.catalog import study_api_key
from koji_tui.ui.app import KojiApp
from koji_tui.ui.screens.new_interview import NewInterviewScreen
from tests.pilot import driven
from tests.ui.app_helpers import screen_text, wait_for

LOOPBACK = "http://127.0.0.1:9"
SECRET = "pk_test_SECRETSECRETSECRETSECRET0001"


@pytest.fixture
def app_locale() -> Iterator[Any]:
    """Set the user's interface language (as config.toml's ``locale`` does); English after."""
    yield set_app_locale
    set_app_locale(None)


def sample(study_id: str, name: str) -> StudyEntry:
    """A saved study on a loopback `koji-tui serve` with a sample study's printed key: its
    locales are read from the sample's study file."""
    return StudyEntry(name, LOOPBACK, study_api_key(study_id), key_storage="session")


def note(app: Any, selector: str = "#locale-note") -> str:
    return str(app.screen.query_one(selector, Static).render())


async def _loaded(pilot: Any) -> None:
    await wait_for(pilot, lambda: pilot.app.studies_ready, what="studies loaded")
    await pilot.pause()


async def test_italian_on_the_spanish_study_is_refused_in_the_users_language(
    app_locale: Any,
) -> None:
    app_locale("es")
    studies = [sample("cafe-habitos", "Café")]
    app = KojiApp(studies=studies)
    results: list[Any] = []
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        app.push_screen(NewInterviewScreen(studies[0]), results.append)
        await pilot.pause()
        text = screen_text(app)
        assert "Nueva entrevista en Café" in text
        assert "Este estudio solo ofrece es (el predeterminado)." in text
        assert "Iniciar ^s" in text and "Cancelar Esc" in text
        app.screen.query_one("#locale", Input).value = "it"
        await pilot.pause()
        text = " ".join(screen_text(app).split())  # the note wraps
        assert "'it' no es uno de los idiomas de este estudio (es)" in text
        assert note(app) == (
            "'it' no es uno de los idiomas de este estudio (es): se realizaría en es. "
            "Déjelo vacío para usar el predeterminado."
        )
        await pilot.press("ctrl+s")
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "No se inició: 'it' no es uno de los idiomas de este estudio (es)." in text
        assert results == []  # nothing started
        app.screen.query_one("#locale", Input).value = "es-MX"  # served as es
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert [r["locale"] for r in results] == ["es-MX"]


async def test_a_study_with_several_locales_lists_them_all(app_locale: Any) -> None:
    app_locale("de")
    studies = [sample("remote-work-tools", "Remote")]
    app = KojiApp(studies=studies)
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        app.push_screen(NewInterviewScreen(studies[0]))
        await pilot.pause()
        assert "Diese Studie bietet en (Standard) und fr, de." in screen_text(app)
        app.screen.query_one("#locale", Input).value = "it"
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "'it' gehört nicht zu den Sprachen dieser Studie (en, fr, de)" in text


async def test_on_a_real_server_any_locale_goes_and_the_server_decides(app_locale: Any) -> None:
    app_locale("fr")
    studies = [StudyEntry("Alpha", "https://alpha.example", SECRET, key_storage="session")]
    app = KojiApp(studies=studies)
    results: list[Any] = []
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        app.push_screen(NewInterviewScreen(studies[0]), results.append)
        await pilot.pause()
        text = " ".join(screen_text(app).split())
        assert "Le serveur décide" in text
        assert "langue de l'étude (p. ex. en, fr)" in text  # the locale field's placeholder
        app.screen.query_one("#locale", Input).value = "it"
        await pilot.pause()
        assert "Le serveur décide" in " ".join(screen_text(app).split())  # no refusal
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert results[0]["locale"] == "it"


async def test_english_stays_the_source_when_no_locale_is_set(app_locale: Any) -> None:
    app_locale(None)
    studies = [sample("cafe-habitos", "Café")]
    app = KojiApp(studies=studies)
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        app.push_screen(NewInterviewScreen(studies[0]))
        await pilot.pause()
        assert "This study offers es (the default) only." in screen_text(app)
    assert translator("pt").gettext("Quit koji-tui?") == "Sair do koji-tui?"
