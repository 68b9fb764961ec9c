"""The new-interview form: optional respondent, mode and locale."""

from __future__ import annotations

import re
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, RadioSet, Static

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import N_, app_translator
from koji_tui.ui.localized import assemble
from koji_tui.ui.screens.common import visible
from koji_tui.ui.screens.forms import FormScreen
from koji_tui.ui.screens.study_facts import StudyFacts, facts_for
from koji_tui.ui.widgets.toggles import ClearRadioButton

VOICE_NOTE = N_(
    "Voice interviews need a microphone and Koji's voice WebSocket, which a "
    "terminal cannot provide. Choose text to run the interview here."
)
VOICE_ONLY_NOTE = N_(
    "This study runs voice interviews only. They need a microphone and Koji's voice "
    "WebSocket, which a terminal cannot provide: it cannot be run here."
)
VOICE_ONLY_ERROR = N_("Not started: this study is voice-only and cannot run in a terminal.")
VOICE_CHOSEN_ERROR = N_("Not started: voice cannot run in a terminal. Choose Text.")
UNKNOWN_LOCALES_NOTE = N_("The server decides: a locale it lacks falls back to its default.")
LOCALE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
META_KEY = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")


def parse_metadata(text: str) -> dict[str, str]:
    """``source=crm, segment=enterprise`` -> dict. Raises ValueError with a clear message."""
    tr = app_translator()
    result: dict[str, str] = {}
    for part in re.split(r"[,;\n]", text):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise ValueError(
                tr.gettext("Metadata needs key=value pairs; {part} has no '='.").format(
                    part=repr(part)
                )
            )
        key, value = (s.strip() for s in part.split("=", 1))
        if not META_KEY.match(key):
            raise ValueError(
                tr.gettext(
                    "Metadata key {key} may use letters, digits, '_', '-', '.' (max 64)."
                ).format(key=repr(key))
            )
        if key in result:
            raise ValueError(tr.gettext("Metadata key {key} appears twice.").format(key=repr(key)))
        result[key] = value
    return result


def build_start_args(
    external_id: str, display_name: str, metadata: str, mode: str, locale: str
) -> dict[str, Any]:
    """What the form returns: the arguments of ``InterviewSession.start``. Raises ValueError."""
    tr = app_translator()
    if mode == "voice":
        raise ValueError(tr.gettext(VOICE_NOTE))
    if locale and not LOCALE.match(locale):
        raise ValueError(
            tr.gettext("{locale} is not a locale code like en, fr or pt-BR.").format(
                locale=repr(locale)
            )
        )
    meta = parse_metadata(metadata)
    respondent: dict[str, Any] = {}
    if external_id:
        respondent["external_id"] = external_id
    if display_name:
        respondent["display_name"] = display_name
    if meta:
        respondent["metadata"] = meta
    return {"respondent": respondent or None, "mode": mode, "locale": locale or None}


def locales_note(facts: StudyFacts) -> str:
    """The locales the study offers (a sandbox study's file lists them), or that the server
    decides (a real server: Koji's API does not say which it has)."""
    tr = app_translator()
    if not facts.known or not facts.locales:
        return tr.gettext(UNKNOWN_LOCALES_NOTE)
    others = [code for code in facts.locales if code != facts.locale]
    if others:
        return tr.gettext("This study offers {default} (the default) and {others}.").format(
            default=facts.locale, others=", ".join(others)
        )
    return tr.gettext("This study offers {default} (the default) only.").format(
        default=facts.locale
    )


def locale_problem(facts: StudyFacts, locale: str) -> str | None:
    """Why ``locale`` will not be used, for a study whose locales are known; else None."""
    if not locale or facts.offers_locale(locale) is not False:
        return None
    return (
        app_translator()
        .gettext(
            "{locale} is not one of this study's locales ({offered}): it would run in "
            "{default}. Leave it empty for the default."
        )
        .format(locale=repr(locale), offered=", ".join(facts.locales), default=facts.locale)
    )


def locale_refusal(facts: StudyFacts, locale: str) -> str | None:
    """The form's one line when it refuses to start with ``locale``; None when it may start."""
    if not LOCALE.match(locale) or locale_problem(facts, locale) is None:
        return None
    return (
        app_translator()
        .gettext("Not started: {locale} is not one of this study's locales ({offered}).")
        .format(locale=repr(locale), offered=", ".join(facts.locales))
    )


class NewInterviewScreen(FormScreen[dict[str, Any]]):
    AUTO_FOCUS = "#respondent-name"

    def __init__(self, study: StudyEntry, facts: StudyFacts | None = None) -> None:
        super().__init__()
        self.study = study
        self._facts = facts

    @property
    def facts(self) -> StudyFacts:
        if self._facts is None:
            self._facts = facts_for(self.study, self.koji.sandbox)
        return self._facts

    def compose(self) -> ComposeResult:
        tr = app_translator()
        with Vertical(classes="dialog", id="new-interview-form"):
            yield Static(
                assemble(
                    tr.gettext("New interview in {study}"),
                    study=(visible(self.study.name), "bold"),
                ),
                classes="dialog-title",
            )
            with VerticalScroll(classes="form-fields"):
                if self.facts.voice_only:
                    yield Static(
                        tr.gettext(VOICE_ONLY_NOTE),
                        classes="form-note -warning",
                        id="voice-only-note",
                    )
                yield Static(tr.gettext("Respondent (all optional)"), classes="form-section")
                with Horizontal(classes="form-row"):
                    yield Label(tr.gettext("Name"), classes="form-label")
                    yield Input(
                        placeholder=tr.gettext("e.g. Jane Smith"),
                        id="respondent-name",
                        compact=True,
                    )
                with Horizontal(classes="form-row"):
                    yield Label(tr.gettext("External id"), classes="form-label")
                    yield Input(
                        placeholder=tr.gettext("e.g. crm-contact-456"),
                        id="respondent-external-id",
                        compact=True,
                    )
                with Horizontal(classes="form-row"):
                    yield Label(tr.gettext("Metadata"), classes="form-label")
                    yield Input(
                        placeholder=tr.gettext("key=value, key=value"),
                        id="respondent-metadata",
                        compact=True,
                    )
                yield Static(tr.pgettext("form section", "Interview"), classes="form-section")
                with Horizontal(classes="form-row"):
                    yield Label(tr.gettext("Mode"), classes="form-label")
                    with RadioSet(id="mode", compact=True):
                        yield ClearRadioButton(
                            tr.gettext("Text"), value=True, id="mode-text", compact=True
                        )
                        yield ClearRadioButton(tr.gettext("Voice"), id="mode-voice", compact=True)
                with Horizontal(classes="form-row"):
                    yield Label(tr.gettext("Locale"), classes="form-label")
                    yield Input(
                        placeholder=tr.gettext("study default ({locale})").format(
                            locale=self.facts.locale
                        )
                        if self.facts.known and self.facts.locale
                        else tr.gettext("study default (e.g. en, fr)"),
                        id="locale",
                        max_length=20,
                        compact=True,
                    )
                yield Static(locales_note(self.facts), classes="form-note", id="locale-note")
                yield Static(tr.gettext(VOICE_NOTE), classes="form-note -warning", id="voice-note")
            yield Static("", id="form-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(
                    tr.gettext("Start ^s"), id="form-save", variant="primary", compact=True
                )
                yield Button(tr.gettext("Cancel esc"), id="form-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#voice-note").display = False

    @on(RadioSet.Changed, "#mode")
    def _mode_changed(self) -> None:
        self.query_one("#voice-note").display = (
            self._mode() == "voice" and not self.facts.voice_only
        )

    @on(Input.Changed, "#locale")
    def _locale_changed(self, event: Input.Changed) -> None:
        """Say at once when the typed locale is not one the study offers."""
        note = self.query_one("#locale-note", Static)
        problem = locale_problem(self.facts, event.value.strip())
        note.update(problem or locales_note(self.facts))
        note.set_class(problem is not None, "-warning")

    def _mode(self) -> str:
        pressed = self.query_one("#mode", RadioSet).pressed_button
        return "voice" if pressed is not None and pressed.id == "mode-voice" else "text"

    def submit(self) -> None:
        tr = app_translator()
        if self.facts.voice_only:
            self.show_error(tr.gettext(VOICE_ONLY_ERROR))
            return
        locale = self.query_one("#locale", Input).value.strip()
        refusal = locale_refusal(self.facts, locale)
        if refusal:
            self.show_error(refusal)
            self.query_one("#locale", Input).focus()
            return
        try:
            args = build_start_args(
                self.query_one("#respondent-external-id", Input).value.strip(),
                self.query_one("#respondent-name", Input).value.strip(),
                self.query_one("#respondent-metadata", Input).value,
                self._mode(),
                self.query_one("#locale", Input).value.strip(),
            )
        except ValueError as exc:
            if str(exc) == tr.gettext(VOICE_NOTE) and self.query_one("#voice-note").display:
                # The note already says why under the radios (saying it twice pushed the
                # buttons off a small screen): one short line says nothing started.
                self.app.bell()
                self.show_error(tr.gettext(VOICE_CHOSEN_ERROR))
                self.query_one("#mode", RadioSet).focus()
                return
            self.show_error(str(exc))
            return
        self.dismiss(args)
