"""Schema versions: an ordered list of migrations, applied in one transaction.

Rules that keep this safe:

- Version 1 creates the tables from :mod:`.models`. A brand-new database therefore gets the current
  schema in one step and is stamped with the latest version; the later steps exist only to bring an
  *existing* older database up to date. So a change to a model must come with a migration that makes
  the same change to an old database (``playhouse.migrate`` operations).
- A later step that adds whole tables (in a module of its own, such as :mod:`.models_routine`) lists them
  in ``tables``: a brand-new database creates them from their current models right after version 1,
  and its ``apply`` creates them in an existing database.
- A database whose version is newer than this app knows is refused, never used: an old app could
  misread or damage data written by a newer one.
- On PostgreSQL several kiosks may start at once; an advisory lock makes them migrate one at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, cast

from peewee import Database, PostgresqlDatabase, fn

from sciatica_desktop.domain.clock import Clock, SystemClock
from sciatica_desktop.domain.errors import DatabaseError
from sciatica_desktop.storage.models import APP_TABLES, BaseModel, SchemaVersion, use_database

_PG_LOCK_KEY = 0x5C1A71CA  # any constant shared by every copy of the app


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Any], None]  # receives a playhouse.migrate.SchemaMigrator
    tables: tuple[type[BaseModel], ...] = ()  # whole tables this step adds (created directly when new)


def _create_tables(migrator: Any) -> None:
    migrator.database.create_tables(APP_TABLES)


# The newest schema this version of the app knows: the last step's number (a test holds them equal).
LATEST_VERSION = 5


@cache
def all_migrations() -> tuple[Migration, ...]:
    """Every step, in order. The step modules, and the symptom and report tables they bring, load only here:
    the usual start finds its database at :data:`LATEST_VERSION` and needs none of them."""
    from sciatica_desktop.storage import migration_v2, migration_v3, migration_v4, migration_v5

    return (
        Migration(1, "create the tables", _create_tables),
        Migration(2, migration_v2.DESCRIPTION, migration_v2.apply, migration_v2.TABLES),
        Migration(3, migration_v3.DESCRIPTION, migration_v3.apply, migration_v3.TABLES),
        Migration(4, migration_v4.DESCRIPTION, migration_v4.apply, migration_v4.TABLES),
        Migration(5, migration_v5.DESCRIPTION, migration_v5.apply, migration_v5.TABLES),
    )


def __getattr__(name: str) -> Any:
    if name == "MIGRATIONS":  # ``from …migrations import MIGRATIONS`` (tests, tools): every step, loaded now
        return all_migrations()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def latest_version(migrations: Sequence[Migration] | None = None) -> int:
    if migrations is None:
        return LATEST_VERSION
    return migrations[-1].version if migrations else 0


def schema_version(db: Database) -> int:
    """The database's schema version; 0 for a database the app has never set up."""
    use_database(db)
    if not db.table_exists(SchemaVersion._meta.table_name):
        return 0
    value = SchemaVersion.select(fn.MAX(SchemaVersion.version)).scalar()
    return int(value or 0)


def _check_order(migrations: Sequence[Migration]) -> None:
    expected = list(range(1, len(migrations) + 1))
    if [m.version for m in migrations] != expected:
        raise ValueError(f"migrations must be numbered 1..n in order, got {[m.version for m in migrations]}")


def migrate(
    db: Database, *, migrations: Sequence[Migration] | None = None, clock: Clock | None = None
) -> int:
    """Bring ``db`` to the latest version in ``migrations`` (default: every step); return the version it is
    now at.

    Raises :class:`DatabaseError` when the database is newer than the app.
    """
    latest = latest_version(migrations)
    clock = clock or SystemClock()
    use_database(db)
    if schema_version(db) == latest:  # the usual start; versions only go up, so no lock is needed to know
        return latest
    migrations = all_migrations() if migrations is None else migrations
    _check_order(migrations)
    # Only now: playhouse.migrate (with peewee's PostgreSQL and CockroachDB extensions) is ~0.5 MiB.
    from playhouse.migrate import SchemaMigrator

    migrator = SchemaMigrator.from_database(db)
    with migrator.migration_context():
        if isinstance(db, PostgresqlDatabase):
            cast(Any, db).execute_sql("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK_KEY,))
        current = schema_version(db)
        if current > latest:
            raise DatabaseError(
                f"This database was written by a newer version of Sciatica Desktop (schema {current}; "
                f"this version knows up to {latest}). Please update the app. The database was not changed.",
            )
        if current == latest:
            return current
        db.create_tables([SchemaVersion])
        if current == 0:
            tables = [*APP_TABLES, *(t for m in migrations for t in m.tables)]
            present = [m._meta.table_name for m in tables if db.table_exists(m._meta.table_name)]
            if present:
                raise DatabaseError(
                    "The database has Sciatica Desktop tables but no schema version, so it is not safe "
                    f"to use (tables: {', '.join(present)}). The database was not changed.",
                )
            migrations[0].apply(migrator)
            db.create_tables([t for m in migrations[1:] for t in m.tables])
            pending: Sequence[Migration] = ()
            SchemaVersion.create(version=latest, applied=clock.utcnow())
        else:
            pending = migrations[current:]
        for step in pending:
            step.apply(migrator)
            SchemaVersion.create(version=step.version, applied=clock.utcnow())
    return latest
