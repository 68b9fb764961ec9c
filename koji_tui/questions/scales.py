"""Stage 2: a rating scale stated in the final ask ("on a scale of 1 to 10", NPS, "out of 5").

A scale range in the ask ("on a scale of 1 to 10", "from 0-10", "1 (poor) to 5 (excellent)",
"out of 10", "rate … 1-5", "(1 = poor, 5 = excellent)", "1 being X, 10 being Y", "a 5-point
scale", "scale of one to ten") or an NPS question ("how likely … recommend" -> 0-10). A range in
an earlier sentence counts only when the final question asks for a rating; a row of points
or stars drawn under the question is its range (koji_tui.questions.drawn); a range alone in
parentheses after such a question too ("Wie viele Sterne …? (1 bis 5)"); the two ends as the
last two lines, a legend under an ask that rates ("1 – strongly disagree\n7 – strongly
agree"). A range after a
possessive names a rating already given ("compared to last year's 1-5 rating"), not the scale.
"""

from __future__ import annotations

import re
from functools import cache

from koji_tui.questions.cues import ALL, family, fold
from koji_tui.questions.drawn import drawn_row
from koji_tui.questions.lexicon import NUMBER_WORDS, SCALE_WORDS
from koji_tui.questions.normalize import clean_label, sentences
from koji_tui.questions.points import NUMBER_ASKED, asks_rating, legend, point_value, valid_range
from koji_tui.questions.result import MAX_SCALE_SPAN, TextResult
from koji_tui.questions.spoken import digits_for_words

_I = re.IGNORECASE
_W = SCALE_WORDS

_N = r"(?<![\d.,/$€£¥#:])(\d{1,3})(?![.,/]?\d)(?!\s*%)"
_TO = r"\s*(?:" + _W["to"] + r")\s*"
_LBL = r"(?:\s*\(([^()\d=:\n]{1,40})\))?"
_SCALE_WORD = r"(?:" + _W["scale"] + r")"
_UNIT = r"(?:\s+(?:" + _W["star"] + r"))?"  # "from 1 STAR to 5 stars"

_RANGE_STRONG = [
    # "scale of 1 to 10", "scale from 1 (poor) to 5 (excellent)", "escala del 1 al 5"
    re.compile(
        _SCALE_WORD + r"\s+(?:" + _W["from"] + r")?\s*(?:the\s+)?" + _N + _LBL + _TO + _N + _LBL,
        _I,
    ),
    # "a 1-5 scale", "1 to 10 scale", "Skala 1-5"
    re.compile(
        _N + _LBL + _TO + _N + _LBL + r"[\s-]*(?:" + _W["point"] + r"\s+)?" + _SCALE_WORD, _I
    ),
    # "1 to 5 stars", "1 bis 5 Sterne", "de 1 a 5 estrellas"; the unit after each end too ("from
    # 1 star to 5 stars", "de 1 estrella a 5 estrellas", "von 1 Stern bis 5 Sterne")
    re.compile(_N + _LBL + _UNIT + _TO + _N + _LBL + r"\s+(?:" + _W["stars"] + r")\b", _I),
    # the label after the unit: "de 1 étoile (bof) à 5 étoiles (super !)"
    re.compile(
        _N
        + r"\s+(?:"
        + _W["star"]
        + r")"
        + _LBL
        + _TO
        + _N
        + r"\s+(?:"
        + _W["stars"]
        + r")\b"
        + _LBL,
        _I,
    ),
    # "del 1 al 10" (es), "von 1 bis 10" (de)
    re.compile(r"\bdel\s+" + _N + _LBL + r"\s+al\s+" + _N + _LBL, _I),
    re.compile(r"\bvon\s+" + _N + _LBL + r"\s+bis\s+" + _N + _LBL, _I),
]
_RANGE_WEAK = [
    re.compile(
        r"\b(?:" + _W["weak_from"] + r")\s+" + _N + _LBL
        + r"\s*(?:" + _W["weak_to"] + r")\s*" + _N + _LBL,
        _I,
    ),
    re.compile(_N + _LBL + r"\s*(?:-|–|to|bis|até)\s*" + _N + _LBL, _I),  # "– 1 bis 5?"
    # "(1 a 5)", "(1 bis 5 ⭐)": a range alone in parentheses, after a question that rates
    re.compile(r"^\(\s*" + _N + r"\s*(?:" + _W["to"] + r")\s*" + _N + r"[^()\d]{0,4}\)$", _I),
]  # fmt: skip
_REFERENCE = re.compile(r"(?:" + _W["reference"] + r")\s*$", _I)
_POINT_SCALE = re.compile(
    r"\b(\d{1,2})[\s-]*" + _W["point"] + r"\s+(?:" + _SCALE_WORD + r"|rating)", _I
)
# "out of 10", "sur cinq", "sobre cinco": the top, in digits or in words
_OUT_OF = re.compile(
    r"\b(?:" + _W["out_of"] + r")\s+(5|7|10|five|seven|ten|cinco|siete|diez|cinq|sept|dix|fünf"
    r"|sieben|zehn|sete|dez)\b(?![.,]?\d)",
    _I,
)
_NUMBER_BEFORE = re.compile(r"\d\s*(?:/\s*)?$")
_ENDPOINT = re.compile(r"(?<![\d.])\b(\d{1,2})\s*(?:" + _W["point_verb"] + r")\s*[^\d\s]", _I)
_LABEL_VERB = r"(?:" + _W["label_verb"] + r")"
_UNIT = r"(?:(?:" + _W["star"] + r")\s*)?"
_LABEL_STOP = (  # … or the next point: "1 = very difficult 5 = very easy"
    r"(?=\s*(?:[,;)\]\n—–·▸►→|]|\.(?:\s|$)|\?|$|\s(?:"
    + _W["label_and"]
    + r")\s+(?:\d|(?:"
    + "|".join(NUMBER_WORDS)
    + r")\s)|\d{1,2}\s*(?:=|:)|/\s*\d{1,2}\s*(?:=|:)|\s(?:to|through|a|al|hasta|à|au|bis|até|ao)\s+\d{1,2}\b))"
)  # … or the range going on: "from 0 = not at all likely TO 10 = extremely likely"
# "wobei 1 für X und 5 für Y steht", "wobei eins X und fünf Y heisst", "wobei 1 X ist und 5 Y."
_DE_WOBEI = re.compile(
    r"\b(?:" + _W["de_where"] + r")\s+(\d{1,2}|[^\W\d_]{3,6})\s+(?:" + _W["de_for"]
    + r"\s+)?(.{1,60}?)\s+(?:(?:" + _W["de_stands"] + r")\s+)?(?:" + _W["de_and"]
    + r")\s+(\d{1,2}|[^\W\d_]{3,6})\s+(?:" + _W["de_for"] + r"\s+)?(.{1,60}?)"
    r"(?:\s+(?:" + _W["de_stands"] + r")\b|\s*(?=[.?!;):]|$))",
    _I,
)  # fmt: skip
# the verb before the points: "siendo 1 nada satisfecho y 5 muy satisfecho", "sendo 1 … e 5 …"
_VERB_FIRST = re.compile(
    r"\b(?:"
    + _W["verb_first"]
    + r")\s+(\d{1,2})\s+(?:=\s*)?([^\d\n,;()?]{1,60}?)\s+(?:"
    + _W["label_and"]
    + r")\s+(\d{1,2})\s+(?:=\s*)?([^\d\n,;()?]{1,60}?)\s*(?=[,;)?.]|$)",
    _I,
)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBER_WORDS[fold(word)]


@cache
def _point(point: int) -> str:
    """A point in words ("where ONE is …, SEVEN is …")."""
    return r"(?:" + "|".join(w for w, value in NUMBER_WORDS.items() if value == point) + r")"


def _label_for(text: str, point: int) -> str | None:
    pattern = re.compile(  # "1 = X", "one means X", "1 star = X" (the unit before the verb)
        r"(?<![\d.])\b(?:" + str(point) + r"\b\s*" + _UNIT + _LABEL_VERB
        + r"|" + _point(point) + r"\s+" + _LABEL_VERB + r"(?!\w))"
        + r"\s*[\"'“«‘]?\s*([^\d\n,;()\[\]?—–][^\n,;()\[\]?—–]{0,60}?)" + r"[\"'”»’]?" + _LABEL_STOP,
        _I,
    )  # fmt: skip
    for m in pattern.finditer(text):
        if text[m.end() :].lstrip()[:1] == "?" and len(m.group(1).split()) > 3:
            continue  # "une note entre 0 et 10 : à quel point tu recommanderais …?" asks
        label = clean_label(m.group(1).strip(_LABEL_QUOTES).rstrip(" .…→"))  # "X … 5 = Y"
        # "von 0 bis 10: Wie wahrscheinlich …": a question after the range is no label
        if label and not label[0].isdigit() and family("wh").match(fold(label)) is None:
            return label
    return None


def endpoint_labels(text: str, low: int, high: int) -> dict[str, str]:
    """Labels of the two ends ("where 1 is poor and 5 is excellent"), as written."""
    labels: dict[str, str] = {}
    m = _DE_WOBEI.search(text)
    if m and point_value(m.group(1)) == low and point_value(m.group(3)) == high:
        labels[str(low)] = _end_label(m.group(2))  # "wobei 0 = „gar nicht“ und 10 = …"
        labels[str(high)] = _end_label(m.group(4))
        return labels
    m = _VERB_FIRST.search(text)
    if m and int(m.group(1)) == low and int(m.group(3)) == high:
        labels[str(low)] = clean_label(m.group(2)).strip(_LABEL_QUOTES)
        labels[str(high)] = clean_label(m.group(4)).strip(_LABEL_QUOTES)
        return labels
    for point in (low, high):
        label = _label_for(text, point)
        if label:
            labels[str(point)] = label
    if str(low) in labels and str(high) not in labels:
        # the verb said once for both ends: "où 1 signifie X et 5 Y", "em que 1 significa X e 5 Y"
        elided = re.compile(
            r"(?:\s(?:"
            + _W["label_and"]
            + r")|,)\s+(?:"
            + str(high)
            + "|"
            + _point(high)
            + r")\s+"
            + _UNIT  # "1 star being very hard, 5 stars very easy"
            + r"[\"'“«‘„]?\s*"
            r"([^\d\n,;()\[\]?—–=:][^\n,;()\[\]?—–]{0,60}?)[\"'”»’“]?" + _LABEL_STOP,
            _I,
        )
        found = elided.search(text)
        if found:
            label = clean_label(found.group(1).strip(_LABEL_QUOTES))
            if re.search(r"correspond", text, _I):  # "0 correspond à X et 10 à Y": Y
                label = re.sub(r"^(?:à|a|au|ao|to)\s+", "", label, flags=_I)
            if label and not label[0].isdigit():
                labels[str(high)] = label
    return labels


_LABEL_QUOTES = " \"'“”«»„‘’‚"


def _end_label(label: str) -> str:
    """An end's label after "wobei 0": an "=" or ":" before it and its quotes left out; a
    quoted label ends at its closing quote ("„sehr hilfreich“: Wie …")."""
    label = clean_label(label).lstrip("=: ")
    quoted = _QUOTED_LABEL.match(label)
    return (quoted.group(1) if quoted else label).strip(_LABEL_QUOTES)


_QUOTED_LABEL = re.compile(r"^[„‚“«\"']\s*([^„‚“”«»\"']{1,60}?)\s*[“‘”»\"']")


def _range_in(sentence: str, strong_only: bool) -> tuple[int, int, dict[str, str]] | None:
    patterns = _RANGE_STRONG if strong_only else _RANGE_STRONG + _RANGE_WEAK
    for pattern in patterns:
        for m in pattern.finditer(sentence):
            if pattern.groups == 2:  # the range alone in parentheses: no labels
                lo, hi = int(m.group(1)), int(m.group(2))
                return (lo, hi, {}) if valid_range(lo, hi) else None
            lo, hi = int(m.group(1)), int(m.group(3))
            if not valid_range(lo, hi) or _REFERENCE.search(sentence[: m.start()]):
                continue  # "compared to last year's 1-5 rating" names a rating given
            labels: dict[str, str] = {}
            if m.group(2):
                labels[str(lo)] = clean_label(m.group(2))
            if m.group(4):
                labels[str(hi)] = clean_label(m.group(4))
            return lo, hi, labels
    return None


# a question of degree ("How smooth was …?", "¿Qué tan fácil …?", "Wie einfach war …?")
_DEGREE = re.compile(
    r"^\W*(?:how\s+[a-z]+\s+(?:was|is|were|are|did|does|do)\b|que\s+tan\b|cuan\b|a\s+quel\s+"
    r"point\b|dans\s+quelle\s+mesure\b|wie\s+[a-z]+\s+(?:war|ist|waren|sind|fanden|findest|"
    r"finden)\b|quao\b|o\s+quanto\b|cuanto\s+(?:te\s+|le\s+|se\s+)?[a-z]+\b|quelle\s+"
    r"confiance\b|how\s+much\s+do\s+you\b|wie\s+(?:sehr|viel)\b|quanta\s+confianca\b)"
)


def _tells_rating(sentence: str, final: str, langs: tuple[str, ...]) -> bool:
    """Whether a sentence after the ask tells how to rate it: a rating word after a question of
    degree ("How smooth was it? Give it 1 to 5 stars."), or a range with both ends named
    ("¿Cuánto dolor …? Indíquelo con un número del 0 al 10, siendo 0 sin dolor y 10 …")."""
    if _rates(sentence, langs) and _DEGREE.match(fold(final)):
        return True
    found = _range_in(sentence, strong_only=False)
    if found is not None and NUMBER_ASKED.search(fold(sentence)):
        return True  # "Dígame un número del 1 al 5.", "Choisis un chiffre de 1 à 5."
    return found is not None and len(endpoint_labels(sentence, found[0], found[1])) == 2


def _rates(text: str, langs: tuple[str, ...]) -> bool:
    return family("rating", langs).search(fold(text)) is not None


def _nps(text: str, langs: tuple[str, ...]) -> bool:
    """ "how likely … recommend" in one sentence (Net Promoter Score)."""
    for sentence in sentences(text):
        folded = fold(sentence)
        likely = family("nps_likely", langs).search(folded)
        if likely and family("nps_recommend", langs).search(folded, likely.end()):
            return True
    return False


def find_scale(text: str, langs: tuple[str, ...] = ALL, rated: bool = False) -> TextResult | None:
    """A scale asked in the final part of ``text`` (None when the final ask is something else);
    ``rated``: the ask is known to rate (a survey item's label closed by a range)."""
    parts = sentences(digits_for_words(text))
    if not parts:
        return None
    if "\n" in text:
        told = legend(text, langs, rated)
        if told is not None:
            return told

    question_index = None
    for index in range(len(parts) - 1, -1, -1):
        if parts[index].endswith("?"):
            question_index = index
            break
    anchor = question_index if question_index is not None else len(parts) - 1
    window = parts[max(0, anchor - 1) :]  # the ask, the sentence before it, instructions after it
    if len(parts) - anchor > 4:  # three lines after the ask at most (a quote, a row, a legend)
        return None
    final = parts[anchor]
    if family("open", langs).search(fold(final)) and not _rates(final, langs):
        return None
    joined = " ".join(window)

    final_rates = rated or asks_rating(final, langs) or _nps(final, langs)
    found: tuple[int, int, dict[str, str]] | None = None
    window_start = max(0, anchor - 1)
    for offset, sentence in enumerate(window):
        position = window_start + offset
        if question_index is not None and position != anchor and not final_rates:
            # "You mentioned the 1-5 rating. What would you change?" asks something else; after
            # the ask, a sentence that rates tells how to answer it ("Give it 1 to 5 stars.")
            if position < anchor or not _tells_rating(sentence, final, langs):
                continue
        found = _range_in(sentence, strong_only=True)
        if found is None and (_rates(sentence, langs) or final_rates):
            found = _range_in(sentence, strong_only=False)
        if found is None:  # "from 0 (never) to 10 (always)": both ends named, no count
            named = _range_in(sentence, strong_only=False)
            found = named if named is not None and len(named[2]) == 2 else None
            if named is not None and found is None:  # "De 0 à 6, 0 étant X et 6 Y, comment …?"
                ends = endpoint_labels(sentence, named[0], named[1])
                found = named if len(ends) == 2 else None
        if found is not None:
            break
    if found is None:
        m = _POINT_SCALE.search(joined)
        if m and 3 <= int(m.group(1)) <= MAX_SCALE_SPAN:
            found = (1, int(m.group(1)), {})
    asks = final_rates or question_index is not None or _rates(" ".join(parts[-4:]), langs)
    if found is None and asks:
        row = drawn_row(text)  # "How happy are you? 😞 1 2 3 4 5 😍", "Rate it ★☆☆☆☆ → ★★★★★"
        if row is not None:
            found = (*row, {})
    # "(1 = poor, 5 = excellent)", "1 being terrible, 10 being excellent": named endpoints
    if question_index is not None and not final_rates:
        joined = " ".join(parts[anchor:])  # "You answered 2 on the [1 = X, 5 = Y] one. Why?"
    points = [int(p) for p in _ENDPOINT.findall(joined)]
    rates = rated or asks_rating(joined, langs)
    if found is None and (rates or len(points) >= 2):
        for sentence in window:
            m = _OUT_OF.search(sentence)
            if m and not _NUMBER_BEFORE.search(sentence[: m.start()]):
                high = _number(m.group(1))
                first = _VERB_FIRST.search(joined)  # "sobre diez, siendo 1 …"
                named = [*points, *([int(first.group(1))] if first else [])]
                named_one = 1 in named and 0 not in named  # "Out of 10 (1 being …)"
                found = (0 if high == 10 and not named_one else 1, high, {})
                break
    nps = False
    if found is None and (rates or _nps(joined, langs)) and len(points) >= 2:
        # the endpoints alone define the scale, before an NPS question's default 0-10
        if valid_range(points[0], points[-1]):
            found = (points[0], points[-1], {})
            nps = _nps(joined, langs) and (points[0], points[-1]) == (0, 10)
    if found is None and _nps(joined, langs):
        found = (0, 10, {})
        nps = True
    if found is None and question_index is not None:  # "…?\n1 = terrible · 5 = perfect"
        told = " ".join(parts[anchor + 1 :])
        ends = [int(p) for p in _ENDPOINT.findall(told)]
        legend_only = re.match(r"^\(?\s*\d{1,2}\s*=", told) is not None  # not "You said 1 means …"
        if (
            legend_only
            and len(ends) == 2
            and valid_range(*ends)
            and len(endpoint_labels(told, *ends)) == 2
        ):
            found = (ends[0], ends[1], {})
    if found is None:
        return None
    low, high, labels = found
    for key, value in endpoint_labels(joined, low, high).items():
        labels.setdefault(key, value)
    if nps:
        return TextResult(type="nps", scale_min=low, scale_max=high, scale_labels=labels)
    return TextResult(type="scale", scale_min=low, scale_max=high, scale_labels=labels)
