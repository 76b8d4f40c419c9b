"""Use cases of the Today page: what today's routine is, and adding or removing an exercise from it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from sciatica_desktop.domain.catalogue import Catalogue
from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.domain.exercise import WorkoutItem
from sciatica_desktop.domain.records import ProfileId
from sciatica_desktop.domain.today import RoutineExtra, TodayPlan, today_plan


class ExtrasStore(Protocol):
    """The part of the storage a profile's added exercises need (lets tests pass a fake)."""

    def list_extras(self, profile_id: ProfileId) -> list[RoutineExtra]: ...

    def add_extra(self, profile_id: ProfileId, exercise_id: str) -> RoutineExtra: ...

    def remove_extra(self, profile_id: ProfileId, exercise_id: str) -> bool: ...


class TodayService:
    """Today's routine for a profile: the planned routine, then the exercises it added from the library."""

    def __init__(
        self, *, store: ExtrasStore, catalogue: Catalogue, routine_name: str, routine: Sequence[WorkoutItem]
    ) -> None:
        self._store = store
        self._catalogue = catalogue
        self._name = routine_name
        self._routine = tuple(routine)

    def plan(self, profile_id: ProfileId) -> TodayPlan:
        return today_plan(self._name, self._routine, self._store.list_extras(profile_id), self._catalogue)

    def add(self, profile_id: ProfileId, exercise_id: str) -> TodayPlan:
        """Add an exercise to the profile's routine (kept until removed); already there: nothing changes."""
        if exercise_id not in self._catalogue:
            raise KnownError(f"There is no exercise called {exercise_id!r} in the library.")
        if not self.plan(profile_id).contains(exercise_id):
            self._store.add_extra(profile_id, exercise_id)
        return self.plan(profile_id)

    def remove(self, profile_id: ProfileId, exercise_id: str) -> TodayPlan:
        """Take an added exercise out again; the planned routine itself is the therapist's to change."""
        self._store.remove_extra(profile_id, exercise_id)
        return self.plan(profile_id)
