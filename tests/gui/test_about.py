"""The About box says which video backend, database and speech engine this machine uses."""

from __future__ import annotations

from pathlib import Path

from sciatica_desktop import __version__
from sciatica_desktop.app import Options, build_core
from sciatica_desktop.gui import build_gui


def test_about_reports_the_machine(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    options = Options(data_dir=tmp_path, video_backend="none")
    core = build_core(options)
    try:
        gui = build_gui(core, options, speech=False)
        qtbot.addWidget(gui.window)
        text = gui.window.about_text()
        assert __version__ in text
        assert str(tmp_path) in text
        assert "Database: sqlite at" in text
        assert "Video: turned off; the drawn demonstration is shown" in text
        assert "Speech: none, captions only" in text
        assert "not medical advice" in text
        assert gui.window.about_button.accessibleName() == "About"
        gui.release_media()
    finally:
        core.close()
