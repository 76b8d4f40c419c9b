"""Schema version 3: symptom check-ins, red-flag screenings, questionnaire responses
(:mod:`.models_symptoms`).

An existing version-2 database gets the new tables here; a brand-new database gets them directly from the
models, because :data:`TABLES` is listed on the migration (see the rules in :mod:`.migrations`).
"""

from __future__ import annotations

from typing import Any

from sciatica_desktop.storage.models_symptoms import SYMPTOM_TABLES

DESCRIPTION = "symptom check-ins, red-flag screenings and questionnaires"
TABLES = SYMPTOM_TABLES


def apply(migrator: Any) -> None:
    migrator.database.create_tables(TABLES)
