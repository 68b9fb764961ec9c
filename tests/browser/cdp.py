"""Headless Chromium driven over the DevTools protocol, with the least machinery that works:
the ``chromium`` binary (Debian's package), its DevTools websocket through aiohttp (already
installed with textual-serve), and three things done with it: open a page, read what its
terminal shows, take a screenshot.

Reading the page: textual-serve draws the app with xterm.js on a canvas (WebGL or 2D), so the
DOM holds no text. A script run before the page's own (``Page.addScriptToEvaluateOnNewDocument``)
keeps a reference to the xterm ``Terminal`` the page makes (textual-serve assigns it to
``this.terminal``: an accessor on ``Object.prototype`` catches that one assignment and then
gets out of the way), and :meth:`Page.screen_text` reads the terminal's visible rows from its
buffer (``buffer.active.getLine(i).translateToString()``): the characters on screen, exactly as
the browser drew them.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--mute-audio",
    "--hide-scrollbars",
    "--window-size=1280,800",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
)
NO_CHROMIUM = (
    "Chromium is not installed (Debian's `chromium` package: `apt-get install -y chromium`; "
    ".ci/run installs it when it can), so the browser tests cannot run here"
)

KEEP_TERMINAL = """
(() => {
  const name = "terminal";
  Object.defineProperty(Object.prototype, name, {
    configurable: true,
    get() { return undefined; },
    set(value) {
      Object.defineProperty(this, name, {
        value, writable: true, configurable: true, enumerable: true,
      });
      if (value && typeof value.write === "function" && "buffer" in value) {
        window.__kojiTerminal = value;
        delete Object.prototype[name];
      }
    },
  });
})();
"""

READ_SCREEN = """
(() => {
  const term = window.__kojiTerminal;
  if (!term || !term.buffer) return null;
  const buffer = term.buffer.active;
  const rows = [];
  for (let i = 0; i < term.rows; i++) {
    const line = buffer.getLine(buffer.viewportY + i);
    rows.push(line ? line.translateToString(true) : "");
  }
  return rows.join("\\n");
})()
"""


def chromium_path() -> str | None:
    for name in (os.environ.get("KOJI_TUI_CHROMIUM", ""), "chromium", "chromium-browser"):
        if name and (found := shutil.which(name)):
            return found
    return None


class Chromium:
    """One headless Chromium with its DevTools endpoint on 127.0.0.1 (a fresh profile)."""

    def __init__(self, binary: str, profile: Path) -> None:
        profile.mkdir(parents=True, exist_ok=True)
        self.process = subprocess.Popen(
            [binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        self.endpoint = self._endpoint(60.0)

    def _endpoint(self, limit: float) -> str:
        """``http://127.0.0.1:PORT`` from Chromium's 'DevTools listening on ws://…' line."""
        found: list[str] = []
        lines: list[str] = []
        done = threading.Event()

        def read() -> None:
            assert self.process.stderr is not None
            for line in self.process.stderr:
                lines.append(line)
                match = re.search(r"DevTools listening on ws://([^/]+)/", line)
                if match and not found:
                    found.append(f"http://{match.group(1)}")
                    done.set()
            done.set()

        threading.Thread(target=read, daemon=True).start()  # and keeps draining the pipe
        done.wait(limit)
        if not found:
            self.close()
            raise RuntimeError("Chromium did not start:\n" + "".join(lines[-20:]))
        return found[0]

    def close(self) -> None:
        if self.process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, 15)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, 9)
                self.process.wait(10)


class Page:
    """A new tab of ``browser``, over its own DevTools websocket (use ``async with``)."""

    def __init__(self, browser: Chromium) -> None:
        self.browser = browser
        self._ids = 0
        self._waiting: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.console: list[str] = []

    async def __aenter__(self) -> Page:
        import aiohttp

        self._http = aiohttp.ClientSession()
        async with self._http.put(f"{self.browser.endpoint}/json/new?about:blank") as reply:
            target = json.loads(await reply.text())
        self.target_id = target["id"]
        self._ws = await self._http.ws_connect(target["webSocketDebuggerUrl"], max_msg_size=0)
        self._reader = asyncio.create_task(self._read())
        await self.send("Page.enable")
        await self.send("Runtime.enable")
        await self.send("Page.addScriptToEvaluateOnNewDocument", source=KEEP_TERMINAL)
        return self

    async def __aexit__(self, *exc: object) -> None:
        self._reader.cancel()
        with contextlib.suppress(Exception):
            await self._ws.close()
        with contextlib.suppress(Exception):
            async with self._http.get(f"{self.browser.endpoint}/json/close/{self.target_id}"):
                pass
        await self._http.close()

    async def _read(self) -> None:
        import aiohttp

        async for message in self._ws:
            if message.type != aiohttp.WSMsgType.TEXT:
                continue
            data = json.loads(message.data)
            future = self._waiting.pop(data.get("id", -1), None)
            if future is not None and not future.done():
                future.set_result(data)
            elif data.get("method") == "Runtime.consoleAPICalled":
                args = data["params"].get("args", [])
                self.console.append(" ".join(str(a.get("value", "")) for a in args))

    async def send(self, method: str, **params: Any) -> dict[str, Any]:
        self._ids += 1
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._waiting[self._ids] = future
        await self._ws.send_str(json.dumps({"id": self._ids, "method": method, "params": params}))
        reply = await asyncio.wait_for(future, 30)
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        result: dict[str, Any] = reply.get("result", {})
        return result

    async def open(self, url: str) -> None:
        await self.send("Page.navigate", url=url)

    async def screen_text(self) -> str | None:
        """The rows the page's terminal shows now (None before it has one)."""
        result = await self.send("Runtime.evaluate", expression=READ_SCREEN, returnByValue=True)
        value = result.get("result", {}).get("value")
        return value if isinstance(value, str) else None

    async def wait_for_text(
        self, ready: Callable[[str], bool], limit: float = 60.0, what: str = ""
    ) -> str:
        """Read the terminal until ``ready(text)`` (a deadline against a hang only)."""
        deadline = time.monotonic() + limit
        text: str | None = None
        while time.monotonic() < deadline:
            text = await self.screen_text()
            if text is not None and ready(text):
                return text
            await asyncio.sleep(0.1)
        raise AssertionError(f"the page never showed {what!r}; it showed:\n{text}")

    async def screenshot(self, path: Path) -> Path:
        shot = await self.send("Page.captureScreenshot", format="png")
        await asyncio.to_thread(path.write_bytes, base64.b64decode(shot["data"]))
        return path
