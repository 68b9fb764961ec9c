"""Studies, API keys and user preferences (no textual, no network).

Public API::

    from koji_tui.config import (StudyConfig, StudyStore, env_study, normalize_base_url,
        ConfigError, DuplicateStudyError, UnknownStudyError,
        CredentialStore, CredentialError, KeySource, BackendStatus, StoreResult, secret,
        load_keymap, Keymap, load_settings, save_theme, Settings)

    store = StudyStore()                      # paths.config_dir()/studies.json
    store.list()                              # [env study first if KOJI_BASE_URL+KOJI_API_KEY] + saved
    store.add("Onboarding", "https://koji.example")   # DuplicateStudyError / ConfigError (bad URL)
    store.update("Onboarding", base_url=..., new_name=..., notes=...)
    store.remove("Onboarding")

    creds = CredentialStore()                 # keyring service "koji-tui", username = study name
    creds.backend_status()                    # BackendStatus(available, message) (unpacks as a tuple)
    creds.get("Onboarding")                   # KeySource(key: pydantic.SecretStr | None, origin: "session"|"keyring"|"env"|None; "env" only for the env study)
    creds.set("Onboarding", "pk_…", persist=True)   # StoreResult(origin "keyring"|"session", warning)
    creds.delete("Onboarding"); creds.rename(old, new)
    key.get_secret_value()                    # only where the key goes into the HTTP header

Importing this package is cheap (stdlib + platformdirs); keyring is imported on first use.
"""

from koji_tui.config.credentials import (
    BackendStatus,
    CredentialError,
    CredentialStore,
    KeySource,
    StoreResult,
    secret,
)
from koji_tui.config.settings import (
    Keymap,
    Settings,
    SettingsFiles,
    load_keymap,
    load_settings,
    save_theme,
)
from koji_tui.config.studies import (
    ConfigError,
    DuplicateStudyError,
    StudyConfig,
    StudyStore,
    UnknownStudyError,
    env_study,
    normalize_base_url,
)

__all__ = [
    "BackendStatus",
    "ConfigError",
    "CredentialError",
    "CredentialStore",
    "DuplicateStudyError",
    "KeySource",
    "Keymap",
    "Settings",
    "SettingsFiles",
    "StoreResult",
    "StudyConfig",
    "StudyStore",
    "UnknownStudyError",
    "env_study",
    "load_keymap",
    "load_settings",
    "normalize_base_url",
    "save_theme",
    "secret",
]
