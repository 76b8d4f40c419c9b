"""Use cases around a workout: start it, save each set as it ends, resume or close an interrupted one.

The UI calls these and renders what they return; it never talks to the repository or the runner's
internals itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.errors import KnownError, OutOfRangeError
from sciatica_desktop.domain.exercise import Dose, Exercise, ExerciseId, WorkoutItem
from sciatica_desktop.domain.records import (
    PlannedItem,
    ProfileId,
    SessionId,
    SessionStatus,
    SetLog,
    SetResult,
    WorkoutSession,
)

# The runner and its events load with the first workout: Today only asks for unfinished sessions, and a
# window that sits on Today need not hold the state machine's ten dataclasses (~0.2 MiB).
if TYPE_CHECKING:
    from sciatica_desktop.domain.workout import Cursor, RunnerSettings, WorkoutRunner
    from sciatica_desktop.domain.workout_events import Event

log = logging.getLogger(__name__)


class SessionStore(Protocol):
    """The part of the repository a workout needs (lets tests pass a fake)."""

    def start_session(
        self, profile_id: ProfileId, routine_name: str, plan: Sequence[PlannedItem]
    ) -> WorkoutSession: ...

    def record_set(self, session_id: SessionId, result: SetResult) -> SetLog: ...

    def finish_session(self, session_id: SessionId, status: SessionStatus) -> None: ...

    def unfinished_sessions(self, profile_id: ProfileId) -> list[WorkoutSession]: ...


class ExerciseLookup(Protocol):
    def get(self, exercise_id: ExerciseId) -> Exercise | None: ...


def planned(items: Sequence[WorkoutItem]) -> tuple[PlannedItem, ...]:
    return tuple(
        PlannedItem(
            exercise_id=i.exercise.id,
            sets=i.dose.sets,
            reps=i.dose.reps,
            hold_s=i.dose.hold_s,
            rest_s=i.dose.rest_s,
            tempo_s=i.dose.tempo_s,
        )
        for i in items
    )


def positions(items: Sequence[WorkoutItem]) -> list[Cursor]:
    """Every set of a workout, in the order the runner does them."""
    from sciatica_desktop.domain.workout import Cursor

    out: list[Cursor] = []
    for index, item in enumerate(items):
        for set_number in range(1, item.dose.sets + 1):
            for side_index in range(len(item.exercise.sides())):
                out.append(Cursor(index, set_number, side_index))
    return out


def resume_point(items: Sequence[WorkoutItem], logged: Sequence[SetLog]) -> Cursor | None:
    """The set after the last one saved, or None when every set is done."""
    from sciatica_desktop.domain.workout import Cursor

    order = positions(items)
    done = {
        Cursor(
            s.result.exercise_index,
            s.result.set_number,
            items[s.result.exercise_index].exercise.sides().index(s.result.side),
        )
        for s in logged
        if s.result.exercise_index < len(items)
        and s.result.side in items[s.result.exercise_index].exercise.sides()
    }
    last = max((order.index(c) for c in done if c in order), default=-1)
    return order[last + 1] if last + 1 < len(order) else None


@dataclass
class ActiveWorkout:
    """A running workout bound to its stored session."""

    session: WorkoutSession
    runner: WorkoutRunner
    saved: list[SetLog] = field(default_factory=list)
    unsaved: list[SetResult] = field(default_factory=list)
    retry: Callable[[], None] | None = None  # try once more to save ``unsaved`` (on closing, say)


class WorkoutService:
    def __init__(
        self,
        *,
        store: SessionStore,
        exercises: ExerciseLookup,
        clock: Clock,
        settings: Callable[[], RunnerSettings] | None = None,  # None: the runner's defaults
        on_error: Callable[[KnownError], None] | None = None,
    ) -> None:
        self._store = store
        self._exercises = exercises
        self._clock = clock
        self._settings_source = settings
        self._on_error = on_error or (lambda e: log.error("%s", e.message))

    def start(
        self, *, profile_id: ProfileId, routine_name: str, items: Sequence[WorkoutItem]
    ) -> ActiveWorkout:
        from sciatica_desktop.domain.workout import WorkoutRunner

        session = self._store.start_session(profile_id, routine_name, planned(items))
        runner = WorkoutRunner(items, clock=self._clock, settings=self._settings())
        return self._bind(session, runner)

    def unfinished(self, profile_id: ProfileId) -> list[WorkoutSession]:
        return self._store.unfinished_sessions(profile_id)

    def items_for(self, session: WorkoutSession) -> list[WorkoutItem]:
        """Rebuild a stored plan; an exercise no longer in the catalogue is left out."""
        items = []
        for p in session.plan:
            exercise = self._exercises.get(p.exercise_id)
            if exercise is None:
                log.warning("exercise %s of session %s is gone from the catalogue", p.exercise_id, session.id)
                continue
            dose = Dose(sets=p.sets, reps=p.reps, hold_s=p.hold_s, rest_s=p.rest_s, tempo_s=p.tempo_s)
            items.append(WorkoutItem(exercise, dose))
        return items

    def resume(self, session: WorkoutSession) -> ActiveWorkout | None:
        """Continue an interrupted session after its last saved set; None if nothing is left to do."""
        items = self.items_for(session)
        if len(items) != len(session.plan):
            # An exercise has left the catalogue: the saved positions no longer match, so do not guess.
            log.warning("session %s cannot resume: its plan names exercises no longer known", session.id)
            self._store.finish_session(session.id, SessionStatus.ENDED_EARLY)
            return None
        cursor = resume_point(items, session.sets) if items else None
        if cursor is None:
            # Every set was saved before the app stopped: the session was in fact completed.
            status = SessionStatus.COMPLETED if items else SessionStatus.ENDED_EARLY
            self._store.finish_session(session.id, status)
            return None
        from sciatica_desktop.domain.workout import WorkoutRunner

        runner = WorkoutRunner(items, clock=self._clock, settings=self._settings(), start_at=cursor)
        active = self._bind(session, runner)
        active.saved.extend(session.sets)
        return active

    def _settings(self) -> RunnerSettings:
        from sciatica_desktop.domain.workout import RunnerSettings

        return self._settings_source() if self._settings_source is not None else RunnerSettings()

    def close_unfinished(self, session: WorkoutSession) -> None:
        """Keep what was done and mark the session as ended early."""
        self._store.finish_session(session.id, SessionStatus.ENDED_EARLY)

    def _bind(self, session: WorkoutSession, runner: WorkoutRunner) -> ActiveWorkout:
        from sciatica_desktop.domain.workout_events import SetFinished, WorkoutFinished

        active = ActiveWorkout(session=session, runner=runner)
        active.retry = lambda: self.flush(active)

        def on_event(event: Event) -> None:
            if isinstance(event, SetFinished):
                active.unsaved.append(event.result)
                self.flush(active)
            elif isinstance(event, WorkoutFinished):
                self.flush(active)
                status = SessionStatus.ENDED_EARLY if event.ended_early else SessionStatus.COMPLETED
                try:
                    self._store.finish_session(session.id, status)
                except KnownError as error:
                    self._on_error(error)
                except Exception:
                    log.exception("could not close session %s", session.id)
                    self._on_error(KnownError("The session could not be closed; its sets are saved."))

        runner.subscribe(on_event)
        return active

    def flush(self, active: ActiveWorkout) -> None:
        """Write every set not yet saved; on failure keep them for the next try and tell the user.

        A set the store refuses as out of range can never be written: it is logged and dropped, so it does
        not hold back the sets behind it. Anything else (a full disk, a lost server, a bug) keeps the queue
        and is reported; the workout goes on either way.
        """
        while active.unsaved:
            result = active.unsaved[0]
            try:
                active.saved.append(self._store.record_set(active.session.id, result))
            except OutOfRangeError as error:
                log.error("set refused and dropped: %s (%r)", error.message, result)
                self._on_error(error)
            except KnownError as error:
                self._on_error(error)
                return
            except Exception:  # a bug or an unexpected store error must not freeze the workout runner
                log.exception("could not save a set of session %s", active.session.id)
                self._on_error(KnownError("A finished set could not be saved yet; it will be tried again."))
                return
            active.unsaved.pop(0)
