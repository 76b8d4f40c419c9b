"""Schema version 2: a profile's added exercises (:mod:`.models_routine`).

An existing version-1 database gets the new table here; a brand-new database gets it directly from the
model, because :data:`TABLES` is listed on the migration (see the rules in :mod:`.migrations`).
"""

from __future__ import annotations

from typing import Any

from sciatica_desktop.storage.models_routine import ROUTINE_TABLES

DESCRIPTION = "profiles can add exercises to their routine"
TABLES = ROUTINE_TABLES


def apply(migrator: Any) -> None:
    migrator.database.create_tables(TABLES)
