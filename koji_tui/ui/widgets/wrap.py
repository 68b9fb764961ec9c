"""Word wrapping by terminal cells, for the transcript's own line layout.

:func:`break_offsets` says where a paragraph breaks so each line fits ``width`` cells:
at the start of a word when it can, inside a word only when the word alone is wider
than a line. Wide characters (CJK, emoji) count as two cells. It is the same rule as
Rich's word wrap, written here on Rich's public ``rich.cells`` so the transcript does
not depend on Rich's private ``rich._wrap``.
"""

from __future__ import annotations

import re

from rich.cells import cell_len, chop_cells

_WORD = re.compile(r"\s*\S+\s*")


def break_offsets(text: str, width: int) -> list[int]:
    """Indices (into ``text``) where new lines start; none when it fits on one line.

    Trailing spaces of a line may exceed ``width``: a caller strips them.
    """
    width = max(1, width)
    breaks: list[int] = []
    used = 0  # cells on the current line
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group(0)
        length = cell_len(word.rstrip())
        if width - used >= length:
            used += cell_len(word)
            continue
        if length > width:  # longer than a whole line: fold it
            pieces = chop_cells(word, width)
            for index, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if index == len(pieces) - 1:
                    used = cell_len(piece)
                else:
                    start += len(piece)
        elif used and start:
            breaks.append(start)
            used = cell_len(word)
    return breaks
