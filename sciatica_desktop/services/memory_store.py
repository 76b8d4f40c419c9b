"""A session store that keeps everything in memory: for previews and screenshots that must not touch a
patient's records, and for tests."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sciatica_desktop.domain.records import (
    PlannedItem,
    ProfileId,
    SessionId,
    SessionStatus,
    SetLog,
    SetLogId,
    SetResult,
    WorkoutSession,
)


class MemoryStore:
    def __init__(self) -> None:
        self.sessions: dict[SessionId, WorkoutSession] = {}

    def start_session(
        self, profile_id: ProfileId, routine_name: str, plan: Sequence[PlannedItem]
    ) -> WorkoutSession:
        sid = SessionId(len(self.sessions) + 1)
        started = dt.datetime.now(dt.UTC)
        session = WorkoutSession(
            sid, profile_id, routine_name, started, None, SessionStatus.IN_PROGRESS, tuple(plan)
        )
        self.sessions[sid] = session
        return session

    def record_set(self, session_id: SessionId, result: SetResult) -> SetLog:
        session = self.sessions[session_id]
        log = SetLog(SetLogId(len(session.sets) + 1), session_id, result)
        self.sessions[session_id] = dataclasses.replace(session, sets=(*session.sets, log))
        return log

    def finish_session(self, session_id: SessionId, status: SessionStatus) -> None:
        session = self.sessions[session_id]
        ended = dt.datetime.now(dt.UTC)
        self.sessions[session_id] = dataclasses.replace(session, status=status, ended=ended)

    def unfinished_sessions(self, profile_id: ProfileId) -> list[WorkoutSession]:
        return [
            s
            for s in self.sessions.values()
            if s.profile_id == profile_id and s.status is SessionStatus.IN_PROGRESS
        ]
