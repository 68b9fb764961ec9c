"""A study as the app lists it: the saved study (or env/demo study) joined with its key.

No Textual here: screens, the services object and non-UI callers all use it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class StudyEntry:
    """A study as the UI lists it. ``api_key`` never appears in a repr (``repr=False``: the
    dataclass's own repr leaves it out) or on screen."""

    name: str
    base_url: str
    api_key: str | None = field(default=None, repr=False)
    source: str = "saved"  # "saved" | "env" | "demo"
    key_storage: str = "missing"  # "keyring" | "session" | "env" | "demo" | "missing"
    study_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_key(self) -> bool:
        return bool(self.api_key)

    @property
    def editable(self) -> bool:
        return self.source == "saved"
