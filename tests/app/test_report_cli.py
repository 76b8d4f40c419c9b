"""The report, export and import commands as a clinic's script uses them: real subprocesses and folders."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.app.test_cli import run
from tests.unit.storage.test_profile_backup import comparable

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    result = run("demo-data", "--data-dir", str(folder))
    assert result.returncode == 0, result.stderr
    return folder


def test_report_writes_the_pdf_and_refuses_an_unknown_printer(demo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    shutil.copytree(demo, folder)
    out = tmp_path / "summary.pdf"
    result = run("report", "--out", str(out), "--data-dir", str(folder), "--since", "2020-01-01")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF") and "pages to" in result.stdout
    bad = run("report", "--printer", "No Such Printer", "--data-dir", str(folder))
    assert bad.returncode == 2 and "no printer called 'No Such Printer'" in bad.stderr
    assert "Traceback" not in bad.stderr
    wrong = run("report", "--out", str(out), "--data-dir", str(folder), "--profile", "Nobody")
    assert wrong.returncode == 2 and "no profile called 'Nobody'" in wrong.stderr


def test_json_export_then_import_into_an_empty_folder_gives_identical_data(
    demo: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert run("export", "--format", "json", "--out", str(first), "--data-dir", str(demo)).returncode == 0
    empty = tmp_path / "empty"
    result = run("import", str(first), "--data-dir", str(empty))
    assert result.returncode == 0, result.stderr
    # demo-data fills the weeks up to now, so the number of sets depends on the day the test runs
    sets = len(json.loads(first.read_text(encoding="utf-8"))["tables"]["set_log"])
    assert sets > 100
    assert "Imported into a new profile 'Me'" in result.stdout and f"set_log: {sets} added" in result.stdout
    assert run("export", "--format", "json", "--out", str(second), "--data-dir", str(empty)).returncode == 0
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    assert comparable(a) == comparable(b)
    again = run("import", str(first), "--data-dir", str(empty))
    assert f"set_log: 0 added, {sets} already present (skipped)" in again.stdout


def test_a_truncated_backup_changes_nothing(demo: Path, tmp_path: Path) -> None:
    backup = tmp_path / "backup.json"
    assert run("export", "--format", "json", "--out", str(backup), "--data-dir", str(demo)).returncode == 0
    text = backup.read_text(encoding="utf-8")
    backup.write_text(text[: len(text) * 2 // 3], encoding="utf-8")
    target = tmp_path / "target"
    result = run("import", str(backup), "--data-dir", str(target), "--profile", "Restored")
    assert result.returncode == 2 and "Nothing was imported" in result.stderr and "cut short" in result.stderr
    after = tmp_path / "after.json"
    assert (
        run(
            "export",
            "--format",
            "json",
            "--out",
            str(after),
            "--data-dir",
            str(target),
            "--profile",
            "Restored",
        ).returncode
        == 2
    )  # the profile was never made
