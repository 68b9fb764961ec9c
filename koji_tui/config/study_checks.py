"""A study's name and server address checked and made canonical, and the errors the study list
raises (worded for people, in the user's language: :mod:`koji_tui.config.studies` re-exports
them)."""

from __future__ import annotations

from urllib.parse import urlsplit

from koji_tui.i18n import app_translator

ENV_BASE_URL = "KOJI_BASE_URL"
ENV_API_KEY = "KOJI_API_KEY"
ENV_STUDY_PREFIX = "env: "
MAX_NAME_LENGTH = 80


def _(message: str, **values: object) -> str:
    """``message`` in the user's language (shown by the app and the commands), its ``{name}``
    fields filled from ``values``."""
    text = app_translator().gettext(message)
    return text.format(**values) if values else text


class ConfigError(Exception):
    """A configuration problem the user can fix; the message says what and where."""


class DuplicateStudyError(ConfigError):
    """A study with that name already exists."""


class UnknownStudyError(ConfigError):
    """No study has that name."""


def host_port(base_url: str) -> str:
    try:
        parts = urlsplit(base_url)
        port = parts.port
    except ValueError:  # not a normalized URL; show it as it is
        return base_url
    host = parts.hostname or ""
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = port or (443 if parts.scheme == "https" else 80)
    return f"{host}:{port}"


def normalize_base_url(url: str) -> str:
    """Return the canonical server root for ``url`` or raise :class:`ConfigError`.

    Accepts ``http``/``https`` URLs with a host; strips whitespace, trailing
    slashes and a trailing ``/api/v1/interviews``.
    """
    text = (url or "").strip()
    if not text:
        raise ConfigError(_("The server URL is empty. Example: https://koji.example"))
    if any(ch.isspace() or ord(ch) < 32 for ch in text):
        raise ConfigError(_("The server URL must not contain spaces or control characters."))
    try:
        parts = urlsplit(text)
    except ValueError as exc:  # e.g. "Invalid IPv6 URL" for http://[::1
        raise ConfigError(
            _("The server URL is not valid ({exc}): {text}", exc=exc, text=_shown(text))
        ) from None
    if parts.scheme not in ("http", "https"):
        raise ConfigError(
            _("The server URL must start with http:// or https:// (got {text}).", text=_shown(text))
        )
    try:
        port = parts.port
    except ValueError:
        raise ConfigError(
            _("The server URL has an invalid port: {text}", text=_shown(text))
        ) from None
    if not parts.hostname:
        raise ConfigError(_("The server URL has no host name: {text}", text=_shown(text)))
    if parts.username is not None or parts.password is not None:
        raise ConfigError(
            _(
                "The server URL must not contain a user name or password; the API key is asked for separately."
            )
        )
    if parts.query or parts.fragment:
        raise ConfigError(_("The server URL must not contain a query (?…) or a fragment (#…)."))
    from koji_tui.api.client import API_PATH  # the one spelling of the path (api's)

    path = parts.path.rstrip("/")
    if path.endswith(API_PATH):
        path = path[: -len(API_PATH)]
    host = parts.hostname
    if ":" in host:
        host = f"[{host}]"
    netloc = host if port is None else f"{host}:{port}"
    return f"{parts.scheme}://{netloc}{path}"


def is_loopback(base_url: str) -> bool:
    try:
        host = urlsplit(base_url).hostname or ""
    except ValueError:
        return False
    return host in ("localhost", "::1") or host.startswith("127.")


def validate_name(name: str) -> str:
    """Return the cleaned study name or raise :class:`ConfigError`."""
    text = (name or "").strip()
    if not text:
        raise ConfigError(_("The study name is empty."))
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text):
        raise ConfigError(_("The study name must not contain control characters."))
    if len(text) > MAX_NAME_LENGTH:
        raise ConfigError(
            _(
                "The study name is too long (at most {MAX_NAME_LENGTH} characters).",
                MAX_NAME_LENGTH=MAX_NAME_LENGTH,
            )
        )
    if text.lower().startswith(ENV_STUDY_PREFIX.strip()):
        raise ConfigError(
            _(
                "Study names starting with 'env:' are reserved for the study taken from {ENV_BASE_URL}/{ENV_API_KEY}.",
                ENV_BASE_URL=ENV_BASE_URL,
                ENV_API_KEY=ENV_API_KEY,
            )
        )
    return text


def _shown(text: str, limit: int = 60) -> str:
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(text)
