"""PySide6's per-import source scan is switched off by the command line (see ui/qt_imports.py)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SCRIPT = textwrap.dedent(
    """
    import linecache, sys
    sys.path.insert(0, sys.argv[1])
    import PySide6.QtCore
    from sciatica_desktop.ui.qt_imports import skip_feature_scan
    skipped = skip_feature_scan() if sys.argv[2] == "skip" else None
    left_over = len(linecache.cache)  # sources the hook read while PySide6 itself loaded (enum.py...)
    import probe_module_after_pyside  # a module imported after PySide6, as every page is
    from PySide6.QtWidgets import QApplication  # PySide6 still imports and works
    scanned = any(name.endswith("probe_module_after_pyside.py") for name in linecache.cache)
    print(skipped, scanned, QApplication.__name__, left_over)
    """
)


def _run(tmp_path: Path, mode: str) -> list[str]:
    (tmp_path / "probe_module_after_pyside.py").write_text("VALUE = 1\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path), mode],
        capture_output=True, text=True, timeout=60, check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    return done.stdout.split()


def test_pyside_reads_the_source_of_every_later_import_by_default(tmp_path: Path) -> None:
    """The cost we switch off exists: without the call, PySide6 reads the new module's source."""
    skipped, scanned, name, left_over = _run(tmp_path, "keep")
    if scanned == "False":
        pytest.skip("this PySide6 no longer reads every module's source: ui/qt_imports.py may go")
    assert (skipped, scanned, name) == ("None", "True", "QApplication")
    assert int(left_over) > 0  # what it read while PySide6 loaded stays in memory


def test_skip_feature_scan_stops_it_drops_what_it_read_and_pyside_still_works(tmp_path: Path) -> None:
    assert _run(tmp_path, "skip") == ["True", "False", "QApplication", "0"]
