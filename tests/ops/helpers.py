"""A sandbox with interviews already in a journal, and a client that counts its requests."""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from koji_tui.api import KojiClient
from koji_tui.journal import Journal
from koji_tui.server import ServerConfig, serve_async
from koji_tui.session import InterviewSession

STUDY_ID = "acme-product-feedback"


@dataclass
class Seeded:
    server: Any
    study_name: str
    key: str
    journal_path: Path
    ids: list[str]


async def seed_journal(base_url: str, key: str, path: Path, study: str, n: int) -> list[str]:
    """``n`` interviews started the way the app starts them (journal first)."""
    ids = []
    async with KojiClient(base_url, key) as client:
        with Journal(path) as journal:
            for i in range(n):
                session = InterviewSession(client, journal, study_name=study)
                started = await session.start(
                    respondent={"external_id": f"r{i:03d}", "display_name": f"P {i}"}
                )
                await session.close()
                ids.append(started.interview_id)
    return ids


async def advance_elsewhere(base_url: str, key: str, path: Path, ids: list[str]) -> None:
    """Answer and complete interviews on the server behind this journal's back (as another
    station would), so only a refresh brings the journal up to date."""
    with Journal(path) as journal:
        tokens = [journal.find_one(iid).session_token for iid in ids]
    async with KojiClient(base_url, key) as client:
        for iid, token in zip(ids, tokens, strict=True):
            await client.send_message(
                iid, "Every week for invoicing and reports", session_token=token
            )
            await client.complete(iid, session_token=token, reason="natural")


@contextlib.asynccontextmanager
async def seeded(tmp_path: Path, n: int, rate: str, advanced: int = 0) -> AsyncIterator[Seeded]:
    """``n`` interviews journaled on a fast sandbox (the first ``advanced`` of them answered
    and completed on the server only), then the same data served at ``rate``."""
    data = tmp_path / "sandbox"
    journal_path = tmp_path / "journal.sqlite3"
    async with serve_async(ServerConfig(data_dir=data, rate_limit="100000/60s")) as fast:
        study = fast.study(STUDY_ID)
        ids = await seed_journal(fast.base_url, fast.key(STUDY_ID), journal_path, study.name, n)
        await advance_elsewhere(fast.base_url, fast.key(STUDY_ID), journal_path, ids[:advanced])
        port = fast.port
    # the same server (data and port: the journal's base URL) restarted with the rate limit
    async with serve_async(ServerConfig(data_dir=data, rate_limit=rate, port=port)) as srv:
        srv.stats.reset()
        yield Seeded(srv, study.name, srv.key(STUDY_ID), journal_path, ids)


class Counting:
    """A KojiClient that counts the interviews it reads and completes (per id)."""

    def __init__(self, client: KojiClient) -> None:
        self.client = client
        self.base_url = client.base_url
        self.activity = client.activity
        self.rate_limit = client.rate_limit
        self.gets: Counter[str] = Counter()
        self.completes: Counter[str] = Counter()

    async def get_interview(self, interview_id: str, *, retry: bool = True) -> Any:
        self.gets[interview_id] += 1
        return await self.client.get_interview(interview_id, retry=retry)

    async def complete(self, interview_id: str, **kwargs: Any) -> Any:
        self.completes[interview_id] += 1
        return await self.client.complete(interview_id, **kwargs)
