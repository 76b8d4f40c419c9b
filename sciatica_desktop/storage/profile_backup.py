"""A profile's complete data as plain JSON values: every table, every row, soft-deleted ones included.

The format (``FORMAT``, ``VERSION``) is what :mod:`.profile_restore` reads back. Rows use the database's
column names; times are ISO 8601 with their UTC offset, days ISO dates. Ids are the file's own: rows
refer to each other by them, and an import gives new ids.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    Database,
    DateField,
    Field,
    FloatField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.records import ProfileId
from sciatica_desktop.storage.migrations import latest_version
from sciatica_desktop.storage.models import (
    BaseModel,
    ProfileRow,
    SessionRow,
    SetLogRow,
    UtcDateTimeField,
    use_database,
)
from sciatica_desktop.storage.models_reports import ReportRow, TherapistNoteRow
from sciatica_desktop.storage.models_routine import RoutineExtraRow
from sciatica_desktop.storage.models_symptoms import (
    CheckInRow,
    ItemAnswerRow,
    OwedScreeningRow,
    RedFlagAnswerRow,
    ResponseRow,
    ScreeningRow,
)
from sciatica_desktop.storage.repository import _storage_errors

FORMAT = "sciatica-desktop-profile"
VERSION = 1

Json = Any  # a JSON value: dict, list, str, int, float, bool or None


@dataclass(frozen=True)
class TableSpec:
    """One table of a backup: how its rows are found and what makes a row "already present"."""

    model: type[BaseModel]
    key: tuple[str, ...]  # field names; two rows with equal values are the same record
    parent: str | None = None  # the foreign key that scopes the rows (None: the profile)

    @property
    def name(self) -> str:
        return str(self.model._meta.table_name)

    def fields(self) -> list[Field]:
        return list(self.model._meta.sorted_fields)


# In dependency order: a row's parents come before it.
SPECS: tuple[TableSpec, ...] = (
    TableSpec(SessionRow, ("started", "routine_name")),
    TableSpec(SetLogRow, ("session", "exercise_index", "side", "set_number", "started"), parent="session"),
    TableSpec(RoutineExtraRow, ("exercise_id",)),
    TableSpec(CheckInRow, ("when", "context", "back_pain", "leg_pain", "leg_extent")),
    TableSpec(ScreeningRow, ("when", "reason")),
    TableSpec(RedFlagAnswerRow, ("screening", "question_id"), parent="screening"),
    TableSpec(OwedScreeningRow, ()),  # one per profile: safety questions closed unanswered
    TableSpec(ResponseRow, ("questionnaire_id", "when")),
    TableSpec(ItemAnswerRow, ("response", "item_id"), parent="response"),
    TableSpec(TherapistNoteRow, ()),  # one per profile: present when the profile has one
    TableSpec(ReportRow, ("generated",)),
)
SPEC_BY_NAME = {s.name: s for s in SPECS}
# Tables added after backup version 1 was defined: a file written before them simply has none.
ADDED_LATER = frozenset({"red_flag_screening_owed"})


def to_json(field: Field, value: Any) -> Json:
    if value is None:
        return None
    if isinstance(field, UtcDateTimeField):
        return value.astimezone(dt.UTC).isoformat()
    if isinstance(field, DateField):
        return (value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))).isoformat()
    if isinstance(field, BooleanField):
        return bool(value)
    if isinstance(field, FloatField):
        return float(value)
    if isinstance(field, AutoField | ForeignKeyField | IntegerField):
        return int(value)
    return str(value)


def kind_of(field: Field) -> str:
    """A word for the value a column takes, for messages and for checking a file."""
    if isinstance(field, UtcDateTimeField):
        return "a date and time with its UTC offset (ISO 8601)"
    if isinstance(field, DateField):
        return "a date (YYYY-MM-DD)"
    if isinstance(field, BooleanField):
        return "true or false"
    if isinstance(field, FloatField):
        return "a number"
    if isinstance(field, AutoField | ForeignKeyField | IntegerField):
        return "a whole number"
    if isinstance(field, CharField):
        return f"text of at most {field.max_length} characters"
    if isinstance(field, TextField):
        return "text"
    raise TypeError(f"no JSON form for {field!r}")


def from_json(field: Field, value: Json) -> Any:
    """The column's value from its JSON form; ValueError (saying what was expected) if it does not fit."""
    if value is None:
        if field.null:
            return None
        raise ValueError(f"is empty, but it must be {kind_of(field)}")
    bad = ValueError(f"is {value!r}, but it must be {kind_of(field)}")
    if isinstance(field, UtcDateTimeField):
        try:
            when = dt.datetime.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            when = None
        if when is None or when.utcoffset() is None:
            raise bad
        return when.astimezone(dt.UTC)
    if isinstance(field, DateField):
        try:
            return dt.date.fromisoformat(value) if isinstance(value, str) else _raise(bad)
        except ValueError:
            raise bad from None
    if isinstance(field, BooleanField):
        return value if isinstance(value, bool) else _raise(bad)
    if isinstance(field, FloatField):
        ok = isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        return float(value) if ok else _raise(bad)
    if isinstance(field, AutoField | ForeignKeyField | IntegerField):
        return value if isinstance(value, int) and not isinstance(value, bool) else _raise(bad)
    if not isinstance(value, str):
        raise bad
    if isinstance(field, CharField) and len(value) > field.max_length:
        raise bad
    return value


def _raise(error: Exception) -> Any:
    raise error


def scoped_rows(spec: TableSpec, profile_id: int, parent_ids: dict[str, list[int]]) -> list[BaseModel]:
    """The rows of ``spec`` that belong to the profile (through their parent rows when they have one)."""
    model: Any = spec.model
    if spec.parent is None:
        query = model.select().where(model.profile == profile_id)
    else:
        parent_model = model._meta.fields[spec.parent].rel_model
        ids = parent_ids[str(parent_model._meta.table_name)]
        query = model.select().where(getattr(model, spec.parent).in_(ids)) if ids else []
    return list(query.order_by(model.id)) if not isinstance(query, list) else []


def dump_profile(db: Database, profile_id: ProfileId, clock: Clock) -> dict[str, Json]:
    """Everything the profile holds, ready for ``json.dump``."""
    use_database(db)
    with _storage_errors("read the profile for the backup"), db.atomic():
        profile = ProfileRow.get_or_none(ProfileRow.id == profile_id)
        if profile is None:
            raise KeyError(f"no profile with id {profile_id}")
        tables: dict[str, list[dict[str, Json]]] = {}
        ids: dict[str, list[int]] = {}
        for spec in SPECS:
            rows = scoped_rows(spec, profile_id, ids)
            ids[spec.name] = [int(r.id) for r in rows]  # type: ignore[attr-defined]
            tables[spec.name] = [_row_json(spec.fields(), r) for r in rows]
    return {
        "format": FORMAT,
        "version": VERSION,
        "schema": latest_version(),
        "exported": clock.utcnow().isoformat(),
        "profile": _row_json(list(ProfileRow._meta.sorted_fields), profile),
        "tables": tables,
    }


def _row_json(fields: Sequence[Field], row: BaseModel) -> dict[str, Json]:
    return {f.column_name: to_json(f, row.__data__.get(f.name)) for f in fields}
