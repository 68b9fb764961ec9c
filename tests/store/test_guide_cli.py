"""`koji-tui study edit NAME --guide FILE` (issue 12): a discussion guide for a study on a real
server, from the sandbox's study JSON or a Markdown list, validated with errors that name the
line; kept with the study in studies.json (rename keeps it, --no-guide drops it)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from koji_tui import paths
from koji_tui.cli import main
from koji_tui.config import StudyStore
from koji_tui.config.guide import (
    GuideError,
    items_in,
    parse_guide,
    parse_markdown_guide,
    read_guide,
)
from koji_tui.server.catalog import SHIPPED_STUDIES_DIR

MARKDOWN = """# Remote work: discussion guide

<!-- for the moderator: ask in this order -->
- How does your team usually work together
  during a normal week?
- Which tools does your team use every week?
1. What matters most in a collaboration tool?
"""


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_a_markdown_list_is_read_item_by_item() -> None:
    guide = parse_markdown_guide(MARKDOWN, "guide.md")
    assert [q.texts[""] for q in guide.questions] == [
        "How does your team usually work together during a normal week?",
        "Which tools does your team use every week?",
        "What matters most in a collaboration tool?",
    ]
    assert [q.id for q in guide.questions] == ["q1", "q2", "q3"]
    assert [q.line for q in guide.questions] == [4, 6, 7] and guide.locale is None
    items = items_in(guide, "fr")
    assert items[0].text.startswith("How does your team") and items[0].texts


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- One?\nsome prose here\n", "guide.md, line 2: expected a list item"),
        ("- One?\n-\n", "guide.md, line 2: the question is empty"),
        ("- One?\n- Two?\n-   one?\n", "guide.md, line 3: the same question as line 1"),
        ("# Only a title\n\n", "guide.md: no questions found"),
        pytest.param(
            "- " + "x" * 600 + "\n",
            "guide.md, line 1: the question is 600 characters long",
            id="long",
        ),
    ],
)
def test_a_broken_markdown_guide_names_the_line(text: str, message: str) -> None:
    with pytest.raises(GuideError) as caught:
        parse_guide(text, "guide.md")
    assert str(caught.value).startswith(message), caught.value


def test_the_sandbox_study_files_are_guides_with_every_locale() -> None:
    guide = read_guide(SHIPPED_STUDIES_DIR / "03-remote-work.json")
    assert guide.locale == "en" and [q.id for q in guide.questions][:3] == [
        "week",
        "meetings",
        "tools",
    ]
    [week] = [item for item in items_in(guide, "de") if item.id == "week"]
    assert week.text == "Wie arbeitet Ihr Team in einer normalen Woche zusammen?"
    assert len(week.texts) == 3  # every locale's wording is matched


def test_a_broken_json_guide_names_the_line() -> None:
    syntax = '{\n  "questions": [\n    {"text": "One?"},\n    {"text": "Two?",}\n  ]\n}\n'
    with pytest.raises(GuideError, match=r"^g\.json, line 4, column \d+: "):
        parse_guide(syntax, "g.json")
    empty_text = '{\n  "questions": [\n    {"text": "One?"},\n\n    {"text": ""}\n  ]\n}\n'
    with pytest.raises(GuideError) as caught:
        parse_guide(empty_text, "g.json")
    assert str(caught.value).startswith("g.json, line 5: questions[1].text is empty")
    bad_type = '{"questions": [\n {"text": "One?", "type": "essay"}]}'
    with pytest.raises(GuideError, match=r"^g\.json, line 2: questions\[0\]\.type must be"):
        parse_guide(bad_type, "g.json")


def test_study_edit_attaches_checks_and_detaches_a_guide(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert (
        run(["study", "add", "Live", "--base-url", "https://koji.example", "--no-key"], capsys)[0]
        == 0
    )
    guide_file = tmp_path / "guide.md"
    guide_file.write_text(MARKDOWN, encoding="utf-8")
    code, out, err = run(["study", "edit", "Live", "--guide", str(guide_file)], capsys)
    assert code == 0, err
    assert "guide attached (3 questions from guide.md)" in out
    kept = json.loads((paths.config_dir() / "studies.json").read_text())["studies"][0]["guide"]
    assert kept["questions"][1] == {
        "id": "q2",
        "text": "Which tools does your team use every week?",
    }
    assert len(StudyStore().get("Live").guide.questions) == 3

    # a broken file: the line named, nothing changed
    broken = tmp_path / "broken.md"
    broken.write_text("- Fine?\nNot a list item\n", encoding="utf-8")
    code, out, err = run(["study", "edit", "Live", "--guide", str(broken)], capsys)
    assert code == 1 and "broken.md, line 2: expected a list item" in err
    assert "Nothing was changed." in err
    assert len(StudyStore().get("Live").guide.questions) == 3

    # a study JSON (the sandbox's format), then a rename keeps it
    code, out, err = run(
        ["study", "edit", "Live", "--guide", str(SHIPPED_STUDIES_DIR / "03-remote-work.json")],
        capsys,
    )
    assert code == 0 and "guide attached (6 questions" in out, out + err
    assert run(["study", "edit", "Live", "--rename", "Live 2"], capsys)[0] == 0
    guide = StudyStore().get("Live 2").guide
    assert guide is not None and guide.locale == "en" and guide.questions[0].id == "week"

    code, out, _ = run(["study", "edit", "Live 2", "--no-guide"], capsys)
    assert code == 0 and "guide detached" in out
    assert StudyStore().get("Live 2").guide is None
    assert "guide" not in (paths.config_dir() / "studies.json").read_text()

    missing = run(["study", "edit", "Live 2", "--guide", str(tmp_path / "nope.md")], capsys)
    assert missing[0] == 1 and "cannot read the guide" in missing[2]
