"""The new-interview form: optional respondent, mode and locale."""

from __future__ import annotations

import re
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input, Label, RadioSet, Static

from koji_tui.ui.messages import StudyEntry
from koji_tui.ui.screens.common import visible
from koji_tui.ui.screens.forms import FormScreen
from koji_tui.ui.widgets.toggles import ClearRadioButton

VOICE_NOTE = (
    "Voice interviews need a microphone and Koji's voice WebSocket, which a "
    "terminal cannot provide. Choose text to run the interview here."
)
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


class NewInterviewScreen(FormScreen[dict[str, Any]]):
    AUTO_FOCUS = "#respondent-name"

    def __init__(self, study: StudyEntry) -> None:
        super().__init__()
        self.study = study

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="new-interview-form"):
            yield Static(
                Text.assemble("New interview in ", (visible(self.study.name), "bold")),
                classes="dialog-title",
            )
            with VerticalScroll(classes="form-fields"):
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
                        placeholder="study default (e.g. en, fr)",
                        id="locale",
                        max_length=20,
                        compact=True,
                    )
                yield Static(VOICE_NOTE, classes="form-note -warning", id="voice-note")
            yield Static("", id="form-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Start ^s", id="form-save", variant="primary", compact=True)
                yield Button("Cancel esc", id="form-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#voice-note").display = False

    @on(RadioSet.Changed, "#mode")
    def _mode_changed(self) -> None:
        self.query_one("#voice-note").display = self._mode() == "voice"

    def _mode(self) -> str:
        pressed = self.query_one("#mode", RadioSet).pressed_button
        return "voice" if pressed is not None and pressed.id == "mode-voice" else "text"

    def submit(self) -> None:
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
                # The note already says it under the radios; saying it twice pushed the
                # buttons off a small screen.
                self.app.bell()
                self.query_one("#mode", RadioSet).focus()
                return
            self.show_error(str(exc))
            return
        self.dismiss(args)
