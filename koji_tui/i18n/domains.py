"""Which catalog (gettext domain) a source file's strings belong to.

``interview``: what an interview shows and exports, in the interview's language (its screens, the
answer widgets, the transcript, the composer, the status bar, the cockpit, the exports).
``kiosk``: the field kiosk's participant and operator screens. ``cli``: what the commands print
(``koji-tui study …``, ``export``, ``rehearse``, ``serve``…). ``app``: everything else (the study
list, forms, help, results), in the user's language.

Patterns are ``fnmatch`` globs relative to the ``koji_tui`` package; the first that matches wins.
"""

from __future__ import annotations

from fnmatch import fnmatch

DOMAINS: dict[str, tuple[str, ...]] = {
    "interview": (
        "ui/widgets/answers/*.py",
        "ui/widgets/transcript*.py",
        "ui/widgets/composer*.py",
        "ui/widgets/status_bar*.py",
        "ui/widgets/cockpit/*.py",
        "ui/screens/interview*.py",
        "ui/screens/cockpit*.py",
        "journal/export.py",
        "journal/notes_export.py",
    ),
    "kiosk": (
        "kiosk/*.py",
        "ui/kiosk/*.py",
    ),
    "cli": (
        "cli.py",
        "*/cli.py",
        "*_cli.py",
        "ops/*.py",
        "demo/*.py",
        "observe/*.py",
        "journal/stations.py",
    ),
    "app": ("*.py",),
}

DOMAIN_NAMES: tuple[str, ...] = tuple(DOMAINS)

#: Never scanned: the catalogs' own machinery, and the two layers that know nothing of ours.
EXCLUDED: tuple[str, ...] = ("i18n/*.py", "api/*.py", "server/*.py")


def domain_of(relative_path: str) -> str | None:
    """The domain of a ``koji_tui``-relative path (``"ui/widgets/composer.py"``), or ``None``."""
    path = relative_path.replace("\\", "/")
    if any(fnmatch(path, pattern) for pattern in EXCLUDED):
        return None
    for domain, patterns in DOMAINS.items():
        if any(fnmatch(path, pattern) for pattern in patterns):
            return domain
    return None
