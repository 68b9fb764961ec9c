"""Notes and flags (:mod:`koji_tui.journal.notes`) in the two exports of an interview.

Markdown: each note beside its turn (a quoted line under the turn) and all of them again under a
"Notes" heading; JSON: a ``notes`` list of ``{text, tags, turn, created_at, kind, author}``.
``turn`` is the turn number the transcript shows (``#n``: discarded and unsent answers are not
counted), so a note's place survives the export.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from koji_tui.i18n import Translator, translator
from koji_tui.journal.notes import Note
from koji_tui.journal.records import InterviewRecord, TurnRecord

_ENGLISH = translator(None)


def turn_numbers(record: InterviewRecord) -> dict[int, int]:
    """seq -> turn number, as the transcript numbers turns."""
    numbers: dict[int, int] = {}
    number = 0
    for turn in record.turns:
        if turn.state in ("discarded", "pending"):
            continue
        number += 1
        numbers[turn.seq] = number
    return numbers


def _label(note: Note, tr: Translator) -> str:
    if note.author == "observer":
        return tr.gettext("Observer flag") if note.is_flag else tr.gettext("Observer note")
    return tr.gettext("Flag") if note.is_flag else tr.gettext("Note")


def _line(note: Note, with_turn: bool, tr: Translator = _ENGLISH) -> str:
    from koji_tui.journal.export import _when, escape_markdown

    parts = [f"**{_label(note, tr)}**"]
    if with_turn and note.turn is not None:
        parts.append(tr.gettext("turn {n}").format(n=note.turn))
    parts.append(escape_markdown(_when(note.created_at, tr) or "", block=False))
    head = " · ".join(parts)
    text = escape_markdown(note.text.replace("\n", " "), block=False) if note.text else ""
    tags = " ".join(f"`{t.replace('`', '')}`" for t in note.tags)
    return " ".join(p for p in (head + ":" if text or tags else head, text, tags) if p)


def notes_beside(
    turn: TurnRecord, numbers: dict[int, int], notes: Sequence[Note], tr: Translator = _ENGLISH
) -> list[str]:
    """Markdown lines placed under ``turn``: its notes and flags, quoted."""
    number = numbers.get(turn.seq)
    if number is None:
        return []
    mine = [n for n in notes if n.turn == number]
    return [f"> {_line(n, False, tr)}" for n in mine] + ([""] if mine else [])


def notes_section(notes: Sequence[Note], tr: Translator = _ENGLISH) -> list[str]:
    """The "Notes" section (nothing when there are none), in ``tr``'s language."""
    if not notes:
        return []
    return ["## " + tr.gettext("Notes"), "", *[f"- {_line(n, True, tr)}" for n in notes], ""]


def notes_json(notes: Sequence[Note]) -> list[dict[str, Any]]:
    return [
        {
            "text": n.text,
            "tags": list(n.tags),
            "turn": n.turn,
            "created_at": n.created_at,
            "kind": n.kind,
            "author": n.author,
        }
        for n in notes
    ]
