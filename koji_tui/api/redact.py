"""Hiding secrets (the API key, session tokens) in text the SDK raises or logs.

A server may echo a secret back in an error in many ways: whole, in another case, cut off by a
length limit, or only its random part (the key without its ``pk_test_``/``pk_live_`` prefix, or
any long run of it). :class:`Redactor` replaces the whole secret, a secret's beginning left at
the end of a cut snippet, and any run of at least :data:`MIN_RUN` characters of a secret's random
part (case-insensitive) with a placeholder (``<api key hidden>`` for the whole key, ``<hidden>``
for a run).
"""

from __future__ import annotations

import re

__all__ = ["MIN_RUN", "Redactor", "secret_part"]

MIN_RUN = 8  # shortest run of a secret's random part that is hidden

# Known non-secret prefixes: pk_test_, pk_live_, sk_live_, koji_sk_, stk_ (sandbox session tokens).
_PREFIX = re.compile(r"^(?:[a-z]{2,4}_(?:test|live)_|koji_[a-z]{2}_|[a-z]{2,4}_)", re.IGNORECASE)


def secret_part(secret: str) -> str:
    """``secret`` without a known non-secret prefix (``pk_test_abc...`` -> ``abc...``)."""
    match = _PREFIX.match(secret)
    rest = secret[match.end() :] if match else secret
    return rest if len(rest) >= MIN_RUN else secret


class Redactor:
    """Replaces the registered secrets in text (see the module docstring). Its repr hides them."""

    def __init__(self, key: str, placeholder: str = "<api key hidden>") -> None:
        self._key = key
        self._placeholder = placeholder
        self._secrets: set[str] = set()
        self._runs: re.Pattern[str] | None = None
        self.add(key)

    def __repr__(self) -> str:
        return f"Redactor({len(self._secrets)} secrets hidden)"

    def add(self, secret: str | None) -> None:
        """Hide ``secret`` too (e.g. a session token) from now on."""
        value = (secret or "").strip()
        if len(value) < MIN_RUN or value.lower() in self._secrets:
            return
        self._secrets.add(value.lower())
        grams: set[str] = set()
        for known in self._secrets:
            part = secret_part(known)
            grams.update(part[i : i + MIN_RUN] for i in range(len(part) - MIN_RUN + 1))
        alternatives = "|".join(re.escape(g) for g in sorted(grams))
        # A lookahead finds every start position, so overlapping runs merge into one span.
        self._runs = re.compile(f"(?=({alternatives}))", re.IGNORECASE)

    def __call__(self, text: str) -> str:
        if not text or self._runs is None:
            return text
        out = self._cut_tail(text)
        spans: list[list[int]] = []
        for match in self._runs.finditer(out):
            start, end = match.start(1), match.end(1)
            if spans and start <= spans[-1][1]:
                spans[-1][1] = max(spans[-1][1], end)
            else:
                spans.append([start, end])
        if not spans:
            return out
        pieces: list[str] = []
        last = 0
        for start, end in spans:
            pieces.append(out[last:start])
            pieces.append("<hidden>")
            last = end
        pieces.append(out[last:])
        return "".join(pieces)

    def _cut_tail(self, text: str) -> str:
        """The whole key hidden (any case), and a key cut off at the end of ``text``."""
        key = self._key
        out = re.sub(re.escape(key), self._placeholder, text, flags=re.IGNORECASE)
        low_out, low_key = out.lower(), key.lower()
        for n in range(min(len(key) - 1, len(out)), MIN_RUN - 1, -1):
            if low_out.endswith(low_key[:n]):
                return out[:-n] + self._placeholder
        return out
