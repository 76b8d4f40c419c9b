"""Storage fixtures: every repository test runs on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.exercise import ExerciseId, Side
from sciatica_desktop.domain.records import PlannedItem, SetResult
from sciatica_desktop.storage.datadir import DataDir, prepare_data_dir
from sciatica_desktop.storage.db import OpenedDatabase, open_database
from sciatica_desktop.storage.repository import Repository
from tests.pg_server import PgServer

ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> DataDir:
    return prepare_data_dir(tmp_path / "data")


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(engine: str, request: pytest.FixtureRequest) -> Iterator[str | None]:
    """None for SQLite (use the data folder), or the URL of a fresh, empty PostgreSQL database."""
    if engine == "sqlite":
        yield None
        return
    server: PgServer = request.getfixturevalue("pg_server")
    with server.fresh_database() as url:
        yield url


@pytest.fixture
def opened(db_url: str | None, data_dir: DataDir, clock: FakeClock) -> Iterator[OpenedDatabase]:
    if db_url is None:
        result = open_database(data_dir=data_dir, clock=clock)
    else:
        result = open_database(url=db_url, clock=clock)
    try:
        yield result
    finally:
        result.close()


@pytest.fixture
def repo(opened: OpenedDatabase, clock: FakeClock) -> Repository:
    return Repository(opened.db, clock)


@pytest.fixture
def plan() -> tuple[PlannedItem, ...]:
    return (
        PlannedItem(ExerciseId("knee_to_chest"), sets=2, reps=1, hold_s=30.0, rest_s=20.0, tempo_s=3.0),
        PlannedItem(ExerciseId("bridge"), sets=3, reps=10, hold_s=0.0, rest_s=30.0, tempo_s=2.5),
    )


MakeSet = Callable[..., SetResult]


@pytest.fixture
def make_set(clock: FakeClock) -> MakeSet:
    """Build a plausible finished set that started 40 s before the clock's time; override any field."""

    def build(**changes: object) -> SetResult:
        fields: dict[str, object] = {
            "exercise_id": ExerciseId("bridge"),
            "exercise_index": 1,
            "side": Side.NONE,
            "set_number": 1,
            "reps_done": 10,
            "target_reps": 10,
            "seconds_held": 0.0,
            "started": clock.utcnow() - dt.timedelta(seconds=40),
            "ended": clock.utcnow(),
            "skipped": False,
        }
        fields.update(changes)
        return SetResult(**fields)  # type: ignore[arg-type]

    return build
