"""What a persona answers to one question: :func:`decide` (pure, deterministic from the seed).

The answer to a structured question is its widget's value (a scale point, an option label,
the labels ticked, the ranked labels, True/False) and the text the widget would send
(``format_answer``), unless the persona's rule says ``text`` (then it types its own words).
An open question gets a text from the persona's pools; a thin one first when ``thin_share``
says so (the interviewer then probes, and the probe gets a ``follow_up`` answer).
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any, Literal

from koji_tui.demo.personas import Persona, Rule
from koji_tui.questions import Question, QuestionType, format_answer

Via = Literal["widget", "composer"]

# What a persona without a pool says, per language (short enough to read, long enough not to
# be probed as thin).
FALLBACK_POOLS: dict[str, tuple[str, ...]] = {
    "en": (
        "Mostly it depends on the week, but it works well for what I need.",
        "I would say it is fine overall, with a few rough edges here and there.",
        "Honestly I have not thought about it much, but it does the job for me.",
    ),
    "es": (
        "Depende de la semana, pero en general me funciona bien para lo que necesito.",
        "Diría que está bien en general, aunque tiene algunos detalles que mejorar.",
    ),
    "fr": (
        "Ça dépend des semaines, mais dans l'ensemble ça marche bien pour moi.",
        "Je dirais que c'est correct, avec quelques détails à améliorer.",
    ),
    "de": (
        "Das hängt von der Woche ab, aber insgesamt passt es für das, was ich brauche.",
        "Ich würde sagen, es ist im Großen und Ganzen gut, mit ein paar Ecken und Kanten.",
    ),
}


@dataclass(frozen=True)
class Answer:
    """One answer: ``text`` is what is typed (or what the widget sends), ``value`` the
    structured value (None for free text), ``via`` how a person gives it."""

    text: str
    value: Any
    via: Via
    kind: str  # the question's type, or "follow_up"
    question: Question | None = None
    question_id: str | None = None
    thin: bool = False

    @property
    def structured(self) -> bool:
        return self.value is not None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def rng_for(persona: Persona, run_seed: int, key: str) -> random.Random:
    """A random generator for one decision: the same persona, run and question, the same."""
    return random.Random(f"{persona.id}:{persona.seed}:{run_seed}:{key}")


def _index_of(options: list[str], label: str) -> int | None:
    wanted = _fold(label)
    for i, option in enumerate(options):
        if _fold(option) == wanted:
            return i
    return None


def _scale(rule: Rule | None, q: Question, rng: random.Random) -> int:
    lo, hi = int(q.scale_min or 0), int(q.scale_max or 0)
    if rule is not None and isinstance(rule.value, int) and not isinstance(rule.value, bool):
        return max(lo, min(hi, rule.value))
    if rule is not None and rule.range is not None:
        a, b = max(lo, rule.range[0]), min(hi, rule.range[1])
        if a <= b:
            return rng.randint(a, b)
    tendency = (rule.tendency if rule else None) or "middle"
    span = hi - lo
    share = {"high": (0.75, 1.0), "low": (0.0, 0.25), "middle": (0.35, 0.65), "any": (0.0, 1.0)}
    a_share, b_share = share[tendency]
    a, b = lo + round(span * a_share), lo + round(span * b_share)
    return rng.randint(min(a, b), max(a, b))


def _positions(rule: Rule | None, options: list[str]) -> list[int]:
    """The option indexes a rule names (labels first, then positions), in its order."""
    if rule is None:
        return []
    picked: list[int] = []
    labels: list[str] = []
    if isinstance(rule.value, str) and not isinstance(rule.value, bool):
        labels.append(rule.value)
    elif isinstance(rule.value, list):
        labels.extend(rule.value)
    if rule.label:
        labels.append(rule.label)
    labels.extend(rule.labels)
    for label in labels:
        index = _index_of(options, label)
        if index is not None and index not in picked:
            picked.append(index)
    positions = ([rule.position] if rule.position else []) + list(rule.positions)
    for position in positions:
        if 1 <= position <= len(options) and position - 1 not in picked:
            picked.append(position - 1)
    return picked


def _single(rule: Rule | None, q: Question, rng: random.Random) -> str:
    named = _positions(rule, q.options)
    return q.options[named[0] if named else rng.randrange(len(q.options))]


def _multiple(rule: Rule | None, q: Question, rng: random.Random) -> list[str]:
    named = _positions(rule, q.options)
    most = q.max_choices or len(q.options)
    if not named:
        count = (rule.count if rule and rule.count else None) or rng.randint(1, min(3, most))
        named = rng.sample(range(len(q.options)), min(count, len(q.options)))
    chosen = sorted(named[:most])
    return [q.options[i] for i in chosen]


def _ranking(rule: Rule | None, q: Question, rng: random.Random) -> list[str]:
    named = _positions(rule, q.options)
    order = (rule.order if rule else None) or ("as_named" if named else "shuffled")
    indexes = list(range(len(q.options)))
    if named:
        indexes = named + [i for i in indexes if i not in named]
    elif order == "reversed":
        indexes.reverse()
    elif order == "shuffled":
        rng.shuffle(indexes)
        if indexes == list(range(len(q.options))) and len(indexes) > 1:
            indexes[0], indexes[1] = indexes[1], indexes[0]  # a person who ranks moves something
    return [q.options[i] for i in indexes]


def _yes_no(rule: Rule | None, rng: random.Random) -> bool:
    if rule is not None and isinstance(rule.value, bool):
        return rule.value
    return rng.random() < 0.6


def _pick(pool: tuple[str, ...], used: Collection[str], rng: random.Random) -> str:
    fresh = [text for text in pool if text not in used]
    return rng.choice(fresh or list(pool))


def _language(persona: Persona) -> str:
    lang = persona.locale.split("-")[0].split("_")[0].lower()
    return lang if lang in FALLBACK_POOLS else "en"


def decide(
    persona: Persona,
    question: Question | None,
    *,
    question_id: str | None = None,
    follow_up_of: str | None = None,
    run_seed: int = 0,
    key: str = "",
    used: Collection[str] = (),
) -> Answer:
    """The persona's answer to ``question`` (``question_id`` when known; ``follow_up_of``: the
    id of the question this is the interviewer's probe about). ``key`` tells the questions of
    one interview apart (the same key, the same answer); ``used``: texts already given."""
    rng = rng_for(
        persona, run_seed, key or (question_id or "") + (question.prompt if question else "")
    )
    kind = question.type.value if question is not None else "open_ended"
    if question is None or not question.is_structured:
        return _free_text(persona, question, question_id, follow_up_of, rng, used)
    rule = persona.rule_for(kind, question_id)
    if rule is not None and rule.text:
        return Answer(_pick(rule.text, used, rng), None, "composer", kind, question, question_id)
    if question.type is QuestionType.SCALE and question.scale_min is not None:
        value: Any = _scale(rule, question, rng)
    elif question.type is QuestionType.YES_NO:
        value = _yes_no(rule, rng)
    elif question.type is QuestionType.SINGLE_CHOICE and question.options:
        value = _single(rule, question, rng)
    elif question.type is QuestionType.MULTIPLE_CHOICE and question.options:
        value = _multiple(rule, question, rng)
    elif question.type is QuestionType.RANKING and len(question.options) > 1:
        value = _ranking(rule, question, rng)
    else:  # a structured question without what a widget needs: answered in words
        return _free_text(persona, question, question_id, follow_up_of, rng, used)
    return Answer(format_answer(question, value), value, "widget", kind, question, question_id)


def _free_text(
    persona: Persona,
    question: Question | None,
    question_id: str | None,
    follow_up_of: str | None,
    rng: random.Random,
    used: Collection[str],
) -> Answer:
    fallback = FALLBACK_POOLS[_language(persona)]
    if follow_up_of is not None:  # the interviewer's probe about an earlier answer
        own = persona.by_id.get(follow_up_of)
        probe_rule = persona.by_type.get("follow_up")
        open_rule = persona.by_type.get("open_ended")
        for pool in (
            own.follow_up if own else (),
            probe_rule.pool if probe_rule else (),
            open_rule.pool if open_rule else (),
            fallback,
        ):
            if pool:
                return Answer(_pick(pool, used, rng), None, "composer", "follow_up", question)
    rule = persona.rule_for("open_ended", question_id)
    if rule is not None and rule.thin and rng.random() < rule.thin_share:
        text = _pick(rule.thin, used, rng)
        return Answer(text, None, "composer", "open_ended", question, question_id, thin=True)
    pool = (rule.pool if rule else ()) or fallback
    return Answer(_pick(pool, used, rng), None, "composer", "open_ended", question, question_id)
