"""Drive a terminal program from outside, on a pseudo-terminal, and time until a text is on screen.

Nothing inside the program knows it is measured: it starts as a user would start it (its own
process, a 120x40 pty, ``TERM=xterm-256color``), its output is read as it comes, escape
sequences are dropped, and the clock stops when every wanted text has been drawn. The program
is then killed (its throwaway home folder goes with the caller's temporary directory).

Used by ``bench_ui.py --startup``; also handy on its own::

    python tests/benchmarks/pty_screen.py "Acme product feedback" -- koji-tui demo
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

# CSI (ESC [ ... final), OSC (ESC ] ... BEL/ST), DCS/APC/PM (ESC P|_|^ ... ST), 2-byte escapes.
_ESCAPES = re.compile(
    rb"\x1b\[[0-?]*[ -/]*[@-~]"
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"
    rb"|\x1b[P_^][^\x1b]*\x1b\\"
    rb"|\x1b[@-Z\\-_]"
    rb"|[\x00-\x08\x0b-\x1f]"
)


def visible_text(raw: bytes) -> str:
    """What the output stream writes as characters, escape sequences and controls removed."""
    return _ESCAPES.sub(b"", raw).decode("utf-8", "replace")


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system, its threads included) process ``pid`` used so far (Linux
    ``/proc``; 0.0 where there is none)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def time_until_text(
    argv: Sequence[str],
    wanted: Sequence[str],
    env: dict[str, str],
    *,
    size: tuple[int, int] = (120, 40),
    timeout: float = 60.0,
) -> float:
    """Seconds from spawning ``argv`` on a pty until every text of ``wanted`` was drawn."""
    return measure_until_text(argv, wanted, env, size=size, timeout=timeout)[0]


def measure_until_text(
    argv: Sequence[str],
    wanted: Sequence[str],
    env: dict[str, str],
    *,
    size: tuple[int, int] = (120, 40),
    timeout: float = 60.0,
) -> tuple[float, float]:
    """(seconds, CPU seconds of the process) from spawning ``argv`` on a pty until every text
    of ``wanted`` was drawn. The CPU time moves less than the wall time on a busy machine.

    A text counts once its characters arrive together in the stream (Textual writes a run of
    same-styled cells in one piece, so a study name in a list arrives whole). The process is
    killed afterwards; a process that exits or times out first raises."""
    import fcntl
    import pty
    import select
    import struct
    import termios

    width, height = size
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
    started = time.perf_counter()
    process = subprocess.Popen(
        list(argv),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
        start_new_session=True,
    )
    os.close(slave)
    seen = bytearray()
    missing = list(wanted)
    try:
        while missing:
            now = time.perf_counter()
            if now - started > timeout:
                raise TimeoutError(f"{missing} not on screen within {timeout:.0f} s")
            ready, _, _ = select.select([master], [], [], 0.02)
            if not ready:
                if process.poll() is not None:
                    raise RuntimeError(f"{argv} exited ({process.returncode}) before {missing}")
                continue
            try:
                chunk = os.read(master, 1 << 16)
            except OSError:
                raise RuntimeError(f"{argv} closed its terminal before {missing}") from None
            stamp = time.perf_counter()
            seen += chunk
            text = visible_text(bytes(seen))
            missing = [w for w in missing if w not in text]
            if not missing:
                return stamp - started, process_cpu(process.pid)
        return time.perf_counter() - started, process_cpu(process.pid)
    finally:
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        process.wait(timeout=10)
        os.close(master)


def main(argv: list[str]) -> int:
    if "--" not in argv:
        print(__doc__)
        return 2
    cut = argv.index("--")
    wanted, command = argv[:cut], argv[cut + 1 :]
    print(f"{time_until_text(command, wanted, dict(os.environ)):.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
