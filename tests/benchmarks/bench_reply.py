"""Enter until the reply is on screen: the app vs a minimal Textual chat doing the same SSE request.

Run:  python tests/benchmarks/bench_reply.py [--rounds 8]
      (or ``python tests/benchmarks/bench_ui.py --reply``)

The sandbox runs in a process of its own (``koji-tui serve``). Both sides run headless
(``run_test``, 100x30) in this process, one interview each, answers interleaved. Each round pastes
the answer into the box, lets the app settle, then presses Enter the way a terminal does (the key
event posted to the app) and polls every millisecond, the same for both sides, until:

- the app: the transcript holds the answer and the whole reply (no stream open) and the composer
  is open for the next answer; the clock stops at the first frame painted in that state. That
  includes what the app must do: the answer journaled and fsync'd before it is sent, the reply
  journaled before it is shown as delivered;
- the minimal chat: an ``Input`` and a ``VerticalScroll`` of ``Static`` turns; Enter posts the
  same ``POST /interviews/{id}/message`` with ``Accept: text/event-stream`` through httpx,
  draws each ``delta`` as it comes and the final ``done`` reply; the clock stops at the first
  frame painted after ``done`` is drawn.

"The first frame painted in that state": both apps stamp each frame in Textual's
``post_display_hook`` (called right after the screen's update is rendered), where the
condition is checked; the first frame for which it holds stops the clock. Until session 7 the
clock stopped at ``wait_for_refresh`` after a 1 ms poll saw the condition: that waits for
the screen's after-refresh callbacks, which run after the frame and in the order they were
queued, so when the app had queued its answer widget's build for after the reply's frame
(the structured row), the build's 30 ms were counted as if the reply were not yet on screen.

Until session 6 the clock stopped when Pilot's ``press`` and ``pause`` returned: they wait
until the process has used less than half of a 20 ms slice of CPU, so the figure was the time
until the app went quiet (background work included: the journal's thread, a restyle after the
frame) in 20 ms steps, not the frame that shows the reply. The frame is what a person waits for.

Both apps run in one process with the collector settings the command line gives the app
(:func:`koji_tui.startup.tune_collector`: a young generation of 50,000 objects, not 700), as
``koji-tui`` runs it; the same for both sides. As from the command line, the app's first
interview screen warms the question detector in a thread (:func:`koji_tui.startup.
warm_up_later`); the rounds begin once that is done, as a participant reads the first question
for longer than it takes (a third of a second).

The sandbox streams each reply in pieces with the same delay for both. Ratio of the medians,
min/median/max beside it. Nothing is asserted.

Two kinds of replies (``--questions``, default both, each its own row):

- ``structured``: the shipped sample study, whose replies after the opening all ask a structured
  question (a choice, a ranking, yes/no, a scale). The row is the reply on screen; the app then
  also builds and focuses the answer widget for it (the frame after the reply), which the
  minimal chat has no counterpart for: that time is printed beside it, without a goal;
- ``open``: the same study with every question open-ended: the app shows what the chat shows
  (the answer, the streamed reply, the composer open again), so this row compares like with
  like.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parents[2]
for extra in (ROOT, ROOT / "tests" / "ui"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from rich.text import Text  # noqa: E402
from textual import events  # noqa: E402
from textual.app import App, ComposeResult  # noqa: E402
from textual.containers import VerticalScroll  # noqa: E402
from textual.widgets import Input, Static  # noqa: E402

GOAL = 1.1
ANSWERS = (
    "Mostly for planning the week with my team, and for the invoices.",
    "We tried two other tools before, both were slower to set up.",
    "Price matters, but support matters more to us.",
)


class MiniChat(App[None]):
    """The baseline: what a minimal chat client does with the same request."""

    CSS = "VerticalScroll { height: 1fr; } Static { height: auto; } Input { dock: bottom; }"

    def __init__(self, base_url: str, key: str, interview_id: str, token: str) -> None:
        super().__init__()
        self.url = f"{base_url}/api/v1/interviews/{interview_id}/message"
        self.headers = {
            "Authorization": f"Bearer {key}",
            "X-Session-Token": token,
            "Accept": "text/event-stream",
        }
        self.replies = 0
        self.http: Any = None
        self.frames = FrameClock()

    def compose(self) -> ComposeResult:
        yield VerticalScroll(id="turns")
        yield Input(id="say")

    def post_display_hook(self) -> None:
        self.frames.painted()

    async def on_mount(self) -> None:
        import httpx

        self.http = httpx.AsyncClient(timeout=60.0)

    async def on_unmount(self) -> None:
        if self.http is not None:
            await self.http.aclose()

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value
        event.input.value = ""
        turns = self.query_one("#turns", VerticalScroll)
        await turns.mount(Static(Text(f"You: {text}")))
        reply = Static("")
        await turns.mount(reply)
        shown = ""
        async with self.http.stream(
            "POST", self.url, json={"message": text}, headers=self.headers
        ) as response:
            response.raise_for_status()
            name = ""
            async for line in response.aiter_lines():
                if line.startswith("event:"):
                    name = line[6:].strip()
                elif line.startswith("data:"):
                    data = json.loads(line[5:])
                    if name == "delta":
                        shown += data.get("text", "")
                    elif name == "done":
                        shown = data["message"]["content"]
                    reply.update(Text(f"Interviewer: {shown}"))
                    turns.scroll_end(animate=False)
        self.replies += 1


class FrameClock:
    """When the first frame was painted in which each watched condition held (see the module
    docstring). The app calls :meth:`painted` from ``post_display_hook``, after each frame."""

    def __init__(self) -> None:
        self.conditions: dict[str, Callable[[], object]] = {}
        self.at: dict[str, float] = {}

    def watch(self, **conditions: Callable[[], object]) -> None:
        self.conditions, self.at = dict(conditions), {}

    def painted(self) -> None:
        for name, condition in self.conditions.items():
            if name not in self.at and condition():
                self.at[name] = time.perf_counter()

    async def first_frame(self, name: str) -> float:
        """The time of the first frame painted with the condition ``name`` true."""
        await _until(lambda: name in self.at, name)
        return self.at[name]


async def _until(condition: Callable[[], object], what: str, seconds: float = 60.0) -> None:
    """Poll ``condition`` every millisecond (the same for both sides) until it holds."""
    deadline = time.perf_counter() + seconds
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"{what} did not happen in {seconds:.0f} s")
        await asyncio.sleep(0.001)


def _enter(app: App[Any]) -> float:
    """Press Enter the way a terminal does (the key event posted to the app) and return when."""
    t0 = time.perf_counter()
    app.post_message(events.Key("enter", "\r"))
    return t0


async def _settle(pilot: Any) -> None:
    """Between answers: let everything the last one started finish (journal, paints)."""
    await pilot.pause()
    await pilot.pause(0.05)
    await pilot.pause()


async def _bare_rounds(base_url: str, key: str, rounds: int) -> list[float]:
    from koji_tui.api import KojiClient

    async with KojiClient(base_url, key) as client:
        started = await client.start()
    app = MiniChat(base_url, key, started.interview_id, started.session_token)
    spent: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for n in range(rounds + 1):  # the first is a warm-up
            app.query_one(Input).focus()
            app.post_message(events.Paste(ANSWERS[n % len(ANSWERS)]))
            await _settle(pilot)
            before = app.replies
            app.frames.watch(reply=lambda: app.replies > before)  # noqa: B023
            t0 = _enter(app)
            at = await app.frames.first_frame("reply")
            if n:
                spent.append(at - t0)
    return spent


async def _app_rounds(
    base_url: str, key: str, rounds: int, open_only: bool = False
) -> tuple[list[float], list[float]]:
    """(Enter until the reply is on screen, Enter until its answer widget is ready) per answer;
    the second list is empty for open questions."""
    from app_helpers import wait_for

    from koji_tui.config.entry import StudyEntry
    from koji_tui.startup import warm_up_later
    from koji_tui.ui.app import KojiApp
    from koji_tui.ui.screens.interview import InterviewScreen
    from koji_tui.ui.screens.new_interview import NewInterviewScreen
    from koji_tui.ui.widgets.answers.base import AnswerWidget
    from koji_tui.ui.widgets.composer import Composer
    from koji_tui.ui.widgets.transcript import Transcript

    class Timed(KojiApp):
        frames = FrameClock()

        def post_display_hook(self) -> None:
            self.frames.painted()

    study = StudyEntry("Bench", base_url, key, key_storage="session")
    warm_up_later()  # as the command line starts the app (once per process: each app here)
    app = Timed(studies=[study], check_pending=False)
    spent: list[float] = []
    widget_ready: list[float] = []
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.studies_ready, 30)
        await pilot.press("n")
        await wait_for(pilot, lambda: isinstance(app.screen, NewInterviewScreen), 30)
        await pilot.press("ctrl+s")
        await wait_for(pilot, lambda: isinstance(app.screen, InterviewScreen), 30)
        screen = app.screen
        transcript = screen.query_one(Transcript)
        composer = screen.query_one(Composer)
        await wait_for(pilot, lambda: transcript.turn_count >= 1 and not composer.locked, 30)
        await wait_for(pilot, lambda: not [w for w in app.workers if w.name == "warm-detector"])

        def widget() -> AnswerWidget | None:
            found = screen.query(AnswerWidget)
            return found.first() if found else None

        for n in range(rounds + 1):  # the first is a warm-up
            composer.focus()
            await pilot.pause()
            app.post_message(events.Paste(ANSWERS[n % len(ANSWERS)]))
            await _settle(pilot)
            before = transcript.turn_count
            app.frames.watch(
                reply=lambda: (
                    transcript.turn_count >= before + 2  # noqa: B023
                    and not transcript.is_streaming
                    and not composer.locked
                ),
                widget=lambda: (shown := widget()) is not None and shown.has_focus_within,
            )
            t0 = _enter(app)
            reply = await app.frames.first_frame("reply") - t0
            if open_only:
                await _settle(pilot)
                if widget() is not None:
                    raise AssertionError("the open row showed an answer widget: not like for like")
            else:
                ready = await app.frames.first_frame("widget") - t0
                if n:
                    widget_ready.append(ready)
            if n:
                spent.append(reply)
    return spent, widget_ready


QUESTIONS = ("structured", "open")


#: The "open" row's questions: as many as the sample study has, each one open in its words too.
#: (Only retyping the sample's questions as open-ended was not enough: the app reads the text,
#: and "Have you contacted our support team…?" still got a yes/no widget, "How likely are you
#: to recommend…" a scale, so the row was not like against like.)
OPEN_QUESTIONS = (
    "To start, what do you use Acme for in your day-to-day work?",
    "Tell me about the last time Acme saved you some time.",
    "What do you do when something in Acme does not work the way you expect?",
    "Walk me through how you send an invoice with Acme, step by step.",
    "What would you tell a colleague who is thinking about trying Acme?",
    "What is the hardest part of your week that Acme does not help with yet?",
    "If you could change one thing about Acme, what would it be and why?",
)


def _open_study(folder: Path) -> Path:
    """The first sample study with every question open-ended, in its type and in its words (no
    answer widget: ``_app_rounds`` checks that none is shown), in ``folder``."""
    from koji_tui.server.catalog import SHIPPED_STUDIES_DIR

    first = sorted(SHIPPED_STUDIES_DIR.glob("*.json"))[0]
    data = json.loads(first.read_text(encoding="utf-8"))
    data["questions"] = [
        {"id": q["id"], "type": "open_ended", "text": text, "max_follow_ups": 0}
        for q, text in zip(data["questions"], OPEN_QUESTIONS, strict=False)
    ]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / first.name).write_text(json.dumps(data), encoding="utf-8")
    return folder


class Measured(NamedTuple):
    """Seconds per answer: the app's reply on screen, the minimal chat's, and (structured
    questions only) the app's answer widget ready (mounted, focused, painted)."""

    mine: list[float]
    base: list[float]
    widget: list[float]


def measure(rounds: int = 8, questions: str = "structured") -> Measured:
    """The app and the minimal chat, in interleaved blocks of a few answers.

    ``questions``: "structured" (the sample study: the replies ask structured questions) or
    "open" (the same study, every question open-ended); see the module docstring."""
    import os

    from koji_tui.server.catalog import load_studies, study_api_key
    from koji_tui.startup import tune_collector
    from tests.benchmarks.bench_server import SEED, Process

    key = study_api_key(load_studies()[0].id)
    tune_collector()  # as the command line runs the app (both sides share the process)
    mine: list[float] = []
    base: list[float] = []
    widget: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KOJI_TUI_HOME"] = tmp  # the app's journal: a throwaway
        argv = [sys.executable, "-m", "koji_tui", "serve", "--host", "127.0.0.1",
                "--port", "0", "--data-dir", str(Path(tmp) / "sandbox"), "--seed", str(SEED),
                "--rate-limit", "1000000000/60s"]  # fmt: skip
        if questions == "open":
            argv += ["--studies", str(_open_study(Path(tmp) / "studies"))]
        server = Process(argv)
        url = f"http://127.0.0.1:{server.port}"
        try:
            blocks = max(2, rounds // 3)
            per_block = max(1, rounds // blocks)
            for block in range(blocks):
                order = ("app", "bare") if block % 2 == 0 else ("bare", "app")
                for side in order:
                    if side == "app":
                        replies, widgets = asyncio.run(
                            _app_rounds(url, key, per_block, questions == "open")
                        )
                        mine += replies
                        widget += widgets
                    else:
                        base += asyncio.run(_bare_rounds(url, key, per_block))
        finally:
            server.stop()
    return Measured(mine, base, widget)


def _ms(values: list[float]) -> str:
    return "/".join(
        f"{v * 1000:.0f}" for v in (min(values), statistics.median(values), max(values))
    )


def report(measured: Measured, out: Any = print, questions: str = "structured") -> None:
    mine, base, widget = measured
    ratio = statistics.median(mine) / statistics.median(base)
    kind = (
        "replies asking structured questions"
        if questions == "structured"
        else "replies asking open questions (the app shows what the chat shows)"
    )
    out(f"Enter until the reply is on screen, {kind}, {len(mine)} answers each side, interleaved:")
    out(
        f"  app {_ms(mine)} ms, minimal Textual chat (same SSE request) {_ms(base)} ms "
        f"min/median/max; ratio {ratio:.2f}  goal <= {GOAL}"
    )
    if widget:
        out(
            f"  and until the question's answer widget is ready (built, focused, painted: the "
            f"chat has none): {_ms(widget)} ms, {statistics.median(widget) / statistics.median(base):.2f}x "
            "the chat's reply"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=8)
    parser.add_argument("--questions", choices=(*QUESTIONS, "both"), default="both")
    args = parser.parse_args(argv)
    for questions in QUESTIONS if args.questions == "both" else (args.questions,):
        report(measure(args.rounds, questions), questions=questions)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
