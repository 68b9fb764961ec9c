"""``koji-tui serve``: run the sandbox server in the foreground (stdlib imports only up here)."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number between 0 and 1") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 0 and 1")
    return value


def _seconds(text: str) -> float:
    import math

    from koji_tui.server.config import MAX_LATENCY

    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number of seconds")
    if value < 0:
        raise argparse.ArgumentTypeError("seconds must not be negative")
    if value > MAX_LATENCY:
        raise argparse.ArgumentTypeError(f"{text!r} is more than {MAX_LATENCY:g} seconds")
    return value


def _port(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0-65535)")
    return value


def _extra_key(text: str) -> dict[str, Any]:
    """``KEY=STUDY[:PERMS]`` -> an ``extra_keys`` entry of :class:`ServerConfig`."""
    key, sep, rest = text.partition("=")
    if not sep or not key.strip() or not rest.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not of the form KEY=STUDY[:PERMS]")
    study_id, colon, perms = rest.partition(":")
    entry: dict[str, Any] = {"key": key.strip(), "study_id": study_id.strip()}
    if colon:
        names = [p.strip() for p in perms.split(",") if p.strip()]
        if not names:
            raise argparse.ArgumentTypeError(
                f"{text!r} has an empty permission list after ':'; give some of start, chat, "
                "complete, read, or leave out ':' for all of them"
            )
        entry["permissions"] = [
            n if n.startswith("interview:") else f"interview:{n}" for n in names
        ]
    return entry


def add_arguments(subparsers: Any) -> None:  # argparse._SubParsersAction
    """Register ``serve``."""
    parser = subparsers.add_parser(
        "serve",
        help="run the sandbox server (Koji's Headless API on loopback, with sample studies)",
        description=(
            "Run the koji-tui sandbox: Koji's Headless API with sample studies and a "
            "deterministic interviewer. Prints the base URL and the sandbox API key of each "
            "study, then serves until Ctrl-C. Interviews are kept in SQLite under the data dir."
        ),
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port", type=_port, default=8787, help="port (default 8787; 0 = any free port)"
    )
    parser.add_argument(
        "--studies", metavar="DIR", help="folder of study JSON files (default: the samples)"
    )
    parser.add_argument(
        "--rate-limit",
        default="60/60s",
        metavar="N/Ws",
        help="requests per window per key (default 60/60s)",
    )
    parser.add_argument(
        "--plain-questions",
        action="store_true",
        help="never attach the structured question object (text only, like many servers)",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="where sandbox.sqlite3 lives")
    parser.add_argument("--start-status", type=int, choices=(200, 201), default=201)
    parser.add_argument(
        "--legacy-messages", action="store_true", help="also serve the older POST /{id}/messages"
    )
    parser.add_argument("--seed", type=int, help="deterministic ids and fault dice")
    parser.add_argument(
        "--key",
        dest="extra_keys",
        action="append",
        default=[],
        type=_extra_key,
        metavar="KEY=STUDY[:PERMS]",
        help="another API key for a study, limited to PERMS (comma-separated among start, chat, "
        "complete, read; default all), e.g. pk_test_ro=acme-product-feedback:read; repeatable",
    )
    faults = parser.add_argument_group("fault injection")
    faults.add_argument("--latency", type=_seconds, default=0.0, metavar="SECONDS",
                        help="add about this many seconds (±50%%) to every request; at most 60")  # fmt: skip
    faults.add_argument("--fail-500", type=_share, default=0.0, metavar="SHARE",
                        help="share of requests answered 500 (0-1)")  # fmt: skip
    faults.add_argument("--fail-503", type=_share, default=0.0, metavar="SHARE",
                        help="share of requests answered 503 (0-1)")  # fmt: skip
    faults.add_argument("--drop-rate", type=_share, default=0.0, metavar="SHARE",
                        help="share of requests whose connection is cut (0-1)")  # fmt: skip
    faults.add_argument("--malformed-rate", type=_share, default=0.0, metavar="SHARE",
                        help="share of requests answered 200 with a broken body (0-1)")  # fmt: skip
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from koji_tui.server.catalog import StudyError
    from koji_tui.server.config import FaultConfig, ServerConfig

    try:
        config = ServerConfig(
            data_dir=Path(args.data_dir).expanduser() if args.data_dir else None,
            studies_dir=Path(args.studies).expanduser() if args.studies else None,
            rate_limit=args.rate_limit,
            plain_questions=args.plain_questions,
            seed=args.seed,
            start_status=args.start_status,
            legacy_messages_endpoint=args.legacy_messages,
            extra_keys=args.extra_keys,
            host=args.host,
            port=args.port,
            faults=FaultConfig(
                latency=args.latency,
                fail_500=args.fail_500,
                fail_503=args.fail_503,
                drop_rate=args.drop_rate,
                malformed_rate=args.malformed_rate,
                seed=args.seed,
            ),
        )
    except ValueError as exc:
        print(f"koji-tui serve: {exc}", file=sys.stderr)
        return 2
    import sqlite3

    from koji_tui.server.app import SandboxApp
    from koji_tui.server.runner import bind_socket

    try:
        app = SandboxApp(config)
    except StudyError as exc:
        print(f"koji-tui serve: bad study file: {exc}", file=sys.stderr)
        return 2
    except ValueError as exc:  # an --key for an unknown study
        print(f"koji-tui serve: {exc}", file=sys.stderr)
        return 2
    except (OSError, sqlite3.Error) as exc:
        where = config.resolved_data_dir()
        print(f"koji-tui serve: cannot open the sandbox data in {where}: {exc}", file=sys.stderr)
        return 1
    try:
        sock = bind_socket(config.host, config.port)
    except OSError as exc:
        app.sandbox.close()
        print(f"koji-tui serve: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        return 1
    return _serve(config, app, sock)


def _serve(config: Any, app: Any, sock: Any) -> int:
    from koji_tui.server.config import PERMISSIONS
    from koji_tui.server.runner import ForegroundServer, uvicorn_config

    port = sock.getsockname()[1]
    host = f"[{config.host}]" if ":" in config.host else config.host
    base_url = f"http://{host}:{port}"
    sandbox = app.sandbox
    lines = [
        f"koji-tui sandbox listening on {base_url}",
        f"  data: {sandbox.store.path}",
        f"  rate limit: {config.rate} per key",
        "  studies (sandbox keys, for this local server only):",
    ]
    for study in sandbox.studies:
        detail = f"{study.mode}, {'/'.join(study.locales)}"
        lines.append(f"    {study.name} [{study.id}] ({detail})")
        lines.append(f"      key: {study.api_key}")
    extra = sandbox.extra_keys
    if extra:
        lines.append("  extra keys (--key):")
    for key, principal in extra.items():
        perms = ", ".join(
            p.removeprefix("interview:") for p in PERMISSIONS if p in principal.permissions
        )
        lines.append(f"    key: {key} -> {principal.study.name} [{principal.study.id}] ({perms})")
    lines.append(f"  add one to koji-tui: koji-tui study add NAME --base-url {base_url}")
    lines.append("Press Ctrl-C to stop.")
    print("\n".join(lines), flush=True)
    server = ForegroundServer(uvicorn_config(app.asgi, graceful_shutdown=2))
    try:
        server.run(sockets=[sock])
    finally:
        sandbox.close()
    print("koji-tui sandbox stopped.", flush=True)
    return 0
