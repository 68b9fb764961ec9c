"""Failures worded for people: a clear, secret-free sentence and whether it means "offline".

Errors are recognised by class name and ``status_code``, so this module does not import the API
client (it stays cheap to import, and works for any client that raises the same kinds).
No UI: the interview controller, the CLI and the screens share it.
"""

from __future__ import annotations

import time

from koji_tui.safety import safe_text


def describe_error(
    exc: BaseException, study: str = "", action: str = "", *, from_env: bool = False
) -> tuple[str, bool]:
    """A clear, secret-free sentence for a failure, and whether it means 'offline'.

    Recognises the client's error classes by name so it works before
    ``koji_tui.api`` is imported; anything else falls back to its message.
    ``from_env`` says the study comes from KOJI_BASE_URL/KOJI_API_KEY (it cannot be
    edited in the app, so a rejected key is fixed in the environment).
    """
    name = type(exc).__name__
    status = getattr(exc, "status_code", None)
    server_error = getattr(exc, "server_error", None)
    detail = safe_text(server_error or _message(exc))
    where = f"study {study!r}" if study else "this study"
    doing = f" while trying to {action}" if action else ""
    is_auth = name == "AuthenticationError" or status == 401
    is_denied = name == "PermissionDeniedError" or status == 403
    if (is_auth or is_denied) and server_error and "session token" in server_error.lower():
        # Servers differ (401 or 403); either way the key is not the problem.
        code = f" ({status})" if status else ""
        return (
            f"The server rejected this interview's session token{code}{doing}: {detail}. "
            "The token comes from the start of the interview, not from the API key; "
            "if it keeps being refused, start a new interview.",
            False,
        )
    if is_auth:
        if from_env:
            fix = "Set a valid key in KOJI_API_KEY and restart koji-tui."
        else:
            fix = "Edit the study (key e on the study list) and enter a valid key."
        return (f"The API key for {where} was rejected (401){doing}. {fix}", False)
    if is_denied:
        return (
            f"The API key for {where} lacks the permission{doing} (403): {detail}. "
            "Ask for a key with interview:start, interview:chat, interview:complete and interview:read.",
            False,
        )
    if name == "NotFoundError" or status == 404:
        return (f"Not found on the server (404){doing}: {detail}", False)
    if name == "ConflictError" or status == 409:
        return (f"The server refused{doing} (409): {detail}", False)
    if name == "RateLimitedError" or status == 429:
        retry_at = getattr(exc, "retry_at", None)
        wait = ""
        if isinstance(retry_at, int | float):
            seconds = max(1, round(retry_at - time.time()))
            wait = f" Try again in {seconds} s."
        return (f"Rate limit reached for {where}{doing}.{wait} Nothing was lost.", False)
    if name == "BadRequestError" or status == 400:
        if "voice" in detail.lower():
            return (
                f"The server refused the request{doing}: {detail}. "
                "koji-tui runs text interviews only (voice needs a microphone and "
                "Koji's voice client).",
                False,
            )
        return (f"The server refused the request{doing}: {detail}", False)
    if name == "ReplyPendingError":
        return (
            f"The server has the answer but its reply is not ready yet{doing}. "
            "It stays unsent here; press F7 to check again (it is never sent twice).",
            False,
        )
    if name == "UnknownOutcomeError":
        return (
            f"The server's transcript does not show whether it has this answer{doing}: "
            "it stays unsent here and is not sent again blindly. Reopen the interview (or "
            "press F7 later) to check again.",
            False,
        )
    if name == "ReadOnlyError":
        return (f"{detail}", False)
    if name == "SessionError":
        return (f"{detail}", False)
    if name == "TransportError" and "deadline" in detail.lower():
        kept = " Your answer is kept and is resent when it can be." if "answer" in action else ""
        return (
            f"The server for {where} did not finish replying in time{doing} "
            f"(it answers, but too slowly).{kept}",
            True,
        )
    if name == "TransportError":
        if "answer" in action:
            return (
                f"Cannot reach the server for {where}{doing}: offline. "
                "Your answer is kept and is resent when the server is back.",
                True,
            )
        return (
            f"Cannot reach the server for {where}{doing}: offline. "
            "Check the server address and your connection, then try again.",
            True,
        )
    if name == "ServerError" or (isinstance(status, int) and status >= 500):
        return (f"The server failed{doing} ({status or 'error'}): {detail}", True)
    if name == "MalformedResponseError":
        return (f"The server sent a reply koji-tui cannot read{doing}: {detail}", False)
    if name == "NoKeyringError":
        return (f"No system keyring is available: {detail}", False)
    return (f"Something went wrong{doing}: {detail}", False)


def _message(exc: BaseException) -> str:
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    return str(exc) or type(exc).__name__


def server_failing(exc: BaseException) -> bool:
    """The server answered, with a 5xx: it is up but failing (worth retrying, not \"offline\")."""
    status = getattr(exc, "status_code", None)
    return isinstance(status, int) and status >= 500
