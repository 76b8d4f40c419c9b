"""Tables for a profile's own routine: the exercises it added from the library (schema version 2)."""

from __future__ import annotations

from peewee import AutoField, CharField, ForeignKeyField, IntegerField

from sciatica_desktop.storage.models import EXERCISE_ID_MAX, BaseModel, ProfileRow, UtcDateTimeField


class RoutineExtraRow(BaseModel):
    """One exercise a profile added to its routine; ``position`` keeps the order they were added in."""

    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete="CASCADE", column_name="profile_id")
    profile_id: int  # peewee's id accessor for the key above, declared for the type checker
    exercise_id = CharField(max_length=EXERCISE_ID_MAX)
    position = IntegerField()
    added = UtcDateTimeField()

    class Meta:
        table_name = "routine_extra"
        indexes = ((("profile", "exercise_id"), True),)


ROUTINE_TABLES: tuple[type[BaseModel], ...] = (RoutineExtraRow,)
