"""kiosk.toml: defaults, a table per study, and problems that stop the start."""

from __future__ import annotations

from koji_tui import paths
from koji_tui.kiosk.settings import load_settings, parse_settings


def test_no_file_means_the_defaults() -> None:
    settings = load_settings()
    assert settings.problems == () and settings.path == paths.config_dir() / "kiosk.toml"
    kiosk = settings.for_study("Any")
    assert (kiosk.idle_seconds, kiosk.still_there_seconds, kiosk.thank_you_seconds) == (90, 30, 15)
    assert kiosk.participant == "anonymous" and not kiosk.asks_consent and kiosk.locales == ()


def test_a_study_table_overrides_the_top() -> None:
    path = paths.config_dir() / "kiosk.toml"
    path.write_text(
        """
idle_seconds = 60
participant = "name"
consent = true
locales = ["en", "es"]

[studies."Hábitos de café"]
participant = "code"
welcome = { es = "¡Hola!", en = "Hello!" }
consent = "Sus respuestas son anónimas."
""",
        encoding="utf-8",
    )
    settings = load_settings()
    assert settings.problems == ()
    other = settings.for_study("Other")
    assert other.idle_seconds == 60 and other.participant == "name" and other.consent is True
    cafe = settings.for_study("Hábitos de café")
    assert cafe.participant == "code" and cafe.idle_seconds == 60
    assert cafe.welcome == {"es": "¡Hola!", "en": "Hello!"} and cafe.asks_consent
    assert cafe.locales == ("en", "es")


def test_every_problem_is_named() -> None:
    settings = parse_settings(
        {
            "idle_seconds": 1,
            "still_there_seconds": "soon",
            "participant": "email",
            "locales": "en",
            "colour": "red",
            "studies": {"X": {"welcome": "", "idle_seconds": 30}},
        }
    )
    said = "\n".join(settings.problems)
    for word in ("idle_seconds", "still_there_seconds", "participant", "locales", "colour"):
        assert word in said
    assert 'studies."X".welcome' in said and 'studies."X".idle_seconds: unknown' in said


def test_a_broken_file_is_said_not_raised() -> None:
    path = paths.config_dir() / "kiosk.toml"
    path.write_text("idle_seconds = = 3", encoding="utf-8")
    settings = load_settings()
    assert len(settings.problems) == 1 and "not valid TOML" in settings.problems[0]
