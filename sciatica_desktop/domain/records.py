"""What the app remembers, as plain values: the storage layer returns these, never database rows."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import NewType

from sciatica_desktop.domain.exercise import ExerciseId, Side

ProfileId = NewType("ProfileId", int)
SessionId = NewType("SessionId", int)
SetLogId = NewType("SetLogId", int)


class SessionStatus(enum.Enum):
    IN_PROGRESS = "in_progress"  # still running, or the app died during it
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"


@dataclass(frozen=True)
class Profile:
    id: ProfileId
    name: str
    created: dt.datetime


@dataclass(frozen=True)
class PlannedItem:
    """One exercise of a session as it was planned, kept with the session so a resume rebuilds it."""

    exercise_id: ExerciseId
    sets: int
    reps: int
    hold_s: float
    rest_s: float
    tempo_s: float


@dataclass(frozen=True)
class SetResult:
    """A finished (or skipped) set, as the workout runner reports it."""

    exercise_id: ExerciseId
    exercise_index: int
    side: Side
    set_number: int
    reps_done: int
    target_reps: int
    seconds_held: float
    started: dt.datetime
    ended: dt.datetime
    skipped: bool = False


@dataclass(frozen=True)
class SetLog:
    id: SetLogId
    session_id: SessionId
    result: SetResult


@dataclass(frozen=True)
class WorkoutSession:
    id: SessionId
    profile_id: ProfileId
    routine_name: str
    started: dt.datetime
    ended: dt.datetime | None
    status: SessionStatus
    plan: tuple[PlannedItem, ...]
    sets: tuple[SetLog, ...] = ()

    @property
    def completed_sets(self) -> int:
        return sum(1 for s in self.sets if not s.result.skipped)
