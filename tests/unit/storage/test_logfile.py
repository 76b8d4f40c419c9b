"""The log file in the data folder: capped in size, a fixed number of older files, nothing else loaded."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sciatica_desktop.storage.logfile import RollingFileHandler


@pytest.fixture
def log(tmp_path: Path) -> Iterator[tuple[logging.Logger, RollingFileHandler, Path]]:
    path = tmp_path / "app.log"
    handler = RollingFileHandler(path, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    logger = logging.getLogger(f"test_logfile.{tmp_path.name}")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    yield logger, handler, path
    logger.removeHandler(handler)
    handler.close()


def _line(number: int) -> str:
    return f"record {number:03d} " + "x" * 38  # 49 characters and a newline: four fit in 200 bytes


def _lines(file: Path) -> list[str]:
    return file.read_text(encoding="utf-8").splitlines()


def test_records_go_to_one_file_until_it_is_full(log) -> None:  # type: ignore[no-untyped-def]
    logger, _handler, path = log
    for number in range(4):
        logger.info(_line(number))
    assert _lines(path) == [_line(n) for n in range(4)]
    assert not path.with_name("app.log.1").exists()


def test_a_full_file_moves_to_dot_one_and_the_oldest_is_dropped(log) -> None:  # type: ignore[no-untyped-def]
    logger, _handler, path = log
    for number in range(13):  # four to a file: 0-3, 4-7, 8-11, then 12 starts a fourth file
        logger.info(_line(number))
    assert _lines(path) == [_line(12)]
    assert _lines(path.with_name("app.log.1")) == [_line(n) for n in range(8, 12)]
    assert _lines(path.with_name("app.log.2")) == [_line(n) for n in range(4, 8)]
    assert not path.with_name("app.log.3").exists()  # backups=2: records 0-3 are gone
    for file in (path, path.with_name("app.log.1"), path.with_name("app.log.2")):
        assert file.stat().st_size <= 200


def test_a_record_longer_than_the_cap_is_still_written(log) -> None:  # type: ignore[no-untyped-def]
    logger, _handler, path = log
    logger.info("y" * 500)
    logger.info("after")
    assert path.with_name("app.log.1").read_text(encoding="utf-8") == "y" * 500 + "\n"
    assert path.read_text(encoding="utf-8") == "after\n"


def test_a_log_from_an_earlier_run_is_appended_to_and_counted(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    path.write_text(_line(0) + "\n" + _line(1) + "\n" + _line(2) + "\n", encoding="utf-8")
    handler = RollingFileHandler(path, max_bytes=200, backups=1)
    handler.setFormatter(logging.Formatter("%(message)s"))
    try:
        handler.emit(logging.makeLogRecord({"msg": _line(3)}))
        handler.emit(logging.makeLogRecord({"msg": _line(4)}))
    finally:
        handler.close()
    assert _lines(path.with_name("app.log.1")) == [_line(n) for n in range(4)]
    assert _lines(path) == [_line(4)]


def test_no_file_is_made_before_the_first_record(tmp_path: Path) -> None:
    handler = RollingFileHandler(tmp_path / "app.log", max_bytes=100, backups=1)
    handler.close()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("max_bytes", "backups"), [(0, 1), (100, 0)])
def test_a_handler_that_could_not_cap_the_log_is_refused(
    tmp_path: Path, max_bytes: int, backups: int
) -> None:
    with pytest.raises(ValueError, match="a log needs room"):
        RollingFileHandler(tmp_path / "app.log", max_bytes=max_bytes, backups=backups)


def test_the_app_log_does_not_load_the_standard_librarys_other_handlers(tmp_path: Path) -> None:
    """logging.handlers brings pickle and queue (~0.6 MiB) for handlers this app never uses."""
    script = (
        "import sys, logging\n"
        "from pathlib import Path\n"
        "from sciatica_desktop.app import setup_logging\n"
        "setup_logging(Path(sys.argv[1]))\n"
        "logging.getLogger('x').info('started')\n"
        "others = ('logging.handlers', 'pickle', 'queue')\n"
        "print(' '.join(sorted(m for m in others if m in sys.modules)) or '-')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "-"
    assert "INFO x: started" in (tmp_path / "sciatica-desktop.log").read_text(encoding="utf-8")
