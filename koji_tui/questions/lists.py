"""Stage 1: an option list that ends the message.

A list is numbered ``1.`` ``1)`` ``(1)`` ``1️⃣`` ``1 -``, lettered ``a)`` ``A.``, named
``Option A:``, bulleted ``-`` ``*`` ``•`` ``🔹``, checkbox ``[ ]`` ``☐``, or plain short lines
under a question ("Which sounds like you?" then one option per line, a plain "Other:" or an
"Otro: ¿cuál?" last, figures with a unit "1–10 employees", small print under them "(1 = most
important)"). It is the answer's options when the evidence adds up to the
threshold: the list's shape (a marked list counts more than plain lines), a question just
before it (or just before a short instruction before it: "Which …? Any or all.", "How large
is it? (Select one)"; small print there that invites free text, "(Conte com calma)", keeps
the question open), a choice word or an instruction ("which", "select", "reply with the number"), a
multiple-choice or ranking cue, and an instruction after it. The question may also follow
the list ("Here are our plans: - A - B. Which one are you on?", koji_tui.questions.around). A
list may sit on one line between spaced slashes, pipes or middle dots ("Phone / Tablet / Laptop",
"Phone · Laptop"); small print in parentheses after it ("(tap one)") is an instruction. Whatever
the score, an open question ("What do you think of each?"), or a new question after the list
that does not pick from it ("Here's a recap: 1. … What else?"), means the list is not options.
Scale points one per line with only the ends labelled are a scale (koji_tui.questions.around).

Ranking when a rank cue is present, multiple choice on the cues of koji_tui.questions.cues
(with a maximum on a limit), a scale when the items are labelled scale points ("1 = Poor") or
the text states a scale whose points the list numbers, yes/no when the options are yes and no,
else single choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from koji_tui.questions.around import (
    after_evidence,
    ask_after,
    example_keys,
    offers_other,
    point_scale,
    points_back,
    trailer_ok,
)
from koji_tui.questions.cues import ChoiceCues, choice_cues, family, fold, has, open_overridden
from koji_tui.questions.joins import unquote
from koji_tui.questions.normalize import clean_label, last_question, sentences
from koji_tui.questions.options import choice_result, is_other
from koji_tui.questions.result import (
    MAX_OPTION_LEN,
    MAX_OPTIONS,
    MAX_SCALE_SPAN,
    NOT_OPTIONS,
    TextResult,
)
from koji_tui.questions.rows import LINE_SEPARATOR as _LINE_SEPARATOR
from koji_tui.questions.rows import one_per_line
from koji_tui.questions.scales import find_scale
from koji_tui.questions.sms import keyed

#: Evidence needed for a list to be the options (a marked list under a question has 3).
_QUOTE_MARKS = "\"'“”„«»‘’"
THRESHOLD = 3
#: Evidence needed for a list followed by its question ("Here are …: - A - B. Which …?").
AFTER_THRESHOLD = 4

_ITEM_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("box", re.compile(r"^\s*(?:[-*•]\s*)?(?:\[\s?\]|☐|□|◻|◯|○|⬜|▢)\s*(?P<label>\S.*)$")),
    ("num", re.compile(r"^\s*(?P<key>\d{1,2})\s*[.)]\s+(?P<label>\S.*)$")),
    ("keycap", re.compile(r"^\s*(?P<key>\d)\ufe0f?\u20e3\s*(?P<label>\S.*)$")),
    ("pnum", re.compile(r"^\s*\((?P<key>\d{1,2})\)\s+(?P<label>\S.*)$")),
    ("point", re.compile(r"^\s*(?P<key>\d{1,2})\s*(?:=|:|-|–|—)\s*(?P<label>\S.*)$")),
    # "Option A: Slack", "Opción 2 - Correo", "Choix B) …"
    (
        "word",
        re.compile(
            r"^\s*(?:option|opci[óo]n|choix|op[çc][ãa]o|antwort|auswahl|alternative)\s+"
            r"(?P<key>[A-Za-z]|\d{1,2})\s*[:.)\-–—]\s*(?P<label>\S.*)$",
            re.IGNORECASE,
        ),
    ),
    ("let", re.compile(r"^\s*(?P<key>[A-Za-z])\s*[.)]\s+(?P<label>\S.*)$")),
    ("blet", re.compile(r"^\s*\[(?P<key>[A-Za-z])\]\s+(?P<label>\S.*)$")),
    ("plet", re.compile(r"^\s*\((?P<key>[A-Za-z])\)\s+(?P<label>\S.*)$")),
    ("bullet", re.compile(r"^\s*[-*•·‣◦▪▸►–—]\s+(?P<label>\S.*)$")),
    # an emoji or a symbol as the bullet: "🔹 Slack", "👉 Teams", "➡️ Email", "▪️ Bus", "■ Car"
    (
        "symbol",
        re.compile(
            "^\\s*[\u2190-\u21ff\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]"
            "[\ufe0f\U0001f3fb-\U0001f3ff]*\\s+(?P<label>\\S.*)$"
        ),
    ),
]
_PLAIN_ITEM_MAX = 80
_PLAIN_ITEM_WORDS = 12


@dataclass
class Block:
    kind: str  # an _ITEM_KINDS name, or "plain" for unmarked lines
    keys: list[str]
    labels: list[str]
    start: int  # first line index
    end: int  # last line index

    @property
    def marked(self) -> bool:
        return self.kind != "plain"


def classify(line: str) -> tuple[str, str, str] | None:
    """(kind, key, label) of a list item line, or None."""
    for kind, pattern in _ITEM_KINDS:
        m = pattern.match(line)
        if m:
            return kind, m.groupdict().get("key") or "", m.group("label")
    return None


def _sequence_ok(kind: str, keys: list[str]) -> bool:
    if kind in {"num", "pnum", "point", "keycap"}:
        nums = [int(k) for k in keys]
        return nums[0] in (0, 1) and nums == list(range(nums[0], nums[0] + len(nums)))
    if kind == "word":
        return _sequence_ok("num" if keys[0].isdigit() else "let", [k.upper() for k in keys])
    if kind in {"let", "plet", "blet"}:
        base = keys[0]
        return base in ("a", "A") and keys == [chr(ord(base) + i) for i in range(len(keys))]
    return True


def find_blocks(lines: list[str]) -> list[Block]:
    """Runs of list items of one kind (two or more, numbered in sequence)."""
    blocks: list[Block] = []
    current: Block | None = None
    for index, line in enumerate(lines):
        item = classify(line)
        if item is not None and current is not None and item[0] == current.kind:
            current.keys.append(item[1])
            current.labels.append(item[2])
            current.end = index
            continue
        if current is not None:
            blocks.append(current)
            current = None
        if item is not None:
            current = Block(item[0], [item[1]], [item[2]], index, index)
    if current is not None:
        blocks.append(current)
    return [b for b in blocks if len(b.labels) >= 2 and _sequence_ok(b.kind, b.keys)]


_NUMERIC_ITEM = re.compile(r"^\d{1,6}\s*(?:[-–—]\s*\d{1,6}|\+)?$")  # "2–10", "51–200", "200+"


_PARENTHESES = re.compile(r"\([^()]*\)")


_FIGURES_ITEM = re.compile(r"^\d{1,6}\s*[-–]\s*\d[\d,.]*\s+[^\W\d_]")  # "1–10 employees"


def _asks_other(text: str) -> bool:
    """A closing "Other" that asks for its text ("Otro: ¿cuál?", "Other: which one?")."""
    return text.endswith("?") and ":" in text and is_other(text, last=True)


def _plain_item(line: str) -> bool:
    text = line.strip()
    return (
        bool(text)
        and not (text[0] == "(" and text[-1] == ")")  # "(pick one)": small print, no option
        and len(text) <= _PLAIN_ITEM_MAX
        and len(text.split()) <= _PLAIN_ITEM_WORDS
        and (
            _asks_other(text)
            or (
                "?" not in _PARENTHESES.sub("", text)  # "Which …? (Choose two)" asks
                and (text[-1] not in ".?!:;,…" or (text[-1] == ":" and is_other(text, last=True)))
            )
        )
        and (
            _NUMERIC_ITEM.match(text) is not None  # "1–5" (not the scale point "1 = 5")
            or _FIGURES_ITEM.match(text) is not None  # "1–10 employees": figures and a unit
            or (re.search(r"[^\W\d_]", text) is not None and classify(text) is None)
        )
    )


def _asks(line: str, langs: tuple[str, ...]) -> bool:
    """Whether a line can introduce options: a question or a colon at its end, a question
    inside it ("Which …? Select all that apply."), or an instruction ("Put these in order.")."""
    text = line.rstrip()
    if text[-1:] in ("?", ":") or "?" in text:
        return True
    cues = choice_cues(fold(text), langs)
    return cues.instruction or cues.multiple or cues.rank


def _closing(line: str) -> bool:
    """A sentence or small print after plain options ("Pick one.", "(1 = most important)")."""
    text = line.strip()
    if _asks_other(text):
        return False  # "Otro: ¿cuál?" is the last option
    return text[-1:] in (".", "!", "?") or (text[:1] == "(" and text[-1:] == ")")


def plain_block(lines: list[str], langs: tuple[str, ...]) -> Block | None:
    """Short unmarked lines between a question and the end (or a closing sentence or two)."""
    end = len(lines)
    while end > 0 and len(lines) - end < 2 and _closing(lines[end - 1]):
        end -= 1
    start = end
    while start > 0 and _plain_item(lines[start - 1]):
        start -= 1
    if end - start < 2 or start == 0 or not _asks(lines[start - 1], langs):
        return None
    labels = lines[start:end]
    if all(_NUMERIC_ITEM.match(label.strip()) for label in labels):
        return None  # numbers alone are figures, not options
    return Block("plain", [""] * len(labels), labels, start, end - 1)


def _evidence(
    block: Block, intro_tail: str, cues: ChoiceCues, trailing: str, langs: tuple[str, ...]
) -> int:
    tail = fold(intro_tail)
    chooses = has("choice_wh", tail, langs) or has("you_are", tail, langs)
    score = 2 if block.marked else 1
    score += "?" in intro_tail
    score += chooses or has("rating", tail, langs) or cues.instruction or cues.rank
    score += cues.multiple or cues.rank
    score += bool(trailing) and (cues.instruction or cues.multiple)
    if not block.marked and not (chooses or cues.instruction or cues.rank):
        return 0  # plain lines need a choice word: "Where do we start?" + two lines is prose
    return score


def _scale_from_points(
    block: Block, labels: list[str], cue_text: str, langs: tuple[str, ...]
) -> TextResult | None:
    """ "1 = Very dissatisfied" … "5 = Very satisfied": labelled scale points."""
    nums = [int(k) for k in block.keys]
    likert = sum(bool(family("likert").search(fold(x))) for x in labels)
    if len(nums) >= 3 and (has("rating", fold(cue_text), langs) or likert >= 2):
        if nums[-1] - nums[0] <= MAX_SCALE_SPAN:
            return TextResult(
                type="scale",
                scale_min=nums[0],
                scale_max=nums[-1],
                scale_labels={str(n): lab for n, lab in zip(nums, labels, strict=True)},
            )
    return None


_LABELLED_POINT = re.compile(r"^\(?\d{1,2}\s*[=:]")
_LINE_ITEM_WORDS = 6
_LINE_ITEM_MAX = 40


def line_block(lines: list[str]) -> Block | None:
    """The last line that holds only options between spaced slashes, pipes or middle dots
    ("Phone / Tablet / Laptop", "1–5 | 6–20 | More than 20", "Phone · Laptop"), under an
    introduction: a list on one line."""
    for index in range(len(lines) - 1, 0, -1):
        line = lines[index].strip()
        if not _LINE_SEPARATOR.search(line):
            continue
        item = classify(line)  # "1–5 | 6–20" reads as the point "1 – 5 | …": not a list item
        if item is not None and item[0] != "point":
            continue
        pieces = [clean_label(p) for p in _LINE_SEPARATOR.split(line)]
        if len(pieces) < 2 or any(
            not p
            or len(p) > _LINE_ITEM_MAX
            or len(p.split()) > _LINE_ITEM_WORDS
            or set(_PARENTHESES.sub("", p)) & set("?:;!")  # "Other (which?)" may ask
            or ". " in p
            for p in pieces
        ):
            return None
        if any(_LABELLED_POINT.match(p) for p in pieces):
            return None  # "(1 = hard · 5 = easy)": a scale's ends, not options
        if all(_NUMERIC_ITEM.match(p) for p in pieces) or line.rstrip()[-1:] in ".?!:":
            return None  # figures ("10 / 20 / 40"), or a sentence that holds slashes
        if not any(re.search(r"[^\W\d_]", p) for p in pieces):
            return None
        return Block("line", [""] * len(pieces), pieces, index, index)
    return None


def from_lists(lines: list[str], langs: tuple[str, ...]) -> TextResult | None:
    """The options of the final ask from a list; NOT_OPTIONS for a marked list that is not
    options (no other stage may then read the message as structured); None without a list."""
    lines = one_per_line(lines)
    points = point_scale(lines, langs)
    if points is not None:
        return points
    blocks = find_blocks(lines)
    block = blocks[-1] if blocks else None
    plain = plain_block(lines, langs)
    line = line_block(lines)
    last_end = max(block.end if block else -1, plain.end if plain else -1)
    if line is not None and line.start > last_end:
        return _read_block(line, lines, blocks, langs)
    if plain is not None and (block is None or plain.start > block.end):
        result = _read_block(plain, lines, blocks, langs)
        if result is not None:
            return result
    if block is None:
        return None
    return _read_block(block, lines, blocks, langs) or NOT_OPTIONS


def _offered(result: TextResult | None, trailing: str, langs: tuple[str, ...]) -> TextResult | None:
    """``result`` with its "Other" when the words after the list offer one."""
    if result is not None and result.type in ("single_choice", "multiple_choice"):
        if not result.allow_other and offers_other(trailing, langs):
            result.allow_other = True
    return result


def _read_block(
    block: Block, lines: list[str], blocks: list[Block], langs: tuple[str, ...]
) -> TextResult | None:
    trailing = "\n".join(lines[block.end + 1 :]).strip()
    previous_end = max((b.end for b in blocks if b.end < block.start), default=-1)
    intro = "\n".join(lines[previous_end + 1 : block.start]).strip()
    if not intro:
        return None
    after = None if trailer_ok(trailing, langs) else ask_after(trailing, langs)
    if after is None and not trailer_ok(trailing, langs):
        return None
    listed = intro + "\n" + "\n".join(block.labels)
    if after is not None and not points_back(after[0], listed, langs):
        return None  # "Here are our plans: … Which features do you wish were in Basic?"
    intro_parts = sentences(intro)
    intro_tail = intro_parts[-1] if intro_parts else ""
    if len(intro_parts) >= 2 and not intro_tail.endswith("?") and intro_parts[-2].endswith("?"):
        told = choice_cues(fold(intro_tail), langs)  # "How large is it? (Select one)"
        quoted = intro_tail[:1] in _QUOTE_MARKS and intro_tail[-1:] in _QUOTE_MARKS
        if has("choice_wh", fold(intro_parts[-2]), langs) or told.instruction or told.multiple:
            intro_tail = intro_parts[-2] + " " + intro_tail  # "Which …? Any or all."
        elif quoted:  # "Inwieweit stimmen Sie … zu? „Die Übersicht ist verständlich.“"
            intro_tail = intro_parts[-2] + " " + intro_tail
    cue_text = " ".join(intro_parts[-3:]) + "\n" + trailing
    cues = choice_cues(fold(cue_text), langs)
    if family("example_intro", langs).search(fold(intro_parts[-1] if intro_parts else "")):
        if not (cues.rank or cues.multiple):
            return None  # "Vous pouvez parler par exemple :" lists what to talk about
    shown = example_keys(fold(trailing), langs)  # "Reply with the letters, e.g. A, C"
    if not (cues.rank or cues.multiple) and 2 <= len(set(shown)) < len(block.labels):
        cues = replace(cues, multiple=True)
    if after is None and "?" not in intro and has("summary_intro", fold(intro_tail), langs):
        return None  # "Here is what you told me so far:" sums up; it asks nothing
    if after is not None:
        if after_evidence(block.marked, intro, after[0], langs) < AFTER_THRESHOLD:
            return None
    elif _evidence(block, intro_tail, cues, trailing, langs) < THRESHOLD:
        return None
    # no question: the words before the list ask ("You could tell me, for example:")
    asked = intro_tail if intro_tail.endswith("?") else last_question(intro) or intro_tail
    if after is not None:
        asked = after[0]
    aside = intro_parts[-1] if intro_parts and intro_parts[-1][:1] == "(" else ""
    asked_folded = family("best_describes", langs).sub(" ", fold(asked + " " + aside))
    if asked and family("open", langs).search(asked_folded) and not cues.rank:
        # "What made you switch? Select all that apply:": an explicit instruction, outside the
        # question, overrides an open opener
        told = choice_cues(fold(cue_text.replace(asked, " ")), langs)
        if not ((told.instruction or told.multiple) and open_overridden(asked_folded, langs)):
            return None
    unkeyed = keyed(block.labels, intro + "\n" + trailing) if block.kind == "plain" else None
    labels = [clean_label(unquote(clean_label(x))) for x in unkeyed or block.labels]  # '"I plan."'
    if any(not label or len(label) > MAX_OPTION_LEN for label in labels):
        return None
    if len(labels) > MAX_OPTIONS:
        return None
    if block.kind == "point":
        # A rating word in the ask makes numbered points a scale; "reply with the number"
        # after a which-question's list does not ("1 - Small", "2 - Medium": a choice).
        scale = _scale_from_points(block, labels, " ".join(intro_parts[-3:]), langs)
        if scale is not None or any(not label[:1].isalpha() for label in labels):
            return scale  # "1 - 2 hours", "2 = 3": figures, not options
        return _offered(choice_result(labels, cues), trailing, langs)  # "1 - Slack", "2: Teams"
    if block.kind in {"num", "pnum", "keycap"}:  # "Pick a number from 1 to 5:" then 1️⃣ …
        scale = find_scale(intro, langs)
        nums = [int(k) for k in block.keys]
        if scale is not None and nums[0] == scale.scale_min and nums[-1] == scale.scale_max:
            scale.scale_labels = {
                **scale.scale_labels,
                **{str(n): lab for n, lab in zip(nums, labels, strict=True)},
            }
            return scale
    return _offered(choice_result(labels, cues), trailing, langs)
