"""What the list answers say in the participant's language (the question's, else the locale's).

"Other" reads the same way in every language: a row with the language's word for it and a
free-text field beside it, and the same two messages when its text is missing. A multiple
choice with a maximum says so in its title, and when a tick is refused. The words come from the
interview catalog (``koji_tui/locales/*/LC_MESSAGES/interview.po``); :data:`WORDS` is a view of
them by language, read the first time a language is asked for.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache

from koji_tui.i18n import LOCALES, N_, Translator, language_of, translator


@dataclass(frozen=True)
class ListWords:
    other: str  # the "Other" row's label
    other_placeholder: str  # its field's placeholder
    other_empty_single: str  # Enter on "Other" with no text (single choice)
    other_empty_multiple: str  # "Other" ticked with no text (multiple choice)
    up_to_title: str  # the title of a multiple choice with a maximum, "{n}" the maximum
    up_to_full: str  # a tick refused at the maximum, "{n}" the maximum


#: The English words (the catalogs' msgids).
ENGLISH = ListWords(
    N_("Other:"),
    N_("type your own answer"),
    N_("Type your answer next to “Other”, or choose another option."),
    N_("Type your answer next to “Other”, or untick it."),
    N_("Choose up to {n}"),
    N_("You can choose up to {n}: untick one to choose another."),
)


@cache
def _words(language: str) -> ListWords:
    tr: Translator = translator(language)
    return ListWords(
        tr.gettext(ENGLISH.other),
        tr.gettext(ENGLISH.other_placeholder),
        tr.gettext(ENGLISH.other_empty_single),
        tr.gettext(ENGLISH.other_empty_multiple),
        tr.gettext(ENGLISH.up_to_title),
        tr.gettext(ENGLISH.up_to_full),
    )


class _WordsByLanguage(Mapping[str, ListWords]):
    """``WORDS["es"]``: the words of a supported language (the same object every time)."""

    def __getitem__(self, language: str) -> ListWords:
        if language not in LOCALES:
            raise KeyError(language)
        return _words(language)

    def __iter__(self) -> Iterator[str]:
        return iter(LOCALES)

    def __len__(self) -> int:
        return len(LOCALES)


WORDS: Mapping[str, ListWords] = _WordsByLanguage()


def language_for(language: str | None, locale: str | None = None) -> str:
    """The question's language when we have it, else the locale's, else English."""
    for code in (language, locale):
        code = language_of(code)
        if code in LOCALES:
            return code
    return "en"


def words_for(language: str | None, locale: str | None = None) -> ListWords:
    """The words of the question's language, else of the locale, else English."""
    return WORDS[language_for(language, locale)]
