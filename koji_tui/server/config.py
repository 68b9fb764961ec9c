"""Sandbox configuration: :class:`ServerConfig`, :class:`FaultConfig`, :class:`Fault`, rate limits."""

from __future__ import annotations

import math
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

FaultKind = Literal["500", "503", "drop", "malformed", "delay"]
FAULT_KINDS: tuple[str, ...] = ("500", "503", "drop", "malformed", "delay")
ENDPOINTS: tuple[str, ...] = ("start", "message", "complete", "get")
MAX_LATENCY = 60.0  # seconds; more would only look like a hung server
PERMISSIONS: tuple[str, ...] = (
    "interview:start",
    "interview:chat",
    "interview:complete",
    "interview:read",
)

_RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d+(?:\.\d+)?)?\s*(ms|s|m|min|h)?\s*$", re.IGNORECASE)
_UNIT = {"ms": 0.001, "s": 1.0, "m": 60.0, "min": 60.0, "h": 3600.0}


@dataclass(frozen=True)
class RateLimit:
    """At most ``limit`` requests per fixed window of ``window`` seconds (per API key)."""

    limit: int
    window: float

    def __str__(self) -> str:
        window = int(self.window) if self.window == int(self.window) else self.window
        return f"{self.limit}/{window}s"


def parse_rate_limit(text: str | RateLimit) -> RateLimit:
    """``"60/60s"``, ``"20/2s"``, ``"1000/1s"``, ``"100/1m"``, ``"5/s"`` -> :class:`RateLimit`.

    Raises ValueError with a readable message for anything else.
    """
    if isinstance(text, RateLimit):
        return text
    match = _RATE.match(str(text))
    if not match or not (match.group(2) or match.group(3)):
        raise ValueError(
            f"rate limit {text!r} is not of the form N/Ws (for example 60/60s, 20/2s, 100/1m)"
        )
    limit = int(match.group(1))
    amount = float(match.group(2)) if match.group(2) else 1.0
    window = amount * _UNIT[(match.group(3) or "s").lower()]
    if limit < 1:
        raise ValueError(f"rate limit {text!r}: the number of requests must be at least 1")
    if window < 1:
        raise ValueError(f"rate limit {text!r}: the window must be at least one second")
    if window != int(window):
        raise ValueError(f"rate limit {text!r}: the window must be a whole number of seconds")
    return RateLimit(limit, window)


@dataclass(frozen=True)
class Fault:
    """One queued fault: applies to the next request to ``endpoint`` (None = any endpoint).

    kinds: "500" / "503" (an error reply), "drop" (the connection is cut with an incomplete
    response: httpx raises RemoteProtocolError), "malformed" (200 with a non-JSON or
    wrong-shaped body), "delay" (sleep ``seconds``). With ``after_processing=True`` the request
    is fully processed (answer stored, reply generated) before the fault; otherwise the fault
    happens first and nothing changes (a "delay" before processing skips the work when the
    client has gone away meanwhile).
    """

    kind: str
    endpoint: str | None = None
    after_processing: bool = False
    seconds: float = 0.0

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"fault kind must be one of {', '.join(FAULT_KINDS)}")
        if self.endpoint is not None and self.endpoint not in ENDPOINTS:
            raise ValueError(f"fault endpoint must be None or one of {', '.join(ENDPOINTS)}")
        if self.seconds < 0:
            raise ValueError("fault seconds must not be negative")


@dataclass
class FaultConfig:
    """Random faults (shares between 0 and 1, per request) plus a deterministic queue.

    ``latency``: every request waits between 0.5x and 1.5x this many seconds.
    ``fail_500`` / ``fail_503`` / ``drop_rate`` / ``malformed_rate``: share of requests that
    fail that way (random faults happen before or after processing, half and half).
    ``seed``: seeds the fault RNG (None: random). Tests change these fields or call
    :meth:`enqueue` while the server runs (thread-safe).
    """

    latency: float = 0.0
    fail_500: float = 0.0
    fail_503: float = 0.0
    drop_rate: float = 0.0
    malformed_rate: float = 0.0
    seed: int | None = None
    _queue: list[Fault] = field(default_factory=list, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    _rng: random.Random = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("fail_500", "fail_503", "drop_rate", "malformed_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        if self.fail_500 + self.fail_503 + self.drop_rate + self.malformed_rate > 1.0:
            raise ValueError("the fault shares add up to more than 1")
        if not math.isfinite(self.latency):
            raise ValueError("latency must be a finite number of seconds")
        if self.latency < 0:
            raise ValueError("latency must not be negative")
        if self.latency > MAX_LATENCY:
            raise ValueError(f"latency must be at most {MAX_LATENCY:g} seconds")
        self._rng = random.Random(self.seed)

    def enqueue(self, fault: Fault) -> None:
        """Apply ``fault`` to the next request that matches its endpoint."""
        if not isinstance(fault, Fault):
            raise TypeError("enqueue() takes a Fault")
        with self._lock:
            self._queue.append(fault)

    def clear(self) -> None:
        with self._lock:
            self._queue.clear()

    @property
    def pending(self) -> list[Fault]:
        with self._lock:
            return list(self._queue)

    def take(self, endpoint: str) -> Fault | None:
        """The fault for one request to ``endpoint``: a queued one first, else a random one."""
        with self._lock:
            for i, fault in enumerate(self._queue):
                if fault.endpoint is None or fault.endpoint == endpoint:
                    return self._queue.pop(i)
            roll = self._rng.random()
            after = self._rng.random() < 0.5
            for kind, share in (
                ("500", self.fail_500),
                ("503", self.fail_503),
                ("drop", self.drop_rate),
                ("malformed", self.malformed_rate),
            ):
                if roll < share:
                    return Fault(kind, endpoint, after_processing=after)
                roll -= share
            return None

    def latency_for_request(self) -> float:
        if self.latency <= 0:
            return 0.0
        with self._lock:
            return self.latency * self._rng.uniform(0.5, 1.5)

    def choice(self, n: int) -> int:
        with self._lock:
            return self._rng.randrange(n)


@dataclass
class ServerConfig:
    """Everything a sandbox needs; all fields optional.

    data_dir: folder of ``sandbox.sqlite3`` (None: ``koji_tui.paths.data_dir()``).
    studies_dir: folder of study JSON files (None: the shipped samples).
    rate_limit: ``"N/Ws"`` per API key, fixed aligned windows.
    plain_questions: never attach the structured ``question`` object.
    faults: a live :class:`FaultConfig` (the running server reads it on every request).
    seed: deterministic interview ids and session tokens.
    start_status: 201 (default) or 200 for ``POST /start``.
    extra_keys: more keys, e.g. ``{"key": "pk_test_ro", "study_id": "...",
        "permissions": ["interview:read"]}`` (permissions default to all four).
    legacy_messages_endpoint: also serve the older ``POST /{id}/messages`` shape.
    clock: seconds since the epoch (timestamps and rate-limit windows); default time.time.
    host / port: where to listen (port 0: a free port).
    stream_delay: seconds between SSE chunks.
    max_body_bytes: larger request bodies get 413.
    body_timeout: seconds to receive a whole request body; a slower (or short) body gets 408
        and the connection is closed.
    """

    data_dir: Path | None = None
    studies_dir: Path | None = None
    rate_limit: str | RateLimit = "60/60s"
    plain_questions: bool = False
    faults: FaultConfig = field(default_factory=FaultConfig)
    seed: int | None = None
    start_status: int = 201
    extra_keys: list[dict[str, Any]] = field(default_factory=list)
    legacy_messages_endpoint: bool = False
    clock: Callable[[], float] | None = None
    host: str = "127.0.0.1"
    port: int = 0
    stream_delay: float = 0.03
    max_body_bytes: int = 1_048_576
    body_timeout: float = 5.0

    def __post_init__(self) -> None:
        self.rate = parse_rate_limit(self.rate_limit)
        if self.start_status not in (200, 201):
            raise ValueError("start_status must be 200 or 201")
        if self.data_dir is not None:
            self.data_dir = Path(self.data_dir)
        if self.studies_dir is not None:
            self.studies_dir = Path(self.studies_dir)
        if self.faults is None:
            self.faults = FaultConfig()
        if not (math.isfinite(self.body_timeout) and self.body_timeout > 0):
            raise ValueError("body_timeout must be a positive number of seconds")

    def now(self) -> float:
        return (self.clock or time.time)()

    def resolved_data_dir(self) -> Path:
        if self.data_dir is not None:
            return self.data_dir
        from koji_tui import paths

        return paths.data_dir()
