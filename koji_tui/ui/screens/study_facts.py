"""What koji-tui knows about a study before starting an interview: its modes and locales.

Koji's Headless API has no endpoint that describes a study (the start endpoint only
refuses a mode or ignores a locale it does not offer), so for a real server nothing
is known and the server decides. The sandbox is different: its study definitions are
local. A study is recognised as a sandbox study when

- it is a demo study (the app's embedded sandbox serves it: ``sandbox.study(id)``), or
- its server is on loopback and its key is the deterministic full-permission key of one
  of the shipped sample studies (what ``koji-tui serve`` prints), so a study added with
  ``koji-tui study add`` or ``KOJI_BASE_URL``/``KOJI_API_KEY`` for ``serve`` is known too.

Never raises: anything unexpected means "not known".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from koji_tui.config.entry import StudyEntry

ALL_MODES: tuple[str, ...] = ("text", "voice")


@dataclass(frozen=True)
class StudyFacts:
    """``known`` is False for a real server: any mode or locale may be tried, the server decides."""

    known: bool = False
    name: str | None = None
    modes: tuple[str, ...] = ALL_MODES
    locale: str | None = None
    locales: tuple[str, ...] = ()
    description: str = ""  # the study's own one line (the sandbox's studies have one)

    @property
    def voice_only(self) -> bool:
        return self.known and "text" not in self.modes

    def offers_locale(self, requested: str) -> bool | None:
        """True/False for a known study (``fr-CA`` counts as ``fr``); None when not known."""
        if not self.known or not self.locales:
            return None
        wanted = requested.strip().replace("_", "-").lower()
        offered = {code.lower() for code in self.locales}
        return wanted in offered or wanted.split("-", 1)[0] in offered


UNKNOWN = StudyFacts()


def _from_sandbox_study(study: Any) -> StudyFacts:
    return StudyFacts(
        known=True,
        name=str(study.name),
        modes=tuple(study.modes),
        locale=str(study.locale),
        locales=tuple(study.locales),
        description=str(getattr(study, "description", "") or ""),
    )


@lru_cache(maxsize=1)
def _shipped_by_key() -> dict[str, Any]:
    from koji_tui.server.catalog import load_studies

    return {study.api_key: study for study in load_studies()}


def _is_loopback(base_url: str) -> bool:
    from koji_tui.config.studies import is_loopback

    return is_loopback(base_url)


def facts_for(study: StudyEntry, sandbox: Any | None = None) -> StudyFacts:
    """What is known about ``study``; ``sandbox`` is the app's running demo sandbox, if any."""
    try:
        if sandbox is not None and study.source == "demo" and study.study_id:
            return _from_sandbox_study(sandbox.study(study.study_id))
        if study.api_key and _is_loopback(study.base_url):
            shipped = _shipped_by_key().get(study.api_key)
            if shipped is not None:
                return _from_sandbox_study(shipped)
    except Exception:  # a fact we cannot read is a fact we do not know
        return UNKNOWN
    return UNKNOWN
