"""A scale drawn as a row under its question: "1 2 3 4 5", "😞 1 2 3 4 5 😍", "1 ─ 2 ─ 3 ─ 4 ─
5", "`0` `1` … `10`", "1 · 2 · 3 · 4 · 5", keycaps ("1️⃣ 2️⃣ 3️⃣ 4️⃣ 5️⃣", "0️⃣ … 🔟"), or stars ("★☆☆☆☆ → ★★★★★", "⭐ … ⭐⭐⭐⭐⭐"): the row
is the range (for koji_tui.questions.scales, which asks that the question rate or ask).
"""

from __future__ import annotations

import re

from koji_tui.questions.normalize import strip_decoration

# consecutive points between spaces, dashes, box-drawing lines, dots or arrows
_ROW = re.compile(r"^\d{1,2}(?:[\s\-–—─━·•|/→>▸]+\d{1,2}){2,10}$")
_POINT = re.compile(r"\d{1,2}")
_STARS = re.compile(r"^[★☆⭐✩✰✭\ufe0f]+(?:[\s\-–—─→>▸.…]+[★☆⭐✩✰✭\ufe0f]+)*$")
_STAR_RUN = re.compile(r"[★☆⭐✩✰✭]+")
_ROW_LINES = 3  # the row is one of the message's last lines


def drawn_row(text: str) -> tuple[int, int] | None:
    """(low, high) of a row of points or stars among the last lines of ``text`` (prepared),
    after its last question (on its line too) ("Here is the timeline: 1 ─ 2 ─ 3. What happened at 3?" draws none)."""
    lines = text.splitlines()
    asked = max((i for i, line in enumerate(lines) if "?" in line), default=-1)
    rows = lines[max(asked + 1, len(lines) - _ROW_LINES) :]
    if (
        asked >= 0 and asked >= len(lines) - _ROW_LINES
    ):  # "How satisfied are you? 1 · 2 · 3 · 4 · 5"
        rows.insert(0, lines[asked].rpartition("?")[2])
    for line in rows:
        line = line.strip().replace("\ufe0f", "").replace("\u20e3", "").replace("🔟", "10")
        stars = _STARS.match(line)
        if stars is not None and len(line) <= 40:
            runs = [len(run) for run in _STAR_RUN.findall(line)]
            high = max(runs)
            if 3 <= high <= 10:
                return 1, high
            continue
        row = strip_decoration(line)
        if len(row) <= 60 and _ROW.match(row):
            points = [int(p) for p in _POINT.findall(row)]
            low = points[0]
            if low in (0, 1) and points == list(range(low, low + len(points))):
                return low, points[-1]
    return None
