"""Opening the database: the embedded SQLite file, or a shared PostgreSQL server by URL.

A file that is not a healthy SQLite database is never overwritten: it is renamed aside (with its -wal
and -shm companions), a new database is started, and a notice tells the user where the old file went.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, cast
from urllib.parse import urlsplit, urlunsplit

import peewee
from peewee import Database, SqliteDatabase

from sciatica_desktop.domain.clock import Clock
from sciatica_desktop.domain.errors import DatabaseError
from sciatica_desktop.storage.datadir import DataDir
from sciatica_desktop.storage.drivers import is_postgresql
from sciatica_desktop.storage.migrations import latest_version, migrate, schema_version
from sciatica_desktop.storage.models import use_database

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
# FULL, not NORMAL: a laptop can lose power mid-workout, and a set the user saw saved must stay saved.
SQLITE_PRAGMAS: tuple[tuple[str, object], ...] = (
    ("journal_mode", "wal"),
    ("foreign_keys", 1),
    ("synchronous", "full"),
    ("busy_timeout", BUSY_TIMEOUT_MS),
    ("cache_size", -64000),
)
_SQLITE_CORRUPT_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}

Engine = Literal["sqlite", "postgresql"]


@dataclass
class OpenedDatabase:
    db: Database
    engine: Engine
    location: str  # a file path, or a URL with its password masked
    notices: list[str] = field(default_factory=list)

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()


def open_database(
    *, data_dir: DataDir | None = None, url: str | None = None, clock: Clock
) -> OpenedDatabase:
    """Open (creating or upgrading as needed) the app's database; models are bound to it.

    Exactly one of ``data_dir`` (the embedded SQLite file) and ``url`` (``postgresql://…``, or
    ``sqlite:///path``) is given. Raises :class:`DatabaseError` with a user-facing message.
    """
    if (data_dir is None) == (url is None):
        raise ValueError("pass exactly one of data_dir and url")
    if url is not None:
        scheme = urlsplit(url).scheme.lower()
        if scheme.startswith("sqlite"):
            # as in playhouse.db_url: sqlite:///relative.db, sqlite:////absolute.db
            opened = _open_sqlite(Path(urlsplit(url).path[1:]), clock)
        elif is_postgresql(url):
            opened = _open_postgresql(url)
        else:
            raise DatabaseError(
                f"Unsupported database address {mask_password(url)}: use postgresql://… or --data-dir."
            )
    else:
        assert data_dir is not None
        opened = _open_sqlite(data_dir.database, clock)
    try:
        migrate(opened.db, clock=clock)
    except peewee.PeeweeException as exc:  # e.g. no right to create tables on a shared server
        opened.close()
        raise DatabaseError(
            f"Could not prepare the database at {opened.location}: {exc}", detail=repr(exc)
        ) from exc
    except BaseException:
        opened.close()
        raise
    return opened


def mask_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{netloc}"))


def _open_postgresql(url: str) -> OpenedDatabase:
    from playhouse import db_url  # only here: it loads peewee's MySQL, PostgreSQL and pool extensions

    shown = mask_password(url)
    try:
        db = db_url.connect(url)
        db.connect()
    except ImportError as exc:
        raise DatabaseError(
            "PostgreSQL support is not installed (psycopg2). Install sciatica-desktop[postgres]."
        ) from exc
    except peewee.PeeweeException as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise DatabaseError(
            f"Could not connect to the database server at {shown}: {first_line}", detail=str(exc)
        ) from exc
    use_database(db)
    return OpenedDatabase(db=db, engine="postgresql", location=shown)


def _open_sqlite(path: Path, clock: Clock) -> OpenedDatabase:
    notices: list[str] = []
    problem = _sqlite_problem(path)
    if problem is not None:
        moved = _move_aside(path, clock)
        notices.append(
            f"The database file {path} could not be used ({problem}). It was kept unchanged as {moved}, "
            "and a new, empty database was started. Keep the old file if you want someone to try to "
            "recover it."
        )
    db = SqliteDatabase(str(path), pragmas=list(SQLITE_PRAGMAS), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        db.connect()
    except peewee.OperationalError as exc:
        raise DatabaseError(f"Could not open the database {path}: {exc}", detail=repr(exc)) from exc
    use_database(db)
    return OpenedDatabase(db=db, engine="sqlite", location=str(path), notices=notices)


def _sqlite_problem(path: Path) -> str | None:
    """Why the file at ``path`` is not a usable SQLite database, or None when it is (or is absent).

    Checked with a plain connection that sets no pragmas, so a bad file is not modified before it is
    moved aside. A locked or unreadable file is not "corrupt": that raises DatabaseError instead.
    """
    try:
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DatabaseError(f"Could not read the database file {path}: {exc.strerror}") from exc
    if not header:
        return None  # an empty file is an empty database
    if header != SQLITE_HEADER:
        return "it is not a SQLite database"
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) in _SQLITE_CORRUPT_CODES:
            return f"it is damaged: {exc}"
        raise DatabaseError(f"Could not open the database {path}: {exc}", detail=repr(exc)) from exc
    finally:
        conn.close()
    result = "; ".join(str(r[0]) for r in rows)
    return None if result == "ok" else f"it is damaged: {result[:200]}"


def _move_aside(path: Path, clock: Clock) -> Path:
    """Rename ``path`` (and its -wal/-shm) to a name that does not exist yet; never overwrite."""
    stamp = clock.utcnow().strftime("%Y%m%d-%H%M%S")
    base = path.with_name(f"{path.name}.corrupt-{stamp}")
    target, n = base, 1
    while any(Path(f"{target}{s}").exists() for s in ("", "-wal", "-shm")):
        target, n = base.with_name(f"{base.name}-{n}"), n + 1
    try:
        for suffix in ("", "-wal", "-shm"):
            source = Path(f"{path}{suffix}")
            if source.exists():
                _rename_no_overwrite(source, Path(f"{target}{suffix}"))
    except OSError as exc:
        raise DatabaseError(
            f"The database file {path} is damaged and could not be moved aside ({exc.strerror}). "
            "Nothing was changed; move or copy it yourself, or choose another folder with --data-dir.",
            detail=repr(exc),
        ) from exc
    return target


def _rename_no_overwrite(source: Path, target: Path) -> None:
    try:
        os.link(source, target)  # fails if target exists: cannot clobber
    except FileExistsError:
        raise
    except OSError:  # a filesystem without hard links
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    os.unlink(source)


def integrity(db: Database) -> str:
    """"ok", or a description of what is wrong (for the ``check`` command)."""
    problems: list[str] = []
    try:
        if isinstance(db, SqliteDatabase):
            rows = _rows(db, "PRAGMA integrity_check")
            result = "; ".join(str(r[0]) for r in rows)
            if result != "ok":
                problems.append(f"integrity check: {result[:500]}")
            bad_keys = _rows(db, "PRAGMA foreign_key_check")
            if bad_keys:
                problems.append(f"{len(bad_keys)} rows point at missing rows (first: {bad_keys[0]})")
        else:
            _rows(db, "SELECT 1")
        version, latest = schema_version(db), latest_version()
        if version != latest:
            problems.append(f"schema version {version}, this app expects {latest}")
    except peewee.PeeweeException as exc:
        problems.append(str(exc))
    return "ok" if not problems else "; ".join(problems)


def _rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    cursor = cast(Any, db).execute_sql(sql)
    return list(cursor.fetchall())
