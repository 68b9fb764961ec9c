"""The guide pane: the study's key questions in order, ticked as the interviewer asks them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget

from koji_tui.i18n import N_, Translator, translator
from koji_tui.safety import safe_line
from koji_tui.session.guide import GuideItem

LINE_LIMIT = 200  # characters of a question kept (the pane's edge cuts it anyway)


class GuidePane(Widget, can_focus=True):
    """Key questions with a tick each, the current one highlighted, "4 of 7 covered" and the
    time elapsed. Up/down move the cursor, space ticks or unticks (posts :class:`Toggled`).
    Without a guide: an outline of the questions asked so far."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", N_("Previous"), show=False),
        Binding("down", "move(1)", N_("Next"), show=False),
        Binding("space", "toggle", N_("Tick"), tooltip=N_("Tick or untick the guide question")),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"guide--current", "guide--cursor", "guide--done"}
    OUTLINE_SHOWN: ClassVar[int] = 30  # the newest questions of the outline (without a guide)
    DEFAULT_CSS = """
    GuidePane { height: auto; }
    GuidePane > .guide--current { text-style: bold reverse; }
    GuidePane > .guide--cursor { text-style: underline; }
    GuidePane > .guide--done { text-style: dim; }
    """

    class Toggled(Message):
        def __init__(self, question_id: str, ticked: bool) -> None:
            super().__init__()
            self.question_id = question_id
            self.ticked = ticked

    def __init__(
        self,
        *,
        translator: Translator | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.tr = translator or _english()  # the interview's words
        self.items: tuple[GuideItem, ...] = ()
        self.ticked: dict[str, bool] = {}
        self.current: str | None = None
        self.asked: list[str] = []  # the outline, when there is no guide (the newest)
        self.asked_total = 0
        self.elapsed = ""
        self.cursor = 0

    def set_guide(self, items: Sequence[GuideItem]) -> None:
        self.items = tuple(items)
        self.refresh(layout=True)

    def set_ticks(self, ticked: Mapping[str, bool], current: str | None = None) -> None:
        if dict(ticked) == self.ticked and current in (None, self.current):
            return
        self.ticked = dict(ticked)
        if current is not None:
            self.current = current
        self.refresh()  # the same lines: no layout (a layout reflows the whole screen)

    def set_outline(self, asked: Sequence[str], total: int | None = None) -> None:
        """The questions asked so far (``asked``: the newest of them, ``total`` in all)."""
        recent = list(asked[-self.OUTLINE_SHOWN :])
        total = len(asked) if total is None else total
        if total == self.asked_total and recent == self.asked:
            return
        lines = (len(self.asked), self.asked_total > len(self.asked))
        self.asked, self.asked_total = recent, total
        self.refresh(layout=lines != (len(recent), total > len(recent)))

    def set_elapsed(self, elapsed: str) -> None:
        if elapsed != self.elapsed:
            self.elapsed = elapsed
            self.refresh()

    @property
    def covered(self) -> int:
        return sum(1 for item in self.items if self.ticked.get(item.id))

    @property
    def summary(self) -> str:
        if not self.items:
            return self.tr.gettext("{n} asked").format(n=self.asked_total)
        said = self.tr.gettext("{covered} of {total} covered")
        return said.format(covered=self.covered, total=len(self.items))

    def action_move(self, step: int) -> None:
        if self.items:
            self.cursor = max(0, min(len(self.items) - 1, self.cursor + step))
            self.refresh()

    def action_toggle(self) -> None:
        if not self.items:
            return
        item = self.items[self.cursor]
        ticked = not self.ticked.get(item.id, False)
        self.ticked[item.id] = ticked
        self.refresh()
        self.post_message(self.Toggled(item.id, ticked))

    def render(self) -> Text:
        # outer_size, not size: size looks the widget up in the screen's layout (tens of ms
        # with a long transcript, at every redraw); the padding is taken off by hand.
        width = max(10, self.outer_size.width - 2 - 4) if self.outer_size.width else LINE_LIMIT
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(self.tr.gettext("Guide"), style="bold")
        text.append(f" · {self.summary}")
        if self.elapsed:
            text.append(f" · {self.elapsed}")
        if not self.items:
            said = self.tr.gettext("No guide: the questions asked so far")
            text.append(f"\n{said}", style="italic")
            first = self.asked_total - len(self.asked)
            if first:
                earlier = self.tr.gettext("… {n} earlier").format(n=first)
                text.append(f"\n    {earlier}", style="dim")
            for number, question in enumerate(self.asked, first + 1):
                text.append(f"\n{number:>2}. {safe_line(question, width - 2)}")
            return text
        current = self.get_component_rich_style("guide--current", partial=True)
        cursor = self.get_component_rich_style("guide--cursor", partial=True)
        done = self.get_component_rich_style("guide--done", partial=True)
        for index, item in enumerate(self.items):
            mark = "[x]" if self.ticked.get(item.id) else "[ ]"
            line = Text(f"\n{mark} {safe_line(item.text, width - 2)}")
            if item.id == self.current:
                line.stylize(current, 1)
            elif self.ticked.get(item.id):
                line.stylize(done, 1)
            if self.has_focus and index == self.cursor:
                line.stylize(cursor, 1)
            text.append_text(line)
        return text


def _english() -> Translator:
    return translator(None)
