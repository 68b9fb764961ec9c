"""The study list's interview filter: one box, read as words and ``key:value`` terms.

Words are looked for in the respondent's display name or external id (any case);
``status:active|finishing|completed``; ``since:YYYY-MM-DD`` and ``until:YYYY-MM-DD`` (that day
included), ``on:YYYY-MM-DD`` (that day). The journal answers with paged reads
(:meth:`koji_tui.journal.Journal.list_interviews` takes the same filters).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from textual.widgets import Input

STATUSES = {"active": "active", "finishing": "awaiting_completion", "completed": "completed"}
FILTER_WORDS = {
    "placeholder": "Filter: a name or id, status:completed, since:2026-11-01, until:2026-11-30",
    "bad": "Not understood: {words} (status: active, finishing or completed; dates YYYY-MM-DD)",
    "matching": "  ({count:,} matching)",
}
_TERM = re.compile(r"^(status|since|until|on):(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class InterviewFilter:
    """What the interview list keeps: text in the respondent's name or external id, a status,
    a start date range (``since`` included, ``until`` excluded: ISO dates)."""

    respondent: str = ""
    status: str | None = None
    since: str | None = None
    until: str | None = None
    problems: tuple[str, ...] = field(default=(), compare=False)

    def __bool__(self) -> bool:
        return bool(self.respondent or self.status or self.since or self.until)

    def query(self) -> dict[str, Any]:
        """The journal's keyword arguments."""
        return {
            "status": self.status,
            "respondent": self.respondent or None,
            "since": self.since,
            "until": self.until,
        }


def parse_filter(text: str) -> InterviewFilter:
    """``"ana status:completed since:2026-11-01"`` -> a filter (words it cannot read are kept
    in ``problems``, and left out)."""
    words: list[str] = []
    status = since = until = None
    problems: list[str] = []
    for word in text.split():
        term = _TERM.match(word)
        if term is None:
            words.append(word)
            continue
        key, value = term.group(1).lower(), term.group(2).strip().lower()
        try:
            if key == "status":
                status = STATUSES[value]
            elif key == "since":
                since = date.fromisoformat(value).isoformat()
            elif key == "until":
                until = (date.fromisoformat(value) + timedelta(days=1)).isoformat()
            else:  # on: that one day
                day = date.fromisoformat(value)
                since, until = day.isoformat(), (day + timedelta(days=1)).isoformat()
        except (KeyError, ValueError):
            problems.append(word)
    return InterviewFilter(" ".join(words), status, since, until, tuple(problems))


class InterviewFilterBar(Input):
    """The interview list's filter box (``/`` opens it; Escape clears and closes it)."""

    DEFAULT_CSS = """
    InterviewFilterBar { display: none; border: none; height: 1; padding: 0 1; }
    InterviewFilterBar.-open { display: block; }
    InterviewFilterBar:focus { border: none; }
    """

    def __init__(self) -> None:
        super().__init__(placeholder=FILTER_WORDS["placeholder"], id="interview-filter")

    def key_escape(self) -> None:
        self.value = ""
        self.remove_class("-open")
        self.screen.focus_next()
