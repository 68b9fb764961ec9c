"""The buttons of the answer widgets: for the mouse, with their keys in their labels."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.widgets import Button

from koji_tui.i18n import N_, Translator, translator

# English msgids: a widget shows them through its translator (``tr.gettext(SEND_LABEL)``).
SEND_LABEL = N_("Send (Enter)")
OWN_WORDS_LABEL = N_("Answer in my own words (Esc)")
#: The same buttons where the full labels do not fit side by side (about 55 columns).
SHORT_SEND_LABEL = N_("Send")
SHORT_OWN_WORDS_LABEL = N_("Own words (Esc)")


def button_label(label: str) -> Text:
    """A button label in brackets, so it reads as a button without colour (literal text)."""
    return Text(f"[{label}]")


class ClickButton(Button, can_focus=False):
    """A button of an answer widget (Send, own words, Yes/No): for the mouse, never focused.

    The keys they stand for (Enter, Esc, y/n) work wherever the widget has the
    focus; a focusable button made Shift+Tab from the composer land on it, where
    the arrows still moved the list but Enter did not send the choice.
    """


def buttons_width(has_send: bool, short: bool = False, tr: Translator | None = None) -> int:
    """Columns the footer buttons take side by side (in ``tr``'s words, English by default):
    Textual's Button is its label plus 2 columns, and each button has a 1-column left margin."""
    tr = tr or translator(None)
    send, own = (
        (SHORT_SEND_LABEL, SHORT_OWN_WORDS_LABEL) if short else (SEND_LABEL, OWN_WORDS_LABEL)
    )
    labels = [tr.gettext(own)] + ([tr.gettext(send)] if has_send else [])
    return sum(cell_len(str(button_label(label))) + 2 + 1 for label in labels)
