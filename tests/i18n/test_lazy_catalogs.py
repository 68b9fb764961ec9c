"""A language's catalogs are read on their first lookup, the first domain first: a word found
in the first catalog never reads the others; every lookup still goes down the whole chain."""

from __future__ import annotations

from koji_tui.i18n import _Catalog, _load, translator


def _read(chain: object) -> list[str]:
    names = []
    while isinstance(chain, _Catalog):
        if chain._read is not None:
            names.append(chain._path.stem)
        chain = chain._fallback
    return names


def test_a_word_of_the_first_domain_reads_that_catalog_only() -> None:
    chain = _load("de")
    assert _read(chain) == []  # nothing read until asked
    assert chain.gettext("Other:") == translator("de").gettext("Other:") != "Other:"
    assert _read(chain) == ["interview"]


def test_words_of_later_domains_plurals_contexts_and_unknown_words_go_down_the_chain() -> None:
    chain = _load("de")
    assert chain.pgettext("key", "enter") == "Eingabe"  # the app catalog's
    assert "app" in _read(chain)
    one = "Demo sandbox running at {url} with {n} study."
    many = "Demo sandbox running at {url} with {n} studies."
    assert chain.ngettext(one, many, 1) == "Demo-Sandbox läuft unter {url} mit {n} Studie."
    assert chain.ngettext(one, many, 3) == "Demo-Sandbox läuft unter {url} mit {n} Studien."
    assert chain.gettext("no such words anywhere") == "no such words anywhere"
    assert chain.ngettext("a thing", "things", 2) == "things"
    assert chain.npgettext("none", "a thing", "things", 1) == "a thing"
    assert sorted(_read(chain)) == sorted(["app", "cli", "interview", "kiosk"])


def test_a_named_domain_is_read_first() -> None:
    chain = _load("fr", "kiosk")
    assert isinstance(chain, _Catalog) and chain._path.stem == "kiosk"
    assert _load("en") is not None and not isinstance(_load("en"), _Catalog)
