"""Export a profile for other software: CSV files (one per table), a JSON backup, a FHIR R4 bundle; and
the JSON import that restores a backup. Files are written whole to a temporary name, then renamed, so
a failure never leaves half a file under the real name.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from peewee import Database

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.domain.measures import Questionnaire
from sciatica_desktop.domain.records import Profile
from sciatica_desktop.reports.fhir import fhir_bundle
from sciatica_desktop.storage.profile_backup import Json, dump_profile
from sciatica_desktop.storage.profile_restore import BackupError, RestoreResult, restore


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, path)
    except OSError as exc:
        raise KnownError(f"Could not write {path}: {exc.strerror or exc}.") from exc


def deidentify(dump: dict[str, Json]) -> dict[str, Json]:
    """The backup without the name: the profile is called 'de-identified'."""
    out = dict(dump)
    out["profile"] = {**dump["profile"], "name": "de-identified"}
    return out


def export_json(
    db: Database, profile: Profile, path: Path, *, clock: Clock, deidentified: bool = False
) -> int:
    """Write the profile's backup; returns the number of rows written."""
    dump = dump_profile(db, profile.id, clock)
    if deidentified:
        dump = deidentify(dump)
    _write(path, json.dumps(dump, ensure_ascii=False, indent=1))
    return sum(len(rows) for rows in dump["tables"].values())


def csv_text(columns: list[str], rows: list[Mapping[str, Json]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row[c] is None else _cell(row[c]) for c in columns])
    return buffer.getvalue()


def _cell(value: Json) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def export_csv(
    db: Database, profile: Profile, folder: Path, *, clock: Clock, deidentified: bool = False
) -> list[Path]:
    """One UTF-8 CSV per table (header row, ISO dates) in ``folder``; returns the files."""
    from sciatica_desktop.storage.profile_backup import SPECS

    dump = dump_profile(db, profile.id, clock)
    if deidentified:
        dump = deidentify(dump)
    files = []
    profile_row = dump["profile"]
    path = folder / "profile.csv"
    _write(path, csv_text(list(profile_row), [profile_row]))
    files.append(path)
    for spec in SPECS:
        columns = [f.column_name for f in spec.fields()]
        path = folder / f"{spec.name}.csv"
        _write(path, csv_text(columns, dump["tables"][spec.name]))
        files.append(path)
    return files


def export_fhir(
    db: Database,
    profile: Profile,
    path: Path,
    *,
    clock: Clock,
    questionnaires: list[Questionnaire],
    deidentified: bool = False,
) -> int:
    """Write a FHIR R4 collection Bundle; returns the number of resources in it."""
    bundle = fhir_bundle(db, profile, clock=clock, questionnaires=questionnaires, deidentified=deidentified)
    _write(path, json.dumps(bundle, ensure_ascii=False, indent=1))
    return len(bundle["entry"])


def import_json(db: Database, path: Path, *, clock: Clock, into: str | None = None) -> RestoreResult:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BackupError([f"it could not be read ({getattr(exc, 'strerror', None) or exc})"]) from exc
    return restore(db, text, clock=clock, into=into)


def result_text(result: RestoreResult) -> str:
    """What an import did, table by table, in words."""
    made = "a new profile" if result.created_profile else "the existing profile"
    lines = [f"Imported into {made} {result.profile.name!r}:"]
    for table, added in result.added.items():
        skipped = result.skipped.get(table, 0)
        if added or skipped:
            lines.append(f"  {table}: {added} added, {skipped} already present (skipped)")
    if len(lines) == 1:
        lines.append("  the file holds no records.")
    return "\n".join(lines)
