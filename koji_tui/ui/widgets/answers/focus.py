"""Focus for the answer widgets: which part takes the focus, which parts are stops of the focus
chain, and bringing the whole widget into view once it is laid out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Self

from textual.widget import Widget

if TYPE_CHECKING:
    _Base = Widget
else:
    _Base = object

__all__ = ["FocusChain"]


class FocusChain(_Base):
    """Mixin of :class:`~koji_tui.ui.widgets.answers.base.AnswerWidget` for the focus; subclasses
    name their main field in :meth:`focus_target`."""

    def focus(self, scroll_visible: bool = True) -> Self:
        """Focus the widget (or its main field) and bring all of it into view.

        The app focuses a widget right after mounting it below the transcript,
        before its first layout. Textual's own scroll-on-focus would then aim at
        an empty region (it scrolled the transcript to the top, hiding the
        widget), so that is skipped and the widget is revealed once laid out.
        """
        target = self.focus_target()
        laid_out = self.size.height > 0
        if target is self:
            super().focus(scroll_visible and laid_out)
        else:
            target.focus(scroll_visible and laid_out)
        if scroll_visible and not laid_out:
            self._reveal_soon()
        return self

    def focus_target(self) -> Widget:
        """The widget that takes the focus when this answer widget is focused."""
        return self

    # Focus chain: from outside (Tab or Shift+Tab from the composer or the transcript)
    # only the widget's main focusable is a stop, the list itself or, for a typed
    # scale, its field. The inner fields and buttons (the "Other" field, Yes/No) join
    # the chain only while the focus is already inside, so Tab and Shift+Tab move on
    # from them instead of jumping back to the top of the screen.
    def allow_focus(self) -> bool:
        return super().allow_focus() and (not self.is_mounted or self.focus_target() is self)

    def allow_focus_children(self) -> bool:
        if not super().allow_focus_children():
            return False
        if self.focus_target() is not self:
            return True
        focused = self.screen.focused if self.is_attached else None
        return focused is not None and focused is not self and self.has_focus_within

    def on_descendant_focus(self) -> None:
        self._reveal_soon()

    def _reveal_soon(self, attempts: int = 5) -> None:
        self.call_after_refresh(self._reveal, attempts)

    def _reveal(self, attempts: int) -> None:
        if not self.is_attached:
            return
        if self.size.height == 0:
            if attempts > 1:
                self._reveal_soon(attempts - 1)
            return
        self.scroll_visible(animate=False)
