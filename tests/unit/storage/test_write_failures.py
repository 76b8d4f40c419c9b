"""A full disk or a read-only database is the environment failing: a DatabaseError with a plain message."""

from __future__ import annotations

import pytest

from sciatica_desktop.domain.errors import DatabaseError
from sciatica_desktop.domain.records import PlannedItem
from sciatica_desktop.storage.db import OpenedDatabase
from sciatica_desktop.storage.repository import Repository

from .conftest import MakeSet


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)  # simulated with SQLite's max_page_count
def test_disk_full_is_reported_and_earlier_sets_survive(
    repo: Repository, opened: OpenedDatabase, plan: tuple[PlannedItem, ...], make_set: MakeSet
) -> None:
    me = repo.ensure_profile()
    session = repo.start_session(me.id, "r", plan)
    repo.record_set(session.id, make_set())
    pages = opened.db.execute_sql("PRAGMA page_count").fetchone()[0]
    opened.db.execute_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(DatabaseError) as caught:
        for n in range(2, 500):  # fill the last free space, then one more
            repo.record_set(session.id, make_set(set_number=n % 100 + 1, exercise_id="x" * 100))
    assert "disk is full" in caught.value.message
    assert "What was saved before is safe" in caught.value.message
    loaded = repo.get_session(session.id)
    assert loaded is not None and len(loaded.sets) >= 1


def test_read_only_database_is_reported(
    repo: Repository, opened: OpenedDatabase, plan: tuple[PlannedItem, ...], make_set: MakeSet
) -> None:
    me = repo.ensure_profile()
    session = repo.start_session(me.id, "r", plan)
    if opened.engine == "sqlite":
        opened.db.execute_sql("PRAGMA query_only = 1")
    else:
        opened.db.execute_sql("SET default_transaction_read_only = on")
    with pytest.raises(DatabaseError) as caught:
        repo.record_set(session.id, make_set())
    assert "read-only" in caught.value.message
    assert not opened.db.in_transaction()
