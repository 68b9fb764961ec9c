"""Add or edit a study: name, server address, API key (never shown), session-only option."""

from __future__ import annotations

from typing import cast

from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Checkbox, Input, Label, Static
from textual.worker import Worker, WorkerState

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import N_, app_translator
from koji_tui.ui.screens.common import visible
from koji_tui.ui.screens.forms import FormScreen
from koji_tui.ui.widgets.toggles import ClearCheckbox

SAVE_GROUP = "save-study"

NO_KEYRING = N_(
    "No keyring backend was found on this system, so the key cannot be stored "
    "on disk safely: it will be kept for this session only. To store keys, run a "
    "Secret Service (e.g. gnome-keyring) or install a backend "
    "(pip install keyrings.alt), or set KOJI_BASE_URL and KOJI_API_KEY."
)


def validate_study(
    name: str, base_url: str, key: str, existing: list[str], editing: StudyEntry | None
) -> str | None:
    """The first problem with the form, or None (in the user's language)."""
    tr = app_translator()
    if not name:
        return tr.gettext("Give the study a name.")
    if any(ord(c) < 32 for c in name):
        return tr.gettext("The name cannot contain control characters.")
    if name in existing and (editing is None or editing.name != name):
        return tr.gettext("A study called {name} already exists.").format(name=repr(name))
    if not base_url:
        return tr.gettext("Enter the server address, e.g. {example}").format(
            example="https://app.koji.so"
        )
    if not base_url.startswith(("http://", "https://")) or " " in base_url:
        return tr.gettext("The server address must start with http:// or https://")
    if editing is None and not key:
        return tr.gettext("Enter the study's API key (from the Koji project settings).")
    if key and (any(c.isspace() for c in key) or len(key) < 8):
        return tr.gettext("That does not look like an API key (no spaces, at least 8 characters).")
    return None


def key_placeholder(study: StudyEntry | None) -> str:
    """What the empty key field says: only a study that has a key can keep it."""
    tr = app_translator()
    if study is None:
        return tr.gettext("pk_live_… (never shown)")
    if study.has_key:
        return tr.gettext("leave empty to keep the current key")
    return tr.gettext("pk_live_… (this study has no key yet)")


def study_notes(study: StudyEntry | None) -> str:
    notes = study.extra.get("notes") if study is not None else None
    return notes if isinstance(notes, str) else ""


class StudyFormScreen(FormScreen[StudyEntry]):
    AUTO_FOCUS = "#study-name"

    def __init__(self, study: StudyEntry | None, keyring_ok: bool | None = True) -> None:
        super().__init__()
        self.study = study
        self.keyring_ok = keyring_ok is not False

    def compose(self) -> ComposeResult:
        tr = app_translator()
        editing = self.study is not None
        with Vertical(classes="dialog", id="study-form"):
            yield Static(
                tr.gettext("Edit study") if editing else tr.gettext("Add a study"),
                classes="dialog-title",
            )
            with VerticalScroll(classes="form-fields"):
                with Horizontal(classes="form-row"):
                    yield Label(tr.gettext("Name"), classes="form-label")
                    yield Input(
                        value=self.study.name if self.study else "",
                        placeholder=tr.gettext("e.g. Onboarding research"),
                        id="study-name",
                        compact=True,
                    )
                with Horizontal(classes="form-row"):
                    yield Label(tr.gettext("Server"), classes="form-label")
                    yield Input(
                        value=self.study.base_url if self.study else "https://",
                        placeholder="https://app.koji.so",
                        id="study-url",
                        compact=True,
                    )
                with Horizontal(classes="form-row"):
                    yield Label(tr.gettext("API key"), classes="form-label")
                    yield Input(
                        password=True,
                        placeholder=key_placeholder(self.study),
                        id="study-key",
                        compact=True,
                    )
                with Horizontal(classes="form-row"):
                    yield Label(tr.gettext("Notes"), classes="form-label")
                    yield Input(
                        value=study_notes(self.study),
                        placeholder=tr.gettext("optional, shown in the study list"),
                        id="study-notes",
                        compact=True,
                    )
                yield ClearCheckbox(
                    tr.gettext("Keep the key for this session only (not stored)"),
                    value=not self.keyring_ok
                    or bool(self.study and self.study.key_storage == "session"),
                    disabled=not self.keyring_ok,
                    id="study-session-only",
                    compact=True,
                )
                if not self.keyring_ok:
                    yield Static(
                        tr.gettext(NO_KEYRING), classes="form-note -warning", id="no-keyring"
                    )
                else:
                    yield Static(
                        tr.gettext("The key goes to your system keyring, never to a file."),
                        classes="form-note",
                    )
            yield Static("", id="form-error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(tr.gettext("Save ^s"), id="form-save", variant="primary", compact=True)
                yield Button(tr.gettext("Cancel esc"), id="form-cancel", compact=True)

    def submit(self) -> None:
        name = self.query_one("#study-name", Input).value.strip()
        url = self.query_one("#study-url", Input).value.strip().rstrip("/")
        key = self.query_one("#study-key", Input).value.strip()
        notes = self.query_one("#study-notes", Input).value.strip()
        session_only = self.query_one("#study-session-only", Checkbox).value or not self.keyring_ok
        existing = [s.name for s in self.koji.studies]
        problem = validate_study(name, url, key, existing, self.study)
        if problem is None and any(ord(c) < 32 for c in notes):
            problem = app_translator().gettext("The notes cannot contain control characters.")
        if problem:
            self.show_error(problem)
            return
        self.show_error("")
        self.query_one("#form-save", Button).disabled = True
        self._save(name, url, key or None, session_only, notes)

    @work(thread=True, exclusive=True, group=SAVE_GROUP, exit_on_error=False)
    def _save(
        self, name: str, url: str, key: str | None, session_only: bool, notes: str
    ) -> tuple[StudyEntry, str | None]:
        """Store the study and its key (the keyring may block: in a thread). The result, or
        the failure, comes back as the worker's state (``on_worker_state_changed``)."""
        from koji_tui.ui.screens import store

        return store.save_study(
            self.koji.services.credentials,
            self.study,
            name=name,
            base_url=url,
            api_key=key,
            session_only=session_only,
            notes=notes,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The save's one way back: saved, or why not (said in the form, which stays open)."""
        if event.worker.group != SAVE_GROUP:
            self.koji.report_worker(event)
        elif event.state is WorkerState.SUCCESS:
            entry, warning = cast("tuple[StudyEntry, str | None]", event.worker.result)
            self._saved(entry, warning)
        elif event.state is WorkerState.ERROR:
            self._failed(
                app_translator()
                .gettext("Could not save the study: {reason}")
                .format(reason=visible(str(event.worker.error)))
            )

    def _failed(self, message: str) -> None:
        self.show_error(message)
        self.query_one("#form-save", Button).disabled = False

    def _saved(self, entry: StudyEntry, warning: str | None) -> None:
        app, host = self.app, self.koji
        if warning:
            app.notify(warning, severity="warning", timeout=15, markup=False)
        app.notify(
            app_translator().gettext("Study {name} saved.").format(name=repr(entry.name)),
            markup=False,
        )
        self.dismiss(entry)  # the screen that asked for the form goes on (first-run: leaves)
        host.load_studies()
