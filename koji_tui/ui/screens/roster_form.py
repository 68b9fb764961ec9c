"""The new-interview form filled in from a roster row ("next participant")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from textual.widgets import Input

from koji_tui.config.entry import StudyEntry
from koji_tui.ui.screens.new_interview import NewInterviewScreen

if TYPE_CHECKING:
    from koji_tui.journal.roster import RosterEntry

_PLAIN_VALUE = re.compile(r"^[^,;=\n]*$")
_META_KEY = re.compile(r"^[A-Za-z0-9_.\-]{1,64}$")


def form_metadata(metadata: dict[str, str]) -> str:
    """The ``key=value, …`` text of the form, or "" when a key or value cannot be written so."""
    if not all(_META_KEY.match(k) and _PLAIN_VALUE.match(v) for k, v in metadata.items()):
        return ""
    return ", ".join(f"{k}={v}" for k, v in metadata.items())


class RosterInterviewForm(NewInterviewScreen):
    """The new-interview form, filled in from a roster row."""

    def __init__(self, study: StudyEntry, entry: RosterEntry) -> None:
        super().__init__(study)
        self.entry = entry
        self._prefilled = form_metadata(entry.metadata)

    def on_mount(self) -> None:
        super().on_mount()
        values = {
            "#respondent-name": self.entry.display_name or "",
            "#respondent-external-id": self.entry.external_id or "",
            "#respondent-metadata": self._prefilled,
            "#locale": self.entry.locale or "",
        }
        for selector, value in values.items():
            self.query_one(selector, Input).value = value

    def dismiss(self, result: Any = None) -> Any:
        if isinstance(result, dict) and self.entry.metadata:
            field = self.query_one("#respondent-metadata", Input).value
            if field == self._prefilled:  # untouched: the row's metadata, every value whole
                respondent = dict(result.get("respondent") or {})
                respondent["metadata"] = dict(self.entry.metadata)
                result = {**result, "respondent": respondent}
        return super().dismiss(result)
