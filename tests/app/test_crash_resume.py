"""The app killed with SIGKILL mid-workout loses only the set in progress, and the next start offers to
resume that session after its last saved set."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from sciatica_desktop.app import Options, build_core
from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.exercise import Side
from sciatica_desktop.domain.records import SessionStatus
from sciatica_desktop.domain.workout import Cursor, RunnerSettings
from sciatica_desktop.services.workout_service import WorkoutService

pytestmark = pytest.mark.slow
CHILD = Path(__file__).with_name("crash_child.py")


def kill_mid_workout(data: Path, sets: int) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.getcwd())
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(data), str(sets)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    os.kill(child.pid, signal.SIGKILL)
    child.wait(30)
    assert child.returncode == -signal.SIGKILL
    assert line.startswith("ready"), child.stderr.read() if child.stderr else ""
    return line


def test_killed_mid_set_keeps_every_finished_set(tmp_path: Path) -> None:
    line = kill_mid_workout(tmp_path, sets=3)
    assert line.split()[1] == "3"
    core = build_core(Options(data_dir=tmp_path), clock=FakeClock())
    try:
        profile = core.repo.ensure_profile()
        service = WorkoutService(store=core.repo, exercises=core.catalogue, clock=core.clock)
        (session,) = service.unfinished(profile.id)
        assert session.status is SessionStatus.IN_PROGRESS
        done = [(s.result.exercise_id, s.result.side, s.result.set_number) for s in session.sets]
        # figure-four (one set each side), then hamstring left: three sets, nothing of the fourth
        assert done == [
            ("figure_four_supine", Side.LEFT, 1),
            ("figure_four_supine", Side.RIGHT, 1),
            ("hamstring_stretch_supine", Side.LEFT, 1),
        ]
        assert all(not s.result.skipped for s in session.sets)
        resumed = WorkoutService(
            store=core.repo, exercises=core.catalogue, clock=core.clock, settings=RunnerSettings
        ).resume(session)
        assert resumed is not None
        assert resumed.runner.cursor == Cursor(1, set_number=1, side_index=1)
    finally:
        core.close()


def test_today_offers_to_resume_after_a_crash(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from sciatica_desktop.gui import build_gui

    kill_mid_workout(tmp_path, sets=2)

    options = Options(data_dir=tmp_path, video_backend="none")
    core = build_core(options)
    try:
        gui = build_gui(core, options, speech=False)
        qtbot.addWidget(gui.window)
        today = gui.shell.today
        assert not today.resume_box.isHidden()
        assert "2 finished sets are saved" in today.resume_box.message.text()
        qtbot.mouseClick(today.resume_box.resume_button, Qt.MouseButton.LeftButton)
        assert gui.window.current_page() == "workout"
        active = gui.shell.workout.active
        assert active is not None and active.runner.cursor == Cursor(1, set_number=1, side_index=0)
        gui.shell.workout.unbind()
        gui.release_media()
    finally:
        core.close()


def test_finish_it_as_it_is_closes_the_session(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from sciatica_desktop.gui import build_gui

    kill_mid_workout(tmp_path, sets=1)
    options = Options(data_dir=tmp_path, video_backend="none")
    core = build_core(options)
    try:
        gui = build_gui(core, options, speech=False)
        qtbot.addWidget(gui.window)
        qtbot.mouseClick(gui.shell.today.resume_box.close_button, Qt.MouseButton.LeftButton)
        assert gui.shell.today.resume_box.isHidden()
        profile = core.repo.ensure_profile()
        (session,) = core.repo.list_sessions(profile.id)
        assert session.status is SessionStatus.ENDED_EARLY and len(session.sets) == 1
        gui.release_media()
    finally:
        core.close()
