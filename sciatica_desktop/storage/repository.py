"""The storage API the rest of the app uses. It takes and returns domain dataclasses, never rows.

Crash-safety promise: :meth:`Repository.record_set` commits in its own transaction before it returns,
so a set the user saw finish survives the app being killed or (with SQLite's synchronous=FULL) the
power failing the next moment.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict

import peewee
from peewee import Database

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.errors import DatabaseError
from sciatica_desktop.domain.exercise import ExerciseId, Side
from sciatica_desktop.domain.records import (
    PlannedItem,
    Profile,
    ProfileId,
    SessionId,
    SessionStatus,
    SetLog,
    SetLogId,
    SetResult,
    WorkoutSession,
)
from sciatica_desktop.storage import validation as check
from sciatica_desktop.storage.models import ProfileRow, SessionRow, SetLogRow, use_database

DEFAULT_PROFILE = "Me"


@contextmanager
def _storage_errors(action: str) -> Iterator[None]:
    """Turn the environment's failures (disk full, read-only, server gone) into a user message."""
    try:
        yield
    except (peewee.OperationalError, peewee.InternalError, peewee.InterfaceError) as exc:
        # SQLite rolls back by itself on a full disk, so peewee's own ROLLBACK then fails with "no
        # transaction is active" and hides the cause: look down the chain for the first error.
        chain: list[BaseException] = [exc]
        while chain[-1].__context__ is not None and len(chain) < 10:
            chain.append(chain[-1].__context__)
        text = str(chain[-1]) if isinstance(chain[-1], peewee.PeeweeException | sqlite3.Error) else str(exc)
        low = " ".join(str(e) for e in chain).lower()
        if "full" in low or "no space" in low:
            why = "the disk is full. Free some space and try again"
        elif "readonly" in low or "read-only" in low or "read only" in low:
            why = "the database is read-only. Check the data folder's permissions"
        elif "locked" in low or "busy" in low:
            why = "another program is using the database. Close it and try again"
        else:
            why = f"the database reported a problem ({text.splitlines()[0] if text else type(exc).__name__})"
        raise DatabaseError(
            f"Could not {action}: {why}. What was saved before is safe.", detail=repr(exc)
        ) from exc


class Repository:
    """Profiles, workout sessions and their sets."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        use_database(db)

    # Profiles -----------------------------------------------------------------------------------------

    def ensure_profile(self, name: str = DEFAULT_PROFILE) -> Profile:
        clean = check.check_profile_name(name)
        with _storage_errors("save the profile"), self._db.atomic():
            row = ProfileRow.get_or_none(ProfileRow.name == clean)
            if row is None:
                row = ProfileRow.create(name=clean, created=self._clock.utcnow())
        return _profile(row)

    def get_profile(self, profile_id: ProfileId) -> Profile | None:
        with _storage_errors("read the profile"):
            row = ProfileRow.get_or_none(ProfileRow.id == profile_id)
        return None if row is None else _profile(row)

    def list_profiles(self) -> list[Profile]:
        with _storage_errors("read the profiles"):
            return [_profile(r) for r in ProfileRow.select().order_by(ProfileRow.name, ProfileRow.id)]

    # Sessions -----------------------------------------------------------------------------------------

    def start_session(
        self, profile_id: ProfileId, routine_name: str, plan: Sequence[PlannedItem]
    ) -> WorkoutSession:
        name = check.check_routine_name(routine_name)
        check.check_plan(plan)
        with _storage_errors("start the session"), self._db.atomic():
            if ProfileRow.get_or_none(ProfileRow.id == profile_id) is None:
                raise KeyError(f"no profile with id {profile_id}")
            row = SessionRow.create(
                profile=profile_id,
                routine_name=name,
                started=self._clock.utcnow(),
                ended=None,
                status=SessionStatus.IN_PROGRESS.value,
                plan=json.dumps([asdict(item) for item in plan]),
            )
        return _session(row, [])

    def record_set(self, session_id: SessionId, result: SetResult) -> SetLog:
        """Save one finished (or skipped) set, committed before this returns."""
        check.check_set_result(result)
        if self._db.in_transaction():
            raise RuntimeError("record_set must commit on its own; do not call it inside a transaction")
        with _storage_errors("save the set"), self._db.atomic():
            session = SessionRow.get_or_none(SessionRow.id == session_id)
            if session is None:
                raise KeyError(f"no session with id {session_id}")
            if session.status != SessionStatus.IN_PROGRESS.value:
                raise ValueError(f"session {session_id} is {session.status}; it takes no more sets")
            row = SetLogRow.create(
                session=session_id,
                exercise_id=result.exercise_id,
                exercise_index=result.exercise_index,
                side=result.side.value,
                set_number=result.set_number,
                reps_done=result.reps_done,
                target_reps=result.target_reps,
                seconds_held=float(result.seconds_held),
                started=result.started,
                ended=result.ended,
                skipped=result.skipped,
            )
        return _set_log(row)

    def finish_session(self, session_id: SessionId, status: SessionStatus) -> None:
        if status is SessionStatus.IN_PROGRESS:
            raise ValueError("finish a session as COMPLETED or ENDED_EARLY")
        with _storage_errors("close the session"), self._db.atomic():
            updated = (
                SessionRow.update(status=status.value, ended=self._clock.utcnow())
                .where(SessionRow.id == session_id)
                .execute()
            )
        if updated != 1:
            raise KeyError(f"no session with id {session_id}")

    def get_session(self, session_id: SessionId) -> WorkoutSession | None:
        with _storage_errors("read the session"):
            rows = list(SessionRow.select().where(SessionRow.id == session_id))
            found = self._with_sets(rows)
        return found[0] if found else None

    def unfinished_sessions(self, profile_id: ProfileId) -> list[WorkoutSession]:
        """Sessions still IN_PROGRESS (the app was closed or died during them), newest first."""
        with _storage_errors("read the sessions"):
            query = SessionRow.select().where(
                (SessionRow.profile == profile_id) & (SessionRow.status == SessionStatus.IN_PROGRESS.value)
            )
            return self._with_sets(list(query.order_by(SessionRow.started.desc(), SessionRow.id.desc())))

    def list_sessions(self, profile_id: ProfileId, limit: int = 50) -> list[WorkoutSession]:
        """The profile's sessions, newest first, each with its sets."""
        check.check_int("the number of sessions", limit, 1, 100_000)
        with _storage_errors("read the sessions"):
            query = (
                SessionRow.select()
                .where(SessionRow.profile == profile_id)
                .order_by(SessionRow.started.desc(), SessionRow.id.desc())
                .limit(limit)
            )
            return self._with_sets(list(query))

    def _with_sets(self, rows: list[SessionRow]) -> list[WorkoutSession]:
        if not rows:
            return []
        by_session: dict[int, list[SetLog]] = {r.id: [] for r in rows}
        sets = (
            SetLogRow.select()
            .where(SetLogRow.session.in_(list(by_session)))
            .order_by(SetLogRow.id)
        )
        for s in sets:
            by_session[s.session_id].append(_set_log(s))
        return [_session(r, by_session[r.id]) for r in rows]


def _profile(row: ProfileRow) -> Profile:
    return Profile(id=ProfileId(row.id), name=row.name, created=row.created)


def _session(row: SessionRow, sets: list[SetLog]) -> WorkoutSession:
    plan = tuple(
        PlannedItem(
            exercise_id=ExerciseId(item["exercise_id"]),
            sets=int(item["sets"]),
            reps=int(item["reps"]),
            hold_s=float(item["hold_s"]),
            rest_s=float(item["rest_s"]),
            tempo_s=float(item["tempo_s"]),
        )
        for item in json.loads(row.plan)
    )
    return WorkoutSession(
        id=SessionId(row.id),
        profile_id=ProfileId(row.profile_id),
        routine_name=row.routine_name,
        started=row.started,
        ended=row.ended,
        status=SessionStatus(row.status),
        plan=plan,
        sets=tuple(sets),
    )


def _set_log(row: SetLogRow) -> SetLog:
    result = SetResult(
        exercise_id=ExerciseId(row.exercise_id),
        exercise_index=row.exercise_index,
        side=Side(row.side),
        set_number=row.set_number,
        reps_done=row.reps_done,
        target_reps=row.target_reps,
        seconds_held=row.seconds_held,
        started=row.started,
        ended=row.ended,
        skipped=bool(row.skipped),
    )
    return SetLog(id=SetLogId(row.id), session_id=SessionId(row.session_id), result=result)
