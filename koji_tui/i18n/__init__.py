"""The interface in the reader's language: gettext catalogs, one translator per locale.

Every user-facing string goes through a :class:`Translator`::

    from koji_tui.i18n import N_, translator

    tr = translator("es")                      # cached; "es-MX", "es_ES.UTF-8" are Spanish
    tr.gettext("Send (Enter)")                 # "Enviar (Intro)"
    tr.ngettext("{n} answer", "{n} answers", n).format(n=n)
    tr.pgettext("button", "Back")              # a context, when one English word is two
    tr.format_datetime(moment)                 # dates and times for the locale (Babel)

    LABELS = {"send": N_("Send")}              # marks a literal for extraction, translated later
    tr.gettext(LABELS["send"])

Which locale:

- an interview's screen, widgets and exports follow the **interview's** locale: build a
  translator from it (``translator(interview.locale)``) and hand it to the widgets;
- the rest of the app follows the **user's** setting: :func:`app_translator` (``locale`` in
  ``config.toml``, else ``LC_ALL`` / ``LC_MESSAGES`` / ``LANG``, else English).

Placeholders are ``str.format`` names (``{n}``, ``{name}``), never positional, so translators can
move them. Source strings are English (``en`` needs no catalog). The catalogs are
``koji_tui/locales/<lang>/LC_MESSAGES/<domain>.po`` (edited by people) and the ``.mo`` compiled from
them (read here, with the stdlib only); ``python -m koji_tui.i18n.maintain`` extracts, updates and
compiles them, and ``tests/i18n`` fails when a string lacks a translation or a catalog is stale.
Which source file belongs to which domain is :data:`koji_tui.i18n.domains.DOMAINS`.
"""

from __future__ import annotations

import gettext
import os
from datetime import date, datetime, time
from functools import cache
from pathlib import Path

from koji_tui.i18n.domains import DOMAIN_NAMES

#: The locales with complete catalogs. English is the source language.
LOCALES: tuple[str, ...] = ("en", "es", "fr", "de", "pt")
DEFAULT_LOCALE = "en"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locales"

__all__ = [
    "DEFAULT_LOCALE",
    "LOCALES",
    "LOCALE_DIR",
    "N_",
    "Translator",
    "app_translator",
    "language_of",
    "normalize",
    "set_app_locale",
    "supported",
    "translator",
]


def N_(message: str) -> str:
    """Mark ``message`` for extraction without translating it (tables, module constants)."""
    return message


def language_of(locale: str | None) -> str:
    """The language part of a locale tag, lower case: ``"es-MX"`` / ``"es_ES.UTF-8"`` → ``"es"``."""
    if not locale:
        return ""
    head = locale.strip().split(".")[0].split("@")[0]
    return head.replace("_", "-").split("-")[0].lower()


def supported(locale: str | None) -> bool:
    """Whether the interface has a catalog for ``locale``'s language."""
    return language_of(locale) in LOCALES


def normalize(locale: str | None) -> str:
    """The supported language for ``locale``: its language when we have it, else English."""
    language = language_of(locale)
    return language if language in LOCALES else DEFAULT_LOCALE


class Translator:
    """The interface's words in one language, and its dates and numbers."""

    __slots__ = ("_translations", "locale")

    def __init__(self, locale: str, translations: gettext.NullTranslations) -> None:
        self.locale = locale
        self._translations = translations

    def __repr__(self) -> str:
        return f"Translator({self.locale!r})"

    def gettext(self, message: str) -> str:
        return self._translations.gettext(message)

    __call__ = gettext

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._translations.ngettext(singular, plural, n)

    def pgettext(self, context: str, message: str) -> str:
        return self._translations.pgettext(context, message)

    def npgettext(self, context: str, singular: str, plural: str, n: int) -> str:
        return self._translations.npgettext(context, singular, plural, n)

    # Dates and numbers (Babel, imported on first use: start-up does not pay for it).

    def format_datetime(self, value: datetime, format: str = "medium") -> str:
        from babel.dates import format_datetime

        return format_datetime(value, format=format, locale=self.locale)

    def format_date(self, value: date | datetime, format: str = "medium") -> str:
        from babel.dates import format_date

        return format_date(value, format=format, locale=self.locale)

    def format_time(self, value: time | datetime, format: str = "short") -> str:
        from babel.dates import format_time

        return format_time(value, format=format, locale=self.locale)

    def format_number(self, value: int | float) -> str:
        from babel.numbers import format_decimal

        return format_decimal(value, locale=self.locale)


class _Catalog(gettext.NullTranslations):
    """One domain's catalog, read from its ``.mo`` file on its first lookup: a word found in
    the first domain never reads the others (the answer widgets' few words in four languages
    read four small ``interview`` catalogs, not all sixteen: ~1 MiB less on the first
    interview opened). Lookups it cannot answer go on down the chain, as gettext's do."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self._read: gettext.NullTranslations | None = None

    def _catalog(self) -> gettext.NullTranslations:
        read = self._read
        if read is None:
            try:
                with self._path.open("rb") as handle:
                    read = gettext.GNUTranslations(handle)
            except FileNotFoundError:
                read = gettext.NullTranslations()
            self._read = read
        read._fallback = self._fallback  # type: ignore[attr-defined]  # the rest of the chain
        return read

    def gettext(self, message: str) -> str:
        return self._catalog().gettext(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self._catalog().ngettext(msgid1, msgid2, n)

    def pgettext(self, context: str, message: str) -> str:
        return self._catalog().pgettext(context, message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return self._catalog().npgettext(context, msgid1, msgid2, n)


def _load(language: str, first: str | None = None) -> gettext.NullTranslations:
    chain: gettext.NullTranslations | None = None
    if language != DEFAULT_LOCALE:
        order = ((first,) if first else ()) + tuple(d for d in DOMAIN_NAMES if d != first)
        for domain in order:
            path = LOCALE_DIR / language / "LC_MESSAGES" / f"{domain}.mo"
            if not path.is_file():
                continue
            catalog = _Catalog(path)
            if chain is None:
                chain = catalog
            else:
                chain.add_fallback(catalog)
    return chain or gettext.NullTranslations()


@cache
def _translator(language: str, first: str | None) -> Translator:
    return Translator(language, _load(language, first))


def translator(locale: str | None, domain: str | None = None) -> Translator:
    """The translator for ``locale`` (English for an unknown or empty one); cached, cheap.

    Every catalog answers; ``domain`` is read first. One English word can be two in another
    language (the kiosk's "Continue" is "Weiter", an interview's "Fortfahren"): code of a domain
    other than ``interview`` that shares words with it names its domain.
    """
    if domain is not None and domain not in DOMAIN_NAMES:
        raise ValueError(f"unknown catalog domain {domain!r}; the domains are {DOMAIN_NAMES}")
    return _translator(normalize(locale), domain)


_app_locale: str | None = None


def set_app_locale(locale: str | None) -> None:
    """The user's interface language (from ``config.toml``); ``None`` goes back to the environment."""
    global _app_locale
    _app_locale = normalize(locale) if locale else None


def _environment_locale() -> str | None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return value
    return None


def app_translator(domain: str | None = "app") -> Translator:
    """The translator for the app's own chrome: the user's setting, else the environment
    (the ``app`` catalog read first; the commands' code may name ``cli``)."""
    return translator(_app_locale or _environment_locale(), domain)
