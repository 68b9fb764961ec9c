"""A question object embedded in the message content: a JSON block the interviewer wrote.

Fenced code blocks, HTML comments and question tags (``<question>…</question>``) are tried first,
then a few bare ``{…}`` objects; each with a bounded scan, so a message full of unclosed openers
stays linear. The block is removed from the prompt shown to the respondent.
"""

from __future__ import annotations

import json
import re
from typing import Any

from koji_tui.questions.structured import parse_structured

_WRAPPERS = (
    ("<!--", "-->"),
    ("<question>", "</question>"),
    ("<koji-question>", "</koji-question>"),
    ("<koji_question>", "</koji_question>"),
    ("<structured-question>", "</structured-question>"),
)
MAX_BLOCKS_TRIED = 12


def _wrapped_blocks(content: str) -> list[tuple[int, int, str]]:
    """Fenced code blocks, HTML comments and question tags: (start, end, inner text).

    Found with bounded scans (str.find), so a message full of unclosed openers stays linear.
    """
    blocks: list[tuple[int, int, str]] = []
    for m in _FENCE.finditer(content):
        blocks.append((m.start(), m.end(), m.group(1)))
        if len(blocks) >= MAX_BLOCKS_TRIED:
            break
    lowered = content.lower() if "<" in content else ""
    for opener, closer in _WRAPPERS if lowered else ():
        position, tried = 0, 0
        while tried < MAX_BLOCKS_TRIED:
            start = lowered.find(opener, position)
            if start == -1:
                break
            end = lowered.find(closer, start + len(opener))
            if end == -1:
                break
            tried += 1
            blocks.append((start, end + len(closer), content[start + len(opener) : end]))
            position = end + len(closer)
    return blocks


_FENCE = re.compile(
    r"```[ \t]*(?:json|JSON|json5|javascript|js)?[ \t]*\r?\n(.*?)\r?\n?[ \t]*```", re.DOTALL
)
_DECODER = json.JSONDecoder()
MAX_BRACES_TRIED = 12
MAX_JSON_CHARS = 50_000


def _looks_like_question(obj: Any) -> bool:
    return parse_structured(obj) is not None


def find_embedded_json(content: str) -> tuple[Any, str] | None:
    """Find a question JSON block in ``content``; return (object, content without the block)."""
    if "{" not in content:
        return None
    for start, end, body in _wrapped_blocks(content):
        body = body.strip()
        if not body.startswith("{") or len(body) > MAX_JSON_CHARS:
            continue
        try:
            obj = json.loads(body)
        except (ValueError, RecursionError):
            continue
        if _looks_like_question(obj):
            return obj, _remove_span(content, start, end)
    # a bare {...} object: try a few opening braces, each with a bounded decode
    tried = 0
    index = content.find("{")
    while index != -1 and tried < MAX_BRACES_TRIED:
        tried += 1
        if re.match(r'\{\s*"', content[index : index + 50]):
            try:
                obj, end = _DECODER.raw_decode(content[index : index + MAX_JSON_CHARS])
            except (ValueError, RecursionError):
                obj, end = None, 0
            if obj is not None and _looks_like_question(obj):
                return obj, _remove_span(content, index, index + end)
        index = content.find("{", index + 1)
    return None


def _remove_span(content: str, start: int, end: int) -> str:
    before, after = content[:start].rstrip(" \t"), content[end:].lstrip(" \t")
    glue = (
        " " if before and after and not before.endswith("\n") and not after.startswith("\n") else ""
    )
    joined = before + glue + after
    return re.sub(r"\n{3,}", "\n\n", joined).strip()
