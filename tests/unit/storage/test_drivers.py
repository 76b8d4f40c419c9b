"""A process that opens SQLite does not load the PostgreSQL driver (storage/drivers.py)."""

from __future__ import annotations

import gc
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


OPENSSL_SCRIPT = textwrap.dedent(
    """
    import sys, tempfile
    from sciatica_desktop.storage.drivers import skip_openssl_hashes, skip_unused_drivers
    skip_unused_drivers(None)  # as the app does: psycopg2 would load libcrypto itself
    made = skip_openssl_hashes() if sys.argv[1] == "skip" else None
    import hashlib, peewee
    db = peewee.SqliteDatabase(tempfile.mkdtemp() + "/x.db")
    db.connect()
    db.execute_sql("create table t (a integer)")  # the database works as before
    libcrypto = any("libcrypto" in line for line in open("/proc/self/maps"))
    print(made, libcrypto, hashlib.md5(b"sciatica").hexdigest(), hashlib.sha256(b"").hexdigest()[:12])
    """
)


def _openssl(mode: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", OPENSSL_SCRIPT, mode], capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.split()


def test_without_openssl_hashes_peewee_works_and_libcrypto_stays_unloaded() -> None:
    made, libcrypto, md5, sha256 = _openssl("skip")
    assert (made, libcrypto) == ("True", "False")
    # Python's built-in implementations give the same digests OpenSSL would.
    assert (md5, sha256) == (_openssl("keep")[2], "e3b0c44298fc")


def test_by_default_peewee_loads_libcrypto_which_is_what_the_setting_saves() -> None:
    made, libcrypto, _md5, _sha = _openssl("keep")
    if libcrypto == "False":
        pytest.skip("this Python's hashlib does not use OpenSSL: the setting saves nothing here")
    assert (made, libcrypto) == ("None", "True")


def test_openssl_hashes_stay_once_hashlib_is_loaded() -> None:
    import hashlib  # noqa: F401  (loaded in this test process already)

    from sciatica_desktop.storage.drivers import skip_openssl_hashes

    assert skip_openssl_hashes() is False
    assert sys.modules.get("_hashlib", "absent") is not None


def test_a_python_without_its_own_hashes_keeps_openssl(monkeypatch: pytest.MonkeyPatch) -> None:
    from sciatica_desktop.storage import drivers

    monkeypatch.delitem(sys.modules, "hashlib")
    monkeypatch.delitem(sys.modules, "_hashlib")
    monkeypatch.setattr(drivers, "find_spec", lambda name: None if name == "_md5" else object())
    assert drivers.skip_openssl_hashes() is False
    assert "_hashlib" not in sys.modules  # nothing was hidden


def test_only_the_app_itself_leaves_openssl_out(monkeypatch: pytest.MonkeyPatch) -> None:
    """The commands are short-lived and may need hashlib whole; the app stays running."""
    from sciatica_desktop import cli
    from sciatica_desktop.ui import qt_imports

    calls: list[str] = []
    monkeypatch.setattr(cli, "skip_openssl_hashes", lambda: calls.append("skipped") or True)
    monkeypatch.setattr(cli, "skip_unused_drivers", lambda url: [])
    monkeypatch.setattr(qt_imports, "skip_feature_scan", lambda: True)
    monkeypatch.setattr(cli, "_dispatch", lambda args: 0)
    try:
        assert cli.run(["--data-dir", "/nonexistent"]) == 0
        assert not gc.isenabled()  # paused for the start; gui.run_gui resumes it (tests/gui/test_first_paint)
    finally:
        gc.enable()
    assert calls == ["skipped"]
    for command in (["check"], ["export", "--format", "csv", "--out", "x"]):
        assert cli.run(command) == 0
        assert gc.isenabled()
    assert calls == ["skipped"]
