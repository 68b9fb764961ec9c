"""``koji-tui study add|list|remove|edit``: manage studies and their API keys.

Only the standard library is imported at module level; the config layer (and
keyring) load inside the handlers.

Exit codes: 0 done, 1 bad input or a config file that cannot be used
(duplicate or unknown study, bad URL, empty key, nothing to change), 3 no
system keyring to keep the key (the message explains the alternatives:
install a keyring backend, ``--no-key`` and type the key in the app for the
session, or run with ``KOJI_BASE_URL`` + ``KOJI_API_KEY``, which adds that one
server as an extra study). ``KOJI_API_KEY`` is never used for a saved study.

The API key is never a command-line argument (it would land in shell history
and ``ps``): it is read from a hidden prompt when stdin is a terminal, else as
one line from stdin (``pass show koji | koji-tui study add …``).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from koji_tui.i18n import app_translator

EXIT_OK = 0
EXIT_INPUT = 1
EXIT_NO_KEYRING = 3
SERVICE_HINT = "koji-tui"  # the keyring service (koji_tui.config.credentials.SERVICE)


class _Fail(Exception):
    def __init__(self, message: str, code: int = EXIT_INPUT) -> None:
        super().__init__(message)
        self.code = code


def add_arguments(subparsers: Any) -> None:  # argparse._SubParsersAction
    """Register ``study`` and its subcommands."""
    tr = app_translator()
    study = subparsers.add_parser(
        "study",
        help=tr.gettext("add, list, edit or remove studies (server + API key)"),
        description=tr.gettext(
            "Manage the studies koji-tui can run interviews for. "
            "API keys go to the system keyring, never to a file."
        ),
    )
    sub = study.add_subparsers(dest="study_command", metavar="ACTION")
    study.set_defaults(handler=lambda args: _usage(study))

    add = sub.add_parser(
        "add",
        help=tr.gettext("add a study; the API key is asked for with a hidden prompt"),
        description=tr.gettext(
            "Add a study. The API key is read from a hidden prompt (or one line of stdin when "
            "it is not a terminal) and stored in the system keyring."
        ),
    )
    add.add_argument("name", metavar="NAME", help=tr.gettext("a unique name you choose"))
    add.add_argument(
        "--base-url",
        required=True,
        metavar="URL",
        help=tr.gettext("server, e.g. https://koji.example"),
    )
    add.add_argument(
        "--notes", default="", help=tr.gettext("a free-text note shown in the study list")
    )
    add.add_argument(
        "--no-key",
        action="store_true",
        help=tr.gettext(
            "save the study without a key (the app asks for it and keeps it for the "
            "session; KOJI_API_KEY is not used for saved studies)"
        ),
    )
    add.set_defaults(handler=_run_add)

    lst = sub.add_parser("list", help=tr.gettext("list studies (never shows keys)"))
    lst.set_defaults(handler=_run_list)

    rm = sub.add_parser("remove", help=tr.gettext("remove a study and its stored API key"))
    rm.add_argument("name", metavar="NAME")
    rm.set_defaults(handler=_run_remove)

    edit = sub.add_parser(
        "edit",
        help=tr.gettext("change a study's server, name, notes, API key or discussion guide"),
    )
    edit.add_argument("name", metavar="NAME")
    edit.add_argument("--base-url", metavar="URL")
    edit.add_argument(
        "--rename", metavar="NEW", help=tr.gettext("new name (the stored key moves along)")
    )
    edit.add_argument("--notes")
    edit.add_argument(
        "--key",
        action="store_true",
        help=tr.gettext("replace the API key (asked for with a hidden prompt)"),
    )
    guide = edit.add_mutually_exclusive_group()
    guide.add_argument(
        "--guide",
        metavar="FILE",
        help=tr.gettext(
            "attach a discussion guide for the cockpit: a study JSON file (the sandbox's "
            'format) or a Markdown list of questions ("- Question?" a line)'
        ),
    )
    guide.add_argument(
        "--no-guide", action="store_true", help=tr.gettext("detach the study's guide")
    )
    edit.set_defaults(handler=_run_edit)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return EXIT_INPUT


def _guard(fn: Any) -> Any:
    def run(args: argparse.Namespace) -> int:
        from koji_tui.config import ConfigError, CredentialError

        try:
            return int(fn(args))
        except _Fail as exc:
            print(f"koji-tui: {exc}", file=sys.stderr)
            return exc.code
        except (ConfigError, CredentialError) as exc:
            print(f"koji-tui: {exc}", file=sys.stderr)
            return EXIT_INPUT

    run.__name__ = fn.__name__
    return run


def _read_key(prompt: str) -> Any:
    """Read an API key without echo (TTY) or as one stdin line; returns a SecretStr."""
    from koji_tui.config.credentials import CredentialError, clean_key

    tr = app_translator()
    stdin = sys.stdin
    if stdin is None or stdin.closed:
        raise _Fail(
            tr.gettext("No API key: stdin is closed. Pipe the key in or run in a terminal.")
        )
    try:
        if stdin.isatty():
            import getpass

            raw = getpass.getpass(prompt)
        else:
            raw = stdin.readline()
    except EOFError:
        raw = ""
    try:
        return clean_key(raw)
    except CredentialError as exc:
        raise _Fail(tr.gettext("{problem} Nothing was changed.").format(problem=exc)) from None


def _no_keyring(status_message: str, hint: str) -> _Fail:
    said = app_translator().gettext("cannot store the API key: {why}")
    return _Fail(f"{said.format(why=status_message)}\n{hint}", EXIT_NO_KEYRING)


def _http_warning(base_url: str) -> None:
    from koji_tui.config.studies import is_loopback

    if base_url.startswith("http://") and not is_loopback(base_url):
        said = app_translator().gettext(
            "warning: this server uses plain http://; the API key would travel unencrypted."
        )
        print(said, file=sys.stderr)


@_guard
def _run_add(args: argparse.Namespace) -> int:
    from koji_tui.config import CredentialStore, DuplicateStudyError, StudyStore
    from koji_tui.config.studies import normalize_base_url, validate_name

    tr = app_translator()
    store, creds = StudyStore(), CredentialStore()
    name = validate_name(args.name)
    base_url = normalize_base_url(args.base_url)
    if any(s.name.casefold() == name.casefold() for s in store.load()):
        said = tr.gettext(
            "A study named {name!r} already exists. Pick another name, "
            "or change it with `koji-tui study edit`."
        )
        raise DuplicateStudyError(said.format(name=name))
    key = None
    if not args.no_key:
        status = creds.backend_status()
        if not status.available:
            raise _no_keyring(
                status.message,
                tr.gettext(
                    "Nothing was saved. To add the study anyway, rerun with --no-key and type "
                    "the key in the app when it asks (kept for that session only). "
                    "KOJI_API_KEY is not used for saved studies."
                ),
            )
        key = _read_key(tr.gettext("API key for {name} (input hidden): ").format(name=name))
    # Never let a new study inherit a key stored under this name earlier.
    cleared = _clear_old_key(creds, name, "saved")
    study = store.add(name, base_url, notes=args.notes)
    if key is not None:
        try:
            creds.set_persistent(study.name, key)
        except Exception:
            store.remove(study.name)  # keep the two stores consistent
            raise
    _http_warning(study.base_url)
    if key is not None:
        said = tr.gettext("Added study {name!r} ({server}); API key saved in the system keyring.")
    else:
        said = tr.gettext("Added study {name!r} ({server}); no API key stored.")
    print(said.format(name=study.name, server=study.base_url) + cleared)
    return EXIT_OK


@_guard
def _run_list(args: argparse.Namespace) -> int:
    from koji_tui.config import CredentialStore, StudyStore

    tr = app_translator()
    store, creds = StudyStore(), CredentialStore()
    studies = store.list()
    if not studies:
        print(tr.gettext("No studies yet. Add one with: koji-tui study add NAME --base-url URL"))
        return EXIT_OK
    # The user's own notes (the env study's are generated: its KEY column says "env").
    with_notes = any(study.notes and not study.is_env for study in studies)
    rows = [("NAME", "SERVER", "KEY", "NOTES")]
    for study in studies:
        notes = "" if study.is_env else " ".join(study.notes.split())
        rows.append((study.name, study.base_url, creds.describe(study.name), notes))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    for name, server, key, notes in rows:
        line = f"{name:<{widths[0]}}  {server:<{widths[1]}}  "
        line += f"{key:<{widths[2]}}  {notes}" if with_notes else key
        print(line.rstrip())
    status = creds.backend_status()
    if not status.available:
        print("\n" + tr.gettext("note: {message}").format(message=status.message), file=sys.stderr)
    return EXIT_OK


@_guard
def _run_remove(args: argparse.Namespace) -> int:
    from koji_tui.config import CredentialError, CredentialStore, StudyStore

    tr = app_translator()
    store, creds = StudyStore(), CredentialStore()
    removed = store.remove(args.name)
    deleted, problem = False, None
    try:
        deleted = bool(creds.delete(removed.name))
    except CredentialError as exc:
        problem = str(exc)  # never holds the key
    if deleted:
        said = tr.gettext(
            "Removed study {name!r} and its API key. Its interviews stay in the journal."
        )
    else:
        said = tr.gettext("Removed study {name!r}. Its interviews stay in the journal.")
    print(said.format(name=removed.name))
    if problem is not None:
        said = tr.gettext(
            "warning: its API key could NOT be deleted from the system keyring. {problem} "
            "Delete that entry with your keyring tool (e.g. `keyring del {service} {name!r}`); "
            "a new study cannot take this name until it is gone."
        )
        print(
            said.format(problem=problem, service=SERVICE_HINT, name=removed.name), file=sys.stderr
        )
    return EXIT_OK


def _clear_old_key(creds: Any, name: str, action: str) -> str:
    """Delete any key left in the keyring under ``name`` (e.g. by a failed remove), so a
    new study never inherits it. Returns a note for the user; raises _Fail if it stays."""
    from koji_tui.config import CredentialError

    tr = app_translator()
    try:
        removed = creds.delete(name)
    except CredentialError as exc:
        if action == "saved":
            said = tr.gettext(
                "{problem} A key left in the keyring would be used for the new study, so nothing "
                "was saved. Delete that entry with your keyring tool (e.g. `keyring del "
                "{service} {name!r}`) or pick another name."
            )
        else:
            said = tr.gettext(
                "{problem} A key left in the keyring would be used for the new study, so nothing "
                "was changed. Delete that entry with your keyring tool (e.g. `keyring del "
                "{service} {name!r}`) or pick another name."
            )
        raise _Fail(said.format(problem=exc, service=SERVICE_HINT, name=name)) from None
    if not removed:
        return ""
    said = tr.gettext("An old API key left in the keyring for {name!r} was deleted.")
    return " " + said.format(name=name)


@_guard
def _run_edit(args: argparse.Namespace) -> int:
    from koji_tui.config import CredentialStore, DuplicateStudyError, StudyStore
    from koji_tui.config.studies import normalize_base_url, validate_name

    tr = app_translator()
    guide_file = getattr(args, "guide", None)
    no_guide = bool(getattr(args, "no_guide", False))
    if (
        args.base_url is None
        and args.rename is None
        and args.notes is None
        and not args.key
        and guide_file is None
        and not no_guide
    ):
        raise _Fail(
            tr.gettext("Nothing to change: give --base-url, --rename, --notes, --key or --guide.")
        )
    store, creds = StudyStore(), CredentialStore()
    current = store.get(args.name)
    if current.is_env:
        said = tr.gettext(
            "{name!r} comes from KOJI_BASE_URL/KOJI_API_KEY; change those variables instead."
        )
        raise _Fail(said.format(name=current.name))
    # Validate everything before changing anything.
    guide = None
    if guide_file is not None:
        from pathlib import Path

        from koji_tui.config.guide import GuideError, read_guide

        try:
            guide = read_guide(Path(guide_file))
        except GuideError as exc:
            raise _Fail(tr.gettext("{problem} Nothing was changed.").format(problem=exc)) from None
    if args.base_url is not None:
        normalize_base_url(args.base_url)
    if args.rename is not None:
        new = validate_name(args.rename)
        if new.casefold() != current.name.casefold() and any(
            s.name.casefold() == new.casefold() for s in store.load()
        ):
            said = tr.gettext("A study named {name!r} already exists.")
            raise DuplicateStudyError(said.format(name=new))
    key = None
    if args.key:
        status = creds.backend_status()
        if not status.available:
            raise _no_keyring(
                status.message,
                tr.gettext(
                    "Nothing was changed. Type the key in the app when it asks "
                    "(kept for that session only)."
                ),
            )
        said = tr.gettext("New API key for {name} (input hidden): ")
        key = _read_key(said.format(name=current.name))
    cleared = ""
    if args.rename is not None and new.casefold() != current.name.casefold():
        cleared = _clear_old_key(creds, new, "changed")
    updated = store.update(
        current.name,
        base_url=args.base_url,
        new_name=args.rename,
        notes=args.notes,
        guide=guide,
        drop_guide=no_guide,
    )
    if updated.name != current.name:
        creds.rename(current.name, updated.name)
    if key is not None:
        creds.set_persistent(updated.name, key)
    changes = []
    if updated.name != current.name:
        changes.append(tr.gettext("renamed to {name!r}").format(name=updated.name))
    if updated.base_url != current.base_url:
        changes.append(tr.gettext("server {server}").format(server=updated.base_url))
    if updated.notes != current.notes:
        changes.append(tr.gettext("notes updated"))
    if key is not None:
        changes.append(tr.gettext("API key replaced"))
    if guide is not None:
        from koji_tui.config.guide import summary

        said = tr.gettext("guide attached ({summary} from {file})")
        changes.append(said.format(summary=summary(guide), file=Path(guide_file).name))
    elif no_guide:
        changes.append(
            tr.gettext("guide detached")
            if current.guide is not None
            else tr.gettext("it had no guide")
        )
    _http_warning(updated.base_url)
    said = tr.gettext("Study {name!r}: {changes}.").format(
        name=current.name, changes=", ".join(changes) or tr.gettext("no change")
    )
    print(said + cleared)
    return EXIT_OK
