"""A profile's added exercises on SQLite and PostgreSQL: order, no duplicates, per profile, removal."""

from __future__ import annotations

from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.storage.datadir import DataDir
from sciatica_desktop.storage.db import OpenedDatabase, open_database
from sciatica_desktop.storage.repository import Repository
from sciatica_desktop.storage.routine_repository import RoutineRepository


def test_added_exercises_keep_their_order_and_are_not_doubled(
    opened: OpenedDatabase, repo: Repository, clock: FakeClock
) -> None:
    extras = RoutineRepository(opened.db, clock)
    me, other = repo.ensure_profile(), repo.ensure_profile("Other")
    extras.add_extra(me.id, "clamshell")
    clock.advance(60)
    extras.add_extra(me.id, "bird_dog")
    again = extras.add_extra(me.id, "clamshell")
    extras.add_extra(other.id, "walking")

    assert [e.exercise_id for e in extras.list_extras(me.id)] == ["clamshell", "bird_dog"]
    assert again.added < extras.list_extras(me.id)[1].added  # the first add's time, unchanged
    assert [e.exercise_id for e in extras.list_extras(other.id)] == ["walking"]

    assert extras.remove_extra(me.id, "clamshell") is True
    assert extras.remove_extra(me.id, "clamshell") is False
    assert [e.exercise_id for e in extras.list_extras(me.id)] == ["bird_dog"]
    extras.add_extra(me.id, "clamshell")
    assert [e.exercise_id for e in extras.list_extras(me.id)] == ["bird_dog", "clamshell"]


def test_added_exercises_survive_reopening_the_database(data_dir: DataDir, clock: FakeClock) -> None:
    first = open_database(data_dir=data_dir, clock=clock)
    profile = Repository(first.db, clock).ensure_profile()
    RoutineRepository(first.db, clock).add_extra(profile.id, "dead_bug")
    first.close()

    second = open_database(data_dir=data_dir, clock=clock)
    try:
        kept = RoutineRepository(second.db, clock).list_extras(profile.id)
    finally:
        second.close()
    assert [e.exercise_id for e in kept] == ["dead_bug"]
