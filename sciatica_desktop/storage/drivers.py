"""Keep PostgreSQL drivers out of a process that talks to SQLite.

peewee imports every database driver it can find when it is first imported. With psycopg2 installed (the
``postgres`` extra, or a developer's environment) that costs about 10 MiB of memory and 15 ms in every
start of the app, though only a clinic pointing ``--database`` at a server ever uses it. The command line
decides which database this process opens before anything imports peewee, so it can tell Python that the
PostgreSQL drivers are absent (``sys.modules[name] = None`` makes ``import name`` fail; see the
documentation of :data:`sys.modules`).
"""

from __future__ import annotations

import sys
from urllib.parse import urlsplit

POSTGRESQL_DRIVERS = ("psycopg2", "psycopg", "psycopg2cffi")


def is_postgresql(url: str | None) -> bool:
    return url is not None and urlsplit(url).scheme.lower().split("+")[0] in ("postgres", "postgresql")


def skip_unused_drivers(url: str | None) -> list[str]:
    """Before peewee is first imported: hide the PostgreSQL drivers unless ``url`` needs one.

    Returns the names hidden. Does nothing once peewee is loaded (its choice is made), or for a
    PostgreSQL address. The process must then not open a PostgreSQL database.
    """
    if "peewee" in sys.modules or is_postgresql(url):
        return []
    hidden = [name for name in POSTGRESQL_DRIVERS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    return hidden
