"""End to end against the sandbox over real HTTP: the plain text of every question the sandbox asks,
in every sample study and locale, is detected as what its structured object says.

Each interview is driven to the end by answering with ``format_answer`` on the detected question,
so the answers the app would send are accepted by the server too.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from koji_tui import server
from koji_tui.questions import Question, QuestionType, detect_question, format_answer

MAX_TURNS = 40


def _answer(question: Question) -> Any:
    if question.type is QuestionType.SCALE:
        assert question.scale_min is not None and question.scale_max is not None
        return (question.scale_min + question.scale_max) // 2
    if question.type is QuestionType.SINGLE_CHOICE:
        return question.options[0]
    if question.type is QuestionType.MULTIPLE_CHOICE:
        return question.options[:2]
    if question.type is QuestionType.RANKING:
        return list(reversed(question.options))
    if question.type is QuestionType.YES_NO:
        return True
    return "Mostly for weekly reporting with my team, and it has been useful."


def _interview(base_url: str, key: str) -> Iterator[tuple[str, dict[str, Any] | None]]:
    """Yield (content, structured question) for every interviewer message of one interview."""
    headers = {"Authorization": f"Bearer {key}"}
    with httpx.Client(base_url=base_url, headers=headers, timeout=10) as http:
        reply = http.post("/api/v1/interviews/start", json={})
        assert reply.status_code == 201, reply.text
        body = reply.json()
        iid, token = body["interview_id"], body["session_token"]
        content, structured = body["initial_message"], body.get("question")
        for _ in range(MAX_TURNS):
            yield content, structured
            question = detect_question(content, structured)
            text = format_answer(question, _answer(question))
            reply = http.post(
                f"/api/v1/interviews/{iid}/message",
                json={"message": text},
                headers={"X-Session-Token": token},
            )
            assert reply.status_code == 200, (text, reply.text)
            body = reply.json()
            if body.get("is_complete"):
                return
            message = body["message"]
            content, structured = message["content"], message.get("question")


def _collect(tmp_path: Path, plain: bool) -> dict[str, list[tuple[str, dict[str, Any] | None]]]:
    config = server.ServerConfig(data_dir=tmp_path / ("plain" if plain else "structured"),
                                 plain_questions=plain, seed=7, rate_limit="100000/60s")  # fmt: skip
    seen: dict[str, list[tuple[str, dict[str, Any] | None]]] = {}
    with server.serve_in_thread(config) as srv:
        for study in srv.studies:
            seen[study.id] = list(_interview(srv.base_url, srv.key(study.id)))
    return seen


def test_text_detection_matches_every_structured_sandbox_question(tmp_path: Path) -> None:
    seen = _collect(tmp_path, plain=False)
    structured_count = 0
    mismatches = []
    for study_id, messages in seen.items():
        for content, structured in messages:
            from_text = detect_question(content)
            if structured is None:
                if from_text.is_structured:
                    mismatches.append((study_id, content, "text found a widget", from_text.type))
                continue
            structured_count += 1
            expected = detect_question(content, structured)
            assert expected.is_structured, (content, structured)
            got = (from_text.type, from_text.options, from_text.scale_min, from_text.scale_max)
            want = (expected.type, expected.options, expected.scale_min, expected.scale_max)
            if got != want:
                mismatches.append((study_id, content, got, want))
            elif expected.scale_labels and from_text.scale_labels != expected.scale_labels:
                mismatches.append(
                    (study_id, content, from_text.scale_labels, expected.scale_labels)
                )
    assert structured_count >= 5, "the sample studies should ask structured questions"
    assert mismatches == []


def test_plain_questions_mode_gives_the_same_widgets(tmp_path: Path) -> None:
    structured_run = _collect(tmp_path, plain=False)
    plain_run = _collect(tmp_path, plain=True)
    assert set(plain_run) == set(structured_run)
    for study_id, messages in plain_run.items():
        assert all(structured is None for _, structured in messages), study_id
        plain_types = [detect_question(content).type for content, _ in messages]
        structured_types = [detect_question(c, s).type for c, s in structured_run[study_id]]
        assert plain_types == structured_types, study_id
