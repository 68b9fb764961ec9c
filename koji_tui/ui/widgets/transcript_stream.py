"""The live interviewer turn of :class:`koji_tui.ui.widgets.transcript.Transcript`: a reply
that arrives in chunks, then is settled or dropped (see the transcript's module docstring)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from koji_tui.ui.widgets.transcript_history import TurnHistory
from koji_tui.ui.widgets.transcript_turns import SystemKind, TurnHandle, TurnState, TurnView

__all__ = ["TranscriptStreaming"]

_UNSET: Any = object()


class TranscriptStreaming:
    """Mixin of the transcript for its live turn (``self._stream``, set up by the transcript)."""

    history: TurnHistory
    _stream: TurnHandle | None

    if TYPE_CHECKING:  # provided by the transcript

        def append(self, turn: TurnView) -> TurnHandle: ...

        def notice(
            self, text: str, kind: SystemKind = "info", timestamp: datetime | None = None
        ) -> TurnHandle: ...

        def update_turn(
            self,
            handle: TurnHandle,
            *,
            text: str = ...,
            state: TurnState = ...,
            turn_no: int | None = ...,
            timestamp: datetime | None = ...,
            detail: str | None = ...,
            kind: SystemKind = ...,
        ) -> TurnView: ...

        def _remove_entry(self, handle: TurnHandle) -> None: ...

    def begin_stream(
        self, turn_no: int | None = None, timestamp: datetime | None = None
    ) -> TurnHandle:
        """Start a live interviewer turn; returns its handle."""
        if self._stream is not None:
            self.end_stream()
        self._stream = self.append(
            TurnView("interviewer", "", timestamp=timestamp, turn_no=turn_no, state="streaming")
        )
        return self._stream

    def append_stream(self, text: str) -> None:
        """Add a chunk to the live turn (starts one if none is live)."""
        if self._stream is None:
            self.begin_stream()
        assert self._stream is not None
        if text:
            view = self.history.get(self._stream)
            self.history.update(self._stream, text=view.text + text)

    def restart_stream(self) -> None:
        """Empty the live turn: its reply is being streamed again from the start."""
        if self._stream is not None:
            self.history.update(self._stream, text="")

    def end_stream(
        self, final_text: str | None = None, turn_no: int | None = _UNSET
    ) -> TurnHandle | None:
        """Settle the live turn; ``final_text`` (the server's full reply) wins when given."""
        handle = self._stream
        if handle is None:
            if final_text is None:
                return None
            return self.append(
                TurnView("interviewer", final_text, turn_no=None if turn_no is _UNSET else turn_no)
            )
        self._stream = None
        changes: dict[str, Any] = {"state": "sent"}
        if final_text is not None:
            changes["text"] = final_text
        if turn_no is not _UNSET:
            changes["turn_no"] = turn_no
        self.update_turn(handle, **changes)
        return handle

    def cancel_stream(self, notice: str | None = None) -> None:
        """Drop the live turn (its reply failed); optionally add an error notice."""
        handle = self._stream
        self._stream = None
        if handle is not None:
            view = self.history.get(handle)
            if view.text:
                self.update_turn(
                    handle, state="failed", detail=self.history.tr.gettext("reply interrupted")
                )
            else:
                self._remove_entry(handle)
        if notice:
            self.notice(notice, kind="error")
