"""The app's own chrome follows the user's language: the study list, its footer and help, the
palette, the dialogs, the results; failures are worded in the translator's language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import set_app_locale, translator
from koji_tui.server.catalog import study_api_key
from koji_tui.session.errors import describe_error
from koji_tui.ui.app import KojiApp
from koji_tui.ui.commands import koji_commands
from koji_tui.ui.localized import assemble, translated_binding
from koji_tui.ui.screens.help import binding_rows
from tests.pilot import driven
from tests.ui.app_helpers import screen_text, wait_for

LOOPBACK = "http://127.0.0.1:9"


@pytest.fixture
def app_locale() -> Iterator[Any]:
    yield set_app_locale
    set_app_locale(None)


def _studies() -> list[StudyEntry]:
    return [StudyEntry("Café", LOOPBACK, study_api_key("cafe-habitos"), key_storage="session")]


async def _loaded(pilot: Any) -> None:
    await wait_for(pilot, lambda: pilot.app.studies_ready, what="studies loaded")
    await pilot.pause()


@pytest.mark.parametrize(
    ("locale", "words"),
    [
        ("es", ("Estudios", "Entrevistas", "Nueva entrevista", "Salir", "Ayuda", "paleta")),
        ("fr", ("Études", "Entretiens", "Nouvel entretien", "Quitter", "Aide")),
        ("de", ("Studien", "Interviews", "Neues Interview", "Beenden", "Hilfe")),
        ("pt", ("Estudos", "Entrevistas", "Nova entrevista", "Sair", "Ajuda")),
    ],
)
async def test_the_study_list_and_its_footer_follow_the_users_language(
    app_locale: Any, locale: str, words: tuple[str, ...]
) -> None:
    app_locale(locale)
    app = KojiApp(studies=_studies())
    async with driven(app, size=(120, 30)) as pilot:
        await _loaded(pilot)
        text = screen_text(app)
        for word in words:
            assert word in text, (word, text)
        assert not re.search(r"\b(New interview|Quit|Help)\b", text), text


async def test_the_help_and_the_palette_read_the_translated_bindings(app_locale: Any) -> None:
    app_locale("es")
    app = KojiApp(studies=_studies())
    async with driven(app, size=(120, 30)) as pilot:
        await _loaded(pilot)
        rows = {ident: (does, tip) for _keys, does, tip, ident in binding_rows(app.screen)}
        assert rows["main.new_interview"] == (
            "Nueva entrevista",
            "Iniciar una entrevista nueva en el estudio seleccionado",
        )
        titles = {command.title: command.help for command in koji_commands(app, app.screen)}
        assert "Añadir estudio" in titles
        assert titles["Nueva entrevista"].startswith("Iniciar una entrevista")
        assert "(tecla: n)" in titles["Nueva entrevista"]
        await pilot.press("f1")
        await pilot.pause()
        assert "Teclas" in screen_text(app) and "Esc cierra" in screen_text(app)


async def test_the_quit_question_is_asked_in_the_users_language(app_locale: Any) -> None:
    from koji_tui.ui.screens.quit import QuitScreen

    app_locale("fr")
    app = KojiApp(studies=_studies())
    async with driven(app, size=(80, 24)) as pilot:
        await _loaded(pilot)
        app.push_screen(QuitScreen(["Un entretien est en cours."]))
        await pilot.pause()
        text = screen_text(app)
        assert "Quitter koji-tui ?" in text and "Continuer (Échap)" in text


def test_english_bindings_are_the_very_objects_and_others_are_translated_copies() -> None:
    from koji_tui.ui.bindings import MAIN_BINDINGS

    binding = MAIN_BINDINGS[0]
    assert translated_binding(binding, translator("en")) is binding
    german = translated_binding(binding, translator("de"))
    assert german.description == "Neues Interview" and german.key == binding.key
    assert german.id == binding.id  # the keymap still finds it
    assert translated_binding(binding, translator("de")) is german  # cached


def test_a_translated_template_keeps_its_styled_value() -> None:
    text = assemble("Nueva entrevista en {study}", study=("Café", "bold"))
    assert text.plain == "Nueva entrevista en Café"
    assert [(span.start, span.end, str(span.style)) for span in text.spans] == [(20, 24, "bold")]


def test_a_failure_is_worded_in_the_translators_language() -> None:
    class TransportError(Exception):
        pass

    english, offline = describe_error(TransportError("down"), "Café", "send the answer")
    assert offline and english.startswith("Cannot reach the server for study 'Café'")
    spanish, _ = describe_error(
        TransportError("down"), "Café", "send the answer", tr=translator("es")
    )
    assert spanish.startswith(
        "No se puede conectar con el servidor del estudio 'Café' al intentar enviar la respuesta"
    )
    german, _ = describe_error(TransportError("down"), "", "send the answer", tr=translator("de"))
    assert "beim Versuch, die Antwort zu senden" in german


def test_a_keymap_problem_is_said_in_the_users_language(app_locale: Any) -> None:
    from koji_tui.ui.keymap import check_keymap

    app_locale("es")
    kept, problems = check_keymap({"app.help": "ctrl+p"})
    assert kept == {}
    assert problems == [
        "keymap.toml: 'app.help' = 'ctrl+p': 'ctrl+p' se reserva para la paleta de comandos; "
        "se mantiene la predeterminada."
    ]
    app_locale(None)
    assert "is kept for the command palette" in check_keymap({"app.help": "ctrl+p"})[1][0]


def test_the_sessions_refusals_are_shown_in_the_interviews_language() -> None:
    from koji_tui.session.runner import SessionError

    text, _ = describe_error(SessionError("The answer is empty."), tr=translator("pt"))
    assert text == "A resposta está vazia."
    unknown, _ = describe_error(SessionError("Not in any catalog."), tr=translator("pt"))
    assert unknown == "Not in any catalog."


def test_the_interview_lists_headings_are_in_the_users_language() -> None:
    from koji_tui.i18n import set_app_locale, translator
    from koji_tui.ui.screens.interview_list import COLUMNS, headed

    set_app_locale("es")
    try:
        labels = [column.label for column in headed(COLUMNS)]
    finally:
        set_app_locale(None)
    assert labels == [translator("es", domain="app").gettext(column.label) for column in COLUMNS]
    assert "Respondent" not in labels and "Status" not in labels
