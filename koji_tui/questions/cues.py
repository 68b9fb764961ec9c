"""The lexicon compiled: one matcher per cue family, and the evidence that combines families.

Cues are matched on *folded* text (see :func:`fold`): lower case, accents and curly quotes
removed, one character for one character, so a match's offsets are offsets in the text as
written. A family matches in any of the five languages: messages mix languages, and the
language guess of a short question is often wrong.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from koji_tui.questions.lexicon import CUES, LANGUAGES, NUMBER_WORDS

_QUOTES = {"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "«": '"', "»": '"'}


class _FoldTable(dict[int, str]):
    """str.translate table that folds a character the first time it is seen."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = _QUOTES.get(char)
        if folded is None:
            base = unicodedata.normalize("NFKD", char)[:1] or char
            lowered = base.lower()
            folded = lowered if len(lowered) == 1 else base
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """``text`` lower-cased without accents or curly quotes, as long as ``text``."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD)


def _strip_accents(pattern: str) -> str:
    return "".join(
        char if char.isascii() else (unicodedata.normalize("NFKD", char)[:1] or char)
        for char in pattern
    )


# A word starts after anything but a letter or digit: after an elision too ("l'option").
_HEAD = r"(?<!\w)"
# A count: digits, or a word that count_in then checks is a number word ("three", "tres").
_NUMBER = r"(?:\d{1,2}|[a-z]{2,6})"
_GAP = r"(?:\S+\s+){0,4}?"


def _phrase(phrase: str) -> str:
    """One lexicon phrase as a regular expression on folded text (see koji_tui.questions.lexicon)."""
    phrase = phrase.strip()
    if phrase.startswith("re:"):
        raw = _strip_accents(phrase[3:])
        if raw.startswith(_HEAD) and raw[len(_HEAD) : len(_HEAD) + 1].isalpha():
            if len(phrases(raw)) == 1:  # "re:(?<!\w)primeir…": grouped by its first letter
                return raw
        return "(?:" + raw + ")"
    tokens = ["…" if token == "…" else fold(token) for token in phrase.split()]  # "…" folds to "."
    body = ""
    gap = False
    for token in tokens:
        if token == "…":
            gap = True
            continue
        if token == "#":
            piece = _NUMBER
        elif token.endswith("*"):
            piece = re.escape(token[:-1]) + r"[\w'-]*"
        else:
            piece = re.escape(token)
        if body:
            body += r"\s+" + (_GAP if gap else "")
        body += piece
        gap = False
    words = [t for t in tokens if t != "…"]
    first, last = words[0], words[-1]
    head = _HEAD if first[:1].isalnum() or first == "#" else ""
    tail = "" if last.endswith("*") or not (last[-1:].isalnum() or last == "#") else r"(?!\w)"
    return head + body + tail


def phrases(entry: str) -> list[str]:
    """The phrases of one lexicon entry: split at each ``|`` outside brackets."""
    out: list[str] = []
    depth, start, escaped = 0, 0, False
    for index, char in enumerate(entry):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(entry[start:index])
            start = index + 1
    out.append(entry[start:])
    return [p.strip() for p in out if p.strip()]


ALL: tuple[str, ...] = LANGUAGES


def _build(fragments: list[str]) -> re.Pattern[str]:
    """One pattern for many phrases, fast to search: the phrases are grouped by their first
    letter, and the word-start check comes after that letter, so that the regular expression
    engine can skip to the letters that may start a phrase (a plain alternation of a hundred
    phrases, each behind a lookbehind, is tried at every position: twenty times slower)."""
    groups: dict[str, list[str]] = {}
    loose: list[str] = []
    raw: list[str] = []
    for fragment in fragments:
        if not fragment.startswith(_HEAD):
            raw.append(fragment)
            continue
        body = fragment[len(_HEAD) :]
        if body[:1].isalnum():
            groups.setdefault(body[0], []).append(body[1:])
        else:
            loose.append(body)
    parts = [
        re.escape(first)
        + r"(?<!\w"
        + re.escape(first)
        + ")(?:"
        + "|".join(sorted(set(rests), key=len, reverse=True))
        + ")"
        for first, rests in sorted(groups.items())
    ]
    parts += [_HEAD + body for body in loose]
    return re.compile("|".join(parts + raw) or r"(?!)")


@cache
def family(name: str, langs: tuple[str, ...] = ALL) -> re.Pattern[str]:
    """The matcher of one cue family in the languages ``langs``."""
    table = CUES[name]
    found = [p for code in langs if code in table for p in phrases(table[code])]
    return _build(sorted({_phrase(p) for p in found}, key=len, reverse=True))


def has(name: str, folded: str, langs: tuple[str, ...] = ALL) -> bool:
    """Whether family ``name`` has a cue in ``folded`` (text passed through :func:`fold`)."""
    return family(name, langs).search(folded) is not None


@cache
def _choose_count(langs: tuple[str, ...]) -> re.Pattern[str]:
    found = {p for v in CUES["count_filler"].values() for p in phrases(v)}
    fillers = "|".join(re.escape(p) for p in sorted(found, key=len, reverse=True))
    return re.compile(
        "(?:"
        + family("choose", langs).pattern
        + r")[\s-]*(?:(?:"
        + fillers
        + r")\s+)?"
        + _NUMBER
        + r"(?!\w)"
    )


@lru_cache(maxsize=64)
def _count_choose(langs: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """German puts the count before its infinitive: "Bitte zwei auswählen", "drei ankreuzen"."""
    if "de" not in langs:
        return ()
    return (re.compile(r"(?<!\w)" + _NUMBER + r"\s+(?:" + family("choose", ("de",)).pattern + ")"),)


def _count(match_text: str) -> int | None:
    numbers = [n for n in (count_in(word) for word in match_text.split()) if n is not None]
    return max(numbers) if numbers else None


def count_in(word: str) -> int | None:
    """The count one folded word names ("3", "three", "tres"), if any."""
    word = word.strip("'-")
    if word.isdigit() and len(word) <= 2:
        return int(word)
    return NUMBER_WORDS.get(word)


_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def limit_in(folded: str, langs: tuple[str, ...] = ALL) -> int | None:
    """A maximum number of choices the text sets, 2 or more: a limit next to a choice verb or
    a unit ("pick no more than two", "pas plus de deux choix"), a count after the
    interrogative ("which two …") or right after the choice verb ("choose two"); an aside in a
    question is a sentence of its own ("Channels used (up to two)?")."""
    for sentence in _sentences_and_asides(folded):
        patterns = [family("wh_count", langs), _choose_count(langs), *_count_choose(langs)]
        if has("choose", sentence, langs) or has("unit", sentence, langs):
            patterns.append(family("limit", langs))
        for pattern in patterns:
            position = 0
            while (match := pattern.search(sentence, position)) is not None:
                number = _count(match.group(0))
                if number is not None and 2 <= number <= 30:
                    return number
                position = match.start() + 1  # "choose AT most 2": a word is not a count
        # a sentence that is the limit alone: "Three at most.", "Como máximo tres.", "No more
        # than 3, please." (a courtesy or a permission beside it says nothing more)
        alone = family("limit", langs).search(sentence)
        rest = sentence[: alone.start()] + " " + sentence[alone.end() :] if alone else ""
        if rest.strip():
            rest = family("permission", langs).sub(" ", family("polite", langs).sub(" ", rest))
        if alone and len(re.findall(r"\w+", rest)) == 0:
            number = _count(alone.group(0))
            if number is not None and 2 <= number <= 30:
                return number
    return None


_PAREN = re.compile(r"\(([^()]*)\)")
_DASH_ASIDE = re.compile(r"\s[—–-]\s+([^?]+)\?")


def _sentences_and_asides(folded: str) -> list[str]:
    """The sentences of ``folded``, and the asides inside its questions as sentences of their
    own: "Which do you use (more than one is fine)?", "Which do you use — several are fine?"."""
    out: list[str] = []
    for sentence in _SENTENCE.findall(folded):
        out.append(sentence)
        if "?" in sentence:
            out += [aside + "." for aside in _PAREN.findall(sentence)]
            out += [aside + "." for aside in _DASH_ASIDE.findall(sentence)]
    return out


def _unreflected(folded: str, langs: tuple[str, ...]) -> str:
    """``folded`` without the sentences that reflect the last answer back ("You said you'd rank
    speaking first."), when a question of its own follows them."""
    reflection = family("reflection", langs)
    pieces = _SENTENCE.findall(folded)
    kept = [p for p in pieces if "?" in p or reflection.match(p.strip()) is None]
    if len(kept) == len(pieces) or not any("?" in p for p in kept):
        return folded
    return " ".join(kept)


@dataclass(frozen=True)
class ChoiceCues:
    """What the words around an option list say about how to answer it."""

    rank: bool = False
    multiple: bool = False
    max_choices: int | None = None
    instruction: bool = False  # "select", "reply with the number", "pick up to two"


def _one_answer(sentence: str, langs: tuple[str, ...]) -> bool:
    """ "Only one answer, please.": one answer asked for, not "just one more question"."""
    for match in family("just_one", langs).finditer(sentence):
        rest = sentence[match.end() :].lstrip()
        if family("one_more", langs).match(rest) is None:
            return True
    return False


def _unit_alone(sentence: str, langs: tuple[str, ...]) -> bool:
    """A sentence that names the unit of the answer and nothing else: "The letter only."."""
    unit = family("unit", langs)
    if unit.search(sentence) is None:
        return False
    rest = family("polite", langs).sub(" ", unit.sub(" ", sentence))
    return all(family("only", langs).fullmatch(word) for word in re.findall(r"[\w']+", rest))


@lru_cache(maxsize=512)
def choice_cues(folded: str, langs: tuple[str, ...] = ALL) -> ChoiceCues:
    """Combine the families in ``folded`` (the ask, the words before a list and any after it).

    A multiple choice needs, in one sentence, a quantity ("several", "more than one") together
    with an instruction, a permission or "that apply"; or a limit of two or more; or a phrase
    that says so alone ("all that apply"). A permission with a quantity counts only outside the
    question itself ("You can pick more than one."), and "only one" always wins over it.
    """
    folded = _unreflected(folded, langs)  # "You said you'd RANK speaking first." tells none
    rank = has("rank", folded, langs)
    limit = limit_in(folded, langs)
    strong = has("multi", folded, langs) or limit is not None
    weak = False
    instruction = limit is not None
    for sentence in _sentences_and_asides(folded):
        chooses = has("choose", sentence, langs)
        told = family("no_wrong_answer", langs).sub(" ", sentence)  # "no wrong answer" tells none
        if chooses or (has("reply", told, langs) and has("unit", told, langs)):
            instruction = True
        elif not sentence.rstrip().endswith("?") and _one_answer(sentence, langs):
            instruction = True  # "Only one answer, please.", "Só uma resposta."
        elif not sentence.rstrip().endswith("?") and _unit_alone(sentence, langs):
            instruction = True  # "Just the number, please.", "Bitte nur die Zahl."
        quantity = family("several", langs).search(sentence)
        if quantity is None:
            continue
        rest = sentence[: quantity.start()] + " " + sentence[quantity.end() :]
        rest = family("permission", langs).sub(" ", family("polite", langs).sub(" ", rest))
        if chooses or has("applies", sentence, langs) or not re.findall(r"\w+", rest):
            strong = True  # "Several.", "Any or all.", "Más de una, por favor."
        elif not sentence.rstrip().endswith("?") and (
            has("permission", sentence, langs) or has("reply", sentence, langs)
        ):
            weak = True
    # "more than one answer" holds "one answer": a quantity is not "only one"
    single = has("just_one", family("several", langs).sub(" ", folded), langs)
    multiple = strong or (weak and not single)
    return ChoiceCues(rank=rank, multiple=multiple, max_choices=limit, instruction=instruction)


_LEAD_IN = re.compile(r"^[^:?]{0,40}:\s+")


def open_overridden(folded_ask: str, langs: tuple[str, ...] = ALL) -> bool:
    """Whether the only open cue of a question is its opener ("what made you …", "¿por qué
    motivos …?"), which an explicit choice instruction next to the options overrides: "What
    made you switch? Select all that apply." is a choice, "Which did you use, and why?" is not."""
    text = _LEAD_IN.sub("", folded_ask.strip()).lstrip("¿¡ \"'")
    opener = family("open_opener", langs).match(text)
    if opener is None:
        return False
    rest = text[opener.end() :]
    return family("open", langs).search(rest) is None and not has("open_opener", rest, langs)


def warm_up(language: str | None = None) -> None:
    """Compile every cue family for the language sets detection reads with (about a second
    of CPU in all; a third of that for one ``language``: its own set and the one of all
    languages), so that the first messages in a language do not pay their share of it (3-12
    ms a message early on) on the event loop. Optional: call it from a worker thread (the
    app does when the command line started it and an interview opens)."""
    if language in LANGUAGES:
        combos = [(language, "en") if language != "en" else ("en",), ALL]
    else:
        combos = [(lang, "en") if lang != "en" else ("en",) for lang in LANGUAGES]
        combos += [("es", "pt", "en"), ALL]
    for langs in combos:
        for name in CUES:
            family(name, langs)
