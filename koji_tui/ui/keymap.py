"""The keymap checker: a user's ``keymap.toml`` overrides, validated against the binding tables.

The settings service reads the file (``services.settings.load_keymap``, the store's loader);
:func:`check_loaded` passes what it read to :func:`check_keymap`, which keeps
what can work: a key name Textual knows, not typed into a text field on a screen where one
has the focus, not reserved by Textual, and no clash with another binding live at the same
time. Every problem is a plain sentence; the binding keeps its default keys.
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from textual.binding import Binding

from koji_tui.i18n import N_, app_translator
from koji_tui.ui.bindings import (
    ALL_BINDINGS,
    APP_BINDINGS,
    CONFIRM_BINDINGS,
    FIRST_RUN_BINDINGS,
    FORM_BINDINGS,
    HELP_BINDINGS,
    INTERVIEW_BINDINGS,
    KEYMAP_FILE,
    MAIN_BINDINGS,
)

if TYPE_CHECKING:
    from koji_tui.config.settings import Keymap


# Screens whose text fields usually have the focus: a plain printable key bound here
# would be typed into the field instead (or, for a priority binding, stop typing).
_BY_ID: dict[str, Binding] = {b.id: b for b in ALL_BINDINGS if b.id}
TYPING_GROUPS: frozenset[str] = frozenset({"app", "interview", "form"})
# Groups that share keys on purpose: the help key also closes the help.
_SHARED_ON_PURPOSE: frozenset[frozenset[str]] = frozenset({frozenset({"app.help", "help.close"})})
_MODIFIERS = ("ctrl", "alt", "shift", "meta", "super", "hyper")


# The groups' names, as the problems say them ("… is already used by … on the study list").
GROUP_NAMES = (
    N_("app"),
    N_("study list"),
    N_("interview"),
    N_("form"),
    N_("first-run screen"),
    N_("confirmation"),
    N_("help"),
    N_("single-choice answer"),
    N_("multiple-choice answer"),
    N_("ranking answer"),
    N_("scale answer"),
    N_("yes/no answer"),
)


def _(message: str, **values: object) -> str:
    """``message`` in the user's language, its ``{name}`` fields filled from ``values``."""
    text = app_translator().gettext(message)
    return text.format(**values) if values else text


def _screen_groups() -> dict[str, list[Binding]]:
    """Bindings that are live together: each screen's own plus the app-wide ones."""
    return {
        "app": APP_BINDINGS,
        "study list": [*APP_BINDINGS, *MAIN_BINDINGS],
        "interview": [*APP_BINDINGS, *INTERVIEW_BINDINGS],
        "form": [*APP_BINDINGS, *FORM_BINDINGS],
        "first-run screen": [*APP_BINDINGS, *FIRST_RUN_BINDINGS],
        "confirmation": [*APP_BINDINGS, *CONFIRM_BINDINGS],
        "help": [*APP_BINDINGS, *HELP_BINDINGS],
    }


def _answer_groups() -> dict[str, list[Binding]]:
    """Each structured-answer widget's bindings, inherited ones included."""
    from koji_tui.ui.widgets.answers import (
        MultipleChoiceAnswer,
        RankingAnswer,
        ScaleAnswer,
        SingleChoiceAnswer,
        YesNoAnswer,
    )

    groups: dict[str, list[Binding]] = {}
    for name, widget in (
        ("single-choice answer", SingleChoiceAnswer),
        ("multiple-choice answer", MultipleChoiceAnswer),
        ("ranking answer", RankingAnswer),
        ("scale answer", ScaleAnswer),
        ("yes/no answer", YesNoAnswer),
    ):
        found: list[Binding] = []
        for klass in widget.__mro__:
            for binding in klass.__dict__.get("BINDINGS", ()):
                if isinstance(binding, Binding) and binding.id:
                    found.append(binding)
        groups[name] = found
    return groups


def normalize_key(key: str) -> tuple[str | None, str | None]:
    """One key as Textual names it, or why it is not a key: (key, None) | (None, why).

    ``Ctrl+Q`` becomes ``ctrl+q`` and ``?`` becomes ``question_mark``; a letter keeps
    its case (``Q`` is shift+q). Textual would accept any string and simply never
    match it, which silently disables the binding; this is what catches that.
    """
    from textual.keys import (
        KEY_NAME_REPLACEMENTS,
        KEY_TO_UNICODE_NAME,
        REPLACED_KEYS,
        Keys,
        key_to_character,
    )

    *mods, base = key.split("+")
    if not key:
        return None, _("a key is empty")
    if not base:
        return None, _("{key!r} ends with '+' (the plus key is called 'plus')", key=key)
    mods = [m.lower() for m in mods]
    unknown = [m for m in mods if m not in _MODIFIERS]
    if unknown:
        return None, _(
            "{key!r} has an unknown modifier {modifier!r} (use {modifiers})",
            key=key,
            modifier=unknown[0],
            modifiers=", ".join(_MODIFIERS),
        )
    if len(set(mods)) != len(mods):
        return None, _("{key!r} repeats a modifier", key=key)
    if len(base) == 1:
        if not base.isprintable() or base.isspace():
            return None, _("{key!r} is not a key", key=key)
        # With ctrl/alt/... a letter is named in lower case (shift is its own modifier).
        char = base.lower() if any(m != "shift" for m in mods) else base
        if char.isalnum():
            name = char
        else:  # "?" -> "question_mark", as Textual names the key events
            name = unicodedata.name(char, char).lower().replace("-", "_").replace(" ", "_")
            name = KEY_NAME_REPLACEMENTS.get(name, name)
    else:
        name = base.lower()
        named = {k.value.rpartition("+")[2] for k in Keys if not k.value.startswith("<")}
        known = name in named or name in REPLACED_KEYS or name in KEY_TO_UNICODE_NAME
        if not known and key_to_character(name) is None:
            return None, _("{base!r} is not a key name Textual knows", base=base)
    ordered = sorted(mods, key=_MODIFIERS.index)
    return "+".join([*ordered, name]), None


def _typed_into_fields(key: str) -> bool:
    """Whether pressing ``key`` in a text field types a character."""
    from textual.keys import key_to_character

    *mods, base = key.split("+")
    if any(m != "shift" for m in mods):
        return False
    char = key_to_character(base)
    return char is not None and char.isprintable()


# Keys Textual itself needs on every screen: a binding there would take them away.
RESERVED_KEYS: dict[str, str] = {
    "ctrl+p": N_("the command palette"),
    "tab": N_("moving the focus"),
    "shift+tab": N_("moving the focus back"),
    "ctrl+c": N_("copying text"),
}


def _field_keys() -> frozenset[str]:
    """Editing keys of the text fields (the composer and one-line inputs): a focused
    field takes these before the screen sees them (ctrl+k deletes to the line's end)."""
    from textual.widgets import Input

    from koji_tui.ui.widgets.composer import ComposerInput

    keys: set[str] = set()
    for widget in (ComposerInput, Input):
        yielded = getattr(widget, "YIELDED_ACTIONS", frozenset())
        for klass in widget.__mro__:
            for binding in klass.__dict__.get("BINDINGS", ()):
                if not isinstance(binding, Binding) or binding.action in yielded:
                    continue
                for key in binding.key.split(","):
                    name, _ = normalize_key(key.strip())
                    if name:
                        keys.add(name)
    keys |= {"enter", *ComposerInput.NEWLINE_KEYS}
    return frozenset(keys)


def _field_problem(binding_id: str, keys: list[str], groups: set[str]) -> str | None:
    """Why these keys cannot work for this binding next to a text field, or None."""
    field_keys = _field_keys()
    taken = [k for k in keys if _typed_into_fields(k) or k in field_keys]
    binding = _BY_ID.get(binding_id)
    if taken and binding is not None and binding.priority:
        key = taken[0]
        if _typed_into_fields(key):
            return _("{key!r} would fire while someone types it into a text field", key=key)
        return _(
            "{key!r} is a text-editing key; it would stop working in every text field", key=key
        )
    if taken and len(taken) == len(keys) and groups & TYPING_GROUPS:
        return _(
            "{key!r} is taken by the text field that usually has the focus there (it types or edits), so the action could not be reached",
            key=taken[0],
        )
    return None


def check_keymap(overrides: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """Validate key overrides for this app: (kept overrides, problems).

    An override is dropped, and its binding keeps its default keys, when a key name
    is not a key, when a key would be typed into a text field on a screen where one
    usually has the focus, or when it collides with another binding that is live at
    the same time (same screen, app-wide, or the same answer widget). Swapping two
    keys is fine: collisions are judged on the keys after every override.
    """
    if not overrides:
        return {}, []  # nothing to check (and no widget modules to import at start-up)
    problems: list[str] = []
    kept: dict[str, str] = {}
    groups = {**_screen_groups(), **_answer_groups()}
    group_of: dict[str, set[str]] = {}
    for group, bindings in groups.items():
        for binding in bindings:
            if binding.id:
                group_of.setdefault(binding.id, set()).add(group)
    for binding_id, value in overrides.items():
        keys: list[str] = []
        why: str | None = None
        for raw in value.split(","):
            key, why = normalize_key(raw.strip())
            if key is None:
                break
            keys.append(key)
        if why is not None:
            problems.append(
                _(
                    "{KEYMAP_FILE}: {binding_id!r} = {value!r}: {why}; default kept.",
                    KEYMAP_FILE=KEYMAP_FILE,
                    binding_id=binding_id,
                    value=value,
                    why=why,
                )
            )
            continue
        reserved = [k for k in keys if k in RESERVED_KEYS]
        if reserved:
            problems.append(
                _(
                    "{KEYMAP_FILE}: {binding_id!r} = {value!r}: {key!r} is kept for {use}; default kept.",
                    KEYMAP_FILE=KEYMAP_FILE,
                    binding_id=binding_id,
                    value=value,
                    key=reserved[0],
                    use=_(RESERVED_KEYS[reserved[0]]),
                )
            )
            continue
        groups_of_id = {"app"} if binding_id.startswith("app.") else group_of.get(binding_id, set())
        why = _field_problem(binding_id, keys, groups_of_id)
        if why is not None:
            problems.append(
                _(
                    "{KEYMAP_FILE}: {binding_id!r} = {value!r}: {why}; use a function key or a ctrl+ key that the text fields do not use; default kept.",
                    KEYMAP_FILE=KEYMAP_FILE,
                    binding_id=binding_id,
                    value=value,
                    why=why,
                )
            )
            continue
        kept[binding_id] = ",".join(dict.fromkeys(keys))

    # Collisions, judged on the keys after all overrides; dropping one override can
    # reveal another, so repeat until none is left.
    while True:
        clash = _first_clash(groups, kept)
        if clash is None:
            break
        group, key, ids = clash
        dropped = [i for i in ids if i in kept]
        others = [i for i in ids if i not in dropped] or ids
        for binding_id in dropped:
            with_whom = ", ".join(i for i in others if i != binding_id) or ", ".join(
                i for i in ids if i != binding_id
            )
            problems.append(
                _(
                    "{KEYMAP_FILE}: {binding_id!r} = {value!r}: {key!r} is already used by {with_whom} on the {group}; default kept.",
                    KEYMAP_FILE=KEYMAP_FILE,
                    binding_id=binding_id,
                    value=kept[binding_id],
                    key=key,
                    with_whom=with_whom,
                    group=_(group),
                )
            )
            del kept[binding_id]
    return kept, problems


def _first_clash(
    groups: dict[str, list[Binding]], overrides: dict[str, str]
) -> tuple[str, str, list[str]] | None:
    for group, bindings in groups.items():
        users: dict[str, list[str]] = {}
        for binding in bindings:
            if not binding.id:
                continue
            keys = overrides.get(binding.id)
            if keys is None:
                keys = ",".join(normalize_key(k.strip())[0] or k for k in binding.key.split(","))
            for key in keys.split(","):
                if binding.id not in users.setdefault(key, []):
                    users[key].append(binding.id)
        for key, ids in users.items():
            if len(ids) < 2 or not any(i in overrides for i in ids):
                continue  # defaults that share a key do so on purpose
            if frozenset(ids) in _SHARED_ON_PURPOSE:
                continue
            return group, key, ids
    return None


def check_loaded(keymap: Keymap) -> tuple[dict[str, str], list[str]]:
    """Check what the store's loader read: (overrides kept, problems: the loader's first)."""
    kept, problems = check_keymap(dict(keymap.overrides))
    return kept, [*keymap.problems, *problems]
