"""The kiosk: the participant's screens in the participant's language (the kiosk catalog), the
operator's panel in the app's language."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields
from typing import Any

import pytest

from koji_tui.i18n import set_app_locale, translator
from koji_tui.kiosk.texts import ENGLISH, OPERATOR, TEXTS, KioskTexts, texts_for
from tests.kiosk.rig import PIN, make_app, ready, screen_name, screen_text, until
from tests.pilot import driven

PARTICIPANT = [f.name for f in fields(KioskTexts) if f.name != "language"]
SAME_WORD = {("de", "interviewer")}  # "Interviewer" is German too


@pytest.fixture(autouse=True)
def _app_locale_back() -> Iterator[None]:
    yield
    set_app_locale(None)


@pytest.mark.parametrize("language", ["es", "fr", "de", "pt"])
def test_the_participants_words_come_from_the_kiosk_catalog(language: str) -> None:
    words = texts_for(language)
    tr = translator(language, domain="kiosk")
    for name in PARTICIPANT:
        english = getattr(ENGLISH, name)
        assert getattr(words, name) == tr.gettext(english)
        assert getattr(words, name) != english or (language, name) in SAME_WORD, name
    assert TEXTS[language] is words  # the table keeps its interface


def test_a_regional_locale_is_its_language() -> None:
    assert texts_for("pt-BR").you == "Você"  # Brazilian Portuguese, polite "você"
    assert texts_for("es_MX.UTF-8").begin == "Pulse Intro para empezar"
    assert texts_for("it") is texts_for("en")


@pytest.mark.parametrize("language", ["es", "fr", "de", "pt"])
def test_the_operators_words_are_translated_in_every_language(language: str) -> None:
    tr = translator(language)
    for key, english in OPERATOR.items():
        if key in ("online", "offline") and language == "de":
            continue  # German says "Server: online" and "offline" too
        assert tr.gettext(english) != english, key


async def test_the_operator_panel_follows_the_app_language_not_the_participants(
    sandbox: Any,
) -> None:
    set_app_locale("de")
    app = make_app(sandbox, config={"locales": ["es", "en"]})
    async with driven(app, size=(100, 30)) as pilot:
        await ready(pilot)
        assert "Pulse Intro para empezar" in screen_text(app)  # the participant's Spanish
        await pilot.press("ctrl+o")
        await until(pilot, lambda: screen_name(app) == "KioskPin")
        assert "Solo personal" in screen_text(app)  # the PIN prompt: whoever pressed the key
        await pilot.press(*PIN, "enter")
        await until(pilot, lambda: screen_name(app) == "KioskOperator")
        await until(pilot, lambda: "Heute:" in screen_text(app))
        text = screen_text(app)
        assert "Bedienerbereich" in text and "Kioskmodus beenden" in text
        assert "0 Antworten, 0 Interviews abzuschließen" in text
        assert "Server: online" in text and "Today:" not in text
