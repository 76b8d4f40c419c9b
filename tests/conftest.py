"""Shared test set-up. Keep this free of Qt and peewee imports: the domain tests also run without them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pg_server import PgServer, PgUnavailableError, start


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One throw-away PostgreSQL server for the whole session; skipped, with the reason, if none can run."""
    try:
        server = start()
    except PgUnavailableError as exc:
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    try:
        yield server
    finally:
        server.stop()
