"""Sets are saved as they finish; an interrupted session resumes after its last saved set."""

from __future__ import annotations

import dataclasses

import pytest

from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.errors import DatabaseError, KnownError, OutOfRangeError
from sciatica_desktop.domain.exercise import Category, Dose, Exercise, ExerciseId, Sidedness, WorkoutItem
from sciatica_desktop.domain.records import (
    PlannedItem,
    ProfileId,
    SessionId,
    SessionStatus,
    SetLog,
    SetResult,
)
from sciatica_desktop.domain.workout import Cursor, RunnerSettings
from sciatica_desktop.domain.workout_events import Phase
from sciatica_desktop.services.memory_store import MemoryStore
from sciatica_desktop.services.workout_service import WorkoutService, positions, resume_point


class FakeStore(MemoryStore):
    """The in-memory store, with a switch that makes writes fail like a full disk."""

    def __init__(self) -> None:
        super().__init__()
        self.fail_writes = False

    def record_set(self, session_id: SessionId, result: SetResult) -> SetLog:
        if self.fail_writes:
            raise DatabaseError("The disk is full.")
        return super().record_set(session_id, result)


STRETCH = Exercise(
    ExerciseId("stretch"), "Stretch", Category.STRETCH, Sidedness.EACH_SIDE, Dose(sets=2, reps=1, hold_s=10)
)
BRIDGE = Exercise(ExerciseId("bridge"), "Bridge", Category.STRENGTH, Sidedness.BOTH, Dose(sets=2, reps=2))
CATALOGUE = {e.id: e for e in (STRETCH, BRIDGE)}
ITEMS = [WorkoutItem(STRETCH, STRETCH.dose), WorkoutItem(BRIDGE, BRIDGE.dose)]


def service(store: FakeStore, clock: FakeClock, errors: list[KnownError] | None = None) -> WorkoutService:
    return WorkoutService(
        store=store,
        exercises=CATALOGUE,
        clock=clock,
        settings=lambda: RunnerSettings(get_ready_s=0, switch_side_s=0),
        on_error=(errors.append if errors is not None else None),
    )


def hold_through(clock: FakeClock, runner, seconds: float) -> None:  # type: ignore[no-untyped-def]
    clock.advance(seconds)
    runner.tick()


def test_each_finished_set_is_saved_immediately() -> None:
    store, clock = FakeStore(), FakeClock()
    active = service(store, clock).start(profile_id=ProfileId(1), routine_name="Starter", items=ITEMS)
    active.runner.start()
    hold_through(clock, active.runner, 10)
    assert len(store.sessions[active.session.id].sets) == 1  # saved before anything else happens
    assert store.sessions[active.session.id].plan[0].hold_s == 10


def test_finished_workout_marks_the_session_completed() -> None:
    store, clock = FakeStore(), FakeClock()
    active = service(store, clock).start(profile_id=ProfileId(1), routine_name="Starter", items=ITEMS)
    active.runner.start()
    for _ in range(4):
        hold_through(clock, active.runner, 10)
        active.runner.skip()
    for _ in range(4):
        active.runner.count_rep()
        if active.runner.phase is Phase.REST:
            active.runner.skip()
    assert active.runner.phase is Phase.FINISHED
    stored = store.sessions[active.session.id]
    assert stored.status is SessionStatus.COMPLETED and len(stored.sets) == 6


def test_end_early_marks_the_session_ended_early() -> None:
    store, clock = FakeStore(), FakeClock()
    active = service(store, clock).start(profile_id=ProfileId(1), routine_name="Starter", items=ITEMS)
    active.runner.start()
    active.runner.end()
    assert store.sessions[active.session.id].status is SessionStatus.ENDED_EARLY


def test_resume_continues_after_the_last_saved_set() -> None:
    store, clock = FakeStore(), FakeClock()
    svc = service(store, clock)
    first = svc.start(profile_id=ProfileId(1), routine_name="Starter", items=ITEMS)
    first.runner.start()
    hold_through(clock, first.runner, 10)  # stretch set 1 left
    hold_through(clock, first.runner, 10)  # stretch set 1 right
    # the app dies here; a new start finds the session unfinished
    (interrupted,) = svc.unfinished(ProfileId(1))
    assert len(interrupted.sets) == 2
    resumed = svc.resume(interrupted)
    assert resumed is not None
    assert resumed.runner.cursor == Cursor(0, set_number=2, side_index=0)
    resumed.runner.start()
    hold_through(clock, resumed.runner, 10)
    assert len(store.sessions[interrupted.id].sets) == 3


def test_resume_with_nothing_left_closes_the_session() -> None:
    store, clock = FakeStore(), FakeClock()
    svc = service(store, clock)
    items = [WorkoutItem(BRIDGE, BRIDGE.dose.with_changes(sets=1))]
    active = svc.start(profile_id=ProfileId(1), routine_name="Starter", items=items)
    active.runner.start()
    active.runner.count_rep()
    active.runner.count_rep()  # last set saved; pretend the finish never reached the disk
    store.sessions[active.session.id] = dataclasses.replace(
        store.sessions[active.session.id], status=SessionStatus.IN_PROGRESS
    )
    assert svc.resume(store.sessions[active.session.id]) is None
    assert store.sessions[active.session.id].status is SessionStatus.COMPLETED  # every set was saved


def test_a_failed_write_is_reported_and_retried() -> None:
    store, clock = FakeStore(), FakeClock()
    errors: list[KnownError] = []
    active = service(store, clock, errors).start(profile_id=ProfileId(1), routine_name="S", items=ITEMS)
    active.runner.start()
    store.fail_writes = True
    hold_through(clock, active.runner, 10)
    assert [e.message for e in errors] == ["The disk is full."]
    assert len(active.unsaved) == 1
    store.fail_writes = False
    hold_through(clock, active.runner, 10)
    assert len(store.sessions[active.session.id].sets) == 2 and not active.unsaved


def test_positions_and_resume_point() -> None:
    order = positions(ITEMS)
    assert len(order) == 2 * 2 + 2
    assert resume_point(ITEMS, []) == Cursor(0)


def test_plan_without_known_exercises_is_dropped(caplog: pytest.LogCaptureFixture) -> None:
    store, clock = FakeStore(), FakeClock()
    svc = service(store, clock)
    session = store.start_session(ProfileId(1), "Old", [PlannedItem(ExerciseId("gone"), 1, 1, 0, 0, 2)])
    assert svc.items_for(session) == []
    assert "gone" in caplog.text


def test_a_set_refused_as_out_of_range_does_not_block_the_others() -> None:
    class PickyStore(MemoryStore):
        def record_set(self, session_id: SessionId, result: SetResult) -> SetLog:
            if result.side.value == "left":
                raise OutOfRangeError("A set cannot end before it starts.")
            return super().record_set(session_id, result)

    store, clock, errors = PickyStore(), FakeClock(), []
    active = service(store, clock, errors).start(profile_id=ProfileId(1), routine_name="S", items=ITEMS)
    active.runner.start()
    hold_through(clock, active.runner, 10)  # left: refused and dropped
    hold_through(clock, active.runner, 10)  # right: saved
    assert [s.result.side.value for s in store.sessions[active.session.id].sets] == ["right"]
    assert not active.unsaved and len(errors) == 1


def test_an_unexpected_store_error_keeps_the_set_and_the_workout_going() -> None:
    class BrokenStore(MemoryStore):
        broken = True

        def record_set(self, session_id: SessionId, result: SetResult) -> SetLog:
            if self.broken:
                raise ValueError("session 1 takes no more sets")
            return super().record_set(session_id, result)

    store, clock, errors = BrokenStore(), FakeClock(), []
    active = service(store, clock, errors).start(profile_id=ProfileId(1), routine_name="S", items=ITEMS)
    active.runner.start()
    hold_through(clock, active.runner, 10)
    assert active.runner.phase is Phase.HOLD and active.runner.snapshot().side.value == "right"  # goes on
    assert len(active.unsaved) == 1 and errors
    store.broken = False
    assert active.retry is not None
    active.retry()
    assert not active.unsaved and len(store.sessions[active.session.id].sets) == 1


def test_a_session_whose_exercise_has_gone_is_closed_not_resumed_out_of_step() -> None:
    store, clock = FakeStore(), FakeClock()
    session = store.start_session(
        ProfileId(1),
        "Old",
        [PlannedItem(ExerciseId("gone"), 1, 1, 0, 0, 2), PlannedItem(ExerciseId("bridge"), 2, 2, 0, 30, 3)],
    )
    assert service(store, clock).resume(session) is None
    assert store.sessions[session.id].status is SessionStatus.ENDED_EARLY
