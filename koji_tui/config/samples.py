"""Recognise the sandbox's sample studies by the keys ``koji-tui serve`` prints."""

from __future__ import annotations

from koji_tui.config.studies import is_loopback


def sandbox_sample(base_url: str, key: str) -> tuple[str, str] | None:
    """(name, id) of the sandbox sample study whose key ``koji-tui serve`` prints, when
    ``key`` is one and the server is on loopback; else None.

    Koji's API has no call that names the study of a key, so this is only known for the
    sandbox's own samples, whose keys are derived from their ids."""
    if not key.startswith("pk_test_") or not is_loopback(base_url):
        return None
    try:
        from koji_tui.server.catalog import load_studies

        for study in load_studies():
            if study.api_key == key:
                return study.name, study.id
    except Exception:  # the samples cannot be read: fall back to the server's name
        return None
    return None
