"""Transcript search: a box, the count, next/previous; the matches are found by the screen."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Input, Static

from koji_tui.i18n import N_, Translator, translator
from koji_tui.safety import safe_line


def marker(term: str, style: Style) -> Callable[[Strip], Strip]:
    """A line filter for the transcript (``TurnHistory.line_filter``): every occurrence of
    ``term`` in a drawn line (case-insensitive) gets ``style`` on top of its own."""
    folded = term.lower()

    def mark(strip: Strip) -> Strip:
        plain = strip.text
        lowered = plain.lower()
        if not folded or folded not in lowered or len(lowered) != len(plain):
            return strip  # (a character whose lower case is longer is left alone)
        ranges: list[tuple[int, int]] = []
        at = lowered.find(folded)
        while at >= 0:
            ranges.append((at, at + len(folded)))
            at = lowered.find(folded, at + len(folded))
        segments: list[Segment] = []
        offset = 0
        for segment in strip:
            text, own = segment.text, segment.style
            cuts = {0, len(text)}
            cuts.update(min(max(p - offset, 0), len(text)) for r in ranges for p in r)
            for start, stop in itertools.pairwise(sorted(cuts)):
                inside = any(a <= offset + start and offset + stop <= b for a, b in ranges)
                marked = (own + style if own else style) if inside else own
                segments.append(Segment(text[start:stop], marked))
            offset += len(text)
        return Strip(segments, strip.cell_length)

    return mark


def highlighted(snippet: str, term: str, style: str = "bold reverse") -> Text:
    """``snippet`` with every occurrence of ``term`` (case-insensitive) highlighted."""
    text = Text(safe_line(snippet, 200), no_wrap=True, overflow="ellipsis")
    if term:
        text.highlight_words([term], style=style, case_sensitive=False)
    return text


class SearchBar(Horizontal):
    """``/`` opens it; typing searches (posts :class:`Changed`), Enter or down goes to the next
    match, up to the previous (:class:`Step`), Escape closes it (:class:`Closed`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "step(1)", N_("Next"), show=False),
        Binding("up", "step(-1)", N_("Previous"), show=False),
        Binding("escape", "close", N_("Close search"), show=False),
    ]
    DEFAULT_CSS = """
    SearchBar { height: 1; display: none; }
    SearchBar.-open { display: block; }
    SearchBar #search-input { width: 30; border: none; height: 1; padding: 0 1; }
    SearchBar #search-status { width: 1fr; height: 1; padding: 0 1; }
    """

    class Changed(Message):
        def __init__(self, term: str) -> None:
            super().__init__()
            self.term = term

    class Step(Message):
        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    class Closed(Message):
        pass

    #: The bar's words: the cockpit sets the interview's (English until then).
    tr: Translator = translator(None)

    def compose(self) -> ComposeResult:
        yield Input(placeholder=self.tr.gettext("Search the transcript"), id="search-input")
        yield Static("", id="search-status")

    @property
    def input(self) -> Input:
        return self.query_one("#search-input", Input)

    def open(self) -> None:
        self.add_class("-open")
        self.input.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Step(1))

    def action_step(self, step: int) -> None:
        self.post_message(self.Step(step))

    def action_close(self) -> None:
        self.remove_class("-open")
        self.post_message(self.Closed())

    def show_result(self, index: int, count: int, snippet: str, term: str) -> None:
        status = self.query_one("#search-status", Static)
        if not term:
            status.update("")
            return
        if not count:
            status.update(Text(self.tr.gettext("no match"), style="bold"))
            return
        said = self.tr.gettext("{n} of {total}").format(n=index + 1, total=count)
        text = Text(f"{said}  ", style="bold")
        text.append_text(highlighted(snippet, term))
        status.update(text)
