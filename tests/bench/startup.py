"""Cold start to the first shown main window, and idle memory, against a bare PySide6 window."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time

from tests.bench._util import median, python, report, virtual_display

BARE = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1280, 800)
w.show()
def shown():
    print("shown", flush=True)
    QTimer.singleShot(1000, idle)
def idle():
    rss = [l for l in open("/proc/self/status") if l.startswith("VmRSS")][0].split()[1]
    print("rss", rss, flush=True)
    app.quit()
QTimer.singleShot(0, shown)
sys.exit(app.exec())
"""


def _launch(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawn to the 'shown' line, and RSS in MiB after one idle second."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    shown = rss = 0.0
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("shown") and not shown:
            shown = time.perf_counter() - start
        elif line.startswith("rss"):
            rss = int(line.split()[1]) / 1024
    proc.wait(60)
    if not shown:
        raise RuntimeError(f"{args} never showed a window")
    return shown, rss


def run(rounds: int = 9) -> None:
    with virtual_display() as env, tempfile.TemporaryDirectory() as data:
        app_env = dict(env, SCIATICA_DESKTOP_EXIT_WHEN_SHOWN="1")
        app_args = [python(), "-m", "sciatica_desktop", "--data-dir", data]
        subprocess.run(app_args, env=app_env, capture_output=True, timeout=120, check=False)  # warm caches
        subprocess.run([python(), "-c", BARE], env=env, capture_output=True, timeout=120, check=False)
        bare, ours = [], []
        for _ in range(rounds):  # alternate, so a machine that slows down or speeds up hits both alike
            bare.append(_launch([python(), "-c", BARE], env))
            ours.append(_launch(app_args, app_env))
    platform = env.get("QT_QPA_PLATFORM", "")
    report(
        f"cold start to shown window ({platform})",
        median([o[0] for o in ours]) * 1000,
        median([b[0] for b in bare]) * 1000,
        "ms",
        "<= 1.3x",
    )
    report("idle memory (RSS)", median([o[1] for o in ours]), median([b[1] for b in bare]), "MiB", "<= 1.3x")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONPATH", os.getcwd())
    run()
