"""Stage 1: an option list that ends the message.

A list is numbered ``1.`` ``1)`` ``(1)`` ``1️⃣`` ``1 -``, lettered ``a)`` ``A.``, named
``Option A:``, bulleted ``-`` ``*`` ``•`` ``🔹``, checkbox ``[ ]`` ``☐``, or plain short lines
under a question ("Which sounds like you?" then one option per line, a plain "Other:" last). It is the answer's options when the evidence adds up to the
threshold: the list's shape (a marked list counts more than plain lines), a question just
before it (or just before a short instruction before it: "Which …? Any or all."), a choice word or an instruction ("which", "select", "reply with the number"), a
multiple-choice or ranking cue, and an instruction after it. Whatever the score, an open
question ("What do you think of each?"), or a new question after the list ("Here's a recap:
1. … What else?"), means the list is not options.

Ranking when a rank cue is present, multiple choice on the cues of koji_tui.questions.cues
(with a maximum on a limit), a scale when the items are labelled scale points ("1 = Poor") or
the text states a scale whose points the list numbers, yes/no when the options are yes and no,
else single choice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from koji_tui.questions.cues import ChoiceCues, choice_cues, family, fold, has, open_overridden
from koji_tui.questions.normalize import clean_label, last_question, sentences
from koji_tui.questions.options import choice_result, is_other
from koji_tui.questions.result import (
    MAX_OPTION_LEN,
    MAX_OPTIONS,
    MAX_SCALE_SPAN,
    NOT_OPTIONS,
    TextResult,
)
from koji_tui.questions.scales import find_scale

#: Evidence needed for a list to be the options (a marked list under a question has 3).
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
    ("plet", re.compile(r"^\s*\((?P<key>[A-Za-z])\)\s+(?P<label>\S.*)$")),
    ("bullet", re.compile(r"^\s*[-*•·‣◦▪▸►–]\s+(?P<label>\S.*)$")),
    # an emoji or a symbol as the bullet: "🔹 Slack", "👉 Teams", "➡️ Email"
    (
        "symbol",
        re.compile(
            "^\\s*[\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001f300-\U0001faff]"
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
    if kind in {"let", "plet"}:
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


def _plain_item(line: str) -> bool:
    text = line.strip()
    return (
        bool(text)
        and "?" not in _PARENTHESES.sub("", text)  # "Which …? (Choose two)" asks, "Other (which?)"
        and len(text) <= _PLAIN_ITEM_MAX
        and len(text.split()) <= _PLAIN_ITEM_WORDS
        and (text[-1] not in ".?!:;,…" or (text[-1] == ":" and is_other(text, last=True)))
        and (
            _NUMERIC_ITEM.match(text) is not None  # "1–5" (not the scale point "1 = 5")
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


def plain_block(lines: list[str], langs: tuple[str, ...]) -> Block | None:
    """Short unmarked lines between a question and the end (or a closing sentence or two)."""
    end = len(lines)
    while end > 0 and len(lines) - end < 2 and lines[end - 1].rstrip()[-1:] in (".", "!", "?"):
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


def _trailer_ok(trailing: str, langs: tuple[str, ...]) -> bool:
    """Whether what follows the list keeps it the answer: nothing, an aside ("Feel free to
    add context"), or an instruction ("Reply with the number", "You can pick several")."""
    if not trailing:
        return True
    folded = fold(trailing)
    parts = sentences(trailing)
    if family("afterthought", langs).search(folded) and "?" not in trailing and len(parts) <= 2:
        return True
    if len(parts) > 2 or "?" in trailing:
        return False
    cues = choice_cues(folded, langs)
    return cues.instruction or cues.multiple or cues.rank


def _ask_after(trailing: str, langs: tuple[str, ...]) -> tuple[str, str] | None:
    """(question, instructions) when the list is followed by the question that offers it:
    "Here are our plans: - A - B. Which one are you on? Just one, please." The question picks
    ("which", "cuál", "lequel", "welche", "qual") or ranks, asks no story and no view of the
    things, and only instructions follow it."""
    parts = sentences(trailing)
    if not parts or len(parts) > 3 or not parts[0].endswith("?"):
        return None
    question, rest = parts[0], " ".join(parts[1:])
    if "?" in rest or not _trailer_ok(rest, langs):
        return None
    folded = fold(question)
    if not (has("pick_wh", folded, langs) or has("rank", folded, langs)):
        return None
    asked = family("best_describes", langs).sub(" ", folded)
    if family("open", langs).search(asked) or family("opinion", langs).search(asked):
        return None
    if _second_question(asked, langs):
        return None  # "Which one takes longest, and what slows it down?"
    return question, rest


def _second_question(folded: str, langs: tuple[str, ...]) -> bool:
    """A second interrogative joined to the first: "…, and in what way?", "…, y de qué manera?"."""
    for match in family("and", langs).finditer(folded):
        if has("wh", " ".join(folded[match.end() :].split()[:3]), langs):
            return True
    return False


def _after_evidence(block: Block, intro: str, question: str, langs: tuple[str, ...]) -> int:
    """The evidence that a list followed by its question is the options: the list's shape, an
    announcement before it ("Here are …:"), a question that picks and one that points back."""
    folded = fold(question)
    score = 2 if block.marked else 1
    score += intro.rstrip().endswith(":")
    score += 2 if has("rank", folded, langs) else has("pick_wh", folded, langs)
    score += has("back_ref", folded, langs)
    return score


def _evidence(
    block: Block, intro_tail: str, cues: ChoiceCues, trailing: str, langs: tuple[str, ...]
) -> int:
    tail = fold(intro_tail)
    chooses = has("choice_wh", tail, langs)
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


_LINE_SEPARATOR = re.compile(r"\s[/|]\s|(?<=\S)\|(?=\S)")
_LINE_ITEM_WORDS = 6
_LINE_ITEM_MAX = 40


def line_block(lines: list[str]) -> Block | None:
    """The last line that holds only options between spaced slashes or pipes ("Phone / Tablet
    / Laptop", "1–5 | 6–20 | More than 20"), under an introduction: a list on one line."""
    for index in range(len(lines) - 1, 0, -1):
        line = lines[index].strip()
        item = classify(line)  # "1–5 | 6–20" reads as the point "1 – 5 | …": not a list item
        if not _LINE_SEPARATOR.search(line) or (item is not None and item[0] != "point"):
            continue
        pieces = [clean_label(p) for p in _LINE_SEPARATOR.split(line)]
        if len(pieces) < 2 or any(
            not p
            or len(p) > _LINE_ITEM_MAX
            or len(p.split()) > _LINE_ITEM_WORDS
            or set(p) & set("?:;!")
            or ". " in p
            for p in pieces
        ):
            return None
        if all(_NUMERIC_ITEM.match(p) for p in pieces) or line.rstrip()[-1:] in ".?!:":
            return None  # figures ("10 / 20 / 40"), or a sentence that holds slashes
        if not any(re.search(r"[^\W\d_]", p) for p in pieces):
            return None
        return Block("line", [""] * len(pieces), pieces, index, index)
    return None


_POINT_LINE = re.compile(
    r"^\s*(?:[-*•]\s+)?(?P<key>\d{1,2})(?:\s*(?:=|:|-|–|—)\s*(?P<label>[^\W\d_].*))?\s*$"
)


def _point_scale(lines: list[str], langs: tuple[str, ...]) -> TextResult | None:
    """Scale points one per line with only some labelled, under the question that rates:
    "How clear is it?" then "1 – Not clear at all", "2", "3", "4", "5 – Very clear"."""
    end = len(lines)
    while end > 0 and _POINT_LINE.match(lines[end - 1]) is None:
        end -= 1
    start = end
    while start > 0 and _POINT_LINE.match(lines[start - 1]) is not None:
        start -= 1
    run = [m for m in (_POINT_LINE.match(line) for line in lines[start:end]) if m is not None]
    if len(run) < 3 or start == 0:
        return None
    keys = [int(m.group("key")) for m in run]
    labels = {m.group("key"): clean_label(m.group("label")) for m in run if m.group("label")}
    bare = len(keys) - len(labels)
    if keys[0] not in (0, 1) or keys != list(range(keys[0], keys[0] + len(keys))):
        return None
    if not bare or not ({str(keys[0]), str(keys[-1])} & set(labels)):
        return None  # all labelled: a list of points (read as such), or figures
    if keys[-1] - keys[0] > MAX_SCALE_SPAN or not _trailer_ok("\n".join(lines[end:]), langs):
        return None
    intro = sentences("\n".join(lines[:start]))
    asked = next((p for p in reversed(intro[-3:]) if p.endswith("?")), "")
    rates = has("rating", fold(" ".join(intro[-3:])), langs)
    if not (asked or rates) or (family("open", langs).search(fold(asked)) and not rates):
        return None
    return TextResult(type="scale", scale_min=keys[0], scale_max=keys[-1], scale_labels=labels)


def from_lists(lines: list[str], langs: tuple[str, ...]) -> TextResult | None:
    """The options of the final ask from a list; NOT_OPTIONS for a marked list that is not
    options (no other stage may then read the message as structured); None without a list."""
    points = _point_scale(lines, langs)
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


def _read_block(
    block: Block, lines: list[str], blocks: list[Block], langs: tuple[str, ...]
) -> TextResult | None:
    trailing = "\n".join(lines[block.end + 1 :]).strip()
    previous_end = max((b.end for b in blocks if b.end < block.start), default=-1)
    intro = "\n".join(lines[previous_end + 1 : block.start]).strip()
    if not intro:
        return None
    after = None if _trailer_ok(trailing, langs) else _ask_after(trailing, langs)
    if after is None and not _trailer_ok(trailing, langs):
        return None
    intro_parts = sentences(intro)
    intro_tail = intro_parts[-1] if intro_parts else ""
    if len(intro_parts) >= 2 and not intro_tail.endswith("?") and intro_parts[-2].endswith("?"):
        if has("choice_wh", fold(intro_parts[-2]), langs):  # "Which …? Any or all."
            intro_tail = intro_parts[-2] + " " + intro_tail
    cue_text = " ".join(intro_parts[-3:]) + "\n" + trailing
    cues = choice_cues(fold(cue_text), langs)
    if after is not None:
        if _after_evidence(block, intro, after[0], langs) < AFTER_THRESHOLD:
            return None
    elif _evidence(block, intro_tail, cues, trailing, langs) < THRESHOLD:
        return None
    asked = intro_tail if intro_tail.endswith("?") else last_question(intro)
    if after is not None:
        asked = after[0]
    asked_folded = family("best_describes", langs).sub(" ", fold(asked))
    if asked and family("open", langs).search(asked_folded) and not cues.rank:
        # "What made you switch? Select all that apply:": an explicit instruction, outside the
        # question, overrides an open opener
        told = choice_cues(fold(cue_text.replace(asked, " ")), langs)
        if not ((told.instruction or told.multiple) and open_overridden(asked_folded, langs)):
            return None
    labels = [clean_label(label) for label in block.labels]
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
        return choice_result(labels, cues)  # "1 - Slack", "2: Teams"
    if block.kind in {"num", "pnum"}:
        scale = find_scale(intro, langs)
        nums = [int(k) for k in block.keys]
        if scale is not None and nums[0] == scale.scale_min and nums[-1] == scale.scale_max:
            scale.scale_labels = {
                **scale.scale_labels,
                **{str(n): lab for n, lab in zip(nums, labels, strict=True)},
            }
            return scale
    return choice_result(labels, cues)
