"""Locale codes a roster row may carry: an ISO 639-1 language, optionally with a script and a
region (``en``, ``pt-BR``, ``zh-Hant-TW``, ``es-419``); ``pt_BR`` is read as ``pt-BR``."""

from __future__ import annotations

import re

# ISO 639-1 (every two-letter language code).
LANGUAGES = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split()
)

_TAG = re.compile(
    r"^(?P<lang>[A-Za-z]{2})(?:-(?P<script>[A-Za-z]{4}))?(?:-(?P<region>[A-Za-z]{2}|\d{3}))?$"
)


def normalise_locale(value: str) -> str | None:
    """The locale in its usual spelling (``pt-BR``), or None when it is not a known one."""
    text = value.strip().replace("_", "-")
    match = _TAG.match(text)
    if match is None:
        return None
    lang = match.group("lang").lower()
    if lang not in LANGUAGES:
        return None
    parts = [lang]
    if match.group("script"):
        parts.append(match.group("script").title())
    if match.group("region"):
        parts.append(match.group("region").upper())
    return "-".join(parts)
