"""The participant's answer box.

Public API (app thread only):

``Composer(*, max_length=10_000, placeholder=..., id=..., classes=...)``
    A multi-line ``TextArea`` (:class:`ComposerInput`) plus a one-line footer
    (hint on the left, character count on the right).

    Keys: **Enter** sends; **Ctrl+J** inserts a newline (also **Shift+Enter** and
    **Alt+Enter** on terminals that report them). Pasted text keeps its newlines.

    * ``Composer.Submitted(composer, text)`` is posted when the participant
      sends: ``text`` is stripped of leading/trailing whitespace, never empty
      and at most ``max_length`` characters (otherwise nothing is posted and the
      hint says why). On submit the composer LOCKS itself (read-only, footer
      "waiting for reply…") so a second Enter cannot send twice; the text stays
      in the box.
    * ``confirm_sent()``: the app calls this once the answer is safely recorded
      (journalled/sent): the box is cleared. It stays locked until ``unlock_input()``.
    * ``unlock_input(hint=None)``: accept input again (after the reply arrived or the
      send failed); text is kept. ``report_failure(message)`` = unlock + keep the
      text + show ``message`` as an error hint.
    * ``lock_input(reason="waiting for reply…")``: lock without a submit (e.g. while
      the interview starts). ``locked`` tells the state.
    * ``restore(text)``: put text back in the box (e.g. a pending answer found in
      the journal), cursor at the end. ``text`` property reads the box.
    * ``set_hint(text, severity="info"|"warning"|"error")`` / ``reset_hint()``.
      Hints are literal text (never markup) and wrap up to 3 lines.
    * ``submit() -> bool``: what Enter does (validate, post, lock).
    * ``focus()`` focuses the text box; ``input`` is the :class:`ComposerInput`.
    * ``Composer.ScrollRequested(composer, where)`` (``where``: ``"end"``,
      ``"page_down"``, ``"page_up"``) is posted for the transcript's keys when the
      text box has no use for them: **Ctrl+End** always, **End** with the cursor
      already at the end of its line (an empty box, say), **PageDown**/**PageUp**
      on the last/first line. The screen that owns the transcript scrolls it (the
      transcript's "↓ new messages below — End to jump" works from the composer).
    * A character count ("8,100/10,000") appears from 80 % of ``max_length``;
      ``max_length=None`` disables the limit.

Text typed here is the participant's own; it is shown in the transcript by the
transcript's literal renderer, so nothing here interprets markup.

The text box itself (its keys) is :mod:`koji_tui.ui.widgets.composer_input`.
"""

from __future__ import annotations

from typing import Literal

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.color import Color
from textual.containers import Horizontal
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static, TextArea

from koji_tui.i18n import N_, Translator
from koji_tui.i18n import translator as _translator
from koji_tui.ui.widgets.composer_input import ComposerInput, ScrollWhere

__all__ = ["Composer", "ComposerInput"]

Severity = Literal["info", "warning", "error"]

# English msgids: the composer shows them through its translator.
DEFAULT_HINT = N_("Enter send · Ctrl+J new line")
LOCKED_HINT = N_("waiting for reply…")
EMPTY_HINT = N_("Type an answer first — empty answers are not sent.")
PLACEHOLDER = N_("Type your answer…")
NEAR_LIMIT_FRACTION = 0.8


class Composer(Widget):
    """Answer box: see the module docstring."""

    DEFAULT_CSS = """
    Composer {
        height: auto;
        width: 1fr;
    }
    Composer ComposerInput { height: auto; min-height: 3; max-height: 8; }
    Composer .composer--footer { height: auto; }
    Composer .composer--hint { width: 1fr; height: auto; max-height: 3; }
    Composer .composer--count { width: auto; height: 1; }
    """

    class Submitted(Message):
        """The participant sent ``text`` (stripped, non-empty, within the limit)."""

        def __init__(self, composer: Composer, text: str) -> None:
            super().__init__()
            self.composer = composer
            self.text = text

        @property
        def control(self) -> Composer:
            return self.composer

    def __init__(
        self,
        *,
        max_length: int | None = 10_000,
        placeholder: str | None = None,
        translator: Translator | None = None,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.tr: Translator = translator or _translator(None)
        self.max_length = max_length
        self._own_placeholder = placeholder
        placeholder = placeholder if placeholder is not None else self.tr.gettext(PLACEHOLDER)
        self._placeholder = placeholder
        self._locked = False
        self._waiting = True  # a lock for something under way (vs. closed for good)
        self._lock_reason = self.tr.gettext(LOCKED_HINT)
        self._hint_override: tuple[str, Severity] | None = None
        self.input = ComposerInput(
            "",
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            highlight_cursor_line=False,
            placeholder=placeholder,
        )
        self._hint = Static("", classes="composer--hint", markup=False)
        self._count = Static("", classes="composer--count", markup=False)
        self._hint_shown: str | None = None  # what the two lines show now
        self._count_shown = ""

    def compose(self) -> ComposeResult:
        yield self.input
        with Horizontal(classes="composer--footer"):
            yield self._hint
            yield self._count

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        self._refresh_footer()

    # ----------------------------------------------------------------- state

    @property
    def text(self) -> str:
        return self.input.text

    @property
    def locked(self) -> bool:
        return self._locked

    def focus(self, scroll_visible: bool = True) -> Composer:
        self.input.focus(scroll_visible)
        return self

    def set_translator(self, tr: Translator) -> None:
        """The composer's own words (placeholder, hints) in ``tr``'s language; the texts the
        screen hands over (lock reasons, hints) are the screen's to translate."""
        if tr is self.tr:
            return
        if self._lock_reason == self.tr.gettext(LOCKED_HINT):
            self._lock_reason = tr.gettext(LOCKED_HINT)
        self.tr = tr
        if self._own_placeholder is None:
            self._placeholder = tr.gettext(PLACEHOLDER)
            if not self._locked or self._waiting:
                self.input.placeholder = self._placeholder
        self._refresh_footer()

    def lock_input(self, reason: str | None = None, *, waiting: bool = True) -> None:
        """Take no text for now (``reason``: "waiting for reply…" by default). ``waiting``:
        something is under way (an hourglass shows); otherwise the box is closed for good
        (nothing pending: the reason takes the place of the placeholder)."""
        reason = reason if reason is not None else self.tr.gettext(LOCKED_HINT)
        self._locked = True
        self._lock_reason = reason
        self._waiting = waiting
        self.input.placeholder = self._placeholder if waiting else reason
        self._restyle_locked(True)
        self._hint_override = None
        self._refresh_footer()

    def unlock_input(self, hint: str | None = None, severity: Severity = "info") -> None:
        self._locked = False
        self._waiting = True
        self.input.placeholder = self._placeholder
        self._restyle_locked(False)
        self._hint_override = (hint, severity) if hint else None
        self._refresh_footer()

    def report_failure(self, message: str) -> None:
        """Unlock and keep the text so the participant can retry."""
        self.unlock_input(
            self.tr.gettext(
                "Not sent: {message} — your text is kept; press Enter to retry."
            ).format(message=message),
            "error",
        )

    def confirm_sent(self) -> None:
        """The answer is recorded: clear the box (stays locked until ``unlock_input()``)."""
        self.input.clear()
        self._refresh_footer()

    def restore(self, text: str) -> None:
        self.input.load_text(text)
        self.input.move_cursor(self.input.document.end)
        self._refresh_footer()

    def set_hint(self, text: str, severity: Severity = "info") -> None:
        self._hint_override = (text, severity)
        self._refresh_footer()

    def reset_hint(self) -> None:
        self._hint_override = None
        self._refresh_footer()

    # ----------------------------------------------------------------- events

    class ScrollRequested(Message):
        """Scroll the transcript (``where``: "end", "page_down", "page_up"); see the module
        docstring for the keys that post it."""

        def __init__(self, composer: Composer, where: ScrollWhere) -> None:
            super().__init__()
            self.composer = composer
            self.where: ScrollWhere = where

        @property
        def control(self) -> Composer:
            return self.composer

    def on_composer_input_submit_requested(self, event: ComposerInput.SubmitRequested) -> None:
        event.stop()
        self.submit()

    def on_composer_input_scroll_requested(self, event: ComposerInput.ScrollRequested) -> None:
        event.stop()
        self.post_message(self.ScrollRequested(self, event.where))

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        if self._hint_override is not None and self._hint_override[1] != "error":
            self._hint_override = None
        elif self._hint_override is not None and self.text.strip():
            # An "empty answer" or failure hint has done its job once they type.
            if self._hint_override[0] == EMPTY_HINT:
                self._hint_override = None
        self._refresh_footer()

    def submit(self) -> bool:
        """Validate and post ``Submitted``; returns whether it was sent."""
        if self._locked:
            if not self._waiting:
                said = self.tr.gettext("No answers can be sent: {reason}.")
            elif self.text.strip():
                said = self.tr.gettext("Still {reason} Your text is kept.")
            else:
                said = self.tr.gettext("Still {reason}")
            self.set_hint(said.format(reason=self._lock_reason), "warning")
            return False
        text = self.text.strip()
        if not text:
            self.set_hint(self.tr.gettext(EMPTY_HINT), "warning")
            return False
        if self.max_length is not None and len(text) > self.max_length:
            over = len(text) - self.max_length
            said = self.tr.gettext("Too long by {over} characters (limit {limit}).")
            over_text, limit = self.tr.format_number(over), self.tr.format_number(self.max_length)
            self.set_hint(said.format(over=over_text, limit=limit), "error")
            return False
        self.post_message(self.Submitted(self, text))
        self.lock_input()
        return True

    # ----------------------------------------------------------------- footer

    def _restyle_locked(self, locked: bool) -> None:
        """Take keys or not (``read_only`` on the box), drawn muted while it takes none.

        ``read_only`` is set without Textual's watcher: it restyles a ``TextArea`` and its
        dozen component classes (~5 ms, twice per answer: on the Enter that sends it, and
        before the reply's frame). The muted look goes on the box as its own (inline) colour
        and border instead, which only redraws it; the box draws no cursor while it takes no
        keys (``show_cursor``, set the same way: Textual reads it only in read-only mode and
        for word and page moves)."""
        box = self.input
        self.set_class(locked, "-locked", update=False)
        box.set_reactive(ComposerInput.read_only, locked)
        box.set_reactive(ComposerInput.show_cursor, not locked)
        self._draw_muted(locked)

    def _draw_muted(self, muted: bool) -> None:
        styles = self.input.styles
        if not muted:
            styles.color = None
            styles.border = None
            return
        colours = self.app.theme_variables  # the theme's, as the stylesheet reads them
        styles.color = colours.get("foreground-muted", "gray")
        border = Color.parse(colours.get("foreground", "white")).multiply_alpha(0.2)
        styles.border = ("tall", border)

    def _theme_changed(self, _theme: object) -> None:
        if self._locked:
            self._draw_muted(True)

    def _refresh_footer(self) -> None:
        hint = self._hint
        severity_class: str | None = None
        keys_only = False
        if self._hint_override is not None:
            text, severity = self._hint_override
            if severity != "info":
                severity_class = f"-{severity}"
        elif self._locked:
            text = f"⏳ {self._lock_reason}" if self._waiting else f"⊘ {self._lock_reason}"
        else:
            text = self.tr.gettext(DEFAULT_HINT)
            keys_only = True  # only the keys: F9 (no chrome) hides it
        # set_class changes (and restyles) only what differs: the hint is refreshed on every
        # keystroke, and removing then adding the same class restyled it twice each time
        displayed = hint.display
        for name in ("-warning", "-error"):
            hint.set_class(severity_class == name, name)
        hint.set_class(keys_only, "-keys")
        if text != self._hint_shown:  # the same text again: nothing to lay out or draw
            # a line that fits the hint's width, after one that fit too, with the hint shown
            # before and after (F9 hides the keys-only hint), keeps it one row high: redrawn
            # without laying the screen out again (lock and unlock change it on every answer)
            width = hint.content_size.width
            one_row = (
                self._hint_shown is not None
                and hint.display == displayed
                and "\n" not in text + self._hint_shown
                and 0 < cell_len(text) <= width
                and cell_len(self._hint_shown) <= width
            )
            self._hint_shown = text
            hint.update(text, layout=not one_row)

        count = self._count
        length = len(self.text)
        level: str | None = None
        shown = ""
        if self.max_length is not None and length >= self.max_length * NEAR_LIMIT_FRACTION:
            shown = f"{length:,}/{self.max_length:,}"
            level = "-over-limit" if length > self.max_length else "-near-limit"
        if shown != self._count_shown:
            self._count_shown = shown
            count.update(shown)
        for name in ("-near-limit", "-over-limit"):
            count.set_class(level == name, name)
