"""Every word the kiosk shows, in one place: the participant's and the operator's.

The kiosk's chrome (welcome, consent, the interview's frame, "Still there?", thank-you, the PIN
prompt) speaks the participant's language: :func:`texts_for` gives the :class:`KioskTexts` of
a locale (``es``, ``es-MX`` and ``es_ES`` are Spanish), English for a language it does not
have. The English words are :data:`ENGLISH`; the other languages are the ``kiosk`` gettext
catalog's (``koji_tui/locales/<lang>/LC_MESSAGES/kiosk.po``, formal register). Strings with
``{n}`` take a number of seconds or attempts.

The operator panel's words (:data:`OPERATOR`) follow the app's language
(:func:`koji_tui.i18n.app_translator`), not the participant's: translate them where shown.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, fields
from functools import cache

from koji_tui.i18n import N_, translator


@dataclass(frozen=True)
class KioskTexts:
    language: str  # the language's own name, for the language choice
    welcome: str  # the welcome text when the study sets none
    begin: str
    choose_language: str
    offline: str
    consent_title: str
    consent_default: str  # the consent text when consent is on and the study sets none
    agree: str
    decline: str
    name_title: str
    name_placeholder: str
    code_title: str
    code_placeholder: str
    proceed: str
    cancel: str
    field_empty: str
    interviewer: str  # the transcript's labels
    you: str
    placeholder: str  # the composer's
    composer_hint: str
    one_moment: str  # pacing, a 429 wait, offline: one calm line
    finish: str
    finish_title: str
    finish_body: str
    finish_yes: str
    finish_no: str
    done: str  # the interviewer has finished
    still_there_title: str
    still_there_body: str
    still_there_countdown: str  # {n} seconds
    thanks_title: str
    thanks_body: str
    thanks_countdown: str  # {n} seconds
    pin_title: str
    pin_prompt: str
    pin_wrong: str  # {n} attempts left
    pin_locked: str  # {n} seconds
    pin_back: str


#: The kiosk's words in English (the msgids of the ``kiosk`` catalog).
ENGLISH = KioskTexts(
    language="English",
    welcome=N_(
        "Welcome. We would like to hear about your experience. It only takes a few minutes."
    ),
    begin=N_("Press Enter to begin"),
    choose_language=N_("Choose your language with ← and →"),
    offline=N_("This station is offline — please ask a member of staff"),
    consent_title=N_("Before we begin"),
    consent_default=N_(
        "Your answers are recorded and used for research. You may stop at any time."
    ),
    agree=N_("I agree"),
    decline=N_("No, thank you"),
    name_title=N_("What is your name?"),
    name_placeholder=N_("Your name"),
    code_title=N_("Please type your participant code"),
    code_placeholder=N_("Your code"),
    proceed=N_("Continue"),
    cancel=N_("Cancel"),
    field_empty=N_("Please type it first."),
    interviewer=N_("Interviewer"),
    you=N_("You"),
    placeholder=N_("Type your answer here…"),
    composer_hint=N_("Enter sends · Ctrl+J starts a new line"),
    one_moment=N_("One moment…"),
    finish=N_("Finish"),
    finish_title=N_("Finish now?"),
    finish_body=N_("Your answers so far are kept. You cannot come back to this conversation."),
    finish_yes=N_("Yes, finish"),
    finish_no=N_("No, continue"),
    done=N_("The conversation is complete. Press Enter to finish."),
    still_there_title=N_("Still there?"),
    still_there_body=N_("Press any key to continue."),
    still_there_countdown=N_("This conversation ends in {n} s."),
    thanks_title=N_("Thank you!"),
    thanks_body=N_("Your answers have been saved. You may leave the station now."),
    thanks_countdown=N_("Back to the start in {n} s"),
    pin_title=N_("Staff only"),
    pin_prompt=N_("Operator PIN"),
    pin_wrong=N_("That PIN is not right. Attempts left: {n}."),
    pin_locked=N_("Too many wrong attempts. Please wait {n} s."),
    pin_back=N_("Esc goes back"),
)

#: The languages the kiosk speaks, each named in itself (for the language choice).
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "pt": "Português",
}
LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_NAMES)
FIELDS: tuple[str, ...] = tuple(f.name for f in fields(KioskTexts))


def language_of(locale: str | None) -> str:
    """The language code of ``locale`` the kiosk has words for (``es-MX`` -> ``es``), else en."""
    code = (locale or "").strip().replace("_", "-").split("-")[0].lower()
    return code if code in LANGUAGE_NAMES else "en"


@cache
def _texts(language: str) -> KioskTexts:
    tr = translator(language, domain="kiosk")
    words = {name: tr.gettext(getattr(ENGLISH, name)) for name in FIELDS if name != "language"}
    return KioskTexts(language=LANGUAGE_NAMES[language], **words)


def texts_for(locale: str | None) -> KioskTexts:
    """The kiosk's words in the language of ``locale`` (English when it has none)."""
    return _texts(language_of(locale))


class _ByLanguage(Mapping[str, KioskTexts]):
    """``TEXTS["es"]``: the kiosk's words per language, read from the catalogs when asked."""

    def __getitem__(self, language: str) -> KioskTexts:
        if language not in LANGUAGE_NAMES:
            raise KeyError(language)
        return _texts(language)

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)


TEXTS: Mapping[str, KioskTexts] = _ByLanguage()


def pick(value: str | dict[str, str] | None, locale: str | None, default: str) -> str:
    """A study's own text (one string, or one per locale) in ``locale``; else its English or
    first one; ``default`` when the study sets none."""
    if isinstance(value, str):
        return value
    if not value:
        return default
    for key in (locale or "", language_of(locale), "en"):
        if key and key in value:
            return value[key]
    return next(iter(value.values()))


# The operator's words (staff-facing: in the app's language, translated where shown).
# Counted words ("{n} answers") are ngettext calls in koji_tui/ui/kiosk/operator.py.
OPERATOR: dict[str, str] = {
    "title": N_("Operator panel"),
    "station": N_("Station {station} · study {study}"),
    "today": N_("Today: {completed} completed · {early} ended early · {timeout} timed out"),
    "waiting": N_("Waiting to be sent: {answers}, {completes}"),
    "online": N_("Server: online"),
    "offline": N_("Server: offline — {why}"),
    "no_reply": N_("no reply"),
    "unknown": N_("Server: not checked yet"),
    "locale": N_("Participants' language (the welcome screen's default):"),
    "end": N_("End kiosk mode"),
    "back": N_("Back to the kiosk"),
    "ending": N_("Sending what is waiting before the kiosk ends…"),
    "reading": N_("Reading today's figures…"),
}

__all__ = [
    "ENGLISH",
    "FIELDS",
    "LANGUAGES",
    "LANGUAGE_NAMES",
    "OPERATOR",
    "TEXTS",
    "KioskTexts",
    "language_of",
    "pick",
    "texts_for",
]
