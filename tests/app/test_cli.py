"""The command line as a patient or a clinic meets it: real subprocesses, real data folders."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.slow


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    environment.pop("DISPLAY", None)
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "sciatica_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
        check=False,
    )


def test_version() -> None:
    from sciatica_desktop import __version__

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Sciatica Desktop {__version__}"


def test_check_reports_each_dependency_and_succeeds(tmp_path: Path) -> None:
    result = run("check", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for start in ("Video: ", "Speech: ", "Audio: ", "Database: sqlite at "):
        assert any(line.startswith(start) for line in lines), (start, lines)
    assert "integrity ok" in result.stdout
    assert "vlc" in result.stdout  # the chosen backend or why VLC was not chosen
    assert "Ready: the app can run." in result.stdout
    assert "Safety content: red-flag questions loaded" in result.stdout
    assert ", 0 problem(s)" in result.stdout.split("Safety content:")[1]


def test_check_names_a_broken_safety_file(tmp_path: Path) -> None:
    """The app reads the safety questions at the first workout; a clinic checking its set-up hears now."""
    safety = tmp_path / "content" / "safety"
    safety.mkdir(parents=True)
    (safety / "red_flags.toml").write_text("this is = not [valid toml", encoding="utf-8")
    result = run("check", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr  # the app runs; it says what it lacks
    line = next(line for line in result.stdout.splitlines() if line.startswith("Safety content:"))
    assert "1 problem(s)" in line and "questions loaded" in line  # the bundled ones stand in for the clinic's
    assert "red_flags.toml" in result.stdout.split("Safety content:")[1]


def test_unwritable_data_folder_is_a_clear_error_without_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run("check", "--data-dir", str(blocker / "data"))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert str(blocker / "data") in result.stdout + result.stderr


def test_gui_start_on_unwritable_folder_exits_with_message(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = run("--data-dir", str(blocker / "data"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "--data-dir" in result.stderr


def test_a_file_that_is_not_a_database_is_moved_aside_and_reported(tmp_path: Path) -> None:
    db = tmp_path / "sciatica.sqlite3"
    db.write_bytes(b"my tax return, not a database" * 100)
    result = run("check", "--data-dir", str(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    moved = [p for p in tmp_path.iterdir() if p.name.startswith("sciatica.sqlite3.corrupt-")]
    assert len(moved) == 1 and moved[0].read_bytes() == b"my tax return, not a database" * 100
    assert moved[0].name in result.stdout
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.parametrize("page", ["today", "library", "workout", "history"])
def test_screenshot_renders_each_page(tmp_path: Path, page: str) -> None:
    out = tmp_path / f"{page}.png"
    result = run(
        "screenshot", "--page", page, "--out", str(out), "--size", "1024x600", "--data-dir", str(tmp_path)
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 600)
    colours = {image.pixel(x, y) for x in range(0, 1024, 16) for y in range(0, 600, 16)}
    assert len(colours) > 5  # something was drawn, not a blank window


def test_screenshot_rejects_a_bad_size(tmp_path: Path) -> None:
    result = run("screenshot", "--page", "today", "--out", str(tmp_path / "x.png"), "--size", "huge")
    assert result.returncode == 2
    assert "WIDTHxHEIGHT" in result.stderr


ENTRY_PROBE = """
import atexit, builtins, sys
def report():
    hook = getattr(builtins, "__feature_import__", None)
    print("psycopg2-hidden", "psycopg2" in sys.modules and sys.modules["psycopg2"] is None)
    print("feature-scan-on", hook is not None and builtins.__import__ is hook)
atexit.register(report)
from sciatica_desktop.cli import run
raise SystemExit(run(sys.argv[1:]))
"""


@pytest.mark.parametrize(
    ("args", "qt_command"),
    [(["export", "--format", "json"], False), (["screenshot", "--page", "today"], True)],
)
def test_the_program_entry_sets_up_the_process_before_any_command(
    tmp_path: Path, args: list[str], qt_command: bool
) -> None:
    """`run` (the installed script and `python -m`) leaves the PostgreSQL driver out for SQLite and turns
    PySide6's per-import source scan off for the commands that use Qt; `main` (in-process) does neither."""
    out = tmp_path / ("today.png" if qt_command else "export.json")
    args = [*args, "--out", str(out), "--data-dir", str(tmp_path / "data")]
    done = subprocess.run(
        [sys.executable, "-c", ENTRY_PROBE, *args],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert "psycopg2-hidden True" in done.stdout
    assert "feature-scan-on False" in done.stdout
    assert qt_command or "PySide6" not in done.stdout


def test_database_given_before_the_sub_command_is_used(tmp_path: Path) -> None:
    """`--database URL report` must not quietly read the local file instead of the server."""
    from sciatica_desktop.cli import build_parser

    url = "postgresql://h/db"
    before = ["--database", url, "report", "--out", "a.pdf"]
    for argv in (before, ["report", "--out", "a.pdf", "--database", url]):
        assert build_parser().parse_args(argv).database == url
    assert build_parser().parse_args(["--data-dir", str(tmp_path), "check"]).data_dir == tmp_path
    assert build_parser().parse_args(["check"]).video_backend == "auto"


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--data-dir", "/srv/kiosk"],
        ["--data-dir=/srv/kiosk", "--video-backend", "none"],
        ["--database", "postgresql://h/db", "--video-backend=vlc"],
        ["--video", "vlc"],  # an abbreviated option
        ["--data-dir", "check"],  # a folder named like a command: the whole parser decides
        ["check"],
        ["--data-dir", "/x", "export", "--format", "csv", "--out", "o"],
    ],
)
def test_the_short_parser_reads_every_command_line_as_the_whole_one_does(argv: list[str]) -> None:
    from sciatica_desktop.cli import build_parser, parse_args

    assert parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv", [["chek"], ["--data-dir", "/x", "reprot", "--out", "a.pdf"], ["--nope"], ["--data", "/x"]]
)
def test_a_mistake_gets_the_whole_parsers_message(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from sciatica_desktop.cli import build_parser, parse_args

    with pytest.raises(SystemExit) as short:
        parse_args(argv)
    said = capsys.readouterr().err
    with pytest.raises(SystemExit) as whole:
        build_parser().parse_args(argv)
    assert (short.value.code, said) == (whole.value.code, capsys.readouterr().err)
    assert "usage: sciatica-desktop" in said and short.value.code == 2


@pytest.mark.parametrize("asked", ["--help", "-h", "--h", "--he", "--hel", "--data-dir=/x -h"])
def test_help_still_lists_every_command(asked: str, capsys: pytest.CaptureFixture[str]) -> None:
    from sciatica_desktop.cli import COMMANDS, parse_args

    with pytest.raises(SystemExit):
        parse_args(asked.split())
    listed = capsys.readouterr().out
    assert all(command in listed for command in COMMANDS), listed
