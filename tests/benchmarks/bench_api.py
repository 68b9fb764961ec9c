"""Benchmark of the API client against the local sandbox (run: ``python tests/benchmarks/bench_api.py``).

Prints, in one run:

(a) per-request overhead of ``KojiClient.get_interview`` as a ratio to raw httpx doing the same
    request (same sandbox, same shared connection pool setup, same JSON decoding) with a huge rate
    limit; rounds are interleaved (and their order alternated) to cancel noise. Target <= 1.15.
(b) rate-limit utilisation: N starts fired at once under a small fixed window; the achieved rate
    over the allowed rate (target >= 0.90) and how many 429s the server sent (target 0).

No asserts: the figures are printed for a human (and CI logs) to judge. Takes ~20-40 s.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


async def overhead(rounds: int, per_round: int) -> None:
    import httpx

    from koji_tui.api import KojiClient
    from koji_tui.server import ServerConfig, serve_async

    with tempfile.TemporaryDirectory() as tmp:
        cfg = ServerConfig(data_dir=Path(tmp), rate_limit="100000000/60s")
        async with serve_async(cfg) as srv:
            study = srv.studies[0]
            key = srv.key(study.id)
            async with KojiClient(srv.base_url, key) as client:
                started = await client.start()
                for answer in ("About six months", "Mostly for reporting", "Yes"):
                    await client.send_message(
                        started.interview_id, answer, session_token=started.session_token
                    )
                n_messages = len((await client.get_interview(started.interview_id)).messages)
                url = f"{srv.base_url}/api/v1/interviews/{started.interview_id}"
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
                    return time.perf_counter() - t0

                async def run_client() -> float:
                    t0 = time.perf_counter()
                    for _ in range(per_round):
                        await client.get_interview(started.interview_id)
                    return time.perf_counter() - t0

                await run_raw()  # warm-up both paths
                await run_client()
                ratios: list[float] = []
                raw_times: list[float] = []
                client_times: list[float] = []
                for i in range(rounds):
                    if i % 2:
                        c = await run_client()
                        r = await run_raw()
                    else:
                        r = await run_raw()
                        c = await run_client()
                    raw_times.append(r)
                    client_times.append(c)
                    ratios.append(c / r)
                await raw.aclose()
    raw_us = statistics.median(raw_times) / per_round * 1e6
    client_us = statistics.median(client_times) / per_round * 1e6
    print(
        f"(a) get_interview ({n_messages}-message transcript), {rounds} interleaved rounds x "
        f"{per_round} requests"
    )
    print(f"    raw httpx      : {raw_us:8.1f} us/request (median round)")
    print(f"    KojiClient     : {client_us:8.1f} us/request (median round)")
    print(
        f"    overhead ratio : {statistics.median(ratios):.3f} (median of rounds; "
        f"min {min(ratios):.3f}, max {max(ratios):.3f}; target <= 1.15)"
    )


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
    parser.add_argument("--rounds", type=int, default=12)
    parser.add_argument("--per-round", type=int, default=150)
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--window", type=int, default=2)
    args = parser.parse_args()
    asyncio.run(overhead(args.rounds, args.per_round))
    asyncio.run(utilisation(args.n, args.limit, args.window))


if __name__ == "__main__":
    main()
