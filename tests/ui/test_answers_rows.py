"""The option rows that draw themselves (koji_tui/ui/widgets/answers/rows.py).

A key restyles only the rows it changed, and a ranking row's drawn ▲/▼ are hovered as
the handle widgets they replace were (only the handle, not its row).
"""

from __future__ import annotations

from unittest import mock

from koji_tui.ui.widgets.answers import RankingAnswer, SingleChoiceAnswer
from koji_tui.ui.widgets.answers.ranking import RankRow
from koji_tui.ui.widgets.answers.rows import OptionLine
from tests.ui.test_answers_support import RANKING, SINGLE, AnswerHost


async def test_a_digit_restyles_only_the_two_rows_it_changed() -> None:
    app = AnswerHost(SINGLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        widget = app.widget
        assert isinstance(widget, SingleChoiceAnswer)
        lines = [row for row in widget.rows() if isinstance(row, OptionLine)]
        assert len(lines) == len(widget.options) and all(not row.children for row in lines)
        await pilot.press("1")
        await pilot.pause()
        restyled: list[int] = []
        original = OptionLine.update_classes

        def spy(row: OptionLine, *args: object, **kwargs: object) -> OptionLine:
            restyled.append(row.index)
            return original(row, *args, **kwargs)  # type: ignore[arg-type]

        with mock.patch.object(OptionLine, "update_classes", spy):
            await pilot.press("3")
            await pilot.pause()
        assert sorted(restyled) == [0, 2]
        assert widget.selected == 2
        assert [row.marker_text for row in lines[:3]] == ["( )", "( )", "(•)"]


async def test_ranking_handle_hover_highlights_the_handle_not_the_row() -> None:
    app = AnswerHost(RANKING)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.wait_for_scheduled_animations()
        widget = app.widget
        assert isinstance(widget, RankingAnswer)
        row = widget.rows()[1]
        assert isinstance(row, RankRow)
        width = row.size.width

        def cell_background(x: int) -> object:
            strip = row.render_line(0)
            segment = next(iter(strip.crop(x, x + 1)))
            assert segment.style is not None
            return segment.style.bgcolor

        plain = cell_background(width - 2)
        await pilot.hover(row, offset=(width - 2, 0))  # the ▼
        await pilot.pause()
        assert row.hovered_handle == 1 and row.has_class("-on-handle")
        assert not row.mouse_hover or row.styles.background.a == 0
        assert cell_background(width - 2) != plain  # the ▼ is highlighted
        assert cell_background(width - 5) == plain  # the ▲ is not
        assert cell_background(0) == plain  # nor the row
        await pilot.hover(row, offset=(8, 0))  # the label
        await pilot.pause()
        assert row.hovered_handle is None and not row.has_class("-on-handle")
        assert cell_background(0) != plain  # now the row is hovered
