"""Benchmark of ``koji-tui study refresh`` under the rate limit (run:
``python tests/benchmarks/bench_refresh.py``; about 25 s).

200 journaled interviews on the sandbox at ``--rate-limit 20/2s``; the refresh is stopped
half-way (what Ctrl-C does) and run again, as the same command would be. Prints:

- the rate achieved over the allowed rate (target >= 0.95): per fixed window of the server's
  limiter, over the full windows (the first and last are partial by nature), and overall;
- the 429s the sandbox served (target 0) and the ones the client waited out;
- interviews fetched more than once over both runs (target 0).

No asserts: the figures are printed for a human (and CI logs) to judge.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


async def bench(n: int, limit: int, window: int, workers: int) -> None:
    from koji_tui.api import KojiClient
    from koji_tui.journal import Journal
    from koji_tui.ops.runner import Progress, run
    from koji_tui.ops.study import RefreshOperation
    from tests.ops.helpers import Counting, seeded

    with tempfile.TemporaryDirectory() as tmp:
        async with seeded(Path(tmp), n, f"{limit}/{window}s") as s:
            srv = s.server
            # Admissions counted where the server decides them, per window of its limiter.
            limiter = srv._app.sandbox.limiter
            admitted: Counter[int] = Counter()
            real_hit = limiter.hit

            def counting_hit(bucket: str, now: float) -> Any:
                decision = real_hit(bucket, now)
                if decision.allowed:
                    admitted[int(now // window)] += 1
                return decision

            limiter.hit = counting_hit
            async with KojiClient(srv.base_url, s.key) as raw:
                client = Counting(raw)
                with Journal(s.journal_path) as journal:
                    stop = asyncio.Event()

                    def halfway(p: Progress) -> None:
                        if p.done >= n // 2:
                            stop.set()

                    t0 = time.monotonic()
                    first = await run(journal, RefreshOperation(journal, client, s.study_name),
                                      stop=stop, on_progress=halfway, workers=workers,
                                      client=raw)  # fmt: skip
                    t1 = time.monotonic()
                    second = await run(journal, RefreshOperation(journal, client, s.study_name),
                                       workers=workers, client=raw)  # fmt: skip
                    t2 = time.monotonic()
            served_429 = srv.stats.status_counts[429]
            requests = srv.stats.requests
    allowed = limit / window
    ordered = [admitted.get(w, 0) for w in range(min(admitted), max(admitted) + 1)]
    inner = ordered[1:-1] if len(ordered) > 2 else ordered
    achieved = sum(inner) / (len(inner) * window)
    twice = sum(1 for c in client.gets.values() if c > 1)
    overall = requests / (t2 - t0)
    print(f"study refresh of {n} interviews at {limit}/{window}s (allowed {allowed:.1f}/s), "
          f"{workers} workers; stopped at {first.progress.done}, then continued")  # fmt: skip
    print(f"  runs            : {t1 - t0:5.1f} s + {t2 - t1:5.1f} s; finished={second.finished}, "
          f"done {second.progress.done} of {second.progress.total}")  # fmt: skip
    print(f"  per window      : {ordered}")
    print(f"  achieved rate   : {achieved:5.2f}/s over {len(inner)} full windows -> "
          f"achieved/allowed = {achieved / allowed:.3f} (target >= 0.95)")  # fmt: skip
    print(f"  overall         : {requests} requests in {t2 - t0:.1f} s = {overall:.2f}/s -> "
          f"{overall / allowed:.3f} of the allowed rate")  # fmt: skip
    waited = first.progress.rate_limited + second.progress.rate_limited
    print(f"  429s            : served {served_429}, waited out by the client {waited} (target 0)")
    print(f"  fetched twice   : {twice} interviews (target 0); "
          f"{len(client.gets)} interviews fetched, {sum(client.gets.values())} GETs")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--window", type=int, default=2)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    asyncio.run(bench(args.n, args.limit, args.window, args.workers))


if __name__ == "__main__":
    main()
