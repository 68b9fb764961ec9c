"""Where koji-tui keeps its config and data.

Everything lives under platformdirs' per-user directories, unless
``KOJI_TUI_HOME`` is set: then config and data both live below that one
folder (tests and kiosks use it). No function here creates anything at import
time; callers ask for a directory and it is created on demand.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "koji-tui"
HOME_ENV = "KOJI_TUI_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def private_dir(path: Path) -> Path:
    """Create ``path`` (and its parents) if needed, readable by this user only (0700).

    The journal holds session tokens and the participants' answers, so koji-tui's own folders
    are private; an existing one of ours that is wider open is narrowed. Where the file system
    has no POSIX modes (Windows) the chmod is a no-op."""
    _make_private_dirs(path)
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077:
            path.chmod(0o700)
    return path


def _make_private_dirs(path: Path) -> None:
    """``mkdir -p`` where every folder it creates is 0700 (``Path.mkdir(parents=True)`` gives
    the parents it creates the default mode: a new KOJI_TUI_HOME came out 0755)."""
    missing: list[Path] = []
    current = path
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)


def private_file(path: Path) -> Path:
    """Make sure ``path`` exists as a file readable by this user only (0600), without
    truncating it; an existing one that is wider open is narrowed. A missing folder is created
    private; an existing one is left as it is (it may be the user's own, or /tmp)."""
    _make_private_dirs(path.parent)
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0), 0o600)
    os.close(fd)
    with contextlib.suppress(OSError):
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)
    return path


def config_dir(create: bool = True) -> Path:
    """Directory for user configuration (studies list, keymap, theme)."""
    home = _home()
    path = home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME))
    return private_dir(path) if create else path


def data_dir(create: bool = True) -> Path:
    """Directory for user data (the interview journal, sandbox databases), private (0700)."""
    home = _home()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME))
    return private_dir(path) if create else path


def styles_dir() -> Path:
    """The folder holding the app's TCSS files.

    In an installed wheel the top-level ``styles/`` folder ships as
    ``koji_tui/styles``; in a source checkout (or an editable install) it is
    the ``styles/`` folder beside the package.
    """
    packaged = Path(__file__).resolve().parent / "styles"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "styles"
