"""Study-wide operations in the app: refresh from the server, close stale interviews, export
the study as CSV, each with Textual's :class:`~textual.widgets.ProgressBar` (and its ETA).

:class:`OpsPanel` shows one running operation: what it is, the bar, and a line with the
counts, the rate and the 429s waited out. The screen that holds it runs the operation
(:func:`koji_tui.ops.runner.run`, in an async worker: the API client paces it under the rate
limit; journal work is in threads) and calls :meth:`OpsPanel.show_progress` as it goes.
``stop()`` ends it after the requests in flight; the same operation started again continues.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import ProgressBar, Static

from koji_tui.safety import safe_line

OPERATIONS = {
    "refresh": "Refreshing every interview from the server",
    "close-stale": "Closing interviews idle for more than 24 hours",
    "export-csv": "Exporting the study as CSV",
    "export-files": "Exporting every interview as JSON and Markdown",
}


class OpsPanel(Vertical):
    """One study-wide operation's progress (hidden while none runs)."""

    DEFAULT_CSS = """
    OpsPanel { height: auto; display: none; padding: 0 1; }
    OpsPanel.-running { display: block; }
    OpsPanel ProgressBar { width: 100%; }
    """

    def compose(self) -> ComposeResult:
        yield Static("", id="ops-title")
        yield ProgressBar(total=None, show_eta=True, id="ops-bar")
        yield Static("", id="ops-line")

    def begin(self, kind: str) -> None:
        self.add_class("-running")
        self.query_one("#ops-title", Static).update(
            Text(OPERATIONS.get(kind, kind) + " · s stops", style="bold")
        )
        self.query_one("#ops-bar", ProgressBar).update(total=None, progress=0)
        self.query_one("#ops-line", Static).update("Starting…")

    def show_progress(self, progress: Any) -> None:
        """A :class:`koji_tui.ops.runner.Progress` (or anything with its fields)."""
        bar = self.query_one("#ops-bar", ProgressBar)
        bar.update(total=max(progress.total, 1), progress=progress.done + progress.failed)
        parts = [f"{progress.done} of {progress.total} done"]
        if progress.done_before:
            parts.append(f"{progress.done_before} in an earlier run")
        if progress.skipped:
            parts.append(f"{progress.skipped} skipped")
        if progress.failed:
            parts.append(f"{progress.failed} failed")
        rate = progress.rate
        if rate:
            parts.append(f"{rate:.1f}/s")
        parts.append(f"{progress.rate_limited} × 429")
        self.query_one("#ops-line", Static).update(Text(" · ".join(parts)))

    def show_rows(self, done: int, total: int) -> None:
        self.query_one("#ops-bar", ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one("#ops-line", Static).update(f"{done} of {total} interviews written")

    def end(self, summary: str) -> None:
        self.remove_class("-running")
        self.query_one("#ops-line", Static).update(Text(safe_line(summary)))


def summary_of(kind: str, result: Any) -> tuple[str, str]:
    """(message, severity) for a finished or stopped run."""
    p = result.progress
    done = f"{p.done} of {p.total} done"
    if p.skipped:
        done += f", {p.skipped} skipped"
    if result.fatal:
        return f"{OPERATIONS.get(kind, kind)} stopped: {result.fatal}", "error"
    if not result.finished and p.done + p.failed < p.total:
        return f"Stopped: {done}. Start it again to continue where it stopped.", "warning"
    if p.failed:
        return f"{done}, {p.failed} failed: start it again to try them again.", "warning"
    return f"Done: {done} ({p.rate_limited} × 429).", "information"
