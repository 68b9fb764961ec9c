"""A programmable interview on the canned server (real HTTP on 127.0.0.1): start, answers and
the transcript, with failures injected before or after the answer is stored, and ``turn_count``
counted the ways servers count it (messages as in the seed, interviewer turns only, or absent).

Faults (one per answer POST, in order): ``cut-before`` / ``500-before`` (the body is recorded,
nothing is stored, then the connection is cut / a 500 is returned), ``cut-after`` /
``500-after`` (the answer and a reply are stored first), ``other-500`` (another answer is
stored where this one would go, then a 500: what another writer would leave).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .canned import Canned, cut_connection, transcript

Counting = Literal["messages", "assistants", "missing"]
KEY = "pk_test_fakeinterview000000000000000"
TOKEN = "stk_fake_session_token_0000000000"


@dataclass
class FakeInterview:
    canned: Canned
    interview_id: str = "int_1"
    counting: Counting = "messages"
    messages: list[tuple[str, str]] = field(default_factory=list)
    faults: list[str] = field(default_factory=list)
    posted: list[str] = field(default_factory=list)  # every answer body received

    def __post_init__(self) -> None:
        iid = self.interview_id
        self.canned.on("POST", "/start", self._start)
        self.canned.on("POST", f"/{iid}/message", self._message)
        self.canned.on("GET", f"/{iid}", self._get)

    def answered(self, *answers: str) -> FakeInterview:
        """Start from an interview answered earlier (e.g. by another process)."""
        self.messages = [("assistant", "Q1")]
        for answer in answers:
            self._store(answer)
        return self

    def users(self) -> list[str]:
        return [text for role, text in self.messages if role == "user"]

    def _store(self, text: str) -> str:
        self.messages.append(("user", text))
        reply = f"Q{sum(1 for role, _ in self.messages if role == 'assistant') + 1}"
        self.messages.append(("assistant", reply))
        return reply

    def _count(self, data: dict[str, Any]) -> dict[str, Any]:
        if self.counting == "messages":
            data["turn_count"] = len(self.messages)
        elif self.counting == "assistants":
            data["turn_count"] = sum(1 for role, _ in self.messages if role == "assistant")
        return data

    def _start(self, request: Request, body: Any) -> Response:
        self.messages = [("assistant", "Q1")]
        data = {"interview_id": self.interview_id, "session_token": TOKEN, "initial_message": "Q1"}
        return JSONResponse(self._count(data), status_code=201)

    def _message(self, request: Request, body: Any) -> Response:
        text = str(body["message"])
        self.posted.append(text)
        fault = self.faults.pop(0) if self.faults else ""
        if fault == "other-500":
            self._store("an answer from somewhere else")
            return JSONResponse({"error": "boom"}, status_code=500)
        if fault.endswith("-before"):
            return self._fail(fault, request, body)
        reply = self._store(text)
        if fault:
            return self._fail(fault, request, body)
        data = {"message": {"role": "assistant", "content": reply}, "is_complete": False}
        return JSONResponse(self._count(data))

    def _fail(self, fault: str, request: Request, body: Any) -> Response:
        if fault.startswith("cut"):
            return cut_connection(request, body)
        return JSONResponse({"error": "boom"}, status_code=500)

    def _get(self, request: Request, body: Any) -> Response:
        data = transcript(self.interview_id, self.messages)
        if self.counting != "missing":
            data["turn_count"] = self._count({})["turn_count"]
        return JSONResponse(data)
