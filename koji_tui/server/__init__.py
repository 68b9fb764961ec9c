"""The koji-tui sandbox: Koji's Headless API served on loopback for demos and tests.

    from koji_tui.server import ServerConfig, FaultConfig, Fault, create_app, serve_in_thread, serve_async

    async with serve_async(ServerConfig(data_dir=tmp)) as srv:
        srv.base_url, srv.studies, srv.key(study_id), srv.faults, srv.stats, srv.stop(), srv.restart()

See ``app.py`` for the HTTP behaviour, ``interviewer.py`` for the interviewer, ``catalog.py``
for the study file format and ``runner.py`` for start/stop/restart.
"""

from __future__ import annotations

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
