"""Personas: data files describing a scripted respondent, read and checked.

A persona is a TOML (``*.toml``) or JSON (``*.json``) file; the shipped ones are in
``koji_tui/demo/personas/``. Every field but ``display_name`` is optional::

    id = "enthusiast"                 # default: the file name without its extension
    display_name = "Maya Chen"        # sent as the respondent's display_name (1-200 chars)
    external_id = "persona-maya"      # sent as the respondent's external_id
    locale = "en"                     # the interview's locale (xx or xx-YY)
    description = "Loves the product" # one line, shown in lists and the scorecard
    seed = 11                         # the same seed gives the same answers (default 0)
    studies = ["acme-product-feedback"]   # study ids it fits (empty or missing: any study)

    [metadata]                        # the respondent's metadata (strings, numbers, booleans)
    plan = "Pro"

    [typing]                          # how fast at speed 1 (the autopilot multiplies)
    chars_per_second = 14             # typing in the composer
    think_seconds = 1.5               # before starting an answer
    move_seconds = 0.3                # one key in an answer widget

    [answers.scale]                   # per question type: scale, single_choice,
    tendency = "high"                 #   multiple_choice, ranking, yes_no, open_ended,
                                      #   and follow_up (the interviewer's probes)
    [answers.id.nps]                  # per question id (these fields win over the type's)
    value = 9
    match = ["recommend"]             # words that find this question in the interviewer's text
                                      #   when the server does not say which question it is

The fields of an answer rule (each for the types it names; others are refused):

- ``value``: a scale point (int), yes/no (true/false), an option label (str) or labels (list)
- ``range = [lo, hi]`` (scale): a point in that range, picked with the seed
- ``tendency`` (scale): ``high``, ``low``, ``middle`` or ``any``
- ``label``/``position`` (single choice), ``labels``/``positions``/``count`` (multiple choice;
  positions count from 1), ``labels``/``positions``/``order`` (ranking: ``as_shown``,
  ``reversed`` or ``shuffled``)
- ``text``: answer a structured question in one's own words (typed in the composer), e.g.
  ``text = "Sometimes"`` for a yes/no
- ``pool``: free-text answers (one is picked with the seed, none twice in an interview);
  ``thin``: short answers given first with the probability ``thin_share`` (0-1), which make
  the interviewer probe; ``follow_up`` (in ``answers.id.X``): answers to its probes

A broken file raises :class:`PersonaError`, whose message names the file, the field and the
problem (``enthusiast.toml: answers.scale.tendency: must be one of high, low, middle, any``).
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from koji_tui.i18n import app_translator

SHIPPED_DIR = Path(__file__).resolve().parent / "personas"
RULE_KINDS = (
    "scale",
    "single_choice",
    "multiple_choice",
    "ranking",
    "yes_no",
    "open_ended",
    "follow_up",
)
TENDENCIES = ("high", "low", "middle", "any")
ORDERS = ("as_shown", "reversed", "shuffled")


class PersonaError(ValueError):
    """A persona file that cannot be used: ``path``, ``field`` and ``problem`` say why."""

    def __init__(self, path: Path | str, field_name: str, problem: str) -> None:
        self.path = Path(path)
        self.field = field_name
        self.problem = problem
        where = f"{field_name}: " if field_name else ""
        super().__init__(f"{self.path}: {where}{problem}")


@dataclass(frozen=True)
class Typing:
    """How fast a persona works at speed 1 (seconds are divided by the autopilot's speed)."""

    chars_per_second: float = 14.0
    think_seconds: float = 1.2
    move_seconds: float = 0.25


@dataclass(frozen=True)
class Rule:
    """How a persona answers one kind of question (or one question, by id)."""

    value: Any = None
    range: tuple[int, int] | None = None
    tendency: str | None = None
    label: str | None = None
    position: int | None = None
    labels: tuple[str, ...] = ()
    positions: tuple[int, ...] = ()
    count: int | None = None
    order: str | None = None
    text: tuple[str, ...] = ()
    pool: tuple[str, ...] = ()
    thin: tuple[str, ...] = ()
    thin_share: float = 0.0
    follow_up: tuple[str, ...] = ()
    match: tuple[str, ...] = ()

    def over(self, base: Rule | None) -> Rule:
        """This rule with the fields it leaves unset taken from ``base``."""
        if base is None:
            return self
        merged: dict[str, Any] = {}
        for name in self.__dataclass_fields__:
            mine = getattr(self, name)
            unset = mine in (None, ()) or (name == "thin_share" and not self.thin)
            merged[name] = getattr(base, name) if unset else mine
        return Rule(**merged)


@dataclass(frozen=True, eq=False)  # one persona is one object (compared by identity)
class Persona:
    id: str
    display_name: str
    locale: str = "en"
    external_id: str | None = None
    description: str = ""
    seed: int = 0
    studies: tuple[str, ...] = ()
    metadata: Mapping[str, Any] = field(default_factory=dict)
    typing: Typing = field(default_factory=Typing)
    by_type: Mapping[str, Rule] = field(default_factory=dict)
    by_id: Mapping[str, Rule] = field(default_factory=dict)
    path: Path | None = None

    @property
    def respondent(self) -> dict[str, Any]:
        """The respondent the interview is started with."""
        return {
            "display_name": self.display_name,
            "external_id": self.external_id or f"persona-{self.id}",
            "metadata": {"persona": self.id, **dict(self.metadata)},
        }

    def fits(self, study_id: str | None, locales: Iterable[str] = ()) -> bool:
        """Whether this persona suits a study: listed in ``studies`` (or none listed, or the
        study's id unknown: a real server's), and the study offers the persona's language (when
        its locales are known)."""
        if self.studies and study_id is not None and study_id not in self.studies:
            return False
        offered = {loc.split("-")[0].lower() for loc in locales}
        return not offered or self.locale.split("-")[0].split("_")[0].lower() in offered

    def rule_for(self, kind: str, question_id: str | None = None) -> Rule | None:
        """The rule for a question: its id's rule over its type's, or either alone."""
        by_type = self.by_type.get(kind)
        by_id = self.by_id.get(question_id) if question_id else None
        return by_id.over(by_type) if by_id is not None else by_type


# --------------------------------------------------------------------------- reading


def load_persona(path: Path | str) -> Persona:
    """Read and check one persona file (raises :class:`PersonaError`)."""
    path = Path(path)
    try:
        raw_text = path.read_bytes()
    except OSError as exc:
        said = app_translator().gettext("cannot be read ({error})")
        raise PersonaError(path, "", said.format(error=exc.strerror or exc)) from None
    try:
        if path.suffix.lower() == ".json":
            data = json.loads(raw_text.decode("utf-8"))
        elif path.suffix.lower() == ".toml":
            data = tomllib.loads(raw_text.decode("utf-8"))
        else:
            raise PersonaError(path, "", app_translator().gettext("is neither .toml nor .json"))
    except UnicodeDecodeError:
        raise PersonaError(path, "", app_translator().gettext("is not UTF-8 text")) from None
    except json.JSONDecodeError as exc:
        said = app_translator().gettext("is not valid JSON (line {line}: {error})")
        raise PersonaError(path, "", said.format(line=exc.lineno, error=exc.msg)) from None
    except tomllib.TOMLDecodeError as exc:
        said = app_translator().gettext("is not valid TOML ({error})")
        raise PersonaError(path, "", said.format(error=exc)) from None
    if not isinstance(data, dict):
        said = app_translator().gettext("must hold an object (a table) of fields")
        raise PersonaError(path, "", said)
    from koji_tui.demo.persona_check import persona_of

    return persona_of(path, data)


def load_personas(folder: Path | str | None = None) -> list[Persona]:
    """Every persona file of ``folder`` (default: the shipped ones), sorted by file name.
    Raises :class:`PersonaError` for the first broken file, or for a folder without any."""
    where = Path(folder) if folder is not None else SHIPPED_DIR
    if not where.is_dir():
        said = app_translator().gettext("is not a folder of persona files")
        raise PersonaError(where, "", said)
    files = sorted(p for p in where.iterdir() if p.suffix.lower() in (".toml", ".json"))
    if not files:
        said = app_translator().gettext("holds no persona files (*.toml or *.json)")
        raise PersonaError(where, "", said)
    personas = [load_persona(p) for p in files]
    seen: dict[str, Path] = {}
    for persona in personas:
        assert persona.path is not None
        if persona.id in seen:
            said = app_translator().gettext("{id!r} is also the id of {file}")
            raise PersonaError(
                persona.path, "id", said.format(id=persona.id, file=seen[persona.id].name)
            )
        seen[persona.id] = persona.path
    return personas


def find_persona(personas: Iterable[Persona], name: str) -> Persona:
    """The persona whose id (or display name) is ``name``, case-insensitively."""
    listed = list(personas)
    wanted = name.strip().casefold()
    for persona in listed:
        if wanted in (persona.id.casefold(), persona.display_name.casefold()):
            return persona
    tr = app_translator()
    known = ", ".join(p.id for p in listed) or tr.gettext("none")
    said = tr.gettext("No persona named {name!r}. Known personas: {known}.")
    raise LookupError(said.format(name=name, known=known))
