"""Set-log commit latency on SQLite, against a bare sqlite3 insert-and-commit with the same pragmas."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
import time
from pathlib import Path

from sciatica_desktop.domain.clock import SystemClock
from sciatica_desktop.domain.exercise import ExerciseId, Side
from sciatica_desktop.domain.records import PlannedItem, SetResult
from sciatica_desktop.storage.datadir import prepare_data_dir
from sciatica_desktop.storage.db import open_database
from sciatica_desktop.storage.repository import Repository
from tests.bench._util import percentile, report

N = 500


def _ours(folder: Path) -> list[float]:
    clock = SystemClock()
    opened = open_database(data_dir=prepare_data_dir(folder), clock=clock)
    repo = Repository(opened.db, clock)
    profile = repo.ensure_profile()
    plan = [PlannedItem(ExerciseId("glute_bridge"), 2, 10, 0, 30, 3)]
    session = repo.start_session(profile.id, "bench", plan)
    now = dt.datetime.now(dt.UTC)
    times = []
    for i in range(N):
        result = SetResult(ExerciseId("glute_bridge"), 0, Side.NONE, i % 9 + 1, 10, 10, 0.0, now, now)
        start = time.perf_counter()
        repo.record_set(session.id, result)
        times.append(time.perf_counter() - start)
    opened.close()
    return times


def _floor(folder: Path) -> list[float]:
    con = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    con.execute("PRAGMA journal_mode=wal")
    con.execute("PRAGMA synchronous=full")
    con.execute(
        "CREATE TABLE s (id INTEGER PRIMARY KEY, session INT, exercise TEXT, side TEXT, n INT, reps INT,"
        " target INT, held REAL, started TEXT, ended TEXT, skipped INT)"
    )
    now = dt.datetime.now(dt.UTC).isoformat()
    times = []
    for i in range(N):
        start = time.perf_counter()
        con.execute("BEGIN")
        con.execute(
            "INSERT INTO s VALUES (NULL, 1, 'glute_bridge', 'none', ?, 10, 10, 0, ?, ?, 0)", (i, now, now)
        )
        con.execute("COMMIT")
        times.append(time.perf_counter() - start)
    con.close()
    return times


def run() -> None:
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        floor = _floor(Path(b))
        ours = _ours(Path(a))
    report(
        "set-log commit p50 (SQLite, FULL sync)",
        percentile(ours, 50) * 1000,
        percentile(floor, 50) * 1000,
        "ms",
        "",
    )
    report(
        "set-log commit p99",
        percentile(ours, 99) * 1000,
        percentile(floor, 99) * 1000,
        "ms",
        f"p99 <= 10 ms (is {percentile(ours, 99) * 1000:.2f} ms)",
    )


if __name__ == "__main__":
    run()
