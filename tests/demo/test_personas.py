"""Persona files: the shipped ones load; a broken one says its file, field and problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from koji_tui.demo.personas import (
    SHIPPED_DIR,
    PersonaError,
    find_persona,
    load_persona,
    load_personas,
)


def test_the_shipped_personas_cover_the_kinds_and_languages_asked_for() -> None:
    personas = load_personas()
    ids = {p.id for p in personas}
    assert {"enthusiast", "sceptic", "terse"} <= ids
    assert any(p.locale == "es" for p in personas)  # a Spanish-speaking one
    assert len(personas) >= 4
    for persona in personas:
        assert persona.path is not None and persona.path.parent == SHIPPED_DIR
        assert persona.display_name and persona.description


def test_the_shipped_personas_are_package_data() -> None:
    """They live inside the package, so an installed wheel has them."""
    assert SHIPPED_DIR.parts[-3:] == ("koji_tui", "demo", "personas")
    files = {p.name for p in SHIPPED_DIR.iterdir()}
    assert "README.md" in files  # the format, for people writing their own
    assert {p.path.name for p in load_personas() if p.path} == files - {"README.md"}


def test_the_example_of_the_readme_is_a_valid_persona(tmp_path: Path) -> None:
    readme = (SHIPPED_DIR / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.toml"
    path.write_text(example, encoding="utf-8")
    persona = load_persona(path)
    assert persona.id == "enthusiast" and persona.rule_for("yes_no", "home") is not None


def test_a_persona_is_read_from_json_too(tmp_path: Path) -> None:
    path = tmp_path / "ana.json"
    path.write_text(
        json.dumps(
            {
                "display_name": "Ana",
                "locale": "pt-BR",
                "metadata": {"tier": "gold", "seats": 3},
                "answers": {"scale": {"range": [7, 9]}, "id": {"nps": {"value": 10}}},
            }
        ),
        encoding="utf-8",
    )
    persona = load_persona(path)
    assert persona.id == "ana"  # the file name
    assert persona.locale == "pt-BR"
    assert persona.respondent == {
        "display_name": "Ana",
        "external_id": "persona-ana",
        "metadata": {"persona": "ana", "tier": "gold", "seats": 3},
    }
    rule = persona.rule_for("scale", "nps")
    assert rule is not None and rule.value == 10 and rule.range == (7, 9)  # id over type


def test_find_persona_by_id_or_name_and_says_which_exist() -> None:
    personas = load_personas()
    assert find_persona(personas, "TERSE").id == "terse"
    assert find_persona(personas, "maya chen").id == "enthusiast"
    with pytest.raises(LookupError, match=r"Known personas: .*enthusiast"):
        find_persona(personas, "nobody")


BROKEN = [
    ("", "display_name", "is missing"),
    ('display_name = "A"\nlocale = "English"', "locale", "is not a locale"),
    ('display_name = "A"\nmood = "happy"', "mood", "is not a field here"),
    (
        'display_name = "A"\n[answers.scale]\ntendency = "hi"',
        "answers.scale.tendency",
        "must be one of high, low, middle, any (got 'hi')",
    ),
    (
        'display_name = "A"\n[answers.scale]\nrange = [9, 2]',
        "answers.scale.range",
        "the lowest (9) is above the highest (2)",
    ),
    (
        'display_name = "A"\n[answers.yes_no]\nvalue = "maybe"',
        "answers.yes_no.value",
        "must be true or false",
    ),
    (
        'display_name = "A"\n[answers.scale]\nlabel = "x"',
        "answers.scale.label",
        "is not a field here",
    ),
    (
        'display_name = "A"\n[answers.open_ended]\nthin_share = 1.5\nthin = ["ok"]',
        "answers.open_ended.thin_share",
        "must be between 0 and 1",
    ),
    (
        'display_name = "A"\n[answers.open_ended]\npool = []',
        "answers.open_ended.pool",
        "must be a non-empty list of texts",
    ),
    (
        'display_name = "A"\n[answers.id.nps]\nvalue = 9\nmatch = [3]',
        "answers.id.nps.match[0]",
        "must be text",
    ),
    (
        'display_name = "A"\n[typing]\nchars_per_second = 0',
        "typing.chars_per_second",
        "more than 0",
    ),
    ('display_name = "A"\n[metadata]\nnested = {a = 1}', "metadata.nested", "must be text"),
    ('display_name = "A"\n[answers]\nscales = {}', "answers.scales", "is not a field here"),
]


@pytest.mark.parametrize(("body", "field", "problem"), BROKEN)
def test_a_broken_file_names_its_file_field_and_problem(
    tmp_path: Path, body: str, field: str, problem: str
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(PersonaError) as caught:
        load_persona(path)
    error = caught.value
    assert error.path == path
    assert problem in error.problem
    assert error.field == field
    assert str(error).startswith(f"{path}: {field}: ")


def test_unreadable_and_malformed_files_say_so(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('display_name = "unterminated', encoding="utf-8")
    with pytest.raises(PersonaError, match=r"bad\.toml: is not valid TOML"):
        load_persona(bad)
    worse = tmp_path / "worse.json"
    worse.write_text("{", encoding="utf-8")
    with pytest.raises(PersonaError, match=r"worse\.json: is not valid JSON \(line 1"):
        load_persona(worse)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(PersonaError, match="holds no persona files"):
        load_personas(empty)
    with pytest.raises(PersonaError, match="is not a folder of persona files"):
        load_personas(tmp_path / "nowhere")


def test_two_files_with_one_id_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a.toml").write_text('id = "same"\ndisplay_name = "A"', encoding="utf-8")
    (tmp_path / "b.toml").write_text('id = "same"\ndisplay_name = "B"', encoding="utf-8")
    with pytest.raises(PersonaError, match=r"b\.toml: id: 'same' is also the id of a\.toml"):
        load_personas(tmp_path)


def test_fits_reads_the_study_list_and_the_languages(tmp_path: Path) -> None:
    path = tmp_path / "p.toml"
    path.write_text('display_name = "P"\nlocale = "es"\nstudies = ["cafe"]', encoding="utf-8")
    persona = load_persona(path)
    assert persona.fits("cafe", ["es"])
    assert not persona.fits("acme", ["es"])  # not one of its studies
    assert not persona.fits("cafe", ["en", "fr"])  # not its language
    assert persona.fits(None)  # a real server's study: nothing known against it
