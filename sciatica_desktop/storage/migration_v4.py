"""Schema version 4: questions for the therapist and the log of printed summaries
(:mod:`.models_reports`).

An existing version-3 database gets the new tables here; a brand-new database gets them directly from the
models, because :data:`TABLES` is listed on the migration (see the rules in :mod:`.migrations`).
"""

from __future__ import annotations

from typing import Any

from sciatica_desktop.storage.models_reports import REPORT_TABLES

DESCRIPTION = "questions for the therapist and the log of appointment summaries"
TABLES = REPORT_TABLES


def apply(migrator: Any) -> None:
    migrator.database.create_tables(TABLES)
