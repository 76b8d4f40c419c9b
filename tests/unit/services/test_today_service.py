"""Today's routine: the planned routine, then what the patient added from the library."""

from __future__ import annotations

import datetime as dt

import pytest

from sciatica_desktop.domain.catalogue import Catalogue
from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.domain.exercise import Category, Dose, Exercise, ExerciseId, Sidedness, WorkoutItem
from sciatica_desktop.domain.records import ProfileId
from sciatica_desktop.domain.today import RoutineExtra
from sciatica_desktop.services.today_service import TodayService

ME = ProfileId(1)


def exercise(eid: str) -> Exercise:
    return Exercise(ExerciseId(eid), eid.title(), Category.STRENGTH, Sidedness.BOTH, Dose(sets=2, reps=5))


CATALOGUE = Catalogue([exercise("bridge"), exercise("clamshell"), exercise("bird_dog")])


class FakeStore:
    def __init__(self) -> None:
        self.rows: list[RoutineExtra] = []

    def list_extras(self, profile_id: ProfileId) -> list[RoutineExtra]:
        return [r for r in self.rows if r.profile_id == profile_id]

    def add_extra(self, profile_id: ProfileId, exercise_id: str) -> RoutineExtra:
        row = RoutineExtra(profile_id, ExerciseId(exercise_id), dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
        self.rows.append(row)
        return row

    def remove_extra(self, profile_id: ProfileId, exercise_id: str) -> bool:
        before = len(self.rows)
        self.rows = [r for r in self.rows if (r.profile_id, r.exercise_id) != (profile_id, exercise_id)]
        return len(self.rows) != before


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def service(store: FakeStore) -> TodayService:
    base = (WorkoutItem(CATALOGUE["bridge"], Dose(sets=3, reps=10)),)
    return TodayService(store=store, catalogue=CATALOGUE, routine_name="Starter", routine=base)


def test_an_added_exercise_follows_the_routine_at_its_own_dose(service: TodayService) -> None:
    plan = service.add(ME, "clamshell")
    assert [i.exercise.id for i in plan.items] == ["bridge", "clamshell"]
    assert plan.items[1].dose == CATALOGUE["clamshell"].dose
    assert plan.extras == ("clamshell",) and plan.name == "Starter"


def test_adding_what_is_already_there_changes_nothing(service: TodayService, store: FakeStore) -> None:
    service.add(ME, "clamshell")
    plan = service.add(ME, "clamshell")
    service.add(ME, "bridge")  # already in the planned routine
    assert [i.exercise.id for i in plan.items] == ["bridge", "clamshell"]
    assert [r.exercise_id for r in store.rows] == ["clamshell"]


def test_removing_takes_out_only_the_added_exercise(service: TodayService) -> None:
    service.add(ME, "clamshell")
    service.add(ME, "bird_dog")
    plan = service.remove(ME, "clamshell")
    assert [i.exercise.id for i in plan.items] == ["bridge", "bird_dog"]
    plan = service.remove(ME, "bridge")  # the therapist's routine is not the patient's to remove from
    assert [i.exercise.id for i in plan.items] == ["bridge", "bird_dog"]


def test_an_added_exercise_gone_from_the_catalogue_is_left_out(
    service: TodayService, store: FakeStore
) -> None:
    store.add_extra(ME, "retired_exercise")
    assert [i.exercise.id for i in service.plan(ME).items] == ["bridge"]
    assert service.plan(ProfileId(2)).extras == ()


def test_an_unknown_exercise_cannot_be_added(service: TodayService, store: FakeStore) -> None:
    with pytest.raises(KnownError, match="no exercise called 'nope'"):
        service.add(ME, "nope")
    assert store.rows == []
