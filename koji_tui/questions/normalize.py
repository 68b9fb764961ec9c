"""Text as the detector reads it: Markdown, decoration and spacing removed, split into sentences.

Everything here keeps line breaks (a list is lines) and drops what does not change what a
respondent reads: emphasis (``**A.**``, ``*Slack*``), inline code, heading and quote markers,
runs of spaces, blank lines (one or several), leading and trailing emoji.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from koji_tui.questions.lexicon import ABBREVIATIONS

_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])")
_CODE = re.compile(r"`([^`\n]*)`")
_HEADING = re.compile(r"^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?)", re.MULTILINE)
_CODE_FENCE = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)
_SPACES = re.compile(r"[^\S\n]+")
_BLANKS = re.compile(r"\n\s*\n+")


def strip_markdown(text: str) -> str:
    """Remove emphasis, inline code, heading and quote markers; keep list markers and lines."""
    text = _HEADING.sub("", text)
    for _ in range(3):  # emphasis inside emphasis: "*Other *place* (**where**?)*"
        before = text
        text = _BOLD.sub(r"\2", text)
        text = _BOLD.sub(r"\2", text)
        text = _EM.sub(r"\1", text)
        text = _EM_UNDERSCORE.sub(r"\1", text)
        if text == before:
            break
    return _CODE.sub(r"\1", text)


# a progress marker before the question: "(4/10)", "Question 3 of 12:", "Pregunta 4/10 –",
# "Frage 6 von 14:", "Affirmation 4/6 :" (what follows is the message)
_PROGRESS = re.compile(
    r"^[ \t]*(?:\(\s*\d{1,2}\s*/\s*\d{1,2}\s*\)|\[\s*\d{1,2}\s*/\s*\d{1,2}\s*\]|"
    r"(?:question|pregunta|pergunta|frage|q|item|afirmación|affirmation|aussage|afirmação|statement)"
    r"\s*\d{1,2}\s*(?:/|of|de|von|sur|sobre)\s*\d{1,2}\s*[:.–—-]?)[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)


def prepare(content: str) -> str:
    """The message as the detector reads it: no fenced code (a broken machine block is not what
    the interviewer asks), no Markdown emphasis, one space between words, no blank lines, no
    progress marker ("(4/10)", "Question 3 of 12:") before a line."""
    text = _PROGRESS.sub("", _CODE_FENCE.sub("\n", content))
    text = _SPACES.sub(" ", text)
    text = strip_markdown(text)
    lines = (line.strip() for line in _BLANKS.sub("\n", text).split("\n"))
    return "\n".join(line for line in lines if line)


def _is_decoration(char: str) -> bool:
    category = unicodedata.category(char)
    return char.isspace() or category.startswith("S") or category in {"Mn", "Cf", "Co", "Cs"}


def strip_decoration(text: str) -> str:
    """Strip leading and trailing emoji, symbols and whitespace."""
    start, end = 0, len(text)
    while start < end and _is_decoration(text[start]):
        start += 1
    while end > start and _is_decoration(text[end - 1]):
        if text[end - 1] in "+%" and text[end - 2 : end - 1].isdigit():
            break  # "45+", "50%": part of the figure
        if text[end - 2 : end] == "%+" and text[end - 3 : end - 2].isdigit():
            break  # "50%+"
        if text[end - 1] in "€$£¥" and text[end - 3 : end - 1].strip().isdigit():
            break  # "8 €", "8€": a price
        end -= 1
    return text[start:end]


# a quote closes with its sentence: ". »" (a space before it in French), „… .“
_SENTENCE_END = re.compile(r"(?<=[.!?…])(?:\s?[\"'”’“»)\]])*\s+(?![\"”’“»)\]])")
# an emoji before a capital ends a sentence too: "Quick check 🔎 Is it …?", "Got it 👍 How …?"
_EMOJI_END = re.compile(
    "(?<=[\u2600-\u27bf\U0001f300-\U0001faff])[\ufe0f\U0001f3fb-\U0001f3ff]*\\s+"
    "(?=[¿¡]?[A-ZÀ-ÖØ-Þ])"
)
_ABBREVIATION = re.compile(r"\b(?:" + ABBREVIATIONS + r")\.", re.IGNORECASE)
_DOT = "\u2024"  # stands in for an abbreviation's dot while splitting


def sentences(text: str) -> list[str]:
    """Split into sentences: line breaks always split, and an emoji before a capital ("Got it 👍
    How …?"); "e.g." and "1.5" do not."""
    return list(_sentences(text))


@lru_cache(maxsize=1024)
def _sentences(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for line in text.splitlines():
        line = strip_decoration(line)
        if not line:
            continue
        protected = _ABBREVIATION.sub(lambda m: m.group(0).replace(".", _DOT), line)
        for part in _EMOJI_END.sub("\n", _SENTENCE_END.sub("\n", protected)).split("\n"):
            part = strip_decoration(part.replace(_DOT, "."))
            if part:
                out.append(part)
    return tuple(out)


def last_question(text: str) -> str:
    """The last sentence of ``text`` that ends with a question mark ("" if none)."""
    for sentence in reversed(sentences(text)):
        if sentence.endswith("?"):
            return sentence
    return ""


def clean_label(label: str) -> str:
    """An option label of prepared text (see :func:`prepare`) as written: spacing and a
    trailing ";" "," or "." removed."""
    label = _SPACES.sub(" ", label).strip()
    label = label.rstrip(" ;,…")  # "les chambres… dites-moi": a pause, no part of it
    if label.endswith(".") and not label.endswith(".."):
        label = label[:-1].rstrip()
    return label


# a span in quotation marks of a few words: "…", “…”, «…», „…“
_QUOTED = re.compile(r'"[^"\n]{3,200}"|“[^”\n]{3,200}”|«[^»\n]{3,200}»|„[^“”\n]{3,200}[“”]')


def mute_quoted_asks(text: str) -> str:
    """``text`` with the question marks inside quotations left out: 'You said "is it the price
    or the wait? honestly both". Please rate …' reports a question the participant asked; the
    interviewer's own ask is the rating after it."""
    if "?" not in text:
        return text
    return _QUOTED.sub(lambda m: m.group(0).replace("¿", "").replace("?", ""), text)
