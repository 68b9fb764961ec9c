"""The one sanitizer for text that came from outside: a server, a journal, a file, a user.

Nothing drawn on the terminal may carry a control sequence: ``ESC ] 0 ; … BEL`` retitles the
window, ``ESC ] 52 ; c ; …`` writes the clipboard, ``CSI 2 J`` clears the screen, and an 8-bit C1
byte (``\\x9b``) starts the same sequences on terminals that honour them. Bidi overrides
(U+202E …) reorder what is shown, and zero-width characters hide text. So every piece of
outside text passes through :func:`safe_text` (a block: newlines kept) or :func:`safe_line` (one
line) before any widget, toast, dialog or export sees it.

- C0 controls become their Unicode "control pictures" (``ESC`` -> ``␛``, ``BEL`` -> ``␇``), DEL
  becomes ``␡`` and a C1 control ``␛`` plus its 7-bit twin (``\\x9b`` -> ``␛[``): what was there
  stays visible, and nothing is executed.
- Bidi embeddings, overrides and isolates become a visible ``<U+202E>``; bidi marks (LRM, RLM,
  ALM), zero-width spaces, word joiners, BOMs, invisible fillers and tag characters are removed.
  ZWJ/ZWNJ stay (emoji sequences and several scripts need them).
- Lone surrogates (JSON can encode them) become U+FFFD; a terminal cannot encode them.
- ``\\r\\n``, ``\\r``, U+2028 and U+2029 become ``\\n``; tabs expand to 4 columns.

This module imports only the standard library, so every layer may use it.
"""

from __future__ import annotations

import re

__all__ = ["is_safe", "safe_line", "safe_text"]

_MAP: dict[int, str | None] = {i: chr(0x2400 + i) for i in range(0x20) if i not in (0x09, 0x0A)}
_MAP[0x7F] = "␡"
for _i in range(0x80, 0xA0):
    _MAP[_i] = "␛" + chr(_i - 0x40)
for _i in (*range(0x202A, 0x202F), *range(0x2066, 0x206A)):
    _MAP[_i] = f"<U+{_i:04X}>"
# Invisible or zero-width: removed.
for _i in (
    0x00AD,  # soft hyphen
    0x034F,  # combining grapheme joiner
    0x061C,  # Arabic letter mark
    0x115F,  # Hangul fillers (render as nothing)
    0x1160,
    0x17B4,  # Khmer inherent vowels (invisible)
    0x17B5,
    0x180E,  # Mongolian vowel separator
    0x200B,  # zero-width space
    0x200E,  # LRM
    0x200F,  # RLM
    *range(0x2060, 0x2065),  # word joiner, invisible operators
    *range(0x206A, 0x2070),  # deprecated format characters
    0x3164,  # Hangul filler
    0xFEFF,  # BOM / zero-width no-break space
    0xFFA0,  # halfwidth Hangul filler
    *range(0xFFF9, 0xFFFC),  # interlinear annotation controls
    *range(0xE0000, 0xE0080),  # tag characters ("ASCII smuggling")
):
    _MAP[_i] = None
for _i in (0x2028, 0x2029):
    _MAP[_i] = "\n"
del _i

_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e"
    "\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164"
    "\ufeff\uffa0\ufff9-\ufffb\U000e0000-\U000e007f\ud800-\udfff\t]"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = re.compile(r"\s*\n\s*")


def is_safe(text: str) -> bool:
    """True when ``text`` holds nothing :func:`safe_text` would change (tabs and CR aside)."""
    return _UNSAFE.search(text.replace("\t", " ")) is None


def safe_text(text: object) -> str:
    """``text`` safe to draw literally as a block: newlines kept, every control made visible.

    ``None`` becomes ``""``; anything else not a string is shown by its ``str()``. Markup has no
    meaning here: callers draw the result as plain text (``Text(...)``, ``markup=False``).
    """
    if text is None:
        return ""
    if not isinstance(text, str):
        text = str(text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _UNSAFE.search(text):
        return text
    if "\t" in text:
        text = "\n".join(line.expandtabs(4) for line in text.split("\n"))
    text = _SURROGATE.sub("\ufffd", text)
    return text.translate(_MAP)


def safe_line(text: object, width: int | None = None) -> str:
    """``text`` as one safe line: line breaks fold to a space, tabs too; cut to ``width`` with …."""
    value = safe_text(text)
    if "\n" in value:
        value = _LINE_BREAKS.sub(" ", value.strip())
    if width is not None and len(value) > width:
        value = value[: max(width - 1, 0)] + "…"
    return value
