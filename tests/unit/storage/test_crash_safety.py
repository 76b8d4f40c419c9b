"""Each set is committed the moment it completes: a process killed right after keeps every set.

A real child process records three sets, says "ready", and blocks on stdin; the parent kills it with
SIGKILL (no clean-up, no atexit, the WAL left un-checkpointed) and reads the sets back.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.records import SessionStatus
from sciatica_desktop.storage.datadir import DataDir
from sciatica_desktop.storage.db import open_database
from sciatica_desktop.storage.repository import Repository

CHILD = """
import datetime as dt, sys
from pathlib import Path
from sciatica_desktop.domain.clock import SystemClock
from sciatica_desktop.domain.exercise import ExerciseId, Side
from sciatica_desktop.domain.records import PlannedItem, SetResult
from sciatica_desktop.storage.datadir import prepare_data_dir
from sciatica_desktop.storage.db import open_database
from sciatica_desktop.storage.repository import Repository

clock = SystemClock()
where = sys.argv[1]
if where.startswith("postgresql://"):
    opened = open_database(url=where, clock=clock)
else:
    opened = open_database(data_dir=prepare_data_dir(Path(where)), clock=clock)
repo = Repository(opened.db, clock)
plan = [PlannedItem(ExerciseId("bridge"), sets=3, reps=10, hold_s=0.0, rest_s=30.0, tempo_s=2.0)]
session = repo.start_session(repo.ensure_profile().id, "Morning", plan)
for n in (1, 2, 3):
    now = clock.utcnow()
    repo.record_set(session.id, SetResult(ExerciseId("bridge"), 0, Side.NONE, n, 10, 10, 0.0,
                                          now - dt.timedelta(seconds=30), now))
print("ready", session.id, flush=True)
sys.stdin.readline()  # blocked here when the parent kills us
"""


@pytest.mark.slow
def test_sets_survive_sigkill(db_url: str | None, data_dir: DataDir, clock: FakeClock) -> None:
    repo_root = Path(__file__).resolve().parents[3]
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, db_url or str(data_dir.root)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=repo_root,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # blocks until the child has committed three sets (or died)
        assert line.startswith("ready"), child.stderr.read() if child.stderr else line
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=30)
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    if db_url is None:
        assert Path(f"{data_dir.database}-wal").stat().st_size > 0  # killed before any checkpoint

    opened = (open_database(data_dir=data_dir, clock=clock) if db_url is None
              else open_database(url=db_url, clock=clock))
    try:
        assert opened.notices == []
        repo = Repository(opened.db, clock)
        profile = repo.ensure_profile()
        unfinished = repo.unfinished_sessions(profile.id)
        assert len(unfinished) == 1
        session = unfinished[0]
        assert session.id == int(line.split()[1])
        assert session.status is SessionStatus.IN_PROGRESS
        assert [s.result.set_number for s in session.sets] == [1, 2, 3]
    finally:
        opened.close()
