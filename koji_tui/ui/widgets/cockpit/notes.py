"""The notes pane: a one-line note box, the tags to put on it, and the notes kept so far."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Checkbox, Input, Static

from koji_tui.i18n import N_, Translator, translator
from koji_tui.journal.notes import DEFAULT_TAGS, Note
from koji_tui.safety import safe_line

_HASH_TAG = re.compile(r"(?<!\S)#([\w-]+)")


def _slug(tag: str) -> str:
    return re.sub(r"[\s_-]+", "", tag.casefold())


def split_tags(text: str, known: Sequence[str]) -> tuple[str, list[str]]:
    """``"Great line #quote #pain-point"`` -> ("Great line", ["quote", "pain point"]): hash tags
    naming a known tag (spaces, ``-`` and ``_`` ignored) are taken out of the text."""
    by_slug = {_slug(t): t for t in known}
    tags: list[str] = []

    def take(match: re.Match[str]) -> str:
        tag = by_slug.get(_slug(match.group(1)))
        if tag is None:
            return match.group(0)
        tags.append(tag)
        return ""

    rest = _HASH_TAG.sub(take, text)
    return " ".join(rest.split()), tags


class NotesPane(Vertical):
    """F4 focuses the note box; Enter keeps the note (posts :class:`Submitted`) with the tags
    ticked below it (or written as ``#quote``); the list shows notes, flags and, marked,
    observer notes, newest last."""

    DEFAULT_CSS = """
    NotesPane { height: auto; }
    NotesPane #note-tags { height: auto; }
    NotesPane #note-list { height: auto; }
    """
    SHOWN: ClassVar[int] = 12  # notes listed (the newest)

    class Submitted(Message):
        def __init__(self, text: str, tags: list[str]) -> None:
            super().__init__()
            self.text = text
            self.tags = tags

    def __init__(
        self,
        tags: Sequence[str] = DEFAULT_TAGS,
        *,
        title: str = N_("Notes"),
        translator: Translator | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.tr = translator or _english()  # the interview's words
        self.tags = tuple(tags)
        self.title = self.tr.gettext(title)
        self.notes: list[Note] = []
        self.waiting = 0  # notes not in the journal yet

    def compose(self) -> ComposeResult:
        yield Static(Text(self.title, style="bold"), id="note-title")
        placeholder = self.tr.gettext("Note on this turn (Enter keeps it)")
        yield Input(placeholder=placeholder, id="note-input")
        with Horizontal(id="note-tags"):
            for index, tag in enumerate(self.tags):
                yield Checkbox(tag, id=f"note-tag-{index}", compact=True)
        yield Static("", id="note-list", markup=False)

    @property
    def input(self) -> Input:
        return self.query_one("#note-input", Input)

    def chosen_tags(self) -> list[str]:
        return [
            tag
            for index, tag in enumerate(self.tags)
            if self.query_one(f"#note-tag-{index}", Checkbox).value
        ]

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text, tags = split_tags(event.value, self.tags)
        tags = list(dict.fromkeys([*self.chosen_tags(), *tags]))
        if not text and not tags:
            return
        event.input.value = ""
        for checkbox in self.query(Checkbox):
            checkbox.value = False
        self.post_message(self.Submitted(text, tags))

    def set_notes(self, notes: Sequence[Note], waiting: int = 0) -> None:
        self.notes = list(notes)
        self.waiting = waiting
        self.query_one("#note-list", Static).update(self._list_text())

    def _list_text(self) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        flags = sum(1 for n in self.notes if n.is_flag)
        tr = self.tr
        counts = tr.gettext("{notes} notes · {flags} flags")
        text.append(counts.format(notes=len(self.notes) - flags, flags=flags), style="dim")
        if self.waiting:
            waiting = tr.gettext("{n} waiting for the journal").format(n=self.waiting)
            text.append(f" · {waiting}", style="bold")
        for note in self.notes[-self.SHOWN :]:
            turn = f"#{note.turn}" if note.turn is not None else "—"
            text.append(f"\n{turn:>4} ", style="dim")
            if note.author == "observer":
                text.append(tr.gettext("[observer] "), style="italic")
            if note.is_flag:
                text.append(tr.gettext("⚑ flagged"), style="bold")
            text.append(safe_line(note.text, 60))
            for tag in note.tags:
                text.append(f" [{safe_line(tag, 20)}]", style="bold")
        return text


def _english() -> Translator:
    return translator(None)
