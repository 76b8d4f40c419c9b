"""The whole GUI over a temporary database, for the symptom pages and the workout gate."""

from __future__ import annotations

from pathlib import Path

import pytest

from sciatica_desktop.app import Options, build_core
from sciatica_desktop.domain.clock import FakeClock


@pytest.fixture
def app_gui(tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    from sciatica_desktop.gui import build_gui

    options = Options(data_dir=tmp_path, video_backend="none")
    core = build_core(options, clock=FakeClock())
    built = build_gui(core, options, speech=False)
    qtbot.addWidget(built.window)
    built.window.resize(1280, 800)
    built.window.show()
    yield built, core
    built.shell.workout.unbind()
    built.release_media()
    core.close()
