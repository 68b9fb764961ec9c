"""The commands speak the user's language: ``config.toml``'s ``locale``, else the environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from koji_tui.config.settings import load_settings, save_theme
from koji_tui.i18n import app_translator, set_app_locale

NO_STUDIES = {
    "en": "No studies yet.",
    "es": "Todavía no hay estudios.",
    "fr": "Aucune étude pour l'instant.",
}


def _run(home: Path, *args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")
    }
    env.update({"KOJI_TUI_HOME": str(home), "LANG": lang})
    env.pop("KOJI_BASE_URL", None)
    env.pop("KOJI_API_KEY", None)
    return subprocess.run(
        [sys.executable, "-m", "koji_tui", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def _config(home: Path, text: str) -> None:
    folder = home / "config"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(text, encoding="utf-8")


@pytest.fixture(autouse=True)
def _app_locale_back() -> object:
    yield None
    set_app_locale(None)


def test_a_command_speaks_spanish_under_lang_es(tmp_path: Path) -> None:
    out = _run(tmp_path, "study", "list", lang="es_ES.UTF-8")
    assert out.returncode == 0, out.stderr
    assert NO_STUDIES["es"] in out.stdout
    assert NO_STUDIES["en"] not in out.stdout
    helped = _run(tmp_path, "--help", lang="es_ES.UTF-8")
    assert "Una consola de entrevistas" in helped.stdout  # the description
    assert "koji-tui demo" in helped.stdout  # commands stay commands
    assert helped.stdout.startswith("uso: koji-tui")  # argparse's own words, from our catalog
    assert "opciones:" in helped.stdout and "options:" not in helped.stdout


def test_config_toml_locale_wins_over_the_environment(tmp_path: Path) -> None:
    _config(tmp_path, 'locale = "fr"\n')
    out = _run(tmp_path, "study", "list", lang="es_ES.UTF-8")
    assert out.returncode == 0, out.stderr
    assert NO_STUDIES["fr"] in out.stdout
    assert out.stderr == ""


def test_english_without_a_setting_or_a_language(tmp_path: Path) -> None:
    out = _run(tmp_path, "study", "list", lang="C.UTF-8")
    assert NO_STUDIES["en"] in out.stdout


def test_an_unknown_locale_in_config_is_said_and_the_command_still_runs(tmp_path: Path) -> None:
    _config(tmp_path, 'locale = "it"\n')
    out = _run(tmp_path, "study", "list", lang="C.UTF-8")
    assert out.returncode == 0
    assert NO_STUDIES["en"] in out.stdout
    assert "locale 'it'" in out.stderr and "en, es, fr, de, pt" in out.stderr
    assert "Traceback" not in out.stderr


def test_settings_read_the_locale_and_name_a_bad_one(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\nlocale = "pt-BR"\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings.locale == "pt-BR" and settings.theme == "nord"
    assert settings.problems == [] and settings.locale_problem is None
    path.write_text('locale = "xx"\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings.locale is None
    assert settings.locale_problem is not None and "'xx'" in settings.locale_problem
    assert settings.problems == [settings.locale_problem]
    path.write_text("locale = 3\n", encoding="utf-8")
    settings = load_settings(path)
    assert settings.locale is None and "must be a language code" in settings.problems[0]


def test_saving_the_theme_keeps_the_locale(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('locale = "de"\n', encoding="utf-8")
    save_theme("textual-light", path)
    settings = load_settings(path)
    assert settings.theme == "textual-light" and settings.locale == "de"


def test_the_app_locale_is_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "es_ES.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    set_app_locale(None)
    assert app_translator().locale == "es"
    set_app_locale("de")
    assert app_translator().locale == "de"
