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
  follow-ups and re-asks needed.

Everything here is pure (no I/O); the interview state is a JSON-able dict kept by the store.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from koji_tui.server.catalog import GuideQuestion, SandboxStudy, text_in

THIN_WORDS = 4

# --------------------------------------------------------------------------- locale texts

TEXTS: dict[str, dict[str, Any]] = {
    "en": {
        "hello_name": "Hi {name}!",
        "hello": "Hi there!",
        "scale_labels": "On a scale of {lo} to {hi}, where {lo} means {lo_label} and {hi} means {hi_label}.",
        "scale": "On a scale of {lo} to {hi}.",
        "multi": "Select all that apply.",
        "rank": "Please rank these from most to least important.",
        "yes_no": "(Yes/No)",
        "yes": "Yes",
        "no": "No",
        "other": "Other (please specify)",
        "acks": [
            "Got it, thank you.",
            "Thanks for sharing that.",
            "That's helpful.",
            "Thanks.",
            "Understood, thanks.",
            "Good to know.",
        ],
        "probes": ["Could you tell me a bit more about that?", "What makes you say that?"],
        "done": "That's everything I wanted to ask. Thank you so much for your time and your answers!",
        "after_done": "Thanks, I've added that. We have covered everything, so you can finish the interview now.",
    },
    "es": {
        "hello_name": "¡Hola, {name}!",
        "hello": "¡Hola!",
        "scale_labels": "En una escala del {lo} al {hi}, donde {lo} significa {lo_label} y {hi} significa {hi_label}.",
        "scale": "En una escala del {lo} al {hi}.",
        "multi": "Selecciona todas las que apliquen.",
        "rank": "Por favor, ordena estas opciones de más a menos importante.",
        "yes_no": "(Sí/No)",
        "yes": "Sí",
        "no": "No",
        "other": "Otro (especifica)",
        "acks": [
            "Entendido, gracias.",
            "Gracias por contarlo.",
            "Muy útil.",
            "Gracias.",
            "Comprendo, gracias.",
            "Es bueno saberlo.",
        ],
        "probes": ["¿Podrías contarme un poco más?", "¿Por qué lo dices?"],
        "done": "Eso es todo lo que quería preguntarte. ¡Muchas gracias por tu tiempo y tus respuestas!",
        "after_done": "Gracias, lo he añadido. Ya hemos terminado, puedes cerrar la entrevista.",
    },
    "fr": {
        "hello_name": "Bonjour {name} !",
        "hello": "Bonjour !",
        "scale_labels": "Sur une échelle de {lo} à {hi}, où {lo} signifie {lo_label} et {hi} signifie {hi_label}.",
        "scale": "Sur une échelle de {lo} à {hi}.",
        "multi": "Sélectionnez toutes les réponses qui s'appliquent.",
        "rank": "Classez ces options de la plus importante à la moins importante.",
        "yes_no": "(Oui/Non)",
        "yes": "Oui",
        "no": "Non",
        "other": "Autre (précisez)",
        "acks": [
            "C'est noté, merci.",
            "Merci de l'avoir partagé.",
            "Très utile.",
            "Merci.",
            "Je comprends, merci.",
            "Bon à savoir.",
        ],
        "probes": ["Pouvez-vous m'en dire un peu plus ?", "Qu'est-ce qui vous fait dire cela ?"],
        "done": "C'est tout ce que je voulais vous demander. Merci beaucoup pour votre temps et vos réponses !",
        "after_done": "Merci, je l'ai ajouté. Nous avons tout vu, vous pouvez terminer l'entretien.",
    },
    "de": {
        "hello_name": "Hallo {name}!",
        "hello": "Hallo!",
        "scale_labels": "Auf einer Skala von {lo} bis {hi}, wobei {lo} für {lo_label} steht und {hi} für {hi_label} steht.",
        "scale": "Auf einer Skala von {lo} bis {hi}.",
        "multi": "Wählen Sie alle zutreffenden Antworten aus.",
        "rank": "Bitte ordnen Sie diese Punkte vom wichtigsten zum unwichtigsten.",
        "yes_no": "(Ja/Nein)",
        "yes": "Ja",
        "no": "Nein",
        "other": "Sonstiges (bitte angeben)",
        "acks": [
            "Verstanden, danke.",
            "Danke, dass Sie das teilen.",
            "Das ist hilfreich.",
            "Danke.",
            "Alles klar, danke.",
            "Gut zu wissen.",
        ],
        "probes": ["Können Sie mir etwas mehr dazu erzählen?", "Warum sagen Sie das?"],
        "done": "Das war alles, was ich fragen wollte. Vielen Dank für Ihre Zeit und Ihre Antworten!",
        "after_done": "Danke, ich habe es ergänzt. Wir sind fertig, Sie können das Interview jetzt abschließen.",
    },
}

YES_WORDS = frozenset(
    "yes y yeah yep yup sure definitely absolutely correct true si sí claro vale oui ouais "
    "bien sur ja jawohl genau sim".split()
)
NO_WORDS = frozenset("no n nope nah never false non nein nicht não nao not".split())
_YES_PHRASES = ("of course", "bien sûr", "bien sur", "por supuesto", "na klar")
_NO_PHRASES = ("not really", "pas vraiment", "no realmente", "eigentlich nicht", "nicht wirklich")


def texts(locale: str) -> dict[str, Any]:
    return TEXTS.get(locale.split("-", 1)[0].lower(), TEXTS["en"])


# --------------------------------------------------------------------------- rendering


@dataclass(frozen=True)
class Turn:
    """An interviewer message: its text and the structured question it asks (if any)."""

    content: str
    question: dict[str, Any] | None = None


def option_labels(q: GuideQuestion, study: SandboxStudy, locale: str) -> list[str]:
    if q.type == "yes_no":
        t = texts(locale)
        return [t["yes"], t["no"]]
    return [text_in(o, locale, study.locale) for o in q.options]


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


# --------------------------------------------------------------------------- answer parsing


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
    for phrase in _NO_PHRASES:
        if folded.startswith(_fold(phrase)):
            return False
    for phrase in _YES_PHRASES:
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
    follow-ups and re-asks needed. Deterministic for a given transcript."""
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
