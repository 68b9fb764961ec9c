"""The koji-tui sandbox: Koji's Headless API served on loopback for demos and tests.

    from koji_tui.server import ServerConfig, FaultConfig, Fault, create_app, serve_in_thread, serve_async

    async with serve_async(ServerConfig(data_dir=tmp)) as srv:
        srv.base_url, srv.studies, srv.key(study_id), srv.faults, srv.stats, srv.stop(), srv.restart()

See ``app.py`` for the HTTP behaviour (and the modules it is split into), ``interviewer.py``
for the interviewer, ``catalog.py`` for the study file format and ``runner.py`` for
start/stop/restart.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Lazy exports: ``koji_tui.server.cli`` lives in this package and must import only the stdlib
# (``koji-tui --help`` stays fast), so starlette and uvicorn load on first use of a name below.
_EXPORTS = {
    "ServerStats": "app",
    "create_app": "app",
    "GuideQuestion": "catalog",
    "SandboxStudy": "catalog",
    "StudyError": "catalog",
    "load_studies": "catalog",
    "study_api_key": "catalog",
    "FAULT_KINDS": "config",
    "PERMISSIONS": "config",
    "Fault": "config",
    "FaultConfig": "config",
    "RateLimit": "config",
    "ServerConfig": "config",
    "parse_rate_limit": "config",
    "SandboxServer": "runner",
    "serve_async": "runner",
    "serve_in_thread": "runner",
}

if TYPE_CHECKING:
    from koji_tui.server.app import ServerStats, create_app
    from koji_tui.server.catalog import (
        GuideQuestion,
        SandboxStudy,
        StudyError,
        load_studies,
        study_api_key,
    )
    from koji_tui.server.config import (
        FAULT_KINDS,
        PERMISSIONS,
        Fault,
        FaultConfig,
        RateLimit,
        ServerConfig,
        parse_rate_limit,
    )
    from koji_tui.server.runner import SandboxServer, serve_async, serve_in_thread


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'koji_tui.server' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"koji_tui.server.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


__all__ = [
    "FAULT_KINDS",
    "PERMISSIONS",
    "Fault",
    "FaultConfig",
    "GuideQuestion",
    "RateLimit",
    "SandboxServer",
    "SandboxStudy",
    "ServerConfig",
    "ServerStats",
    "StudyError",
    "create_app",
    "load_studies",
    "parse_rate_limit",
    "serve_async",
    "serve_in_thread",
    "study_api_key",
]
