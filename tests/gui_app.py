"""The whole GUI over a real (temporary) data folder, shown at laptop size: where widget tests start."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sciatica_desktop.app import Core, Options, build_core
from sciatica_desktop.domain.clock import Clock


@contextlib.contextmanager
def running_gui(
    qtbot: Any,
    data_dir: Path,
    *,
    clock: Clock | None = None,
    demo_weeks: int | None = None,
    seed: int = 3,
    safety_gate: bool = True,
    page: str | None = None,
) -> Iterator[tuple[Any, Core]]:
    """Build core and GUI (no video backend, no speech), show the window at 1280x800, and close both after.

    ``demo_weeks``: first fill the folder with that many weeks of demo history for the profile "Me".
    ``safety_gate=False``: Start goes straight into the workout (the gate has its own tests in checkin/).
    """
    from sciatica_desktop.gui import build_gui  # Qt: only for the tests that use it

    options = Options(data_dir=data_dir, video_backend="none")
    if demo_weeks is not None:
        from sciatica_desktop.commands.demo_data import run_demo_data

        assert run_demo_data(options, profile="Me", weeks=demo_weeks, seed=seed) == 0
    core = build_core(options, clock=clock)
    built = build_gui(core, options, speech=False)
    if not safety_gate:
        built.shell.before_start = built.shell.after_workout = None
    qtbot.addWidget(built.window)
    built.window.resize(1280, 800)
    built.window.show()
    if page is not None:
        built.window.show_page(page)
    try:
        yield built, core
    finally:
        from sciatica_desktop.ui.widgets.lazy_page import built_page

        workout = built_page(built.window.page("workout"))  # built only if a workout ran
        if workout is not None:
            workout.unbind()  # type: ignore[attr-defined]
        built.release_media()
        core.close()
