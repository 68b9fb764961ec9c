"""The option rows that draw themselves (koji_tui/ui/widgets/answers/rows.py).

A key repaints only the rows it changed and restyles none, a ranking row's drawn ▲/▼ are
hovered as the handle widgets they replace were (only the handle, not its row), and the
yes/no arrows set the picked button's look inline (no class, no stylesheet pass).
"""

from __future__ import annotations

from typing import Any
from unittest import mock

from textual.widgets import Button

from koji_tui.ui.widgets.answers import RankingAnswer, SingleChoiceAnswer, YesNoAnswer
from koji_tui.ui.widgets.answers.ranking import RankRow
from koji_tui.ui.widgets.answers.rows import OptionLine
from tests.pilot import driven
from tests.ui.test_answers_support import RANKING, SINGLE, YES_NO, AnswerHost


async def test_a_digit_repaints_only_the_two_rows_it_changed_and_restyles_none() -> None:
    app = AnswerHost(SINGLE)
    async with driven(app, size=(80, 24)) as pilot:
        await pilot.pause()
        widget = app.widget
        assert isinstance(widget, SingleChoiceAnswer)
        lines = [row for row in widget.rows() if isinstance(row, OptionLine)]
        assert len(lines) == len(widget.options) and all(not row.children for row in lines)
        await pilot.press("1")
        await pilot.pause()
        refreshed: list[int] = []
        restyled: list[int] = []
        refresh, update_classes = OptionLine.refresh, OptionLine.update_classes

        def refresh_spy(row: OptionLine, *args: Any, **kwargs: Any) -> OptionLine:
            refreshed.append(row.index)
            return refresh(row, *args, **kwargs)

        def update_classes_spy(row: OptionLine, *args: Any, **kwargs: Any) -> OptionLine:
            restyled.append(row.index)
            return update_classes(row, *args, **kwargs)

        with (
            mock.patch.object(OptionLine, "refresh", refresh_spy),
            mock.patch.object(OptionLine, "update_classes", update_classes_spy),
        ):
            await pilot.press("3")
            await pilot.pause()
        assert set(refreshed) == {0, 2} and restyled == []
        assert widget.selected == 2
        assert [(row.marker_text, row.cursor, row.selected) for row in lines[:3]] == [
            ("( )", False, False),
            ("( )", False, False),
            ("(•)", True, True),
        ]


async def test_ranking_handle_hover_highlights_the_handle_not_the_row() -> None:
    app = AnswerHost(RANKING)
    async with driven(app, size=(80, 24)) as pilot:
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


async def test_the_cursor_row_is_highlighted_only_while_the_list_has_the_focus() -> None:
    app = AnswerHost(SINGLE)
    async with driven(app, size=(80, 24)) as pilot:
        await pilot.pause()
        widget = app.widget
        assert isinstance(widget, SingleChoiceAnswer)
        first, second = widget.rows()[:2]
        assert isinstance(first, OptionLine) and isinstance(second, OptionLine)

        def background(row: OptionLine) -> object:
            segment = next(iter(row.render_line(0)))
            assert segment.style is not None
            return segment.style.bgcolor

        await pilot.press("2")
        await pilot.pause()
        assert app.focused is widget and second.cursor
        assert background(second) != background(first)
        app.set_focus(None)
        await pilot.pause()
        assert second.cursor and background(second) == background(first)
        widget.focus()
        await pilot.pause()
        assert background(second) != background(first)


async def test_yes_no_arrow_draws_the_picked_button_as_focused_while_the_widget_is() -> None:
    app = AnswerHost(YES_NO)
    async with driven(app, size=(80, 24)) as pilot:
        await pilot.pause()
        widget = app.widget
        assert isinstance(widget, YesNoAnswer)
        yes, no = widget.query(".answer-yes-no Button").results(Button)
        look = widget.get_component_styles("yes-no--current")
        await pilot.press("right")
        await pilot.pause()
        assert widget.choice is False
        assert no.styles.background_tint == look.background_tint
        assert no.styles.text_style == look.text_style
        assert not yes.styles.inline.has_rule("background_tint")
        await pilot.press("left")
        await pilot.pause()
        assert yes.styles.background_tint == look.background_tint
        assert not no.styles.inline.has_rule("background_tint")
        app.set_focus(None)
        await pilot.pause()
        assert not yes.styles.inline.has_rule("background_tint")
        assert not yes.styles.inline.has_rule("text_style")
