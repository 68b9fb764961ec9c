"""The kiosk's words: every language says everything, in the formal register."""

from __future__ import annotations

import re
import string

import pytest

from koji_tui.kiosk.texts import FIELDS, LANGUAGES, TEXTS, language_of, pick, texts_for


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_text(language: str) -> None:
    words = TEXTS[language]
    english = TEXTS["en"]
    for name in FIELDS:
        text = getattr(words, name)
        assert text.strip(), f"{language}.{name} is empty"
        assert _placeholders(text) == _placeholders(getattr(english, name)), (language, name)
        text.format(n=3)  # a placeholder that formats


def test_the_five_languages() -> None:
    assert LANGUAGES == ("en", "es", "fr", "de", "pt")
    names = [TEXTS[code].language for code in LANGUAGES]
    assert names == ["English", "Español", "Français", "Deutsch", "Português"]
    # each language's words are its own (no English left in a translation), but for the
    # words that are the same in both languages
    same_word = {("de", "interviewer")}
    for code in LANGUAGES[1:]:
        same = [n for n in FIELDS if getattr(TEXTS[code], n) == getattr(TEXTS["en"], n)]
        assert [n for n in same if (code, n) not in same_word] == [], code


INFORMAL = {
    "es": re.compile(r"\b(tú|tu|tus|te|pulsa|escribe|elige|espera)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(tu|ton|ta|tes|toi|appuie|saisis|choisis)\b", re.IGNORECASE),
    "de": re.compile(r"\b(du|dein|deine|dich|dir|drücke|gib|wähle)\b", re.IGNORECASE),
    # Brazilian Portuguese: "você" with third-person verbs is the polite form; "tu" is not
    "pt": re.compile(r"\b(tu|teu|tua|teus|tuas|digita|pressiona|escolhe)\b", re.IGNORECASE),
}
FORMAL = {
    "es": re.compile(r"\b(su|sus|usted|pulse|escriba|elija)\b", re.IGNORECASE),
    "fr": re.compile(r"\b(vous|votre|vos|appuyez|veuillez)\b", re.IGNORECASE),
    "de": re.compile(r"\b(Sie|Ihre|Ihren|Ihr)\b"),
    "pt": re.compile(r"\b(a sua|as suas|o seu|você|digite|pressione|escolha)\b", re.IGNORECASE),
}


@pytest.mark.parametrize("language", ["es", "fr", "de", "pt"])
def test_the_participant_is_addressed_formally(language: str) -> None:
    words = TEXTS[language]
    every = " ".join(getattr(words, n) for n in FIELDS)
    assert INFORMAL[language].findall(every) == []
    assert len(FORMAL[language].findall(every)) >= 8


def test_a_locale_finds_its_language() -> None:
    assert language_of("es-MX") == "es" and language_of("pt_BR") == "pt"
    assert language_of("ja") == "en" and language_of(None) == "en"
    assert texts_for("DE").begin.startswith("Drücken Sie")


def test_a_study_text_in_the_participants_language() -> None:
    assert pick(None, "es", "default") == "default"
    assert pick("One for all", "es", "default") == "One for all"
    texts = {"en": "Welcome", "es": "Bienvenida"}
    assert pick(texts, "es-AR", "default") == "Bienvenida"
    assert pick(texts, "fr", "default") == "Welcome"
    assert pick({"de": "Willkommen"}, "fr", "default") == "Willkommen"
