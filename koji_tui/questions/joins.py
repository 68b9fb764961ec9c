"""How alternatives are joined in a sentence, in the five languages: "A, B or C", "A and B",
"A / B / C", "A; B; C", "A) … B) …" (for the inline stage, koji_tui.questions.inline, and yes/no)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from koji_tui.questions.cues import family, fold, phrases
from koji_tui.questions.lexicon import CUES
from koji_tui.questions.normalize import clean_label
from koji_tui.questions.options import is_other

_I = re.IGNORECASE


def words(name: str, langs: tuple[str, ...]) -> str:
    """The words of family ``name`` in ``langs`` as one alternation, on the text as written."""
    table = CUES[name]
    found = {p for lang in langs if lang in table for p in phrases(table[lang])}
    return "(?:" + "|".join(sorted(map(re.escape, found), key=len, reverse=True)) + ")"


@dataclass(frozen=True)
class Joins:
    """How the languages ``langs`` join alternatives ("A, B or C") and lists ("A and B")."""

    split: re.Pattern[str]
    has_or: re.Pattern[str]
    has_and: re.Pattern[str]


def _not_idiom(langs: tuple[str, ...]) -> str:
    """Where an "or" does not split: inside "more or less" ("clara, más o menos clara o nada
    clara" has three options). One guard per idiom: not after its first word, or not before
    its "or" and last word."""
    table = CUES["more_or_less"]
    found = {p for lang in langs if lang in table for p in phrases(table[lang])}
    guards = []
    for phrase in sorted(found):
        first, alternative, last = phrase.split()
        guards.append(
            rf"(?:(?<!\b{re.escape(first)})|(?!\s+{re.escape(alternative)}\s+{re.escape(last)}\b))"
        )
    return "".join(guards)


@cache
def joins(langs: tuple[str, ...]) -> Joins:
    # Spanish "o"/"u" are "or"; in Portuguese "o" is "the": they split only Spanish text.
    alternatives = words("or", langs)
    conjunctions = words("and", langs)
    return Joins(
        split=re.compile(
            r"\s*,\s*(?:" + alternatives + r"\s+|" + conjunctions + r"\s+)?|" + _not_idiom(langs)
            + r"\s+" + alternatives + r"\s+|\s+" + conjunctions + r"\s+",
            _I,
        ),
        has_or=re.compile(r"(?:,|\s)\s*" + alternatives + r"\s+\S+", _I),
        has_and=re.compile(r"(?:,|\s)\s*" + conjunctions + r"\s+\S+", _I),
    )  # fmt: skip


_SLASH = re.compile(r"\s*[/|]\s*|\s·\s|\s-\s")  # "A / B", "A | B", "A · B", "A - B"
_SPACED_SLASH = re.compile(r"\s[/|·-]\s")
_LETTER_ITEM = re.compile(r"(?:^|\s)\(?([A-Ha-h]|[1-9])\)\s+")  # "A) … B) …", "1) … 2) …"


def slashed(items_text: str, langs: tuple[str, ...]) -> list[str] | None:
    """ "Slack / Teams / email": alternatives between slashes (or pipes, or spaced middle dots), with no comma or "or" (then the
    slash is inside an option, "CI/CD or manual"). Unspaced slashes need three items ("TCP/IP")."""
    if not ({"/", "|", "·"} & set(items_text) or " - " in items_text) or "," in items_text:
        return None
    if joins(langs).has_or.search(" " + or_more(langs).sub("", items_text)):
        return None  # an "or" joins the options; not the one of a band's open end
    pieces = [clean_label(p) for p in _SLASH.split(items_text.strip())]
    spaced = _SPACED_SLASH.search(items_text) is not None
    if len(pieces) < (2 if spaced else 3) or any(
        family("or", langs).fullmatch(fold(p)) for p in pieces
    ):
        return None  # "and/or"
    if all(re.search(r"[^\W\d_]", p) for p in pieces) or _bands(pieces, spaced):
        return pieces
    return None  # "1/5"


def _bands(pieces: list[str], spaced: bool) -> bool:
    """ "1–9 · 10–49 · 50–249 · 250 oder mehr": a spaced row of three number bands or more,
    a range or an open end among them (not "1 · 2 · 3", a scale's points)."""
    figures = [p for p in pieces if not re.search(r"[^\W\d_]", p)]
    return (
        spaced
        and len(pieces) >= 3
        and all(_FIGURE.match(p) for p in figures)
        and any(re.search(r"\d\s*[-–—]\s*\d|\d\+", p) for p in pieces)
    )


@cache
def or_more(langs: tuple[str, ...]) -> re.Pattern[str]:
    """ "250 or more", "250 oder mehr", "5 o más": a band's open end."""
    return re.compile(
        r"(?<=[\d%€$£¥])\s+"
        + words("or_more", langs)
        + r"(?!\w)(?!\s+(?:de|than|que|als|do|da)\b)",
        _I,
    )  # not "… o más de 8 €", a band of its own


_SEMICOLON = re.compile(r"\s*;\s*")
_FIGURE = re.compile(r"^\d{1,6}\s*(?:[-–—]\s*\d{1,6}|\+)?$")  # "2–10", "200+"


def semicoloned(items_text: str) -> list[str] | None:
    """ "email; phone; live chat": three or more alternatives between semicolons, with no comma
    but in a closing "Other" that asks for its text ("someone else, just tell me who"; else the
    semicolons join clauses); each is a short label (``items.split_items`` checks)."""
    if ";" not in items_text:
        return None
    pieces = [clean_label(p) for p in _SEMICOLON.split(items_text.strip().rstrip(";"))]
    if any("," in p for p in pieces[:-1]) or (
        "," in pieces[-1] and not is_other(pieces[-1], last=True)
    ):
        return None  # a comma in the last only when it asks for the "Other" text
    if len(pieces) < 3 or not any(re.search(r"[^\W\d_]", p) for p in pieces):
        return None
    if any(not re.search(r"[^\W\d_]", p) and not _FIGURE.match(p) for p in pieces):
        return None  # "just you; 2–10; 11–50; more than 50": a figure may be an option
    return pieces


_QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“", "'": "'", "‘": "’"}


def unquote(item: str) -> str:
    """'"I plan ahead"' -> 'I plan ahead' (an option quoted whole)."""
    close = _QUOTES.get(item[:1])
    if close and len(item) > 2 and item.endswith(close) and close not in item[1:-1]:
        return item[1:-1].strip()
    return item


def lettered(items_text: str) -> list[str] | None:
    """ "A) Bug fixes B) New integrations C) Performance", "1) Free 2) Pro 3) Business":
    lettered or numbered options on one line."""
    marks = list(_LETTER_ITEM.finditer(items_text))
    letters = [m.group(1).lower() for m in marks]
    if len(marks) < 2 or items_text[: marks[0].start()].strip():
        return None
    if letters not in (
        [chr(ord("a") + i) for i in range(len(letters))],
        [str(i + 1) for i in range(len(letters))],
    ):
        return None
    ends = [m.start() for m in marks[1:]] + [len(items_text)]
    pieces = [clean_label(items_text[m.end() : end]) for m, end in zip(marks, ends, strict=True)]
    return pieces if all(pieces) else None


@cache
def _leading_join(langs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"^(?:" + words("or", langs) + "|" + words("and", langs) + r")\s+", _I)


def marked(items_text: str, langs: tuple[str, ...]) -> list[str] | None:
    """Options between explicit marks: "A) … B) …", "A / B / C", "A; B; C" (without an "or"
    or "and" heading one: "A; B; or C")."""
    pieces = lettered(items_text) or slashed(items_text, langs) or semicoloned(items_text)
    if pieces is None:
        return None
    return [_leading_join(langs).sub("", piece) for piece in pieces]


_COMMA = "\ue001"  # a comma inside an option's parentheses, kept from the split
_ASIDE = re.compile(r"\([^()\n]{1,40}\)")


def shield_commas(text: str) -> str:
    """``text`` with the commas and spaces inside parentheses hidden from a split: "chat tools
    (e.g., Slack, Teams), email, …" is two options, not four, and "the chat app (e.g. Teams or
    Slack), email" two, not three (:func:`unshield` restores them)."""
    return _ASIDE.sub(lambda m: re.sub(r"\s", _AND, m.group(0).replace(",", _COMMA)), text)


_AND = "\ue002"  # a space around an "and" inside the last option, kept from the split


def shield_last_and(text: str, langs: tuple[str, ...]) -> str:
    """``text`` with the "and" of its last option hidden from a split, when an "or" closes a
    list of commas before it: "lighting, pavements, or parks and green spaces" is three
    options, "el autobús, el tranvía o la bici y el patinete" too; not "A, B or C and how
    often?", where a clause follows (:func:`unshield` restores it)."""
    found = list(re.finditer(r"(?:,\s*|\s+)" + words("or", langs) + r"\s+", text, _I))
    if not found:
        return text
    closing = found[-1]
    head, tail = text[: closing.start()], text[closing.end() :]
    join = joins(langs)
    if "," not in head or "," in tail or join.has_and.search(" " + head):
        return text
    parts = re.split(r"\s+" + words("and", langs) + r"\s+", tail, flags=_I)
    if len(parts) != 2 or len(tail.split()) > 6 or not all(parts):
        return text
    second = fold(parts[1])
    if family("wh", langs).match(second) or family("pronoun", langs).match(second):
        return text
    return head + closing.group(0) + re.sub(r"\s+", _AND, tail)


def shield_inner_and(text: str, langs: tuple[str, ...]) -> str:
    """``text`` with the "and" or "or" inside its options hidden from a split, when commas
    alone part them (no "and" or "or" before the last): "fruits et légumes, produits laitiers,
    surgelés" is three options, "podcasts, séries ou films, livres" too."""
    pieces = text.split(",")
    if len(pieces) < 3:
        return text
    join = joins(langs)
    last = pieces[-1]
    closing = re.match(r"\s*" + words("or", langs) + r"\s+", last, _I)  # "…, or from a leaflet"
    if closing is not None:
        last = last[closing.end() :]
    if join.has_and.search(" " + last) or join.has_or.search(" " + last):
        return text
    and_word = re.compile(r"\s+(?:" + words("and", langs) + "|" + words("or", langs) + r")\s+", _I)
    kept: list[str] = []
    for index, piece in enumerate(pieces):
        if index == len(pieces) - 1 and closing is not None:
            kept.append(piece)  # the closing "or" parts the last option from the rest
            continue
        parts = and_word.split(piece)
        second = fold(parts[-1])
        clause = family("wh", langs).match(second) or family("pronoun", langs).match(second)
        if len(parts) == 2 and all(p.strip() for p in parts) and len(piece.split()) <= 5:
            if not clause:
                piece = re.sub(r"(?<=\S)\s+(?=\S)", _AND, piece)
        kept.append(piece)
    return ",".join(kept)


def unshield(text: str) -> str:
    return text.replace(_COMMA, ",").replace(_AND, " ")


_PAUSE = re.compile(r"(?<=\w)\s*(?:\.\.\.|…)\s+(?=\w)")


def spoken_pauses(text: str, langs: tuple[str, ...]) -> str:
    """Options said with pauses ("Would that be daily... weekly... or less often?", "tous les
    jours… une fois par semaine… ou moins souvent ?") as a list with commas; a line whose
    pauses close with no "or" is left as it is ("So... what do you think?")."""
    closing = re.compile(r"(?:\.\.\.|…)\s+" + words("or", langs) + r"\s+\w", _I)
    alternative = re.compile(r"\s" + words("or", langs) + r"\s", _I)
    out = []
    for line in text.split("\n"):
        if closing.search(line):
            # "a day... two or three days... or longer": the pauses part the options, not the
            # "or" inside one (semicolons, then)
            inner = any(alternative.search(p) for p in _PAUSE.split(line)[1:-1])
            line = _PAUSE.sub("; " if inner else ", ", line)
        out.append(line)
    return "\n".join(out)
