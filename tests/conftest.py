"""Shared test set-up. Keep this free of Qt and peewee imports: the domain tests also run without them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pg_server import PgServer, PgUnavailableError, start


@pytest.fixture(scope="session")
def qapp(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's application with the translator the app installs at start-up (``make_app``), so pages
    read as they do for the patient: "1 set", "8 sets", not "set(s)"."""
    from sciatica_desktop.gui import install_translator  # Qt: only for the tests that ask for the app

    install_translator(qapp)
    return qapp


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
