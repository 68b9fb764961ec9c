"""The common base of every answer widget: messages, locking, number entry, dismissal.

An answer widget sits in the transcript below the interviewer turn that asked a
structured question. It never sends anything itself: it posts
:class:`AnswerWidget.Answered` (the readable text plus the structured value)
and the app sends the text through the interview session. Free text must stay
possible at all times, so every widget can be dismissed (Escape or the
"Answer in my own words" button), which posts :class:`AnswerWidget.Dismissed`;
the app then focuses the composer. A dismissed widget stays usable until an
answer is sent; the app should call ``widget.lock_answer(text)`` with the
free text it sent so the widget shows what was answered and takes no more input.

Number entry (digits pick the option or point with that number) lives in
:mod:`koji_tui.ui.widgets.answers.numbers`, the focus (its stops, revealing the widget) in
:mod:`koji_tui.ui.widgets.answers.focus`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any, ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Button, Static

from koji_tui.i18n import N_, Translator, translator
from koji_tui.questions import Question
from koji_tui.ui.widgets.answers._format import format_answer
from koji_tui.ui.widgets.answers.buttons import (
    OWN_WORDS_LABEL,
    SEND_LABEL,
    SHORT_OWN_WORDS_LABEL,
    SHORT_SEND_LABEL,
    ClickButton,
    button_label,
    buttons_width,
)
from koji_tui.ui.widgets.answers.focus import FocusChain
from koji_tui.ui.widgets.answers.numbers import NumberEntry
from koji_tui.ui.widgets.answers.words import language_for

STRAY_KEY = N_("Use the keys shown below, or press Esc to answer in your own words.")
NOT_SENT_YET = N_("Not sent yet: ")
ANSWERED = N_("Answered: ")


class IncompleteAnswer(Exception):
    """Raised by :meth:`AnswerWidget.build_value` when nothing sendable is chosen yet."""


class AnswerWidget(NumberEntry, FocusChain, Vertical, can_focus=True):
    """Base class of the structured-answer widgets.

    Subclasses implement :meth:`compose_body`, :meth:`build_value` and, for
    number keys, :meth:`number_choices` and :meth:`pick_number`.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "confirm",
            N_("Send answer"),
            id="answer.send",
            tooltip=N_("Send the chosen answer"),
            show=False,
        ),
        Binding(
            "escape",
            "dismiss",
            N_("Answer in my own words"),
            id="answer.own_words",
            tooltip=N_("Close the widget and type the answer in the composer"),
            show=False,
        ),
    ]

    DEFAULT_CSS = """
    AnswerWidget { height: auto; }
    AnswerWidget .answer-body { height: auto; }
    AnswerWidget .answer-footer { height: auto; }
    AnswerWidget .answer-buttons { width: auto; height: auto; }
    AnswerWidget.-narrow .answer-footer { layout: vertical; }
    AnswerWidget.-narrow .answer-buttons { width: 1fr; }
    AnswerWidget.-stacked .answer-buttons { layout: vertical; }
    AnswerWidget .answer-error { height: auto; display: none; }
    AnswerWidget .answer-error.-visible { display: block; }
    AnswerWidget .answer-summary { height: auto; display: none; }
    AnswerWidget.-answered .answer-body { display: none; }
    AnswerWidget.-answered .answer-footer { display: none; }
    AnswerWidget.-answered .answer-error { display: none; }
    AnswerWidget.-answered .answer-summary { display: block; }
    """

    #: Whether the footer shows a Send button (yes/no answers with its own buttons).
    HAS_SEND_BUTTON: ClassVar[bool] = True
    #: Title in the widget's border.
    TITLE: ClassVar[str] = N_("Your answer")
    #: Columns the hint gets at least beside the buttons; with less it goes on its own line.
    HINT_MIN_WIDTH: ClassVar[int] = 24

    class Answered(Message):
        """The participant chose an answer; the app sends ``text`` and journals ``value``."""

        def __init__(
            self,
            text: str,
            value: object,
            question: Question,
            widget: AnswerWidget | None = None,
        ) -> None:
            super().__init__()
            self.text = text
            self.value = value
            self.question = question
            self.widget = widget

        @property
        def control(self) -> AnswerWidget | None:
            return self.widget

    class Dismissed(Message):
        """The participant wants to answer in free text: focus the composer."""

        def __init__(self, question: Question, widget: AnswerWidget | None = None) -> None:
            super().__init__()
            self.question = question
            self.widget = widget

        @property
        def control(self) -> AnswerWidget | None:
            return self.widget

    def __init__(
        self,
        question: Question,
        *,
        locale: str | None = None,
        clock: Callable[[], float] = time.monotonic,  # for the number window; tests inject one
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        self.question = question
        self.locale = (locale or "").split("-")[0].split("_")[0].lower() or None
        #: The widget's words: the question's language, else the interview's locale.
        self.tr: Translator = translator(language_for(getattr(question, "language", None), locale))
        self.clock = clock
        self._answer_text: str | None = None
        self._answer_value: object = None
        self.init_number_entry()
        self._error = Static("", classes="answer-error")
        self._error_shown = False

    # ----------------------------------------------------------------- state
    @property
    def is_locked(self) -> bool:
        """True once an answer was given (by this widget or in free text)."""
        return self._answer_text is not None

    @property
    def answer_text(self) -> str | None:
        """The text that was sent, once locked."""
        return self._answer_text

    @property
    def answer_value(self) -> object:
        """The structured value chosen in this widget (None if locked with free text)."""
        return self._answer_value

    # --------------------------------------------------------------- compose
    def compose(self) -> ComposeResult:
        with Vertical(classes="answer-body"):
            yield from self.compose_body()
        yield self._error
        with Horizontal(classes="answer-footer"):
            yield Static(Text(self.hint_text()), classes="answer-hint")
            with Horizontal(classes="answer-buttons"):
                if self.HAS_SEND_BUTTON:
                    yield ClickButton(
                        button_label(self.tr.gettext(SEND_LABEL)),
                        classes="answer-send",
                        compact=True,
                    )
                yield ClickButton(
                    button_label(self.tr.gettext(OWN_WORDS_LABEL)),
                    classes="answer-own-words",
                    compact=True,
                )
        yield Static("", classes="answer-summary")

    def on_mount(self) -> None:
        self.border_title = self.title_text()
        self._refresh_summary()
        # And after every layout of the screen: a width settled without a Resize reaching the
        # widget (seen once under load: the hint beside the buttons, cut, at 80 columns).
        self.screen.screen_layout_refresh_signal.subscribe(self, lambda _s: self.fit_footer())

    # ---------------------------------------------------------------- width
    def buttons_width(self, short: bool = False) -> int:
        """Columns the footer buttons take side by side."""
        return buttons_width(self.HAS_SEND_BUTTON, short, self.tr)

    def on_resize(self, event: events.Resize) -> None:
        self.fit_footer()

    def fit_footer(self) -> None:
        """Lay the footer out for the width: hint beside the buttons when there is room,
        else the hint on its own line (``-narrow``), then shorter button labels when the
        full ones do not fit side by side (``-short``), and the buttons one per line when
        even those do not fit (``-stacked``). Without this, a narrow terminal squeezed the
        hint to one column, one character per line, and the options scrolled away."""
        width = self.content_size.width
        if width <= 0:
            return
        buttons = self.buttons_width()
        hint = min(cell_len(self.hint_text()), self.HINT_MIN_WIDTH)
        short = width < buttons
        self.set_class(width < buttons + hint, "-narrow")
        self.set_class(short, "-short")
        self.set_class(width < self.buttons_width(short=True), "-stacked")
        for button in self.query(".answer-buttons > Button").results(Button):
            if button.has_class("answer-send"):
                label = SHORT_SEND_LABEL if short else SEND_LABEL
            else:
                label = SHORT_OWN_WORDS_LABEL if short else OWN_WORDS_LABEL
            label = self.tr.gettext(label)
            if str(button.label) != str(button_label(label)):
                button.label = button_label(label)

    def compose_body(self) -> Iterable[Any]:
        """The type-specific part of the widget."""
        return ()

    def title_text(self) -> str:
        return self.tr.gettext(self.TITLE)

    def hint_text(self) -> str:
        return ""

    def refresh_hint(self) -> None:
        """Show :meth:`hint_text` again (it changed, e.g. the "Other" field took the focus)."""
        for static in self.query(".answer-hint").results(Static):
            static.update(Text(self.hint_text()))
        self.fit_footer()

    # ------------------------------------------------------------ answering
    def build_value(self) -> object:
        """The structured value of the current choice; raise IncompleteAnswer if none."""
        raise NotImplementedError

    def action_confirm(self) -> None:
        """Send the current choice (Enter or the Send button)."""
        if self.is_locked:
            return
        self._flush_pending()
        try:
            value = self.build_value()
        except IncompleteAnswer as incomplete:
            self.show_error(str(incomplete))
            self.app.bell()
            return
        self.submit_value(value)

    def submit_value(self, value: object) -> None:
        """Lock the widget on ``value`` and post :class:`Answered`."""
        if self.is_locked:
            return
        text = format_answer(self.question, value)
        self.lock_answer(text, value=value)
        self.post_message(self.Answered(text, value, self.question, self))

    def action_dismiss(self) -> None:
        """Answer in free text instead (Escape or the button)."""
        if self.is_locked:
            return
        self.clear_error()
        self.post_message(self.Dismissed(self.question, self))

    def lock_answer(
        self, answer_text: str, *, value: object = None, draw_after: float = 0.0
    ) -> None:
        """Show ``answer_text`` (the free text the app sent when they answered in the composer)
        as the answer; no input after. ``draw_after``: seconds until drawn locked (0: next frame)."""
        self._cancel_digits()
        self._answer_text = answer_text
        self._answer_value = value
        self._refresh_summary()  # or at mount, for a widget locked before it is shown
        # Locked at once (``is_locked``: no key answers it again), drawn locked later: on the
        # Enter that sends the answer, restyling the widget would hold the request back.
        if not self.is_mounted:
            self._draw_locked()
        elif draw_after:
            self.set_timer(draw_after, self._draw_locked)
        else:
            self.call_after_refresh(self._draw_locked)

    def _draw_locked(self) -> None:
        """``-answered`` and ``disabled`` as :attr:`is_locked` says.

        Textual restyles the whole subtree when ``disabled`` or a class changes (~20 ms for a
        list of options: a restyle of every row and button, each with its component
        classes). Locked, the widget shows only its summary: the parts that take input are
        hidden, so only the widget and its four parts are restyled (``-answered`` shows or
        hides them), and ``disabled`` is set without its watcher (it would restyle the rest
        for ``:disabled``, on parts nobody sees). Focus, keys and clicks read ``disabled`` as
        they go, so they are refused all the same."""
        locked = self.is_locked
        if not self.is_mounted:
            self.set_class(locked, "-answered")
            self.disabled = locked
            return
        if locked == self.disabled and locked == self.has_class("-answered"):
            return
        self.set_class(locked, "-answered", update=False)
        self.set_reactive(AnswerWidget.disabled, locked)
        if locked:
            focused = self.screen.focused if self.is_attached else None
            if focused is not None and self in focused.ancestors_with_self:
                focused.blur()
        parts = self.query(".answer-body, .answer-footer, .answer-error, .answer-summary")
        self.app.stylesheet.update_nodes([self, *parts], animate=False)
        self.refresh(layout=True)

    _not_sent = False

    def set_not_sent(self, not_sent: bool) -> None:
        """Say whether the answer this widget shows is still unsent (the app could not
        reach the server; it is kept and resent) rather than answered."""
        self._not_sent = not_sent
        self._refresh_summary()
        self._draw_locked()  # now, if it waited (``draw_after``)

    def _refresh_summary(self) -> None:
        if self._answer_text is None:
            return
        if self._not_sent:
            said = self.tr.gettext(NOT_SENT_YET)
            summary = Text.assemble(("◌ ", "bold"), (said, "bold"), self._answer_text)
        else:
            said = self.tr.gettext(ANSWERED)
            summary = Text.assemble(("✓ ", "bold"), (said, "bold"), self._answer_text)
        for static in self.query(".answer-summary").results(Static):  # none before compose
            static.update(summary)

    def unlock(self) -> None:
        """Take input again (e.g. the app could not send the answer and dropped it)."""
        self._answer_text = None
        self._answer_value = None
        self._draw_locked()

    # --------------------------------------------------------------- errors
    def show_error(self, message: str) -> None:
        self._error.update(Text(message))
        self._error.add_class("-visible")
        self._error_shown = True

    def clear_error(self) -> None:
        # Every key clears the error: with nothing shown this must cost nothing.
        if self._error_shown:
            self._error_shown = False
            self._error.update("")
            self._error.remove_class("-visible")

    def stray_key_message(self) -> str:
        return self.tr.gettext(STRAY_KEY)

    # ------------------------------------------------------------ buttons
    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.has_class("answer-send"):
            event.stop()
            self.action_confirm()
        elif event.button.has_class("answer-own-words"):
            event.stop()
            self.action_dismiss()

    # --------------------------------------------------------------- keys
    def on_key(self, event: events.Key) -> None:
        if self.is_locked:
            return
        char = event.character
        if char is None or len(char) != 1 or not char.isprintable():
            return
        if self.handle_char(char):
            event.stop()
            event.prevent_default()
        elif char.isalnum():
            self.show_error(self.stray_key_message())

    def handle_char(self, char: str) -> bool:
        """Handle a printable key; return True if it was used."""
        if char.isdigit() or char == "-":
            return self.feed_digit(char)
        return False
