"""Sandbox throughput under concurrency, as ratios, against what it stores.

Run: ``python tests/benchmarks/bench_server.py [--clients 50] [--requests 40] [--rounds 5]``
(not collected by pytest; nothing here asserts a time). Prints ratios only: absolute rates depend
on the machine.

- The sandbox runs as ``koji-tui serve --seed 7`` in its own process, on 127.0.0.1, on a data
  dir seeded directly through SQLite with 0, 1,000 and 10,000 stored interviews (3 messages
  each, with the ids that sandbox would have given them). Every round starts every server
  afresh, each sandbox on a fresh copy of its level's store, and warms them all up alike.
- The baseline, measured in the same run, is a bare Starlette route returning a fixed JSON body,
  served in its own process by the same uvicorn setup (h11, bound the same way).
- The load: ``--clients`` concurrent keep-alive connections (a minimal asyncio HTTP/1.1
  client, cheaper than httpx so that it measures the server), each sending a bounded number of
  requests. Rates are requests per second; every round measures every target, in slices that
  take turns between the targets (the order rotated every round), and each ratio is taken
  between the same slice of two targets and given as median (min-max) over all the slices.
  ``--levels 0,10000,50000`` adds the issue's 50,000.

Rows: ``POST /start``, ``start + message`` (two requests, the message uses the new interview)
and ``GET`` of a stored interview, each as sandbox/baseline, and ``POST /start`` as a ratio of
its own rate with an empty store. The goal is printed beside each row. A second table gives the
server process's CPU time per request (Linux ``/proc``), sandbox/baseline: on a shared machine
it moves less than the rates do. Absolute baseline rates go to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

API = "/api/v1/interviews"
LEVELS = (0, 1_000, 10_000)
SEED = 7  # the sandboxes' --seed: the seeded stores hold the ids it would have made
WARM_UP = 4  # units of work per connection when a server has started, before any measurement
ANSWER = "We use it for invoices every week, mostly on Mondays."


# --------------------------------------------------------------------------- servers


def _serve_baseline() -> None:
    """The bare Starlette route (run in a child process: ``--baseline-server``)."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from koji_tui.server.runner import bind_socket

    body = {"interview_id": "int_1", "session_token": "stk_1", "initial_message": "Hi!"}

    async def handler(request: Request) -> JSONResponse:
        await request.body()
        return JSONResponse(body, 201 if request.url.path.endswith("/start") else 200)

    app = Starlette(routes=[Route("/{path:path}", handler, methods=["GET", "POST"])])
    sock = bind_socket("127.0.0.1", 0)
    print(f"listening on http://127.0.0.1:{sock.getsockname()[1]}", flush=True)
    config = uvicorn.Config(app, lifespan="off", log_config=None, log_level="warning",
                            access_log=False, http="h11", timeout_graceful_shutdown=2)  # fmt: skip
    uvicorn.Server(config).run(sockets=[sock])


class Process:
    """A server child process on a loopback port."""

    def __init__(self, argv: list[str]) -> None:
        self.proc = subprocess.Popen(
            argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT
        )
        assert self.proc.stdout is not None
        deadline = time.monotonic() + 30
        self.port = 0
        for line in self.proc.stdout:
            if "listening on http://127.0.0.1:" in line:
                self.port = int(line.rsplit(":", 1)[1].strip().rstrip("/"))
                break
            if time.monotonic() > deadline:
                break
        if not self.port:
            self.stop()
            raise RuntimeError(f"server did not start: {argv}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


def sandbox_process(data_dir: Path) -> Process:
    return Process([sys.executable, "-m", "koji_tui", "serve", "--host", "127.0.0.1",
                    "--port", "0", "--data-dir", str(data_dir), "--seed", str(SEED),
                    "--rate-limit", "1000000000/60s"])  # fmt: skip


def baseline_process() -> Process:
    return Process([sys.executable, str(Path(__file__).resolve()), "--baseline-server"])


def seed_store(data_dir: Path, count: int, study_id: str) -> str:
    """``count`` interviews of ``study_id`` written straight into SQLite; returns one id.

    Their ids and tokens are the ones a ``--seed SEED`` sandbox gives its first ``count``
    interviews (random hex, so spread over the id index like the ones it adds next: the
    earlier ``int_seed...`` ids all sorted after every id the sandbox makes, so no insert
    landed among them), and the sandbox carries on at ``count + 1``."""
    from koji_tui.server.interviewer import new_state
    from koji_tui.server.sandbox import interview_ids
    from koji_tui.server.store import DB_NAME, InterviewStore

    InterviewStore(data_dir).close()  # the schema (and its indexes) as the sandbox makes it
    db = sqlite3.connect(data_dir / DB_NAME)
    state = json.dumps(new_state())
    now = time.time()
    ids = [interview_ids(SEED, n) for n in range(1, count + 1)]
    rows = [
        (n, iid, study_id, token, "active", None, "text", "en", now, None, None, None, None, 0,
         state)
        for n, (iid, token) in enumerate(ids, 1)
    ]  # fmt: skip
    messages = [
        (n, seq, iid, role, text, now, None)
        for n, (iid, _token) in enumerate(ids, 1)
        for seq, (role, text) in enumerate(
            [("assistant", "Hi! How do you use Acme?"), ("user", ANSWER), ("assistant", "Thanks.")]
        )
    ]
    with db:
        db.executemany(
            "INSERT INTO interviews (seq, id, study_id, session_token, status, respondent, mode,"
            " locale, created_at, completed_at, completion_reason, quality_score, feedback,"
            " is_complete, state) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        db.executemany(
            "INSERT INTO messages (interview_seq, seq, interview_id, role, content, created_at,"
            " question) VALUES (?,?,?,?,?,?,?)",
            messages,
        )
    db.close()
    return ids[len(ids) // 2][0] if ids else ""


def fresh_copy(template: Path, data_dir: Path) -> None:
    """``template``'s database copied to ``data_dir`` and flushed to disk, so that no level's
    measurement shares the machine with the kernel writing back its seeding."""
    data_dir.mkdir(parents=True)
    for source in template.iterdir():  # sandbox.sqlite3 alone: the seeder's WAL is checkpointed
        target = data_dir / source.name
        shutil.copyfile(source, target)
        with target.open("rb+") as handle:
            os.fsync(handle.fileno())


# --------------------------------------------------------------------------- the load


class Connection:
    """One keep-alive HTTP/1.1 connection (replies must carry a Content-Length)."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader = reader
        self.writer = writer

    @classmethod
    async def open(cls, port: int) -> Connection:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        return cls(reader, writer)

    async def request(
        self, method: str, path: str, headers: str = "", body: bytes = b""
    ) -> tuple[int, bytes]:
        head = (
            f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n{headers}\r\n"
        )
        self.writer.write(head.encode() + body)
        raw = await self.reader.readuntil(b"\r\n\r\n")
        lines = raw.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        length = 0
        for line in lines[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        return status, await self.reader.readexactly(length)

    def close(self) -> None:
        self.writer.close()


Work = Callable[[Connection], Awaitable[int]]  # one unit of work; returns requests sent


def start_work(key: str) -> Work:
    auth = f"Authorization: Bearer {key}\r\n"

    async def work(conn: Connection) -> int:
        status, _ = await conn.request("POST", f"{API}/start", auth, b"{}")
        assert status == 201, status
        return 1

    return work


def turn_work(key: str) -> Work:
    auth = f"Authorization: Bearer {key}\r\n"
    message = json.dumps({"message": ANSWER}).encode()

    async def work(conn: Connection) -> int:
        status, body = await conn.request("POST", f"{API}/start", auth, b"{}")
        assert status == 201, status
        started = json.loads(body)
        headers = f"{auth}X-Session-Token: {started['session_token']}\r\n"
        path = f"{API}/{started['interview_id']}/message"
        status, _ = await conn.request("POST", path, headers, message)
        assert status == 200, status
        return 2

    return work


def get_work(key: str, interview_id: str) -> Work:
    auth = f"Authorization: Bearer {key}\r\n"

    async def work(conn: Connection) -> int:
        status, _ = await conn.request("GET", f"{API}/{interview_id}", auth)
        assert status == 200, status
        return 1

    return work


def process_cpu(pid: int) -> float:
    """CPU seconds a process's threads ran so far: Linux ``/proc/PID/task/*/schedstat``, in
    nanoseconds (a slice of a few hundred requests is tens of 10 ms clock ticks, too coarse),
    else ``/proc/PID/stat`` (user + system ticks); 0.0 elsewhere."""
    try:
        return sum(int(path.read_text().split()[0])
                   for path in Path(f"/proc/{pid}/task").glob("*/schedstat")) / 1e9  # fmt: skip
    except (OSError, ValueError, IndexError):
        pass
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


SLICES = 8  # each measurement takes turns between the targets this many times


async def _interleaved(
    targets: list[tuple[str, Process, Work]], clients: int, requests: int
) -> dict[str, list[tuple[float, float]]]:
    """Per target and slice, (requests per second, server CPU ms per request) of ``clients``
    connections each doing ``work`` until it sent ``requests`` requests in all, in ``SLICES``
    slices that take turns between the targets (in the given order, then the reverse, ...):
    a burst of load from the other agents of a shared machine falls on neighbouring slices
    of every target, not on whichever target happened to run then. Each slice opens its
    connections and sends one unit of work on each before its clock starts (uvicorn closes a
    connection idle for 5 s, as one would be while the other targets take their turn)."""
    measured: dict[str, list[tuple[float, float]]] = {name: [] for name, _s, _w in targets}
    per_slice = max(1, requests // SLICES)

    async def loop(work: Work, conn: Connection) -> int:
        done = 0
        while done < per_slice:
            done += await work(conn)
        return done

    for slice_no in range(SLICES):
        for name, server, work in targets if slice_no % 2 == 0 else targets[::-1]:
            conns = [await Connection.open(server.port) for _ in range(clients)]
            try:
                await asyncio.gather(*(work(c) for c in conns))  # warm the connections up
                cpu_before = process_cpu(server.proc.pid)
                begun = time.perf_counter()
                sent = sum(await asyncio.gather(*(loop(work, c) for c in conns)))
                elapsed = time.perf_counter() - begun
                cpu_ms = (process_cpu(server.proc.pid) - cpu_before) * 1000 / sent
                measured[name].append((sent / elapsed, cpu_ms))
            finally:
                for conn in conns:
                    conn.close()
    return measured


def rate(server: Process, work: Work, clients: int, requests: int) -> tuple[float, float]:
    """(requests per second, server CPU ms per request) of one target alone (medians of its
    slices)."""
    slices = asyncio.run(_interleaved([("only", server, work)], clients, requests))["only"]
    return (statistics.median(r for r, _c in slices), statistics.median(c for _r, c in slices))


# --------------------------------------------------------------------------- the run


Rates = dict[str, dict[str, list[float]]]  # target -> workload -> one value per slice


def measure(
    clients: int = 50, requests: int = 40, rounds: int = 5, levels: tuple[int, ...] = LEVELS
) -> tuple[Rates, Rates]:
    """(rates, server CPU ms per request) over ``rounds`` rounds.

    Each round starts every server afresh: the baseline, and one sandbox per level on a fresh
    copy of that level's seeded store, so every level holds what it says in every round (the
    stores used to keep what earlier rounds added, about 3,100 interviews a round: by the fifth
    round "empty" held over 12,000), and no level runs on a page cache the others lack (each
    copy was just written and flushed; each server process is new). Every server is warmed up
    the same way before any is measured (``WARM_UP`` of each workload per connection); then
    each workload is measured on every target, in an order rotated every round and reversed
    every other round, in ``SLICES`` slices taking turns between the targets (drift on a shared
    machine falls on all of them alike)."""
    from koji_tui.server.catalog import load_studies, study_api_key

    study_id = load_studies()[0].id
    key = study_api_key(study_id)
    rates: Rates = {}
    cpu: Rates = {}
    targets = ["baseline", *map(str, levels)]
    with tempfile.TemporaryDirectory() as tmp:
        templates: dict[str, Path] = {}
        seeded: dict[str, str] = {}
        for level in levels:
            templates[str(level)] = Path(tmp) / f"template-{level}"
            begun = time.perf_counter()
            seeded[str(level)] = seed_store(templates[str(level)], level, study_id)
            print(f"  seeded {level:,} interviews in {time.perf_counter() - begun:.2f} s",
                  file=sys.stderr)  # fmt: skip
        for round_no in range(rounds):
            servers: dict[str, Process] = {}
            ids = {"baseline": "int_1", **seeded}
            try:
                servers["baseline"] = baseline_process()
                for level in levels:
                    data_dir = Path(tmp) / f"round-{round_no}" / f"stored-{level}"
                    fresh_copy(templates[str(level)], data_dir)
                    servers[str(level)] = sandbox_process(data_dir)
                    if not ids[str(level)]:  # an empty store: GET one the sandbox made itself
                        ids[str(level)] = asyncio.run(_one_start(servers[str(level)].port, key))
                for name, server in servers.items():
                    asyncio.run(_warm_up(server, _works(key, ids[name]), clients))
                shift = round_no % len(targets)
                order = targets[shift:] + targets[:shift]
                if round_no % 2:
                    order.reverse()
                for workload in ("start", "turn", "get"):
                    measured = asyncio.run(_interleaved(
                        [(name, servers[name], _works(key, ids[name])[workload]) for name in order],
                        clients, requests))  # fmt: skip
                    for name, slices in measured.items():
                        for value, cpu_ms in slices:
                            rates.setdefault(name, {}).setdefault(workload, []).append(value)
                            cpu.setdefault(name, {}).setdefault(workload, []).append(cpu_ms)
            finally:
                for server in servers.values():
                    server.stop()
            shutil.rmtree(Path(tmp) / f"round-{round_no}", ignore_errors=True)
            print(f"  round {round_no + 1}/{rounds} done (order: {', '.join(order)})",
                  file=sys.stderr)  # fmt: skip
    return rates, cpu


def _works(key: str, interview_id: str) -> dict[str, Work]:
    return {"start": start_work(key), "turn": turn_work(key),
            "get": get_work(key, interview_id)}  # fmt: skip


async def _warm_up(server: Process, works: dict[str, Work], clients: int) -> None:
    conns = [await Connection.open(server.port) for _ in range(clients)]
    try:
        for _ in range(WARM_UP):
            for work in works.values():
                await asyncio.gather(*(work(c) for c in conns))
    finally:
        for conn in conns:
            conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--requests", type=int, default=40, help="per client and measurement")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--levels", default=",".join(map(str, LEVELS)))
    parser.add_argument("--json", type=Path, help="also write every slice's figures there")
    parser.add_argument("--baseline-server", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.baseline_server:
        _serve_baseline()
        return
    # a SIGTERM (timeout, kill) unwinds like Ctrl-C, so the servers are stopped, not orphaned
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    levels = tuple(int(x) for x in args.levels.split(","))
    rates, cpu = measure(args.clients, args.requests, args.rounds, levels)
    if args.json:
        args.json.write_text(json.dumps({"rates": rates, "cpu_ms": cpu}))
    report(rates, levels, args.clients, args.requests)
    report_cpu(cpu, levels)


async def _one_start(port: int, key: str) -> str:
    conn = await Connection.open(port)
    try:
        _status, body = await conn.request(
            "POST", f"{API}/start", f"Authorization: Bearer {key}\r\n", b"{}"
        )
        return str(json.loads(body)["interview_id"])
    finally:
        conn.close()


def per_round(rates: Rates, target: str, workload: str, over: str) -> list[float]:
    """``target``'s rate over ``over``'s, slice by slice (the same slice of the same round:
    measured next to each other)."""
    return [a / b for a, b in zip(rates[target][workload], rates[over][workload], strict=True)]


def spread(values: list[float]) -> str:
    """Median and the middle half of ``values`` (per-slice ratios): on a shared machine one
    slice can run ten times slower than the one beside it, so their min-max states the
    machine's bursts, not the sandbox (it is printed too, after the slash)."""
    if len(values) < 4:
        return f"{statistics.median(values):.2f}x ({min(values):.2f}-{max(values):.2f})"
    q1, _q2, q3 = statistics.quantiles(values, n=4)
    return (f"{statistics.median(values):.2f}x (IQR {q1:.2f}-{q3:.2f} / {min(values):.2f}-"
            f"{max(values):.2f} of {len(values)})")  # fmt: skip


def report(
    rates: Rates, levels: tuple[int, ...], clients: int, requests: int, out: Any = print
) -> None:
    med = statistics.median
    base = {workload: med(values) for workload, values in rates["baseline"].items()}
    slices = len(rates["baseline"]["start"])
    print(f"  baseline req/s: start {base['start']:.0f}, start+message {base['turn']:.0f}, "
          f"GET {base['get']:.0f}", file=sys.stderr)  # fmt: skip
    out(
        f"sandbox throughput under concurrency ({clients} clients, {requests} requests each, "
        f"{slices // SLICES} rounds of {SLICES} slices, cpus: {os.cpu_count()}); median "
        "(interquartile range / min-max) of per-slice ratios"
    )
    out("vs a bare Starlette route on the same uvicorn, and POST /start vs the empty store:")
    empty = str(levels[0])
    for level in levels:
        name = str(level)
        row = [spread(per_round(rates, name, w, "baseline")) for w in ("start", "turn", "get")]
        vs_empty = spread(per_round(rates, name, "start", empty))
        goals = ["start+message >= 0.50x"] + (["vs empty >= 0.90x"] if level >= 10_000 else [])
        out(f"  {level:>7,} stored: start {row[0]}, start+message {row[1]}, GET {row[2]}, "
            f"start vs empty {vs_empty}   goal: {', '.join(goals)}")  # fmt: skip
    warm = clients * WARM_UP * 2 + 1
    out(f"(every round starts each sandbox on a fresh copy of its level's store; POST /start "
        f"is measured with {warm:,} to {warm + clients * (requests + SLICES):,} interviews "
        "added to it)")  # fmt: skip


def report_cpu(cpu: Rates, levels: tuple[int, ...], out: Any = print) -> None:
    """Server CPU per request, sandbox / baseline: steadier than rates on a busy machine."""
    med = statistics.median
    base = {workload: med(values) for workload, values in cpu["baseline"].items()}
    if not all(base.values()):
        return  # no /proc here
    out("server CPU per request, sandbox / baseline (lower is better; 1/x bounds the ratio")
    out("of rates when the server is the bottleneck):")
    for level in levels:
        row = {workload: med(values) for workload, values in cpu[str(level)].items()}
        out(f"  {level:>7,}  {row['start'] / base['start']:>9.2f}x"
              f"  {row['turn'] / base['turn']:>12.2f}x  {row['get'] / base['get']:>4.2f}x")  # fmt: skip
    out(f"  (baseline: {base['start']:.3f} / {base['turn']:.3f} / {base['get']:.3f} ms)")
    empty = str(levels[0])
    for level in levels[1:]:
        out(
            f"  POST /start CPU per request, {level:,} stored vs empty: "
            f"{spread(per_round(cpu, str(level), 'start', empty))} (flat: 1.0x)"
        )


if __name__ == "__main__":
    main()
