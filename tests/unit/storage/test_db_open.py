"""Opening the database: pragmas, a damaged file moved aside (never overwritten), URLs, integrity."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import sciatica_desktop.storage.db as dbmod
from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.errors import DatabaseError
from sciatica_desktop.storage.datadir import DataDir
from sciatica_desktop.storage.db import OpenedDatabase, integrity, mask_password, open_database
from sciatica_desktop.storage.repository import Repository
from tests.pg_server import PgServer


def pragma(opened: OpenedDatabase, name: str) -> object:
    return opened.db.execute_sql(f"PRAGMA {name}").fetchone()[0]


def test_sqlite_runs_in_wal_with_foreign_keys_and_full_sync(data_dir: DataDir, clock: FakeClock) -> None:
    opened = open_database(data_dir=data_dir, clock=clock)
    try:
        assert opened.engine == "sqlite"
        assert opened.location == str(data_dir.database)
        assert opened.notices == []
        assert pragma(opened, "journal_mode") == "wal"
        assert pragma(opened, "foreign_keys") == 1
        assert pragma(opened, "synchronous") == 2  # FULL
        assert pragma(opened, "busy_timeout") == 5000
        assert integrity(opened.db) == "ok"
    finally:
        opened.close()


def test_reopening_keeps_the_data(data_dir: DataDir, clock: FakeClock) -> None:
    first = open_database(data_dir=data_dir, clock=clock)
    Repository(first.db, clock).ensure_profile("Ann")
    first.close()
    again = open_database(data_dir=data_dir, clock=clock)
    try:
        assert again.notices == []
        assert [p.name for p in Repository(again.db, clock).list_profiles()] == ["Ann"]
    finally:
        again.close()


def test_a_file_that_is_not_sqlite_is_moved_aside_not_overwritten(
    data_dir: DataDir, clock: FakeClock
) -> None:
    junk = b"my thesis, not a database\n" * 100
    data_dir.database.write_bytes(junk)
    Path(f"{data_dir.database}-wal").write_bytes(b"wal bytes")
    opened = open_database(data_dir=data_dir, clock=clock)
    try:
        moved = data_dir.root / "sciatica.sqlite3.corrupt-20260105-090000"
        assert moved.read_bytes() == junk
        assert Path(f"{moved}-wal").read_bytes() == b"wal bytes"
        assert len(opened.notices) == 1
        assert str(moved) in opened.notices[0]
        assert integrity(opened.db) == "ok"
        assert data_dir.database.read_bytes()[:16] == b"SQLite format 3\x00"
    finally:
        opened.close()


def test_a_damaged_sqlite_file_is_moved_aside(data_dir: DataDir, clock: FakeClock) -> None:
    opened = open_database(data_dir=data_dir, clock=clock)
    repo = Repository(opened.db, clock)
    for n in range(300):
        repo.ensure_profile(f"profile {n} " + "x" * 60)
    opened.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    opened.close()
    raw = bytearray(data_dir.database.read_bytes())
    assert len(raw) > 4 * 4096
    raw[2 * 4096 : 4 * 4096] = b"\xff" * (2 * 4096)  # header intact, pages garbage
    data_dir.database.write_bytes(bytes(raw))

    reopened = open_database(data_dir=data_dir, clock=clock)
    try:
        moved = data_dir.root / "sciatica.sqlite3.corrupt-20260105-090000"
        assert moved.read_bytes() == bytes(raw)
        assert "damaged" in reopened.notices[0] and str(moved) in reopened.notices[0]
        assert Repository(reopened.db, clock).list_profiles() == []
    finally:
        reopened.close()


def test_a_second_bad_file_the_same_second_gets_its_own_name(data_dir: DataDir, clock: FakeClock) -> None:
    for content in (b"first bad file", b"second bad file"):
        data_dir.database.write_bytes(content)
        open_database(data_dir=data_dir, clock=clock).close()
    first = data_dir.root / "sciatica.sqlite3.corrupt-20260105-090000"
    second = data_dir.root / "sciatica.sqlite3.corrupt-20260105-090000-1"
    assert first.read_bytes() == b"first bad file"
    assert second.read_bytes() == b"second bad file"


def test_an_empty_file_is_used_as_an_empty_database(data_dir: DataDir, clock: FakeClock) -> None:
    data_dir.database.write_bytes(b"")
    opened = open_database(data_dir=data_dir, clock=clock)
    try:
        assert opened.notices == []
        assert not list(data_dir.root.glob("*.corrupt-*"))
    finally:
        opened.close()


def test_sqlite_url_gets_the_same_safe_opening(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "other.sqlite3"
    path.write_bytes(b"garbage")
    assert path.is_absolute()
    opened = open_database(url=f"sqlite:///{path}", clock=clock)  # four slashes: an absolute path
    try:
        assert opened.engine == "sqlite"
        assert pragma(opened, "journal_mode") == "wal"
        assert (tmp_path / "other.sqlite3.corrupt-20260105-090000").read_bytes() == b"garbage"
    finally:
        opened.close()


def test_exactly_one_of_data_dir_and_url(data_dir: DataDir, clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="exactly one"):
        open_database(clock=clock)
    with pytest.raises(ValueError, match="exactly one"):
        open_database(data_dir=data_dir, url="postgresql://x/y", clock=clock)


def test_unsupported_url_is_a_clear_error(clock: FakeClock) -> None:
    with pytest.raises(DatabaseError, match=r"Unsupported database address mysql://u:\*\*\*@h/db"):
        open_database(url="mysql://u:secret@h/db", clock=clock)


def test_passwords_are_masked() -> None:
    assert mask_password("postgresql://kiosk:s3cret@db.clinic:5432/pt") == "postgresql://kiosk:***@db.clinic:5432/pt"
    assert mask_password("postgresql://db.clinic/pt") == "postgresql://db.clinic/pt"


@pytest.mark.postgres
def test_postgresql_by_url(pg_server: PgServer, clock: FakeClock) -> None:
    with pg_server.fresh_database() as url:
        opened = open_database(url=url.replace("postgres@", "postgres:pw@"), clock=clock)
        try:
            assert opened.engine == "postgresql"
            assert "pw" not in opened.location and ":***@" in opened.location
            assert integrity(opened.db) == "ok"
        finally:
            opened.close()


@pytest.mark.postgres
def test_an_unreachable_server_is_a_clear_error(pg_server: PgServer, clock: FakeClock) -> None:
    url = f"postgresql://kiosk:secret@127.0.0.1:{pg_server.port}/no_such_database"
    with pytest.raises(DatabaseError) as caught:
        open_database(url=url, clock=clock)
    assert "Could not connect to the database server at" in caught.value.message
    assert "secret" not in caught.value.message


def test_integrity_reports_a_schema_mismatch(data_dir: DataDir, clock: FakeClock) -> None:
    opened = open_database(data_dir=data_dir, clock=clock)
    try:
        opened.db.execute_sql("DELETE FROM schema_version")
        assert "schema version 0" in integrity(opened.db)
    finally:
        opened.close()


def test_a_locked_file_is_not_mistaken_for_corruption(
    data_dir: DataDir, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(data_dir=data_dir, clock=clock).close()
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 50)  # fail fast instead of waiting 5 s for the lock
    holder = sqlite3.connect(str(data_dir.database), isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseError, match="Could not open the database"):
            open_database(data_dir=data_dir, clock=clock)
        assert not list(data_dir.root.glob("*.corrupt-*"))
    finally:
        holder.close()
