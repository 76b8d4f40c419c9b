"""Storage for a profile's own routine: the exercises it added from the library. Returns domain values."""

from __future__ import annotations

from peewee import Database, fn

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.exercise import ExerciseId
from sciatica_desktop.domain.records import ProfileId
from sciatica_desktop.domain.today import RoutineExtra
from sciatica_desktop.storage import validation as check
from sciatica_desktop.storage.models import EXERCISE_ID_MAX, ProfileRow, use_database
from sciatica_desktop.storage.models_routine import RoutineExtraRow
from sciatica_desktop.storage.repository import _storage_errors


class RoutineRepository:
    """Added exercises per profile, in the order they were added. Each call commits before it returns."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        use_database(db)

    def list_extras(self, profile_id: ProfileId) -> list[RoutineExtra]:
        with _storage_errors("read your added exercises"):
            query = (
                RoutineExtraRow.select()
                .where(RoutineExtraRow.profile == profile_id)
                .order_by(RoutineExtraRow.position, RoutineExtraRow.id)
            )
            return [_extra(row) for row in query]

    def add_extra(self, profile_id: ProfileId, exercise_id: str) -> RoutineExtra:
        """Add an exercise at the end; adding one that is already there returns it unchanged."""
        clean = check.check_text("the exercise id", exercise_id, EXERCISE_ID_MAX)
        with _storage_errors("add the exercise to your routine"), self._db.atomic():
            if ProfileRow.get_or_none(ProfileRow.id == profile_id) is None:
                raise KeyError(f"no profile with id {profile_id}")
            row = RoutineExtraRow.get_or_none(
                (RoutineExtraRow.profile == profile_id) & (RoutineExtraRow.exercise_id == clean)
            )
            if row is None:
                last = (
                    RoutineExtraRow.select(fn.MAX(RoutineExtraRow.position))
                    .where(RoutineExtraRow.profile == profile_id)
                    .scalar()
                )
                row = RoutineExtraRow.create(
                    profile=profile_id,
                    exercise_id=clean,
                    position=0 if last is None else int(last) + 1,
                    added=self._clock.utcnow(),
                )
        return _extra(row)

    def remove_extra(self, profile_id: ProfileId, exercise_id: str) -> bool:
        """Remove an added exercise; False when it was not there."""
        with _storage_errors("remove the exercise from your routine"), self._db.atomic():
            deleted = (
                RoutineExtraRow.delete()
                .where((RoutineExtraRow.profile == profile_id) & (RoutineExtraRow.exercise_id == exercise_id))
                .execute()
            )
        return bool(deleted)


def _extra(row: RoutineExtraRow) -> RoutineExtra:
    return RoutineExtra(
        profile_id=ProfileId(row.profile_id), exercise_id=ExerciseId(row.exercise_id), added=row.added
    )
