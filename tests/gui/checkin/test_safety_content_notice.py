"""A clinic's broken safety file is shown where the clinic will see it, and the patient is told plainly.

The app reads the safety files when the symptom flow first loads (the first Start, Resume, check-in or
progress visit; ui/checkin/on_demand.py), so the notice comes before the first workout shows; ``check``
names the file at once (tests/app/test_cli.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from sciatica_desktop.app import Options, build_core
from sciatica_desktop.domain.clock import FakeClock
from sciatica_desktop.ui.checkin.dialogs import RedFlagDialog


def test_a_broken_red_flag_file_is_a_standing_notice_from_the_first_start(
    tmp_path: Path, qtbot  # type: ignore[no-untyped-def]
) -> None:
    from sciatica_desktop.gui import build_gui

    safety = tmp_path / "content" / "safety"
    safety.mkdir(parents=True)
    (safety / "red_flags.toml").write_text("this is = not [valid toml", encoding="utf-8")
    options = Options(data_dir=tmp_path, video_backend="none")
    core = build_core(options, clock=FakeClock())
    try:
        built = build_gui(core, options, speech=False)
        qtbot.addWidget(built.window)
        symptoms = built.shell.symptoms
        assert not symptoms.is_built()
        qtbot.mouseClick(built.shell.today.start_button, Qt.MouseButton.LeftButton)
        notices = "\n".join(built.window.notices())
        assert "red_flags.toml" in notices and "line 1" in notices
        # Before the workout, under the notice: the bundled questions stand in for the clinic's broken file.
        assert isinstance(symptoms.dialog, RedFlagDialog)
        assert built.window.current_page() == "today"
        built.release_media()
    finally:
        core.close()
