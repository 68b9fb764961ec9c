"""The persona's hands on screen: typing into the composer, driving an answer widget.

Each key is one of the widget's own actions (the ones its key bindings run: ``action_move``,
``action_cursor_down``, ``action_toggle``, ``action_move_item``, ``action_focus_choice``,
``action_confirm``) or one character inserted into the composer's text area, paced by the
autopilot's :class:`~koji_tui.demo.autopilot.Pacer`. The widget then posts ``Answered`` and the
interview screen sends it exactly as it sends a participant's answer (``controller.answer`` with
the structured value); the composer posts ``Submitted`` on Enter the same way.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Input

from koji_tui.demo.autopilot import Pacer
from koji_tui.ui.widgets.answers import (
    AnswerWidget,
    MultipleChoiceAnswer,
    RankingAnswer,
    ScaleAnswer,
    SingleChoiceAnswer,
    YesNoAnswer,
)
from koji_tui.ui.widgets.composer import Composer

FRAME_SECONDS = 1 / 30  # faster typing than a frame per character would only cost redraws


async def type_into(composer: Composer, text: str, pacer: Pacer) -> None:
    """Type ``text`` into the composer key by key, then press Enter. At a speed where keys come
    faster than frames, each frame gets the keys typed in its time (it looks the same)."""
    composer.focus()
    area = composer.input
    per_frame = max(1, int(FRAME_SECONDS / pacer.key_seconds) if pacer.key_seconds else len(text))
    for start in range(0, len(text), per_frame):
        chunk = text[start : start + per_frame]
        area.insert(chunk)
        await pacer.key(len(chunk))
    await pacer.move()
    composer.submit()


async def _walk(widget: Any, target: int, pacer: Pacer) -> None:
    """Move a list widget's cursor to row ``target`` with ↑/↓, one row per key."""
    while widget.cursor != target:
        if widget.cursor is None or widget.cursor < target:
            widget.action_cursor_down()
        else:
            widget.action_cursor_up()
        await pacer.move()


async def _confirm(widget: AnswerWidget, pacer: Pacer) -> None:
    await pacer.move()
    widget.action_confirm()


async def drive_scale(widget: ScaleAnswer, value: int, pacer: Pacer) -> None:
    if widget.typed:  # a wide scale takes a typed number
        field = widget.query_one(Input)
        field.focus()
        for char in str(value):
            field.insert_text_at_cursor(char)
            await pacer.key()
    else:
        while widget.selected != value:
            step = 1 if widget.selected is None or widget.selected < value else -1
            widget.action_move(step)
            await pacer.move()
    await _confirm(widget, pacer)


async def drive_single(widget: SingleChoiceAnswer, label: str, pacer: Pacer) -> None:
    await _walk(widget, widget.options.index(label), pacer)
    await _confirm(widget, pacer)


async def drive_multiple(widget: MultipleChoiceAnswer, labels: list[str], pacer: Pacer) -> None:
    for index in sorted(widget.options.index(label) for label in labels):
        await _walk(widget, index, pacer)
        widget.action_toggle()
        await pacer.move()
    await _confirm(widget, pacer)


async def drive_ranking(widget: RankingAnswer, labels: list[str], pacer: Pacer) -> None:
    for place, label in enumerate(labels):
        at = widget.ranked().index(label)
        if at == place:
            continue
        await _walk(widget, at, pacer)
        while at > place:
            widget.action_move_item(-1)
            at -= 1
            await pacer.move()
    await _confirm(widget, pacer)
    if not widget.is_locked:  # the order was left as shown: it asks once, Enter again sends it
        await _confirm(widget, pacer)


async def drive_yes_no(widget: YesNoAnswer, yes: bool, pacer: Pacer) -> None:
    widget.action_focus_choice(yes)
    await pacer.move()
    widget.answer(yes)


async def drive(widget: AnswerWidget, value: Any, pacer: Pacer) -> bool:
    """Give ``value`` with ``widget`` as a person would; False when this widget cannot take it
    (then the answer is typed instead)."""
    widget.focus()
    await pacer.move()
    if isinstance(widget, ScaleAnswer) and isinstance(value, int):
        await drive_scale(widget, value, pacer)
    elif isinstance(widget, YesNoAnswer) and isinstance(value, bool):
        await drive_yes_no(widget, value, pacer)
    elif isinstance(widget, SingleChoiceAnswer) and value in widget.options:
        await drive_single(widget, value, pacer)
    elif isinstance(widget, MultipleChoiceAnswer) and _all_in(value, widget.options):
        await drive_multiple(widget, value, pacer)
    elif isinstance(widget, RankingAnswer) and sorted(value or []) == sorted(widget.options):
        await drive_ranking(widget, value, pacer)
    else:
        return False
    return True


def _all_in(value: Any, options: list[str]) -> bool:
    return isinstance(value, list) and bool(value) and all(v in options for v in value)
