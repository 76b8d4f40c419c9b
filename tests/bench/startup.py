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


# Context, not a goal: the least any app of this kind does, a label of text (fonts and text layout, ~4 MiB)
# and a SQLite file opened through peewee after the first paint (~5 MiB), with the two settings the app makes
# (no PostgreSQL driver, no OpenSSL hashes; storage/drivers.py). It shows how much of the ratio above is the
# price of the stack rather than of this app's own code.
TEXT_AND_SQLITE = BARE.replace(
    "w = QMainWindow()",
    "from PySide6.QtWidgets import QLabel\n"
    "w = QMainWindow(); w.setCentralWidget(QLabel('Today: Starter routine'))",
).replace(
    "QTimer.singleShot(0, shown)",
    "QTimer.singleShot(0, shown)\n"
    "def open_sqlite():  # after the first paint, as the app does\n"
    "    global db\n"
    "    import tempfile\n"
    "    sys.modules.setdefault('psycopg2', None); sys.modules.setdefault('_hashlib', None)\n"
    "    import peewee\n"
    "    db = peewee.SqliteDatabase(tempfile.mkdtemp() + '/x.db'); db.connect(); db.execute_sql('select 1')\n"
    "QTimer.singleShot(0, open_sqlite)",
)


def _launch(args: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """Seconds from spawn to the 'shown' line, RSS in MiB after one idle second, and seconds to 'ready'
    (the app: database open and Start enabled; 0 for the floors, which print no such line)."""
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    shown = rss = ready = 0.0
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("shown") and not shown:
            shown = time.perf_counter() - start
        elif line.startswith("ready") and not ready:
            ready = time.perf_counter() - start
        elif line.startswith("rss"):
            rss = int(line.split()[1]) / 1024
    proc.wait(60)
    if not shown:
        raise RuntimeError(f"{args} never showed a window")
    return shown, rss, ready


def run(rounds: int = 9) -> None:
    with virtual_display() as env, tempfile.TemporaryDirectory() as data:
        # The default data folder (platformdirs), as a patient's `make run` finds it, inside a temporary home.
        app_env = dict(env, SCIATICA_DESKTOP_EXIT_WHEN_SHOWN="1", XDG_DATA_HOME=data)
        app_args = [python(), "-m", "sciatica_desktop"]
        subprocess.run(app_args, env=app_env, capture_output=True, timeout=120, check=False)  # warm caches
        subprocess.run([python(), "-c", BARE], env=env, capture_output=True, timeout=120, check=False)
        bare, ours, stack = [], [], []
        for _ in range(rounds):  # alternate, so a machine that slows down or speeds up hits all alike
            bare.append(_launch([python(), "-c", BARE], env))
            ours.append(_launch(app_args, app_env))
            stack.append(_launch([python(), "-c", TEXT_AND_SQLITE], env))
    platform = env.get("QT_QPA_PLATFORM", "")
    report(
        f"cold start to shown window ({platform})",
        median([o[0] for o in ours]) * 1000,
        median([b[0] for b in bare]) * 1000,
        "ms",
        "<= 1.3x",
    )
    report("idle memory (RSS)", median([o[1] for o in ours]), median([b[1] for b in bare]), "MiB", "<= 1.3x")
    floor_ms = median([b[0] for b in bare]) * 1000
    report("(context) to Start enabled", median([o[2] for o in ours]) * 1000, floor_ms, "ms", "none")
    context = "(context) vs label + SQLite window"
    report(f"{context}: start", median([o[0] for o in ours]) * 1000, median([s[0] for s in stack]) * 1000,
           "ms", "none")
    report(f"{context}: RSS", median([o[1] for o in ours]), median([s[1] for s in stack]), "MiB", "none")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONPATH", os.getcwd())
    run()
