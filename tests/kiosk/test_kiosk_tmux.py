"""A real ``koji-tui demo --kiosk`` in tmux: every escape key on every kiosk screen, the three
signals, and nothing of the first participant in front of the second; then the operator key
and the PIN end it cleanly.

Skipped (with the reason) only when tmux is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
KOJI_TUI = [sys.executable, "-c", "from koji_tui.cli import main; raise SystemExit(main())"]
PIN = "2468"
# tmux's names for the keys a participant might try
ESCAPE_KEYS = ("C-q", "C-c", "C-z", "C-\\", "C-p", "Escape", *(f"F{n}" for n in range(1, 13)), "q")
# What the app outside the kiosk shows: none of it may ever be on a kiosk screen.
NEVER = ("Studies", "New interview", "Quit", "quality", "Command", "int_", "pk_test", "127.0.0.1")
MARKER = "zebra-cactus-7"  # the first participant's answer

pytestmark = pytest.mark.skipif(
    shutil.which("tmux") is None,
    reason="tmux is not installed (apt-get install tmux; the lead adds it to .ci/run)",
)


class Tmux:
    def __init__(self, home: Path) -> None:
        self.name = f"kiosk-{uuid.uuid4().hex[:8]}"
        self.home = home

    def run(self, *args: str) -> str:
        out = subprocess.run(
            ["tmux", *args], capture_output=True, text=True, timeout=30, check=True
        )
        return out.stdout

    def start(self, command: str) -> None:
        self.run("new-session", "-d", "-s", self.name, "-x", "100", "-y", "30", command)

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.name)

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.run("send-keys", "-t", self.name, key)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        self.run("send-keys", "-t", self.name, "-l", text)
        time.sleep(0.2)

    def wait(self, test: Callable[[str], bool], seconds: float = 30.0, what: str = "") -> str:
        deadline = time.monotonic() + seconds
        while True:
            text = self.screen()
            if test(text):
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"not on screen: {what}\n{text}")
            time.sleep(0.1)

    def kill(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True, check=False)


def _kiosk_pid(shell_pid: int) -> int:
    """The Python process running the kiosk (the pane's shell runs it)."""
    out = subprocess.run(
        ["pgrep", "-P", str(shell_pid), "-f", "koji_tui.cli"], capture_output=True, text=True
    )
    pids = [int(p) for p in out.stdout.split()]
    return pids[0] if pids else shell_pid


def _state(pid: int) -> str:
    """The process's state letter (R, S, T stopped, Z…), or '' when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return ""
    return stat.rsplit(")", 1)[1].split()[0]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    env = {**os.environ, "KOJI_TUI_HOME": str(home)}
    subprocess.run(
        [*KOJI_TUI, "kiosk", "set-pin"], input=f"{PIN}\n", text=True, env=env, cwd=REPO,
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    (home / "config" / "kiosk.toml").write_text(
        "consent = true\nidle_seconds = 6\nstill_there_seconds = 60\nthank_you_seconds = 120\n",
        encoding="utf-8",
    )
    return home


def test_nothing_gets_out_of_a_real_kiosk(home: Path) -> None:
    tmux = Tmux(home)
    kiosk = " ".join(f"'{part}'" for part in [*KOJI_TUI, "demo", "--kiosk"])
    tmux.start(
        f"cd '{REPO}' && env KOJI_TUI_HOME='{home}' TERM=xterm-256color {kiosk}; "
        "echo kiosk-exit=$?; sleep 120"
    )
    try:
        shell = int(tmux.run("display", "-p", "-t", tmux.name, "#{pane_pid}").strip())
        tmux.wait(lambda s: "Press Enter to begin" in s, 60, "the welcome")
        pid = _kiosk_pid(shell)

        def every_key(expect: str, *, skip: tuple[str, ...] = ()) -> None:
            for key in ESCAPE_KEYS:
                if key in skip:
                    continue
                tmux.keys(key)
                state = _state(pid)
                assert state not in ("", "T", "Z"), f"{key}: the kiosk is {state or 'gone'}"
                text = tmux.screen()
                if key == "F10" and "Finish now?" in text:
                    tmux.keys("Escape")  # the interview's own Finish asks; Escape says no
                    text = tmux.screen()
                assert expect in text, f"{key} left {expect!r}:\n{text}"
                assert not [w for w in NEVER if w in text], f"{key}:\n{text}"
                assert "kiosk-exit" not in text

        every_key("Press Enter to begin")
        for signal_name in ("INT", "TSTP", "QUIT"):
            os.kill(pid, getattr(__import__("signal"), f"SIG{signal_name}"))
            time.sleep(0.3)
            assert _state(pid) not in ("", "T", "Z"), f"SIG{signal_name} stopped the kiosk"
        tmux.wait(lambda s: "Press Enter to begin" in s, 5, "the welcome after the signals")

        tmux.keys("Enter")
        tmux.wait(lambda s: "Before we begin" in s, 10, "the consent card")
        every_key("Before we begin")
        tmux.keys("Tab")  # the focus goes round the two buttons; back on "I agree"
        tmux.wait(lambda s: "Before we begin" in s, 5)
        tmux.keys("Left", "Enter")
        tmux.wait(lambda s: "Finish (F10)" in s and "Interviewer" in s, 20, "the interview")
        tmux.type(f"{MARKER} is what I use it for, every day of the week")
        tmux.keys("Enter")
        tmux.wait(lambda s: "Got it" in s or "Thanks" in s.split(MARKER)[-1], 20, "the reply")
        every_key("Finish (F10)")
        tmux.wait(lambda s: "Still there?" in s, 20, "Still there? after 6 s")
        tmux.keys("C-c")  # any key resumes, and nothing else happens
        tmux.wait(lambda s: "Still there?" not in s and "Finish (F10)" in s, 5, "resumed")
        tmux.keys("F10")
        tmux.wait(lambda s: "Finish now?" in s, 5)
        tmux.keys("Left", "Enter")
        tmux.wait(lambda s: "Thank you!" in s, 10, "the thank-you")
        every_key("Thank you!")

        tmux.keys("Enter")  # the thank-you's Enter: the next participant's welcome
        tmux.wait(lambda s: "Press Enter to begin" in s, 10)
        tmux.keys("Enter")
        tmux.wait(lambda s: "Before we begin" in s, 10)
        tmux.keys("Enter")
        second = tmux.wait(lambda s: "Finish (F10)" in s and "Interviewer" in s, 20)
        assert MARKER not in second

        tmux.keys("C-o")
        tmux.wait(lambda s: "Staff only" in s, 5, "the PIN prompt")
        every_key("Staff only", skip=("Escape",))
        tmux.keys("Escape")  # back where the participant was
        tmux.wait(lambda s: "Staff only" not in s and "Finish (F10)" in s, 5)
        tmux.keys("C-o")
        tmux.wait(lambda s: "Staff only" in s, 5)
        tmux.type(PIN)
        tmux.keys("Enter")
        tmux.wait(lambda s: "Operator panel" in s, 10, "the operator panel")
        tmux.keys("Tab", "Enter")  # from "Back to the kiosk" to "End kiosk mode"
        ended = tmux.wait(lambda s: "kiosk-exit=" in s, 30, "the kiosk to end")
        assert "kiosk-exit=0" in ended and "Kiosk mode ended" in ended
        assert _state(pid) in ("", "Z")
    finally:
        tmux.kill()
