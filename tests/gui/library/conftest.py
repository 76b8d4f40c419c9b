"""The library over a real data folder, with a bundled-clips folder of our own and a way to restart."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sciatica_desktop import app as app_module
from sciatica_desktop.app import Core, Options, build_core
from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.gui import Gui, build_gui
from tests.media_fixtures import make_test_clip


@dataclass
class Running:
    gui: Gui
    core: Core
    shown: list[tuple[str, Path | None]] = field(default_factory=list)  # (which surface, clip path)

    @property
    def library(self) -> Any:
        return self.gui.shell.library

    def close(self) -> None:
        self.gui.shell.workout.unbind()
        self.gui.release_media()
        self.gui.window.close()
        self.core.close()


@pytest.fixture
def bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Stands in for assets/videos: the app's own clip of the bridge."""
    folder = tmp_path / "assets-videos"
    make_test_clip(folder / "glute_bridge.mp4", width=160, height=90, seconds=0.5)
    monkeypatch.setattr(app_module, "ASSETS_VIDEOS", folder)
    return folder


@pytest.fixture
def start_app(tmp_path: Path, qtbot: Any, bundled: Path) -> Iterator[Callable[[], Running]]:
    """Build core and GUI on one data folder; call again to "restart" (the previous one is closed first)."""
    running: list[Running] = []

    def start() -> Running:
        if running:
            running.pop().close()
        options = Options(data_dir=tmp_path / "data", video_backend="none")
        core = build_core(options, clock=FakeClock())
        gui = build_gui(core, options, speech=False)
        qtbot.addWidget(gui.window)
        run = Running(gui, core)
        # The symptom check before and after a workout has its own tests; here Start goes straight in.
        for hook in ("before_start", "after_workout"):
            if hasattr(gui.shell, hook):
                setattr(gui.shell, hook, None)
        for name, view in (("workout", gui.video), ("preview", gui.preview)):
            original = view.show_clip

            def spy(path: Path | None, *, _name: str = name, _original: Any = original, **kw: Any) -> None:
                run.shown.append((_name, path))
                _original(path, **kw)

            view.show_clip = spy  # type: ignore[method-assign]
        gui.window.resize(1280, 800)
        gui.window.show()
        running.append(run)
        return run

    yield start
    while running:
        running.pop().close()
