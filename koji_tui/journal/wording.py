"""The journal's messages in the user's language (they reach people as toasts and command
output): ``_("Cannot open the journal at {path}: {reason}", path=..., reason=...)``."""

from __future__ import annotations

from koji_tui.i18n import app_translator


def _(message: str, **values: object) -> str:
    """``message`` translated, its ``{name}`` fields filled from ``values``."""
    text = app_translator().gettext(message)
    return text.format(**values) if values else text
