"""The study list's words: one line per study, and the remove question. Text, never markup."""

from __future__ import annotations

from rich.text import Text

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import N_, app_translator
from koji_tui.ui.screens.common import one_line, visible
from koji_tui.ui.screens.study_facts import UNKNOWN, StudyFacts

KEY_LABELS = {
    "keyring": N_("key in keyring"),
    "session": N_("key for this session"),
    "env": N_("key from environment"),
    "demo": N_("demo key"),
    "missing": N_("NO KEY"),
}


VOICE_ONLY_LABEL = N_("[voice only]")
NOTES_WIDTH = 28
VOICE_ONLY_WORDS = N_("Voice only: it cannot run in a terminal.")
VOICE_ONLY_DETAIL = "   " + VOICE_ONLY_WORDS  # the detail line's indent, then the words
# Presenter mode (koji_tui/ui/app_presenter.py): no server, no key on screen.
PRESENTER_DOT = {True: "●", False: "○"}  # a key (ready) / no key
VOICE_ONLY_PRESENTER = N_("Voice only: it is answered by speaking, not typed.")
NO_KEY_PRESENTER = N_("Not ready: this study has no API key here.")
DESCRIPTION_WIDTH = 90


def study_label(study: StudyEntry, facts: StudyFacts = UNKNOWN) -> Text:
    """One line per study: name · server · key state (· voice only). Text, never markup."""
    label = Text(no_wrap=True, overflow="ellipsis", end="")
    label.append(visible(study.name), style="bold")
    label.append("  ")
    label.append(visible(_host(study.base_url)), style="dim")
    label.append("  ")
    tr = app_translator()
    key_state = tr.gettext(
        KEY_LABELS.get(study.key_storage if study.has_key else "missing", N_("key present"))
    )
    label.append(f"[{key_state}]", style="" if study.has_key else "bold reverse")
    if facts.voice_only:
        label.append("  ")
        label.append(tr.gettext(VOICE_ONLY_LABEL), style="bold")
    notes = study.extra.get("notes")
    if isinstance(notes, str) and notes.strip():
        # Short, so the line does not wrap; the study form shows them whole.
        label.append("  ")
        label.append(one_line(" ".join(notes.split()), NOTES_WIDTH), style="italic")
    return label


def presenter_label(study: StudyEntry, facts: StudyFacts = UNKNOWN) -> Text:
    """Presenter mode's line: a dot (ready or not), the name, [voice only], the description;
    no server, no key. Text, never markup."""
    label = Text(no_wrap=True, overflow="ellipsis", end="")
    label.append(PRESENTER_DOT[study.has_key], style="" if study.has_key else "bold")
    label.append(" ")
    label.append(visible(study.name), style="bold")
    if facts.voice_only:
        label.append("  ")
        label.append(app_translator().gettext(VOICE_ONLY_LABEL), style="bold")
    if facts.description.strip():
        label.append("  ")
        label.append(one_line(" ".join(facts.description.split()), DESCRIPTION_WIDTH), "dim")
    return label


def presenter_detail(study: StudyEntry, facts: StudyFacts, details_key: str) -> Text:
    """The line under the presenter's study list: what the highlighted study is (voice-only
    explained before anyone picks it), its languages, and where the details are."""
    tr = app_translator()
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    if not study.has_key:
        text.append(tr.gettext(NO_KEY_PRESENTER), style="bold")
    elif facts.voice_only:
        text.append(tr.gettext(VOICE_ONLY_PRESENTER), style="bold")
    elif facts.known and facts.locales:
        languages = tr.gettext("Languages: {locales}").format(locales=", ".join(facts.locales))
        text.append(languages, style="dim")
    if details_key:
        text.append("   " if text.plain else "")
        text.append(details_key, style="bold")
        text.append(" " + tr.gettext("details"), style="dim")
    return text


def remove_question(study: StudyEntry) -> str:
    """The remove dialog's question, saying what happens to the key (there may be none)."""
    tr = app_translator()
    name = repr(study.name)
    if study.key_storage == "keyring":
        first = tr.gettext("Remove study {name} and delete its API key from the keyring?")
    elif study.key_storage == "session":
        first = tr.gettext(
            "Remove study {name}? Its API key was kept for this session only (never stored)."
        )
    else:
        first = tr.gettext("Remove study {name}? It has no stored API key.")
    return first.format(name=name) + "\n" + tr.gettext("Its interviews stay in the journal.")


def _host(url: str) -> str:
    return url.split("://", 1)[-1].rstrip("/")
