"""The sandbox's deterministic interviewer: walks a study's discussion guide.

- The opening message greets the respondent by ``display_name``, says the study's intro and asks
  the first question.
- Open answers shorter than :data:`THIN_WORDS` words get a follow-up probe (up to the question's
  ``max_follow_ups``). Structured questions with probes get one probe after a valid answer.
- A structured answer that does not match the question (``Sometimes`` to a yes/no, a word that
  is no option) is accepted as a free-text answer (``parsed`` false, ``value`` the text) and
  the guide moves on: the interviewer never re-asks or says it did not understand.
- Each answer is acknowledged with the next of the locale's acknowledgements (by turn), so
  consecutive replies never open with the same words.
- Structured questions are stated readably in the locale (options one per line as ``1. Label``,
  ``On a scale of 0 to 10, where 0 means X and 10 means Y``, ``Select all that apply``,
  ``Please rank ... from most to least important``, ``(Yes/No)``); :func:`structured_object`
  gives Koji's object (``type``, ``options``, ``scaleMin``, ``scaleMax``, ``scaleLabels``,
  ``allowOther``).
- When the guide is done the reply thanks the respondent and ``is_complete`` becomes true;
  :func:`quality_score` rates the transcript 1-5 (one decimal) from coverage, answer richness,
  follow-ups needed and answers that fit no option.

Everything here is pure (no I/O); the interview state is a JSON-able dict kept by the store.
The words of each locale are in ``texts.py``, the reading of structured answers in
``answers.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from koji_tui.server.answers import Unparsed, parse_answer
from koji_tui.server.catalog import GuideQuestion, SandboxStudy, text_in
from koji_tui.server.texts import TEXTS, option_labels, texts

__all__ = [
    "TEXTS",
    "THIN_WORDS",
    "Turn",
    "Unparsed",
    "new_state",
    "opening",
    "option_labels",
    "parse_answer",
    "quality_score",
    "render_question",
    "respond",
    "structured_object",
    "texts",
]

THIN_WORDS = 4

# --------------------------------------------------------------------------- rendering


@dataclass(frozen=True)
class Turn:
    """An interviewer message: its text and the structured question it asks (if any)."""

    content: str
    question: dict[str, Any] | None = None


def structured_object(q: GuideQuestion, study: SandboxStudy, locale: str) -> dict[str, Any]:
    """Koji's structured question object for ``q`` in ``locale``."""
    return {
        "type": q.type,
        "options": option_labels(q, study, locale),
        "scaleMin": q.scale_min,
        "scaleMax": q.scale_max,
        "scaleLabels": {
            point: text_in(label, locale, study.locale) for point, label in q.scale_labels.items()
        },
        "allowOther": q.allow_other,
    }


def render_question(q: GuideQuestion, study: SandboxStudy, locale: str) -> Turn:
    """The readable question text (options listed, scale stated) and its structured object."""
    t = texts(locale)
    prompt = text_in(q.text, locale, study.locale)
    if q.type == "open_ended":
        return Turn(prompt)
    lines: list[str] = []
    if q.type == "scale":
        lo, hi = q.scale_min, q.scale_max
        lo_label = q.scale_labels.get(str(lo))
        hi_label = q.scale_labels.get(str(hi))
        if lo_label and hi_label:
            line = t["scale_labels"].format(
                lo=lo,
                hi=hi,
                lo_label=text_in(lo_label, locale, study.locale),
                hi_label=text_in(hi_label, locale, study.locale),
            )
        else:
            line = t["scale"].format(lo=lo, hi=hi)
        text = f"{prompt} {line}"
    elif q.type == "yes_no":
        text = f"{prompt} {t['yes_no']}"
    else:
        cue = {"multiple_choice": t["multi"], "ranking": t["rank"]}.get(q.type)
        text = f"{prompt} {cue}" if cue else prompt
        labels = option_labels(q, study, locale)
        lines = [f"{i}. {label}" for i, label in enumerate(labels, start=1)]
        if q.allow_other:
            lines.append(f"{len(labels) + 1}. {t['other']}")
    content = "\n".join([text, *lines])
    return Turn(content, structured_object(q, study, locale))


# --------------------------------------------------------------------------- the walk


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))


def new_state() -> dict[str, Any]:
    return {
        "index": 0,
        "phase": "answer",
        "follow_ups": 0,
        "reasks": 0,
        "answers": {},
        "thin": 0,
        "follow_ups_total": 0,
        "reasks_total": 0,
        "unparsed": 0,
        "done": False,
    }


def _greeting(display_name: str | None, locale: str) -> str:
    t = texts(locale)
    name = " ".join((display_name or "").split())[:80]
    return t["hello_name"].format(name=name) if name else t["hello"]


def opening(study: SandboxStudy, locale: str, display_name: str | None) -> Turn:
    """The first message: greeting, intro, first question."""
    first = render_question(study.questions[0], study, locale)
    head = _greeting(display_name, locale)
    intro = text_in(study.intro, locale, study.locale) if study.intro else ""
    lead = f"{head} {intro}".strip()
    return Turn(f"{lead}\n\n{first.content}", first.question)


def _probe(q: GuideQuestion, locale: str, study: SandboxStudy, n: int) -> str:
    probes = q.probes.get(locale) or q.probes.get(study.locale) or tuple(texts(locale)["probes"])
    return probes[n % len(probes)]


def _ack(locale: str, turn: int) -> str:
    """The acknowledgement for the respondent's answer number ``turn // 2`` (``turn`` counts the
    messages before it: 1 for the first answer, then 3, 5...): each answer gets the next one."""
    acks = texts(locale)["acks"]
    return acks[(turn // 2) % len(acks)]


def _advance(
    study: SandboxStudy, locale: str, state: dict[str, Any], lead: str
) -> tuple[Turn, bool]:
    state["index"] += 1
    state["phase"] = "answer"
    state["follow_ups"] = 0
    state["reasks"] = 0
    if state["index"] >= len(study.questions):
        state["done"] = True
        return Turn(f"{lead} {texts(locale)['done']}".strip()), True
    nxt = render_question(study.questions[state["index"]], study, locale)
    return Turn(f"{lead}\n\n{nxt.content}", nxt.question), False


def respond(
    study: SandboxStudy, locale: str, state: dict[str, Any], text: str, turn: int
) -> tuple[Turn, bool]:
    """The interviewer's reply to ``text``; updates ``state`` in place; returns (turn, is_complete).

    ``turn`` is the number of messages already in the transcript (it varies the acknowledgements).
    """
    t = texts(locale)
    if state.get("done"):
        state.setdefault("extra", []).append(text)
        return Turn(t["after_done"]), True
    q = study.questions[state["index"]]
    answers: dict[str, Any] = state["answers"]
    entry = answers.setdefault(
        q.id, {"type": q.type, "text": "", "value": None, "parsed": False, "words": 0}
    )
    words = word_count(text)
    ack = _ack(locale, turn)

    if state["phase"] == "probe":
        entry["text"] = (entry["text"] + "\n" + text).strip()
        entry["words"] += words
        if q.type == "open_ended" and words < THIN_WORDS and state["follow_ups"] < q.max_follow_ups:
            state["follow_ups"] += 1
            state["follow_ups_total"] += 1
            return Turn(_probe(q, locale, study, state["follow_ups"] - 1)), False
        return _advance(study, locale, state, ack)

    if q.type == "open_ended":
        entry.update(text=text, value=text, parsed=True, words=words)
        if words < THIN_WORDS:
            state["thin"] += 1
            if state["follow_ups"] < q.max_follow_ups:
                state["follow_ups"] += 1
                state["follow_ups_total"] += 1
                state["phase"] = "probe"
                return Turn(_probe(q, locale, study, 0)), False
        return _advance(study, locale, state, ack)

    try:
        value = parse_answer(text, q, study, locale)
    except Unparsed:
        # "Sometimes" to a yes/no is an answer: keep it as the respondent wrote it and move on
        # (never re-ask, never say it was not understood)
        state["unparsed"] += 1
        entry.update(text=text, value=text, parsed=False, words=words)
        return _advance(study, locale, state, ack)
    entry.update(text=text, value=value, parsed=True, words=words)
    if q.max_follow_ups > 0 and q.probes:
        state["phase"] = "probe"
        state["follow_ups"] = 1
        return Turn(f"{ack} {_probe(q, locale, study, 0)}"), False
    return _advance(study, locale, state, ack)


def quality_score(study: SandboxStudy, state: dict[str, Any]) -> float:
    """1.0-5.0 (one decimal): coverage of the guide, richness of open answers, fewer
    follow-ups needed and answers that fit no option. Deterministic for a given transcript."""
    answers: dict[str, Any] = state.get("answers", {})
    total = len(study.questions)
    if not answers or not total:
        return 1.0
    covered = sum(1 for q in study.questions if q.id in answers and answers[q.id].get("text"))
    coverage = covered / total
    open_ids = [q.id for q in study.questions if q.type == "open_ended"]
    open_words = [answers[i]["words"] for i in open_ids if i in answers]
    richness = min(1.0, (sum(open_words) / len(open_words)) / 20) if open_words else 1.0
    structured = [a for a in answers.values() if a.get("type") != "open_ended"]
    valid = sum(1 for a in structured if a.get("parsed")) / len(structured) if structured else 1.0
    needed = state.get("thin", 0) / max(1, len(open_ids)) + state.get("reasks_total", 0) / max(
        1, len(structured)
    )
    smoothness = 1.0 - min(1.0, needed / 2)
    raw = 0.4 * coverage + 0.3 * richness + 0.15 * valid + 0.15 * smoothness
    return round(min(5.0, max(1.0, 1.0 + 4.0 * raw)), 1)
