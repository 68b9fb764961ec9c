"""The composer's text box: Enter submits, Ctrl+J (Shift+Enter, Alt+Enter) inserts a newline,
and the transcript's keys it has no use for go to the transcript (see
:mod:`koji_tui.ui.widgets.composer`)."""

from __future__ import annotations

from typing import ClassVar, Literal

from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import TextArea

from koji_tui.i18n import N_

__all__ = ["ComposerInput", "ScrollWhere"]

ScrollWhere = Literal["end", "page_down", "page_up"]


class ComposerInput(TextArea):
    """TextArea where Enter submits and Ctrl+J / Shift+Enter / Alt+Enter insert a newline."""

    NEWLINE_KEYS: ClassVar[frozenset[str]] = frozenset({"ctrl+j", "shift+enter", "alt+enter"})
    # TextArea binds F6/F7 to select-line/select-all; here those keys belong to the screen
    # (F7 resends an unsent answer), so the actions step aside and the key goes up.
    YIELDED_ACTIONS: ClassVar[frozenset[str]] = frozenset({"select_line", "select_all"})

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.YIELDED_ACTIONS:
            return False
        return super().check_action(action, parameters)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+end",
            "scroll_transcript('end')",
            N_("Newest message"),
            id="composer.jump_to_end",
            tooltip=N_("Jump the transcript to the newest message"),
            show=False,
        ),
    ]

    class SubmitRequested(Message):
        """Enter was pressed (handled by the Composer)."""

    class ScrollRequested(Message):
        """A transcript key the text box has no use for (handled by the Composer)."""

        def __init__(self, where: ScrollWhere) -> None:
            super().__init__()
            self.where: ScrollWhere = where

    def action_scroll_transcript(self, where: ScrollWhere) -> None:
        self.post_message(self.ScrollRequested(where))

    # End and PageDown/PageUp keep their text-box meaning while they move the cursor;
    # where they would not (the cursor is already there), they go to the transcript.
    def action_cursor_line_end(self, select: bool = False) -> None:
        if not select and self._idle_cursor(self.get_cursor_line_end_location()):
            self.action_scroll_transcript("end")
            return
        super().action_cursor_line_end(select)

    def action_cursor_page_down(self) -> None:
        if self._idle_cursor(self._page_target(1)):
            self.action_scroll_transcript("page_down")
            return
        super().action_cursor_page_down()

    def action_cursor_page_up(self) -> None:
        if self._idle_cursor(self._page_target(-1)):
            self.action_scroll_transcript("page_up")
            return
        super().action_cursor_page_up()

    def _page_target(self, direction: int) -> tuple[int, int]:
        height = max(1, self.content_size.height)
        return self.navigator.get_location_at_y_offset(self.cursor_location, direction * height)

    def _idle_cursor(self, target: tuple[int, int]) -> bool:
        """True if moving the cursor to ``target`` would change nothing."""
        start, end = self.selection
        return start == end and tuple(target) == tuple(end)

    async def _on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self.post_message(self.SubmitRequested())
            return
        if event.key in self.NEWLINE_KEYS:
            # Handled here, in key order (a binding would run after later keys of a
            # fast burst, e.g. a macro or `tmux send-keys`, and misplace the newline).
            event.stop()
            event.prevent_default()
            self.action_newline()
            return
        await super()._on_key(event)

    def action_newline(self) -> None:
        if self.read_only:
            return
        start, end = self.selection
        # The public edit (undoable, like typing); the cursor lands after the newline.
        self.replace("\n", start, end, maintain_selection_offset=False)
