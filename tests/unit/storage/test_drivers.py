"""A process that opens SQLite does not load the PostgreSQL driver (storage/drivers.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from sciatica_desktop.storage.drivers import is_postgresql

SCRIPT = textwrap.dedent(
    """
    import sys
    from sciatica_desktop.storage.drivers import skip_unused_drivers
    hidden = skip_unused_drivers(sys.argv[1] or None)
    import peewee
    print(",".join(hidden) or "-", peewee.psycopg2 is not None)
    """
)


def _loads(url: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, url], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.split()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("postgresql://u@localhost/db", True),
        ("postgres://u@localhost/db", True),
        ("postgresql+pool://u@localhost/db", True),
        ("sqlite:///x.db", False),
        (None, False),
        ("", False),
    ],
)
def test_is_postgresql(url: str | None, expected: bool) -> None:
    assert is_postgresql(url) is expected


def test_sqlite_process_leaves_psycopg2_unloaded() -> None:
    pytest.importorskip("psycopg2", reason="psycopg2 is not installed here, so there is nothing to leave out")
    hidden, driver_loaded = _loads("")
    assert "psycopg2" in hidden.split(",")
    assert driver_loaded == "False"


def test_postgresql_process_keeps_its_driver() -> None:
    pytest.importorskip("psycopg2", reason="psycopg2 is not installed here")
    assert _loads("postgresql://u@localhost/db") == ["-", "True"]


def test_nothing_is_hidden_once_peewee_is_loaded() -> None:
    import peewee  # noqa: F401  (this test process has it loaded already)

    from sciatica_desktop.storage.drivers import skip_unused_drivers

    assert skip_unused_drivers(None) == []
