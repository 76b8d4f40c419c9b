"""Restoring a profile from a backup made by :mod:`.profile_backup`, in one transaction.

First the whole file is checked (format and version, every table and column, types and ranges through
the same domain rules the app uses, ids unique, every reference pointing at a row in the file); only a
file with no problem is written. Rows already in the profile (same natural key, see ``SPECS``) are
skipped and counted; a failure while writing rolls everything back. So a truncated, wrong-version or
hand-edited bad file changes nothing and says what is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import peewee
from peewee import Database, ForeignKeyField

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.domain.exercise import ExerciseId, Side
from sciatica_desktop.domain.records import PlannedItem, Profile, ProfileId, SetResult
from sciatica_desktop.domain.redflags import ScreeningReason, Urgency
from sciatica_desktop.domain.symptoms import CheckIn, CheckInContext, LegExtent, Numbness, Trigger
from sciatica_desktop.storage import validation as check
from sciatica_desktop.storage.models import STATUS_VALUES, ProfileRow, use_database
from sciatica_desktop.storage.profile_backup import (
    ADDED_LATER,
    FORMAT,
    SPECS,
    VERSION,
    Json,
    TableSpec,
    from_json,
)
from sciatica_desktop.storage.repository import _storage_errors

MAX_SHOWN = 8


class BackupError(KnownError):
    """The file cannot be restored; ``problems`` lists each thing wrong, the message the first few."""

    def __init__(self, problems: list[str]) -> None:
        shown = "\n".join(f"- {p}" for p in problems[:MAX_SHOWN])
        more = f"\n… and {len(problems) - MAX_SHOWN} more." if len(problems) > MAX_SHOWN else ""
        super().__init__(f"Nothing was imported. The file has problems:\n{shown}{more}")
        self.problems = problems


@dataclass
class RestoreResult:
    profile: Profile
    created_profile: bool
    added: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)  # already present


Row = dict[str, Any]


def _plan(text: str) -> None:
    items = json.loads(text)
    if not isinstance(items, list):
        raise ValueError("the plan is not a list")
    check.check_plan([PlannedItem(**item) for item in items])


def _set(v: Row) -> None:
    check.check_set_result(
        SetResult(
            ExerciseId(v["exercise_id"]),
            v["exercise_index"],
            Side(v["side"]),
            v["set_number"],
            v["reps_done"],
            v["target_reps"],
            v["seconds_held"],
            v["started"],
            v["ended"],
            v["skipped"],
        )
    )


def _check_in(v: Row) -> None:
    CheckIn(
        when=v["when"],
        back_pain=v["back_pain"],
        leg_pain=v["leg_pain"],
        leg_extent=LegExtent(v["leg_extent"]),
        numbness=Numbness(v["numbness"]),
        weakness=v["weakness"],
        sitting_minutes=v["sitting_minutes"],
        triggers=frozenset(Trigger(t) for t in v["triggers"].split(",") if t),
        note=v["note"],
        context=CheckInContext(v["context"]),
    )


def _session(v: Row) -> None:
    if v["status"] not in STATUS_VALUES:
        raise ValueError(f"status {v['status']!r} is not one of {', '.join(STATUS_VALUES)}")
    _plan(v["plan"])


# Domain rules per table, on top of the column types (they raise ValueError / OutOfRangeError).
RULES: Mapping[str, Callable[[Row], object]] = {
    "workout_session": _session,
    "set_log": _set,
    "check_in": _check_in,
    "red_flag_screening": lambda v: (ScreeningReason(v["reason"]), Urgency(v["urgency"])),
    "red_flag_screening_owed": lambda v: ScreeningReason(v["reason"]),
}


def read_backup(text: str) -> dict[str, Json]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BackupError(
            [
                f"it is not complete JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); "
                "it may be cut short"
            ]
        ) from exc
    if not isinstance(data, dict):
        raise BackupError(["it is not a Sciatica Desktop backup (no object at the top)"])
    if data.get("format") != FORMAT:
        raise BackupError([f"it is not a Sciatica Desktop profile backup (format {data.get('format')!r})"])
    if data.get("version") != VERSION:
        raise BackupError(
            [f"it is backup version {data.get('version')!r}; this version of the app reads version {VERSION}"]
        )
    return data


def check_backup(data: Mapping[str, Json]) -> tuple[Row, dict[str, list[tuple[int, Row]]]]:
    """Every problem in the file, or the profile and each table's rows as column values (by field name)."""
    problems: list[str] = []
    profile = _row(ProfileRow, data.get("profile"), "profile", problems)
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise BackupError([*problems, "it has no 'tables' object"])
    unknown = sorted(set(tables) - {s.name for s in SPECS})
    problems += [f"unknown table {name!r}" for name in unknown]
    out: dict[str, list[tuple[int, Row]]] = {}
    for spec in SPECS:
        rows = tables.get(spec.name, [] if spec.name in ADDED_LATER else None)
        if not isinstance(rows, list):
            problems.append(f"table {spec.name!r} is missing or not a list")
            continue
        seen: set[int] = set()
        out[spec.name] = []
        for n, raw in enumerate(rows, start=1):
            where = f"{spec.name} row {n}"
            values = _row(spec.model, raw, where, problems)
            if values is None:
                continue
            row_id = values["id"]
            if row_id in seen:
                problems.append(f"{where}: id {row_id} is used twice in {spec.name}")
            seen.add(row_id)
            problems += _references(spec, values, where, profile, out)
            rule = RULES.get(spec.name)
            try:
                if rule is not None:
                    rule(values)
            except (ValueError, TypeError, KeyError) as exc:
                why = str(getattr(exc, "message", exc)).removeprefix("Not saved: ")
                problems.append(f"{where}: {why}")
            out[spec.name].append((row_id, values))
    if problems or profile is None:
        raise BackupError(problems or ["the profile is missing"])
    return profile, out


def _row(model: Any, raw: Json, where: str, problems: list[str]) -> Row | None:
    if not isinstance(raw, dict):
        problems.append(f"{where}: not an object")
        return None
    fields = list(model._meta.sorted_fields)
    columns = {f.column_name for f in fields}
    count = len(problems)
    problems += [f"{where}: unknown column {c!r}" for c in sorted(set(raw) - columns)]
    values: Row = {}
    for f in fields:
        if f.column_name not in raw:
            problems.append(f"{where}: column {f.column_name!r} is missing")
            continue
        try:
            values[f.name] = from_json(f, raw[f.column_name])
        except ValueError as exc:
            problems.append(f"{where}: {f.column_name} {exc}")
    return values if len(problems) == count else None


def _references(
    spec: TableSpec, values: Row, where: str, profile: Row | None, done: Mapping[str, list[tuple[int, Row]]]
) -> list[str]:
    out = []
    for f in spec.fields():
        if not isinstance(f, ForeignKeyField) or values.get(f.name) is None:
            continue
        target = str(f.rel_model._meta.table_name)
        if target == "profile":
            ok = profile is not None and values[f.name] == profile["id"]
        else:
            ok = any(i == values[f.name] for i, _ in done.get(target, []))
        if not ok:
            out.append(f"{where}: {f.column_name} {values[f.name]} points at no {target} row in the file")
    return out


def restore(db: Database, text: str, *, clock: Clock, into: str | None = None) -> RestoreResult:
    """Check ``text`` (a backup's JSON) and import it into profile ``into`` (default: the file's name)."""
    profile_values, tables = check_backup(read_backup(text))
    name = check.check_profile_name(into if into is not None else str(profile_values["name"]))
    use_database(db)
    try:
        with _storage_errors("import the backup"), db.atomic():
            row = ProfileRow.get_or_none(ProfileRow.name == name)
            created = row is None
            if row is None:
                row = ProfileRow.create(name=name, created=profile_values["created"])
            result = RestoreResult(Profile(ProfileId(row.id), row.name, row.created), created)
            ids: dict[str, dict[int, int]] = {"profile": {profile_values["id"]: row.id}}
            for spec in SPECS:
                _import_table(spec, tables[spec.name], ids, result)
    except peewee.IntegrityError as exc:
        raise BackupError([f"the database refused a row ({exc}); nothing was imported"]) from exc
    return result


def _import_table(
    spec: TableSpec, rows: list[tuple[int, Row]], ids: dict[str, dict[int, int]], result: RestoreResult
) -> None:
    from sciatica_desktop.storage.profile_backup import scoped_rows

    model: Any = spec.model
    target_profile = next(iter(ids["profile"].values()))
    parents = {name: list(mapping.values()) for name, mapping in ids.items()}
    rows_now = scoped_rows(spec, target_profile, parents)
    existing = {_key(spec, r.__data__): int(r.__data__["id"]) for r in rows_now}
    mapping: dict[int, int] = {}
    added = skipped = 0
    for file_id, values in rows:
        new = dict(values)
        new.pop("id")
        for f in spec.fields():
            if isinstance(f, ForeignKeyField) and new.get(f.name) is not None:
                new[f.name] = ids[str(f.rel_model._meta.table_name)][new[f.name]]
        key = _key(spec, new)
        if key in existing:
            mapping[file_id] = existing[key]
            skipped += 1
            continue
        mapping[file_id] = existing[key] = int(model.insert(**new).execute())
        added += 1
    ids[spec.name] = mapping
    result.added[spec.name], result.skipped[spec.name] = added, skipped


def _key(spec: TableSpec, values: Mapping[str, Any]) -> tuple[Any, ...]:
    return tuple(values[name] for name in spec.key)
