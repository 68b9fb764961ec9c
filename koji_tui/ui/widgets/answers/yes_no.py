"""Yes/no answers: two buttons and the ``y``/``n`` keys (plus the initials of a localised pair).

The buttons show the question's own two answers when it has them (the
questions layer fills ``options`` with e.g. ``["Oui", "Non"]``), else the
words of its language, else "Yes"/"No". ``y`` and ``n`` always work; the
initial of each localised word works too (``o`` for Oui, ``j`` for Ja, ``s``
for Sí/Sim) unless it would clash with the other answer. Localised keys exist
only for a localised question, so a participant who starts typing a sentence
into an English question cannot answer by accident with a stray initial.
The structured value is a ``bool``; the text sent is ``format_answer``'s
("Yes"/"No" in the question's language).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any, ClassVar

from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Button

from koji_tui.i18n import N_
from koji_tui.ui.widgets.answers.base import AnswerWidget, IncompleteAnswer
from koji_tui.ui.widgets.answers.buttons import ClickButton, button_label

#: The two answers when the question does not bring its own (translated by the catalog).
YES, NO = N_("Yes"), N_("No")


def _initial(word: str) -> str:
    """The first letter of ``word`` without accents, lower-cased ("" if none)."""
    for char in unicodedata.normalize("NFKD", word.strip()):
        if char.isalpha():
            return char.casefold()
    return ""


class YesNoAnswer(AnswerWidget):
    """Two buttons: yes and no."""

    TITLE = N_("Yes or no")
    HAS_SEND_BUTTON = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {"yes-no--current"}

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "left",
            "focus_choice(True)",
            N_("Yes"),
            id="answer.focus_yes",
            tooltip=N_("Move to Yes"),
            show=False,
        ),
        Binding(
            "right",
            "focus_choice(False)",
            N_("No"),
            id="answer.focus_no",
            tooltip=N_("Move to No"),
            show=False,
        ),
    ]

    def __init__(self, question: Any, **kwargs: Any) -> None:
        super().__init__(question, **kwargs)
        self.choice: bool | None = None
        options = [str(o) for o in question.options]
        if len(options) == 2 and all(o.strip() for o in options):
            self.words: tuple[str, str] = (options[0].strip(), options[1].strip())
        else:
            self.words = (self.tr.gettext(YES), self.tr.gettext(NO))
        yes = {"y", _initial(self.words[0])} - {""}
        no = {"n", _initial(self.words[1])} - {""}
        self.yes_keys: list[str] = sorted(yes - no, key=lambda k: (k != "y", k))
        self.no_keys: list[str] = sorted(no - yes, key=lambda k: (k != "n", k))
        # For the mouse; the keyboard stays on the widget (←/→ highlight, Enter sends).
        self._yes = ClickButton(
            button_label(f"{self.words[0]} ({'/'.join(self.yes_keys)})"),
            classes="answer-yes",
            compact=True,
        )
        self._no = ClickButton(
            button_label(f"{self.words[1]} ({'/'.join(self.no_keys)})"),
            classes="answer-no",
            compact=True,
        )

    def hint_text(self) -> str:
        return (
            f"{'/'.join(self.yes_keys)} {self.words[0]} · {'/'.join(self.no_keys)} {self.words[1]}"
        )

    def compose_body(self) -> Iterable[Widget]:
        with Horizontal(classes="answer-yes-no"):
            yield self._yes
            yield self._no

    def handle_char(self, char: str) -> bool:
        key = _initial(char) if char.isalpha() else char
        if key in self.yes_keys:
            self.answer(True)
            return True
        if key in self.no_keys:
            self.answer(False)
            return True
        return False

    def stray_key_message(self) -> str:
        either = self.tr.gettext(" or ")
        return self.tr.gettext(
            "Press {yes_keys} for {yes}, {no_keys} for {no}, or Esc to answer in your own words."
        ).format(
            yes_keys=either.join(self.yes_keys),
            yes=self.words[0],
            no_keys=either.join(self.no_keys),
            no=self.words[1],
        )

    def answer(self, yes: bool) -> None:
        """Answer yes or no at once."""
        if self.is_locked:
            return
        self.choice = yes
        self.submit_value(yes)

    def action_focus_choice(self, yes: bool) -> None:
        """Move the highlight to Yes or No (Enter then sends it).

        The focus stays on the widget: moving it between the buttons restyled the
        whole transcript (``:focus-within``) on every arrow key."""
        if self.is_locked or self.choice is yes:
            return
        self.choice = yes
        self.clear_error()
        self._show_current(self.has_focus)

    def _show_current(self, focused: bool) -> None:
        """Draw the button ←/→ picked as Textual draws a focused one, while the widget has
        the focus (component class ``yes-no--current``). Set as the two buttons' inline
        text style and tint: toggling a class on them cost a stylesheet pass of each
        button (Button has many rules) on every arrow key."""
        look = self.get_component_styles("yes-no--current")
        for button, mine in ((self._yes, self.choice is True), (self._no, self.choice is False)):
            on = mine and focused
            if look.has_rule("text_style"):
                button.styles.text_style = look.text_style if on else None
            if look.has_rule("background_tint"):
                button.styles.background_tint = look.background_tint if on else None

    # Handlers run before Textual's own, which set ``has_focus``: say it outright.
    def on_focus(self) -> None:
        self._show_current(True)

    def on_blur(self) -> None:
        self._show_current(False)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        # Textual also runs AnswerWidget.on_button_pressed (Send / own words) itself.
        if event.button.has_class("answer-yes"):
            event.stop()
            self.answer(True)
        elif event.button.has_class("answer-no"):
            event.stop()
            self.answer(False)

    def build_value(self) -> object:
        if self.choice is None:
            raise IncompleteAnswer(self.stray_key_message())
        return self.choice
