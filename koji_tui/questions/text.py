"""Plain-text question detection: read the interviewer's message the way a respondent would.

The rules, in order (the first that applies wins):

1. An option list that ends the message (numbered ``1.`` ``1)`` ``(1)`` ``1️⃣``, lettered ``a)``
   ``A.``, bulleted ``-`` ``*`` ``•``, checkbox ``[ ]`` ``☐``), introduced by a question or a
   choice cue, and followed by nothing but an instruction ("Reply with the number") or an
   afterthought ("Feel free to add context"): ranking when a rank cue is present, multiple choice
   on "select all that apply" (or locale equivalents), a scale when the items are labelled scale
   points ("1 = Poor") or the text states a scale whose points the list labels, yes/no when the
   options are just yes and no, else single choice. A list followed by another question ("Here's a
   recap: 1. … What else?") is not options, and neither is a list under an open question ("What do
   you think of each of these?").
2. A scale range stated in the final ask ("on a scale of 1 to 10", "from 0-10", "1 (poor) to
   5 (excellent)", "out of 10", "rate … 1-5", "(1 = poor, 5 = excellent)", "1 being X, 10 being
   Y", "a 5-point scale", "scale of one to ten") or an NPS question ("how likely … recommend" ->
   0-10). A range in an earlier sentence counts only when the final question asks for a rating.
3. Inline options after a colon or a dash, only when unambiguous ("Which do you prefer: email,
   phone, or chat?", "which do you use more — the app or the website?"), or a list-only sentence
   after a choice question ("How often do you use it? Daily, weekly, or monthly?").
4. An explicit yes/no marker in the final ask ("(Yes/No)", "(Sí/No)", "(Y/N)", …).
5. An implicit yes/no question ("Have you ever…?", "Did you…?", "Would you…?", "Avez-vous déjà…?",
   "Haben Sie…?", "Você já…?") that is the last sentence, with no alternatives ("… or …") and no
   open invitation ("Could you tell me…?", "Would you be open to sharing…?").

Anything else is open-ended. Numbers, ranges and lists that are not the final ask are ignored.
Only the last MAX_ANALYSED characters are read, so time stays bounded on huge messages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from koji_tui.questions.lexicon import (
    CHOICE_CUE,
    MULTI_CUE,
    NPS_CUE,
    OPEN_CUE,
    OTHER_OPTION,
    RANK_CUE,
    RATING_CUE,
    SPECIFY_CUE,
    YES_NO_EXPLICIT,
)

_I = re.IGNORECASE

# Longest text analysed: real interviewer messages are far shorter; the tail holds the question.
MAX_ANALYSED = 6000
MAX_OPTIONS = 30
MAX_OPTION_LEN = 160
MAX_SCALE_SPAN = 10


@dataclass
class TextResult:
    """What the text says; ``type`` is None when nothing structured was found."""

    type: str | None = None
    options: list[str] = field(default_factory=list)
    scale_min: int | None = None
    scale_max: int | None = None
    scale_labels: dict[str, str] = field(default_factory=dict)
    allow_other: bool = False


# ---------------------------------------------------------------------------- normalisation

_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
_CODE = re.compile(r"`([^`\n]*)`")
_HEADING = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?)", re.MULTILINE)


def strip_markdown(text: str) -> str:
    """Remove emphasis, inline code, heading and quote markers; keep list markers and line breaks."""
    text = _HEADING.sub("", text)
    text = _BOLD.sub(r"\2", text)
    text = _BOLD.sub(r"\2", text)
    text = _EM.sub(r"\1", text)
    text = _EM_UNDERSCORE.sub(r"\1", text)
    return _CODE.sub(r"\1", text)


def _is_decoration(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return ch.isspace() or cat.startswith("S") or cat in {"Mn", "Cf", "Co", "Cs"}


def strip_decoration(text: str) -> str:
    """Strip trailing/leading emoji, symbols and whitespace."""
    start, end = 0, len(text)
    while start < end and _is_decoration(text[start]):
        start += 1
    while end > start and _is_decoration(text[end - 1]):
        end -= 1
    return text[start:end]


_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+")


_ABBREVIATION = re.compile(
    r"\b(?:e\.g|i\.e|etc|vs|approx|incl|esp|ca|z\.\s?b|d\.\s?h|bzw|p\.\s?ex|ex|p\.\s?ej|mr|mrs|ms|dr|nr|n[º°o])\.",
    _I,
)
_DOT = "\u2024"  # stands in for an abbreviation's dot while splitting


def sentences(text: str) -> list[str]:
    """Split into sentences: line breaks always split; "e.g." and "1.5" do not."""
    out: list[str] = []
    for line in text.splitlines():
        line = strip_decoration(line)
        if not line:
            continue
        protected = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", _DOT), line)
        for part in _SENTENCE_END.split(protected):
            part = strip_decoration(part.replace(_DOT, "."))
            if part:
                out.append(part)
    return out


def clean_label(label: str) -> str:
    """An option label as written: markdown, spacing and a trailing ";" "," or "." removed."""
    label = re.sub(r"\s+", " ", strip_markdown(label)).strip()
    label = label.rstrip(" ;,")
    if label.endswith(".") and not label.endswith(".."):
        label = label[:-1].rstrip()
    return label


# ---------------------------------------------------------------------------- option lists

_ITEM_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("box", re.compile(r"^\s*(?:[-*•]\s*)?(?:\[\s?\]|☐|□|◻|◯|○|⬜|▢)\s*(?P<label>\S.*)$")),
    ("num", re.compile(r"^\s*(?P<key>\d{1,2})\s*[.)]\s+(?P<label>\S.*)$")),
    ("keycap", re.compile(r"^\s*(?P<key>\d)\ufe0f?\u20e3\s*(?P<label>\S.*)$")),
    ("pnum", re.compile(r"^\s*\((?P<key>\d{1,2})\)\s+(?P<label>\S.*)$")),
    ("point", re.compile(r"^\s*(?P<key>\d{1,2})\s*(?:=|:|-|–|—)\s*(?P<label>\S.*)$")),
    ("let", re.compile(r"^\s*(?P<key>[A-Za-z])\s*[.)]\s+(?P<label>\S.*)$")),
    ("plet", re.compile(r"^\s*\((?P<key>[A-Za-z])\)\s+(?P<label>\S.*)$")),
    ("bullet", re.compile(r"^\s*[-*•·‣◦▪▸►–]\s+(?P<label>\S.*)$")),
]


@dataclass
class _Block:
    kind: str
    keys: list[str]
    labels: list[str]
    start: int  # first line index
    end: int  # last line index


def _classify(line: str) -> tuple[str, str, str] | None:
    for kind, pattern in _ITEM_KINDS:
        m = pattern.match(line)
        if m:
            key = m.groupdict().get("key") or ""
            return kind, key, m.group("label")
    return None


def _sequence_ok(kind: str, keys: list[str]) -> bool:
    if kind in {"num", "pnum", "point", "keycap"}:
        nums = [int(k) for k in keys]
        first = nums[0]
        if first not in (0, 1):
            return False
        return nums == list(range(first, first + len(nums)))
    if kind in {"let", "plet"}:
        base = keys[0]
        if base not in ("a", "A"):
            return False
        return keys == [chr(ord(base) + i) for i in range(len(keys))]
    return True


def _find_blocks(lines: list[str]) -> list[_Block]:
    blocks: list[_Block] = []
    current: _Block | None = None
    for index, line in enumerate(lines):
        if not line.strip():
            continue  # blank lines may separate items of one list
        item = _classify(line)
        if item is not None and current is not None and item[0] == current.kind:
            current.keys.append(item[1])
            current.labels.append(item[2])
            current.end = index
            continue
        if current is not None:
            blocks.append(current)
            current = None
        if item is not None:
            current = _Block(item[0], [item[1]], [item[2]], index, index)
    if current is not None:
        blocks.append(current)
    return [b for b in blocks if len(b.labels) >= 2 and _sequence_ok(b.kind, b.keys)]


_TRAILER_OK = re.compile(
    r"\b(?:select|choose|pick|check|tick|rank|order|number|numbers|option|options|apply|one|reply|type|"
    r"selecciona|seleccione|elige|elija|marca|ordena|opci[óo]n|s[ée]lectionnez|choisissez|cochez|classez|"
    r"w[äa]hlen|ordnen|antwort|selecione|escolha|ordene|op[çc][ãa]o|other|otro|autre|sonstiges|outro)\b",
    _I,
)

# "Feel free to add context if none of these fit!" after the list: the list is still the answer
_AFTERTHOUGHT = re.compile(
    r"^(?:feel\s+free|you\s+can\s+also|you\s+may\s+also|if\s+none|or\s+(?:just\s+)?tell\s+me|"
    r"no\s+(?:right|wrong)\s+answers?|si\s+ninguna|n'h[ée]sitez\s+pas|gerne\s+auch|fique\s+[àa]\s+vontade)"
    r"[^?\n]{0,120}$",
    _I,
)

_LIKERT_WORDS = re.compile(
    r"\b(?:satisf\w*|agree|disagree|likely|unlikely|poor|fair|good|excellent|neutral|neither|"
    r"strongly|very|extremely|not\s+at\s+all|somewhat|slightly|moderately|important|easy|difficult)\b",
    _I,
)


def _last_nonblank_paragraph(lines: list[str]) -> str:
    chunk: list[str] = []
    for line in reversed(lines):
        if not line.strip():
            if chunk:
                break
            continue
        if _classify(line) is not None and chunk:
            break
        chunk.append(line)
    return "\n".join(reversed(chunk))


def _intro_text(lines: list[str], block: _Block, blocks: list[_Block]) -> str:
    previous_end = -1
    for other in blocks:
        if other.end < block.start:
            previous_end = max(previous_end, other.end)
    return "\n".join(lines[previous_end + 1 : block.start])


def _last_question(text: str) -> str:
    for sentence in reversed(sentences(text)):
        if sentence.endswith("?"):
            return sentence
    return ""


_BEST_DESCRIBES = re.compile(
    r"\b(?:best\s+describes?|describes?\s+(?:you\s+|it\s+)?best|describe\s+mejor|mejor\s+describe|"
    r"d[ée]crit\s+le\s+mieux|beschreibt\s+am\s+besten|descreve\s+melhor|melhor\s+descreve)\b",
    _I,
)


def _split_other(labels: list[str]) -> tuple[list[str], bool]:
    """Drop an 'Other (please specify)' option (the widget offers free text instead)."""
    out: list[str] = []
    allow_other = False
    for position, label in enumerate(labels):
        is_last = position == len(labels) - 1
        if OTHER_OPTION.match(label) and (is_last or SPECIFY_CUE.search(label)):
            bare = label.strip().lower()
            if bare in {"something else", "otra cosa"} and not SPECIFY_CUE.search(label):
                out.append(label)  # a real option, not a request for free text
                continue
            allow_other = True
            continue
        out.append(label)
    return out, allow_other


def _from_block(text: str, lines: list[str]) -> TextResult | None:
    blocks = _find_blocks(lines)
    if not blocks:
        return None
    block = blocks[-1]
    trailing = "\n".join(lines[block.end + 1 :]).strip()
    intro = _intro_text(lines, block, blocks).strip()
    if trailing and not _AFTERTHOUGHT.match(trailing):
        tail_sentences = sentences(trailing)
        if len(tail_sentences) > 2 or not _TRAILER_OK.search(trailing):
            return None
        if OPEN_CUE.search(trailing):
            return None
    if not intro:
        return None
    intro_question = _last_question(intro)
    intro_tail = sentences(intro)[-1] if sentences(intro) else ""
    cue_text = intro + "\n" + trailing
    # the words just before the list must ask something: a question, or a choice/rating cue
    if not (
        intro_tail.endswith("?")
        or CHOICE_CUE.search(intro_tail)
        or RATING_CUE.search(intro_tail)
        or MULTI_CUE.search(cue_text)
        or RANK_CUE.search(cue_text)
    ):
        return None
    asked = _BEST_DESCRIBES.sub(" ", intro_tail if intro_tail.endswith("?") else intro_question)
    if asked and OPEN_CUE.search(asked) and not RANK_CUE.search(cue_text):
        return None
    labels = [clean_label(label) for label in block.labels]
    if any(not label or len(label) > MAX_OPTION_LEN for label in labels):
        return None
    if len(labels) > MAX_OPTIONS:
        return None

    # labelled scale points: "1 = Very dissatisfied" ... "5 = Very satisfied"
    if block.kind == "point":
        nums = [int(k) for k in block.keys]
        if len(nums) >= 3 and (
            RATING_CUE.search(cue_text) or sum(bool(_LIKERT_WORDS.search(x)) for x in labels) >= 2
        ):
            if nums[-1] - nums[0] <= MAX_SCALE_SPAN:
                return TextResult(
                    type="scale",
                    scale_min=nums[0],
                    scale_max=nums[-1],
                    scale_labels={str(n): lab for n, lab in zip(nums, labels, strict=True)},
                )
        return None  # "1 - 2 hours" style lines are not options
    if block.kind in {"num", "pnum"}:
        scale = _find_scale(intro)
        if scale is not None:
            nums = [int(k) for k in block.keys]
            if nums[0] == scale.scale_min and nums[-1] == scale.scale_max:
                labels_map = dict(scale.scale_labels)
                labels_map.update({str(n): lab for n, lab in zip(nums, labels, strict=True)})
                scale.scale_labels = labels_map
                return scale

    options, allow_other = _split_other(labels)
    if len(options) < 2 and not (allow_other and options):
        return None
    if _dedupe_casefold(options) != options:
        return None
    lowered = {o.casefold() for o in options}
    if len(options) == 2 and lowered <= {
        "yes",
        "no",
        "sí",
        "si",
        "oui",
        "non",
        "ja",
        "nein",
        "sim",
        "não",
    }:
        return TextResult(type="yes_no")
    if RANK_CUE.search(cue_text):
        kind = "ranking"
    elif MULTI_CUE.search(cue_text):
        kind = "multiple_choice"
    else:
        kind = "single_choice"
    return TextResult(type=kind, options=options, allow_other=allow_other)


def _dedupe_casefold(options: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for option in options:
        key = option.casefold()
        if key not in seen:
            seen.add(key)
            out.append(option)
    return out


# ---------------------------------------------------------------------------- scales

_N = r"(?<![\d.,/$€£¥#:])(\d{1,3})(?![.,/]?\d)(?!\s*%)"
_TO = r"\s*(?:to|through|thru|-|–|—|a|al|à|bis|até|ao)\s*"
_LBL = r"(?:\s*\(([^()\d=:\n]{1,40})\))?"
_SCALE_WORD = r"(?:scale|escala|[ée]chelle|skala)"

_RANGE_STRONG = [
    # "scale of 1 to 10", "scale from 1 (poor) to 5 (excellent)", "escala del 1 al 5", "Skala von 1 bis 10"
    re.compile(
        _SCALE_WORD
        + r"\s+(?:of|from|de|del|von|da|do|entre|between|going\s+from)?\s*(?:the\s+)?"
        + _N
        + _LBL
        + _TO
        + _N
        + _LBL,
        _I,
    ),
    # "a 1-5 scale", "1 to 10 scale", "Skala 1-5"
    re.compile(_N + _LBL + _TO + _N + _LBL + r"[\s-]*(?:point\s+)?" + _SCALE_WORD, _I),
    # "del 1 al 10" (es), "von 1 bis 10" (de)
    re.compile(r"\bdel\s+" + _N + _LBL + r"\s+al\s+" + _N + _LBL, _I),
    re.compile(r"\bvon\s+" + _N + _LBL + r"\s+bis\s+" + _N + _LBL, _I),
]
_RANGE_WEAK = [
    re.compile(
        r"\b(?:from|de|von|da|between|entre|zwischen)\s+"
        + _N
        + _LBL
        + r"\s*(?:to|-|–|a|à|bis|até|and|y|et|und|e)\s*"
        + _N
        + _LBL,
        _I,
    ),
    re.compile(_N + _LBL + r"\s*(?:-|–|to)\s*" + _N + _LBL, _I),
]
_POINT_SCALE = re.compile(r"\b(\d{1,2})[\s-]*point\s+(?:" + _SCALE_WORD + r"|rating)", _I)
_OUT_OF = re.compile(r"\b(?:out\s+of|sur)\s+(5|7|10)\b(?![.,]?\d)", _I)
_NUMBER_BEFORE = re.compile(r"\d\s*(?:/\s*)?$")

_LABEL_VERB = (
    r"(?:=|:|means|meaning|is|being|represents|stands\s+for|significa|signifique|signifie|"
    r"correspond\s+[àa]|est|bedeutet|steht\s+f[üu]r|é|es|sea|seja)"
)
_LABEL_STOP = r"(?=\s*(?:[,;)\n—–]|\.(?:\s|$)|\?|$|\s(?:and|y|et|und|e|while|whereas)\s+\d))"


def _label_for(text: str, point: int) -> str | None:
    pattern = re.compile(
        r"(?<![\d.])\b"
        + str(point)
        + r"\b\s*"
        + _LABEL_VERB
        + r"\s*[\"'“«‘]?\s*([^\d\n,;()?—–][^\n,;()?—–]{0,60}?)"
        + r"[\"'”»’]?"
        + _LABEL_STOP,
        _I,
    )
    m = pattern.search(text)
    if m:
        label = clean_label(m.group(1).strip(" \"'“”«»"))
        if label and not label[0].isdigit():
            return label
    return None


_DE_WOBEI = re.compile(
    r"\bwobei\s+(\d{1,2})\s+(?:f[üu]r\s+)?(.{1,60}?)\s+(?:steht\s+)?und\s+(\d{1,2})\s+(?:f[üu]r\s+)?(.{1,60}?)\s+"
    r"(?:bedeutet|bedeuten|steht|stehen)\b",
    _I,
)


def _endpoint_labels(text: str, low: int, high: int) -> dict[str, str]:
    labels: dict[str, str] = {}
    m = _DE_WOBEI.search(text)
    if m and int(m.group(1)) == low and int(m.group(3)) == high:
        labels[str(low)] = clean_label(m.group(2))
        labels[str(high)] = clean_label(m.group(4))
        return labels
    for point in (low, high):
        label = _label_for(text, point)
        if label:
            labels[str(point)] = label
    return labels


def _valid_range(low: int, high: int) -> bool:
    return low in (0, 1) and 2 <= high - low and high <= MAX_SCALE_SPAN + low and high >= 3


def _range_in(sentence: str, strong_only: bool) -> tuple[int, int, dict[str, str]] | None:
    patterns = _RANGE_STRONG if strong_only else _RANGE_STRONG + _RANGE_WEAK
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            low, low_label, high, high_label = m.group(1), m.group(2), m.group(3), m.group(4)
            lo, hi = int(low), int(high)
            if not _valid_range(lo, hi):
                continue
            labels: dict[str, str] = {}
            if low_label:
                labels[str(lo)] = clean_label(low_label)
            if high_label:
                labels[str(hi)] = clean_label(high_label)
            return lo, hi, labels
    return None


_NUMBER_WORDS = {
    "zero": 0, "one": 1, "three": 3, "five": 5, "seven": 7, "ten": 10,
    "cero": 0, "uno": 1, "cinco": 5, "siete": 7, "diez": 10,
    "zéro": 0, "un": 1, "cinq": 5, "sept": 7, "dix": 10,
    "null": 0, "eins": 1, "fünf": 5, "sieben": 7, "zehn": 10,
    "um": 1, "sete": 7, "dez": 10,
}  # fmt: skip
_WORD_RANGE = re.compile(
    _SCALE_WORD + r"(\s+(?:of|from|de|del|von|da|do)\s+)(\w+)(\s+(?:to|a|al|à|bis|até|ao)\s+)(\w+)",
    _I,
)


def _digits_for_words(text: str) -> str:
    """ "scale of one to ten" -> "scale of 1 to 10" (only inside such a phrase)."""

    def swap(m: re.Match[str]) -> str:
        low, high = _NUMBER_WORDS.get(m.group(2).lower()), _NUMBER_WORDS.get(m.group(4).lower())
        if low is None or high is None:
            return m.group(0)
        head = m.group(0)[: m.start(1) - m.start(0)]
        return f"{head}{m.group(1)}{low}{m.group(3)}{high}"

    return _WORD_RANGE.sub(swap, text)


def _find_scale(text: str) -> TextResult | None:
    """A scale asked in the final part of ``text`` (None when the final ask is something else)."""
    parts = sentences(_digits_for_words(text))
    if not parts:
        return None
    question_index = None
    for index in range(len(parts) - 1, -1, -1):
        if parts[index].endswith("?"):
            question_index = index
            break
    anchor = question_index if question_index is not None else len(parts) - 1
    # the ask itself, the sentence before it, and any instruction after it
    window = parts[max(0, anchor - 1) :]  # the ask, the sentence before it, instructions after it
    if len(window) > 4:
        return None
    final = parts[anchor]
    if OPEN_CUE.search(final) and not RATING_CUE.search(final):
        return None
    joined = " ".join(window)

    final_rates = bool(RATING_CUE.search(final) or NPS_CUE.search(final))
    found: tuple[int, int, dict[str, str]] | None = None
    window_start = max(0, anchor - 1)
    for offset, sentence in enumerate(window):
        if question_index is not None and window_start + offset != anchor and not final_rates:
            continue  # "You mentioned the 1-5 rating. What would you change?" asks something else
        found = _range_in(sentence, strong_only=True)
        if found is None and (RATING_CUE.search(sentence) or final_rates):
            found = _range_in(sentence, strong_only=False)
        if found is not None:
            break
    if found is None:
        m = _POINT_SCALE.search(joined)
        if m and 3 <= int(m.group(1)) <= MAX_SCALE_SPAN:
            found = (1, int(m.group(1)), {})
    if found is None and RATING_CUE.search(joined):
        for sentence in window:
            m = _OUT_OF.search(sentence)
            if m and not _NUMBER_BEFORE.search(sentence[: m.start()]):
                high = int(m.group(1))
                found = (0 if high == 10 else 1, high, {})
                break
    nps = False
    if found is None and NPS_CUE.search(joined):
        found = (0, 10, {})
        nps = True
    if found is None and RATING_CUE.search(joined):
        # "(1 = poor, 5 = excellent)": the endpoints alone define the scale
        points = re.findall(
            r"(?<![\d.])\b(\d{1,2})\s*(?:=|:|being|is|means|signifie|significa|bedeutet)\s*[^\d\s]",
            joined,
            flags=re.IGNORECASE,
        )
        if len(points) >= 2:
            lo, hi = int(points[0]), int(points[-1])
            if _valid_range(lo, hi):
                found = (lo, hi, {})
    if found is None:
        return None
    low, high, labels = found
    for key, value in _endpoint_labels(joined, low, high).items():
        labels.setdefault(key, value)
    result = TextResult(type="scale", scale_min=low, scale_max=high, scale_labels=labels)
    if nps:
        result.scale_labels = {}
        result.type = "nps"
    return result


# ---------------------------------------------------------------------------- inline options

_OR = r"(?:or|o|u|ou|oder)"
_AND = r"(?:and|y|e|et|und)"
_ITEM_SPLIT = re.compile(
    r"\s*,\s*(?:" + _OR + r"\s+|" + _AND + r"\s+)?|\s+" + _OR + r"\s+|\s+" + _AND + r"\s+", _I
)
_HAS_OR = re.compile(r"(?:,|\s)\s*" + _OR + r"\s+\S+\s*$", _I)
_HAS_AND = re.compile(r"(?:,|\s)\s*" + _AND + r"\s+\S+", _I)


def _split_heads(final: str) -> list[tuple[str, str]]:
    """ "Which do you prefer: A, B, or C?" -> [(head, items)]; also with " — " instead of ":"."""
    body = final.rstrip()
    if body.endswith(("?", ".", "!")):
        body = body[:-1]
    found = []
    for separator in (":", " — ", " – "):
        index = body.rfind(separator)
        if index >= 3:
            head, items = body[:index], body[index + len(separator) :].strip()
            if 3 <= len(items) <= 300 and "?" not in items and ":" not in items:
                found.append((head, items))
    return found


def _inline_options(final: str, context: str) -> TextResult | None:
    if OPEN_CUE.search(final):
        return None
    for head, items_text in _split_heads(final):
        result = _inline_items(head, items_text, context)
        if result is not None:
            return result
    return None


_NUMERIC_ITEM = re.compile(r"^\d{1,4}(?:\s*[-–]\s*\d{1,4}|\+)?$")


def _inline_items(
    head: str, items_text: str, context: str, cued: bool = False
) -> TextResult | None:
    cue_text = head + " " + context
    rank = bool(RANK_CUE.search(cue_text))
    multi = bool(MULTI_CUE.search(cue_text))
    if not (cued or rank or multi or CHOICE_CUE.search(head)):
        return None
    tail = items_text.split(",")[-1]
    has_or = bool(_HAS_OR.search(" " + tail)) or bool(
        re.search(r"\s" + _OR + r"\s", items_text, _I)
    )
    has_and = bool(_HAS_AND.search(" " + items_text))
    if re.search(r"\d[,.]\d{3}\b|[$€£¥]", items_text):
        return None  # "under $1,000, $1,000-5,000, or more": prices, not options
    items = [clean_label(x) for x in _ITEM_SPLIT.split(items_text)]
    if any(not re.search(r"[^\W\d_]", x) and not _NUMERIC_ITEM.match(x) for x in items):
        return None
    items = [x for x in items if x]
    if len(items) < 2 or len(items) > 8:
        return None
    for item in items:
        words = item.split()
        if (
            len(words) > 5
            or len(item) > 40
            or (any(ch.isdigit() for ch in item) and len(words) > 3)
        ):
            return None
    if rank:
        kind = "ranking"
    elif multi:
        kind = "multiple_choice"
    elif has_or and not has_and:
        kind = "single_choice"
    else:
        return None
    if kind == "ranking" and len(items) < 3 and not (has_or or has_and):
        return None
    options, allow_other = _split_other(items)
    if len(options) < 2:
        return None
    return TextResult(type=kind, options=options, allow_other=allow_other)


# ---------------------------------------------------------------------------- yes / no

_YES_NO_START = re.compile(
    r"""^(?:
        (?:have|has|had|did|do|does|are|is|was|were|will|would|should|shall)\s+
            (?:you|your|i|we|they|it|the|this|that|there|anyone|any|someone|y'all|ya)\b
      | (?:are|were)\s+you\b
      | (?:is|was)\s+(?:the|it|this|that|your|there)\b
      | (?:has|have)\s+(?:anyone|anybody)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_YES_NO_BLOCK = re.compile(
    r"""
    ^(?:is|are)\s+there\b|\bmake\s+sense\b
  | ^would\s+you\s+(?:mind|be\s+able|like\s+to\s+(?:share|tell|add|describe|explain|talk|walk|elaborate))
  | ^(?:do|does|did)\s+you\s+have\s+any\s+(?:other|more|further|additional|final)\b
  | ^is\s+there\s+(?:anything|something)\b
  | \b(?:anything|something|anyone)\s+else\b|\bany\s+(?:other|more|further|additional)\b
  | \b(?:what|which|how|why|when|where|who|whom|whose)\b
  | \b(?:tell(?:ing)?|describ(?:e|ing)|explain(?:ing)?|shar(?:e|ing)|elaborat(?:e|ing)|walk(?:ing)?|talk(?:ing)?)\b
  | \bopen\s+to\b|\ba\s+(?:bit|little)\s+more\b|\bmore\s+(?:about|detail|details)\b
  | \bif\s+so\b
    """,
    re.IGNORECASE | re.VERBOSE,
)

_YES_NO_START_L10N = re.compile(
    r"""^(?:
        ¿?\s*(?:has|han|hab[ée]is|habr[íi]as|alguna\s+vez|usas|utilizas|usaste|utilizaste|usar[íi]as|
              utilizar[íi]as|recomendar[íi]as|pagar[íi]as|est[áa]s|eres|tienes|sueles|sab[íi]as|conoces)\b
      | (?:avez|[êe]tes|utilisez|utiliseriez|recommanderiez|payeriez|connaissez|saviez|aviez)-vous\b
      | (?:as|es|utilises|connais)-tu\b
      | est-ce\s+que\b
      | (?:haben|hatten|sind|waren|nutzen|verwenden|w[üu]rden|werden|kennen|wussten|zahlen|bezahlen)\s+sie\b
      | (?:hast|bist|nutzt|w[üu]rdest)\s+du\b
      | voc[êe]\s+(?:j[áa]|usa|utiliza|usou|utilizou|usaria|utilizaria|recomendaria|pagaria|est[áa]|tem|conhece|sabia)\b
      | j[áa]\s+(?:usou|utilizou|experimentou|contactou|recomendou)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_YES_NO_BLOCK_L10N = re.compile(
    r"""\b(?:qu[ée]|c[óo]mo|cu[áa]l|cu[áa]ndo|d[óo]nde|por\s+qu[ée]|algo\s+m[áa]s|cu[ée]ntame|
        que|quoi|comment|quel|quelle|pourquoi|autre\s+chose|d[ée]crire|raconter|
        was|wie|welche|warum|wann|wo|sonst|erz[äa]hlen|beschreiben|
        como|qual|quando|onde|por\s+que|mais\s+alguma|conte|descrever)\b""",
    re.IGNORECASE | re.VERBOSE,
)


_WH_START = re.compile(
    r"^(?:what|which|how|why|when|where|who|is|are|do|does|did|have|has|can|could|would|will|"
    r"qu[ée]|c[óo]mo|cu[áa]l|quel|quelle|comment|was|wie|welche|qual|como|o\s+que)\b",
    re.IGNORECASE,
)
_LEAD_IN = re.compile(r"^.{0,80}?(?::|\s[—–]\s|\s-\s)\s*(?=\S)")
_OR_EN_FR_DE = re.compile(r"\s(?:or|ou|oder)\s|,\s*(?:or|ou|oder)\b", re.IGNORECASE)
_OR_ES = re.compile(r"\s[ou]\s", re.IGNORECASE)  # Spanish "o"/"u" (in Portuguese "o" is "the")


def _yes_no(final: str, trailing_after_final: str) -> bool:
    if trailing_after_final:
        return False
    sentence = final.lstrip("¿¡ \"'“")
    # drop a short lead-in: "Quick one: did you…?", "Before we continue — are you…?"
    lead = _LEAD_IN.match(sentence)
    if lead:
        sentence = sentence[lead.end() :].lstrip("¿¡ \"'“")
    sentence = re.sub(r"\([^()]*\)", " ", sentence)  # "(e.g. healthcare or finance)" is an example
    spanish = final.lstrip().startswith("¿")
    alternatives = bool(_OR_EN_FR_DE.search(sentence) or (spanish and _OR_ES.search(sentence)))
    if _YES_NO_START.match(sentence):
        return not (_YES_NO_BLOCK.search(sentence) or alternatives)
    if _YES_NO_START_L10N.match(sentence):
        # "est-ce que" is French; its "que" is not a wh-word
        probe = re.sub(r"^est-ce\s+que\b", "", sentence, flags=re.IGNORECASE)
        return not (_YES_NO_BLOCK_L10N.search(probe) or alternatives)
    return False


# ---------------------------------------------------------------------------- entry point


_CODE_FENCE = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)


def detect_text(content: str) -> TextResult:
    # fenced code (e.g. a broken machine block) is not part of what the interviewer asks
    text = strip_markdown(_CODE_FENCE.sub("\n", content[-MAX_ANALYSED:]))
    lines = text.splitlines()
    block_result = _from_block(text, lines)
    if block_result is not None:
        return block_result
    if _find_blocks(lines):
        return TextResult()  # a list that is not the options of the final ask ("Here's a recap: …")

    parts = sentences(text)
    if not parts:
        return TextResult()
    question_index = None
    for index in range(len(parts) - 1, -1, -1):
        if parts[index].endswith("?"):
            question_index = index
            break
    final = parts[question_index] if question_index is not None else parts[-1]
    after = parts[question_index + 1 :] if question_index is not None else []
    after_text = " ".join(after)

    scale = _find_scale(text)
    if scale is not None:
        return scale

    last_paragraph = _last_nonblank_paragraph(lines)
    last_line = strip_decoration(last_paragraph.splitlines()[-1]) if last_paragraph else ""
    inline = _inline_options(last_line, last_paragraph)
    if inline is not None:
        return inline
    # "How often do you use it? Daily, weekly, monthly, or less often?"
    if question_index is not None and question_index >= 1 and not after:
        asked = parts[question_index - 1]
        listed = final.rstrip("?").strip()
        if (
            asked.endswith("?")
            and (CHOICE_CUE.search(asked) or RATING_CUE.search(asked))
            and not OPEN_CUE.search(asked)
            and listed.count(",") >= 2
            and not _YES_NO_START.match(listed)
            and not _WH_START.match(listed)
        ):
            listed_result = _inline_items(asked, listed, "", cued=True)
            if listed_result is not None:
                return listed_result

    window = " ".join(parts[-2:])
    if YES_NO_EXPLICIT.search(window) and not OPEN_CUE.search(final):
        return TextResult(type="yes_no")
    if question_index is not None and _yes_no(final, after_text):
        return TextResult(type="yes_no")
    return TextResult()
