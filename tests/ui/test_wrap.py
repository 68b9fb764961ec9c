"""The transcript's word wrap: every line fits, nothing is lost, words break only when
they must (property tests, plus the cases a transcript meets)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from koji_tui.ui.widgets.wrap import break_offsets

WORDS = st.text(
    alphabet=st.sampled_from(list("abc xyz  ÉéñüßЖж日本語字😀—-.,")), min_size=0, max_size=200
)


def _lines(text: str, width: int) -> list[str]:
    offsets = [0, *break_offsets(text, width), len(text)]
    return [text[a:b] for a, b in pairwise(offsets)]


@settings(max_examples=400, deadline=None)
@given(text=WORDS, width=st.integers(min_value=2, max_value=60))
def test_lines_fit_and_lose_nothing(text: str, width: int) -> None:
    lines = _lines(text, width)
    assert "".join(lines) == text
    breaks = break_offsets(text, width)
    assert breaks == sorted(set(breaks)) and all(0 < b < len(text) for b in breaks)
    for line in lines:
        assert cell_len(line.rstrip(" ")) <= width, (line, width)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=8), min_size=1, max_size=30),
    width=st.integers(min_value=8, max_value=40),
)
def test_words_that_fit_a_line_are_never_cut(words: list[str], width: int) -> None:
    text = " ".join(words)
    for line in _lines(text, width):
        for word in line.split():
            assert word in words


def test_the_cases_a_transcript_meets() -> None:
    assert break_offsets("short", 10) == []
    assert _lines("the quick brown fox", 10) == ["the quick ", "brown fox"]
    assert _lines("abcdefghij", 4) == ["abcd", "efgh", "ij"]  # a long word folds
    assert _lines("日本語の文字", 4) == ["日本", "語の", "文字"]  # two cells each
    assert _lines("a 😀😀😀", 4) == ["a ", "😀😀", "😀"]
    assert break_offsets("", 5) == []
    assert _lines("word", 0) == ["w", "o", "r", "d"]  # no width: one cell per line
