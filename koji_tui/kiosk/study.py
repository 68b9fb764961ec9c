"""Which study a kiosk runs: a configured one (its key from the keyring, or the env study), or
a sample study of the demo's sandbox. Blocking (the keyring, starting the sandbox): call it
before the app starts, or in a thread.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from koji_tui.config.entry import StudyEntry
from koji_tui.i18n import app_translator


class KioskStudyError(ValueError):
    """The study cannot run in a kiosk (the message says why and what to do)."""


@dataclass(frozen=True)
class KioskStudy:
    entry: StudyEntry
    locales: tuple[str, ...] = ()  # the study's languages when known (the sandbox's)
    title: str = ""  # what the welcome shows (the study's name)


def configured_study(name: str) -> KioskStudy:
    """A study of ``koji-tui study list`` (or the env study), with its key."""
    from koji_tui.config import ConfigError, CredentialStore, StudyStore, UnknownStudyError

    try:
        config = StudyStore().get(name)
    except UnknownStudyError as exc:
        raise KioskStudyError(str(exc)) from None
    except ConfigError as exc:
        said = app_translator().gettext("The study list cannot be read: {error}")
        raise KioskStudyError(said.format(error=exc)) from None
    try:
        source = CredentialStore().get(config.name)
    except Exception as exc:
        said = app_translator().gettext("The API key of {study!r} cannot be read ({error}).")
        error = f"{type(exc).__name__}: {exc}"
        raise KioskStudyError(said.format(study=config.name, error=error)) from None
    if source.key is None or (source.origin == "env") != config.is_env:
        said = app_translator().gettext(
            "Study {study!r} has no stored API key. Add one with "
            "`koji-tui study edit {study!r} --key` (a kiosk cannot ask a participant)."
        )
        raise KioskStudyError(said.format(study=config.name))
    entry = StudyEntry(
        name=config.name,
        base_url=config.base_url,
        api_key=source.key.get_secret_value(),
        source="env" if config.is_env else "saved",
        key_storage=source.origin or "keyring",
        study_id=config.study_id,
    )
    return KioskStudy(entry, (), config.name)


def sandbox_study(srv: Any, which: str | None) -> KioskStudy:
    """A text study of a running sandbox: ``which`` by name or id (any case), else the
    first sample study."""
    studies = list(srv.studies)
    chosen = studies[0] if studies else None
    if which:
        folded = which.strip().casefold()
        chosen = next((s for s in studies if folded in (s.id.casefold(), s.name.casefold())), None)
        if chosen is None:
            names = ", ".join(repr(s.name) for s in studies)
            said = app_translator().gettext("No sample study {which!r}. The sandbox has: {names}.")
            raise KioskStudyError(said.format(which=which, names=names))
    if chosen is None:
        raise KioskStudyError(app_translator().gettext("The sandbox has no studies."))
    if chosen.mode != "text":
        said = app_translator().gettext(
            "{study!r} is voice-only: a terminal kiosk runs text interviews only."
        )
        raise KioskStudyError(said.format(study=chosen.name))
    entry = StudyEntry(
        name=chosen.name,
        base_url=srv.base_url,
        api_key=srv.key(chosen.id),
        source="demo",
        key_storage="demo",
        study_id=chosen.id,
    )
    return KioskStudy(entry, tuple(chosen.locales), chosen.name)


def start_sandbox(
    stack: contextlib.ExitStack, data_dir: Path, which: str | None, config: Any = None
) -> KioskStudy:
    """Start the demo's sandbox (stopped when ``stack`` closes) and pick its study."""
    from koji_tui.server import ServerConfig, serve_in_thread

    data_dir.mkdir(parents=True, exist_ok=True)
    srv = stack.enter_context(serve_in_thread(config or ServerConfig(data_dir=data_dir)))
    return sandbox_study(srv, which)


__all__ = [
    "KioskStudy",
    "KioskStudyError",
    "configured_study",
    "sandbox_study",
    "start_sandbox",
]
