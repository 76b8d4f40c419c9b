"""The repository on SQLite and on PostgreSQL: round trips, resumable sessions, what it refuses."""

from __future__ import annotations

import datetime as dt

import peewee
import pytest

from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.errors import OutOfRangeError
from sciatica_desktop.domain.exercise import ExerciseId, Side
from sciatica_desktop.domain.records import PlannedItem, SessionStatus, WorkoutSession
from sciatica_desktop.storage.db import OpenedDatabase
from sciatica_desktop.storage.models import SessionRow, SetLogRow
from sciatica_desktop.storage.repository import Repository

from .conftest import MakeSet

UTC = dt.UTC


def test_default_profile_is_created_once(repo: Repository, clock: FakeClock) -> None:
    first = repo.ensure_profile()
    clock.advance(60)
    again = repo.ensure_profile("Me")
    assert first == again
    assert first.name == "Me"
    assert first.created == dt.datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    assert repo.get_profile(first.id) == first


def test_profiles_are_listed_by_name(repo: Repository) -> None:
    for name in ("Zoe", "Ann", "Me"):
        repo.ensure_profile(name)
    assert [p.name for p in repo.list_profiles()] == ["Ann", "Me", "Zoe"]
    assert repo.get_profile(repo.list_profiles()[-1].id + 1000) is None  # type: ignore[operator]


def test_session_and_sets_round_trip(
    repo: Repository, clock: FakeClock, plan: tuple[PlannedItem, ...], make_set: MakeSet
) -> None:
    me = repo.ensure_profile()
    started = repo.start_session(me.id, "Morning routine", plan)
    assert started.status is SessionStatus.IN_PROGRESS
    assert started.plan == plan
    assert started.sets == ()
    clock.advance(90.25)
    left = make_set(side=Side.LEFT, exercise_index=0, exercise_id=ExerciseId("knee_to_chest"),
                    reps_done=1, target_reps=1, seconds_held=29.5)
    right = make_set(side=Side.RIGHT, exercise_index=0, exercise_id=ExerciseId("knee_to_chest"),
                     reps_done=0, target_reps=1, seconds_held=0.0, skipped=True)
    logs = [repo.record_set(started.id, left), repo.record_set(started.id, right)]
    assert [log.result for log in logs] == [left, right]

    loaded = repo.get_session(started.id)
    assert loaded is not None
    assert loaded.plan == plan
    assert loaded.sets == tuple(logs)
    assert loaded.completed_sets == 1
    assert loaded.started == dt.datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    assert left.started.microsecond == 250000 and loaded.sets[0].result.started == left.started


def test_times_come_back_as_aware_utc_whatever_zone_went_in(
    repo: Repository, plan: tuple[PlannedItem, ...], make_set: MakeSet
) -> None:
    me = repo.ensure_profile()
    session = repo.start_session(me.id, "r", plan)
    berlin = dt.timezone(dt.timedelta(hours=1))
    start = dt.datetime(2026, 1, 5, 10, 0, 0, tzinfo=berlin)
    repo.record_set(session.id, make_set(started=start, ended=start + dt.timedelta(seconds=5)))
    loaded = repo.get_session(session.id)
    assert loaded is not None
    got = loaded.sets[0].result.started
    assert got.tzinfo == UTC
    assert got == start and got.hour == 9


def test_finish_session(repo: Repository, clock: FakeClock, plan: tuple[PlannedItem, ...]) -> None:
    me = repo.ensure_profile()
    session = repo.start_session(me.id, "r", plan)
    clock.advance(600)
    repo.finish_session(session.id, SessionStatus.ENDED_EARLY)
    loaded = repo.get_session(session.id)
    assert loaded is not None
    assert loaded.status is SessionStatus.ENDED_EARLY
    assert loaded.ended == dt.datetime(2026, 1, 5, 9, 10, tzinfo=UTC)
    with pytest.raises(ValueError, match="COMPLETED or ENDED_EARLY"):
        repo.finish_session(session.id, SessionStatus.IN_PROGRESS)
    with pytest.raises(KeyError):
        repo.finish_session(session.id + 99, SessionStatus.COMPLETED)  # type: ignore[arg-type]


def test_unfinished_sessions_are_listed_with_their_sets(
    repo: Repository, clock: FakeClock, plan: tuple[PlannedItem, ...], make_set: MakeSet
) -> None:
    me = repo.ensure_profile()
    other = repo.ensure_profile("Other")
    done = repo.start_session(me.id, "done", plan)
    repo.finish_session(done.id, SessionStatus.COMPLETED)
    clock.advance(3600)
    older = repo.start_session(me.id, "older", plan)
    repo.record_set(older.id, make_set())
    clock.advance(3600)
    newer = repo.start_session(me.id, "newer", plan)
    repo.start_session(other.id, "someone else's", plan)

    unfinished = repo.unfinished_sessions(me.id)
    assert [s.routine_name for s in unfinished] == ["newer", "older"]
    assert [len(s.sets) for s in unfinished] == [0, 1]
    assert all(isinstance(s, WorkoutSession) for s in unfinished)
    assert unfinished[0].id == newer.id


def test_list_sessions_newest_first_with_limit(
    repo: Repository, clock: FakeClock, plan: tuple[PlannedItem, ...], make_set: MakeSet
) -> None:
    me = repo.ensure_profile()
    for day in range(5):
        session = repo.start_session(me.id, f"day {day}", plan)
        for n in range(day):
            repo.record_set(session.id, make_set(set_number=n + 1))
        repo.finish_session(session.id, SessionStatus.COMPLETED)
        clock.advance(86400)
    listed = repo.list_sessions(me.id, limit=3)
    assert [s.routine_name for s in listed] == ["day 4", "day 3", "day 2"]
    assert [len(s.sets) for s in listed] == [4, 3, 2]
    assert [s.result.set_number for s in listed[0].sets] == [1, 2, 3, 4]
    assert repo.get_session(listed[0].id + 1000) is None  # type: ignore[arg-type]


def test_a_set_is_committed_before_record_set_returns(
    repo: Repository, opened: OpenedDatabase, plan: tuple[PlannedItem, ...], make_set: MakeSet
) -> None:
    me = repo.ensure_profile()
    session = repo.start_session(me.id, "r", plan)
    repo.record_set(session.id, make_set())
    assert not opened.db.in_transaction()
    # Seen from another connection: it is committed, not just in this connection's transaction.
    other = type(opened.db)(opened.db.database, **opened.db.connect_params)
    try:
        assert other.execute_sql("SELECT count(*) FROM set_log").fetchone()[0] == 1
    finally:
        other.close()


def test_record_set_refuses_to_run_inside_a_transaction(
    repo: Repository, opened: OpenedDatabase, plan: tuple[PlannedItem, ...], make_set: MakeSet
) -> None:
    me = repo.ensure_profile()
    session = repo.start_session(me.id, "r", plan)
    with opened.db.atomic(), pytest.raises(RuntimeError, match="commit on its own"):
        repo.record_set(session.id, make_set())


def test_a_finished_session_takes_no_more_sets(
    repo: Repository, plan: tuple[PlannedItem, ...], make_set: MakeSet
) -> None:
    me = repo.ensure_profile()
    session = repo.start_session(me.id, "r", plan)
    repo.finish_session(session.id, SessionStatus.COMPLETED)
    with pytest.raises(ValueError, match="takes no more sets"):
        repo.record_set(session.id, make_set())
    with pytest.raises(KeyError):
        repo.record_set(session.id + 1, make_set())  # type: ignore[arg-type]


def test_unknown_profile_cannot_start_a_session(repo: Repository, plan: tuple[PlannedItem, ...]) -> None:
    with pytest.raises(KeyError):
        repo.start_session(12345, "r", plan)  # type: ignore[arg-type]


BAD_SETS = [
    ({"reps_done": -1}, "repetitions done"),
    ({"set_number": 0}, "set number"),
    ({"seconds_held": -0.5}, "seconds held"),
    ({"seconds_held": float("nan")}, "seconds held"),
    ({"target_reps": -3}, "target repetitions"),
    ({"exercise_index": -1}, "exercise index"),
    ({"exercise_id": ""}, "exercise id"),
    ({"started": dt.datetime(2026, 1, 5, 9, 0)}, "start"),  # naive: ambiguous
    ({"ended": dt.datetime(2026, 1, 5, 8, 0, tzinfo=UTC)}, "end"),  # before the start
]


@pytest.mark.parametrize(("changes", "named"), BAD_SETS)
def test_out_of_range_sets_are_refused(
    repo: Repository, plan: tuple[PlannedItem, ...], make_set: MakeSet, changes: dict[str, object], named: str
) -> None:
    me = repo.ensure_profile()
    session = repo.start_session(me.id, "r", plan)
    with pytest.raises(OutOfRangeError) as caught:
        repo.record_set(session.id, make_set(**changes))
    assert named in caught.value.message and caught.value.message.startswith("Not saved")
    loaded = repo.get_session(session.id)
    assert loaded is not None and loaded.sets == ()


def test_out_of_range_names_and_plans_are_refused(repo: Repository, plan: tuple[PlannedItem, ...]) -> None:
    with pytest.raises(OutOfRangeError, match="profile name"):
        repo.ensure_profile("   ")
    with pytest.raises(OutOfRangeError, match="profile name"):
        repo.ensure_profile("x" * 101)
    me = repo.ensure_profile()
    with pytest.raises(OutOfRangeError, match="routine name"):
        repo.start_session(me.id, "", plan)
    bad = PlannedItem(ExerciseId("bridge"), sets=0, reps=10, hold_s=0, rest_s=30, tempo_s=2)
    with pytest.raises(OutOfRangeError, match=r"exercise 1 \(bridge\) sets"):
        repo.start_session(me.id, "r", [bad])
    assert repo.list_sessions(me.id) == []


@pytest.mark.parametrize(
    ("column", "value"), [("reps_done", -1), ("set_number", 0), ("seconds_held", -1.0), ("side", "up")]
)
def test_check_constraints_guard_the_table_too(
    repo: Repository, plan: tuple[PlannedItem, ...], column: str, value: object
) -> None:
    """Writing past the repository (a bug, another tool) is still refused by the database."""
    me = repo.ensure_profile()
    session = repo.start_session(me.id, "r", plan)
    row: dict[str, object] = {
        "session": session.id, "exercise_id": "bridge", "exercise_index": 0, "side": "none",
        "set_number": 1, "reps_done": 1, "target_reps": 1, "seconds_held": 0.0,
        "started": dt.datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
        "ended": dt.datetime(2026, 1, 5, 9, 1, tzinfo=UTC),
    }
    SetLogRow.insert(**row).execute()  # the valid row goes in
    row[column] = value
    with pytest.raises(peewee.IntegrityError):
        SetLogRow.insert(**row).execute()


def test_deleting_a_session_deletes_its_sets(
    repo: Repository, plan: tuple[PlannedItem, ...], make_set: MakeSet
) -> None:
    me = repo.ensure_profile()
    session = repo.start_session(me.id, "r", plan)
    repo.record_set(session.id, make_set())
    SessionRow.delete().where(SessionRow.id == session.id).execute()
    assert SetLogRow.select().count() == 0
