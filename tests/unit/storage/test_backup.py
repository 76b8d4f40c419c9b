"""Daily SQLite backups: once a day, consistent with WAL, the newest few kept; none for PostgreSQL."""

from __future__ import annotations

import sqlite3

import pytest

from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.records import PlannedItem
from sciatica_desktop.storage.backup import daily_backup, list_backups
from sciatica_desktop.storage.datadir import DataDir
from sciatica_desktop.storage.db import OpenedDatabase
from sciatica_desktop.storage.repository import Repository

from .conftest import MakeSet

DAY = 86400.0


def test_backup_once_a_day_with_the_latest_sets(
    *, opened: OpenedDatabase, data_dir: DataDir, clock: FakeClock, repo: Repository,
    plan: tuple[PlannedItem, ...], make_set: MakeSet,
) -> None:
    if opened.engine != "sqlite":
        assert daily_backup(opened, data_dir, clock) is None
        assert list(data_dir.backups.iterdir()) == []
        return
    session = repo.start_session(repo.ensure_profile().id, "r", plan)
    for n in range(1, 4):
        repo.record_set(session.id, make_set(set_number=n))
    assert data_dir.database.with_name("sciatica.sqlite3-wal").stat().st_size > 0  # sets still in the WAL

    made = daily_backup(opened, data_dir, clock)
    assert made == data_dir.backups / "sciatica-2026-01-05.sqlite3"
    assert daily_backup(opened, data_dir, clock) is None  # once per day
    copy = sqlite3.connect(str(made))
    try:
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM set_log").fetchone()[0] == 3
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        copy.close()
    assert sorted(p.name for p in data_dir.backups.iterdir()) == ["sciatica-2026-01-05.sqlite3"]


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_only_the_newest_backups_are_kept(
    opened: OpenedDatabase, data_dir: DataDir, clock: FakeClock
) -> None:
    (data_dir.backups / "notes.txt").write_text("not a backup: left alone")
    for _day in range(10):
        assert daily_backup(opened, data_dir, clock, keep=7) is not None
        clock.advance(DAY)
    names = [p.name for p in list_backups(data_dir)]
    assert names == [f"sciatica-2026-01-{d:02d}.sqlite3" for d in range(8, 15)]
    assert (data_dir.backups / "notes.txt").exists()
    with pytest.raises(ValueError, match="at least one"):
        daily_backup(opened, data_dir, clock, keep=0)
