"""Schema version 3 adds the symptom tables to an existing version-2 database, keeping its data."""

from __future__ import annotations

from playhouse.db_url import connect as db_url_connect

from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.storage.datadir import DataDir
from sciatica_desktop.storage.migrations import MIGRATIONS, migrate, schema_version
from sciatica_desktop.storage.models_symptoms import SYMPTOM_TABLES
from sciatica_desktop.storage.repository import Repository

NAMES = {t._meta.table_name for t in SYMPTOM_TABLES}


def test_a_new_database_has_the_symptom_tables(opened) -> None:  # type: ignore[no-untyped-def]
    assert schema_version(opened.db) == MIGRATIONS[-1].version >= 3
    assert set(opened.db.get_tables()) >= NAMES


def test_a_v2_database_gets_the_symptom_tables(  # type: ignore[no-untyped-def]
    db_url: str | None, data_dir: DataDir, clock: FakeClock, plan
) -> None:
    db = db_url_connect(db_url) if db_url else db_url_connect(f"sqlite:///{data_dir.database}")
    try:
        assert migrate(db, migrations=MIGRATIONS[:2], clock=clock) == 2
        assert not NAMES & set(db.get_tables())
        repo = Repository(db, clock)
        session = repo.start_session(repo.ensure_profile().id, "kept", plan)
        assert migrate(db, clock=clock) == MIGRATIONS[-1].version
        assert set(db.get_tables()) >= NAMES
        assert repo.get_session(session.id) is not None
    finally:
        db.close()


def test_a_v4_database_gets_the_table_of_safety_questions_owed(  # type: ignore[no-untyped-def]
    db_url: str | None, data_dir: DataDir, clock: FakeClock
) -> None:
    from sciatica_desktop.domain.redflags import ScreeningReason
    from sciatica_desktop.storage.symptom_repository import SymptomRepository

    db = db_url_connect(db_url) if db_url else db_url_connect(f"sqlite:///{data_dir.database}")
    try:
        assert migrate(db, migrations=MIGRATIONS[:4], clock=clock) == 4
        assert "red_flag_screening_owed" not in db.get_tables()
        profile = Repository(db, clock).ensure_profile()
        assert migrate(db, clock=clock) == MIGRATIONS[-1].version >= 5
        store = SymptomRepository(db, clock)
        store.owe_screening(profile.id, ScreeningReason.NERVE_SIGNS, when=clock.utcnow())
        assert store.owed_screening(profile.id) is ScreeningReason.NERVE_SIGNS
    finally:
        db.close()
