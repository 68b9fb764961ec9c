"""How the respondent is named above their turns: in the app (moderated) and in exports.

Apart from :mod:`koji_tui.journal.export` so that the interview screen, which needs only this,
does not load the exporters (and the notes they print) when an interview opens."""

from __future__ import annotations

from typing import Any

from koji_tui.i18n import N_, Translator, translator

PARTICIPANT = N_("Participant")  # the respondent's turns when they have no display name
_ENGLISH = translator(None)


def respondent_title(respondent: Any, tr: Translator = _ENGLISH) -> str:
    """What the respondent's turns are headed with, in the app (moderated) and in exports:
    their display name, else "Participant" in ``tr``'s language (the kiosk's screen says "You")."""
    name = respondent.get("display_name") if isinstance(respondent, dict) else None
    if isinstance(name, str) and name.strip():
        return " ".join(name.split())
    return tr.gettext(PARTICIPANT)


__all__ = ["PARTICIPANT", "respondent_title"]
