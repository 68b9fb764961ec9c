"""Checking a persona file's data, field by field (see :mod:`koji_tui.demo.personas` for the
format): every problem is a :class:`~koji_tui.demo.personas.PersonaError` naming the field."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from koji_tui.demo.personas import (
    ORDERS,
    RULE_KINDS,
    TENDENCIES,
    Persona,
    PersonaError,
    Rule,
    Typing,
)
from koji_tui.i18n import N_, app_translator

_LOCALE = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
_TOP_FIELDS = frozenset(
    "id display_name external_id locale description seed studies metadata typing answers".split()
)
_TYPING_FIELDS = ("chars_per_second", "think_seconds", "move_seconds")
# the rule fields, and the kinds of question each applies to ("*": every kind)
_RULE_FIELDS: dict[str, tuple[str, ...]] = {
    "value": ("scale", "yes_no", "single_choice", "multiple_choice", "ranking"),
    "range": ("scale",),
    "tendency": ("scale",),
    "label": ("single_choice",),
    "position": ("single_choice",),
    "labels": ("multiple_choice", "ranking"),
    "positions": ("multiple_choice", "ranking"),
    "count": ("multiple_choice",),
    "order": ("ranking",),
    "text": ("*",),
    "pool": ("*",),
    "thin": ("*",),
    "thin_share": ("*",),
    "follow_up": ("id",),
    "match": ("id",),
}


def _(message: str) -> str:
    """``message`` in the user's language (a persona file's problems are the CLI's words)."""
    return app_translator().gettext(message)


class _Checker:
    """Reads fields out of a file's data, raising PersonaError that names them."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: str, problem: str) -> PersonaError:
        return PersonaError(self.path, where, problem)

    def text(self, value: Any, where: str, *, limit: int = 2000, empty: bool = False) -> str:
        if not isinstance(value, str):
            raise self.fail(where, _("must be text (got {kind})").format(kind=_kind(value)))
        if not empty and not value.strip():
            raise self.fail(where, _("must not be empty"))
        if len(value) > limit:
            raise self.fail(where, _("is longer than {limit} characters").format(limit=limit))
        return value

    def texts(self, value: Any, where: str) -> tuple[str, ...]:
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value:
            raise self.fail(where, _("must be a non-empty list of texts"))
        return tuple(self.text(item, f"{where}[{i}]") for i, item in enumerate(value))

    def integer(self, value: Any, where: str, *, least: int | None = None) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(
                where, _("must be a whole number (got {kind})").format(kind=_kind(value))
            )
        if least is not None and value < least:
            raise self.fail(
                where, _("must be at least {least} (got {value})").format(least=least, value=value)
            )
        return value

    def number(self, value: Any, where: str, *, positive: bool = False) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(where, _("must be a number (got {kind})").format(kind=_kind(value)))
        if positive and not value > 0:
            raise self.fail(where, _("must be more than 0 (got {value})").format(value=value))
        if not positive and value < 0:
            raise self.fail(where, _("must not be negative (got {value})").format(value=value))
        return float(value)

    def table(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(
                where, _("must be a table of fields (got {kind})").format(kind=_kind(value))
            )
        return value

    def known(self, data: Mapping[str, Any], allowed: Iterable[str], where: str) -> None:
        allowed = tuple(allowed)
        for name in data:
            if name not in allowed:
                prefix = f"{where}." if where else ""
                said = _("is not a field here (known: {allowed})")
                raise self.fail(f"{prefix}{name}", said.format(allowed=", ".join(allowed)))


_KINDS = {bool: N_("true/false"), int: N_("a number"), float: N_("a number"), str: N_("text")}
_A_LIST, _A_TABLE = N_("a list"), N_("a table")


def _kind(value: Any) -> str:
    return _(_KINDS.get(type(value), _A_LIST if isinstance(value, list) else _A_TABLE))


def persona_of(path: Path, data: dict[str, Any]) -> Persona:
    """The persona a file's data describes (raises PersonaError)."""
    check = _Checker(path)
    check.known(data, sorted(_TOP_FIELDS), "")
    pid = data.get("id", path.stem)
    if not isinstance(pid, str) or not _ID.match(pid):
        raise check.fail("id", _("must be letters, digits, '-' or '_' (at most 64)"))
    if "display_name" not in data:
        raise check.fail("display_name", _("is missing (the respondent's name)"))
    name = check.text(data["display_name"], "display_name", limit=200)
    locale = check.text(data.get("locale", "en"), "locale", limit=20)
    if not _LOCALE.match(locale):
        raise check.fail(
            "locale", _("{locale!r} is not a locale such as en, es or pt-BR").format(locale=locale)
        )
    external = data.get("external_id")
    if external is not None:
        external = check.text(external, "external_id", limit=200)
    description = check.text(data.get("description", ""), "description", limit=300, empty=True)
    seed = check.integer(data.get("seed", 0), "seed")
    studies: tuple[str, ...] = ()
    if "studies" in data:
        raw = data["studies"]
        if not isinstance(raw, list):
            raise check.fail("studies", _("must be a list of study ids"))
        studies = tuple(check.text(s, f"studies[{i}]", limit=64) for i, s in enumerate(raw))
    metadata = check.table(data.get("metadata", {}), "metadata")
    if len(metadata) > 49:
        raise check.fail("metadata", _("has more than 49 fields (the server takes 50)"))
    for key, value in metadata.items():
        if not isinstance(value, str | int | float | bool):
            raise check.fail(f"metadata.{key}", _("must be text, a number or true/false"))
    typing = _typing(check, check.table(data.get("typing", {}), "typing"))
    answers = check.table(data.get("answers", {}), "answers")
    check.known(answers, [*RULE_KINDS, "id"], "answers")
    by_type = {
        kind: _rule(check, check.table(answers[kind], f"answers.{kind}"), kind, f"answers.{kind}")
        for kind in RULE_KINDS
        if kind in answers
    }
    by_id: dict[str, Rule] = {}
    for qid, raw_rule in check.table(answers.get("id", {}), "answers.id").items():
        where = f"answers.id.{qid}"
        by_id[qid] = _rule(check, check.table(raw_rule, where), "id", where)
    return Persona(
        id=pid,
        display_name=name.strip(),
        locale=locale,
        external_id=external,
        description=description.strip(),
        seed=seed,
        studies=studies,
        metadata=dict(metadata),
        typing=typing,
        by_type=by_type,
        by_id=by_id,
        path=path,
    )


def _typing(check: _Checker, data: dict[str, Any]) -> Typing:
    check.known(data, _TYPING_FIELDS, "typing")
    values = {
        name: check.number(data[name], f"typing.{name}", positive=name == "chars_per_second")
        for name in _TYPING_FIELDS
        if name in data
    }
    return Typing(**values)


def _rule(check: _Checker, data: dict[str, Any], kind: str, where: str) -> Rule:
    if kind == "follow_up":
        allowed = ["pool", "thin", "thin_share"]
    elif kind == "id":
        allowed = list(_RULE_FIELDS)
    else:
        allowed = [n for n, kinds in _RULE_FIELDS.items() if "*" in kinds or kind in kinds]
    check.known(data, allowed, where)
    out: dict[str, Any] = {}
    if "value" in data:
        value = data["value"]
        if kind == "scale":
            check.integer(value, f"{where}.value")
        elif kind == "yes_no" and not isinstance(value, bool):
            raise check.fail(
                f"{where}.value", _("must be true or false (got {kind})").format(kind=_kind(value))
            )
        elif isinstance(value, list):
            value = list(check.texts(value, f"{where}.value"))
        elif not isinstance(value, int | bool | str):
            raise check.fail(f"{where}.value", _("must be a number, true/false, a label or labels"))
        out["value"] = value
    if "range" in data:
        raw = data["range"]
        if not isinstance(raw, list) or len(raw) != 2:
            raise check.fail(f"{where}.range", _("must be two whole numbers: [lowest, highest]"))
        lo = check.integer(raw[0], f"{where}.range[0]")
        hi = check.integer(raw[1], f"{where}.range[1]")
        if lo > hi:
            raise check.fail(
                f"{where}.range",
                _("the lowest ({lo}) is above the highest ({hi})").format(lo=lo, hi=hi),
            )
        out["range"] = (lo, hi)
    if "tendency" in data:
        out["tendency"] = _one_of(check, data["tendency"], TENDENCIES, f"{where}.tendency")
    if "order" in data:
        out["order"] = _one_of(check, data["order"], ORDERS, f"{where}.order")
    if "label" in data:
        out["label"] = check.text(data["label"], f"{where}.label", limit=300)
    if "position" in data:
        out["position"] = check.integer(data["position"], f"{where}.position", least=1)
    if "count" in data:
        out["count"] = check.integer(data["count"], f"{where}.count", least=1)
    if "positions" in data:
        raw = data["positions"]
        if not isinstance(raw, list) or not raw:
            raise check.fail(f"{where}.positions", _("must be a non-empty list of numbers"))
        out["positions"] = tuple(
            check.integer(p, f"{where}.positions[{i}]", least=1) for i, p in enumerate(raw)
        )
    for name in ("labels", "text", "pool", "thin", "follow_up", "match"):
        if name in data:
            out[name] = check.texts(data[name], f"{where}.{name}")
    if "thin_share" in data:
        share = check.number(data["thin_share"], f"{where}.thin_share")
        if share > 1:
            raise check.fail(
                f"{where}.thin_share",
                _("must be between 0 and 1 (got {share})").format(share=share),
            )
        if "thin" not in data:
            raise check.fail(
                f"{where}.thin_share", _("needs a list of thin answers (thin = [...])")
            )
        out["thin_share"] = share
    elif "thin" in out:
        out["thin_share"] = 1.0
    return Rule(**out)


def _one_of(check: _Checker, value: Any, allowed: tuple[str, ...], where: str) -> str:
    if value not in allowed:
        raise check.fail(
            where,
            _("must be one of {allowed} (got {value!r})").format(
                allowed=", ".join(allowed), value=value
            ),
        )
    return str(value)
