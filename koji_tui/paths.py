"""Where koji-tui keeps its config and data.

Everything lives under platformdirs' per-user directories, unless
``KOJI_TUI_HOME`` is set: then config and data both live below that one
folder (tests and kiosks use it). No function here creates anything at import
time; callers ask for a directory and it is created on demand.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "koji-tui"
HOME_ENV = "KOJI_TUI_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def config_dir(create: bool = True) -> Path:
    """Directory for user configuration (studies list, keymap, theme)."""
    home = _home()
    path = home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir(create: bool = True) -> Path:
    """Directory for user data (the interview journal, sandbox databases)."""
    home = _home()
    path = home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME))
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


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
