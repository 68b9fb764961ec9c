"""The shared part of the list answers: rows with a text marker, a keyboard cursor, "Other".

Every row shows its state with a text marker as well as a style, so nothing relies on colour.
Option labels are shown literally (``rich.text.Text``, never markup). The "Other" row, with its
free-text field, reads the same in every language (see koji_tui.ui.widgets.answers.words).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events, on
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Input, Static

from koji_tui.i18n import N_
from koji_tui.ui.widgets.answers.base import AnswerWidget
from koji_tui.ui.widgets.answers.rows import OptionLine
from koji_tui.ui.widgets.answers.words import WORDS, words_for

CURSOR = ">"
NO_CURSOR = " "
#: The hint while the "Other" field has the focus: keys type there, they do not pick.
OTHER_FIELD_HINT = N_("typing your own answer · ↑/↓ leave the field · Enter send")
#: The "Other" row's label and its field's placeholder, by language.
OTHER_WORDS: dict[str, tuple[str, str]] = {
    code: (words.other, words.other_placeholder) for code, words in WORDS.items()
}


def fully_shown(widget: Widget) -> bool:
    """Whether all of ``widget`` is inside every scrolling container around it.

    Asking Textual to scroll a row that is already in view still set the
    transcript's scroll position and repainted the whole screen on every key."""
    region = widget.region
    if not region:
        return False
    for ancestor in widget.ancestors:
        if isinstance(ancestor, Widget) and ancestor.is_scrollable:
            if not ancestor.scrollable_content_region.contains_region(region):
                return False
    return True


class OptionRow(Horizontal):
    """The "Other" row of a list answer: a state marker, its label, then its text field
    (every other row is an :class:`~koji_tui.ui.widgets.answers.rows.OptionLine`).

    The row remembers what it shows, so a key redraws only the rows whose marker
    or state changed, and a marker of the same width redraws without a layout.
    """

    def __init__(
        self, index: int, label: str, *, other: bool = False, placeholder: str = ""
    ) -> None:
        super().__init__(classes="answer-option")
        self.index = index
        self.label = label
        self.is_other = other
        self.placeholder = placeholder
        self.marker = Static("", classes="answer-marker")
        self._marker_text: str | None = None
        self.field: Input | None = None
        if other:
            # select_on_focus=False: coming back to the field must not select its text,
            # or the next key would replace what the participant typed before.
            self.field = Input(
                placeholder=placeholder,
                compact=True,
                select_on_focus=False,
                classes="answer-other-input",
            )

    def compose(self) -> Iterable[Widget]:
        yield self.marker
        if self.field is not None:
            yield Static(Text(self.label), classes="answer-other-label")
            yield self.field
        else:
            yield Static(Text(self.label), classes="answer-label")

    def set_marker(self, marker: str) -> None:
        previous = self._marker_text
        if marker == previous:
            return
        self._marker_text = marker
        same_width = previous is not None and cell_len(previous) == cell_len(marker)
        self.marker.update(Text(marker), layout=not same_width)

    def set_state(self, classes: dict[str, bool]) -> None:
        """Set the row's state classes, restyling it only if one of them changed."""
        changed = {name: on for name, on in classes.items() if self.has_class(name) != on}
        if changed:
            self.update_classes(changed)


#: A row of a list answer: drawn by itself, or the "Other" row with its field.
AnyRow = OptionRow | OptionLine


class ListAnswer(AnswerWidget):
    """Shared cursor/row handling for the list-shaped answers."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "up",
            "cursor_up",
            N_("Previous option"),
            id="answer.previous",
            tooltip=N_("Move to the previous option"),
            show=False,
        ),
        Binding(
            "down",
            "cursor_down",
            N_("Next option"),
            id="answer.next",
            tooltip=N_("Move to the next option"),
            show=False,
        ),
        Binding(
            "home",
            "cursor_first",
            N_("First option"),
            id="answer.first",
            tooltip=N_("Move to the first option"),
            show=False,
        ),
        Binding(
            "end",
            "cursor_last",
            N_("Last option"),
            id="answer.last",
            tooltip=N_("Move to the last option"),
            show=False,
        ),
    ]

    def __init__(self, question: Any, **kwargs: Any) -> None:
        super().__init__(question, **kwargs)
        self.options: list[str] = list(question.options)
        self.allow_other: bool = bool(question.allow_other)
        self.cursor: int | None = None
        self.typing_other = False  # the "Other" field has the focus
        self._rows: list[AnyRow] = []
        self.words = words_for(getattr(question, "language", None), self.locale)
        self.other_words = (self.words.other, self.words.other_placeholder)

    # rows ---------------------------------------------------------------
    @property
    def row_count(self) -> int:
        return len(self.options) + (1 if self.allow_other else 0)

    @property
    def other_index(self) -> int | None:
        return len(self.options) if self.allow_other else None

    def row_label(self, index: int) -> str:
        if index == self.other_index:
            return f"{index + 1}. {self.other_words[0]}"
        return f"{index + 1}. {self.options[index]}"

    def make_row(self, index: int) -> AnyRow:
        if index != self.other_index:
            return OptionLine(index, self.row_label(index))
        return OptionRow(index, self.row_label(index), other=True, placeholder=self.other_words[1])

    def compose_body(self) -> Iterable[Widget]:
        self._rows = [self.make_row(index) for index in range(self.row_count)]
        yield from self._rows

    def on_mount(self) -> None:
        super().on_mount()
        self.refresh_rows()

    def rows(self) -> list[AnyRow]:
        """The rows, in order (kept from compose: a key never queries them)."""
        return list(self._rows)

    def row_marker(self, index: int) -> str:
        raise NotImplementedError

    def row_classes(self, index: int) -> dict[str, bool]:
        return {"-cursor": index == self.cursor}

    def refresh_rows(self) -> None:
        """Bring every row up to date; only rows whose state changed are redrawn."""
        focused = self.has_focus
        for row in self._rows:
            row.set_marker(self.row_marker(row.index))
            row.set_state(self.row_classes(row.index))
            if isinstance(row, OptionLine):
                row.set_list_focused(focused)

    # Handlers run before Textual's own, which set ``has_focus``: say it outright.
    def on_focus(self) -> None:
        self._rows_follow_focus(True)

    def on_blur(self) -> None:
        self._rows_follow_focus(False)

    def _rows_follow_focus(self, focused: bool) -> None:
        # The drawn rows highlight the cursor only while the list itself has the focus
        # (for the "Other" row, the ``AnswerWidget:focus .answer-option.-cursor`` rule).
        for row in self._rows:
            if isinstance(row, OptionLine):
                row.set_list_focused(focused)

    @property
    def other_input(self) -> Input | None:
        if not self.allow_other or not self._rows:
            return None
        return self._rows[-1].field

    @property
    def other_text(self) -> str:
        field = self.other_input
        return field.value.strip() if field is not None else ""

    # cursor -------------------------------------------------------------
    def move_cursor(self, index: int) -> None:
        """Put the keyboard cursor on row ``index``."""
        index = max(0, min(self.row_count - 1, index))
        self.cursor = index
        self.clear_error()
        self.on_cursor_moved()
        self.refresh_rows()
        self._follow_focus()
        if 0 <= index < len(self._rows):
            row = self._rows[index]
            if not fully_shown(row):
                row.scroll_visible(animate=False)

    def on_cursor_moved(self) -> None:
        """Hook: the cursor just moved."""

    _stay_on_list = False

    def _follow_focus(self) -> None:
        field = self.other_input
        if field is None:
            return
        if self.cursor == self.other_index and not self._stay_on_list:
            if self.app.focused is not field:
                field.focus()
        elif self.app.focused is field:
            self.focus()

    def action_cursor_up(self) -> None:
        if self.is_locked:
            return
        self.move_cursor(self.row_count - 1 if self.cursor is None else self.cursor - 1)

    def action_cursor_down(self) -> None:
        if self.is_locked:
            return
        self.move_cursor(0 if self.cursor is None else self.cursor + 1)

    def action_cursor_first(self) -> None:
        if not self.is_locked:
            self.move_cursor(0)

    def action_cursor_last(self) -> None:
        if not self.is_locked:
            self.move_cursor(self.row_count - 1)

    def number_choices(self) -> list[int]:
        return list(range(1, self.row_count + 1))

    # mouse --------------------------------------------------------------
    def on_click(self, event: events.Click) -> None:
        if self.is_locked:
            return
        node: Any = event.widget
        while node is not None and node is not self and not isinstance(node, AnyRow):
            node = node.parent
        if isinstance(node, AnyRow):
            self.row_clicked(node, event)

    def row_clicked(self, row: AnyRow, event: events.Click) -> None:
        raise NotImplementedError

    # other field --------------------------------------------------------
    @on(Input.Submitted, ".answer-other-input")
    def _other_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_confirm()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if not self.allow_other or event.widget is not self.other_input:
            return
        if self.cursor != self.other_index:
            self.move_cursor(self.row_count - 1)
        self._set_typing_other(True)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        if self.allow_other and event.widget is self.other_input:
            self._set_typing_other(False)

    def _set_typing_other(self, typing: bool) -> None:
        if typing != self.typing_other:
            self.typing_other = typing
            self.refresh_hint()

    def hint_text(self) -> str:
        return self.tr.gettext(OTHER_FIELD_HINT) if self.typing_other else self.choice_hint_text()

    def choice_hint_text(self) -> str:
        """The hint while the list (not the "Other" field) has the focus."""
        return ""
