"""The sandbox's deterministic interviewer: walks a study's discussion guide.

- The opening message greets the respondent by ``display_name``, says the study's intro and asks
  the first question.
- Each answer is acknowledged in the interview's locale, and the acknowledgement refers to
  it: ``9 out of 10: that's great to hear.``, ``“Every day”, noted.``, ``So Speed comes first,
  then Price. Noted.``, ``Yes, noted. Thanks.`` (open answers get the locale's general
  acknowledgements). The wording is picked by the answer's number and the interview's seed
  (:func:`new_state`), so consecutive replies differ and the same transcript always gets the
  same words (:mod:`~koji_tui.server.interviewer_words`).
- Open answers shorter than :data:`THIN_WORDS` words get a follow-up probe that quotes them
  (``You said “Fine”. Could you tell me a bit more about that?``), up to the question's
  ``max_follow_ups``. Structured questions with probes get one probe after a valid answer.
- A structured answer that does not fit the question is an answer all the same: kept as free
  text (``parsed`` false, ``value`` the text), acknowledged by quoting it, and the guide moves
  on. One that lies between the options (``Sometimes`` to a yes/no, ``it depends``, ``I don't
  know``) is asked about once (``“Sometimes” is a fair answer. Would you lean more towards
  yes, or towards no?``; for a choice or a scale the question's object comes again, so the
  widget is offered again), and what comes back is mapped when it fits (``Mostly yes`` is a
  yes). The interviewer never re-asks or says it did not understand.
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

from koji_tui.server import interviewer_words as words
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


def new_state(seed: int | None = None) -> dict[str, Any]:
    """A new interview's state (``seed`` shifts which wordings it gets)."""
    return {
        "seed": seed,
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


def _pick(state: dict[str, Any], turn: int) -> int:
    """Which of several wordings: the answer's number (``turn`` counts the messages before it:
    1 for the first answer, then 3, 5...) shifted by the interview's seed."""
    return turn // 2 + int(state.get("seed") or 0)


def _ack(locale: str, turn: int, state: dict[str, Any] | None = None) -> str:
    """A general acknowledgement (for open answers): each answer gets the next one."""
    acks = texts(locale)["acks"]
    return acks[_pick(state or {}, turn) % len(acks)]


def _ack_for(q: GuideQuestion, value: Any, locale: str, turn: int, state: dict[str, Any]) -> str:
    """The acknowledgement of an answer: one that refers to a structured value, else general."""
    return words.acknowledge(q, value, locale, _pick(state, turn)) or _ack(locale, turn, state)


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


def _thin_probe(
    q: GuideQuestion, study: SandboxStudy, locale: str, state: dict[str, Any], text: str
) -> Turn:
    state["follow_ups"] += 1
    state["follow_ups_total"] += 1
    state["phase"] = "probe"
    probe = _probe(q, locale, study, state["follow_ups"] - 1)
    return Turn(words.thin_probe(probe, text, locale))


def respond(
    study: SandboxStudy, locale: str, state: dict[str, Any], text: str, turn: int
) -> tuple[Turn, bool]:
    """The interviewer's reply to ``text``; updates ``state`` in place; returns (turn, is_complete).

    ``turn`` is the number of messages already in the transcript (it varies the wording).
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
    words_in = word_count(text)

    if state["phase"] == "clarify":  # the answer to "which option comes closest?"
        return _clarified(study, locale, state, q, entry, text, turn)

    if state["phase"] == "probe":
        entry["text"] = (entry["text"] + "\n" + text).strip()
        entry["words"] += words_in
        if (
            q.type == "open_ended"
            and words_in < THIN_WORDS
            and state["follow_ups"] < q.max_follow_ups
        ):
            return _thin_probe(q, study, locale, state, text), False
        return _advance(study, locale, state, _ack(locale, turn, state))

    if q.type == "open_ended":
        entry.update(text=text, value=text, parsed=True, words=words_in)
        if words_in < THIN_WORDS:
            state["thin"] += 1
            if state["follow_ups"] < q.max_follow_ups:
                return _thin_probe(q, study, locale, state, text), False
        return _advance(study, locale, state, _ack(locale, turn, state))

    try:
        value = _parse(text, q, study, locale)
    except Unparsed:
        # An answer all the same: kept as the respondent said it, acknowledged by quoting it
        # (never re-asked, never scolded). One between the options ("Sometimes" to a yes/no,
        # "it depends", "I don't know") is asked about once: which way does it lean?
        entry.update(text=text, value=text, parsed=False, words=words_in)
        pick = _pick(state, turn)
        if words.is_hedge(text) or words.is_dont_know(text):
            state["phase"] = "clarify"
            question = None if q.type == "yes_no" else structured_object(q, study, locale)
            return Turn(words.clarify(q, text, locale, pick), question), False
        state["unparsed"] += 1
        return _advance(study, locale, state, words.kept(text, locale, pick))
    entry.update(text=text, value=value, parsed=True, words=words_in)
    return _after_value(study, locale, state, q, value, turn)


def _parse(text: str, q: GuideQuestion, study: SandboxStudy, locale: str) -> Any:
    """:func:`parse_answer`, but "I don't know" is not read as a "no" to a yes/no."""
    if q.type == "yes_no" and words.is_dont_know(text):
        raise Unparsed("not known")
    return parse_answer(text, q, study, locale)


def _after_value(
    study: SandboxStudy,
    locale: str,
    state: dict[str, Any],
    q: GuideQuestion,
    value: Any,
    turn: int,
) -> tuple[Turn, bool]:
    ack = _ack_for(q, value, locale, turn, state)
    if q.max_follow_ups > 0 and q.probes:
        state["phase"] = "probe"
        state["follow_ups"] = 1
        return Turn(f"{ack} {_probe(q, locale, study, 0)}"), False
    return _advance(study, locale, state, ack)


def _clarified(
    study: SandboxStudy,
    locale: str,
    state: dict[str, Any],
    q: GuideQuestion,
    entry: dict[str, Any],
    text: str,
    turn: int,
) -> tuple[Turn, bool]:
    """After the clarifying question: the answer is mapped when it now fits (``Mostly yes``,
    an option), else kept as the respondent said it; either way the guide moves on."""
    entry["text"] = (entry["text"] + "\n" + text).strip()
    entry["words"] += word_count(text)
    try:
        value = _parse(text, q, study, locale)
    except Unparsed:
        state["unparsed"] += 1
        return _advance(study, locale, state, _ack(locale, turn, state))
    entry.update(value=value, parsed=True, mapped=True)
    return _after_value(study, locale, state, q, value, turn)


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
