"""A server echoing secrets back (real HTTP on 127.0.0.1): the key's random part, any long run of
it in any case, a session token. None of it may reach an exception, a log line or a repr."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from koji_tui.api import (
    AuthenticationError,
    KojiClient,
    PermissionDeniedError,
    ServerError,
)
from koji_tui.api.redact import Redactor

from .canned import Canned

SECRET = "9f3ab17c44d0e2b8a6c5f1e07d93b24c"
KEY = "pk_test_" + SECRET
TOKEN = "stk_Qm7xZp2LkW9vRt4sNb8cYh3j"


def leaks(text: str, secret: str, run: int = 8) -> list[str]:
    """Every run of ``run`` characters of ``secret`` found in ``text`` (case-insensitive)."""
    low = text.lower()
    return [
        secret[i : i + run]
        for i in range(len(secret) - run + 1)
        if secret[i : i + run].lower() in low
    ]


def shown(exc: Any) -> str:
    return " | ".join([str(exc), repr(exc), exc.server_error or "", *map(str, exc.args)])


@pytest.mark.parametrize(
    "echo",
    [
        f"Key ...{SECRET} is not allowed here",
        f"Key {SECRET.upper()} is not allowed here",
        f"key part {SECRET[5:17]} refused",  # a 12-character run from the middle
        f"cut {SECRET[:10]}",
    ],
    ids=["random-part", "upper-case", "middle-run", "cut"],
)
async def test_runs_of_the_keys_random_part_are_redacted(
    canned: Canned, echo: str, caplog: pytest.LogCaptureFixture
) -> None:
    canned.json("GET", "/int_1", {"error": echo}, status=403)
    canned.raw("POST", "/start", echo, status=503, ctype="text/plain")
    details: list[str] = []
    caplog.set_level(logging.DEBUG, logger="koji_tui.api")
    async with KojiClient(canned.base_url, KEY, backoff_base=0.01, max_retries=1) as client:
        client.activity.subscribe(lambda a: details.append(a.detail))
        with pytest.raises(PermissionDeniedError) as denied:
            await client.get_interview("int_1")
        with pytest.raises(ServerError) as failed:  # retried once: the retry's detail too
            await client.start()
    for exc in (denied.value, failed.value):
        assert leaks(shown(exc), SECRET) == [], shown(exc)
        assert "hidden>" in str(exc)
    assert leaks(" ".join(details), SECRET) == [], details
    assert leaks(caplog.text, SECRET) == [], caplog.text


async def test_a_session_token_echoed_by_the_server_is_redacted(
    canned: Canned, caplog: pytest.LogCaptureFixture
) -> None:
    canned.json(
        "POST", "/start", {"interview_id": "int_1", "session_token": TOKEN, "initial_message": "Hi"}
    )
    canned.json("POST", "/int_1/message", {"error": f"session {TOKEN[4:20]} expired"}, status=401)
    canned.json("POST", "/int_2/complete", {"error": f"bad token {TOKEN.lower()}"}, status=401)
    caplog.set_level(logging.DEBUG, logger="koji_tui.api")
    async with KojiClient(canned.base_url, KEY) as client:
        started = await client.start()
        assert started.session_token == TOKEN  # still a plain str for the callers
        assert TOKEN not in repr(started) and TOKEN not in str(started)
        with pytest.raises(AuthenticationError) as first:
            await client.send_message("int_1", "hi", session_token=started.session_token)
    async with KojiClient(canned.base_url, KEY) as fresh:  # a token it was only given
        with pytest.raises(AuthenticationError) as second:
            await fresh.complete("int_2", session_token=TOKEN)
    for exc in (first.value, second.value):
        assert leaks(shown(exc), TOKEN[4:]) == [], shown(exc)
    assert leaks(caplog.text, TOKEN[4:]) == []


def test_redactor_keeps_other_text_and_hides_overlapping_runs() -> None:
    redact = Redactor(KEY)
    assert redact("Interview int_1 not found") == "Interview int_1 not found"
    assert redact("pk_test_ keys look like this") == "pk_test_ keys look like this"
    assert redact(f"a{SECRET[0:9]}{SECRET[3:20]}b") == "a<hidden>b"
    assert redact(SECRET[:7]) == SECRET[:7]  # shorter than a run: not evidence of the key
    assert "9f3ab17c" not in repr(redact)
