"""Structured question objects: the one a server attaches to a reply, or a JSON block in the content.

Koji's own names are ``type``, ``options``, ``scaleMin``, ``scaleMax``, ``scaleLabels`` and
``allowOther``; this module also accepts the spellings other tools and older servers use. Keys are
compared after lower-casing and dropping everything but letters and digits, so ``scale_min``,
``scaleMin`` and ``Scale-Min`` are the same key, and so are ``multi_select`` and ``multiSelect``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from koji_tui.questions.options import split_other
from koji_tui.questions.result import MAX_OPTION_LEN, MAX_OPTIONS, MAX_SCALE_SPAN

_TYPE_ALIASES: dict[str, str] = {}
for _canonical, _aliases in {
    "open_ended": "openended open text freetext freeform opentext longtext shorttext textarea "
    "input string essay comment comments",
    "scale": "scale rating ratings nps netpromoter netpromoterscore likert likertscale slider "
    "opinionscale linearscale ratingscale numeric number stars star score range csat ces",
    "single_choice": "singlechoice single singleselect radio radiobutton radiobuttons choice select "
    "dropdown picklist onechoice selectone singleanswer",
    "multiple_choice": "multiplechoice multichoice multiple multiselect multipleselect checkbox "
    "checkboxes selectmany selectmultiple multianswer multipleanswer multipleanswers",
    "ranking": "ranking rank ranked order ordering sort sorting prioritization prioritisation "
    "priority rankorder",
    "yes_no": "yesno boolean bool binary confirm confirmation truefalse",
}.items():
    for _alias in _aliases.split():
        _TYPE_ALIASES[_alias] = _canonical

_NPS_ALIASES = {"nps", "netpromoter", "netpromoterscore"}
_LIKERT_ALIASES = {"likert", "likertscale", "csat"}

_TYPE_KEYS = (
    "type",
    "questiontype",
    "kind",
    "qtype",
    "inputtype",
    "answertype",
    "format",
    "widget",
)
_OPTION_KEYS = ("options", "choices", "items", "answers", "values", "alternatives", "answeroptions")
_LABEL_KEYS = (
    "label",
    "text",
    "title",
    "name",
    "display",
    "displaytext",
    "value",
    "option",
    "content",
)
_MIN_KEYS = (
    "scalemin",
    "min",
    "minimum",
    "minvalue",
    "low",
    "lowest",
    "from",
    "start",
    "lowerbound",
    "rangemin",
    "scalestart",
)
_MAX_KEYS = (
    "scalemax",
    "max",
    "maximum",
    "maxvalue",
    "high",
    "highest",
    "to",
    "end",
    "upperbound",
    "rangemax",
    "scaleend",
)
_LOW_LABEL_KEYS = (
    "lowerlabel",
    "minlabel",
    "lowlabel",
    "leftlabel",
    "startlabel",
    "scaleminlabel",
    "minimumlabel",
    "fromlabel",
    "labelmin",
    "labellow",
    "lowlabeltext",
)
_HIGH_LABEL_KEYS = (
    "upperlabel",
    "maxlabel",
    "highlabel",
    "rightlabel",
    "endlabel",
    "scalemaxlabel",
    "maximumlabel",
    "tolabel",
    "labelmax",
    "labelhigh",
    "highlabeltext",
)
_LABELS_KEYS = ("scalelabels", "labels", "pointlabels", "anchors", "anchorlabels")
_OTHER_KEYS = (
    "allowother",
    "other",
    "hasother",
    "includeother",
    "otheroption",
    "allowcustom",
    "allowfreetext",
    "freetextother",
)
_MULTI_FLAG_KEYS = (
    "multiple",
    "allowmultiple",
    "multiselect",
    "multi",
    "allowmultipleselections",
    "selectmultiple",
)
_MAX_CHOICE_KEYS = (
    "maxselections",
    "maxchoices",
    "maxselect",
    "maxanswers",
    "maxselected",
    "maxitems",
    "selectionlimit",
)
_PROMPT_KEYS = ("prompt", "question", "text", "title", "label", "content", "body", "message")
_NEST_KEYS = ("question", "structuredquestion", "structured", "data", "payload")


def _norm(key: object) -> str:
    return re.sub(r"[^a-z0-9]", "", str(key).lower())


def _keyed(obj: Mapping[Any, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in obj.items():
        out.setdefault(_norm(key), value)
    return out


def _first(obj: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        if key in obj and obj[key] is not None:
            return obj[key]
    return None


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and math.isfinite(value) and value == int(value):
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\s*-?\d{1,6}(?:\.0+)?\s*", value):
        return int(float(value))
    return None


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return re.sub(r"\s+", " ", value).strip()
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float) and (not isinstance(value, float) or math.isfinite(value)):
        return str(value)
    return ""


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in {"true", "yes", "1", "y", "on"}
    if isinstance(value, bool | int):
        return bool(value)
    return isinstance(value, Mapping | list) and bool(value)


def _option_label(item: Any) -> str:
    if isinstance(item, Mapping):
        keyed = _keyed(item)
        for key in _LABEL_KEYS:
            text = _as_text(keyed.get(key))
            if text:
                return text
        return ""
    return _as_text(item)


def _options(value: Any) -> list[str]:
    if isinstance(value, Mapping):
        # {"a": "Email", "b": "Phone"} or {"Email": true, ...}
        items = [v if isinstance(v, str) else k for k, v in value.items()]
    elif isinstance(value, list | tuple):
        items = list(value)
    elif isinstance(value, str) and "\n" in value:
        items = value.splitlines()
    else:
        return []
    out: list[str] = []
    seen: set[str] = set()
    for item in items[: MAX_OPTIONS * 4]:
        label = _option_label(item)[:MAX_OPTION_LEN]
        if label and label.casefold() not in seen:
            seen.add(label.casefold())
            out.append(label)
    return out[:MAX_OPTIONS]


def _scale_labels(value: Any, low: int | None, high: int | None) -> dict[str, str]:
    labels: dict[str, str] = {}
    if isinstance(value, Mapping):
        for key, text in value.items():
            point = _as_int(key)
            if point is None:
                keyed = _norm(key)
                if keyed in {"min", "low", "lower", "left", "start", "minimum"} and low is not None:
                    point = low
                elif (
                    keyed in {"max", "high", "upper", "right", "end", "maximum"}
                    and high is not None
                ):
                    point = high
            label = _option_label(text)
            if point is not None and label:
                labels[str(point)] = label
    elif isinstance(value, list | tuple):
        entries = list(value)
        if entries and all(isinstance(e, Mapping) for e in entries):
            for entry in entries:
                keyed = _keyed(entry)
                point = _as_int(_first(keyed, ("value", "point", "score", "key", "at", "position")))
                label = _as_text(_first(keyed, ("label", "text", "title", "name", "description")))
                if point is not None and label:
                    labels[str(point)] = label
        elif low is not None and high is not None:
            texts = [_option_label(e) for e in entries]
            if len(texts) == high - low + 1:
                labels = {str(low + i): t for i, t in enumerate(texts) if t}
            elif len(texts) == 2:
                if texts[0]:
                    labels[str(low)] = texts[0]
                if texts[1]:
                    labels[str(high)] = texts[1]
    return labels


@dataclass
class StructuredResult:
    type: str | None = None  # canonical type, or None when the object is not understood
    type_alias: str = ""
    options: list[str] = field(default_factory=list)
    scale_min: int | None = None
    scale_max: int | None = None
    scale_labels: dict[str, str] = field(default_factory=dict)
    allow_other: bool = False
    max_choices: int | None = None
    prompt: str = ""
    language: str | None = None


def _unwrap(obj: Mapping[Any, Any], depth: int = 0) -> dict[str, Any] | None:
    keyed = _keyed(obj)
    if any(key in keyed for key in _TYPE_KEYS):
        type_value = _first(keyed, _TYPE_KEYS)
        if isinstance(type_value, str) and _norm(type_value) in _TYPE_ALIASES:
            return keyed
    if depth < 3:
        for key in _NEST_KEYS:
            inner = keyed.get(key)
            if isinstance(inner, Mapping):
                found = _unwrap(inner, depth + 1)
                if found is not None:
                    return found
    if any(key in keyed for key in (*_OPTION_KEYS, "scalemin", "scalemax")):
        return keyed
    return None


def parse_structured(obj: Any) -> StructuredResult | None:
    """Read a structured question object; None when it is not one (the caller then reads the text)."""
    if not isinstance(obj, Mapping):
        return None
    keyed = _unwrap(obj)
    if keyed is None:
        return None
    raw_type = _first(keyed, _TYPE_KEYS)
    alias = _norm(raw_type) if isinstance(raw_type, str) else ""
    canonical = _TYPE_ALIASES.get(alias)
    result = StructuredResult(type_alias=alias)

    options = _options(_first(keyed, _OPTION_KEYS))
    low = _as_int(_first(keyed, _MIN_KEYS))
    high = _as_int(_first(keyed, _MAX_KEYS))
    for nested_key in ("scale", "range"):
        nested = keyed.get(nested_key)
        if isinstance(nested, Mapping):
            inner = _keyed(nested)
            low = low if low is not None else _as_int(_first(inner, _MIN_KEYS))
            high = high if high is not None else _as_int(_first(inner, _MAX_KEYS))
        elif isinstance(nested, list | tuple) and len(nested) == 2:
            low = low if low is not None else _as_int(nested[0])
            high = high if high is not None else _as_int(nested[1])

    if canonical is None:
        # no (known) type: infer only from unmistakable fields
        if low is not None and high is not None:
            canonical = "scale"
        elif len(options) >= 2 and _truthy(_first(keyed, _MULTI_FLAG_KEYS)):
            canonical = "multiple_choice"
        elif len(options) >= 2:
            canonical = "single_choice"
        else:
            return None
    if canonical == "single_choice" and _truthy(_first(keyed, _MULTI_FLAG_KEYS)):
        canonical = "multiple_choice"
    max_sel = _as_int(_first(keyed, _MAX_CHOICE_KEYS))
    if canonical == "single_choice" and max_sel is not None and max_sel > 1:
        canonical = "multiple_choice"
    result.type = canonical

    prompt = _first(keyed, _PROMPT_KEYS)
    result.prompt = prompt.strip() if isinstance(prompt, str) else ""
    language = _first(keyed, ("locale", "language", "lang"))
    if isinstance(language, str) and language.strip():
        result.language = language.strip().lower().replace("_", "-").split("-")[0][:8] or None

    if canonical == "scale":
        labels_value = _first(keyed, _LABELS_KEYS)
        if low is None or high is None:
            # bounds from numeric labels or numeric options
            points = (
                [p for p in (_as_int(k) for k in (labels_value or {})) if p is not None]
                if isinstance(labels_value, Mapping)
                else []
            )
            if not points:
                points = [p for p in (_as_int(o) for o in options) if p is not None]
            if len(points) >= 2:
                low = low if low is not None else min(points)
                high = high if high is not None else max(points)
        result.scale_min, result.scale_max = low, high
        labels = _scale_labels(labels_value, low, high)
        low_label = _as_text(_first(keyed, _LOW_LABEL_KEYS))
        high_label = _as_text(_first(keyed, _HIGH_LABEL_KEYS))
        if low_label and low is not None:
            labels.setdefault(str(low), low_label)
        if high_label and high is not None:
            labels.setdefault(str(high), high_label)
        if not labels and options and low is not None and high is not None:
            if len(options) == high - low + 1 and not all(_as_int(o) is not None for o in options):
                labels = {str(low + i): o for i, o in enumerate(options)}
        result.scale_labels = labels
    elif canonical in ("single_choice", "multiple_choice", "ranking"):
        # an "Other" entry, in any language, becomes the widget's own free-text "Other"
        result.options, listed_other = (
            (options, False) if canonical == "ranking" else split_other(options)
        )
        result.allow_other = _truthy(_first(keyed, _OTHER_KEYS)) or listed_other
        if canonical == "multiple_choice" and max_sel is not None and 1 <= max_sel:
            if max_sel < len(result.options) + int(result.allow_other):
                result.max_choices = max_sel
    return result


def scale_bounds_ok(low: int | None, high: int | None) -> bool:
    return low is not None and high is not None and 1 <= high - low <= MAX_SCALE_SPAN * 10
