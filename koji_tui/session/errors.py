"""Failures worded for people: a clear, secret-free sentence and whether it means "offline".

Errors are recognised by class name and ``status_code``, so this module does not import the API
client (it stays cheap to import, and works for any client that raises the same kinds).
No UI: the interview controller, the CLI and the screens share it. The session's own refusals
(:class:`SessionError`, :class:`ReadOnlyError`) are defined here.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from koji_tui.i18n import N_, Translator, app_translator
from koji_tui.safety import safe_text

if TYPE_CHECKING:
    from koji_tui.journal.lease import LeaseHolder

#: The session's read-only refusal (ReadOnlyError's message).
READ_ONLY = N_(
    "This interview is open in another {holder}: it is read-only here, "
    "and its unsent answer (if any) belongs to that window."
)


class SessionError(Exception):
    """The session cannot do that now (no interview yet, completed, answer pending...)."""


class ReadOnlyError(SessionError):
    """Another process drives this interview; here it is open read-only."""

    def __init__(self, holder: LeaseHolder) -> None:
        super().__init__(READ_ONLY.format(holder=holder.describe()))
        self.holder = holder


#: What the controller was doing when it failed (``describe_error``'s ``action``): callers pass
#: the English; it is shown in the translator's language ("… while trying to send the answer").
ACTIONS: dict[str, str] = {
    "start the interview": N_("start the interview"),
    "complete the interview": N_("complete the interview"),
    "send the answer": N_("send the answer"),
    "resend the answer": N_("resend the answer"),
    "discard it": N_("discard it"),
    "reach the server": N_("reach the server"),
    "load the interview": N_("load the interview"),
}


def describe_error(
    exc: BaseException,
    study: str = "",
    action: str = "",
    *,
    from_env: bool = False,
    tr: Translator | None = None,
) -> tuple[str, bool]:
    """A clear, secret-free sentence for a failure, and whether it means 'offline'.

    Recognises the client's error classes by name so it works before
    ``koji_tui.api`` is imported; anything else falls back to its message.
    ``from_env`` says the study comes from KOJI_BASE_URL/KOJI_API_KEY (it cannot be
    edited in the app, so a rejected key is fixed in the environment). ``tr``: the language
    of the sentence (an interview passes its interview's translator; the user's by default).
    """
    tr = tr or app_translator()
    name = type(exc).__name__
    status = getattr(exc, "status_code", None)
    server_error = getattr(exc, "server_error", None)
    detail = safe_text(server_error or _message(exc))
    where = (
        tr.gettext("study {study}").format(study=repr(study)) if study else tr.gettext("this study")
    )
    doing = ""
    if action:
        shown = tr.gettext(ACTIONS[action]) if action in ACTIONS else action
        doing = tr.gettext(" while trying to {action}").format(action=shown)
    is_auth = name == "AuthenticationError" or status == 401
    is_denied = name == "PermissionDeniedError" or status == 403
    if (is_auth or is_denied) and server_error and "session token" in server_error.lower():
        # Servers differ (401 or 403); either way the key is not the problem.
        code = f" ({status})" if status else ""
        return (
            tr.gettext(
                "The server rejected this interview's session token{code}{doing}: {detail}. "
                "The token comes from the start of the interview, not from the API key; "
                "if it keeps being refused, start a new interview."
            ).format(code=code, doing=doing, detail=detail),
            False,
        )
    if is_auth:
        if from_env:
            fix = tr.gettext("Set a valid key in KOJI_API_KEY and restart koji-tui.")
        else:
            fix = tr.gettext("Edit the study (key e on the study list) and enter a valid key.")
        text = tr.gettext("The API key for {where} was rejected (401){doing}.")
        return (text.format(where=where, doing=doing) + " " + fix, False)
    if is_denied:
        return (
            tr.gettext(
                "The API key for {where} lacks the permission{doing} (403): {detail}. Ask for "
                "a key with {scopes}."
            ).format(
                where=where,
                doing=doing,
                detail=detail,
                scopes=tr.gettext("{a}, {b}, {c} and {d}").format(
                    a="interview:start",
                    b="interview:chat",
                    c="interview:complete",
                    d="interview:read",
                ),
            ),
            False,
        )
    if name == "NotFoundError" or status == 404:
        text = tr.gettext("Not found on the server (404){doing}: {detail}")
        return (text.format(doing=doing, detail=detail), False)
    if name == "ConflictError" or status == 409:
        text = tr.gettext("The server refused{doing} (409): {detail}")
        return (text.format(doing=doing, detail=detail), False)
    if name == "RateLimitedError" or status == 429:
        retry_at = getattr(exc, "retry_at", None)
        wait = ""
        if isinstance(retry_at, int | float):
            seconds = max(1, round(retry_at - time.time()))
            wait = " " + tr.gettext("Try again in {seconds} s.").format(seconds=seconds)
        text = tr.gettext("Rate limit reached for {where}{doing}.{wait} Nothing was lost.")
        return (text.format(where=where, doing=doing, wait=wait), False)
    if name == "BadRequestError" or status == 400:
        if "voice" in detail.lower():
            return (
                tr.gettext(
                    "The server refused the request{doing}: {detail}. koji-tui runs text "
                    "interviews only (voice needs a microphone and Koji's voice client)."
                ).format(doing=doing, detail=detail),
                False,
            )
        text = tr.gettext("The server refused the request{doing}: {detail}")
        return (text.format(doing=doing, detail=detail), False)
    if name == "ReplyPendingError":
        return (
            tr.gettext(
                "The server has the answer but its reply is not ready yet{doing}. It stays "
                "unsent here; press F7 to check again (it is never sent twice)."
            ).format(doing=doing),
            False,
        )
    if name == "UnknownOutcomeError":
        return (
            tr.gettext(
                "The server's transcript does not show whether it has this answer{doing}: it "
                "stays unsent here and is not sent again blindly. Reopen the interview (or "
                "press F7 later) to check again."
            ).format(doing=doing),
            False,
        )
    if name == "ReadOnlyError" and hasattr(getattr(exc, "holder", None), "describe"):
        return (tr.gettext(READ_ONLY).format(holder=exc.holder.describe()), False)  # type: ignore[attr-defined]
    if name in ("ReadOnlyError", "SessionError") or isinstance(exc, SessionError):
        return (tr.gettext(detail), False)  # the session's N_-marked English, translated
    if name == "TransportError" and "deadline" in detail.lower():
        kept = (
            " " + tr.gettext("Your answer is kept and is resent when it can be.")
            if "answer" in action
            else ""
        )
        text = tr.gettext(
            "The server for {where} did not finish replying in time{doing} "
            "(it answers, but too slowly).{kept}"
        )
        return (text.format(where=where, doing=doing, kept=kept), True)
    if name == "TransportError":
        if "answer" in action:
            text = tr.gettext(
                "Cannot reach the server for {where}{doing}: offline. "
                "Your answer is kept and is resent when the server is back."
            )
            return (text.format(where=where, doing=doing), True)
        text = tr.gettext(
            "Cannot reach the server for {where}{doing}: offline. "
            "Check the server address and your connection, then try again."
        )
        return (text.format(where=where, doing=doing), True)
    if name == "ServerError" or (isinstance(status, int) and status >= 500):
        text = tr.gettext("The server failed{doing} ({status}): {detail}")
        code = str(status) if status else tr.gettext("error")
        return (text.format(doing=doing, status=code, detail=detail), True)
    if name == "MalformedResponseError":
        text = tr.gettext("The server sent a reply koji-tui cannot read{doing}: {detail}")
        return (text.format(doing=doing, detail=detail), False)
    if name == "NoKeyringError":
        text = tr.gettext("No system keyring is available: {detail}")
        return (text.format(detail=detail), False)
    text = tr.gettext("Something went wrong{doing}: {detail}")
    return (text.format(doing=doing, detail=detail), False)


def _message(exc: BaseException) -> str:
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    return str(exc) or type(exc).__name__


def server_failing(exc: BaseException) -> bool:
    """The server answered, with a 5xx: it is up but failing (worth retrying, not \"offline\")."""
    status = getattr(exc, "status_code", None)
    return isinstance(status, int) and status >= 500
