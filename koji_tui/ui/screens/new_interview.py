"""The new-interview form: optional respondent, mode and locale."""

from __future__ import annotations

import re
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, RadioSet, Static

from koji_tui.config.entry import StudyEntry
from koji_tui.ui.screens.common import visible
from koji_tui.ui.screens.forms import FormScreen
from koji_tui.ui.screens.study_facts import StudyFacts, facts_for
from koji_tui.ui.widgets.toggles import ClearRadioButton

VOICE_NOTE = (
    "Voice interviews need a microphone and Koji's voice WebSocket, which a "
    "terminal cannot provide. Choose text to run the interview here."
)
VOICE_ONLY_NOTE = (
    "This study runs voice interviews only. They need a microphone and Koji's voice "
    "WebSocket, which a terminal cannot provide: it cannot be run here."
)
VOICE_ONLY_ERROR = "Not started: this study is voice-only and cannot run in a terminal."
VOICE_CHOSEN_ERROR = "Not started: voice cannot run in a terminal. Choose Text."
UNKNOWN_LOCALES_NOTE = "The server decides: a locale it lacks falls back to its default."
LOCALE = re.compile(r"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$")
META_KEY = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")


def parse_metadata(text: str) -> dict[str, str]:
    """``source=crm, segment=enterprise`` -> dict. Raises ValueError with a clear message."""
    result: dict[str, str] = {}
    for part in re.split(r"[,;\n]", text):
        part = part.strip()
        if not part:
            continue
        if "=" not in part:
            raise ValueError(f"Metadata needs key=value pairs; {part!r} has no '='.")
        key, value = (s.strip() for s in part.split("=", 1))
        if not META_KEY.match(key):
            raise ValueError(
                f"Metadata key {key!r} may use letters, digits, '_', '-', '.' (max 64)."
            )
        if key in result:
            raise ValueError(f"Metadata key {key!r} appears twice.")
        result[key] = value
    return result


def build_start_args(
    external_id: str, display_name: str, metadata: str, mode: str, locale: str
) -> dict[str, Any]:
    """What the form returns: the arguments of ``InterviewSession.start``. Raises ValueError."""
    if mode == "voice":
        raise ValueError(VOICE_NOTE)
    if locale and not LOCALE.match(locale):
        raise ValueError(f"{locale!r} is not a locale code like en, fr or pt-BR.")
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
    if not facts.known or not facts.locales:
        return UNKNOWN_LOCALES_NOTE
    others = [code for code in facts.locales if code != facts.locale]
    text = f"This study offers {facts.locale} (the default)"
    return text + (f" and {', '.join(others)}." if others else " only.")


def locale_problem(facts: StudyFacts, locale: str) -> str | None:
    """Why ``locale`` will not be used, for a study whose locales are known; else None."""
    if not locale or facts.offers_locale(locale) is not False:
        return None
    return (
        f"{locale!r} is not one of this study's locales ({', '.join(facts.locales)}): "
        f"it would run in {facts.locale}. Leave it empty for the default."
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
        with Vertical(classes="dialog", id="new-interview-form"):
            yield Static(
                Text.assemble("New interview in ", (visible(self.study.name), "bold")),
                classes="dialog-title",
            )
            with VerticalScroll(classes="form-fields"):
                if self.facts.voice_only:
                    yield Static(
                        VOICE_ONLY_NOTE, classes="form-note -warning", id="voice-only-note"
                    )
                yield Static("Respondent (all optional)", classes="form-section")
                with Horizontal(classes="form-row"):
                    yield Label("Name", classes="form-label")
                    yield Input(placeholder="e.g. Jane Smith", id="respondent-name", compact=True)
                with Horizontal(classes="form-row"):
                    yield Label("External id", classes="form-label")
                    yield Input(
                        placeholder="e.g. crm-contact-456",
                        id="respondent-external-id",
                        compact=True,
                    )
                with Horizontal(classes="form-row"):
                    yield Label("Metadata", classes="form-label")
                    yield Input(
                        placeholder="key=value, key=value",
                        id="respondent-metadata",
                        compact=True,
                    )
                yield Static("Interview", classes="form-section")
                with Horizontal(classes="form-row"):
                    yield Label("Mode", classes="form-label")
                    with RadioSet(id="mode", compact=True):
                        yield ClearRadioButton("Text", value=True, id="mode-text", compact=True)
                        yield ClearRadioButton("Voice", id="mode-voice", compact=True)
                with Horizontal(classes="form-row"):
                    yield Label("Locale", classes="form-label")
                    yield Input(
                        placeholder=f"study default ({self.facts.locale})"
                        if self.facts.known and self.facts.locale
                        else "study default (e.g. en, fr)",
                        id="locale",
                        max_length=20,
                        compact=True,
                    )
                yield Static(locales_note(self.facts), classes="form-note", id="locale-note")
                yield Static(VOICE_NOTE, classes="form-note -warning", id="voice-note")
            yield Static("", id="form-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Start ^s", id="form-save", variant="primary", compact=True)
                yield Button("Cancel esc", id="form-cancel", compact=True)

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
        if self.facts.voice_only:
            self.show_error(VOICE_ONLY_ERROR)
            return
        locale = self.query_one("#locale", Input).value.strip()
        problem = locale_problem(self.facts, locale) if LOCALE.match(locale) else None
        if problem:
            self.show_error("Not started: " + problem.split(":", 1)[0] + ".")
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
            if str(exc) == VOICE_NOTE and self.query_one("#voice-note").display:
                # The note already says why under the radios (saying it twice pushed the
                # buttons off a small screen): one short line says nothing started.
                self.app.bell()
                self.show_error(VOICE_CHOSEN_ERROR)
                self.query_one("#mode", RadioSet).focus()
                return
            self.show_error(str(exc))
            return
        self.dismiss(args)
