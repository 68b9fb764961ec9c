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

from koji_tui.i18n import N_, app_translator
from koji_tui.safety import safe_line

OPERATIONS = {
    "refresh": N_("Refreshing every interview from the server"),
    "close-stale": N_("Closing interviews idle for more than 24 hours"),
    "export-csv": N_("Exporting the study as CSV"),
    "export-files": N_("Exporting every interview as JSON and Markdown"),
}


def operation_name(kind: str) -> str:
    """What the operation does, in the user's language."""
    name = OPERATIONS.get(kind)
    return app_translator().gettext(name) if name else kind


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
        tr = app_translator()
        self.add_class("-running")
        self.query_one("#ops-title", Static).update(
            Text(operation_name(kind) + " · " + tr.gettext("s stops"), style="bold")
        )
        self.query_one("#ops-bar", ProgressBar).update(total=None, progress=0)
        self.query_one("#ops-line", Static).update(tr.gettext("Starting…"))

    def show_progress(self, progress: Any) -> None:
        """A :class:`koji_tui.ops.runner.Progress` (or anything with its fields)."""
        tr = app_translator()
        bar = self.query_one("#ops-bar", ProgressBar)
        bar.update(total=max(progress.total, 1), progress=progress.done + progress.failed)
        parts = [
            tr.gettext("{done} of {total} done").format(done=progress.done, total=progress.total)
        ]
        if progress.done_before:
            parts.append(tr.gettext("{n} in an earlier run").format(n=progress.done_before))
        if progress.skipped:
            parts.append(tr.gettext("{n} skipped").format(n=progress.skipped))
        if progress.failed:
            parts.append(tr.gettext("{n} failed").format(n=progress.failed))
        rate = progress.rate
        if rate:
            parts.append(f"{rate:.1f}/s")
        parts.append(f"{progress.rate_limited} × 429")
        self.query_one("#ops-line", Static).update(Text(" · ".join(parts)))

    def show_rows(self, done: int, total: int) -> None:
        self.query_one("#ops-bar", ProgressBar).update(total=max(total, 1), progress=done)
        self.query_one("#ops-line", Static).update(
            app_translator()
            .ngettext(
                "{done} of {total} interview written", "{done} of {total} interviews written", total
            )
            .format(done=done, total=total)
        )

    def end(self, summary: str) -> None:
        self.remove_class("-running")
        self.query_one("#ops-line", Static).update(Text(safe_line(summary)))


def summary_of(kind: str, result: Any) -> tuple[str, str]:
    """(message, severity) for a finished or stopped run."""
    tr = app_translator()
    p = result.progress
    done = tr.gettext("{done} of {total} done").format(done=p.done, total=p.total)
    if p.skipped:
        done += ", " + tr.gettext("{n} skipped").format(n=p.skipped)
    if result.fatal:
        message = tr.gettext("{operation} stopped: {reason}")
        return message.format(operation=operation_name(kind), reason=result.fatal), "error"
    if not result.finished and p.done + p.failed < p.total:
        message = tr.gettext("Stopped: {done}. Start it again to continue where it stopped.")
        return message.format(done=done), "warning"
    if p.failed:
        message = tr.gettext("{done}, {failed} failed: start it again to try them again.")
        return message.format(done=done, failed=p.failed), "warning"
    message = tr.gettext("Done: {done} ({limited} × 429).")
    return message.format(done=done, limited=p.rate_limited), "information"
