"""What stands around a list and decides whether it is the answer's options (stage 1's help).

* what follows a list: nothing, an aside or an instruction (:func:`trailer_ok`), or the question
  that offers it ("Here are our plans: - A - B. Which one are you on?", :func:`ask_after`, with
  its evidence, :func:`after_evidence`);
* scale points one per line with only some labelled ("1 – Not at all", "2", "3", "5 – Very"),
  under the question that rates (:func:`point_scale`).
"""

from __future__ import annotations

import re

from koji_tui.questions.cues import choice_cues, family, fold, has
from koji_tui.questions.normalize import clean_label, sentences
from koji_tui.questions.result import MAX_SCALE_SPAN, TextResult


def trailer_ok(trailing: str, langs: tuple[str, ...]) -> bool:
    """Whether what follows the list keeps it the answer: nothing, an aside ("Feel free to
    add context"), or an instruction ("Reply with the number", "You can pick several", "(tap
    one)") that invites no story ("Tap one, then tell me why")."""
    if not trailing:
        return True
    offered = without_other_offer(trailing, langs)
    if offered != trailing and not re.sub(
        r"\b(?:and|y|et|und|e|or|o|ou|oder|so)\b|\W", "", fold(offered)
    ):
        return True  # "And if it's something else, just tell me.": the Other's own ask
    trailing = offered
    folded = fold(trailing)
    parts = sentences(trailing)
    if family("afterthought", langs).search(folded) and "?" not in trailing and len(parts) <= 2:
        return True
    if len(parts) > 2 or "?" in trailing:
        return False
    told = answer_example(folded, langs)
    if told is not None and not has("open", told, langs):
        return True  # "Puedes responder, por ejemplo: 2, 1, 3, 4.": the keys are how to answer
    if family("open", langs).search(family("best_describes", langs).sub(" ", folded)):
        return False  # "Tap the link to compare them, then tell me what you think."
    cues = choice_cues(folded, langs)
    return cues.instruction or cues.multiple or cues.rank


_KEYS = re.compile(r"\s*[:,]?\s*(?:[a-z0-9]{1,2}\s*(?:[,>/-]|→|\s)\s*)+[a-z0-9]{1,2}[).!]*\s*")


def answer_example(folded: str, langs: tuple[str, ...]) -> str | None:
    """The words before an example answer made of a list's keys only ("…, e.g. 2, 1, 4, 3",
    "por ejemplo: B, D", "z. B. 3 > 1 > 2"), or None when ``folded`` ends in none."""
    for example in family("examples", langs).finditer(folded):
        if _KEYS.fullmatch(folded[example.end() :]):
            return folded[: example.start()]
    return None


def example_keys(folded: str, langs: tuple[str, ...]) -> list[str]:
    """The keys of the example answer that ends ``folded`` ("e.g. A, C" -> ["a", "c"])."""
    before = answer_example(folded, langs)
    if before is None:
        return []
    rest = folded[len(before) :]
    return re.findall(r"(?<![a-z0-9])[a-z0-9]{1,2}(?![a-z0-9])", rest[rest.find(" ") :])


def offers_other(trailing: str, langs: tuple[str, ...]) -> bool:
    """Whether the words after a list offer an "Other" in so many words ("and if you use
    something else, tell me which", "si es otro, dime cuál", "falls es ein anderer ist, …")."""
    return family("other_offer", langs).search(fold(trailing)) is not None


def without_other_offer(trailing: str, langs: tuple[str, ...]) -> str:
    """``trailing`` without the clause that offers an "Other" (its "tell me which" asks for the
    Other's free text, not for a story); the folded and the given text have the same length
    or nothing is taken out."""
    folded = fold(trailing)
    if len(folded) != len(trailing):
        return trailing
    return family("other_offer", langs).sub(" ", folded).strip(" ,;")


def points_back(question: str, listed: str, langs: tuple[str, ...]) -> bool:
    """Whether a picking question after a list asks about the listed things: it points back
    ("which OF THESE", "qual DELES", "laquelle"), its interrogative stands alone ("Which do
    you …?", "¿Cuál usas …?", "Welchen nutzen Sie?") or names what the list is ("Here are
    some reasons: … Which reason …?"); not "Which FEATURES do you wish …?" after plans."""
    folded = fold(question)
    if has("back_ref", folded, langs) or has("rank", folded, langs):
        return True
    match = family("pick_wh", langs).search(folded)
    if match is None:
        return False
    following = re.findall(r"[\w'-]+", question[match.end() :])
    if not following:
        return True
    word = fold(following[0])
    if family("pick_follow", langs).fullmatch(word):
        return True
    if "de" in langs and following[0][:1].islower():
        return True  # German nouns are capitalised: "Welchen nutzen Sie?"
    stem = word[:4]
    return len(stem) >= 3 and any(w.startswith(stem) for w in re.findall(r"\w+", fold(listed)))


def ask_after(trailing: str, langs: tuple[str, ...]) -> tuple[str, str] | None:
    """(question, instructions) when the list is followed by the question that offers it:
    "Here are our plans: - A - B. Which one are you on? Just one, please." The question picks
    ("which", "cuál", "lequel", "welche", "qual") or ranks, asks no story and no view of the
    things, and only instructions follow it."""
    parts = sentences(trailing)
    if not parts or len(parts) > 3 or not parts[0].endswith("?"):
        return None
    question, rest = parts[0], " ".join(parts[1:])
    if "?" in rest or not trailer_ok(rest, langs):
        return None
    folded = fold(question)
    if not (has("pick_wh", folded, langs) or has("rank", folded, langs)):
        return None
    asked = family("best_describes", langs).sub(" ", folded)
    if family("open", langs).search(asked) or family("opinion", langs).search(asked):
        return None
    if second_question(asked, langs):
        return None  # "Which one takes longest, and what slows it down?"
    return question, rest


def second_question(folded: str, langs: tuple[str, ...]) -> bool:
    """A second interrogative joined to the first: "…, and in what way?", "…, y de qué manera?"."""
    for match in family("and", langs).finditer(folded):
        if has("wh", " ".join(folded[match.end() :].split()[:3]), langs):
            return True
    return False


def after_evidence(marked: bool, intro: str, question: str, langs: tuple[str, ...]) -> int:
    """The evidence that a list followed by its question is the options: the list's shape, an
    announcement before it ("Here are …:"), a question that picks and one that points back."""
    folded = fold(question)
    score = 2 if marked else 1
    score += intro.rstrip().endswith(":")
    score += 2 if has("rank", folded, langs) else has("pick_wh", folded, langs)
    score += has("back_ref", folded, langs)
    return score


_POINT_LINE = re.compile(
    r"^\s*(?:[-*•]\s+)?(?P<key>\d{1,2})"
    r"(?:\s*(?:=|:|-|–|—)\s*(?P<label>[^\W\d_].*)|\s*\((?P<aside>[^\W\d_][^()]*)\))?\s*$"
)


def point_scale(lines: list[str], langs: tuple[str, ...]) -> TextResult | None:
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
    labels = {
        m.group("key"): clean_label(m.group("label") or m.group("aside"))
        for m in run
        if m.group("label") or m.group("aside")  # "1 – Not at all", "5 (very easy)"
    }
    bare = len(keys) - len(labels)
    if keys[0] not in (0, 1) or keys != list(range(keys[0], keys[0] + len(keys))):
        return None
    if not bare or not ({str(keys[0]), str(keys[-1])} & set(labels)):
        return None  # all labelled: a list of points (read as such), or figures
    if keys[-1] - keys[0] > MAX_SCALE_SPAN or not trailer_ok("\n".join(lines[end:]), langs):
        return None
    intro = sentences("\n".join(lines[:start]))
    asked = next((p for p in reversed(intro[-3:]) if p.endswith("?")), "")
    rates = has("rating", fold(" ".join(intro[-3:])), langs)
    if not (asked or rates) or (family("open", langs).search(fold(asked)) and not rates):
        return None
    return TextResult(type="scale", scale_min=keys[0], scale_max=keys[-1], scale_labels=labels)
