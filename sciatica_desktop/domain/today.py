"""Today's routine: the planned routine plus the exercises a patient added from the library.

The added exercises belong to a profile and stay in its routine until removed: a routine is what a patient
does every day, and an exercise that quietly vanished at midnight would surprise them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sciatica_desktop.domain.catalogue import Catalogue
from sciatica_desktop.domain.exercise import ExerciseId, WorkoutItem
from sciatica_desktop.domain.records import ProfileId


@dataclass(frozen=True)
class RoutineExtra:
    """One exercise a profile added to its routine."""

    profile_id: ProfileId
    exercise_id: ExerciseId
    added: dt.datetime


@dataclass(frozen=True)
class TodayPlan:
    """What the Today page shows and Start runs: the routine's items, then the added ones."""

    name: str
    items: tuple[WorkoutItem, ...]
    extras: tuple[ExerciseId, ...]  # the added exercises that are in ``items`` (they can be removed)

    def contains(self, exercise_id: str) -> bool:
        return any(item.exercise.id == exercise_id for item in self.items)


def today_plan(
    name: str, base: Sequence[WorkoutItem], extras: Sequence[RoutineExtra], catalogue: Catalogue
) -> TodayPlan:
    """The routine followed by each added exercise at its default dose.

    An added exercise that the routine already has, or that is gone from the catalogue (a clinic removed
    it), is left out rather than done twice or failing.
    """
    items = list(base)
    kept: list[ExerciseId] = []
    present = {item.exercise.id for item in base}
    for extra in extras:
        exercise = catalogue.get(extra.exercise_id)
        if exercise is None or exercise.id in present:
            continue
        items.append(WorkoutItem(exercise, exercise.dose))
        present.add(exercise.id)
        kept.append(exercise.id)
    return TodayPlan(name=name, items=tuple(items), extras=tuple(kept))
