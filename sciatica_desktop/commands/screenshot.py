"""``sciatica-desktop screenshot``: render one page, with the data it holds, into a PNG; no window shown."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop

from sciatica_desktop.app import Options, build_core
from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.domain.errors import KnownError
from sciatica_desktop.domain.records import ProfileId
from sciatica_desktop.domain.workout import RunnerSettings


def _wait_for_frames(app: QCoreApplication, ready: Callable[[], bool], timeout_s: float = 5.0) -> None:
    """Let the event loop run until ``ready()`` or the timeout: a picture of a video before its first
    frame has arrived would show a black box that the patient never sees."""
    deadline = time.monotonic() + timeout_s
    while not ready() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def run_screenshot(options: Options, *, page: str, out: Path, size: tuple[int, int]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from sciatica_desktop.gui import build_gui, make_app
    from sciatica_desktop.services.memory_store import MemoryStore
    from sciatica_desktop.services.workout_service import WorkoutService

    app = make_app()
    core = build_core(options)
    try:
        gui = build_gui(core, options, speech=False)
        window = gui.window
        window.resize(*size)
        if page == "workout":
            # A preview that writes nothing: the starter routine, twelve seconds into its first hold.
            clock = FakeClock()
            preview = WorkoutService(
                store=MemoryStore(), exercises=core.catalogue, clock=clock, settings=RunnerSettings
            )
            if not core.routine_items:
                raise KnownError("There is no routine to preview.")
            active = preview.start(
                profile_id=ProfileId(0), routine_name=core.routine_name, items=core.routine_items
            )
            gui.shell.workout.bind(active)
            active.runner.start()
            active.runner.skip()
            clock.advance(12)
            assert gui.shell.workout.controller is not None
            gui.shell.workout.controller.tick()
        window.show_page(page)
        window.show()
        for _ in range(5):
            app.processEvents()
        if page in ("workout", "library"):
            view = gui.video if page == "workout" else gui.preview
            _wait_for_frames(app, lambda: view.position() > 0.5)  # decoding runs in the background
            view.pause()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(out)):
            raise KnownError(f"Could not write the picture to {out}.")
        print(out)
        gui.shell.workout.unbind()
        gui.release_media()
        window.close()
        return 0
    finally:
        core.close()
