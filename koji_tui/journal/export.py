"""Export one journaled interview as Markdown or JSON.

Neither format contains a secret: the session token is left out and API keys
are never in the journal. Interviewer and participant text is exported as the
text it is: in Markdown every character that could start structure (headings,
lists, quotes, tables, links, HTML, emphasis, code) is backslash-escaped, so
the document renders exactly the words that were said; line breaks are kept
as hard breaks. Terminal control characters (ESC, C1 controls, …) are shown
as visible escapes (``\\x1b``) in both formats, so printing an export can never
drive the terminal. JSON strings otherwise keep the text exactly.

Markdown reads in the interview's language (its headings, labels, yes/no values and dates:
``translator(record.locale)``, else the ``locale`` given, e.g. the study's default); JSON keys and
values stay as they are (an interface). JSON keys are snake_case throughout. Each message's ``question`` is the app's
:class:`koji_tui.questions.Question` (``type``, ``prompt``, ``options``,
``scale_min``, ``scale_max``, ``scale_labels``, ``allow_other``, ``source``,
``language``) or null: on an interviewer turn, the structured question the app
read from it (null for an open question); on a participant turn, the question
the answer was given to with a widget (null for free text). The server's own
object, in whatever shape the server sent it (Koji's names are camelCase, e.g.
``scaleMin``), is kept verbatim under ``server_question`` on interviewer turns.
Format version 2 (version 1 put the server's object under ``question``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from koji_tui.i18n import N_, Translator, translator
from koji_tui.journal import notes_export
from koji_tui.journal.notes import Note
from koji_tui.journal.respondent import PARTICIPANT, respondent_title
from koji_tui.journal.store import InterviewRecord, TurnRecord
from koji_tui.questions import Question, detect_question
from koji_tui.safety import safe_text

EXPORT_FORMAT_VERSION = 2

# Characters with an inline meaning anywhere in CommonMark/GFM ...
_MD_INLINE_RE = re.compile(r"([\\`*_{}\[\]<>|~&])")
# ... and line starts that would open a block (heading, list, setext underline).
_MD_LINE_START_RE = re.compile(r"^([#+\-=])|^(\d{1,9})([.)])")
_ROLE_TITLES = {"assistant": N_("Interviewer"), "user": PARTICIPANT}
_ENGLISH = translator(None)


def _when(value: str | None, tr: Translator) -> str | None:
    """A journal timestamp (ISO 8601) for the reader: as it is in English (the format's own),
    in the locale's medium date and time otherwise (UTC, as stored)."""
    if not value or tr.locale == "en":
        return value
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return tr.format_datetime(moment, "medium")


def _escape_line_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return f"{match.group(2)}\\{match.group(3)}"


def escape_markdown(text: str, block: bool = True) -> str:
    """Escape ``text`` so Markdown renders it literally; keeps line breaks.

    ``block=False`` is for text placed after other text on a line (no line-start rules)."""
    text = safe_text(text)  # the one sanitizer: controls visible, bidi neutralised
    lines = []
    for line in text.split("\n"):
        line = _MD_INLINE_RE.sub(r"\\\1", line.replace("\t", "    "))
        stripped = line.lstrip(" ")
        if block:
            stripped = _MD_LINE_START_RE.sub(_escape_line_start, stripped)
        # Leading spaces would make an indented code block; keep them visible.
        line = "&nbsp;" * (len(line) - len(line.lstrip(" "))) + stripped
        lines.append(line)
    # Hard line breaks inside a paragraph; blank lines stay paragraph breaks.
    out: list[str] = []
    for index, line in enumerate(lines):
        follows = index + 1 < len(lines) and lines[index + 1] != ""
        out.append(line + "\\" if line and follows else line)
    return "\n".join(out)


def _safe_inline(value: Any) -> str:
    return escape_markdown(str(value).replace("\n", " "), block=False).replace("\\\n", " ")


def _describe_value(value: Any, tr: Translator = _ENGLISH) -> str:
    """Readable text for a structured answer: ``Invoicing, Other: Slack v2``, never a dict."""
    if isinstance(value, list):
        return ", ".join(_describe_value(v, tr) for v in value)
    if isinstance(value, bool):
        return tr.gettext("Yes") if value else tr.gettext("No")
    if isinstance(value, dict):
        if set(value) == {"other"}:  # the "Other" choice with the participant's own text
            return tr.gettext("Other: {text}").format(text=value["other"])
        return ", ".join(f"{k}: {_describe_value(v, tr)}" for k, v in value.items())
    return str(value)


#: The interview's status in words (the journal keeps the API's codes).
_STATUS = {
    "active": N_("active"),
    "awaiting_completion": N_("awaiting completion"),
    "completed": N_("completed"),
}


# Codes the journal keeps, in words (English: the code itself).
_REASONS = {"natural": N_("natural"), "manual": N_("manual")}
_MODES = {"text": N_("text"), "voice": N_("voice")}


def _number(value: float | None, tr: Translator) -> float | str | None:
    return value if value is None or tr.locale == "en" else tr.format_number(value)


def _coded(value: str | None, words: dict[str, str], tr: Translator) -> str | None:
    return tr.gettext(words[value]) if value in words else value


def export_markdown(
    record: InterviewRecord, notes: Sequence[Note] = (), locale: str | None = None
) -> str:
    """A readable Markdown transcript of one interview (no secrets), in the interview's language
    (``record.locale``, else ``locale``: e.g. the study's default); ``notes``: the interview's
    notes and flags (``koji_tui.journal.notes.notes_of``), see notes_export."""
    tr = translator(record.locale or locale)
    title = "# " + tr.gettext("Interview {id}").format(id=_safe_inline(record.interview_id))
    status = _STATUS.get(record.status)
    meta: list[tuple[str, Any]] = [
        (tr.gettext("Study"), record.study_name),
        (tr.gettext("Server"), record.base_url),
        (tr.gettext("Status"), tr.gettext(status) if status else record.status.replace("_", " ")),
        (tr.gettext("Started"), _when(record.started_at, tr)),
        (tr.gettext("Completed"), _when(record.completed_at, tr)),
        (tr.gettext("Completion reason"), _coded(record.completion_reason, _REASONS, tr)),
        (tr.gettext("Quality score"), _number(record.quality_score, tr)),
        (tr.gettext("Turns"), record.turn_count),
        (tr.gettext("Mode"), _coded(record.mode, _MODES, tr)),
        (tr.gettext("Locale"), record.locale),
    ]
    respondent = record.respondent or {}
    if respondent.get("display_name"):
        meta.append((tr.gettext("Respondent"), respondent["display_name"]))
    if respondent.get("external_id"):
        meta.append((tr.gettext("External id"), respondent["external_id"]))
    metadata = respondent.get("metadata")
    if isinstance(metadata, dict):
        for key, value in metadata.items():
            meta.append((tr.gettext("Metadata {key}").format(key=key), value))
    lines = [title, ""]
    lines += [f"- **{_safe_inline(k)}:** {_safe_inline(v)}" for k, v in meta if v not in (None, "")]
    lines += ["", "## " + tr.gettext("Transcript"), ""]
    numbers = notes_export.turn_numbers(record) if notes else {}
    speaker = respondent_title(record.respondent, tr)
    for turn in record.turns:
        lines += _turn_markdown(turn, speaker, tr)
        lines += notes_export.notes_beside(turn, numbers, notes, tr) if notes else []
    if not record.turns:
        lines += ["_" + tr.gettext("No messages were recorded.") + "_", ""]
    lines += notes_export.notes_section(notes, tr)
    return "\n".join(lines).rstrip("\n") + "\n"


def _turn_markdown(
    turn: TurnRecord, speaker: str = PARTICIPANT, tr: Translator = _ENGLISH
) -> list[str]:
    if turn.role == "user":
        heading = speaker
    elif turn.role in _ROLE_TITLES:
        heading = tr.gettext(_ROLE_TITLES[turn.role])
    else:
        heading = turn.role.title()
    notes = []
    if turn.state == "pending":
        notes.append(tr.gettext("not confirmed sent"))
    elif turn.state == "discarded":
        notes.append(tr.gettext("never sent (discarded)"))
    suffix = f" ({', '.join(notes)})" if notes else ""
    when = _when(turn.created_at, tr)
    lines = [f"### {_safe_inline(heading)} · {_safe_inline(when)}{suffix}", ""]
    lines.append(
        escape_markdown(turn.content) if turn.content else "_" + tr.gettext("(empty)") + "_"
    )
    if turn.role == "user" and turn.answer_value is not None:
        said = _safe_inline(_describe_value(turn.answer_value, tr))
        label = tr.gettext("Answer value:")
        lines += ["", f"*{label}* {said}"]
    lines.append("")
    return lines


def _question_json(turn: TurnRecord) -> dict[str, Any] | None:
    """The turn's question in the app's shape (see the module docstring), or None."""
    stored = turn.question
    if turn.role == "assistant":
        question = detect_question(turn.content, stored)
        return question.model_dump(mode="json") if question.is_structured else None
    if not isinstance(stored, dict):
        return None
    question: Question | None = None
    if set(stored) <= set(Question.model_fields):  # what the answer widget was built from
        try:
            question = Question.model_validate(stored)
        except ValueError:
            question = None
    if question is None:  # anything else is read like a server object
        question = detect_question(str(stored.get("prompt") or ""), stored)
    return question.model_dump(mode="json")


def _turn_json(turn: TurnRecord) -> dict[str, Any]:
    return {
        "seq": turn.seq,
        "role": turn.role,
        "content": turn.content,
        "created_at": turn.created_at,
        "state": turn.state,
        "sent_at": turn.sent_at,
        "question": _question_json(turn),
        "server_question": turn.question if turn.role == "assistant" else None,
        "answer_value": turn.answer_value,
    }


def export_data(record: InterviewRecord, notes: Sequence[Note] = ()) -> dict[str, Any]:
    """The export as plain data (what :func:`export_json` serializes)."""
    return {
        "format": "koji-tui-interview",
        "version": EXPORT_FORMAT_VERSION,
        "interview_id": record.interview_id,
        "study": record.study_name,
        "base_url": record.base_url,
        "status": record.status,
        "started_at": record.started_at,
        "completed_at": record.completed_at,
        "completion_reason": record.completion_reason,
        "quality_score": record.quality_score,
        "turn_count": record.turn_count,
        "mode": record.mode,
        "locale": record.locale,
        "respondent": record.respondent,
        "messages": [_turn_json(t) for t in record.turns],
        "notes": notes_export.notes_json(notes),
    }


_JSON_ESCAPE = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


def _escape_json_controls(text: str) -> str:
    # json.dumps already escapes C0; also escape DEL, C1, U+2028/2029, bidi controls and
    # zero-width characters: the text stays exact, but a `cat` of the file shows them as \uXXXX.
    return _JSON_ESCAPE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text)


def export_json(record: InterviewRecord, notes: Sequence[Note] = ()) -> str:
    """The interview as pretty JSON (UTF-8 text, no secrets)."""
    text = json.dumps(export_data(record, notes), ensure_ascii=False, indent=2)
    return _escape_json_controls(text) + "\n"
