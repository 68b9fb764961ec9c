"""List-shaped answers: single choice (radio) and multiple choice (checkboxes).

``(•)``/``( )`` mark the radio list, ``[x]``/``[ ]`` the checkboxes, ``>`` the row under the
keyboard cursor. A multiple choice with ``max_choices`` takes at most that many ticks: its title
says so, and a tick past it is refused with a message, both in the participant's language.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events, on
from textual.binding import Binding, BindingType
from textual.widgets import Input

from koji_tui.i18n import N_
from koji_tui.ui.widgets.answers._format import other_value
from koji_tui.ui.widgets.answers.base import IncompleteAnswer
from koji_tui.ui.widgets.answers.listing import (
    CURSOR,
    NO_CURSOR,
    OTHER_FIELD_HINT,
    OTHER_WORDS,
    AnyRow,
    ListAnswer,
    OptionRow,
    fully_shown,
)

__all__ = [
    "CURSOR",
    "NO_CURSOR",
    "OTHER_FIELD_HINT",
    "OTHER_WORDS",
    "ListAnswer",
    "MultipleChoiceAnswer",
    "OptionRow",
    "SingleChoiceAnswer",
    "fully_shown",
]


class SingleChoiceAnswer(ListAnswer):
    """A radio list: exactly one option (or "Other" with its text)."""

    TITLE = N_("Choose one")

    def __init__(self, question: Any, **kwargs: Any) -> None:
        super().__init__(question, **kwargs)
        self.selected: int | None = None

    def choice_hint_text(self) -> str:
        return self.tr.gettext("↑/↓ or 1-{n} choose").format(n=self.row_count)

    def row_marker(self, index: int) -> str:
        return "(•)" if index == self.selected else "( )"

    def row_classes(self, index: int) -> dict[str, bool]:
        return {"-cursor": index == self.cursor, "-selected": index == self.selected}

    def on_cursor_moved(self) -> None:
        self.selected = self.cursor  # radio semantics: the selection follows the cursor

    def pick_number(self, number: int) -> None:
        self.move_cursor(number - 1)

    def row_clicked(self, row: AnyRow, event: events.Click) -> None:
        self.move_cursor(row.index)
        if row.index != self.other_index:
            self.focus()
            if event.chain >= 2:
                self.action_confirm()

    @on(Input.Changed, ".answer-other-input")
    def _other_changed(self, event: Input.Changed) -> None:
        event.stop()
        if event.value.strip() and self.selected != self.other_index:
            self.move_cursor(self.row_count - 1)

    def build_value(self) -> object:
        if self.selected is None:
            raise IncompleteAnswer(
                self.tr.gettext(
                    "Choose an option first (↑/↓ or its number), "
                    "or press Esc to answer in your own words."
                )
            )
        if self.selected == self.other_index:
            text = self.other_text
            if not text:
                raise IncompleteAnswer(self.words.other_empty_single)
            return other_value(text)
        return self.options[self.selected]


class MultipleChoiceAnswer(ListAnswer):
    """A checkbox list: any number of options (at least one), plus "Other"."""

    TITLE = N_("Choose all that apply")
    DIGITS_TOGGLE = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "space",
            "toggle",
            N_("Tick or untick"),
            id="answer.toggle",
            tooltip=N_("Tick or untick the option under the cursor"),
            show=False,
        ),
    ]

    def __init__(self, question: Any, **kwargs: Any) -> None:
        super().__init__(question, **kwargs)
        self.checked: set[int] = set()
        limit = getattr(question, "max_choices", None)
        #: The most ticks this question takes ("pick up to 3"); None: any number.
        self.max_choices: int | None = limit if limit and limit < self.row_count else None

    def title_text(self) -> str:
        if self.max_choices is not None:
            return self.words.up_to_title.format(n=self.max_choices)
        return self.tr.gettext(self.TITLE)

    def choice_hint_text(self) -> str:
        hint = self.tr.gettext("↑/↓ · Space/1-{n} tick").format(n=self.row_count)
        if self.max_choices is not None:
            hint += f" · {len(self.checked)}/{self.max_choices}"
        return hint

    @property
    def is_full(self) -> bool:
        """Whether as many options are ticked as the question takes."""
        return self.max_choices is not None and len(self.checked) >= self.max_choices

    def refuse_tick(self) -> None:
        """Say (in the participant's language) that no more can be ticked."""
        assert self.max_choices is not None
        self.show_error(self.words.up_to_full.format(n=self.max_choices))
        self.app.bell()

    def row_marker(self, index: int) -> str:
        cursor = CURSOR if index == self.cursor else NO_CURSOR
        return f"{cursor} [x]" if index in self.checked else f"{cursor} [ ]"

    def row_classes(self, index: int) -> dict[str, bool]:
        return {"-cursor": index == self.cursor, "-selected": index in self.checked}

    def toggle(self, index: int) -> None:
        """Tick or untick row ``index`` and put the cursor on it (at the maximum, a tick is
        refused with a message and the cursor still moves there)."""
        unticked = index in self.checked
        refused = not unticked and self.is_full
        if unticked:
            self.checked.discard(index)
        elif not refused:
            self.checked.add(index)
        # Unticking "Other" (by its number) must not send the keys into its field: the
        # next number would land in the text and tick it again.
        self._stay_on_list = (unticked or refused) and index == self.other_index
        try:
            self.move_cursor(index)
        finally:
            self._stay_on_list = False
        if self.max_choices is not None:
            self.refresh_hint()
        if refused:
            self.refuse_tick()  # after the move, which clears the error

    def action_toggle(self) -> None:
        if self.is_locked:
            return
        if self.cursor is None:
            self.move_cursor(0)  # nothing marked yet: the first row is the current one
        assert self.cursor is not None
        self.toggle(self.cursor)

    def pick_number(self, number: int) -> None:
        self.toggle(number - 1)

    def row_clicked(self, row: AnyRow, event: events.Click) -> None:
        if row.is_other and isinstance(event.widget, Input):
            return  # clicking into the text field just focuses it
        self.toggle(row.index)
        if not row.is_other:
            self.focus()

    @on(Input.Changed, ".answer-other-input")
    def _other_changed(self, event: Input.Changed) -> None:
        event.stop()
        index = self.other_index
        if index is not None and event.value.strip() and index not in self.checked:
            if self.is_full:
                if not self._error_shown:  # once, not on every key typed
                    self.refuse_tick()
                return
            self.checked.add(index)
            self.refresh_rows()
            if self.max_choices is not None:
                self.refresh_hint()

    def build_value(self) -> object:
        if not self.checked:
            raise IncompleteAnswer(
                self.tr.gettext(
                    "Tick at least one option (Space or its number), "
                    "or press Esc to answer in your own words."
                )
            )
        if self.max_choices is not None and len(self.checked) > self.max_choices:
            raise IncompleteAnswer(self.words.up_to_full.format(n=self.max_choices))
        value: list[object] = [
            self.options[i] for i in sorted(self.checked) if i != self.other_index
        ]
        if self.other_index in self.checked:
            text = self.other_text
            if not text:
                raise IncompleteAnswer(self.words.other_empty_multiple)
            value.append(other_value(text))
        return value
