"""Tables, as peewee models bound to one :data:`database_proxy`.

The proxy lets the same models serve the embedded SQLite file and a shared PostgreSQL server; it is
pointed at a database by :func:`sciatica_desktop.storage.db.open_database`. Consequence: one open
database per process at a time, which is what the app needs.

These rows never leave the storage package: :mod:`.repository` turns them into domain dataclasses.
Ranges are guarded twice: the repository refuses bad values with a clear message, and CHECK
constraints stop anything that slips past it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, cast

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    Check,
    Database,
    DatabaseProxy,
    DateTimeField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

database_proxy = DatabaseProxy()


def use_database(db: Database) -> None:
    """Point every model at ``db`` (a no-op when they already use it)."""
    if database_proxy.obj is not db:
        database_proxy.initialize(db)

STATUS_VALUES = ("in_progress", "completed", "ended_early")
SIDE_VALUES = ("none", "left", "right")
PROFILE_NAME_MAX = 100
ROUTINE_NAME_MAX = 200
EXERCISE_ID_MAX = 100


def _one_of(column: str, values: tuple[str, ...]) -> Any:
    listed = ", ".join(f"'{v}'" for v in values)
    return Check(f"{column} IN ({listed})")


class UtcDateTimeField(DateTimeField):
    """Stores naive UTC, returns aware UTC.

    The same column type works on SQLite (text) and PostgreSQL (``timestamp``); storing one convention
    keeps ordering and comparisons right whatever the machine's time zone. Naive input is refused: it is
    ambiguous, and ambiguity in a medical log is a bug.
    """

    def db_value(self, value: Any) -> Any:
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                raise ValueError(f"refusing naive datetime {value!r}: pass an aware UTC datetime")
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return cast(Any, super()).db_value(value)

    def python_value(self, value: Any) -> Any:
        value = cast(Any, super()).python_value(value)
        if isinstance(value, dt.datetime):
            if value.tzinfo is None:
                return value.replace(tzinfo=dt.UTC)
            return value.astimezone(dt.UTC)
        return value


class BaseModel(Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row per applied schema version; the highest is the database's version."""

    version = IntegerField(primary_key=True)
    applied = UtcDateTimeField()

    class Meta:
        table_name = "schema_version"


class ProfileRow(BaseModel):
    id = AutoField()
    name = CharField(max_length=PROFILE_NAME_MAX, unique=True)
    created = UtcDateTimeField()

    class Meta:
        table_name = "profile"
        constraints = [Check("length(name) >= 1")]  # noqa: RUF012 (peewee reads a list)


class SessionRow(BaseModel):
    id = AutoField()
    profile = ForeignKeyField(ProfileRow, on_delete="CASCADE", column_name="profile_id")
    profile_id: int  # peewee's id accessor for the key above, declared for the type checker
    routine_name = CharField(max_length=ROUTINE_NAME_MAX)
    started = UtcDateTimeField(index=True)
    ended = UtcDateTimeField(null=True)
    status = CharField(max_length=20, constraints=[_one_of("status", STATUS_VALUES)])
    plan = TextField()  # JSON list of PlannedItem fields

    class Meta:
        table_name = "workout_session"
        indexes = ((("profile", "status"), False),)


class SetLogRow(BaseModel):
    id = AutoField()
    session = ForeignKeyField(SessionRow, on_delete="CASCADE", column_name="session_id", index=True)
    session_id: int  # peewee's id accessor for the key above, declared for the type checker
    exercise_id = CharField(max_length=EXERCISE_ID_MAX)
    exercise_index = IntegerField(constraints=[Check("exercise_index >= 0")])
    side = CharField(max_length=10, constraints=[_one_of("side", SIDE_VALUES)])
    set_number = IntegerField(constraints=[Check("set_number >= 1")])
    reps_done = IntegerField(constraints=[Check("reps_done >= 0")])
    target_reps = IntegerField(constraints=[Check("target_reps >= 0")])
    seconds_held = FloatField(constraints=[Check("seconds_held >= 0")])
    started = UtcDateTimeField()
    ended = UtcDateTimeField()
    skipped = BooleanField(default=False)

    class Meta:
        table_name = "set_log"
        constraints = [Check("ended >= started")]  # noqa: RUF012 (peewee reads a list)


APP_TABLES: tuple[type[BaseModel], ...] = (ProfileRow, SessionRow, SetLogRow)
ALL_TABLES: tuple[type[BaseModel], ...] = (SchemaVersion, *APP_TABLES)
