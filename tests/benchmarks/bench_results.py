"""Benchmark of ``koji-tui results`` on a big study (run:
``python tests/benchmarks/bench_results.py``; about a minute, most of it building the journal).

10,000 journaled interviews (cloned, with varied answers, from interviews run on the sandbox:
real question objects, widget values and typed answers), then, interleaved over several rounds:

- baseline: reading the same rows with plain ``sqlite3`` (the two queries results make:
  the study's interviews, and their turns, fetched as tuples);
- koji-tui: computing the results (``results_for``) and drawing them (``render_results`` to a
  120-column console).

Prints the median of each and the ratio (target <= 3). No asserts.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

STUDY = "Acme product feedback"


async def templates(tmp: Path) -> Path:
    """A journal with a few real interviews of the sandbox (widget answers, typed ones)."""
    from koji_tui.api import KojiClient
    from koji_tui.journal import Journal
    from koji_tui.questions import QuestionType
    from koji_tui.server import ServerConfig, serve_async
    from tests.results.seed import Plan, run_interview

    path = tmp / "templates.sqlite3"
    cfg = ServerConfig(data_dir=tmp / "sandbox", rate_limit="100000/60s", stream_delay=0)
    async with serve_async(cfg) as srv:
        async with KojiClient(srv.base_url, srv.key("acme-product-feedback")) as client:
            with Journal(path) as journal:
                for plan in (
                    Plan(),
                    Plan(free_text=frozenset(QuestionType), reason="manual"),
                    Plan(stop_after=3, reason="respondent_left"),
                    Plan(stop_after=2, reason=None),
                ):
                    await run_interview(client, journal, STUDY, plan)
    return path


def build(template: Path, target: Path, n: int) -> int:
    """``n`` interviews cloned from the templates, answers varied; returns the turn count."""
    from koji_tui.journal import Journal

    Journal(target).close()  # the schema
    rng = random.Random(14)
    src = sqlite3.connect(template)
    src.row_factory = sqlite3.Row
    interviews = src.execute("SELECT * FROM interviews ORDER BY record_id").fetchall()
    turns = {
        i["record_id"]: src.execute(
            "SELECT * FROM turns WHERE record_id = ? ORDER BY seq", (i["record_id"],)
        ).fetchall()
        for i in interviews
    }
    options = ["Every day", "A few times a week", "A few times a month", "Rarely"]
    dst = sqlite3.connect(target)
    dst.execute("PRAGMA synchronous=OFF")
    count = 0
    with dst:
        for k in range(n):
            base = interviews[k % len(interviews)]
            day = 1 + k % 28
            started = f"2026-02-{day:02d}T{k % 24:02d}:{k % 60:02d}:00.000Z"
            score = None if base["quality_score"] is None else round(rng.uniform(1, 5), 1)
            completed = (
                f"2026-02-{day:02d}T{k % 24:02d}:{(k % 50) + 5:02d}:30.000Z"
                if base["status"] == "completed"
                else None
            )
            respondent = json.dumps({"external_id": f"p{k}", "display_name": f"P {k}",
                                     "metadata": {"segment": rng.choice(["smb", "ent"])}})  # fmt: skip
            cur = dst.execute(
                "INSERT INTO interviews (study_name, base_url, interview_id, session_token,"
                " respondent, mode, locale, status, started_at, completed_at, updated_at,"
                " turn_count, quality_score, completion_reason)"
                " VALUES (?, ?, ?, NULL, ?, 'text', 'en', ?, ?, ?, ?, ?, ?, ?)",
                (STUDY, "http://127.0.0.1:1", f"int_{k:06d}", respondent, base["status"],
                 started, completed, started, base["turn_count"], score,
                 base["completion_reason"]),
            )  # fmt: skip
            record_id = cur.lastrowid
            rows = []
            for t in turns[base["record_id"]]:
                value = t["answer_value"]
                content = t["content"]
                if value is not None:
                    loaded = json.loads(value)
                    if isinstance(loaded, int) and not isinstance(loaded, bool):
                        loaded = rng.randint(0, 10)
                    elif isinstance(loaded, bool):
                        loaded = rng.random() < 0.6
                    elif isinstance(loaded, str) and loaded in options:
                        loaded = rng.choice(options)
                    elif (
                        isinstance(loaded, list)
                        and loaded
                        and all(isinstance(x, str) for x in loaded)
                    ):
                        loaded = rng.sample(loaded, len(loaded))
                    value = json.dumps(loaded)
                rows.append((record_id, t["seq"], t["role"], content, t["created_at"], t["state"],
                             t["question"], value, t["sent_at"]))  # fmt: skip
            dst.executemany(
                "INSERT INTO turns (record_id, seq, role, content, created_at, state, question,"
                " answer_value, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            count += len(rows)
    dst.close()
    return count


def plain_read(path: Path) -> int:
    from koji_tui.results.load import INTERVIEWS_SQL, TURNS_SQL

    conn = sqlite3.connect(path)
    try:
        a = conn.execute(INTERVIEWS_SQL, (STUDY,)).fetchall()
        b = conn.execute(TURNS_SQL, (STUDY,)).fetchall()
        return len(a) + len(b)
    finally:
        conn.close()


def ours(path: Path) -> int:
    from rich.console import Console

    from koji_tui.journal import Journal
    from koji_tui.results import answers, results_for
    from koji_tui.results.render import render_results

    for cached in (answers.assistant_question, answers.widget_question, answers.fold,
                   answers._read_text, answers._loads):  # fmt: skip
        cached.cache_clear()  # every round starts cold, as a new process would
    with Journal(path) as journal:
        results = results_for(journal, STUDY)
    out = io.StringIO()
    Console(file=out, width=120, no_color=True).print(render_results(results, 120))
    return results.counts.started + len(out.getvalue())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = asyncio.run(templates(folder))
        path = folder / "journal.sqlite3"
        turns = build(template, path, args.n)
        plain_read(path), ours(path)  # warm the page cache and the imports
        base: list[float] = []
        mine: list[float] = []
        for round_no in range(args.rounds):
            order = [(plain_read, base), (ours, mine)]
            for fn, times in order if round_no % 2 == 0 else order[::-1]:
                t0 = time.perf_counter()
                fn(path)
                times.append(time.perf_counter() - t0)
    b, m = statistics.median(base), statistics.median(mine)
    print(f"results of {args.n:,} journaled interviews ({turns:,} turns), median of {args.rounds}")
    print(f"  plain sqlite3 read : {b * 1000:8.1f} ms")
    print(f"  compute + draw     : {m * 1000:8.1f} ms")
    print(f"  ratio              : {m / b:8.2f} (target <= 3)")


if __name__ == "__main__":
    main()
