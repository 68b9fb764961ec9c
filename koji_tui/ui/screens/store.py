"""The UI's thin adapter over the store layer (studies, keys, journal, export).

All functions are synchronous and meant for thread workers (keyring calls can
block). They translate the store's records into what the screens show, and
never put a key anywhere but ``StudyEntry.api_key`` (which no repr shows).

A saved study only uses a key stored *for it* (keyring or session).
``CredentialStore.get`` gives ``KOJI_API_KEY`` to the env study only; the
origin check below keeps that rule here too, so the environment's key is never
sent to another server than ``KOJI_BASE_URL``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from koji_tui import paths
from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import app_translator
from koji_tui.ui.screens.study_facts import facts_for


@dataclass(frozen=True)
class InterviewRow:
    record_id: int
    interview_id: str
    respondent: str
    started_at: str | None
    turn_count: int | None
    status: str
    quality_score: float | None
    pending: bool
    external_id: str = ""
    locale: str = ""


@dataclass(frozen=True)
class PendingItem:
    study: str
    record_id: int
    interview_id: str
    text: str


def load_studies(creds: Any) -> tuple[list[StudyEntry], list[str], bool | None]:
    """(studies, problems, keyring_ok): the env study first, then the saved ones. With no
    study at all the keyring is not asked (``keyring_ok`` None; loading it is slow, and the
    first-run screen needs none): :func:`keyring_status` tells later."""
    from koji_tui.config import ConfigError, StudyStore, env_study

    problems: list[str] = []
    studies: list[StudyEntry] = []
    try:
        env = env_study()
    except ConfigError as exc:
        problems.append(str(exc))
        env = None
    if env is not None:
        source = creds.get(env.name)
        studies.append(
            StudyEntry(
                name=env.name,
                base_url=env.base_url,
                api_key=source.key.get_secret_value() if source.key else None,
                source="env",
                key_storage="env",
                study_id=env.study_id,
            )
        )
    try:
        saved = StudyStore().load()
    except ConfigError as exc:
        problems.append(str(exc))
        saved = []
    if not studies and not saved:
        return studies, problems, None
    status = creds.backend_status()
    for study in saved:
        key = None
        storage = "missing"
        try:
            source = creds.get(study.name)
        except Exception as exc:  # a broken keyring must not hide the study
            problems.append(
                app_translator()
                .gettext("Could not read the key of {study}: {error}")
                .format(study=repr(study.name), error=type(exc).__name__)
            )
            source = None
        if source is not None and source.key and source.origin in ("keyring", "session"):
            key = source.key.get_secret_value()
            storage = source.origin
        studies.append(
            StudyEntry(
                name=study.name,
                base_url=study.base_url,
                api_key=key,
                source="saved",
                key_storage=storage,
                study_id=study.study_id,
                extra={"notes": study.notes} if study.notes else {},
            )
        )
    for entry in studies:
        facts_for(entry)  # what is known of a sandbox study is read here, off the event loop
    return studies, problems, bool(status.available)


def keyring_status(creds: Any) -> tuple[bool, str]:
    status = creds.backend_status()
    return bool(status.available), str(status.message)


def save_study(
    creds: Any,
    old: StudyEntry | None,
    *,
    name: str,
    base_url: str,
    api_key: str | None,
    session_only: bool,
    notes: str | None = None,
) -> tuple[StudyEntry, str | None]:
    """Add or change a saved study and store its key. Returns (entry, warning).
    ``notes=None`` keeps the notes an edited study has."""
    from koji_tui.config import StudyStore

    store = StudyStore()
    if old is None or name != old.name:
        _clear_old_key(creds, store, name)
    if old is None:
        config = store.add(name, base_url, notes=notes or "")
    else:
        config = store.update(
            old.name,
            base_url=base_url,
            new_name=name if name != old.name else None,
            notes=notes,
        )
        if config.name != old.name:
            creds.rename(old.name, config.name)
    warning = None
    storage = old.key_storage if old is not None else "missing"
    key = old.api_key if old is not None else None
    if api_key:
        result = creds.set(config.name, api_key, persist=not session_only)
        warning = result.warning
        storage = result.origin
        key = creds.get(config.name).key.get_secret_value()
    elif old is not None and session_only and old.key_storage == "keyring" and key:
        # Switching an existing key to session-only: keep it in memory, drop it from disk.
        creds.delete(config.name)
        creds.set(config.name, key, persist=False)
        storage = "session"
    entry = StudyEntry(
        name=config.name,
        base_url=config.base_url,
        api_key=key,
        source="saved",
        key_storage=storage if key else "missing",
        study_id=config.study_id,
        extra={"notes": config.notes} if config.notes else {},
    )
    return entry, warning


def _clear_old_key(creds: Any, store: Any, name: str) -> None:
    """Delete a key left in the keyring under a free ``name`` (e.g. by a failed remove),
    so a new or renamed study never inherits it. Raises CredentialError if it stays."""
    if any(s.name.casefold() == name.casefold() for s in store.load()):
        return  # taken: the store refuses the name (or it is this study's own, recased)
    creds.delete(name)


def remove_study(creds: Any, name: str) -> str | None:
    """Remove the study, then its key. Returns a warning when the study is gone but
    the keyring kept its key (raises only when the study itself was not removed)."""
    from koji_tui.config import CredentialError, StudyStore

    StudyStore().remove(name)
    try:
        creds.delete(name)
    except CredentialError as exc:
        creds.forget_session(name)
        return (
            app_translator()
            .gettext("Its API key could not be deleted from the keyring: {reason}")
            .format(reason=exc)
        )
    return None


def respondent_label(respondent: Any) -> str:
    """The respondent's display name, else their external id, else ""."""
    for field in ("display_name", "external_id"):
        value = respondent_field(respondent, field)
        if value:
            return value
    return ""


def respondent_field(respondent: Any, field: str) -> str:
    if not isinstance(respondent, dict):
        return ""
    value = respondent.get(field)
    return value.strip() if isinstance(value, str) else ""


INTERVIEW_PAGE = 500  # the newest this many are listed (a study may hold thousands)


def list_interviews(
    journal: Any, study_name: str, limit: int = INTERVIEW_PAGE
) -> tuple[list[InterviewRow], int]:
    """The newest ``limit`` interviews of a study as list rows, and how many it has in all.
    Three indexed queries, whatever the journal holds (run it off the UI thread)."""
    records = journal.list_interviews(study_name=study_name, with_turns=False, limit=limit)
    total = journal.count_interviews(study_name) if len(records) >= limit else len(records)
    pending = journal.pending_record_ids(study_name)
    rows = []
    for record in records:
        status = str(record.status)
        if status == "awaiting_completion":
            status = "finishing"
        rows.append(
            InterviewRow(
                record_id=record.record_id,
                interview_id=record.interview_id,
                respondent=respondent_field(record.respondent, "display_name"),
                started_at=record.started_at,
                turn_count=record.turn_count,
                status=status,
                quality_score=record.quality_score,
                pending=record.record_id in pending,
                external_id=respondent_field(record.respondent, "external_id"),
                locale=record.locale or "",
            )
        )
    return rows, total


def pending_answers(journal: Any) -> list[PendingItem]:
    return [
        PendingItem(
            study=p.interview.study_name,
            record_id=p.interview.record_id,
            interview_id=p.interview.interview_id,
            text=p.turn.content,
        )
        for p in journal.pending_answers()
    ]


def exports_dir() -> Path:
    """The exports folder: private to the user (0700), like the journal it is made from."""
    return paths.private_dir(paths.data_dir() / "exports")


def export_record(journal: Any, record_id: int, default_locale: str | None = None) -> list[Path]:
    """Write Markdown and JSON exports of one journaled interview; returns the paths.

    The Markdown is in the interview's language: the locale it was started with, else
    ``default_locale`` (the study's default, which an interview started without one ran in)."""
    from koji_tui.config.studies import atomic_write_text
    from koji_tui.journal.export import export_json, export_markdown
    from koji_tui.journal.notes import notes_of

    record = journal.get(record_id)
    notes = notes_of(journal, record_id)  # the moderator's and observers' notes, flags
    folder = exports_dir()
    safe_id = "".join(c if c.isalnum() or c in "-_" else "_" for c in record.interview_id)[:80]
    base = folder / f"{safe_id or 'interview'}"
    written = []
    for suffix, text in (
        (".md", export_markdown(record, notes=notes, locale=default_locale)),
        (".json", export_json(record, notes=notes)),
    ):
        target = base.with_suffix(suffix)
        atomic_write_text(target, text)  # a private temp file (0600), then renamed
        written.append(target)
    return written


def respondent_details(respondent: Any, locale: str | None = None) -> str:
    """One line of who is answering: name, external id, locale and metadata (server text is
    made safe by the caller's widget)."""
    parts: list[str] = []
    name = respondent_field(respondent, "display_name")
    if name:
        parts.append(name)
    external = respondent_field(respondent, "external_id")
    if external:
        parts.append(f"id {external}")
    if locale:
        parts.append(f"locale {locale}")
    meta = respondent.get("metadata") if isinstance(respondent, dict) else None
    if isinstance(meta, dict) and meta:
        parts.append(", ".join(f"{k}={v}" for k, v in meta.items()))
    return " · ".join(parts)
