"""The catalogs are complete and current, and translators behave."""

from __future__ import annotations

import gettext
import io
import subprocess
import sys
from datetime import UTC, datetime

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from koji_tui.i18n import (
    LOCALES,
    Translator,
    app_translator,
    language_of,
    normalize,
    set_app_locale,
    translator,
)
from koji_tui.i18n.domains import domain_of
from koji_tui.i18n.maintain import check, extract_domains


def test_every_catalog_translates_every_string_of_the_code_and_keeps_no_stale_one() -> None:
    problems = check()
    assert problems == [], (
        "\n".join(problems[:60])
        + (f"\n… and {len(problems) - 60} more" if len(problems) > 60 else "")
        + "\nRun `python -m koji_tui.i18n.maintain update`, then fill the empty msgstr."
    )


def test_extraction_finds_marked_strings_in_their_domain() -> None:
    found = extract_domains()
    assert set(found) == {"interview", "kiosk", "cli", "app"}
    assert domain_of("ui/widgets/answers/scale.py") == "interview"
    assert domain_of("ui/kiosk/app.py") == "kiosk"
    assert domain_of("ui/screens/main.py") == "app"
    assert domain_of("api/client.py") is None  # the SDK knows nothing of ours


def test_locale_tags_are_read_as_their_language() -> None:
    assert language_of("es_ES.UTF-8") == "es"
    assert language_of("pt-BR") == "pt"
    assert language_of("") == ""
    assert normalize("it") == "en"
    assert normalize("DE-at") == "de"
    assert normalize(None) == "en"
    assert set(LOCALES) == {"en", "es", "fr", "de", "pt"}


def test_a_translator_uses_its_catalog_plurals_and_contexts() -> None:
    catalog = Catalog(locale="es", fuzzy=False)
    catalog.add("Send", "Enviar")
    # CLDR gives Spanish three forms: one, many (a million, …), other.
    forms = ("{n} respuesta", "{n} de respuestas", "{n} respuestas")
    catalog.add(("{n} answer", "{n} answers"), forms)
    catalog.add("Back", "Volver", context="button")
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    tr = Translator("es", gettext.GNUTranslations(buffer))
    assert tr.gettext("Send") == "Enviar"
    assert tr("Send") == "Enviar"
    assert tr.ngettext("{n} answer", "{n} answers", 1).format(n=1) == "1 respuesta"
    assert tr.ngettext("{n} answer", "{n} answers", 3).format(n=3) == "3 respuestas"
    assert tr.pgettext("button", "Back") == "Volver"
    assert tr.ngettext("{n} answer", "{n} answers", 1_000_000).format(n=1) == "1 de respuestas"
    assert tr.gettext("Not in the catalog") == "Not in the catalog"


def test_dates_and_numbers_follow_the_locale() -> None:
    moment = datetime(2026, 3, 5, 14, 7, tzinfo=UTC)
    assert "March" in translator("en").format_date(moment, "long")
    assert "marzo" in translator("es").format_date(moment, "long")
    assert "März" in translator("de").format_date(moment, "long")
    assert translator("fr").format_number(1234.5).replace("\u202f", " ") == "1 234,5"


def test_the_app_language_is_the_setting_else_the_environment(monkeypatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    set_app_locale(None)
    assert app_translator().locale == "en"
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    assert app_translator().locale == "fr"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # C says nothing of a language
    assert app_translator().locale == "fr"
    set_app_locale("de")
    try:
        assert app_translator().locale == "de"
    finally:
        set_app_locale(None)


def test_a_domain_named_is_read_first() -> None:
    """The same English word in two catalogs: each domain's code gets its own translation."""
    from koji_tui.i18n.domains import DOMAIN_NAMES
    from koji_tui.i18n.maintain import read_catalog

    checked = 0
    for language in ("es", "fr", "de", "pt"):
        catalogs = {d: read_catalog(language, d) for d in DOMAIN_NAMES}
        for domain, catalog in catalogs.items():
            for message in catalog:
                if not message.id or not isinstance(message.id, str) or message.context:
                    continue
                if not message.string:
                    continue
                got = translator(language, domain=domain).gettext(message.id)
                assert got == message.string, (language, domain, message.id)
                checked += 1
    assert checked > 100
    with pytest.raises(ValueError, match="unknown catalog domain"):
        translator("es", domain="nope")


def test_translators_are_cached_and_start_up_does_not_import_babel() -> None:
    assert translator("es") is translator("es-MX")
    code = (
        "import sys; import koji_tui.i18n as i; i.translator('es').gettext('x'); "
        "import koji_tui.ui.app; print('babel' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
