"""Which interview to watch: the interviews in progress on this machine (else the most recent).

The list is read in a thread (:func:`koji_tui.observe.find_interviews`: every journal here is
opened, read and closed; no lease is taken). When there is one obvious choice (the interview
named on the command line, or the only one in progress) it is opened at once; Escape in the
observer comes back here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from koji_tui.i18n import N_, app_translator
from koji_tui.observe.finder import Watchable, find_interviews
from koji_tui.safety import safe_line
from koji_tui.ui.localized import TranslatedBindings
from koji_tui.ui.widgets.footer import StableFooter

WORDS: dict[str, str] = {
    "title": N_("Watch an interview (read-only: nothing is sent, the interview is not touched)"),
    "looking": N_("Looking for interviews in the journals on this machine…"),
    "none": N_(
        "No interview in the journals on this machine yet. Start one in koji-tui (or "
        "koji-tui demo), then press r."
    ),
    "unknown": N_("No interview {iid!r} in the journals on this machine."),
    "in_progress": N_("In progress"),
    "recent": N_("Most recent (none is in progress)"),
    "driven": N_("live"),
    "open": N_("open"),
    "done": N_("completed"),
}


def words(key: str) -> str:
    """``WORDS[key]`` in the user's language."""
    return app_translator().gettext(WORDS[key])


REFRESH_SECONDS = 3.0  # how often the list is read again while it is shown


def options_highlighted_record(
    found: Sequence[Watchable], highlighted: int | None
) -> tuple[Path, int] | None:
    """(journal, record) of the highlighted line, to keep it highlighted after a refresh."""
    if highlighted is None or not 0 <= highlighted < len(found):
        return None
    return (found[highlighted].path, found[highlighted].record_id)


def _line(item: Watchable) -> Text:
    tr = app_translator()
    record = item.record
    respondent = record.respondent or {}
    who = (
        respondent.get("display_name") or respondent.get("external_id") or tr.gettext("Participant")
    )
    if not item.in_progress:
        key = "done"
    else:
        key = "driven" if item.driven_by else "open"
    state = words(key)
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append(f"{state:<10}", style="bold" if key == "driven" else "dim")
    text.append(safe_line(record.study_name, 40))
    text.append(" · ")
    text.append(safe_line(str(who), 30))
    turns = tr.ngettext("{n} turn", "{n} turns", record.turn_count).format(n=record.turn_count)
    text.append(f" · {turns} · ", style="dim")
    text.append(safe_line(record.interview_id, 40), style="dim")
    text.append(f" · {record.updated_at[:16].replace('T', ' ')} UTC", style="dim")
    if item.demo:
        text.append(" · " + tr.gettext("demo"), style="dim")
    return text


class ObservePicker(TranslatedBindings, Screen[None]):
    """The interviews to watch; Enter opens one in an :class:`ObserveScreen`.

    ``interview_id``: the one asked for on the command line; ``journals``: the journal files
    to look in (None: the ones on this machine); ``opener`` makes the observer screen;
    ``wall``: the time now, by which a lease is live or stale (fixed in tests)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "reload", N_("Refresh")),
        Binding("escape,q", "app.quit", N_("Quit")),
    ]
    DEFAULT_CSS = """
    ObservePicker #picker-title { padding: 0 1; background: $panel; }
    ObservePicker #picker-note { padding: 1 1 0 1; }
    ObservePicker OptionList { height: 1fr; text-wrap: nowrap; text-overflow: ellipsis; }
    """

    def __init__(
        self,
        opener: Callable[[Watchable], Screen[None]],
        *,
        interview_id: str | None = None,
        journals: Sequence[Path] | None = None,
        wall: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__()
        self.wall = wall
        self.opener = opener
        self.interview_id = interview_id
        self.journals = list(journals) if journals is not None else None
        self.found: list[Watchable] = []
        self.found_before: list[Watchable] = []
        self._opened_once = False

    def compose(self) -> ComposeResult:
        yield Static(words("title"), id="picker-title", markup=False)
        yield Static(words("looking"), id="picker-note", markup=False)
        yield OptionList(id="picker-list")
        yield StableFooter()

    def on_mount(self) -> None:
        self.action_reload()
        # An interview that starts while the list is shown joins it (opened at once when it
        # is the only one in progress and none was opened yet).
        self.set_interval(REFRESH_SECONDS, self._refresh_if_shown)

    def _refresh_if_shown(self) -> None:
        if self.is_current:
            self.action_reload()

    def on_screen_resume(self) -> None:
        if self._opened_once:
            self.action_reload()

    def action_reload(self) -> None:
        self.run_worker(
            self._look, thread=True, group="observe-find", exclusive=True, exit_on_error=False
        )

    def _look(self) -> None:
        wall = self.wall
        clock = (lambda: wall().timestamp()) if wall is not None else None
        found = find_interviews(self.journals, self.interview_id, clock=clock)
        self.app.call_from_thread(self._show, found)

    def _show(self, found: list[Watchable]) -> None:
        self.found_before, self.found = self.found, found
        options = self.query_one(OptionList)
        was = options_highlighted_record(self.found_before, options.highlighted)
        options.clear_options()
        note = self.query_one("#picker-note", Static)
        if not found:
            note.update(
                words("unknown").format(iid=safe_line(self.interview_id, 60))
                if self.interview_id
                else words("none")
            )
            return
        live = [w for w in found if w.in_progress]
        note.update(words("in_progress") if live else words("recent"))
        options.add_options([Option(_line(w), id=f"w{i}") for i, w in enumerate(found)])
        ids = [(w.path, w.record_id) for w in found]
        options.highlighted = ids.index(was) if was in ids else 0  # the reader's place kept
        options.focus()
        if not self._opened_once:
            obvious = found if self.interview_id else live
            if len(obvious) == 1:
                self._open(obvious[0])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        index = event.option_index
        if 0 <= index < len(self.found):
            self._open(self.found[index])

    def _open(self, item: Watchable) -> None:
        self._opened_once = True
        self.app.push_screen(self.opener(item))
