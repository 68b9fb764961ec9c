"""The sandbox's domain: studies and keys, interviews in the store, the interviewer's turns,
and the JSON views of them (no HTTP here: errors are :class:`ApiError`)."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from koji_tui.server import interviewer
from koji_tui.server.catalog import SandboxStudy, load_studies, study_api_key
from koji_tui.server.config import PERMISSIONS, ServerConfig
from koji_tui.server.limiter import FixedWindowLimiter
from koji_tui.server.store import InterviewStore, StoredInterview, StoredMessage
from koji_tui.server.wire import ApiError, ServerStats, iso

REASONS = ("natural", "respondent_left", "timeout", "manual")


@dataclass(frozen=True)
class Principal:
    study: SandboxStudy
    permissions: frozenset[str]


class Sandbox:
    """Studies, keys, the store, the limiter and the interview logic of one running app."""

    def __init__(self, config: ServerConfig, stats: ServerStats | None = None) -> None:
        self.config = config
        self.stats = stats or ServerStats()
        self.studies: list[SandboxStudy] = load_studies(config.studies_dir)
        self.by_id = {s.id: s for s in self.studies}
        self.keys: dict[str, Principal] = {
            study_api_key(s.id): Principal(s, frozenset(PERMISSIONS)) for s in self.studies
        }
        builtin = {key: principal.study for key, principal in self.keys.items()}
        self.extra_keys: dict[str, Principal] = {}
        for entry in config.extra_keys:
            key, principal = self._extra_key(entry)
            if key in builtin:
                raise ValueError(
                    f"extra key {key!r} is the built-in key of study {builtin[key].id!r}; "
                    "pick another key"
                )
            if key in self.extra_keys:
                raise ValueError(f"extra key {key!r} is given more than once")
            self.extra_keys[key] = principal
            self.keys[key] = principal
        self.store = InterviewStore(config.resolved_data_dir())
        self.limiter = FixedWindowLimiter(config.rate.limit, config.rate.window)

    def _extra_key(self, entry: Any) -> tuple[str, Principal]:
        if not isinstance(entry, dict):
            raise ValueError("extra_keys entries are dicts with key, study_id, permissions")
        key = entry.get("key")
        study_id = entry.get("study_id")
        perms = entry.get("permissions", PERMISSIONS)
        if not isinstance(key, str) or not key or any(c.isspace() for c in key):
            raise ValueError("an extra key must be a non-empty string without spaces")
        if study_id not in self.by_id:
            raise ValueError(f"extra key for unknown study {study_id!r}")
        if isinstance(perms, str) or not isinstance(perms, (list, tuple, set, frozenset)):
            raise ValueError("extra key permissions must be a list")
        if not perms:
            raise ValueError(
                f"extra key {key!r} has an empty permission list; give at least one of "
                f"{', '.join(PERMISSIONS)} (or leave the list out for all of them)"
            )
        unknown = set(perms) - set(PERMISSIONS)
        if unknown:
            raise ValueError(f"unknown permissions: {', '.join(sorted(unknown))}")
        return key, Principal(self.by_id[study_id], frozenset(perms))

    def close(self) -> None:
        self.store.close()

    # ----------------------------------------------------------------- ids

    def _new_ids(self, seq: int) -> tuple[str, str]:
        return interview_ids(self.config.seed, seq)

    # ----------------------------------------------------------------- views

    def _question(self, obj: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if self.config.plain_questions else obj

    def message_view(self, message: StoredMessage) -> dict[str, Any]:
        view: dict[str, Any] = {
            "role": message.role,
            "content": message.content,
            "created_at": iso(message.created_at),
        }
        question = self._question(message.question)
        if question is not None:
            view["question"] = question
        return view

    def interview_view(self, interview: StoredInterview) -> dict[str, Any]:
        return {
            "interview_id": interview.id,
            "study_id": interview.study_id,
            "status": interview.status,
            "respondent": interview.respondent,
            "mode": interview.mode,
            "locale": interview.locale,
            "created_at": iso(interview.created_at),
            "completed_at": iso(interview.completed_at),
            "completion_reason": interview.completion_reason,
            "turn_count": interview.turn_count,
            "is_complete": interview.is_complete or interview.status == "completed",
            "quality_score": interview.quality_score,
            "messages": [self.message_view(m) for m in interview.messages],
        }

    # ----------------------------------------------------------------- work (worker thread)

    def _load(self, principal: Principal, interview_id: str, whole: bool = True) -> StoredInterview:
        """The interview with its transcript (``whole``), else without (to change it)."""
        store = self.store
        interview = store.get(interview_id) if whole else store.head(interview_id)
        if interview is None or interview.study_id != principal.study.id:
            raise ApiError(404, "Interview not found")
        return interview

    @staticmethod
    def _check_token(interview: StoredInterview, token: str | None) -> None:
        if token is not None and not secrets.compare_digest(
            token.encode("utf-8", "replace"), interview.session_token.encode()
        ):
            # 403, not 401: the spec keeps 401 for a missing or invalid API key, and a client
            # would tell the user their key is wrong
            raise ApiError(403, "Invalid session token for this interview")

    def start(self, principal: Principal, body: dict[str, Any]) -> dict[str, Any]:
        study = principal.study
        respondent = respondent_of(body.get("respondent"))
        mode = body.get("mode")
        if mode is not None and mode not in ("text", "voice"):
            raise ApiError(400, 'mode must be "text" or "voice"')
        if mode is None:
            mode = study.mode
        if mode != study.mode:
            if mode == "voice":
                raise ApiError(
                    400, "This study runs text interviews only: voice mode is not available"
                )
            raise ApiError(
                400,
                "This study is voice-only: it cannot run in text mode "
                '(start it with mode "voice" from a voice client)',
            )
        locale_in = body.get("locale")
        if locale_in is not None and not isinstance(locale_in, str):
            raise ApiError(400, 'locale must be a string such as "en"')
        locale = study.resolve_locale(locale_in)
        name = respondent.get("display_name") if respondent else None
        turn = interviewer.opening(study, locale, name)
        now = self.config.now()

        def make(seq: int) -> StoredInterview:
            iid, token = self._new_ids(seq)
            return StoredInterview(
                id=iid,
                study_id=study.id,
                session_token=token,
                status="active",
                respondent=respondent,
                mode=mode,
                locale=locale,
                created_at=now,
                completed_at=None,
                completion_reason=None,
                quality_score=None,
                feedback=None,
                is_complete=False,
                state=interviewer.new_state(),
                messages=[StoredMessage("assistant", turn.content, now, turn.question)],
            )

        interview = self.store.create(make)
        iid, token = interview.id, interview.session_token
        reply: dict[str, Any] = {
            "interview_id": iid,
            "session_token": token,
            "initial_message": turn.content,
        }
        question = self._question(turn.question)
        if question is not None:
            reply["question"] = question
        reply["turn_count"] = 1
        reply["is_complete"] = False
        return reply

    def message(
        self, principal: Principal, interview_id: str, text: str, token: str | None
    ) -> tuple[StoredInterview, StoredMessage, StoredMessage]:
        with self.store.interview_lock(interview_id):
            interview = self._load(principal, interview_id, whole=False)
            self._check_token(interview, token)
            if interview.status == "completed":
                raise ApiError(409, "Interview is already completed")
            study = principal.study
            turn, complete = interviewer.respond(
                study, interview.locale, interview.state, text, interview.turn_count
            )
            now = self.config.now()
            user = StoredMessage("user", text, now)
            reply = StoredMessage("assistant", turn.content, now, turn.question)
            interview.is_complete = interview.is_complete or complete
            self.store.append_exchange(interview, [user, reply])
        return interview, user, reply

    def message_reply(self, interview: StoredInterview, reply: StoredMessage) -> dict[str, Any]:
        message: dict[str, Any] = {"role": "assistant", "content": reply.content}
        question = self._question(reply.question)
        if question is not None:
            message["question"] = question
        return {
            "message": message,
            "turn_count": interview.turn_count,
            "is_complete": interview.is_complete,
        }

    def legacy_reply(self, interview: StoredInterview) -> dict[str, Any]:
        n = interview.turn_count
        short = interview.id.removeprefix("int_")
        return {
            "message_id": f"msg_{short}_{n - 1}",
            "interviewer_response": {
                "content": interview.messages[-1].content,
                "message_id": f"msg_{short}_{n}",
            },
            "interview_status": "completed" if interview.is_complete else "active",
            "messages_count": n,
        }

    def complete(
        self, principal: Principal, interview_id: str, body: dict[str, Any], token: str | None
    ) -> dict[str, Any]:
        reason = body.get("reason", "manual")
        if reason is None:
            reason = "manual"
        if reason not in REASONS:
            raise ApiError(400, f"reason must be one of: {', '.join(REASONS)}")
        feedback = body.get("feedback")
        if feedback is not None and not isinstance(feedback, dict):
            raise ApiError(400, "feedback must be a JSON object")
        with self.store.interview_lock(interview_id):
            interview = self._load(principal, interview_id, whole=False)
            self._check_token(interview, token)
            if interview.status != "completed":
                interview.status = "completed"
                interview.completed_at = self.config.now()
                interview.completion_reason = reason
                interview.quality_score = interviewer.quality_score(
                    principal.study, interview.state
                )
                interview.feedback = feedback
                self.store.complete(interview)
        return {
            "interview_id": interview.id,
            "status": "completed",
            "quality_score": interview.quality_score,
            "reason": interview.completion_reason,
        }

    def get(self, principal: Principal, interview_id: str) -> dict[str, Any]:
        return self.interview_view(self._load(principal, interview_id))


def interview_ids(seed: int | None, seq: int) -> tuple[str, str]:
    """The id and session token of the ``seq``-th interview (random without a ``seed``)."""
    if seed is None:
        return "int_" + secrets.token_hex(8), "stk_" + secrets.token_urlsafe(18)
    base = f"koji-tui-sandbox:{seed}:{seq}"
    iid = hashlib.sha256(f"{base}:id".encode()).hexdigest()[:16]
    token = hashlib.sha256(f"{base}:token".encode()).hexdigest()[:24]
    return "int_" + iid, "stk_" + token


def respondent_of(raw: Any) -> dict[str, Any] | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ApiError(400, "respondent must be a JSON object")
    out: dict[str, Any] = {"external_id": None, "display_name": None, "metadata": {}}
    for name in ("external_id", "display_name"):
        value = raw.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ApiError(400, f"respondent.{name} must be a string")
        if len(value) > 200:
            raise ApiError(400, f"respondent.{name} is longer than 200 characters")
        out[name] = value
    metadata = raw.get("metadata")
    if metadata is not None:
        if not isinstance(metadata, dict):
            raise ApiError(400, "respondent.metadata must be an object of key-value pairs")
        if len(metadata) > 50:
            raise ApiError(400, "respondent.metadata has more than 50 keys")
        for key, value in metadata.items():
            if value is not None and not isinstance(value, (str, int, float, bool)):
                raise ApiError(
                    400, f"respondent.metadata[{key!r}] must be a string, number, boolean or null"
                )
            if len(key) > 100 or len(str(value)) > 1000:
                raise ApiError(400, "respondent.metadata keys/values are too long")
            out["metadata"][key] = value
    return out
