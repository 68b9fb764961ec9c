"""Radio buttons and checkboxes whose state shows without colour.

Textual draws the same glyph for on and off and tells them apart by colour
only, which is unreadable with ``NO_COLOR`` and weak in high contrast. These
draw the glyph only when the button is on.
"""

from __future__ import annotations

from textual.widgets import Checkbox, RadioButton


class ClearRadioButton(RadioButton):
    """A :class:`RadioButton` drawn ``●`` when chosen and blank otherwise."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        return "●" if self.value else " "


class ClearCheckbox(Checkbox):
    """A :class:`Checkbox` drawn ``X`` when ticked and blank otherwise."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]
        return "X" if self.value else " "
