"""Copy from the cockpit: a turn (ctrl+g: the search match, else the last turn) or the whole
transcript (ctrl+r) to the clipboard, through Textual's ``App.copy_to_clipboard`` (the OSC 52
escape: the terminal puts the text on the clipboard, also over ssh). A terminal cannot say
whether it took it, so the toast says where it may not have: macOS Terminal never does, tmux
and screen only when set up to pass it on; elsewhere it names the fallback (mouse, F3 export).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

from koji_tui.i18n import N_
from koji_tui.ui.screens.interview_base import InterviewBase
from koji_tui.ui.widgets.transcript import TurnHandle, TurnView

WORDS = {
    "copied_turn": N_("Turn #{number} copied ({chars} characters)."),
    "copied_unnumbered": N_("The turn was copied ({chars} characters)."),
    "copied_all": N_("The transcript was copied: {turns} turns, {chars} characters."),
    "nothing": N_("Nothing to copy yet."),
    "apple": N_(
        "macOS Terminal does not pass copies on (OSC 52): nothing reached the clipboard. "
        "Select the text with the mouse, or export the interview (F3)."
    ),
    "tmux": N_(
        "Inside tmux the copy reaches the clipboard only with `set -g set-clipboard on` "
        "(and a terminal that supports OSC 52)."
    ),
    "screen": N_(
        "GNU screen does not pass copies on (OSC 52) unless set up to: if nothing was "
        "copied, select the text with the mouse or export the interview (F3)."
    ),
    "other": N_(
        "Copied with OSC 52: if your terminal does not support it, nothing reached the "
        "clipboard; select the text with the mouse, or export the interview (F3)."
    ),
}


def clipboard_note(environ: Mapping[str, str] | None = None) -> str:
    """Where the copy may not have reached the clipboard, for this terminal."""
    env = os.environ if environ is None else environ
    if env.get("TERM_PROGRAM") == "Apple_Terminal":
        return WORDS["apple"]
    if env.get("TMUX") or env.get("TERM", "").startswith("tmux"):
        return WORDS["tmux"]
    if env.get("STY") or env.get("TERM", "").startswith("screen"):
        return WORDS["screen"]
    return WORDS["other"]


def turn_as_text(view: TurnView, labels: Mapping[str, str]) -> str:
    """``Ana Lima · #3 · 2026-12-01 14:02`` then the turn's text."""
    head = [labels.get(view.role, view.role.title())]
    if view.turn_no is not None:
        head.append(f"#{view.turn_no}")
    if view.timestamp is not None:
        head.append(view.timestamp.strftime("%Y-%m-%d %H:%M"))
    return " · ".join(head) + "\n" + view.text


def transcript_as_text(views: Iterable[TurnView], labels: Mapping[str, str]) -> str:
    return "\n\n".join(turn_as_text(v, labels) for v in views if v.role != "system") + "\n"


class CopyMixin(InterviewBase):
    """ctrl+g and ctrl+r of :class:`~koji_tui.ui.screens.cockpit.CockpitScreen`."""

    matches: list[TurnHandle]
    match_index: int
    search_term: str

    def _copy(self, text: str, said: str) -> None:
        self.app.copy_to_clipboard(text)
        self.notify(f"{said} {self.tr.gettext(clipboard_note())}", markup=False, timeout=8)

    def _turn_to_copy(self) -> TurnHandle | None:
        transcript = self.transcript
        if self.search_term and self.matches:
            return self.matches[self.match_index]
        for handle in reversed(transcript.handles):
            if transcript.get_turn(handle).role != "system":
                return handle
        return None

    def action_copy_turn(self) -> None:
        handle = self._turn_to_copy()
        if handle is None:
            self.notify(self.tr.gettext(WORDS["nothing"]), markup=False)
            return
        view = self.transcript.get_turn(handle)
        text = turn_as_text(view, self.transcript.history.labels)
        if view.turn_no is not None:
            said = self.tr.gettext(WORDS["copied_turn"]).format(
                number=view.turn_no, chars=len(text)
            )
        else:
            said = self.tr.gettext(WORDS["copied_unnumbered"]).format(chars=len(text))
        self._copy(text, said)

    def action_copy_transcript(self) -> None:
        transcript = self.transcript
        views = [transcript.get_turn(h) for h in transcript.handles]
        turns = [v for v in views if v.role != "system"]
        if not turns:
            self.notify(self.tr.gettext(WORDS["nothing"]), markup=False)
            return
        text = transcript_as_text(turns, transcript.history.labels)
        said = self.tr.gettext(WORDS["copied_all"]).format(turns=len(turns), chars=len(text))
        self._copy(text, said)
