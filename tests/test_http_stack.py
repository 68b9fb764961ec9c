"""koji_tui.http_stack: httpx without its CLI, httpcore without trio, and nothing else changed.

Each check runs in a fresh interpreter: this test process imported httpx long ago."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap


def _run(code: str) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_httpx_comes_without_its_cli_and_httpcore_without_trio() -> None:
    got = _run(
        """
        import asyncio, importlib.util, json, sys
        from koji_tui.http_stack import import_http_stack
        import_http_stack()
        import httpx, httpcore
        loaded = {name: name in sys.modules for name in ("httpx._main", "click", "trio")}
        marks_left = [n for n in ("httpx._main", "trio") if n in sys.modules and sys.modules[n] is None]

        async def request() -> int:
            transport = httpx.MockTransport(lambda request: httpx.Response(204))
            async with httpx.AsyncClient(transport=transport) as client:
                return (await client.get("http://example.invalid/")).status_code

        status = asyncio.run(request())
        # a real transport (httpcore's pool, on anyio) is made as usual
        pool = type(httpcore.AsyncConnectionPool()).__name__
        httpx.AsyncHTTPTransport()
        trio_later = None
        if importlib.util.find_spec("trio") is not None:
            import trio
            trio_later = trio.__name__
        print(json.dumps({"loaded": loaded, "marks_left": marks_left, "status": status,
                          "pool": pool, "trio_later": trio_later}))
        """
    )
    assert got["loaded"] == {"httpx._main": False, "click": False, "trio": False}
    assert got["marks_left"] == []  # importing them later works as usual
    assert got["status"] == 204
    assert got["pool"] == "AsyncConnectionPool"
    assert got["trio_later"] in (None, "trio")


def test_a_process_that_has_httpx_or_trio_already_is_left_as_it_is() -> None:
    # trio is no dependency of ours (a fresh install has none): a module of that name already
    # loaded stands in for it; what is checked is that import_http_stack leaves it in place
    got = _run(
        """
        import json, sys, types
        sys.modules.setdefault("trio", types.ModuleType("trio"))
        from koji_tui.http_stack import import_http_stack
        import_http_stack()
        import httpcore._synchronization as sync
        print(json.dumps({"trio_in_httpcore": sync.trio is not None}))
        """
    )
    assert got == {"trio_in_httpcore": True}
    got = _run(
        """
        import json, sys
        import httpx
        had_cli = "httpx._main" in sys.modules
        from koji_tui.http_stack import import_http_stack
        import_http_stack()
        print(json.dumps({"same": had_cli == ("httpx._main" in sys.modules)}))
        """
    )
    assert got == {"same": True}
