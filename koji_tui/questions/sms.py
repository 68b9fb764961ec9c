"""Shapes of SMS and letter-like interviewer messages (words in koji_tui.questions.lexicon_sms).

* :func:`drop_sign_off`: a closing after the question, a letter's ("Regards,\\nTeam ShopKart",
  "Freundliche Grüsse\\nIhr Research-Team"), is no part of the ask: the last paragraph goes when
  its first line is only a closing and the lines under it are a short signature.
* :func:`keyed`: options written ``1 Email`` or ``A Price`` (the key, a space, the option, as a
  text message lists them) lose their keys when the message says to answer with the numbers or
  the letters and the keys run 1, 2, 3 … or A, B, C …; without that instruction "1 day",
  "2 days" stay whole (figures are options too).
* :func:`drop_context`: sentences after the ask that say why it is asked or reassure ("This
  helps us plan the next quarter.", "Tus respuestas son anónimas.", "Esta pergunta é
  opcional.", "Vous pouvez passer cette question.", "Antworten Sie ruhig spontan.") are no part
  of it: up to three of them go from the end, unless one asks or invites a story; on the line
  of the last option too, after its bracket ("Other (please specify) Your answer stays
  anonymous."). A sentence is such a courtesy by its opening or, short and whole, by a word of
  privacy or of skipping ("anonymous", "confidencial", "facultative", "überspringen").
* :func:`reply_rows`: "Reply 1 for a friend, 2 for social media, 3 for a search engine." is a
  numbered list: the sentence is rewritten as its verb and one option per line, for the list
  stage to read like any other (its evidence, its open-question veto, its "Other").
"""

from __future__ import annotations

import re

from koji_tui.questions.cues import family, fold
from koji_tui.questions.normalize import sentences

_PARAGRAPHS = re.compile(r"\n[^\S\n]*\n")
_SIGNATURE_WORDS = 6


def drop_sign_off(content: str) -> str:
    """``content`` without a closing paragraph after the question (see the module docstring)."""
    parts = _PARAGRAPHS.split(content.rstrip())
    if len(parts) < 2:
        return content
    lines = [line.strip() for line in parts[-1].strip().splitlines() if line.strip()]
    if not lines or len(lines) > 3:
        return content
    closing = fold(lines[0]).rstrip(" ,.!")
    if not family("sign_off").fullmatch(closing):
        return content
    if any("?" in line or len(line.split()) > _SIGNATURE_WORDS for line in lines[1:]):
        return content
    return "\n\n".join(parts[:-1])


_KEYED = re.compile(r"^\s*(?P<key>\d{1,2}|[A-Za-z])\s+(?P<label>\S.*)$")


def keyed(labels: list[str], told: str) -> list[str] | None:
    """The options of ``1 Email`` / ``A Price`` lines without their keys, when ``told`` (the
    words around the list) says to answer with the numbers or letters; else None."""
    found = [_KEYED.match(label) for label in labels]
    if not all(found) or not family("key_unit").search(fold(told)):
        return None
    keys = [m.group("key").upper() for m in found if m]
    first = keys[0]
    if first.isdigit():
        ok = keys == [str(n) for n in range(int(first), int(first) + len(keys))] and first in "01"
    else:
        ok = first == "A" and keys == [chr(ord("A") + i) for i in range(len(keys))]
    return [m.group("label") for m in found if m] if ok else None


_END = re.compile(r"[.!?\n]")
_JOINER = re.compile(r"[\s,;]*(?:\b(?:or|and|o|y|ou|et|oder|und|e)\b)?[\s,;]*$")


_ONE_FOR = re.compile(r"(?<!\w)1\s+(?:for|if|para|pra|si|pour|fur|wenn|se)\s")


def _keyed_for(langs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?P<key>\d{1,2})\s+(?:" + family("reply_for_prep", langs).pattern + r")\s+"
    )


def reply_rows(text: str, langs: tuple[str, ...]) -> str:
    """``text`` with a "Reply 1 for X, 2 for Y" sentence as a verb and numbered lines."""
    folded = fold(text)
    if _ONE_FOR.search(folded) is None:  # cheap: most messages have no "1 for"
        return text
    keyed_for = _keyed_for(langs)
    for verb in family("reply_for", langs).finditer(folded):
        first = (
            keyed_for.match(folded, verb.end() + 1)
            if folded[verb.end() : verb.end() + 1] == " "
            else None
        )
        if first is None or first.group("key") != "1":
            continue
        end_match = _END.search(folded, first.start())
        end = end_match.start() if end_match else len(folded)
        keys = list(keyed_for.finditer(folded, first.start(), end))
        if len(keys) < 2 or [int(k.group("key")) for k in keys] != list(range(1, len(keys) + 1)):
            continue
        bounds = [k.end() for k in keys]
        stops = [k.start() for k in keys[1:]] + [end]
        options = [_JOINER.sub("", text[a:b]).strip() for a, b in zip(bounds, stops, strict=True)]
        if any(not option for option in options):
            continue
        rows = "\n".join(f"{n}. {option}" for n, option in enumerate(options, 1))
        rest = text[end + 1 :].strip() if end < len(text) else ""
        head = text[: verb.end()].rstrip()
        # the verb keeps its instruction: "Reply (number):" (English is read in every message)
        return head + " (number):\n" + rows + ("\n" + rest if rest else "")
    return text


_MAX_CONTEXT = 3


def drop_context(text: str) -> str:
    """``text`` without the context sentences that close it (see the module docstring)."""
    out = text.rstrip()
    for _ in range(_MAX_CONTEXT):
        parts = sentences(out)
        if len(parts) < 2 and not (parts and _AFTER_BRACKET.search(parts[-1])):
            break
        last = parts[-1]
        if not _context(last):
            # "(1 = poor, 5 = excellent) You can skip this one.": after a bracket, same line
            after = _AFTER_BRACKET.search(last)
            if after is None or not _context(last[after.end() :]):
                break
            last = last[after.end() :]
        if not out.endswith(last):
            break
        out = out[: len(out) - len(last)].rstrip()
    return out if out != text.rstrip() else text


# the last closing bracket of a line, and a capital after it
_AFTER_BRACKET = re.compile(r"[)\]]\s+(?=[A-ZÁÉÍÓÚÀÂÊÔÇÄÖÜ][^)\]]*$)")


def _context(sentence: str) -> bool:
    """Whether ``sentence`` only says why the question is asked, or reassures."""
    folded = fold(sentence)
    return (
        "?" not in sentence
        and family("context_after").match(folded) is not None
        and family("open").search(folded) is None
    )


# an aside of a word or three that only says the answer is optional or private: "(optional)",
# "(facultatif)", "(opcional)", "(freiwillig)", "(anonymous)", "(no pressure)", "(if you like)"
_COURTESY_ASIDE = re.compile(
    r"[^\S\n]*[(\[](?=[^()\[\]\n]{1,40}[)\]])(?:[^\W\d_]+['’]?\s*){1,4}[)\]]"
)


def drop_courtesy_asides(text: str) -> str:
    """``text`` without the asides that only reassure ("Did you try it? (optional)")."""
    if "(" not in text and "[" not in text:
        return text
    return _COURTESY_ASIDE.sub(_courtesy_or_kept, text)


def _courtesy_or_kept(match: re.Match[str]) -> str:
    inside = fold(match.group(0).strip(" ()[]"))
    return "" if family("courtesy_aside").fullmatch(inside) else match.group(0)
