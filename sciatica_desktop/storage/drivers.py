"""Keep PostgreSQL drivers, and OpenSSL, out of a process that talks to SQLite.

peewee imports every database driver it can find when it is first imported. With psycopg2 installed (the
``postgres`` extra, or a developer's environment) that costs about 10 MiB of memory and 15 ms in every
start of the app, though only a clinic pointing ``--database`` at a server ever uses it. The command line
decides which database this process opens before anything imports peewee, so it can tell Python that the
PostgreSQL drivers are absent (``sys.modules[name] = None`` makes ``import name`` fail; see the
documentation of :data:`sys.modules`).
"""

from __future__ import annotations

import sys
from importlib.util import find_spec
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


def skip_openssl_hashes() -> bool:
    """Before peewee is first imported: let :mod:`hashlib` use Python's own hash functions, not OpenSSL's.

    peewee imports :mod:`hashlib` (it names long constraints by their MD5). Importing it loads ``_hashlib``
    and with it OpenSSL's libcrypto: 3.3 MiB resident and 4 ms, in an app that makes no network calls and
    hashes nothing else. Without ``_hashlib``, hashlib serves md5, sha1, sha2, sha3 and blake2 from the
    implementations built into Python (its documented fallback for builds without OpenSSL); only
    ``scrypt`` and OpenSSL-only algorithms go missing, and nothing here uses them.

    Returns True when the setting was made; False once ``_hashlib`` or :mod:`hashlib` is already loaded, or
    when this Python was built without its own md5 and sha2.
    """
    if "_hashlib" in sys.modules or "hashlib" in sys.modules:
        return False
    builtin_sha2 = ("_sha256", "_sha2")  # the name up to Python 3.11, and from 3.12
    if find_spec("_md5") is None or not any(find_spec(name) for name in builtin_sha2):
        return False  # a Python built without its own hashes (--with-builtin-hashlib-hashes): keep OpenSSL
    sys.modules["_hashlib"] = None  # type: ignore[assignment]
    return True
