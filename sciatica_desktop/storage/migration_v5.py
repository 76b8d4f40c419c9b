"""Schema version 5: safety questions owed (:class:`.models_symptoms.OwedScreeningRow`).

When the red-flag questions become due (nerve signs got worse, say) and the patient closes them without
answering, they must come back before the next workout, and a restart must not forget that. An existing
version-4 database gets the table here; a brand-new database gets it directly from the model, because
:data:`TABLES` is listed on the migration (see the rules in :mod:`.migrations`).
"""

from __future__ import annotations

from typing import Any

from sciatica_desktop.storage.models_symptoms import OwedScreeningRow

DESCRIPTION = "safety questions owed until they are answered"
TABLES = (OwedScreeningRow,)


def apply(migrator: Any) -> None:
    migrator.database.create_tables(TABLES)
