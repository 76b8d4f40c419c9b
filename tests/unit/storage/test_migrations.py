"""Schema versions on SQLite and PostgreSQL: the mechanism, a failed step, a newer database refused."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import peewee
import pytest
from playhouse.db_url import connect as db_url_connect
from playhouse.migrate import SchemaMigrator

from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.errors import DatabaseError
from sciatica_desktop.storage.datadir import DataDir
from sciatica_desktop.storage.db import OpenedDatabase, open_database
from sciatica_desktop.storage.migrations import MIGRATIONS, Migration, latest_version, migrate, schema_version
from sciatica_desktop.storage.models import SchemaVersion
from sciatica_desktop.storage.repository import Repository


def _add_note_column(migrator: Any) -> None:
    migrator.migrate(migrator.add_column("workout_session", "note", peewee.TextField(default="")))


def _add_then_fail(migrator: Any) -> None:
    _add_note_column(migrator)
    raise RuntimeError("step 2 broke half way")


CURRENT = latest_version()
NEXT = CURRENT + 1
# A "newer app": this one's migrations plus one step it does not know yet.
V2 = (*MIGRATIONS, Migration(NEXT, "sessions get a note", _add_note_column))


def columns(opened: OpenedDatabase, table: str) -> set[str]:
    return {c.name for c in opened.db.get_columns(table)}


def test_a_new_database_is_at_the_latest_version(opened: OpenedDatabase) -> None:
    assert schema_version(opened.db) == latest_version() == len(MIGRATIONS)
    assert {"profile", "workout_session", "set_log", "schema_version"} <= set(opened.db.get_tables())
    # Tables that later steps added are created directly in a new database.
    added = {t._meta.table_name for m in MIGRATIONS for t in m.tables}
    assert added <= set(opened.db.get_tables())
    assert migrate(opened.db) == CURRENT  # a second run changes nothing
    assert SchemaVersion.select().count() == 1


def test_a_database_migrates_to_the_next_version_and_keeps_its_data(
    opened: OpenedDatabase, clock: FakeClock, plan: Any
) -> None:
    repo = Repository(opened.db, clock)
    session = repo.start_session(repo.ensure_profile().id, "before v2", plan)
    assert "note" not in columns(opened, "workout_session")

    assert migrate(opened.db, migrations=V2, clock=clock) == NEXT
    assert schema_version(opened.db) == NEXT
    assert "note" in columns(opened, "workout_session")
    assert [v.version for v in SchemaVersion.select().order_by(SchemaVersion.version)] == [CURRENT, NEXT]
    note = opened.db.execute_sql(f"SELECT note FROM workout_session WHERE id = {int(session.id)}")
    assert note.fetchone()[0] == ""
    loaded = repo.get_session(session.id)
    assert loaded is not None and loaded.routine_name == "before v2"
    # Foreign keys are back on after SQLite's migration context switched them off.
    if opened.engine == "sqlite":
        assert opened.db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_failing_step_changes_nothing(opened: OpenedDatabase, clock: FakeClock) -> None:
    broken = (*MIGRATIONS, Migration(NEXT, "broken", _add_then_fail))
    with pytest.raises(RuntimeError, match="half way"):
        migrate(opened.db, migrations=broken, clock=clock)
    assert schema_version(opened.db) == CURRENT
    assert "note" not in columns(opened, "workout_session")


def test_a_newer_database_is_refused_and_left_alone(
    db_url: str | None, data_dir: DataDir, clock: FakeClock
) -> None:
    def open_it() -> OpenedDatabase:
        if db_url is None:
            return open_database(data_dir=data_dir, clock=clock)
        return open_database(url=db_url, clock=clock)

    first = open_it()
    migrate(first.db, migrations=V2, clock=clock)  # written by a "newer app" that knows one more step
    first.close()
    with pytest.raises(DatabaseError) as caught:
        open_it()  # this app knows one step less
    assert f"newer version of Sciatica Desktop (schema {NEXT}" in caught.value.message
    assert "not changed" in caught.value.message

    raw = peewee.SqliteDatabase(str(data_dir.database)) if db_url is None else db_url_connect(db_url)
    try:
        assert raw.execute_sql("SELECT max(version) FROM schema_version").fetchone()[0] == NEXT
        assert "note" in {c.name for c in raw.get_columns("workout_session")}
    finally:
        raw.close()


def test_tables_without_a_version_are_refused(opened: OpenedDatabase) -> None:
    opened.db.drop_tables([SchemaVersion])
    with pytest.raises(DatabaseError, match="no schema version"):
        migrate(opened.db)


def test_migrations_must_be_numbered_in_order(opened: OpenedDatabase) -> None:
    skipping = (*MIGRATIONS, Migration(NEXT + 1, "skips one", _add_note_column))
    with pytest.raises(ValueError, match=r"1\.\.n"):
        migrate(opened.db, migrations=skipping)


def test_the_migrator_matches_the_engine(opened: OpenedDatabase) -> None:
    name = type(SchemaMigrator.from_database(opened.db)).__name__
    assert name == {"sqlite": "SqliteMigrator", "postgresql": "PostgresqlMigrator"}[opened.engine]


def test_a_v1_database_gets_the_routine_table_and_keeps_its_data(
    opened: OpenedDatabase, clock: FakeClock, plan: Any
) -> None:
    """Version 2 adds the table of exercises a profile added from the library to an existing database."""
    repo = Repository(opened.db, clock)
    session = repo.start_session(repo.ensure_profile().id, "before v2", plan)
    opened.db.drop_tables(list(MIGRATIONS[1].tables))
    SchemaVersion.delete().execute()
    SchemaVersion.create(version=1, applied=clock.utcnow())  # as a version-1 app left it

    assert migrate(opened.db, migrations=MIGRATIONS[:2], clock=clock) == 2
    assert "routine_extra" in opened.db.get_tables()
    loaded = repo.get_session(session.id)
    assert loaded is not None and loaded.routine_name == "before v2"


def test_an_up_to_date_database_opens_without_loading_the_migrator(tmp_path: Any) -> None:
    """The usual start: nothing to migrate, so playhouse.migrate (~0.5 MiB) stays unloaded."""
    import subprocess
    import sys

    script = (
        "import sys; from pathlib import Path\n"
        "from sciatica_desktop.storage.datadir import prepare_data_dir\n"
        "from sciatica_desktop.storage.db import open_database\n"
        "from sciatica_desktop.domain.clock import SystemClock\n"
        "opened = open_database(data_dir=prepare_data_dir(Path(sys.argv[1])), clock=SystemClock())\n"
        "print('playhouse.migrate' in sys.modules)\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
                       timeout=60, check=True).stdout.split()
        for _ in range(2)
    ]
    assert runs == [["True"], ["False"]]  # created (and migrated) the first time; only opened the second


def test_the_latest_version_is_the_last_step() -> None:
    assert latest_version() == MIGRATIONS[-1].version == len(MIGRATIONS)


def test_a_database_at_the_latest_version_opens_without_loading_the_steps(tmp_path: Path) -> None:
    """The usual start: the step modules (with the symptom and report tables) are not loaded."""
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from sciatica_desktop.domain.clock import FakeClock
        from sciatica_desktop.storage.datadir import prepare_data_dir
        from sciatica_desktop.storage.db import open_database
        open_database(data_dir=prepare_data_dir(Path(sys.argv[1])), clock=FakeClock()).close()
        print(" ".join(sorted(m for m in sys.modules if m.startswith("sciatica_desktop"))))
        """
    )
    first = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
                           check=True).stdout.split()
    assert "sciatica_desktop.storage.migration_v3" in first  # a new database: created through the steps
    again = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True,
                           check=True).stdout.split()
    assert "sciatica_desktop.storage.db" in again
    assert not {m for m in again if ".migration_v" in m or m.endswith(("models_symptoms", "models_reports"))}
