"""Benchmark of the API client against the local sandbox (run: ``python tests/benchmarks/bench_api.py``).

Prints, in one run:

(a) per-request overhead of ``KojiClient.get_interview`` over raw httpx doing the same request
    (same sandbox, same JSON decoding), with the sandbox in a process of its own (``koji-tui
    serve``, so the server never competes with the client for this process's GIL) and a huge
    rate limit. Rounds are interleaved and their order alternated; each round gives a ratio
    and an absolute overhead (µs per request, client minus raw), stated as median (min-max)
    over ``--rounds`` rounds. Target ratio <= 1.15.
(b) rate-limit utilisation: N starts fired at once under a small fixed window; the achieved rate
    over the allowed rate (target >= 0.90) and how many 429s the server sent (target 0). This
    part runs the sandbox in process: it counts admissions inside the sandbox's limiter (it
    measures pacing, not speed).

No asserts: the figures are printed for a human (and CI logs) to judge. Takes ~30-60 s.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GOAL = 1.15


@dataclass(frozen=True)
class Overhead:
    raw_us: list[float]  # per request, per round
    client_us: list[float]
    n_messages: int

    @property
    def ratios(self) -> list[float]:
        return [c / r for c, r in zip(self.client_us, self.raw_us, strict=True)]

    @property
    def extra_us(self) -> list[float]:
        return [c - r for c, r in zip(self.client_us, self.raw_us, strict=True)]


async def _overhead(base_url: str, key: str, rounds: int, per_round: int) -> Overhead:
    import httpx

    from koji_tui.api import KojiClient

    async with KojiClient(base_url, key) as client:
        started = await client.start()
        for answer in ("About six months", "Mostly for reporting", "Yes"):
            await client.send_message(
                started.interview_id, answer, session_token=started.session_token
            )
        n_messages = len((await client.get_interview(started.interview_id)).messages)
        url = f"{base_url}/api/v1/interviews/{started.interview_id}"
        raw = httpx.AsyncClient(
            headers={
                "Authorization": f"Bearer {key}",
                "Accept": "application/json",
                "User-Agent": "bench",
            },
            timeout=30.0,
        )

        async def run_raw() -> float:
            t0 = time.perf_counter()
            for _ in range(per_round):
                response = await raw.get(url)
                response.raise_for_status()
                response.json()
            return (time.perf_counter() - t0) / per_round * 1e6

        async def run_client() -> float:
            t0 = time.perf_counter()
            for _ in range(per_round):
                await client.get_interview(started.interview_id)
            return (time.perf_counter() - t0) / per_round * 1e6

        await run_raw()  # warm-up both paths
        await run_client()
        raw_us: list[float] = []
        client_us: list[float] = []
        for i in range(rounds):
            if i % 2:
                c = await run_client()
                r = await run_raw()
            else:
                r = await run_raw()
                c = await run_client()
            raw_us.append(r)
            client_us.append(c)
        await raw.aclose()
    return Overhead(raw_us, client_us, n_messages)


def measure_overhead(rounds: int = 30, per_round: int = 100) -> Overhead:
    """(a), with ``koji-tui serve`` in a child process."""
    from koji_tui.server.catalog import load_studies, study_api_key
    from tests.benchmarks.bench_server import sandbox_process

    key = study_api_key(load_studies()[0].id)
    with tempfile.TemporaryDirectory() as tmp:
        server = sandbox_process(Path(tmp) / "sandbox")
        try:
            return asyncio.run(_overhead(f"http://127.0.0.1:{server.port}", key, rounds, per_round))
        finally:
            server.stop()


def _spread(values: list[float], fmt: str = ".1f") -> str:
    return f"{statistics.median(values):{fmt}} ({min(values):{fmt}}-{max(values):{fmt}})"


def report_overhead(o: Overhead, per_round: int, out: Any = print) -> None:
    out(
        f"(a) get_interview ({o.n_messages}-message transcript), server in its own process, "
        f"{len(o.raw_us)} interleaved rounds x {per_round} requests; median (min-max) of rounds"
    )
    out(f"    raw httpx      : {_spread(o.raw_us)} us/request")
    out(f"    KojiClient     : {_spread(o.client_us)} us/request")
    out(f"    overhead       : {_spread(o.extra_us)} us/request added by the client")
    out(f"    overhead ratio : {_spread(o.ratios, '.3f')}  (target <= {GOAL})")


async def utilisation(n: int, limit: int, window: int) -> None:
    from koji_tui.api import KojiClient, RateLimitedError
    from koji_tui.server import ServerConfig, serve_async

    with tempfile.TemporaryDirectory() as tmp:
        cfg = ServerConfig(data_dir=Path(tmp), rate_limit=f"{limit}/{window}s")
        async with serve_async(cfg) as srv:
            key = srv.key(srv.studies[0].id)
            srv.stats.reset()
            # Count admissions where the server decides them: per fixed window of its limiter
            # (a client-side completion time can fall into the next window).
            limiter = srv._app.sandbox.limiter
            admitted: dict[int, int] = {}
            real_hit = limiter.hit

            def counting_hit(bucket: str, now: float) -> Any:
                decision = real_hit(bucket, now)
                if decision.allowed:
                    w = int(now // window)
                    admitted[w] = admitted.get(w, 0) + 1
                return decision

            limiter.hit = counting_hit
            caller_429 = 0
            done_at: list[float] = []
            async with KojiClient(srv.base_url, key, max_rate_limit_wait=window + 5) as client:
                t0 = time.monotonic()

                async def one() -> None:
                    nonlocal caller_429
                    try:
                        await client.start()
                        done_at.append(time.time())
                    except RateLimitedError:
                        caller_429 += 1

                await asyncio.gather(*(one() for _ in range(n)))
                elapsed = time.monotonic() - t0
            served_429 = srv.stats.status_counts[429]
    allowed = limit / window
    # Requests the server admitted per fixed window (its own floor(t / W)). The first and last
    # windows are partial by nature (we start mid-window, we run out of work), so the achieved
    # rate is measured over the full windows in between.
    assert len(done_at) + caller_429 == n
    per_window = admitted
    ordered = [per_window.get(w, 0) for w in range(min(per_window), max(per_window) + 1)]
    inner = ordered[1:-1] if len(ordered) > 2 else ordered
    achieved = sum(inner) / (len(inner) * window)
    print(f"(b) {n} starts fired at once under {limit} per {window} s (allowed {allowed:.1f}/s)")
    print(f"    elapsed        : {elapsed:6.2f} s; requests per window: {ordered}")
    print(
        f"    achieved rate  : {achieved:6.2f}/s over the {len(inner)} full windows -> "
        f"achieved/allowed = {achieved / allowed:.3f} (target >= 0.90)"
    )
    print(
        f"    429s           : served by the sandbox {served_429}, seen by the caller {caller_429}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--per-round", type=int, default=100)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--window", type=int, default=2)
    args = parser.parse_args()
    report_overhead(measure_overhead(args.rounds, args.per_round), args.per_round)
    asyncio.run(utilisation(args.n, args.limit, args.window))


if __name__ == "__main__":
    main()
