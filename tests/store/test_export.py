"""Exports: content, structure-safe Markdown, exact JSON text, never a secret."""

from __future__ import annotations

import json

from koji_tui.journal import Journal
from koji_tui.journal.export import escape_markdown, export_json, export_markdown

NASTY = "# Not a heading\n- not a list\n1. Option\n> quote\n| a | b |\n<script>x</script> *b* [l](u) `c`\x1b[31mred"


def _record(journal: Journal):  # type: ignore[no-untyped-def]
    rec = journal.create_interview(
        study_name="Onboarding",
        base_url="http://127.0.0.1:8765",
        interview_id="int_exp",
        session_token="stk_must_not_leak",
        respondent={"display_name": "Jane *Doe*", "metadata": {"segment": "enterprise"}},
        mode="text",
        locale="en",
        turn_count=1,
        opening_message="Pick one:\n1. Fast\n2. Cheap",
        opening_question={"type": "single_choice", "options": ["Fast", "Cheap"]},
    )
    turn = journal.add_pending_answer(rec, "Fast", answer_value="Fast")
    rec = journal.record_reply(turn, NASTY, turn_count=3)
    pending = journal.add_pending_answer(rec, "unsent thought")
    journal.update_interview(rec, quality_score=4.2)
    return journal.get(rec), pending


def test_markdown_has_metadata_transcript_and_no_secret() -> None:
    with Journal() as journal:
        rec, _ = _record(journal)
    md = export_markdown(rec)
    assert md.startswith("# Interview int\\_exp\n")
    assert "- **Study:** Onboarding" in md
    assert "- **Respondent:** Jane \\*Doe\\*" in md
    assert "- **Metadata segment:** enterprise" in md
    assert "- **Quality score:** 4.2" in md
    # the respondent's turns carry their name, as in the app (no name: "Participant")
    assert "### Interviewer · " in md and "### Jane \\*Doe\\* · " in md
    assert "Pick one:\\\n1\\. Fast\\\n2\\. Cheap" in md
    assert "*Answer value:* Fast" in md
    assert "(not confirmed sent)" in md and "unsent thought" in md
    assert "stk_must_not_leak" not in md


def test_markdown_escapes_everything_that_would_become_structure() -> None:
    out = escape_markdown(NASTY)
    lines = out.split("\n")
    assert lines[0] == "\\# Not a heading\\"
    assert lines[1] == "\\- not a list\\"
    assert lines[2] == "1\\. Option\\"
    assert lines[3] == "\\> quote\\"
    assert lines[4] == "\\| a \\| b \\|\\"
    assert "\\<script\\>" in lines[5] and "\\*b\\*" in lines[5] and "\\[l\\](u)" in lines[5]
    assert "\x1b" not in out and "␛" in out  # ESC shown, never emitted
    # the only headings in a whole export are the ones the exporter wrote
    with Journal() as journal:
        rec, _ = _record(journal)
    headings = [line for line in export_markdown(rec).splitlines() if line.startswith("#")]
    assert all(h.startswith(("# Interview", "## Transcript", "### ")) for h in headings)
    assert escape_markdown("    code?") == "&nbsp;&nbsp;&nbsp;&nbsp;code?"


def test_json_keeps_the_text_exactly_and_has_no_secret() -> None:
    with Journal() as journal:
        rec, pending = _record(journal)
    text = export_json(rec)
    assert "stk_must_not_leak" not in text and "session_token" not in text
    assert "\x1b" not in text  # control characters are JSON escapes, not raw bytes
    data = json.loads(text)
    assert data["format"] == "koji-tui-interview" and data["version"] == 2
    assert data["interview_id"] == "int_exp" and data["study"] == "Onboarding"
    assert data["quality_score"] == 4.2 and data["status"] == "active"
    assert data["respondent"]["metadata"] == {"segment": "enterprise"}
    messages = data["messages"]
    assert [m["role"] for m in messages] == ["assistant", "user", "assistant", "user"]
    assert messages[0]["question"]["type"] == "single_choice"
    assert messages[0]["question"]["options"] == ["Fast", "Cheap"]
    # the server's own object, verbatim, beside the app's reading of it
    assert messages[0]["server_question"] == {"type": "single_choice", "options": ["Fast", "Cheap"]}
    assert messages[1]["answer_value"] == "Fast" and messages[1]["state"] == "sent"
    assert messages[2]["content"] == NASTY  # exact text, markup and all
    assert messages[3]["state"] == "pending" and messages[3]["content"] == pending.content


def test_c1_controls_are_escaped_in_json() -> None:
    with Journal() as journal:
        rec = journal.create_interview(
            study_name="S", base_url="http://x", interview_id="i", opening_message="a\x9b2Jb\u2028c"
        )
    text = export_json(rec)
    assert "\x9b" not in text and "\u2028" not in text
    assert json.loads(text)["messages"][0]["content"] == "a\x9b2Jb\u2028c"


def test_an_other_choice_reads_as_text_in_markdown() -> None:
    with Journal() as journal:
        rec = journal.create_interview(
            study_name="Onboarding",
            base_url="http://127.0.0.1:8765",
            interview_id="int_other",
            session_token="stk_x",
            respondent=None,
            mode="text",
            locale="en",
            turn_count=1,
            opening_message="What do you use?",
            opening_question={"type": "multiple_choice", "options": ["Invoicing", "Reports"]},
        )
        value = ["Invoicing", "Reports", {"other": "Slack v2"}]
        journal.add_pending_answer(rec, "Invoicing, Reports, Slack v2", answer_value=value)
        rec = journal.get(rec)
    md = export_markdown(rec)
    assert "*Answer value:* Invoicing, Reports, Other: Slack v2" in md
    assert "{" not in md.split("*Answer value:*")[1].splitlines()[0]


def test_every_question_in_json_has_one_shape_whoever_asked_it() -> None:
    """The server's object is camelCase (scaleMin), the app's Question is snake_case:
    the export's "question" is always the app's shape, on interviewer and participant
    turns alike; the server's object stays verbatim under "server_question"."""
    from koji_tui.questions import detect_question

    server_object = {"type": "scale", "scaleMin": 1, "scaleMax": 5, "scaleLabels": ["Bad", "Good"]}
    content = "How was it, from 1 to 5?"
    with Journal() as journal:
        rec = journal.create_interview(
            study_name="S",
            base_url="http://x",
            interview_id="int_shape",
            opening_message=content,
            opening_question=server_object,
        )
        shown = detect_question(content, server_object)  # what the widget was built from
        turn = journal.add_pending_answer(rec, "4", question=shown, answer_value=4)
        rec = journal.record_reply(turn, "Why 4? Tell me more.", turn_count=3)
        turn = journal.add_pending_answer(rec, "Because.")
        rec = journal.record_reply(turn, "Which one?\n1. Red\n2. Green\n3. Blue", turn_count=5)
        rec = journal.get(rec)
    messages = json.loads(export_json(rec))["messages"]
    asked, answered = messages[0]["question"], messages[1]["question"]
    assert asked == answered
    assert asked["type"] == "scale" and asked["scale_min"] == 1 and asked["scale_max"] == 5
    assert asked["scale_labels"] == {"1": "Bad", "5": "Good"}
    keys = {k for m in messages if m["question"] for k in m["question"]}
    assert not any(any(c.isupper() for c in k) for k in keys), keys
    assert messages[0]["server_question"] == server_object
    assert messages[1]["server_question"] is None  # the participant's turn has none
    assert messages[2]["question"] is None  # an open question: no structure to report
    assert messages[3]["question"] is None  # a free-text answer
    assert messages[4]["question"]["type"] == "single_choice"  # found in the text
    assert messages[4]["server_question"] is None
