"""Reading a respondent's answer to a structured question: scale, yes/no, single and multiple
choice, ranking, in the study's locale. :func:`parse_answer` raises :class:`Unparsed` for an
answer that does not fit (the interviewer then keeps it as free text)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from koji_tui.server.catalog import GuideQuestion, SandboxStudy, text_in
from koji_tui.server.texts import NO_PHRASES, NO_WORDS, YES_PHRASES, YES_WORDS, option_labels, texts


class Unparsed(ValueError):
    """The answer does not fit the question."""


def _fold(text: str) -> str:
    """Case-folded, accents removed, spaces collapsed, outer punctuation stripped."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = re.sub(r"\s+", " ", plain).strip()
    return plain.strip(" .!?¡¿\"'“”«»()[]*:;")


_NUMBER = re.compile(r"(?<![\w.])-?\d+(?![\d])")
_OPTION_NUMBER = re.compile(r"^(?:option|opcion|nr|no|n|#)?\s*\.?\s*(\d{1,2})\s*[.)]?$")
_RANK_PREFIX = re.compile(r"^\s*(?:#\s*)?\d{1,2}\s*(?:[.):-]|st|nd|rd|th)\s*(?=\S)")
_SEPARATORS = re.compile(
    r"\s*(?:[,;\n>→]|\s(?:and|then|y|et|und|e|puis|luego|dann)\s|&)\s*", re.IGNORECASE
)
_PLACEHOLDER = re.compile(r"\x00(\d+)\x00")


def parse_scale(text: str, q: GuideQuestion, labels: dict[str, str]) -> int:
    assert q.scale_min is not None and q.scale_max is not None
    folded = _fold(text)
    for match in _NUMBER.finditer(folded):
        value = int(match.group())
        if q.scale_min <= value <= q.scale_max:
            return value
        raise Unparsed(f"{value} is outside {q.scale_min}-{q.scale_max}")
    for point, label in labels.items():
        if _fold(label) == folded:
            return int(point)
    raise Unparsed("no number")


def parse_yes_no(text: str) -> bool:
    folded = _fold(text)
    for phrase in NO_PHRASES:
        if folded.startswith(_fold(phrase)):
            return False
    for phrase in YES_PHRASES:
        if folded.startswith(_fold(phrase)):
            return True
    words = re.findall(r"\w+", folded)
    if not words:
        raise Unparsed("empty")
    if words[0] in YES_WORDS or folded in YES_WORDS:
        return True
    if words[0] in NO_WORDS or folded in NO_WORDS:
        return False
    raise Unparsed("neither yes nor no")


def _mark_labels(text: str, labels: list[str]) -> str:
    """Replace every option label found in ``text`` by a placeholder (longest labels first);
    line breaks are kept (they separate list items)."""
    folded = "\n".join(_fold(line) for line in text.splitlines())
    order = sorted(range(len(labels)), key=lambda i: -len(labels[i]))
    for i in order:
        label = _fold(labels[i])
        if not label:
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(label) + r"(?!\w)")
        folded = pattern.sub(f"\x00{i}\x00", folded)
    # "A B C" with nothing but spaces between labels is a list too
    return re.sub(r"(?<=\x00)[ \t]+(?=\x00)", ",", folded)


def _resolve_part(part: str, labels: list[str]) -> int | None:
    """Option index of one list item: a placeholder or an option number; None otherwise."""
    part = part.strip(" .!?\"'()[]:-*•")
    if not part:
        return None
    only = _PLACEHOLDER.fullmatch(part)
    if only:
        return int(only.group(1))
    stripped = _RANK_PREFIX.sub("", part, count=1).strip(" .!?\"'()[]:")
    only = _PLACEHOLDER.fullmatch(stripped)
    if only:
        return int(only.group(1))
    number = _OPTION_NUMBER.match(part)
    if number:
        index = int(number.group(1)) - 1
        if 0 <= index < len(labels):
            return index
    return None


def _parts(text: str, labels: list[str]) -> list[str]:
    marked = _mark_labels(text, labels)
    return [p for p in _SEPARATORS.split(marked) if p.strip(" .!?\"'()[]:")]


def parse_single(text: str, q: GuideQuestion, labels: list[str], other_label: str) -> Any:
    marked = _mark_labels(text, labels)
    index = _resolve_part(marked, labels)
    if index is not None:
        return labels[index]
    found = sorted({int(m.group(1)) for m in _PLACEHOLDER.finditer(marked)})
    if len(found) == 1:
        return labels[found[0]]
    if q.allow_other:
        folded = _fold(text)
        other_word = _fold(other_label.split("(")[0])
        if folded == other_word or folded == str(len(labels) + 1):
            return {"other": ""}
        specified = re.sub(
            r"^(?:" + re.escape(other_word) + r"|" + str(len(labels) + 1) + r")\s*[:,.)-]\s*",
            "",
            text.strip(),
            flags=re.IGNORECASE,
        )
        if specified.strip():
            return {"other": specified.strip()}
    raise Unparsed("not an option")


def parse_multiple(text: str, q: GuideQuestion, labels: list[str], other_label: str) -> Any:
    chosen: list[str] = []
    others: list[str] = []
    for part in _parts(text, labels):
        index = _resolve_part(part, labels)
        if index is None:
            folded = part.strip()
            if _fold(other_label.split("(")[0]) == folded or folded == str(len(labels) + 1):
                continue
            if not q.allow_other or re.fullmatch(r"[#\d\s.)-]+", folded):
                raise Unparsed(f"not an option: {part!r}")
            others.append(folded)
            continue
        if labels[index] not in chosen:
            chosen.append(labels[index])
    if others:
        return [*chosen, {"other": ", ".join(others)}]
    if not chosen:
        raise Unparsed("no option")
    return chosen


def parse_ranking(text: str, labels: list[str]) -> list[str]:
    order: list[int] = []
    for part in _parts(text, labels):
        index = _resolve_part(part, labels)
        if index is None:
            raise Unparsed(f"not an option: {part!r}")
        if index in order:
            raise Unparsed("an option twice")
        order.append(index)
    if len(order) == len(labels) - 1:
        order.extend(i for i in range(len(labels)) if i not in order)
    if sorted(order) != list(range(len(labels))):
        raise Unparsed("not every option ranked")
    return [labels[i] for i in order]


MAX_STRUCTURED_ANSWER = 2_000


def parse_answer(text: str, q: GuideQuestion, study: SandboxStudy, locale: str) -> Any:
    """The structured value of ``text`` for ``q``; raises :class:`Unparsed`."""
    if q.type != "open_ended" and len(text) > MAX_STRUCTURED_ANSWER:
        # A choice or a number is short; folding a megabyte (NFKC can grow it 18x) under the
        # store's lock would stall every study, and int() refuses 4,300+ digits.
        raise Unparsed("too long for a structured answer")
    labels = option_labels(q, study, locale)
    other = texts(locale)["other"]
    if q.type == "scale":
        scale_labels = {p: text_in(x, locale, study.locale) for p, x in q.scale_labels.items()}
        return parse_scale(text, q, scale_labels)
    if q.type == "yes_no":
        folded = _fold(text)
        if folded == _fold(labels[0]):
            return True
        if folded == _fold(labels[1]):
            return False
        return parse_yes_no(text)
    if q.type == "single_choice":
        return parse_single(text, q, labels, other)
    if q.type == "multiple_choice":
        return parse_multiple(text, q, labels, other)
    if q.type == "ranking":
        return parse_ranking(text, labels)
    return text
