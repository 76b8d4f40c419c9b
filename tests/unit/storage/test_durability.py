"""synchronous=FULL costs an fsync per commit; check it stays cheap enough to commit every set."""

from __future__ import annotations

import time

import pytest

from sciatica_desktop.domain.records import PlannedItem
from sciatica_desktop.storage.db import OpenedDatabase
from sciatica_desktop.storage.repository import Repository

from .conftest import MakeSet

COMMITS = 200
P99_LIMIT_MS = 10.0


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)
def test_commit_p99_under_10_ms_with_full_sync(
    opened: OpenedDatabase, repo: Repository, plan: tuple[PlannedItem, ...], make_set: MakeSet
) -> None:
    assert opened.db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2  # FULL: survives power loss
    session = repo.start_session(repo.ensure_profile().id, "r", plan)
    result = make_set()
    timings: list[float] = []
    for _ in range(COMMITS):
        began = time.perf_counter()
        repo.record_set(session.id, result)
        timings.append((time.perf_counter() - began) * 1000)
    timings.sort()
    p99 = timings[int(COMMITS * 0.99) - 1]
    median, worst = timings[COMMITS // 2], timings[-1]
    print(f"record_set commit: median {median:.2f} ms, p99 {p99:.2f} ms, max {worst:.2f} ms")
    assert p99 < P99_LIMIT_MS
