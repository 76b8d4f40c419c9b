"""Closing the window mid-workout keeps every finished set, and the next start offers to resume."""

from __future__ import annotations

from pathlib import Path

from sciatica_desktop.app import Options, build_core
from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.gui import build_gui


def test_close_keeps_sets_and_next_start_offers_resume(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    options = Options(data_dir=tmp_path, video_backend="none")
    clock = FakeClock()
    core = build_core(options, clock=clock)
    gui = build_gui(core, options, speech=False)
    gui.shell.before_start = gui.shell.after_workout = None  # the symptom gate: tests/gui/checkin
    qtbot.addWidget(gui.window)
    gui.window.show()
    gui.shell.start_routine()
    active = gui.shell.workout.active
    assert active is not None
    active.runner.start()
    while len(active.saved) < 2:  # figure-four, both sides
        clock.advance(1)
        assert gui.shell.workout.controller is not None
        gui.shell.workout.controller.tick()
    clock.advance(10)  # part-way through the next set
    gui.shell.workout.controller.tick()  # type: ignore[union-attr]
    gui.window.close()
    assert gui.shell.workout.controller is None  # the page let go of the runner and its timers
    gui.release_media()
    core.close()

    again = build_core(options)
    try:
        (session,) = again.repo.unfinished_sessions(again.repo.ensure_profile().id)
        assert len(session.sets) == 2 and all(not s.result.skipped for s in session.sets)
        gui2 = build_gui(again, options, speech=False)
        qtbot.addWidget(gui2.window)
        assert not gui2.shell.today.resume_box.isHidden()
        gui2.release_media()
    finally:
        again.close()
